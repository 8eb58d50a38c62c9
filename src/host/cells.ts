/**
 * Pure helpers both gateways use to hand the engine the same SheetInput, whatever the host reports:
 * cell values ("" / undefined → null), number format codes (General → null; no `formats` at all when
 * every cell is General) and the bounding box of the filled cells.
 */
import type { CellRange, CellValue } from "../domain/model/types";

export function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- anything else a host returns is shown as its text
  return String(v);
}

/** Excel's and WPS's code for "no format": General, or its Chinese name in a Chinese WPS/Excel. */
export function isGeneral(code: unknown): boolean {
  if (code === "General") return true; // the common case, before any string work
  if (typeof code !== "string") return true;
  const c = code.trim();
  return c === "" || /^general$/i.test(c) || c === "G/通用格式" || c === "常规";
}

/**
 * Number format codes beside values: General (or unknown) → null. Undefined when every cell is General, so a
 * sheet without formats costs nothing.
 */
export function formatsGrid(codes: readonly (readonly unknown[])[]): (string | null)[][] | undefined {
  // most sheets are General throughout: look before allocating a grid
  if (!codes.some((line) => line.some((c) => !isGeneral(c)))) return undefined;
  return codes.map((line) => line.map((c) => (isGeneral(c) ? null : String(c))));
}

/** The rows and columns (0-based, inclusive) that hold a value; null when none does. */
export function filledBox(
  values: readonly (readonly CellValue[])[],
): { r1: number; c1: number; r2: number; c2: number } | null {
  let r1 = -1,
    r2 = -1,
    c1 = Infinity,
    c2 = -1;
  values.forEach((line, i) => {
    let first = -1,
      last = -1;
    line.forEach((v, j) => {
      if (v === null) return;
      if (first < 0) first = j;
      last = j;
    });
    if (first < 0) return;
    if (r1 < 0) r1 = i;
    r2 = i;
    c1 = Math.min(c1, first);
    c2 = Math.max(c2, last);
  });
  return r1 < 0 ? null : { r1, c1, r2, c2 };
}

/** The sub-grid [box] of a 2-D array. */
export function cut<T>(grid: readonly (readonly T[])[], box: CellRange): T[][] {
  const out: T[][] = [];
  for (let i = box.r1; i <= box.r2; i++) out.push((grid[i] ?? []).slice(box.c1, box.c2 + 1));
  return out;
}
