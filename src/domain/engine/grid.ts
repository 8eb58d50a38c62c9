import type { CellRange, CellValue, SheetInput } from "../model/types";
import { cellText, norm } from "../model/text";

const MAX_COLS = 16384;

export interface RowCells {
  cols: number[];
  texts: string[];
  keys: string[];
}
const MAX_ROWS = 1048576;

/**
 * Read-only view of one sheet in sheet-absolute 1-based coordinates. Cells covered by a merge
 * (other than its top-left) read as empty, whatever the input gave for them.
 */
export class Grid {
  readonly name: string;
  readonly firstRow: number;
  readonly firstCol: number;
  readonly lastRow: number;
  readonly lastCol: number;
  private readonly values: CellValue[][];
  private readonly mergeStarts = new Map<number, CellRange>();
  /** Per row (lazily): the filled columns and their texts and keys. */
  private readonly rowCache: (RowCells | undefined)[] = [];

  constructor(input: SheetInput) {
    this.name = typeof input.name === "string" ? input.name : "";
    const rows = Array.isArray(input.values) ? input.values : [];
    this.values = rows.map((r) => (Array.isArray(r) ? r : []));
    this.ownRows = new Set<number>();
    const o = input.origin;
    this.firstRow = o && Number.isInteger(o.row) && o.row >= 1 ? o.row : 1;
    this.firstCol = o && Number.isInteger(o.col) && o.col >= 1 ? o.col : 1;
    let width = 0;
    for (const r of this.values) if (r.length > width) width = r.length;
    this.lastRow = Math.min(MAX_ROWS, this.firstRow + this.values.length - 1);
    this.lastCol = Math.min(MAX_COLS, this.firstCol + width - 1);
    for (const m of input.merges ?? []) this.addMerge(m);
  }

  private addMerge(m: CellRange): void {
    if (!m || ![m.r1, m.c1, m.r2, m.c2].every((n) => Number.isInteger(n) && n >= 1)) return;
    const r1 = Math.min(m.r1, m.r2), r2 = Math.max(m.r1, m.r2), c1 = Math.min(m.c1, m.c2), c2 = Math.max(m.c1, m.c2);
    if (r1 === r2 && c1 === c2) return;
    const range = { r1, c1, r2, c2 };
    this.mergeStarts.set(this.k(r1, c1), range);
    const rr2 = Math.min(r2, this.lastRow), cc2 = Math.min(c2, this.lastCol);
    if ((rr2 - r1 + 1) * (cc2 - c1 + 1) > 1_000_000) return; // absurd merges: keep only their start
    for (let r = Math.max(r1, this.firstRow); r <= rr2; r++) {
      const i = r - this.firstRow;
      if (!this.ownRows.has(i)) {
        this.values[i] = this.values[i].slice(); // never write into the caller's arrays
        this.ownRows.add(i);
      }
      const row = this.values[i];
      for (let c = Math.max(c1, this.firstCol); c <= cc2; c++) if ((r !== r1 || c !== c1) && c - this.firstCol < row.length) row[c - this.firstCol] = null;
    }
  }

  private readonly ownRows: Set<number>;

  /** The filled cells of a row: columns, display texts and match keys (cached). */
  cells(r: number): RowCells {
    const i = r - this.firstRow;
    const hit = this.rowCache[i];
    if (hit) return hit;
    const out: RowCells = { cols: [], texts: [], keys: [] };
    const row = i >= 0 && i < this.values.length ? this.values[i] : undefined;
    if (row) {
      for (let j = 0; j < row.length; j++) {
        const v = row[j];
        if (v === null || v === undefined) continue;
        const t = typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? cellText(v) : "";
        if (t === "") continue;
        out.cols.push(this.firstCol + j);
        out.texts.push(t);
        // labels are short: long prose is kept as it is rather than normalised (it never matches a label)
        out.keys.push(typeof v === "string" && t.length <= 40 ? norm(v) : t);
      }
    }
    if (i >= 0 && i < this.values.length) this.rowCache[i] = out;
    return out;
  }

  private k(r: number, c: number): number {
    return r * MAX_COLS + c;
  }

  get isEmpty(): boolean {
    return this.lastRow < this.firstRow || this.lastCol < this.firstCol;
  }

  inside(r: number, c: number): boolean {
    return r >= this.firstRow && r <= this.lastRow && c >= this.firstCol && c <= this.lastCol;
  }

  get(r: number, c: number): CellValue {
    if (!this.inside(r, c)) return null;
    const v = this.values[r - this.firstRow][c - this.firstCol];
    if (v === undefined || v === null) return null;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
    return null;
  }

  text(r: number, c: number): string {
    if (!this.inside(r, c)) return "";
    const row = this.cells(r);
    const i = row.cols.indexOf(c);
    return i < 0 ? "" : row.texts[i];
  }

  key(r: number, c: number): string {
    if (!this.inside(r, c)) return "";
    const row = this.cells(r);
    const i = row.cols.indexOf(c);
    return i < 0 ? "" : row.keys[i];
  }

  /** The merge whose top-left is (r, c), if any. */
  mergeAt(r: number, c: number): CellRange | undefined {
    return this.mergeStarts.get(this.k(r, c));
  }

  isBlankRow(r: number, c1 = this.firstCol, c2 = this.lastCol): boolean {
    for (const c of this.cells(r).cols) if (c >= c1 && c <= c2) return false;
    return true;
  }

  /** Columns of the non-empty cells of a row, left to right. */
  filledCols(r: number): number[] {
    return this.cells(r).cols;
  }

  /** First non-empty cell right of (r, c) within `span` columns. */
  rightOf(r: number, c: number, span = 4): number | null {
    for (let cc = c + 1; cc <= Math.min(this.lastCol, c + span); cc++) if (this.text(r, cc) !== "") return cc;
    return null;
  }
}
