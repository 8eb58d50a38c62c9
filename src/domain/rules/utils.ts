/** Predicates shared by rules. Pure, table-tested in utils.test.ts. */
import { norm } from "../model/text";
import type { Quantity } from "../model/value";
import type { CellRange } from "../model/types";
import type { RowModel, TableModel, TextCell, ValueCell, ValueTarget } from "../engine/model";
import type { Where } from "./define";

export type { ValueTarget };

export function at(c: { row: number; col: number }): Where {
  return { row: c.row, col: c.col };
}

/** A finding about a target and its unit: the value cells and, when the table has a 计量单位 column, that cell too. */
export function withUnitCell(range: CellRange, r: RowModel): CellRange {
  const u = r.unitCell;
  if (!u || u.row !== range.r1) return range;
  return { r1: range.r1, c1: Math.min(range.c1, u.col), r2: range.r2, c2: Math.max(range.c2, u.col) };
}

/** From one cell to another on the same row (a name and its missing value), left to right. */
export function span(a: { row: number; col: number }, b: { row: number; col: number }): CellRange {
  return { r1: a.row, c1: Math.min(a.col, b.col), r2: Math.max(a.row, b.row), c2: Math.max(a.col, b.col) };
}

/**
 * What the 指标性质 / 指标值类型 / 计算符号 column says of the row: 定性 (qualitative), 定量 (a number is expected: 定量,
 * or a comparison sign), 定量（其他） (a number with an explanation), or nothing it tells.
 */
export function natureOf(r: RowModel): "qualitative" | "quantitative" | "other" | null {
  if (!r.nature) return null;
  const k = norm(r.nature.text);
  if (k === "定性") return "qualitative";
  if (k === "定量(其他)" || k === "定量其他") return "other";
  if (k === "定量" || /^(≥|≤|=|>|<|>=|<=|大于|小于|等于)$/.test(k)) return "quantitative";
  return null;
}

// Patterns live at module level: a regular expression literal inside a function is a new object each call.
const SATISFACTION_WORD = /满意(度|率|程度)/;
const HIGHER_BETTER_WORD = /(及时|完成|合格|达标|覆盖|准确|验收|到位|办结|出勤|使用|运行)/;

// rows' memoFacts bits: computed, 满意 in the name, budget execution rate, higher-is-better rate
const FACTS_DONE = 1, SATISFACTION_NAME = 2, BUDGET_EXEC_NAME = 4, HIGHER_BETTER = 8;

/** What many rules want to know about a row, computed once per row (bit flags, see above). */
function facts(r: RowModel): number {
  let f = r.memoFacts;
  if (f === 0) {
    const n3 = name3(r);
    f = FACTS_DONE;
    // includes() first: far cheaper than a regular expression, and most names have neither word
    if (n3.includes("满意") && SATISFACTION_WORD.test(n3)) f |= SATISFACTION_NAME;
    if ((n3.includes("执行") || n3.includes("进度")) && BUDGET_EXEC.test(n3)) f |= BUDGET_EXEC_NAME;
    if (higherBetter(r, n3)) f |= HIGHER_BETTER;
    r.memoFacts = f;
  }
  return f;
}

/** The normalised 三级 name ("" when none). */
export function name3(r: RowModel): string {
  let n3 = r.memoName3;
  if (n3 === null) r.memoName3 = n3 = r.l3 ? norm(r.l3.text) : "";
  return n3;
}

/** The row's cost-ness: 成本 under 产出 (2020) or the 成本 一级 (2021). */
export function isCostRow(r: RowModel): boolean {
  return r.l1 === "成本指标" || r.l2 === "成本指标";
}

export function isSatisfactionRow(r: RowModel): boolean {
  return r.l1 === "满意度指标" || (facts(r) & SATISFACTION_NAME) !== 0;
}

/** (Each alternative has 执行 or 进度: facts() relies on that.) */
export const BUDGET_EXEC = /预算执行率|资金执行率|支出进度|预算执行进度/;

export function isBudgetExecRate(r: RowModel): boolean {
  return (facts(r) & BUDGET_EXEC_NAME) !== 0;
}

/** Rates where lower is better: 差错率, 投诉率, 故障率 … */
const LOWER_BETTER = /(差|错|误|投诉|故障|事故|失|损|违|缺陷|不合格|流失|发生|下降|减少|降低|空置|超支|闲置)/;

export function isHigherBetterRate(r: RowModel): boolean {
  return (facts(r) & HIGHER_BETTER) !== 0;
}

function higherBetter(r: RowModel, n: string): boolean {
  if (!n.includes("率") && !n.includes("覆盖面") && !n.includes("达标")) return false;
  if (LOWER_BETTER.test(n)) return false;
  return r.l2 === "质量指标" || r.l2 === "时效指标" || HIGHER_BETTER_WORD.test(n);
}

export const GROWTH = /(增长|增幅|提高比例|同比|环比|倍)/;

// shared by rows without values; not frozen: a frozen array takes for…of off V8's fast path
const NONE: readonly never[] = [];

/** The row's non-empty value cells, 实施周期 before 年度 (memoised: many rules ask). */
export function values(r: RowModel): readonly ValueCell[] {
  let v = r.memoValues;
  if (v === null) r.memoValues = v = computeValues(r);
  return v;
}

function computeValues(r: RowModel): readonly ValueCell[] {
  const p = r.period && r.period.text !== "" ? r.period : null;
  const a = r.annual && r.annual.text !== "" ? r.annual : null;
  return p && a ? [p, a] : p ? [p] : a ? [a] : NONE;
}

/** Quantities of a value with a money unit. */
export function moneyOf(q: readonly Quantity[]): Quantity[] {
  return q.filter((x) => x.kind === "money");
}

export function cellText(c: TextCell | null): string {
  return c ? c.text : "";
}

export function tableTitle(t: TableModel): string {
  return t.project?.name?.text ?? t.department?.name?.text ?? t.title ?? "";
}

/** Where to put a finding about a value in coded text: the coded cell itself. */
export function valueAt(r: RowModel, which: "period" | "annual"): Where | null {
  const c = which === "period" ? r.period : r.annual;
  return c ? at(c) : null;
}

/** Text that identifies the indicator in a message (its 三级 name, or the coded item). */
export function label(r: RowModel): string {
  return r.l3 ? r.l3.text : r.l2 ?? r.l1 ?? "";
}

/** A one-click fix that replaces a value's text: the cell itself, or the item inside coded text. */
export function replaceFix(r: RowModel, cell: TextCell, newText: string): { from: TextCell["raw"]; to: string } | undefined {
  if (r.source === "table") return { from: cell.raw, to: newText };
  const full = r.codes?.cellText;
  if (!full || !full.includes(cell.text)) return undefined;
  const body = r.codes!.text;
  // every occurrence: 实施周期 and 年度 often hold the same text, reported once for the cell
  const newBody = body.split(cell.text).join(newText);
  return { from: full, to: full.replace(body, newBody) };
}

/**
 * Value cells a finding is about: one cell, or 实施周期 and 年度 side by side on one row with the same
 * text. Its range is worked out from the cells when a rule reports (rarely), not stored for every row.
 */
class Target implements ValueTarget {
  constructor(readonly cells: readonly ValueCell[]) {}

  get range(): CellRange {
    const a = this.cells[0], b = this.cells[this.cells.length - 1];
    return { r1: a.row, c1: Math.min(a.col, b.col), r2: a.row, c2: Math.max(a.col, b.col) };
  }
}

/**
 * The row's value cells to report on. When 实施周期 and 年度 hold the same text side by side, they are
 * one target (one finding over both cells) rather than two.
 */
export function valueTargets(r: RowModel): readonly ValueTarget[] {
  let t = r.memoTargets;
  if (t === null) r.memoTargets = t = computeTargets(r);
  return t;
}

// A target's cells are the values array itself where they are the same cells (both are read-only).
function computeTargets(r: RowModel): readonly ValueTarget[] {
  const v = values(r);
  if (v.length === 0) return NONE;
  if (v.length === 1) return [new Target(v)];
  if (v[0].text === v[1].text && v[0].row === v[1].row && Math.abs(v[0].col - v[1].col) <= 1) return [new Target(v)];
  return [new Target([v[0]]), new Target([v[1]])];
}
