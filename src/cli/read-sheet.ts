/**
 * The streaming halves of the reader: a worksheet part → the engine's `SheetInput` (values, merges, number
 * formats) and the shared-strings part → its strings, each fed chunk by chunk from the inflater through
 * `XmlScanner`, so that a full 1,048,576-row sheet is never held as XML. Values are what the command always
 * gave the engine (numbers, text, booleans, error codes, formulas' cached results, dates as YYYY-MM-DD);
 * only the top-left cell of a merge holds a value.
 */
import type { CellRange, CellValue, SheetInput } from "../domain";
import { fromA1 } from "../domain";
import { MAX_CELL_TEXT, MAX_COLS, MAX_ROWS } from "../domain/model/limits";
import { XmlError, type XmlHandler, type XmlScanner } from "./xml-scan";

/** Excel's limits: a cell reference beyond them is not a worksheet. */

/** Number formats of the workbook: per cell style (xf) index, the format code, and whether it shows a date. */
export interface StyleFormats {
  codes: (string | null)[];
  dates: boolean[];
}

/** Thrown when a sheet spans more cells than allowed; `cells` is the count reached. */
export class CellLimitError extends Error {
  constructor(readonly cells: number) {
    super(`more than the cell limit (${cells})`);
    this.name = "CellLimitError";
  }
}

/** Something the sheet says that no valid workbook does (a missing shared-string table, an index past it …). */
export class SheetDataError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "SheetDataError";
  }
}

/** `_x001B_` → ESC, as Excel stores characters XML cannot hold (ST_Xstring); exceljs does the same. */
export function decodeXString(s: string): string {
  return s.includes("_x")
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : s;
}

const clipCell = (s: string) => (s.length > MAX_CELL_TEXT ? s.slice(0, MAX_CELL_TEXT) : s);

/** Excel's date cells as `YYYY-MM-DD`, as the command always read them (exceljs's conversion, in UTC). */
export function serialToDateText(serial: number, date1904: boolean): string | null {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return isoDay(d);
}

function isoDay(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const y = d.getUTCFullYear();
  return `${y}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

/** Shared strings (`<sst>`): the text of each `<si>`, rich-text runs joined, phonetic guides (`<rPh>`) left out. */
export class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = [];
  private inSi = false;
  private inRPh = false;
  private cur = "";

  open(name: string, s: XmlScanner): void {
    if (name === "si") {
      this.cur = "";
      if (s.selfClosing) this.strings.push("");
      else this.inSi = true;
    } else if (name === "rPh") {
      if (!s.selfClosing) this.inRPh = true;
    } else if (name === "t" && this.inSi && !this.inRPh && !s.selfClosing) {
      s.wantText = true;
    }
  }

  close(name: string, s: XmlScanner): void {
    if (name === "t" && s.wantText) {
      s.wantText = false;
      if (this.cur.length < MAX_CELL_TEXT) this.cur += s.takeText();
      else s.takeText();
    } else if (name === "rPh") this.inRPh = false;
    else if (name === "si" && this.inSi) {
      this.inSi = false;
      this.strings.push(clipCell(decodeXString(this.cur)));
      this.cur = "";
    }
  }
}

const enum T {
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
  Date,
}

function cellType(t: string | undefined): T {
  switch (t) {
    case undefined:
    case "n":
      return T.Number;
    case "s":
      return T.Shared;
    case "str":
      return T.Str;
    case "inlineStr":
      return T.Inline;
    case "b":
      return T.Bool;
    case "e":
      return T.Error;
    case "d":
      return T.Date;
    default:
      return T.Number;
  }
}

export interface SheetReadOptions {
  name: string;
  /** null when the package has no shared-strings part (a cell of type "s" is then an error). */
  sharedStrings: readonly string[] | null;
  styles: StyleFormats;
  date1904: boolean;
  /** Stop with CellLimitError past this many cells (see DEFAULT_MAX_CELLS). */
  maxCells: number;
}

/**
 * A worksheet part → SheetInput. Rows and cells without an `r` attribute follow the one before them
 * (valid OOXML); values beyond Excel's grid or shared-string indexes past the table are errors.
 */
export class SheetHandler implements XmlHandler {
  readonly values: CellValue[][] = [];
  readonly merges: CellRange[] = [];
  formats: (string | null)[][] | undefined;
  /** The `<dimension ref>` when the part has one. */
  dimension: CellRange | null = null;
  /** Cells the engine will walk: per row, the last used column (what maxCells limits). */
  cells = 0;

  private inSheetData = false;
  private inMergeCells = false;
  private row = 0;
  private col = 0;
  // the cell being read
  private cRow = 0;
  private cCol = 0;
  private cType = T.Number;
  private cStyle = 0;
  private vText: string | undefined;
  private inCell = false;
  private inIs = false;
  private inRPh = false;
  private isText: string | null = null;

  constructor(private readonly o: SheetReadOptions) {}

  open(name: string, s: XmlScanner): void {
    if (this.inSheetData) {
      switch (name) {
        case "c":
          this.openCell(s);
          return;
        case "v":
          if (this.inCell && !s.selfClosing) s.wantText = true;
          return;
        case "is":
          if (this.inCell && !s.selfClosing) {
            this.inIs = true;
            this.isText = "";
          }
          return;
        case "t":
          if (this.inIs && !this.inRPh && !s.selfClosing) s.wantText = true;
          return;
        case "rPh":
          if (this.inIs && !s.selfClosing) this.inRPh = true;
          return;
        case "row": {
          const r = s.attr("r");
          const n = r === undefined ? this.row + 1 : parseRowNumber(r);
          if (!(n >= 1 && n <= MAX_ROWS)) throw new SheetDataError(`row number ${r ?? n} out of range`);
          this.row = n;
          this.col = 0;
          return;
        }
        default:
          return;
      }
    }
    if (name === "sheetData") {
      if (!s.selfClosing) this.inSheetData = true;
    } else if (name === "mergeCells") {
      if (!s.selfClosing) this.inMergeCells = true;
    } else if (name === "mergeCell" && this.inMergeCells) {
      const ref = s.attr("ref");
      const m = ref ? fromA1(ref) : null;
      if (m && (m.r1 !== m.r2 || m.c1 !== m.c2)) this.merges.push(m);
    } else if (name === "dimension" && this.dimension === null) {
      const ref = s.attr("ref");
      this.dimension = ref ? fromA1(ref) : null;
    }
  }

  close(name: string, s: XmlScanner): void {
    if (!this.inSheetData) {
      if (name === "mergeCells") this.inMergeCells = false;
      return;
    }
    switch (name) {
      case "v":
        if (s.wantText) {
          s.wantText = false;
          this.vText = s.takeText();
        }
        return;
      case "t":
        if (s.wantText) {
          s.wantText = false;
          const t = s.takeText();
          if (this.isText !== null && this.isText.length < MAX_CELL_TEXT) this.isText += t;
        }
        return;
      case "rPh":
        this.inRPh = false;
        return;
      case "is":
        this.inIs = false;
        return;
      case "c":
        if (this.inCell) this.finishCell();
        return;
      case "sheetData":
        this.inSheetData = false;
        return;
      default:
        return;
    }
  }

  private openCell(s: XmlScanner): void {
    const r = s.attr("r");
    if (r === undefined) {
      this.cRow = this.row === 0 ? 1 : this.row;
      this.cCol = this.col + 1;
    } else {
      parseCellRef(r, this);
      if (this.refRow === 0) this.refRow = this.row === 0 ? 1 : this.row; // "C" without a row: the row's
      this.cRow = this.refRow;
      this.cCol = this.refCol;
    }
    if (!(this.cCol >= 1 && this.cCol <= MAX_COLS && this.cRow >= 1 && this.cRow <= MAX_ROWS))
      throw new SheetDataError(`cell reference ${r} out of range`);
    if (this.row === 0) this.row = this.cRow;
    this.col = this.cCol;
    this.cType = cellType(s.attr("t"));
    const st = s.attr("s");
    this.cStyle = st === undefined ? 0 : Number(st) | 0;
    this.vText = undefined;
    this.isText = null;
    this.inIs = false;
    this.inRPh = false;
    this.inCell = !s.selfClosing;
  }

  /** Set by parseCellRef. */
  refRow = 0;
  refCol = 0;

  private finishCell(): void {
    this.inCell = false;
    const v = this.value();
    if (v === null || v === "") return;
    this.put(this.cRow, this.cCol, v);
  }

  private value(): CellValue {
    const vt = this.vText;
    switch (this.cType) {
      case T.Shared: {
        if (vt === undefined || vt.trim() === "") return null;
        const sst = this.o.sharedStrings;
        if (sst === null)
          throw new SheetDataError("a shared string is used but the workbook has no shared-strings part");
        const i = Number(vt);
        if (!Number.isInteger(i) || i < 0 || i >= sst.length)
          throw new SheetDataError(`shared string ${vt.slice(0, 20)} does not exist`);
        return sst[i];
      }
      case T.Inline:
        if (this.isText !== null) return clipCell(decodeXString(this.isText));
        return vt === undefined ? null : clipCell(decodeXString(vt));
      case T.Str:
        return vt === undefined ? null : clipCell(decodeXString(vt));
      case T.Bool:
        if (vt === undefined) return null;
        return vt.trim() === "1" || vt.trim().toLowerCase() === "true";
      case T.Error:
        return vt === undefined ? null : clipCell(vt);
      case T.Date: {
        if (vt === undefined) return null;
        return isoDay(new Date(vt.trim()));
      }
      case T.Number:
      default: {
        if (vt === undefined) return null;
        const n = parseFloat(vt);
        if (!Number.isFinite(n)) return null;
        const st = this.o.styles;
        const k = this.cStyle;
        if (k >= 0 && k < st.codes.length) {
          if (st.dates[k]) return serialToDateText(n, this.o.date1904);
          const code = st.codes[k];
          if (code !== null) this.putFormat(this.cRow, this.cCol, code);
        }
        return n;
      }
    }
  }

  private put(r: number, c: number, v: CellValue): void {
    const values = this.values;
    while (values.length < r) values.push([]);
    const line = values[r - 1];
    const before = line.length;
    if (c > before) {
      this.cells += c - before;
      if (this.cells > this.o.maxCells) throw new CellLimitError(this.cells);
      while (line.length < c - 1) line.push(null);
      line.push(v);
    } else line[c - 1] = v;
  }

  private putFormat(r: number, c: number, code: string): void {
    const f = (this.formats ??= []);
    while (f.length < r) f.push([]);
    const line = f[r - 1];
    while (line.length < c - 1) line.push(null);
    line[c - 1] = code;
  }

  /** The finished SheetInput (trailing empty rows dropped; cells under a merge other than its top-left null). */
  result(): SheetInput {
    const values = this.values;
    // rows were created up to the last row with a value only, so nothing trails
    for (const m of this.merges) {
      for (let r = m.r1; r <= m.r2 && r <= values.length; r++) {
        const line = values[r - 1];
        for (let c = m.c1; c <= m.c2 && c <= line.length; c++) {
          if (r === m.r1 && c === m.c1) continue;
          line[c - 1] = null;
        }
      }
    }
    const out: SheetInput = { name: this.o.name, values, origin: { row: 1, col: 1 }, merges: this.merges };
    if (this.formats) out.formats = this.formats;
    return out;
  }
}

function parseRowNumber(s: string): number {
  const n = Number(s);
  return Number.isInteger(n) ? n : NaN;
}

/** "AB12" → refCol 28, refRow 12 (refRow 0 when the reference has no row part); NaN when malformed. */
function parseCellRef(ref: string, into: { refRow: number; refCol: number }): void {
  let col = 0;
  let i = 0;
  const n = ref.length;
  for (; i < n; i++) {
    let c = ref.charCodeAt(i);
    if (c === 0x24) continue; // $
    if (c >= 0x61 && c <= 0x7a) c -= 0x20;
    if (c < 0x41 || c > 0x5a) break;
    col = col * 26 + (c - 0x40);
    if (col > MAX_COLS) break;
  }
  let row = 0;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c === 0x24 && row === 0) continue;
    if (c < 0x30 || c > 0x39) {
      into.refRow = into.refCol = NaN;
      return;
    }
    row = row * 10 + (c - 0x30);
    if (row > MAX_ROWS) break;
  }
  into.refCol = col === 0 ? NaN : col;
  into.refRow = row;
}

export { XmlError };
