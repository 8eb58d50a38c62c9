/**
 * planAddRows, pure: 添加标准指标 planned on sheets as plain arrays. The table is found by the engine's reader
 * (findTables), never by a lint: this whole file runs with lintSheet replaced by a function that throws, and with every
 * rule's `create` watched. The oracle for groups and rows is the reader's own reading of the table; the user's cells
 * are sacred: every planned write goes into a new row or into a cell that was empty.
 */
import * as lint from "../engine/lint";
import { findTables } from "../engine/tables";
import { rangeToA1 } from "../model/a1";
import type { CellValue, SheetInput } from "../model/types";
import { allRules } from "../rules/index";
import { TEMPLATES, blockToSheet, buildBlock, FRAMEWORKS } from "../templates";
import { findTable, planAddRows, type AddRowsPlan } from "./add-rows";
import { formatBoth, type Bilingual } from "../i18n/messages";
import { REFUSALS, type RefuseCode } from "./refusals";

/** The text the pane shows for a refusal: `REFUSALS[code]` filled with `data`. */
const text = (r: { code: RefuseCode; data: Readonly<Record<string, string | number>> }): Bilingual =>
  formatBoth(REFUSALS[r.code], r.data);

jest.mock("../engine/lint", () => ({
  lintSheet: jest.fn(() => {
    throw new Error("planning must not run the rules");
  }),
}));

const creates = allRules.map((r) => jest.spyOn(r, "create"));

const YEAR = { defaultYear: 2025 };
const sheetOf = (id: string, placeholders = false, origin = { row: 1, col: 1 }): SheetInput =>
  blockToSheet(
    buildBlock(
      TEMPLATES.find((t) => t.id === id)!,
      {},
      { ...YEAR, placeholders },
    ),
    "Sheet1",
    origin,
  );

const cellAt = (s: SheetInput, r: number, c: number): CellValue => {
  const o = s.origin ?? { row: 1, col: 1 };
  return s.values[r - o.row]?.[c - o.col] ?? null;
};
const blank = (v: CellValue) => v === null || v === "";
const inMerge = (s: SheetInput, r: number, c: number) =>
  (s.merges ?? []).some((m) => m.r1 <= r && r <= m.r2 && m.c1 <= c && c <= m.c2);

function ok(p: ReturnType<typeof planAddRows>): AddRowsPlan {
  if (p.kind !== "add") throw new Error(text(p).en);
  return p;
}

/** Everything the plan must respect on any sheet: the user's workbook is sacred. */
function expectSacred(s: SheetInput, p: AddRowsPlan): void {
  const { at, count } = p.insert;
  expect(at).toBe(p.group.r2 + 1);
  const isNew = (r: number) => r >= at && r < at + count;
  for (const c of p.cells) {
    // into an inserted row, or into the placeholder row's empty cells (the sheet before the insertion: rows above `at` do not move)
    if (!isNew(c.row))
      expect({
        cell: rangeToA1({ r1: c.row, c1: c.col, r2: c.row, c2: c.col }),
        row: c.row,
        before: cellAt(s, c.row, c.col),
      }).toEqual({ cell: expect.any(String), row: p.fillRow, before: null });
    expect(c.col).toBeGreaterThanOrEqual(p.table.c1);
    expect(c.col).toBeLessThanOrEqual(p.table.c2);
  }
  expect(p.fillCells).toEqual(p.cells.filter((c) => c.row < at));
  // the result reports the rows written, across the table
  expect(p.written).toEqual({
    r1: p.fillRow ?? at,
    c1: p.table.c1,
    r2: count > 0 ? at + count - 1 : p.fillRow,
    c2: p.table.c2,
  });
  for (const c of p.cells) expect(c.row >= p.written.r1 && c.row <= p.written.r2).toBe(true);
  if (p.newRows) {
    expect(p.newRows).toEqual({ r1: at, c1: p.table.c1, r2: at + count - 1, c2: p.table.c2 });
    expect(p.newValues).toHaveLength(count);
    const written = p
      .newValues!.flatMap((line, i) => line.map((v, j) => ({ row: at + i, col: p.table.c1 + j, value: v })))
      .filter((x) => x.value !== null);
    expect(written).toEqual(p.cells.filter((c) => c.row >= at).sort((a, b) => a.row - b.row || a.col - b.col));
    for (const v of p.validations) expect([v.range.r1, v.range.r2]).toEqual([at, at + count - 1]);
  } else {
    expect(count).toBe(0);
    expect(p.newValues).toBeNull();
    expect(p.validations).toEqual([]);
  }
  for (const w of p.widen) {
    // a merge of the sheet grown downwards, or a filled cell (with empty, unmerged cells under it) made into one
    const existing = (s.merges ?? []).some((m) => JSON.stringify(m) === JSON.stringify(w.from));
    if (!existing) {
      expect(blank(cellAt(s, w.from.r1, w.from.c1))).toBe(false);
      for (let r = w.from.r1 + 1; r <= w.from.r2; r++)
        expect([blank(cellAt(s, r, w.from.c1)), inMerge(s, r, w.from.c1)]).toEqual([true, false]);
    }
    expect(w.to).toEqual({ ...w.from, r2: w.from.r2 + count });
    expect(w.from.r2).toBe(p.group.r2);
  }
}

/** The group's rows as the reader reads them (the oracle): must be one contiguous run. */
function readerGroup(s: SheetInput, l1: string, l2: string): number[] {
  const t = findTables(s)[0];
  return t.indicators.filter((i) => i.level1 === l1 && i.level2 === l2).map((i) => i.row);
}

describe("findTable", () => {
  test("the reader's table, header row and column roles (no lint)", () => {
    const s = sheetOf("project-2021");
    const t = findTables(s).find((x) => x.kind === "table")!;
    const found = findTable(s, t.range)!;
    expect(found.range).toEqual(t.range);
    expect(found.headerRow).toBe(t.headerRow);
    expect(found.framework).toBe("2021");
    expect(found.cols).toEqual({
      label: t.columns!.label,
      l1: t.columns!.l1,
      l2: t.columns!.l2,
      l3: t.columns!.l3,
      period: t.columns!.period,
      annual: t.columns!.annual,
    });
    // any cell of the table finds it; a range elsewhere does not
    expect(findTable(s, { r1: t.range.r2, c1: t.range.c2, r2: t.range.r2, c2: t.range.c2 })?.range).toEqual(t.range);
    expect(findTable(s, { r1: t.range.r2 + 5, c1: 1, r2: t.range.r2 + 9, c2: 6 })).toBeNull();
  });

  test("a flat list (no 一级 / 二级 columns) is not a table to add to", () => {
    const s: SheetInput = {
      name: "S",
      values: [
        ["三级指标", "实施周期指标值", "年度指标值"],
        ["举办培训场次", "≥4场", "≥4场"],
        ["参训人员满意度", "≥90%", "≥90%"],
      ],
    };
    const t = findTables(s)[0];
    expect(t?.flat).toBe(true);
    expect(findTable(s, t.range)).toBeNull();
  });
});

describe("planAddRows on template blocks", () => {
  test("a group in the middle of its 一级: rows right after its last row, 三级 and values only, the 二级 cell widened", () => {
    const s = sheetOf("project-2021");
    const t = findTables(s).find((x) => x.kind === "table")!;
    const old = readerGroup(s, "产出指标", "数量指标");
    const rows = [
      ["产出指标", "数量指标", "新增培训场次", "≥2场", "≥2场"],
      ["产出指标", "数量指标", "新增培训人次", "≥100人次", "≥100人次"],
    ];
    const p = ok(planAddRows({ sheet: s, table: t.range, l1: "产出指标", l2: "数量指标", rows }));
    expectSacred(s, p);
    expect(p.group).toEqual({ r1: old[0], r2: old[old.length - 1] });
    expect(p.insert).toEqual({ at: old[old.length - 1] + 1, count: 2 });
    expect(p.fillRow).toBeNull();
    const c = p.cols;
    expect(p.cells).toEqual([
      { row: p.insert.at, col: c.l3, value: "新增培训场次" },
      { row: p.insert.at, col: c.period!, value: "≥2场" },
      { row: p.insert.at, col: c.annual!, value: "≥2场" },
      { row: p.insert.at + 1, col: c.l3, value: "新增培训人次" },
      { row: p.insert.at + 1, col: c.period!, value: "≥100人次" },
      { row: p.insert.at + 1, col: c.annual!, value: "≥100人次" },
    ]);
    expect(p.widen.map((w) => w.from.c1)).toContain(c.l2);
    expect(p.validations).toEqual([
      { range: { r1: p.insert.at, c1: c.l1, r2: p.insert.at + 1, c2: c.l1 }, list: [...FRAMEWORKS["2021"].level1] },
      {
        range: { r1: p.insert.at, c1: c.l2, r2: p.insert.at + 1, c2: c.l2 },
        list: expect.arrayContaining(["数量指标", "质量指标"]),
      },
    ]);
    expect([p.added, p.skipped]).toEqual([2, []]);
  });

  test("a group with only its empty placeholder row: the first indicator fills its empty cells, the rest follow", () => {
    const s = sheetOf("project-2020", true);
    const t = findTables(s).find((x) => x.kind === "table")!;
    const rows = [
      ["效益指标", "可持续影响指标", "服务长效机制建立情况", "持续有效", "持续有效"],
      ["效益指标", "可持续影响指标", "服务对象持续受益率", "≥90%", "≥90%"],
    ];
    const p = ok(planAddRows({ sheet: s, table: t.range, l1: "效益指标", l2: "可持续影响指标", rows }));
    expectSacred(s, p);
    expect(p.fillRow).toBe(p.group.r1);
    expect(p.group.r1).toBe(p.group.r2);
    expect(p.insert.count).toBe(1);
    expect(p.fillCells.map((c) => c.value)).toEqual(["服务长效机制建立情况", "持续有效", "持续有效"]);
    const one = ok(
      planAddRows({ sheet: s, table: t.range, l1: "效益指标", l2: "可持续影响指标", rows: rows.slice(0, 1) }),
    );
    expect([one.insert.count, one.newRows, one.widen]).toEqual([0, null, []]);
  });

  test("names already in the table are skipped (whatever their spacing); all of them: refused", () => {
    const s = sheetOf("project-2021");
    const t = findTables(s).find((x) => x.kind === "table")!;
    const have = t.indicators.find((i) => i.level2 === "数量指标")!.level3!;
    const spaced = ` ${have.split("").join(" ")} `;
    const r = planAddRows({
      sheet: s,
      table: t.range,
      l1: "产出指标",
      l2: "数量指标",
      rows: [["产出指标", "数量指标", spaced, "1个", "1个"]],
    });
    expect(r.kind === "refuse" && r.code).toBe("nothing-to-add");
    const p = ok(
      planAddRows({
        sheet: s,
        table: t.range,
        l1: "产出指标",
        l2: "数量指标",
        rows: [
          ["产出指标", "数量指标", have, "1个", "1个"],
          ["产出指标", "数量指标", "新增场次", "≥2场", "≥2场"],
          ["产出指标", "数量指标", "新增场次", "≥3场", "≥3场"],
        ],
      }),
    );
    // a name twice in the request goes in once
    expect([p.added, p.skipped]).toEqual([1, [have, "新增场次"]]);
  });

  test("refusals: no table at the range, no such group; with zh + en text naming them", () => {
    const s = sheetOf("project-2020");
    const t = findTables(s).find((x) => x.kind === "table")!;
    const g = planAddRows({
      sheet: s,
      table: t.range,
      l1: "成本指标",
      l2: "经济成本指标",
      rows: [["成本指标", "经济成本指标", "x", "≤1元", "≤1元"]],
    });
    expect(g.kind === "refuse" && [g.code, text(g).zh.includes("成本指标 / 经济成本指标")]).toEqual(["no-group", true]);
    const n = planAddRows({
      sheet: s,
      table: { r1: 500, c1: 1, r2: 520, c2: 6 },
      l1: "产出指标",
      l2: "数量指标",
      rows: [["产出指标", "数量指标", "x", "1个", "1个"]],
    });
    expect(n.kind === "refuse" && [n.code, text(n).en.includes("A500:F520")]).toEqual(["no-table", true]);
    const blankSheet = planAddRows({
      sheet: { name: "S", values: [] },
      table: t.range,
      l1: "产出指标",
      l2: "数量指标",
      rows: [["产出指标", "数量指标", "x", "1个", "1个"]],
    });
    expect(blankSheet.kind === "refuse" && blankSheet.code).toBe("no-table");
  });

  test("the same table elsewhere on the sheet: the same plan, moved", () => {
    const rows = [["产出指标", "质量指标", "新增验收合格率", "100%", "100%"]];
    const a = sheetOf("training-events");
    const b = sheetOf("training-events", false, { row: 31, col: 4 });
    const ta = findTables(a).find((x) => x.kind === "table")!;
    const tb = findTables(b).find((x) => x.kind === "table")!;
    const pa = ok(planAddRows({ sheet: a, table: ta.range, l1: "产出指标", l2: "质量指标", rows }));
    const pb = ok(planAddRows({ sheet: b, table: tb.range, l1: "产出指标", l2: "质量指标", rows }));
    const move = (x: unknown): unknown =>
      JSON.parse(JSON.stringify(x), (k, v) =>
        typeof v === "number" && /^(r1|r2|row|at|fillRow|headerRow)$/.test(k)
          ? v + 30
          : typeof v === "number" && /^(c1|c2|col)$/.test(k)
            ? v + 3
            : v,
      );
    const shiftCols = (c: AddRowsPlan["cols"]) =>
      Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v === null ? null : v + 3]));
    expect({ ...pb, cols: null }).toEqual({ ...(move(pa) as AddRowsPlan), cols: null });
    expect(pb.cols).toEqual(shiftCols(pa.cols));
  });

  test("a plain table without merges: the new rows get their 一级 and 二级 written out", () => {
    const s: SheetInput = {
      name: "S",
      values: [
        ["绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"],
        [null, "产出指标", "数量指标", "举办业务培训场次", "≥4场", "≥4场"],
        [null, "产出指标", "质量指标", "培训考核合格率", "≥95%", "≥95%"],
        [null, "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"],
        [],
        ["备注：用户自己的说明", null, "不要动"],
      ],
    };
    const p = ok(
      planAddRows({
        sheet: s,
        table: findTables(s)[0].range,
        l1: "产出指标",
        l2: "数量指标",
        rows: [["产出指标", "数量指标", "新增场次", "≥2场", "≥2场"]],
      }),
    );
    expectSacred(s, p);
    expect(p.insert).toEqual({ at: 3, count: 1 });
    expect(p.widen).toEqual([]);
    expect(p.newValues).toEqual([[null, "产出指标", "数量指标", "新增场次", "≥2场", "≥2场"]]);
  });
});

describe("property: on every template, every group, with and without placeholder rows, nothing the user has is written over", () => {
  const cases = TEMPLATES.flatMap((tpl) => [false, true].map((ph) => [tpl.id, ph] as const));
  test.each(cases)("%s (placeholders %s)", (id, placeholders) => {
    const s = sheetOf(id, placeholders);
    const t = findTables(s).find((x) => x.kind === "table" && x.columns?.l1 != null)!;
    const fw = FRAMEWORKS[t.framework];
    const groups = [...new Set(t.indicators.filter((i) => i.level1 && i.level2).map((i) => `${i.level1}|${i.level2}`))];
    // placeholder rows have no 三级: read the groups from the framework as well
    for (const l1 of fw.level1) for (const l2 of fw.level2[l1] ?? []) groups.push(`${l1}|${l2}`);
    let planned = 0;
    for (const g of new Set(groups)) {
      const [l1, l2] = g.split("|");
      for (const n of [1, 3]) {
        const rows = Array.from({ length: n }, (_, i) => [l1, l2, `新增指标${i + 1}`, "≥1个", "≥1个"]);
        const p = planAddRows({ sheet: s, table: t.range, l1, l2, rows });
        if (p.kind === "refuse") {
          expect(p.code).toBe("no-group");
          expect(readerGroup(s, l1, l2)).toEqual([]);
          continue;
        }
        planned++;
        expectSacred(s, p);
        const run = readerGroup(s, l1, l2);
        if (run.length > 0) {
          expect(run).toEqual(Array.from({ length: run.length }, (_, i) => run[0] + i));
          expect(p.group.r2).toBe(run[run.length - 1]);
        }
        expect(p.added).toBe(n);
      }
    }
    expect(planned).toBeGreaterThan(0);
  });
});

// last in the file (jest runs a file's tests in order): the proof covers every test above
test("no test above ran a lint or instantiated a single rule", () => {
  expect(jest.isMockFunction(lint.lintSheet)).toBe(true);
  expect(lint.lintSheet).not.toHaveBeenCalled();
  expect(creates.filter((c) => c.mock.calls.length > 0)).toEqual([]);
  expect(creates.length).toBe(allRules.length);
  expect(creates.length).toBeGreaterThan(50);
});
