/** Predicates shared by rules. Pure; what rules ask of a row many times is in cache.ts (ctx.cache). */
import { norm } from "../model/text";
import type { CellRange } from "../model/types";
import type { RowModel, TextCell } from "../engine/model";
import type { Where } from "./define";

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

export const GROWTH = /(增长|增幅|提高比例|同比|环比|倍)/;

/** The row's cost-ness: 成本 under 产出 (2020) or the 成本 一级 (2021). */
export function isCostRow(r: RowModel): boolean {
  return r.l1 === "成本指标" || r.l2 === "成本指标";
}

/**
 * A cost to be stated as money: 成本 (2020) or 经济成本; 社会成本 and 生态环境成本 (2021) are costs to society and nature,
 * often stated without money (无, 无污染, 不造成负面影响).
 */
export function isMoneyCostRow(r: RowModel): boolean {
  return isCostRow(r) && r.l2 !== "社会成本指标" && r.l2 !== "生态环境成本指标";
}

export function cellText(c: TextCell | null): string {
  return c ? c.text : "";
}

/** A one-click fix that replaces a value's text: the cell itself, or the item inside coded text. */
export function replaceFix(
  r: RowModel,
  cell: TextCell,
  newText: string,
): { from: TextCell["raw"]; to: string } | undefined {
  if (r.source === "table") return { from: cell.raw, to: newText };
  const full = r.codes?.cellText;
  if (!full || !full.includes(cell.text)) return undefined;
  const body = r.codes!.text;
  // every occurrence: 实施周期 and 年度 often hold the same text, reported once for the cell
  const newBody = body.split(cell.text).join(newText);
  return { from: full, to: full.replace(body, newBody) };
}
