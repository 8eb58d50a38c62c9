/**
 * Pure planning for the add-in's highlights: which cells get which severity (error over warning
 * over info), as rectangles, each one conditional format whose formula carries a marker that
 * names it (`=N("jixiao:error:C5:D7")=0`: N of text is 0, so the rule is always true, and the
 * text survives a reload so the add-in can find its own rules again).
 */
import type { CellRange, CellValue, Finding, Fix, Severity } from "../domain/model/types";
import { GatewayError } from "./errors";
import { fromA1, rangeToA1 } from "../domain/model/a1";

export const HIGHLIGHT_COLORS: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const BY_RANK: Severity[] = ["info", "info", "warning", "error"];

/** More flagged cells than this in one call are refused (a finding should not cover whole columns). */
export const MAX_FLAGGED_CELLS = 500_000;

export interface HighlightArea {
  severity: Severity;
  rect: CellRange;
}

/** `error|C5:D7` */
export function areaKey(a: HighlightArea): string {
  return `${a.severity}|${rangeToA1(a.rect)}`;
}

export function markerFormula(a: HighlightArea): string {
  return `=N("jixiao:${a.severity}:${rangeToA1(a.rect)}")=0`;
}

/**
 * 请核对: the fill of a cell an inserted template filled with a default or a figure from another town's form. Its
 * conditional format holds while the cell still holds that value (`=AND(N("jixiao:review")=0,B5="81台")`), so
 * the mark goes away by itself when the user edits the cell, and comes back if the value is typed back. The
 * reference is the rule's own top-left cell, relative, so Excel moves it with the cell when rows are inserted.
 */
export const REVIEW_COLOR = "#E4DFEC";
export const REVIEW_MARKER = "jixiao:review";

export function reviewFormula(cell: CellRange, value: CellValue): string {
  const ref = rangeToA1({ r1: cell.r1, c1: cell.c1, r2: cell.r1, c2: cell.c1 });
  const literal = typeof value === "number" ? String(value) : `"${String(value ?? "").replace(/"/g, '""')}"`;
  return `=AND(N("${REVIEW_MARKER}")=0,${ref}=${literal})`;
}

/** The key a formula of ours carries; null for anyone else's formula (and for 请核对 marks); "" for ours but unreadable. */
export function keyFromFormula(formula: string | null | undefined): string | null {
  if (typeof formula !== "string" || !/jixiao:/i.test(formula)) return null;
  if (formula.includes(REVIEW_MARKER)) return null; // an inserted template's mark, not a highlight
  const m = /jixiao:(error|warning|info):([A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?)/i.exec(formula);
  if (!m) return "";
  const rect = fromA1(m[2]);
  return rect ? areaKey({ severity: m[1].toLowerCase() as Severity, rect }) : "";
}

/** Flagged cells → rectangles per severity: runs along each row, stacked when rows repeat the same run. */
export function planHighlights(findings: readonly Pick<Finding, "address" | "severity">[]): Map<string, HighlightArea> {
  const cells = new Map<number, number>(); // row * 20000 + col → rank
  for (const f of findings) {
    const r = fromA1(f.address);
    const rank = RANK[f.severity];
    if (!r || !rank) continue;
    if ((r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1) + cells.size > MAX_FLAGGED_CELLS)
      throw new RangeError("too many flagged cells");
    for (let row = r.r1; row <= r.r2; row++)
      for (let col = r.c1; col <= r.c2; col++) {
        const k = row * 20000 + col;
        if ((cells.get(k) ?? 0) < rank) cells.set(k, rank);
      }
  }
  const sorted = [...cells.entries()].sort((a, b) => a[0] - b[0]);
  // horizontal runs per row
  const runs: { row: number; c1: number; c2: number; rank: number }[] = [];
  for (const [k, rank] of sorted) {
    const row = Math.floor(k / 20000);
    const col = k % 20000;
    const last = runs[runs.length - 1];
    if (last && last.row === row && last.c2 === col - 1 && last.rank === rank) last.c2 = col;
    else runs.push({ row, c1: col, c2: col, rank });
  }
  // stack identical runs on consecutive rows
  const open = new Map<string, CellRange & { rank: number }>();
  const done: (CellRange & { rank: number })[] = [];
  let currentRow = -1;
  const touched = new Set<string>();
  const closeStale = (): void => {
    for (const [id, rect] of open)
      if (!touched.has(id)) {
        done.push(rect);
        open.delete(id);
      }
    touched.clear();
  };
  for (const run of runs) {
    if (run.row !== currentRow) {
      if (currentRow !== -1) closeStale();
      currentRow = run.row;
    }
    const id = `${run.c1}:${run.c2}:${run.rank}`;
    const prev = open.get(id);
    if (prev && prev.r2 === run.row - 1) prev.r2 = run.row;
    else {
      if (prev) done.push(prev);
      open.set(id, { r1: run.row, r2: run.row, c1: run.c1, c2: run.c2, rank: run.rank });
    }
    touched.add(id);
  }
  for (const rect of open.values()) done.push(rect);
  const out = new Map<string, HighlightArea>();
  for (const d of done) {
    const a: HighlightArea = { severity: BY_RANK[d.rank], rect: { r1: d.r1, c1: d.c1, r2: d.r2, c2: d.c2 } };
    out.set(areaKey(a), a);
  }
  return out;
}

/**
 * How to bring a sheet's conditional formats to `desired`, from the keys of those there now (keyFromFormula: null
 * for a format that is not a highlight of ours): the indexes to delete (ours no longer wanted, duplicates and
 * unreadable ones) and the areas to add. Both hosts carry it out their own way.
 */
export function planReconcile(
  keys: readonly (string | null)[],
  desired: ReadonlyMap<string, HighlightArea>,
): { remove: number[]; add: HighlightArea[] } {
  const kept = new Set<string>();
  const remove: number[] = [];
  keys.forEach((key, i) => {
    if (key === null) return; // the user's own (or a template's 请核对 mark)
    if (key !== "" && desired.has(key) && !kept.has(key)) kept.add(key);
    else remove.push(i);
  });
  const add: HighlightArea[] = [];
  for (const [key, area] of desired) if (!kept.has(key)) add.push(area);
  return { remove, add };
}

/** planHighlights for a gateway: more flagged cells than a sheet should show are the gateway's "too-large" error. */
export function plannedHighlights(
  findings: readonly Pick<Finding, "address" | "severity">[],
): Map<string, HighlightArea> {
  try {
    return planHighlights(findings);
  } catch {
    throw new GatewayError("too-large");
  }
}

/** A fix request no host can carry out: nothing to write, or a cell outside the sheet. */
export function unusableFixes(fixes: readonly Pick<Fix, "row" | "col">[]): boolean {
  return fixes.length === 0 || fixes.some((f) => !(f.row >= 1 && f.col >= 1));
}

export function sameKeys(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const k of a.keys()) if (!b.has(k)) return false;
  return true;
}
