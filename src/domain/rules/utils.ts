/** Predicates shared by rules. Pure, table-tested in utils.test.ts. */
import { norm } from "../model/text";
import type { Quantity } from "../model/value";
import type { RowModel, TableModel, TextCell } from "../engine/model";
import type { Where } from "./define";

export function at(c: { row: number; col: number }): Where {
  return { row: c.row, col: c.col };
}

interface Facts {
  n3: string;
  satisfactionName: boolean;
  budgetExec: boolean;
  higherBetterRate: boolean;
}

/** What many rules want to know about a row, computed once per row. */
function facts(r: RowModel): Facts {
  let f = r.memo.facts as Facts | undefined;
  if (!f) {
    const n3 = r.l3 ? norm(r.l3.text) : "";
    f = {
      n3,
      satisfactionName: /满意(度|率|程度)/.test(n3),
      budgetExec: BUDGET_EXEC.test(n3),
      higherBetterRate: higherBetter(r, n3),
    };
    r.memo.facts = f;
  }
  return f;
}

export function name3(r: RowModel): string {
  return facts(r).n3;
}

/** The row's cost-ness: 成本 under 产出 (2020) or the 成本 一级 (2021). */
export function isCostRow(r: RowModel): boolean {
  return r.l1 === "成本指标" || r.l2 === "成本指标";
}

export function isSatisfactionRow(r: RowModel): boolean {
  return r.l1 === "满意度指标" || facts(r).satisfactionName;
}

export const BUDGET_EXEC = /预算执行率|资金执行率|支出进度|预算执行进度/;

export function isBudgetExecRate(r: RowModel): boolean {
  return facts(r).budgetExec;
}

/** Rates where lower is better: 差错率, 投诉率, 故障率 … */
const LOWER_BETTER = /(差|错|误|投诉|故障|事故|失|损|违|缺陷|不合格|流失|发生|下降|减少|降低|空置|超支|闲置)/;

export function isHigherBetterRate(r: RowModel): boolean {
  return facts(r).higherBetterRate;
}

function higherBetter(r: RowModel, n: string): boolean {
  if (!/(率|覆盖面|达标)/.test(n)) return false;
  if (LOWER_BETTER.test(n)) return false;
  return r.l2 === "质量指标" || r.l2 === "时效指标" || /(及时|完成|合格|达标|覆盖|准确|验收|到位|办结|出勤|使用|运行)/.test(n);
}

export const GROWTH = /(增长|增幅|提高比例|同比|环比|倍)/;

type RowValue = { which: "period" | "annual"; cell: NonNullable<RowModel["annual"]> };

/** The row's non-empty value cells (memoised: many rules ask). */
export function values(r: RowModel): RowValue[] {
  const hit = r.memo.values as RowValue[] | undefined;
  if (hit) return hit;
  const out = computeValues(r);
  r.memo.values = out;
  return out;
}

function computeValues(r: RowModel): RowValue[] {
  const out: RowValue[] = [];
  if (r.period && r.period.text !== "") out.push({ which: "period", cell: r.period });
  if (r.annual && r.annual.text !== "") out.push({ which: "annual", cell: r.annual });
  return out;
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

export interface ValueTarget {
  cells: NonNullable<RowModel["annual"]>[];
  range: { r1: number; c1: number; r2: number; c2: number };
}

/**
 * The row's value cells to report on. When 实施周期 and 年度 hold the same text side by side, they are
 * one target (one finding over both cells) rather than two.
 */
export function valueTargets(r: RowModel): ValueTarget[] {
  const hit = r.memo.targets as ValueTarget[] | undefined;
  if (hit) return hit;
  const out = computeTargets(r);
  r.memo.targets = out;
  return out;
}

function computeTargets(r: RowModel): ValueTarget[] {
  const v = values(r).map((x) => x.cell);
  if (v.length === 2 && v[0].text === v[1].text && v[0].row === v[1].row && Math.abs(v[0].col - v[1].col) <= 1) {
    return [{ cells: v, range: { r1: v[0].row, c1: Math.min(v[0].col, v[1].col), r2: v[0].row, c2: Math.max(v[0].col, v[1].col) } }];
  }
  return v.map((c) => ({ cells: [c], range: { r1: c.row, c1: c.col, r2: c.row, c2: c.col } }));
}
