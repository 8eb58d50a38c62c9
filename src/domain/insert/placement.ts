/**
 * Where a block of height × width goes — below everything on the sheet, or at the selected cell when the area it
 * needs is empty; otherwise entire rows are inserted at the anchor (shifting everything below down) or the insertion
 * is refused with a zh + en reason. Never onto a non-empty cell, never into or across a merged area.
 */
import { rangeToA1, toA1 } from "../model/a1";
import type { CellRange, CellValue } from "../model/types";
import { MAX_COLS, MAX_ROWS } from "../model/limits";
import { refuse, type Refusal } from "./refusals";

export type InsertWhere = "below" | "selection";

export interface PlacementInput {
  where: InsertWhere;
  /** When the target area is not empty: insert entire rows at the anchor (true) or refuse (false). */
  allowShift: boolean;
  height: number;
  width: number;
  /** Used range (values or formats); null on a blank sheet. */
  used: CellRange | null;
  /** Top-left of the selection (1-based); needed for "selection". */
  anchor?: { row: number; col: number };
  /** Values of the height × width area at the anchor ("selection"); "" and null are empty. */
  area?: readonly (readonly CellValue[])[];
  /** Every merged area of the sheet (1-based). */
  merges: readonly CellRange[];
  /** For tests: the sheet's size. */
  maxRows?: number;
  maxCols?: number;
}

export type Placement =
  | { kind: "place"; row: number; col: number }
  /** Insert `count` entire rows at row `at` (everything from `at` down moves by `count`), then place. */
  | { kind: "shift"; row: number; col: number; at: number; count: number }
  | Refusal;

const isEmpty = (v: CellValue | undefined): boolean => v === null || v === undefined || v === "";

export const intersects = (a: CellRange, b: CellRange): boolean =>
  a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;

/** Where the block goes. Pure: the caller read the used range, the selection's area and the merges. */
export function planPlacement(input: PlacementInput): Placement {
  const maxRows = input.maxRows ?? MAX_ROWS;
  const maxCols = input.maxCols ?? MAX_COLS;
  const { height, width, used } = input;
  const size = { rows: height, cols: width };
  if (height < 1 || width < 1 || height > maxRows || width > maxCols) return refuse("no-room", size);

  if (input.where === "below" || !input.anchor) {
    // One blank row under everything on the sheet (values, formats and merges alike), aligned with its first column.
    const row = used ? used.r2 + 2 : 1;
    const col = used ? used.c1 : 1;
    if (row + height - 1 > maxRows || col + width - 1 > maxCols) return refuse("no-room", size);
    return { kind: "place", row, col };
  }

  const { row, col } = input.anchor;
  if (col + width - 1 > maxCols) return refuse("no-room", size);
  const target: CellRange = { r1: row, c1: col, r2: row + height - 1, c2: col + width - 1 };
  const blocker = firstBlocker(target, input.area ?? [], input.merges);
  if (!blocker && target.r2 <= maxRows) return { kind: "place", row, col };

  const areaText = rangeToA1(target);
  if (!input.allowShift) return refuse("occupied", { area: areaText, cell: blocker ?? toA1(maxRows, col) });

  // Entire rows at the anchor row: everything from there down moves; a blank row separates the block from it.
  const cut = input.merges.find((m) => m.r1 < row && row <= m.r2);
  if (cut) return refuse("merge-cut", { row, merge: rangeToA1(cut) });
  const count = height + 1;
  const lastUsed = used ? used.r2 : 0;
  const lastMerged = input.merges.reduce((n, m) => Math.max(n, m.r2), 0);
  if (Math.max(lastUsed, lastMerged, row) + count > maxRows) return refuse("no-room", size);
  return { kind: "shift", row, col, at: row, count };
}

/** The first cell of `target` that holds a value or lies in a merged area, as A1; null when the area is free. */
function firstBlocker(
  target: CellRange,
  area: readonly (readonly CellValue[])[],
  merges: readonly CellRange[],
): string | null {
  for (let i = 0; i <= target.r2 - target.r1; i++) {
    const line = area[i] ?? [];
    for (let j = 0; j <= target.c2 - target.c1; j++) if (!isEmpty(line[j])) return toA1(target.r1 + i, target.c1 + j);
  }
  const m = merges.find((x) => intersects(x, target));
  return m ? toA1(Math.max(m.r1, target.r1), Math.max(m.c1, target.c1)) : null;
}
