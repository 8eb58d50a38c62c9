/**
 * A jest-native RuleTester (ESLint semantics, stylelint ergonomics).
 *
 *   ruleTester.run("value/vague-target", { valid: [...], invalid: [...] })
 *
 * Each case is a compact sheet (rows of cells, optional A1 merges, optional config). The whole sheet is
 * linted with ONLY the rule under test enabled. Invalid cases must yield exactly the expected errors
 * (order-insensitive); valid cases none. Unknown messageIds, placeholders left unfilled in either locale, invalid
 * configs and duplicate cases fail. `only: true` focuses a case.
 *
 * The checks live in plain functions (`checkCase`) so that the meta-test can run the same case tables
 * outside jest's `test` and collect which (ruleId, messageId) pairs were hit.
 */
import {
  allRules,
  formatFinding,
  fromA1,
  lintSheet,
  parseConfig,
  type CellRange,
  type ConfigInput,
  type Finding,
  type MessageData,
  type Severity,
} from "../../src/domain";
import { placeholders } from "../../src/domain/i18n";

export type Cell = string | number | null;
export type Rows = Cell[][];

export interface SheetCase {
  /** Shown in the test name. */
  name?: string;
  rows: Rows;
  /** A1 ranges, e.g. "B2:B5". */
  merges?: string[];
  config?: ConfigInput;
  /** Sheet position of rows[0][0] (default A1), for sheets read from a used range that starts lower. */
  origin?: { row: number; col: number };
  only?: boolean;
}

export interface ExpectedError {
  messageId: string;
  /** Sheet address without the sheet name: "F3" or "E3:F3". */
  address: string;
  /** When given, must equal the finding's data exactly. */
  data?: MessageData;
  /** When given: null = no fix offered; an object is matched field by field. */
  fix?: { from?: Cell | boolean; to: string } | null;
  severity?: Severity;
}

export interface InvalidCase extends SheetCase {
  errors: ExpectedError[];
}

export interface RuleCases {
  valid: SheetCase[];
  invalid: InvalidCase[];
}

export type CategoryCases = Record<string, RuleCases>;

// ------------------------------------------------------------------------------------------ sheet builders

export const HEADER: Cell[] = ["绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"];

/** One data row aligned with HEADER (column A, the label column, left empty). */
export function ind(l1: Cell, l2: Cell, l3: Cell, period: Cell, annual: Cell): Cell[] {
  return [null, l1, l2, l3, period, annual];
}

/** Header row (row 1 by default) and data rows aligned with it. */
export function indicatorTable(rows: Rows, opts: { header?: Cell[] } = {}): Rows {
  return [[...(opts.header ?? HEADER)], ...rows.map((r) => [...r])];
}

/**
 * A complete, valid 2020-framework table (rows 2–7 under the default header at row 1):
 * 产出 (数量 / 质量 / 时效 / 成本), 效益 (社会效益), 满意度 (服务对象满意度), measurable targets.
 */
export function cleanRows(): Rows {
  return [
    ind("产出指标", "数量指标", "举办业务培训场次", "≥4场", "≥4场"),
    ind(null, "质量指标", "培训考核合格率", "≥95%", "≥95%"),
    ind(null, "时效指标", "培训按时完成率", "100%", "100%"),
    ind(null, "成本指标", "人均培训成本", "≤500元/人", "≤500元/人"),
    ind("效益指标", "社会效益指标", "参训人员业务能力达标率", "≥90%", "≥90%"),
    ind("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
  ];
}

export function cleanTable(extra: Rows = []): Rows {
  return indicatorTable([...cleanRows(), ...extra]);
}

/** The clean table's 数量, 质量, 社会效益 and 满意度 rows (rows 2–5), their 一级 cells written as given. */
export function withLevel1(l1: [Cell, Cell, Cell, Cell]): Rows {
  const [qty, quality, , , social, satisfied] = cleanRows();
  return indicatorTable([qty, quality, social, satisfied].map((r, i) => [r[0], l1[i], ...r.slice(2)]));
}

/** The same table in the 2021 framework: 成本指标 / 经济成本指标 as the first 一级 (row 2), then 产出 … 满意度. */
export function clean2021Rows(): Rows {
  return [
    ind("成本指标", "经济成本指标", "人均培训成本", "≤500元/人", "≤500元/人"),
    ind("产出指标", "数量指标", "举办业务培训场次", "≥4场", "≥4场"),
    ind(null, "质量指标", "培训考核合格率", "≥95%", "≥95%"),
    ind(null, "时效指标", "培训按时完成率", "100%", "100%"),
    ind("效益指标", "社会效益指标", "参训人员业务能力达标率", "≥90%", "≥90%"),
    ind("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
  ];
}

export function clean2021Table(extra: Rows = []): Rows {
  return indicatorTable([...clean2021Rows(), ...extra]);
}

/** A copy of `rows` with the cell at `address` (e.g. "F3") set to `value`; pads as needed. */
export function set(rows: Rows, address: string, value: Cell): Rows {
  const r = fromA1(address);
  if (!r) throw new Error(`bad address ${address}`);
  const out = rows.map((x) => [...x]);
  while (out.length < r.r1) out.push([]);
  const row = out[r.r1 - 1];
  while (row.length < r.c1) row.push(null);
  row[r.c1 - 1] = value;
  return out;
}

/** Several `set`s at once. */
export function edit(rows: Rows, cells: Record<string, Cell>): Rows {
  return Object.entries(cells).reduce((acc, [a, v]) => set(acc, a, v), rows);
}

/** Moves the whole sheet `down` rows and `right` columns (blank rows / columns before it). */
export function offset(rows: Rows, down: number, right = 0): Rows {
  return [
    ...Array.from({ length: down }, () => [] as Cell[]),
    ...rows.map((r) => [...Array<Cell>(right).fill(null), ...r]),
  ];
}

/** Drops the given 1-based sheet rows. */
export function dropRows(rows: Rows, ...sheetRows: number[]): Rows {
  return rows.filter((_, i) => !sheetRows.includes(i + 1)).map((r) => [...r]);
}

export interface ProjectFields {
  项目名称?: Cell;
  项目类型?: Cell;
  项目等级?: Cell;
  主管部门?: Cell;
  用款单位?: Cell;
  /** [起始年度, 到期年度]; omit for no 实施周期 row. */
  实施周期?: [Cell, Cell];
  /** The budget row's label, "2025年预算金额" by default; null for no budget row. */
  budgetLabel?: string | null;
  预算金额?: Cell;
}

export const DEFAULT_PROJECT: Required<ProjectFields> = {
  项目名称: "网格员业务培训",
  项目类型: "其他特定目标类",
  项目等级: "二级项目",
  主管部门: "东莞市某镇人民政府",
  用款单位: "东莞市某镇网格管理中心",
  实施周期: [2025, 2025],
  budgetLabel: "2025年预算金额",
  预算金额: 100000,
};

/**
 * A project form: 项目名称 / 项目类型 / 项目等级 / 主管部门 / 用款单位 (rows 1–5), 实施周期 起始年度 X 到期年度 Y
 * (row 6), 2025年预算金额 (row 7), then the indicator table (header at row 8). Fields given as `undefined`
 * are left out (their rows disappear and the rows below move up); `null` keeps the label with no value.
 */
export function projectForm(fields: ProjectFields = {}, rows: Rows = cleanRows()): Rows {
  const f = { ...DEFAULT_PROJECT, ...fields };
  const has = (k: keyof ProjectFields) => !(k in fields) || fields[k] !== undefined;
  const out: Rows = [];
  for (const k of ["项目名称", "项目类型", "项目等级", "主管部门", "用款单位"] as const)
    if (has(k)) out.push([k, f[k]]);
  if (has("实施周期")) out.push(["实施周期", "起始年度", f.实施周期[0], "到期年度", f.实施周期[1]]);
  if (has("budgetLabel") && f.budgetLabel !== null) out.push([f.budgetLabel, f.预算金额]);
  return [...out, ...indicatorTable(rows)];
}

export interface DepartmentAmounts {
  基本支出?: Cell;
  项目支出?: Cell;
  财政拨款?: Cell;
  其他资金?: Cell;
  财政专项资金?: Cell;
  其他事业发展性支出?: Cell;
  市本级使用资金?: Cell;
  拟用于对下转移支付资金?: Cell;
}

export interface DepartmentFields {
  部门名称?: Cell;
  /** Unit of the amounts, in the 预算金额 headers. */
  unit?: "万元" | "元";
  amounts?: DepartmentAmounts;
  /** 年度重点工作任务: [名称, 拟投入的资金]. */
  tasks?: [Cell, Cell][];
  /** Unit in the task header 拟投入的资金(…). */
  taskUnit?: "万元" | "元";
  /** 其他需完成的任务: one text cell each, e.g. "某任务--说明-190000.00". */
  otherTasks?: string[];
}

export const DEFAULT_DEPARTMENT_AMOUNTS: Required<DepartmentAmounts> = {
  基本支出: 45.89,
  项目支出: 153.15,
  财政拨款: 199.04,
  其他资金: 0,
  财政专项资金: 0,
  其他事业发展性支出: 26.71,
  市本级使用资金: 199.04,
  拟用于对下转移支付资金: 0,
};

/**
 * A department form (seed 002 layout):
 *   1 部门名称 | name
 *   2 预算整体情况 | 部门预算支出 | 预算金额(万元) | 收入来源 | 预算金额(万元)
 *   3            | 基本支出 | B  | 财政拨款 | F
 *   4            | 项目支出 | P  | 其他资金 | O
 *   5            | 事业发展性支出 | 预算金额(万元) | 按预算级次划分 | 预算金额(万元)
 *   6            | 财政专项资金 | S | 市本级使用资金 | L
 *   7            | 其他事业发展性支出 | D | 拟用于对下转移支付资金 | T
 *   8 年度重点工作任务 | 名称 | 主要实施内容 | 拟投入的资金(元) | 期望达到的目标
 *   9…  tasks, then 其他需完成的任务 rows, then the indicator table.
 * Amounts that are `undefined` in `amounts` use the defaults (which balance); `null` leaves the cell empty.
 */
export function departmentForm(fields: DepartmentFields = {}, rows: Rows = cleanRows()): Rows {
  const unit = fields.unit ?? "万元";
  const a = { ...DEFAULT_DEPARTMENT_AMOUNTS, ...(fields.amounts ?? {}) };
  const head = `预算金额(${unit})`;
  const out: Rows = [
    ["部门名称", fields.部门名称 === undefined ? "东莞市某镇平安法治办公室" : fields.部门名称],
    ["预算整体情况", "部门预算支出", head, "收入来源", head],
    [null, "基本支出", a.基本支出, "财政拨款", a.财政拨款],
    [null, "项目支出", a.项目支出, "其他资金", a.其他资金],
    [null, "事业发展性支出", head, "按预算级次划分", head],
    [null, "财政专项资金", a.财政专项资金, "市本级使用资金", a.市本级使用资金],
    [null, "其他事业发展性支出", a.其他事业发展性支出, "拟用于对下转移支付资金", a.拟用于对下转移支付资金],
  ];
  const tasks = fields.tasks ?? [["扫黑除恶专项斗争经费", 180000]];
  out.push(["年度重点工作任务", "名称", "主要实施内容", `拟投入的资金(${fields.taskUnit ?? "元"})`, "期望达到的目标"]);
  for (const [name, amount] of tasks) out.push([null, name, "按计划开展", amount, "按期完成"]);
  (fields.otherTasks ?? []).forEach((t, i) => out.push([i === 0 ? "其他需完成的任务(可选填)" : null, t]));
  return [...out, ...indicatorTable(rows)];
}

export const LIST_HEADER: Cell[] = [
  "项目名称（资金使用单位）",
  "总计",
  "财政拨款",
  "财政专户拨款",
  "其他资金",
  "绩效目标",
  "绩效指标",
];

/** One coded item: [一级 "1-产出指标", 二级 "11-数量指标", 三级, 实施周期指标值, 年度指标值]. */
export type CodedItem = [string, string, string, string, string];

/** `1、1-产出指标；11-数量指标；名称；实施周期指标值：≥1场；年度指标值：≥1场。2、…` */
export function coded(items: CodedItem[]): string {
  return items
    .map(([l1, l2, name, p, a], i) => `${i + 1}、${l1}；${l2}；${name}；实施周期指标值：${p}；年度指标值：${a}。`)
    .join("");
}

export const CLEAN_CODED: CodedItem[] = [
  ["1-产出指标", "11-数量指标", "召开报告会场次", "不少于2场", "不少于2场"],
  ["1-产出指标", "12-质量指标", "课题研究成果验收合格率", "100%", "100%"],
  ["2-效益指标", "22-社会效益指标", "群众法律意识提升情况", "法律咨询服务覆盖全区各街道", "法律咨询服务覆盖全区各街道"],
  ["3-满意度指标", "31-服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"],
];

/** A project row of a list: name, 总计, 财政拨款 (other sources empty), a goal and coded indicators. */
export function listRow(
  name: string,
  total: Cell,
  fiscal: Cell = total,
  items: CodedItem[] | string = CLEAN_CODED,
): Cell[] {
  return [
    name,
    total,
    fiscal,
    null,
    null,
    "按计划完成年度工作任务。",
    typeof items === "string" ? items : coded(items),
  ];
}

/**
 * A project list (seed 004 layout): row 1 单位：万元, row 2 the header
 * (项目名称 | 总计 | 财政拨款 | 财政专户拨款 | 其他资金 | 绩效目标 | 绩效指标), rows 3… as given.
 */
export function projectList(rows: Rows, opts: { unit?: string } = {}): Rows {
  return [[opts.unit ?? "单位：万元"], [...LIST_HEADER], ...rows.map((r) => [...r])];
}

// ------------------------------------------------------------------------------------------ checking

const hits = new Set<string>();

/** (ruleId, messageId) pairs hit by invalid cases checked so far in this module instance. */
export function hitPairs(): ReadonlySet<string> {
  return hits;
}

function ruleOf(ruleId: string) {
  const rule = allRules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`unknown rule ${ruleId}`);
  return rule;
}

/** Config for linting with only `ruleId` enabled (the case's own `rules` entries win for that rule). */
export function onlyRuleConfig(ruleId: string, config: ConfigInput = {}): ConfigInput {
  const off: Record<string, "off"> = {};
  for (const r of allRules) if (r.id !== ruleId) off[r.id] = "off";
  return { ...config, rules: { ...off, ...(config.rules ?? {}) } };
}

function mergesOf(merges: string[] | undefined): CellRange[] {
  return (merges ?? []).map((m) => {
    const r = fromA1(m);
    if (!r) throw new Error(`bad merge ${m}`);
    return r;
  });
}

export function lintCase(ruleId: string, c: SheetCase): Finding[] {
  return lintSheet(
    { name: "Sheet1", values: c.rows, merges: mergesOf(c.merges), ...(c.origin ? { origin: c.origin } : {}) },
    onlyRuleConfig(ruleId, c.config),
  ).findings;
}

function show(f: Finding): string {
  const fix = f.fix ? ` fix→${JSON.stringify(f.fix.to)}` : "";
  return `${f.ruleId} ${f.messageId} @${f.address} ${JSON.stringify(f.data)}${fix}`;
}

function showExpected(e: ExpectedError): string {
  return `${e.messageId} @${e.address}${e.data ? " " + JSON.stringify(e.data) : ""}${e.fix ? ` fix→${JSON.stringify(e.fix.to)}` : e.fix === null ? " (no fix)" : ""}`;
}

function sameData(a: MessageData, b: MessageData): boolean {
  const ka = Object.keys(a).sort(),
    kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}

function matches(f: Finding, e: ExpectedError): boolean {
  if (f.messageId !== e.messageId || f.address !== e.address) return false;
  if (e.data !== undefined && !sameData(f.data, e.data)) return false;
  if (e.severity !== undefined && f.severity !== e.severity) return false;
  if (e.fix === null && f.fix !== undefined) return false;
  if (e.fix) {
    if (!f.fix || f.fix.to !== e.fix.to || f.fix.address !== e.address) return false;
    if ("from" in e.fix && f.fix.from !== e.fix.from) return false;
  }
  return true;
}

/** Problems with one case (empty when it passes). Records hit (ruleId, messageId) pairs. */
export function checkCase(ruleId: string, kind: "valid" | "invalid", c: SheetCase | InvalidCase): string[] {
  const rule = ruleOf(ruleId);
  const problems: string[] = [];
  const parsed = parseConfig(c.config ?? {});
  if (!parsed.ok) return [`invalid config: ${parsed.error}`];
  const known = new Set(Object.keys(rule.messages["zh-CN"]));
  const expected = kind === "invalid" ? (c as InvalidCase).errors : [];
  if (kind === "invalid" && expected.length === 0) problems.push("an invalid case must expect at least one error");
  for (const e of expected)
    if (!known.has(e.messageId)) problems.push(`expected messageId "${e.messageId}" is not a message of ${ruleId}`);
  for (const e of expected)
    if (!fromA1(e.address)) problems.push(`expected address "${e.address}" is not an A1 address`);

  const findings = lintCase(ruleId, c);
  for (const f of findings) {
    if (f.ruleId !== ruleId) {
      problems.push(`unexpected finding from another rule: ${show(f)}`);
      continue;
    }
    if (!known.has(f.messageId)) problems.push(`the rule reported an unknown messageId: ${show(f)}`);
    for (const loc of ["zh-CN", "en-US"] as const) {
      const missing = placeholders(rule.messages[loc][f.messageId] ?? "").filter(
        (p) => !Object.prototype.hasOwnProperty.call(f.data, p),
      );
      if (missing.length)
        problems.push(`unsubstituted placeholder in ${loc}: {${missing.join("}, {")}} in "${formatFinding(f, loc)}"`);
    }
  }

  const left = [...findings];
  const missing: ExpectedError[] = [];
  for (const e of expected) {
    const i = left.findIndex((f) => matches(f, e));
    if (i >= 0) left.splice(i, 1);
    else missing.push(e);
  }
  if (missing.length > 0 || left.length > 0) {
    const lines = [
      kind === "valid" ? "expected no findings" : `expected ${expected.length} finding(s), got ${findings.length}`,
      ...missing.map((e) => `  missing:    ${showExpected(e)}`),
      ...left.map((f) => `  unexpected: ${show(f)}`),
      ...(missing.length > 0 ? findings.map((f) => `  actual:     ${show(f)}`) : []),
    ];
    problems.push(lines.join("\n"));
  }
  if (problems.length === 0) for (const f of findings) hits.add(`${f.ruleId}|${f.messageId}`);
  return problems;
}

function caseKey(c: SheetCase): string {
  const trimmed = c.rows.map((r) => {
    const x = [...r];
    while (x.length > 0 && (x[x.length - 1] === null || x[x.length - 1] === undefined)) x.pop();
    return x;
  });
  while (trimmed.length > 0 && trimmed[trimmed.length - 1].length === 0) trimmed.pop();
  return JSON.stringify({ rows: trimmed, merges: c.merges ?? [], config: c.config ?? {}, origin: c.origin ?? null });
}

/** Problems with a rule's case table as a whole: duplicates, and (optionally) message coverage. */
export function checkTable(ruleId: string, cases: RuleCases): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const all: [string, SheetCase][] = [
    ...cases.valid.map((c, i): [string, SheetCase] => [`valid #${i + 1}`, c]),
    ...cases.invalid.map((c, i): [string, SheetCase] => [`invalid #${i + 1}`, c]),
  ];
  for (const [label, c] of all) {
    const k = caseKey(c);
    const prev = seen.get(k);
    if (prev) problems.push(`${label} is the same sheet as ${prev}`);
    else seen.set(k, label);
  }
  if (cases.valid.length === 0) problems.push("no valid case");
  if (cases.invalid.length === 0) problems.push("no invalid case");
  const rule = ruleOf(ruleId);
  const used = new Set(cases.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
  for (const m of Object.keys(rule.messages["zh-CN"]))
    if (!used.has(m)) problems.push(`messageId "${m}" is not expected by any invalid case`);
  return problems;
}

function caseName(kind: string, i: number, c: SheetCase): string {
  return `${kind} #${i + 1}${c.name ? `: ${c.name}` : ""}`;
}

function fail(problems: string[]): void {
  if (problems.length > 0) throw new Error(problems.join("\n"));
}

export const ruleTester = {
  /** Registers one jest test per case, plus one for the table as a whole. */
  run(ruleId: string, cases: RuleCases): void {
    describe(ruleId, () => {
      test("case table: no duplicates, every messageId expected", () => {
        expect(allRules.some((r) => r.id === ruleId)).toBe(true);
        fail(checkTable(ruleId, cases));
      });
      cases.valid.forEach((c, i) => {
        (c.only ? test.only : test)(caseName("valid", i, c), () => {
          const problems = checkCase(ruleId, "valid", c);
          fail(problems);
          expect(problems).toEqual([]);
        });
      });
      cases.invalid.forEach((c, i) => {
        (c.only ? test.only : test)(caseName("invalid", i, c), () => {
          const problems = checkCase(ruleId, "invalid", c);
          fail(problems);
          expect(lintCase(ruleId, c)).toHaveLength(c.errors.length);
        });
      });
    });
  },

  /**
   * Runs a category's case table when `file` is the test file jest is running; does nothing when the
   * table is merely imported (by the meta-test), so the cases are not registered twice.
   */
  runCategory(category: string, cases: CategoryCases, file: string): void {
    if (expect.getState().testPath !== file) return;
    test(`every ${category} rule has cases`, () => {
      const ids = allRules
        .filter((r) => r.category === category && r.id !== "structure/internal-error")
        .map((r) => r.id)
        .sort();
      expect(Object.keys(cases).sort()).toEqual(ids);
    });
    for (const [id, c] of Object.entries(cases)) ruleTester.run(id, c);
  },
};
