/**
 * lintSheet never writes into the caller's SheetInput: the task pane and the command line hand the engine
 * the very arrays they read from Excel / exceljs and use them again afterwards. Merged cells read as empty
 * inside the engine, but the values under a merge must stay in the caller's rows.
 */
import { lintSheet, type CellRange, type CellValue, type SheetInput } from "../../src/domain";

function deepFreeze(input: SheetInput): SheetInput {
  for (const row of input.values) Object.freeze(row);
  Object.freeze(input.values);
  for (const m of input.merges ?? []) Object.freeze(m);
  if (input.merges) Object.freeze(input.merges);
  if (input.origin) Object.freeze(input.origin);
  return Object.freeze(input);
}

const rows: CellValue[][] = [
  ["项目绩效目标表"],
  ["项目名称", "社区服务", "社区服务", "社区服务"],
  ["2025年预算金额", 100000, 100000],
  ["绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"],
  ["绩效指标", "产出指标", "数量指标", "服务人次", "≥300人次", "≥100人次"],
  ["绩效指标", "产出指标", "质量指标", "合格率", ">=95%", "≥ 95 %"],
  ["绩效指标", "效益指标", "社会效益", "群众满意", "有效提高", "提升"],
  [null, "效益指标", "可持续影响指标", "长效机制", "持续", "持续"],
  ["绩效指标", "满意度指标", "服务对象满意度指标", "满意度", "满意度=（一般+满意）/评价数量", "≥90%"],
];
// every merge covers cells that hold values in the input
const merges: CellRange[] = [
  { r1: 2, c1: 2, r2: 2, c2: 4 },
  { r1: 3, c1: 2, r2: 3, c2: 3 },
  { r1: 4, c1: 1, r2: 9, c2: 1 },
  { r1: 5, c1: 2, r2: 6, c2: 2 },
  { r1: 7, c1: 2, r2: 8, c2: 2 },
];

describe("lintSheet leaves the input alone", () => {
  test.each([
    ["at A1", undefined],
    ["lower on the sheet", { row: 5, col: 3 }],
  ])("frozen input with merges over filled cells, %s", (_name, origin) => {
    const copy = rows.map((r) => r.slice());
    const input = deepFreeze({
      name: "表",
      values: rows.map((r) => r.slice()),
      merges: merges.map((m) => ({ ...m })),
      ...(origin ? { origin } : {}),
    });
    const result = lintSheet(input);
    // a write into a frozen array would throw inside the engine and come back as an internal error
    expect(result.findings.filter((f) => f.ruleId === "structure/internal-error")).toEqual([]);
    expect(result.tables.length).toBe(1);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(input.values).toEqual(copy);
  });

  test("unfrozen input: same rows, same merges after linting, twice", () => {
    const values = rows.map((r) => r.slice());
    const rowRefs = values.slice();
    const input: SheetInput = { name: "表", values, merges: merges.map((m) => ({ ...m })) };
    const first = lintSheet(input);
    const second = lintSheet(input);
    expect(second).toEqual(first);
    expect(input.values).toBe(values);
    values.forEach((r, i) => expect(r).toBe(rowRefs[i]));
    expect(values).toEqual(rows);
    expect(input.merges).toEqual(merges);
  });
});

/**
 * The rules keep what they work out about rows in a per-lint cache (rules/cache.ts), never on the document model:
 * the reader's model is frozen here before the rules see it, so any write into it throws (and is reported as
 * an internal error finding, which the test would see).
 */
describe("the rules leave the document model alone", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module object itself, to spy on its export
  const read = require("../../src/domain/engine/read/index") as { readDocument: (...a: unknown[]) => unknown };
  const original = read.readDocument;
  function freezeAll(x: unknown, seen = new Set<unknown>()): void {
    if (x === null || typeof x !== "object" || seen.has(x)) return;
    seen.add(x);
    for (const v of Object.values(x)) freezeAll(v, seen);
    Object.freeze(x);
  }
  let frozen = 0;
  beforeAll(() => {
    jest.spyOn(read, "readDocument").mockImplementation((...args: unknown[]) => {
      const doc = original(...args);
      freezeAll(doc);
      frozen++;
      return doc;
    });
  });
  afterAll(() => jest.restoreAllMocks());

  test("a lint over a frozen model completes with the same findings", () => {
    const input = { name: "表", values: rows.map((r) => [...r]), merges };
    const before = frozen;
    const result = lintSheet(input);
    expect(frozen).toBe(before + 1);
    expect(result.findings.filter((f) => f.ruleId.startsWith("internal"))).toEqual([]);
    expect(result.findings.length).toBeGreaterThan(3);
    jest.restoreAllMocks();
    expect(lintSheet(input).findings).toEqual(result.findings);
  });
});
