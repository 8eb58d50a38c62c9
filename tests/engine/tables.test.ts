/**
 * readSheet / findTables: the reader's public face. Same blocks and tables as lintSheet reports (on our fixtures, the
 * corpus and the ../shared fixtures), plus each table's kind, header rows and column roles; no rule runs; never throws.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { allRules, findTables, lintSheet, readSheet, type SheetInput, type TableLayout } from "../../src/domain";
import { SHARED, SHARED_FIXTURES, readSheets } from "../helpers/workbooks";

const OWN = path.resolve(__dirname, "../fixtures");

function workbooks(): string[] {
  const own = fs
    .readdirSync(OWN)
    .filter((f) => f.endsWith(".xlsx") && !/corrupt|encrypted/.test(f))
    .map((f) => path.join(OWN, f));
  const list = (dir: string) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => f.endsWith(".xlsx"))
          .map((f) => path.join(dir, f))
      : [];
  return [...own, ...list(path.join(SHARED, "corpus")), ...list(SHARED_FIXTURES)];
}

const letters = (t: TableLayout) =>
  Object.fromEntries(
    Object.entries(t.columns ?? {})
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, String.fromCharCode(64 + (v as number))]),
  );

describe("readSheet agrees with lintSheet", () => {
  test("on every sheet of our fixtures, the corpus and the ../shared fixtures", async () => {
    let tables = 0;
    for (const file of workbooks()) {
      let sheets: SheetInput[];
      try {
        sheets = await readSheets(file);
      } catch {
        continue; // not a workbook the command reads
      }
      for (const s of sheets) {
        const lint = lintSheet(s);
        const read = readSheet(s);
        const where = `${path.basename(file)}!${s.name}`;
        expect({ where, blocks: read.blocks }).toEqual({ where, blocks: lint.blocks });
        expect({
          where,
          tables: read.tables.map(({ blockId, range, address, framework, indicators }) => ({
            blockId,
            range,
            address,
            framework,
            indicators,
          })),
        }).toEqual({ where, tables: lint.tables });
        for (const t of read.tables) {
          // a table's header lies at or above its first indicator row; a cells table has columns, coded text has none
          expect(t.headerTop).toBeLessThanOrEqual(t.headerRow);
          expect(t.kind === "table").toBe(t.columns !== null);
          for (const i of t.indicators)
            expect(i.row).toBeGreaterThan(t.kind === "table" ? t.headerRow : t.range.r1 - 1);
        }
        tables += read.tables.length;
      }
    }
    // our own fixtures hold 9 tables; with ../shared, the corpus and the seed workbooks bring it to 56
    if (!fs.existsSync(SHARED)) console.warn("skipped: ../shared not found; readSheet compared on tests/fixtures only");
    expect(tables).toBeGreaterThanOrEqual(fs.existsSync(SHARED) ? 56 : 9);
  }, 120000);
});

describe("the layout of a table", () => {
  test("extent, header row and column roles of a plain table; findTables is readSheet's tables", () => {
    const s: SheetInput = {
      name: "S",
      origin: { row: 3, col: 2 },
      values: [
        ["绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"],
        [null, "产出指标", "数量指标", "举办业务培训场次", "≥4场", "≥4场"],
        [null, null, "质量指标", "培训考核合格率", "≥95%", "≥95%"],
        [null, "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"],
      ],
    };
    const [t] = findTables(s);
    expect(findTables(s)).toEqual(readSheet(s).tables);
    expect(t).toMatchObject({
      kind: "table",
      range: { r1: 3, c1: 2, r2: 6, c2: 7 },
      address: "B3:G6",
      headerTop: 3,
      headerRow: 3,
      flat: false,
      framework: "2020",
    });
    expect(letters(t)).toEqual({ label: "B", l1: "C", l2: "D", l3: "E", period: "F", annual: "G" });
    expect(t.indicators.map((i) => [i.row, i.level1, i.level2])).toEqual([
      [4, "产出指标", "数量指标"],
      [5, "产出指标", "质量指标"],
      [6, "满意度指标", "服务对象满意度指标"],
    ]);
  });

  test("a two-row header: headerTop and headerRow, the expected column as the target", () => {
    const s: SheetInput = {
      name: "S",
      values: [
        ["一级指标", "二级指标", "三级指标", "指标值", null],
        [null, null, null, "2021年实际实现值", "预期2022年实现值"],
        ["产出指标", "数量指标", "举办业务培训场次", "3场", "≥4场"],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", "88%", "≥90%"],
      ],
      merges: [
        { r1: 1, c1: 4, r2: 1, c2: 5 },
        { r1: 1, c1: 1, r2: 2, c2: 1 },
      ],
    };
    const [t] = findTables(s);
    expect([t.headerTop, t.headerRow]).toEqual([1, 2]);
    expect(letters(t)).toMatchObject({ l1: "A", l2: "B", l3: "C", actual: "D", annual: "E" });
  });

  test("a flat list has no 一级 / 二级 columns; the config's framework is the reader's", () => {
    const s: SheetInput = {
      name: "S",
      values: [
        ["三级指标", "实施周期指标值", "年度指标值"],
        ["举办培训场次", "≥4场", "≥4场"],
        ["参训人员满意度", "≥90%", "≥90%"],
      ],
    };
    const [t] = findTables(s);
    expect(t.flat).toBe(true);
    expect([t.columns!.l1, t.columns!.l2]).toEqual([null, null]);
    expect(findTables(s, { framework: "2021" })[0].framework).toBe("2021");
  });

  test("coded text in a project list: a table of kind coded, without columns", async () => {
    const sheets = await readSheets(path.join(OWN, "project-list-coded.xlsx"));
    const coded = sheets.flatMap((s) => findTables(s)).filter((t) => t.kind === "coded");
    expect(coded.length).toBeGreaterThan(0);
    for (const t of coded) expect(t.columns).toBeNull();
  });
});

describe("no rule runs, nothing throws", () => {
  test("reading instantiates no rule", () => {
    const spies = allRules.map((r) => jest.spyOn(r, "create"));
    findTables({
      name: "S",
      values: [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "场次", "≥4场"],
      ],
    });
    expect(spies.filter((x) => x.mock.calls.length > 0)).toEqual([]);
    for (const x of spies) x.mockRestore();
  });

  test("blank, ragged and hostile inputs give a reading, never an exception", () => {
    for (const s of [
      { name: "", values: [] },
      { name: "S", values: [[], [null], ["一级指标"]] },
      { name: "S", values: [[1, true, "x"]], origin: { row: 1_048_576, col: 16_384 } },
      null as unknown as SheetInput,
      { name: 5, values: "nope" } as unknown as SheetInput,
    ]) {
      const r = readSheet(s);
      expect(Array.isArray(r.tables) && Array.isArray(r.blocks)).toBe(true);
    }
    expect(readSheet({ name: "", values: [] }).bounds).toBeNull();
  });
});
