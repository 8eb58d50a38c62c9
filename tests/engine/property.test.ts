/**
 * Property tests (fast-check): the engine never throws on any grid, and every finding's address lies
 * inside the sheet's content and agrees with its range. Random grids are built from the domain's own
 * vocabulary so that they reach deep into the reader, plus arbitrary junk; random edits are applied to
 * the real workbooks (or to our own generated ones when ../shared is absent).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { fromA1, lintSheet, rangeToA1, type CellValue, type LintResult, type SheetInput } from "../../src/domain";
import { hasShared, readSheets, SHARED_FIXTURES } from "../helpers/workbooks";

const VOCAB = [
  "绩效指标",
  "一级指标",
  "二级指标",
  "三级指标",
  "实施周期指标值",
  "年度指标值",
  "当年度指标值",
  "计量单位",
  "项目名称",
  "项目类型",
  "部门名称",
  "基本支出",
  "项目支出",
  "财政拨款",
  "其他资金",
  "财政专项资金",
  "其他事业发展性支出",
  "镇本级使用资金",
  "拟用于对下转移支付资金",
  "年度重点工作任务",
  "名称",
  "拟投入的资金（万元）",
  "其他需完成的任务",
  "实施周期",
  "起始年度",
  "到期年度",
  "2025年预算金额",
  "总计",
  "绩效目标",
  "合计",
  "产出指标",
  "效益指标",
  "满意度指标",
  "成本指标",
  "数量指标",
  "质量指标",
  "时效指标",
  "社会效益",
  "经济效益指标",
  "生态效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
  "经济成本指标",
  "效果指标",
  "预算执行率",
  "服务对象满意度",
  "社工成本",
  "≥90%",
  "$\\geq 90\\%$",
  ">=95%",
  "无",
  "提升",
  "12次",
  "≤9万元/人/年",
  "119277元/人/年",
  "满意",
  "满意度=（一般+满意+非常满意）/评价数量",
  "≤50%",
  "250万",
  "1、1-产出指标；22-社会效益；x；实施周期指标值：1场；年度指标值：2场。",
  "2、3-满意度指标；31-服务对象满意度；满意度；年度指标值：≥90%",
  "涉密内容。",
  "4,157.41",
  "-",
  "项目绩效目标表",
  "财政分局批复意见",
  "2022",
  "2099",
  "单位：万元",
];

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VOCAB) },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -1e6, max: 1e9 }), fc.double({ noNaN: false })) },
  { weight: 1, arbitrary: fc.boolean() },
);

const sheetArb: fc.Arbitrary<SheetInput> = fc
  .record({
    rows: fc.array(fc.array(cellArb, { maxLength: 9 }), { maxLength: 40 }),
    origin: fc.record({ row: fc.integer({ min: 1, max: 30 }), col: fc.integer({ min: 1, max: 8 }) }),
    merges: fc.array(
      fc.record({
        r1: fc.integer({ min: -2, max: 60 }),
        c1: fc.integer({ min: -2, max: 14 }),
        h: fc.nat(6),
        w: fc.nat(4),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ rows, origin, merges }) => ({
    name: "随机",
    values: rows,
    origin,
    merges: merges.map((m) => ({ r1: m.r1, c1: m.c1, r2: m.r1 + m.h, c2: m.c1 + m.w })),
  }));

function checkInvariants(input: SheetInput, r: LintResult): void {
  const o = input.origin ?? { row: 1, col: 1 };
  const width = Math.max(0, ...input.values.map((x) => x.length));
  const lastRow = o.row + input.values.length - 1,
    lastCol = o.col + width - 1;
  for (const f of r.findings) {
    const { r1, c1, r2, c2 } = f.range;
    if (!(r1 >= o.row && r2 <= lastRow && c1 >= o.col && c2 <= lastCol && r1 <= r2 && c1 <= c2)) {
      throw new Error(
        `${f.ruleId} at ${f.address} lies outside the sheet ${rangeToA1({ r1: o.row, c1: o.col, r2: lastRow, c2: lastCol })}`,
      );
    }
    expect(f.address).toBe(rangeToA1(f.range));
    expect(fromA1(f.address)).toEqual(f.range);
    expect(["error", "warning", "info"]).toContain(f.severity);
    if (f.fix) expect(f.fix.address).toBe(f.address);
  }
}

test("random grids never throw and every finding lies inside the sheet", () => {
  fc.assert(
    fc.property(sheetArb, (input) => {
      const r = lintSheet(input);
      checkInvariants(input, r);
      expect(r.findings.filter((f) => f.ruleId === "structure/internal-error")).toEqual([]);
    }),
    { numRuns: 400 },
  );
});

test("inputs that break the type contract still never throw", () => {
  const odd = [
    null,
    undefined,
    {},
    { name: 3 },
    { name: "x", values: "nope" },
    { name: "x", values: [null, [undefined, {}], [[1]]] },
  ];
  for (const x of odd) expect(() => lintSheet(x as unknown as SheetInput)).not.toThrow();
});

type Edit =
  | { kind: "set"; r: number; c: number; v: CellValue }
  | { kind: "clearRow"; r: number }
  | { kind: "insertRow"; r: number }
  | { kind: "deleteRow"; r: number }
  | { kind: "shiftRow"; r: number; by: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), r: fc.nat(300), c: fc.nat(8), v: cellArb }),
  fc.record({ kind: fc.constant("clearRow" as const), r: fc.nat(300) }),
  fc.record({ kind: fc.constant("insertRow" as const), r: fc.nat(300) }),
  fc.record({ kind: fc.constant("deleteRow" as const), r: fc.nat(300) }),
  fc.record({ kind: fc.constant("shiftRow" as const), r: fc.nat(300), by: fc.constantFrom(-1, 1) }),
);

function applyEdits(base: SheetInput, edits: Edit[]): SheetInput {
  const values = base.values.map((row) => row.slice());
  for (const e of edits) {
    const r = values.length ? e.r % values.length : 0;
    if (e.kind === "set") {
      while (values.length <= r) values.push([]);
      values[r][e.c] = e.v;
    } else if (e.kind === "clearRow" && values[r]) values[r] = [];
    else if (e.kind === "insertRow") values.splice(r, 0, []);
    else if (e.kind === "deleteRow") values.splice(r, 1);
    else if (e.kind === "shiftRow" && values[r]) values[r] = e.by < 0 ? values[r].slice(1) : [null, ...values[r]];
  }
  return { ...base, values };
}

const OWN_FIXTURES = path.resolve(__dirname, "../fixtures");
const workbookFiles = (hasShared ? fs.readdirSync(SHARED_FIXTURES).map((f) => path.join(SHARED_FIXTURES, f)) : [])
  .concat(
    fs.existsSync(OWN_FIXTURES)
      ? fs
          .readdirSync(OWN_FIXTURES)
          .filter((f) => /^[a-z].*\.xlsx$/.test(f) && !/corrupt|empty|encrypted/.test(f))
          .map((f) => path.join(OWN_FIXTURES, f))
      : [],
  )
  .filter((f) => f.endsWith(".xlsx"));
if (!hasShared) console.warn("property test on ../shared/fixtures skipped: not found; using tests/fixtures only");

test.each(workbookFiles.map((f) => [path.basename(f), f]))("random edits of %s never throw", async (_name, file) => {
  const sheets = await readSheets(file);
  fc.assert(
    fc.property(fc.constantFrom(...sheets), fc.array(editArb, { minLength: 1, maxLength: 12 }), (sheet, edits) => {
      const edited = applyEdits(sheet, edits);
      checkInvariants(edited, lintSheet(edited));
    }),
    { numRuns: 60 },
  );
});
