/**
 * 添加标准指标 against the simulator through the gateway: rows from the library go right after the
 * chosen 二级 group's last row (entire rows inserted, everything below moves down intact), read back
 * as members of that group, and the table lints with no new error.
 */
import type { Framework, LintResult, TableInfo } from "../../src/domain";
import { TEMPLATES, buildBlock, buildRows, convertPair } from "../../src/domain/templates";
import type { Gateway } from "../../src/excel/gateway";
import { WorkbookModel, type Simulator } from "../../src/simulator";
import {
  compare,
  describeFindings,
  lintThroughGateway,
  overlaps,
  sharedFixtures,
  snapshot,
  setup,
  teardown,
  refusalText,
} from "./helpers";

afterEach(teardown);

const YEAR = { defaultYear: 2025 };

/** Library rows for a group, in the table's framework, not already in the table. */
function libraryRows(fw: Framework, l1: string, l2: string, exclude: Set<string>): string[][] {
  const out: string[][] = [];
  const seen = new Set(exclude);
  for (const t of TEMPLATES)
    for (const r of buildRows(t, fw)) {
      const p = convertPair(r[0], r[1], fw);
      if (p.l1 !== l1 || p.l2 !== l2 || seen.has(r[2])) continue;
      seen.add(r[2]);
      out.push(r);
    }
  return out;
}

async function withBlock(
  templateId: string,
  placeholders = false,
): Promise<{ sim: Simulator; gateway: Gateway; table: TableInfo; lint: LintResult }> {
  const { sim, gateway } = setup(new WorkbookModel());
  const r = await gateway.insertBlock({
    block: buildBlock(
      TEMPLATES.find((t) => t.id === templateId)!,
      {},
      { ...YEAR, placeholders },
    ),
    where: "below",
    allowShift: false,
  });
  if (!r.ok) throw new Error(refusalText(r).en);
  // something under the table, so rows really move
  await sim.userEdit(sim.wb.active.name, `A${r.range.r2 + 2}`, "表下方的用户内容");
  const lint = await lintThroughGateway(gateway);
  return { sim, gateway, table: lint.tables[0], lint };
}

const errorsIn = (r: LintResult, t: { range: TableInfo["range"] }) =>
  r.findings.filter((f) => f.severity === "error" && overlaps(f.range, t.range));

/** The rows of a group after the insertion: every indicator row whose 一级/二级 is the group's; must be one contiguous run. */
function groupRows(t: TableInfo, l1: string, l2: string): number[] {
  return t.indicators.filter((i) => i.level1 === l1 && i.level2 === l2).map((i) => i.row);
}

async function addAndCheck(env: Awaited<ReturnType<typeof withBlock>>, l1: string, l2: string, take = 3) {
  const { sim, gateway, table, lint } = env;
  const sheet = sim.wb.active;
  const existing = new Set(table.indicators.map((i) => i.level3 ?? ""));
  const rows = libraryRows(table.framework, l1, l2, existing).slice(0, take);
  expect(rows.length).toBeGreaterThan(0);
  const oldGroup = groupRows(table, l1, l2);
  const before = snapshot(sheet);
  const errorsBefore = errorsIn(lint, table).length;
  const syncs = sim.syncCount;
  const r = await gateway.addIndicatorRows({ table: table.range, l1, l2, rows });
  if (!r.ok) throw new Error(refusalText(r).en);
  expect(sim.syncCount - syncs).toBe(2);
  expect(r.added).toBe(rows.length);
  const after = await lintThroughGateway(gateway);
  const t2 = after.tables.find((t) => t.range.r1 === table.range.r1)!;
  // the new rows are read as members of the group, right after its old last row, in one contiguous run
  const names = rows.map((x) => x[2]);
  const added = t2.indicators.filter((i) => names.includes(i.level3 ?? ""));
  expect(added.map((i) => [i.level1, i.level2])).toEqual(names.map(() => [l1, l2]));
  const run = groupRows(t2, l1, l2);
  expect(run).toEqual(Array.from({ length: run.length }, (_, i) => run[0] + i));
  if (oldGroup.length > 0) {
    expect(run[0]).toBe(oldGroup[0]);
    expect(Math.min(...added.map((i) => i.row))).toBeGreaterThan(Math.max(...oldGroup));
  }
  // nothing the user had changed, rows below moved down by the rows inserted
  const shift = r.inserted.count > 0 ? r.inserted : null;
  // written: the new rows, or the group's empty row that took the only indicator
  const written = shift
    ? { r1: shift.at, c1: table.range.c1, r2: shift.at + shift.count - 1, c2: table.range.c2 }
    : { r1: r.inserted.at - 1, c1: table.range.c1 + 3, r2: r.inserted.at - 1, c2: table.range.c2 }; // 三级 and the values of a form block
  expect(compare(before, sheet, shift, written, { mergesMayGrow: true })).toEqual([]);
  // no new error in the table
  expect(errorsIn(after, t2).length).toBeLessThanOrEqual(errorsBefore);
  if (errorsBefore === 0) expect(describeFindings(errorsIn(after, t2))).toEqual([]);
  return { r, t2, rows };
}

describe("in a table inserted from a template", () => {
  test("a group in the middle of its 一级 (产出指标 / 数量指标): the 一级 merge grows by itself, the 二级 cell becomes a merge", async () => {
    const env = await withBlock("project-2021");
    const { r } = await addAndCheck(env, "产出指标", "数量指标");
    expect(r.inserted.count).toBe(3);
    const s = env.sim.wb.active;
    const last = r.inserted.at + 2;
    // the new rows sit under the group's 一级 and 二级 cells, which now reach down to them
    expect(s.merges.find((m) => m.c1 === 2 && m.r1 < r.inserted.at && last < m.r2)).toBeDefined();
    expect(s.merges.find((m) => m.c1 === 3 && m.r1 === r.inserted.at - 1 && m.r2 === last)).toBeDefined();
    for (let row = r.inserted.at; row <= last; row++) expect([s.value(row, 2), s.value(row, 3)]).toEqual([null, null]);
  });

  test("the last group of the table (满意度指标): its 一级, 二级 and 绩效指标 cells are widened", async () => {
    const env = await withBlock("project-2020");
    const { r } = await addAndCheck(env, "满意度指标", "服务对象满意度指标", 2);
    const s = env.sim.wb.active;
    const last = r.inserted.at + r.inserted.count - 1;
    for (const col of [1, 2, 3])
      expect(s.merges.some((m) => m.c1 === col && m.r1 < r.inserted.at && m.r2 === last)).toBe(true);
    // the new rows have the table's borders and the framework's dropdowns
    expect(s.format(last, 4).borders.EdgeBottom?.style).toBe("Continuous");
    expect(s.dvs.some((d) => d.range.c1 === 3 && d.range.r1 <= last && last <= d.range.r2)).toBe(true);
  });

  test("a group with only its empty placeholder row: the first indicator fills it, the rest follow", async () => {
    // project-2020 with its empty 二级 rows lists 效益指标 / 可持续影响指标 as an empty row; the library has one indicator for it
    const one = await withBlock("project-2020", true);
    const { r } = await addAndCheck(one, "效益指标", "可持续影响指标", 1);
    expect(r.inserted.count).toBe(0);
    expect(r.added).toBe(1);
    const two = await withBlock("project-2020", true);
    const lib = libraryRows("2020", "效益指标", "可持续影响指标", new Set());
    const rows = [...lib, ["效益指标", "可持续影响指标", "服务长效机制建立情况", "持续有效", "持续有效"]];
    const before = snapshot(two.sim.wb.active);
    const res = await two.gateway.addIndicatorRows({
      table: two.table.range,
      l1: "效益指标",
      l2: "可持续影响指标",
      rows,
    });
    if (!res.ok) throw new Error(refusalText(res).en);
    expect(res.inserted.count).toBe(1);
    expect(
      compare(
        before,
        two.sim.wb.active,
        res.inserted,
        [
          { r1: res.inserted.at, c1: 1, r2: res.inserted.at, c2: 6 },
          { r1: res.inserted.at - 1, c1: 4, r2: res.inserted.at - 1, c2: 6 },
        ],
        { mergesMayGrow: true },
      ),
    ).toEqual([]);
    const t2 = (await lintThroughGateway(two.gateway)).tables[0];
    expect(groupRows(t2, "效益指标", "可持续影响指标")).toEqual([res.inserted.at - 1, res.inserted.at]);
  });

  test("indicators already in the table are left out; all of them already there: refused, nothing written", async () => {
    const env = await withBlock("project-2021");
    const have = env.table.indicators.find((i) => i.level2 === "数量指标")!;
    const dup = [["产出指标", "数量指标", have.level3!, "1个", "1个"]];
    const before = env.sim.fingerprint(env.sim.wb.active.name);
    const r = await env.gateway.addIndicatorRows({ table: env.table.range, l1: "产出指标", l2: "数量指标", rows: dup });
    expect(!r.ok && r.code).toBe("nothing-to-add");
    if (!r.ok) expect(refusalText(r).zh).toMatch(/已全部在表中/);
    expect(env.sim.fingerprint(env.sim.wb.active.name)).toBe(before);
    const rows = [...dup, ["产出指标", "数量指标", "新增培训场次", "≥2场", "≥2场"]];
    const ok = await env.gateway.addIndicatorRows({ table: env.table.range, l1: "产出指标", l2: "数量指标", rows });
    expect(ok.ok && ok.added).toBe(1);
    expect(ok.ok && ok.skipped).toEqual([have.level3]);
  });

  test("a group the table does not have, or a range with no table: refused with zh + en reasons", async () => {
    const env = await withBlock("project-2020");
    const r1 = await env.gateway.addIndicatorRows({
      table: env.table.range,
      l1: "成本指标",
      l2: "经济成本指标",
      rows: [["成本指标", "经济成本指标", "x", "≤1元", "≤1元"]],
    });
    expect(!r1.ok && r1.code).toBe("no-group");
    const r2 = await env.gateway.addIndicatorRows({
      table: { r1: 500, c1: 1, r2: 520, c2: 6 },
      l1: "产出指标",
      l2: "数量指标",
      rows: [["产出指标", "数量指标", "x", "1个", "1个"]],
    });
    expect(!r2.ok && r2.code).toBe("no-table");
    expect(!r1.ok && r1.data).toEqual({ l1: "成本指标", l2: "经济成本指标" });
    expect(!r2.ok && r2.data).toEqual({ area: "A500:F520" });
    if (!r2.ok) {
      expect(refusalText(r2).zh).toMatch(/[\u4e00-\u9fff]/);
      expect(refusalText(r2).en).toMatch(/^Nothing added/);
    }
  });
});

const shared = sharedFixtures();

describe("in the tables of the ../shared fixtures", () => {
  test("a library indicator added to the first group with library rows of each table", async () => {
    if (shared.length === 0) {
      console.log("skipped: ../shared/fixtures not found");
      return;
    }
    let tried = 0;
    for (const f of shared) {
      const wb = await f.wb();
      const { sim, gateway } = setup(wb);
      for (let k = 0; k < 2; k++) {
        // tables move down as rows go into the ones above them: look them up again each time
        const fresh = await lintThroughGateway(gateway);
        const t = fresh.tables[k];
        if (!t) break;
        const groups = [
          ...new Map(
            t.indicators.filter((i) => i.level1 && i.level2).map((i) => [`${i.level1}|${i.level2}`, i]),
          ).values(),
        ];
        const existing = new Set(t.indicators.map((i) => i.level3 ?? ""));
        const g = groups.find((i) => libraryRows(t.framework, i.level1!, i.level2!, existing).length > 0);
        if (!g) continue;
        const before = snapshot(sim.wb.active);
        const r = await gateway.addIndicatorRows({
          table: t.range,
          l1: g.level1!,
          l2: g.level2!,
          rows: libraryRows(t.framework, g.level1!, g.level2!, existing).slice(0, 1),
        });
        if (!r.ok) {
          // a coded list cell has no table columns to add to: that is the one allowed refusal
          expect({ fixture: f.name, code: r.code }).toEqual({ fixture: f.name, code: "no-table" });
          continue;
        }
        tried++;
        const shift = r.inserted.count > 0 ? r.inserted : null;
        const written = { r1: r.inserted.at, c1: t.range.c1, r2: r.inserted.at + r.inserted.count - 1, c2: t.range.c2 };
        expect({
          fixture: f.name,
          problems: compare(before, sim.wb.active, shift, shift ? written : null, { mergesMayGrow: true }),
        }).toEqual({ fixture: f.name, problems: [] });
        const after = await lintThroughGateway(gateway);
        const t2 = after.tables[k];
        expect(
          t2.indicators.some((i) => i.level1 === g.level1 && i.level2 === g.level2 && i.row >= r.inserted.at),
        ).toBe(true);
        expect({ fixture: f.name, errors: errorsIn(after, t2).length }).toEqual({
          fixture: f.name,
          errors: errorsIn(fresh, t).length,
        });
      }
      teardown();
    }
    expect(tried).toBeGreaterThan(0);
  });
});
