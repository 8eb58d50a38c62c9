import type { CellRange, CellValue, SheetInput } from "../model/types";
import { formatNumber } from "../model/number-format";
import { cellText, norm } from "../model/text";
import { MAX_COLS, MAX_ROWS } from "../model/limits";

export interface RowCells {
  cols: number[];
  texts: string[];
  keys: string[];
}
/** Labels are short: longer text is kept as it is rather than normalised (it never matches a label). */
const KEY_MAX = 40;

/** A value the engine reads (anything else in the input reads as empty). */
function isPrimitive(v: unknown): v is string | number | boolean {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

function validMerge(m: CellRange): boolean {
  return (
    !!m &&
    Number.isInteger(m.r1) &&
    Number.isInteger(m.c1) &&
    Number.isInteger(m.r2) &&
    Number.isInteger(m.c2) &&
    m.r1 >= 1 &&
    m.c1 >= 1 &&
    m.r2 >= 1 &&
    m.c2 >= 1
  );
}

/**
 * Read-only view of one sheet in sheet-absolute 1-based coordinates. Cells covered by a merge
 * (other than its top-left) read as empty, whatever the input gave for them.
 *
 * The filled cells are indexed once, in one flat store (no objects or arrays per row: the reader
 * visits every row and per-row objects made a third of its time garbage collection). The cells of
 * row r are the indexes rowStart(r) … rowEnd(r) - 1, left to right; colAt / textAt / keyAt read them.
 * The caller's arrays are never written: merges are kept as a cover mask beside them.
 */
export class Grid {
  readonly name: string;
  /** True when some number cell is shown through a number format (its text is not String(value)). */
  readonly formatted: boolean = false;
  readonly firstRow: number;
  readonly firstCol: number;
  readonly lastRow: number;
  readonly lastCol: number;
  private readonly values: readonly (readonly CellValue[])[];
  /** Bit j of cover[i]: the cell at row i, column j (0-based in values) is covered by a merge, for j < 32. */
  private cover: Int32Array | null = null;
  /** Covered column spans [j1, j2, j1, j2, …] per row index, for columns from 32 on (wide sheets only). */
  private coverWide: Map<number, number[]> | null = null;
  /** Flat cell store: row i's cells are start[i] … start[i + 1] - 1. */
  private readonly start: Int32Array;
  private readonly col: Int32Array;
  /** Row index (0-based) of each cell, to find its value again when its key is first asked for. */
  private readonly rowOf: Int32Array;
  private readonly txt: string[];

  constructor(input: SheetInput) {
    this.name = typeof input.name === "string" ? input.name : "";
    const rows = Array.isArray(input.values) ? input.values : [];
    const values = new Array<readonly CellValue[]>(rows.length);
    const o = input.origin;
    this.firstRow = o && Number.isInteger(o.row) && o.row >= 1 ? o.row : 1;
    this.firstCol = o && Number.isInteger(o.col) && o.col >= 1 ? o.col : 1;
    let width = 0;
    for (let i = 0; i < rows.length; i++) {
      const r = Array.isArray(rows[i]) ? rows[i] : [];
      values[i] = r;
      if (r.length > width) width = r.length;
    }
    this.values = values;
    this.lastRow = Math.min(MAX_ROWS, this.firstRow + values.length - 1);
    this.lastCol = Math.min(MAX_COLS, this.firstCol + width - 1);
    for (const m of input.merges ?? []) this.addMerge(m);

    // Index the filled cells in one pass. The arrays are sized for every cell of the input when that is
    // modest, else counted first (rows can be long and mostly empty); a key is worked out when asked.
    const n = values.length;
    let size = 0;
    for (let i = 0; i < n; i++) size += values[i].length;
    if (size > 1 << 18) {
      size = 0;
      for (let i = 0; i < n; i++) {
        const row = values[i];
        for (let j = 0; j < row.length; j++) if (isPrimitive(row[j])) size++;
      }
    }
    this.start = new Int32Array(n + 1);
    this.col = new Int32Array(size);
    this.rowOf = new Int32Array(size);
    this.txt = new Array<string>(size);
    let k = 0;
    const formats = Array.isArray(input.formats) ? input.formats : null;
    for (let i = 0; i < n; i++) {
      this.start[i] = k;
      const row = values[i];
      const fmts = formats !== null && Array.isArray(formats[i]) ? formats[i] : null;
      const mask = this.cover !== null ? this.cover[i] : 0;
      for (let j = 0; j < row.length; j++) {
        const v = row[j];
        if (v === null || v === undefined) continue;
        if (j < 32 ? (mask >>> j) & 1 : this.coverWide !== null && this.coveredWide(i, j)) continue;
        // the text as cellText gives it, each type tested once (most cells are strings)
        let t: string;
        if (typeof v === "string") t = cellText(v);
        else if (typeof v === "number") {
          // a number reads as shown: 0.95 formatted 0% is "95%" (number-format.ts)
          const shown = fmts !== null ? formatNumber(v, fmts[j]) : null;
          if (shown !== null) (this as { formatted: boolean }).formatted = true;
          t = shown ?? cellText(v);
        } else if (typeof v === "boolean") t = cellText(v);
        else continue;
        if (t === "") continue;
        this.col[k] = this.firstCol + j;
        this.rowOf[k] = i;
        this.txt[k++] = t;
      }
    }
    this.start[n] = k;
    this.txt.length = k;
  }

  private addMerge(m: CellRange): void {
    if (!validMerge(m)) return;
    const r1 = Math.min(m.r1, m.r2),
      r2 = Math.max(m.r1, m.r2),
      c1 = Math.min(m.c1, m.c2),
      c2 = Math.max(m.c1, m.c2);
    if (r1 === r2 && c1 === c2) return;
    const rr2 = Math.min(r2, this.lastRow),
      cc2 = Math.min(c2, this.lastCol);
    if ((rr2 - r1 + 1) * (cc2 - c1 + 1) > 1_000_000) return; // absurd merges: keep only their start
    const j1 = Math.max(c1, this.firstCol) - this.firstCol,
      j2 = cc2 - this.firstCol;
    if (j2 < j1) return;
    const top = c1 >= this.firstCol ? c1 - this.firstCol : -1; // the top-left keeps its value
    // bits j1 … min(j2, 31) (2 ** n - 1 has n low bits; | 0 makes it a 32-bit mask), the same on every row
    const bits = j1 < 32 ? ((2 ** (Math.min(j2, 31) + 1) - 1) | 0) & ~((2 ** j1 - 1) | 0) : 0;
    if (bits !== 0) this.cover ??= new Int32Array(this.values.length);
    for (let r = Math.max(r1, this.firstRow); r <= rr2; r++) {
      const i = r - this.firstRow;
      const skip = r === r1 ? top : -1;
      // without the top-left
      if (bits !== 0) this.cover![i] |= skip >= 0 && skip < 32 ? bits & ~(1 << skip) : bits;
      if (j2 >= 32) {
        this.coverWide ??= new Map();
        let spans = this.coverWide.get(i);
        if (!spans) this.coverWide.set(i, (spans = []));
        const lo = Math.max(j1, 32);
        if (skip >= lo && skip <= j2) {
          if (skip > lo) spans.push(lo, skip - 1);
          if (skip < j2) spans.push(skip + 1, j2);
        } else spans.push(lo, j2);
      }
    }
  }

  private coveredWide(i: number, j: number): boolean {
    const spans = this.coverWide!.get(i);
    if (spans === undefined) return false;
    for (let s = 0; s < spans.length; s += 2) if (j >= spans[s] && j <= spans[s + 1]) return true;
    return false;
  }

  /** Index of the first filled cell of row r (see rowEnd, colAt, textAt, keyAt). */
  rowStart(r: number): number {
    const i = r - this.firstRow;
    return i >= 0 && i < this.values.length ? this.start[i] : 0;
  }

  /** One past the index of the last filled cell of row r. */
  rowEnd(r: number): number {
    const i = r - this.firstRow;
    return i >= 0 && i < this.values.length ? this.start[i + 1] : 0;
  }

  /** Number of filled cells in row r. */
  count(r: number): number {
    return this.rowEnd(r) - this.rowStart(r);
  }

  colAt(k: number): number {
    return this.col[k];
  }

  textAt(k: number): string {
    return this.txt[k];
  }

  /** The cell's value as given (a string untrimmed). */
  rawAt(k: number): string | number | boolean {
    return this.values[this.rowOf[k]][this.col[k] - this.firstCol] as string | number | boolean;
  }

  /**
   * The cell's match key: norm() of its value for short strings, else its text. Not stored: norm()
   * returns most cells' text as it is after a character scan, and the rest from its cache.
   */
  keyAt(k: number): string {
    const t = this.txt[k];
    const v = this.values[this.rowOf[k]][this.col[k] - this.firstCol];
    return typeof v === "string" && t.length <= KEY_MAX ? norm(v) : t;
  }

  /** Index of the filled cell (r, c), or -1 (also outside the sheet's bounds). */
  find(r: number, c: number): number {
    if (!this.inside(r, c)) return -1;
    const i = r - this.firstRow;
    const end = this.start[i + 1];
    for (let k = this.start[i]; k < end; k++) {
      const cc = this.col[k];
      if (cc === c) return k;
      if (cc > c) return -1;
    }
    return -1;
  }

  /** The filled cells of a row: columns, display texts and match keys. */
  cells(r: number): RowCells {
    const out: RowCells = { cols: [], texts: [], keys: [] };
    for (let k = this.rowStart(r), end = this.rowEnd(r); k < end; k++) {
      out.cols.push(this.col[k]);
      out.texts.push(this.txt[k]);
      out.keys.push(this.keyAt(k));
    }
    return out;
  }

  get isEmpty(): boolean {
    return this.lastRow < this.firstRow || this.lastCol < this.firstCol;
  }

  inside(r: number, c: number): boolean {
    return r >= this.firstRow && r <= this.lastRow && c >= this.firstCol && c <= this.lastCol;
  }

  get(r: number, c: number): CellValue {
    if (!this.inside(r, c)) return null;
    const i = r - this.firstRow,
      j = c - this.firstCol;
    const v = this.values[i][j];
    if (!isPrimitive(v)) return null;
    if (
      j < 32
        ? this.cover !== null && ((this.cover[i] >>> j) & 1) === 1
        : this.coverWide !== null && this.coveredWide(i, j)
    )
      return null;
    return v;
  }

  text(r: number, c: number): string {
    const k = this.find(r, c);
    return k < 0 ? "" : this.txt[k];
  }

  key(r: number, c: number): string {
    const k = this.find(r, c);
    return k < 0 ? "" : this.keyAt(k);
  }

  isBlankRow(r: number, c1 = this.firstCol, c2 = this.lastCol): boolean {
    for (let k = this.rowStart(r), end = this.rowEnd(r); k < end; k++) {
      const c = this.col[k];
      if (c >= c1 && c <= c2) return false;
    }
    return true;
  }

  /** Columns of the non-empty cells of a row, left to right. */
  filledCols(r: number): number[] {
    const out: number[] = [];
    for (let k = this.rowStart(r), end = this.rowEnd(r); k < end; k++) out.push(this.col[k]);
    return out;
  }

  /** First non-empty cell right of (r, c) within `span` columns. */
  rightOf(r: number, c: number, span = 4): number | null {
    const last = Math.min(this.lastCol, c + span);
    for (let k = this.rowStart(r), end = this.rowEnd(r); k < end; k++) {
      const cc = this.col[k];
      if (cc > last) break;
      if (cc > c) return cc;
    }
    return null;
  }
}
