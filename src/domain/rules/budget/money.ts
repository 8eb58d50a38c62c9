/** Money helpers for the budget rules: compare in 元 with half the last shown digit as tolerance (docs/domain.md §5). */
import type { AmountCell, ProjectModel } from "../../engine/model";

/** The amount in 元: its own unit (854万) wins over the block's; null when blank, unreadable or of unknown unit. */
export function yuan(c: AmountCell | null | undefined, factor: number | null): number | null {
  if (!c || c.value === null) return null;
  const f = c.unit ?? factor;
  return f === null ? null : c.value * f;
}

/** A project's budget for the year in 元: its amount, or the sum of its 其中 parts when only they are printed. */
export function projectBudget(p: ProjectModel): number | null {
  const own = yuan(p.budget, p.budgetFactor);
  if (own !== null) return own;
  const bd = p.breakdowns.find((b) => b.label === p.budgetLabel);
  if (!bd || bd.parts.length === 0 || (p.budget && p.budget.text !== "")) return null;
  let sum = 0;
  for (const x of bd.parts) {
    if (x.amount.text === "") continue;
    const v = yuan(x.amount, bd.factor);
    if (v === null) return null;
    sum += v;
  }
  return sum > 0 ? sum : null;
}

/** Half of the last shown digit of the given cells, in 元. */
export function tolerance(cells: readonly (AmountCell | null | undefined)[], factor: number): number {
  let d = 0;
  for (const c of cells) if (c && c.value !== null) d = Math.max(d, c.decimals);
  return Math.max(0.005, 0.5 * Math.pow(10, -d) * factor) + 1e-9 * factor;
}

/** 1990400 元 with factor 10000 → "199.04万元"; factor 1 → "1990400元". */
export function show(yuanValue: number, factor: number): string {
  if (factor === 10000) return `${(yuanValue / 10000).toFixed(2)}万元`;
  if (factor === 1e8) return `${(yuanValue / 1e8).toFixed(4)}亿元`;
  return `${Number(yuanValue.toFixed(2))}元`;
}

export function rangeOf(
  cells: readonly (AmountCell | null | undefined)[],
): { r1: number; c1: number; r2: number; c2: number } | null {
  const xs = cells.filter((c): c is AmountCell => !!c);
  if (xs.length === 0) return null;
  return {
    r1: Math.min(...xs.map((c) => c.row)),
    c1: Math.min(...xs.map((c) => c.col)),
    r2: Math.max(...xs.map((c) => c.row)),
    c2: Math.max(...xs.map((c) => c.col)),
  };
}
