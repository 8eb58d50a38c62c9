/** What the simulated Excel objects share: the range target, Excel's read cap and cell helpers. */
import { MAX_CELLS_PER_READ } from "../../domain/model/limits";
import type { CellRange } from "../../domain/model/types";
import { cellCount, contains } from "../address";
import { apiNotFound, invalidArgument, SimErrorCodes, SimRichApiError } from "../errors";
import { type CellFormat, DEFAULT_FORMAT, type SheetModel, type SimValue, unkey } from "../model";
import type { SimContext } from "../proxy";

/** What a Range or RangeAreas points at. */
export interface RangeT {
  sheet: SheetModel;
  rects: CellRange[];
}

/** Writes larger than this are not modelled (they would be column/row formats in Excel). */
const MAX_CELLS_PER_WRITE = 2_000_000;

export function requireSet(ctx: SimContext, api: string, set: string): void {
  if (!ctx.host.supports(set)) throw apiNotFound(api, set);
}

export function single(t: RangeT): CellRange {
  return t.rects[0];
}

export function forEachCell(rects: readonly CellRange[], fn: (row: number, col: number) => void): void {
  const total = rects.reduce((n, r) => n + cellCount(r), 0);
  if (total > MAX_CELLS_PER_WRITE)
    throw new SimRichApiError(
      SimErrorCodes.notImplemented,
      `The simulator does not model writes to ${total} cells at once.`,
    );
  for (const r of rects) for (let row = r.r1; row <= r.r2; row++) for (let col = r.c1; col <= r.c2; col++) fn(row, col);
}

/** Same value for all cells → that value; otherwise null (Excel's rule for multi-cell format reads). */
export function uniform<V>(t: RangeT, read: (f: CellFormat, row: number, col: number) => V): V | null {
  let first = true;
  let out: V | null = null;
  const take = (v: V): boolean => {
    if (first) {
      out = v;
      first = false;
      return true;
    }
    return JSON.stringify(v) === JSON.stringify(out);
  };
  const total = t.rects.reduce((n, r) => n + cellCount(r), 0);
  if (total <= 200_000) {
    for (const r of t.rects)
      for (let row = r.r1; row <= r.r2; row++)
        for (let col = r.c1; col <= r.c2; col++) if (!take(read(t.sheet.format(row, col), row, col))) return null;
    return out;
  }
  let stored = 0;
  for (const [k, c] of t.sheet.cells) {
    const { row, col } = unkey(k);
    if (!t.rects.some((r) => contains(r, row, col))) continue;
    stored++;
    if (!take(read(c.format ?? DEFAULT_FORMAT, row, col))) return null;
  }
  if (stored < total && !take(read(DEFAULT_FORMAT, 0, 0))) return null;
  return out;
}

export function valueType(v: SimValue | null): string {
  if (v === null || v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  if (/^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/.test(v)) return "Error";
  return "String";
}

export function displayText(v: SimValue | null): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** fn over every cell of r, row by row; null above Excel's per-read cap. */
export function grid<V>(r: CellRange, fn: (row: number, col: number) => V): V[][] | null {
  if (cellCount(r) > MAX_CELLS_PER_READ) return null;
  const out: V[][] = [];
  for (let row = r.r1; row <= r.r2; row++) {
    const line: V[] = [];
    for (let col = r.c1; col <= r.c2; col++) line.push(fn(row, col));
    out.push(line);
  }
  return out;
}

/** Accepts a 2-D array of the range's size, or one value for every cell. */
export function shapeInput(r: CellRange, input: unknown, where: string): (row: number, col: number) => unknown {
  const rows = r.r2 - r.r1 + 1;
  const cols = r.c2 - r.c1 + 1;
  if (!Array.isArray(input)) return () => input;
  const ok = input.length === rows && input.every((line) => Array.isArray(line) && line.length === cols);
  if (!ok)
    throw invalidArgument(
      where,
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  return (row, col) => (input as unknown[][])[row - r.r1][col - r.c1];
}
