/**
 * The simulated workbook's data: plain objects, no DOM, no Office. Cells, formats and conditional
 * formats are immutable values (a write replaces them), so an undo snapshot is a shallow copy.
 */
import type { CellRange } from "../domain/model/types";
import { contains, intersects, subtract } from "./address";
import { MAX_COLS } from "../domain/model/limits";

export type SimValue = string | number | boolean;

export interface SimBorder {
  style: string; // "Continuous" | "Dash" | "Double" | ... | "None"
  color: string;
  weight: string; // "Hairline" | "Thin" | "Medium" | "Thick"
}

export type BorderSide = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";
export const BORDER_SIDES: readonly BorderSide[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

export interface SimFont {
  bold: boolean;
  italic: boolean;
  underline: string; // "None" | "Single" | ...
  color: string;
  size: number;
  name: string;
}

export interface CellFormat {
  /** "#RRGGBB", or null when the cell has no fill. */
  fill: string | null;
  font: SimFont;
  borders: Partial<Record<BorderSide, SimBorder>>;
  numberFormat: string;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
}

export const DEFAULT_FONT: SimFont = Object.freeze({
  bold: false,
  italic: false,
  underline: "None",
  color: "#000000",
  size: 11,
  name: "Calibri",
});

export const DEFAULT_FORMAT: CellFormat = Object.freeze({
  fill: null,
  font: DEFAULT_FONT,
  borders: Object.freeze({}),
  numberFormat: "General",
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
});

export interface SimCell {
  value: SimValue | null;
  formula?: string;
  format?: CellFormat;
}

export type CfType =
  "Custom" | "CellValue" | "DataBar" | "ColorScale" | "IconSet" | "TopBottom" | "PresetCriteria" | "ContainsText";

export interface CfModel {
  id: string;
  type: CfType;
  ranges: CellRange[];
  /** Custom: rule formula. CellValue: formula1. */
  formula: string;
  formula2?: string;
  /** CellValue operator ("GreaterThan", "Between", ...). */
  operator?: string;
  fill: string | null;
  fontColor: string | null;
  fontBold: boolean | null;
  stopIfTrue: boolean;
}

export interface DvModel {
  range: CellRange;
  rule: unknown;
  /** DataValidation.errorAlert, when one was set (Excel's default otherwise: a Stop alert). */
  errorAlert?: unknown;
}

export interface SheetState {
  cells: Map<number, SimCell>;
  merges: CellRange[];
  cfs: CfModel[];
  dvs: DvModel[];
  colWidths: Map<number, number>;
  rowHeights: Map<number, number>;
}

/** Default column width and row height in points, as Excel reports them. */
export const STANDARD_WIDTH = 48;
export const STANDARD_HEIGHT = 15;

export const key = (row: number, col: number): number => row * (MAX_COLS + 1) + col;
export const unkey = (k: number): { row: number; col: number } => ({
  row: Math.floor(k / (MAX_COLS + 1)),
  col: k % (MAX_COLS + 1),
});

export class SheetModel implements SheetState {
  cells = new Map<number, SimCell>();
  merges: CellRange[] = [];
  cfs: CfModel[] = [];
  dvs: DvModel[] = [];
  colWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Selected area while the sheet is active. */
  selection: CellRange = { r1: 1, c1: 1, r2: 1, c2: 1 };

  constructor(
    public id: string,
    public name: string,
  ) {}

  cell(row: number, col: number): SimCell | undefined {
    return this.cells.get(key(row, col));
  }

  value(row: number, col: number): SimValue | null {
    return this.cells.get(key(row, col))?.value ?? null;
  }

  format(row: number, col: number): CellFormat {
    return this.cells.get(key(row, col))?.format ?? DEFAULT_FORMAT;
  }

  setCell(row: number, col: number, cell: SimCell): void {
    if (
      cell.value === null &&
      cell.formula === undefined &&
      (cell.format === undefined || cell.format === DEFAULT_FORMAT)
    )
      this.cells.delete(key(row, col));
    else this.cells.set(key(row, col), cell);
  }

  setValue(row: number, col: number, value: SimValue | null, formula?: string): void {
    const old = this.cells.get(key(row, col));
    const next: SimCell = { value };
    if (formula !== undefined) next.formula = formula;
    if (old?.format) next.format = old.format;
    this.setCell(row, col, next);
  }

  updateFormat(row: number, col: number, update: (f: CellFormat) => CellFormat): void {
    const old = this.cells.get(key(row, col));
    const format = update(old?.format ?? DEFAULT_FORMAT);
    const next: SimCell = { value: old?.value ?? null };
    if (old?.formula !== undefined) next.formula = old.formula;
    if (!sameFormat(format, DEFAULT_FORMAT)) next.format = format;
    this.setCell(row, col, next);
  }

  /** Bounding box of cells with values (valuesOnly) or with values or formats; null on a blank sheet. */
  usedRect(valuesOnly: boolean): CellRange | null {
    let r1 = Infinity,
      c1 = Infinity,
      r2 = 0,
      c2 = 0;
    const take = (row: number, col: number): void => {
      if (row < r1) r1 = row;
      if (row > r2) r2 = row;
      if (col < c1) c1 = col;
      if (col > c2) c2 = col;
    };
    for (const [k, cell] of this.cells) {
      if (valuesOnly ? cell.value === null || cell.value === "" : false) continue;
      const { row, col } = unkey(k);
      take(row, col);
    }
    if (!valuesOnly)
      for (const m of this.merges) {
        take(m.r1, m.c1);
        take(m.r2, m.c2);
      }
    return r2 === 0 ? null : { r1, c1, r2, c2 };
  }

  mergeAt(row: number, col: number): CellRange | undefined {
    return this.merges.find((m) => contains(m, row, col));
  }

  columnWidth(col: number): number {
    return this.colWidths.get(col) ?? STANDARD_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? STANDARD_HEIGHT;
  }

  cfsIntersecting(rects: readonly CellRange[]): CfModel[] {
    return this.cfs.filter((cf) => cf.ranges.some((r) => rects.some((q) => intersects(r, q))));
  }

  /** Removes the rectangles from every conditional format (Excel's clearAll on a range); drops emptied ones. */
  clearCfs(rects: readonly CellRange[]): void {
    const next: CfModel[] = [];
    for (const cf of this.cfs) {
      let ranges = cf.ranges;
      for (const q of rects) ranges = ranges.flatMap((r) => subtract(r, q));
      if (ranges.length > 0) next.push(ranges === cf.ranges ? cf : { ...cf, ranges });
    }
    this.cfs = next;
  }

  snapshot(): SheetState {
    return {
      cells: new Map(this.cells),
      merges: [...this.merges],
      cfs: [...this.cfs],
      dvs: [...this.dvs],
      colWidths: new Map(this.colWidths),
      rowHeights: new Map(this.rowHeights),
    };
  }

  restore(s: SheetState): void {
    this.cells = new Map(s.cells);
    this.merges = [...s.merges];
    this.cfs = [...s.cfs];
    this.dvs = [...s.dvs];
    this.colWidths = new Map(s.colWidths);
    this.rowHeights = new Map(s.rowHeights);
  }
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  activeSheetId = "";
  /** Document settings as last saved (Office.context.document.settings.saveAsync). */
  savedSettings: Record<string, unknown> = {};
  /** Custom document properties (File › Properties › Custom; WPS: Workbook.CustomDocumentProperties), in order. */
  customProperties: { name: string; value: string | number | boolean; type: number }[] = [];
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(8, "0")}}`;
  }

  addSheet(name: string): SheetModel {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`duplicate sheet ${name}`);
    const s = new SheetModel(this.newId("sheet"), name);
    this.sheets.push(s);
    if (!this.activeSheetId) this.activeSheetId = s.id;
    return s;
  }

  sheet(nameOrId: string): SheetModel | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
  }

  get active(): SheetModel {
    const s = this.sheets.find((x) => x.id === this.activeSheetId) ?? this.sheets[0];
    if (!s) throw new Error("workbook has no sheets");
    return s;
  }
}

export function sameFormat(a: CellFormat, b: CellFormat): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** What typing or `range.values = [[x]]` stores: numeric and boolean text becomes a number/boolean. */
export function typedValue(input: unknown, numberFormat: string): { value: SimValue | null; formula?: string } {
  if (input === null || input === undefined || input === "") return { value: null };
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  const s = String(input);
  // a cell formatted as text keeps whatever is written, "=…" included (Excel does the same)
  if (numberFormat === "@") return { value: s };
  if (s.startsWith("=") && s.length > 1) return { value: null, formula: s };
  const t = s.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { value: Number(t) };
  // as typed into Excel: thousands separators and percentages are numbers, ISO dates are date serials
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return { value: Number(t.replace(/,/g, "")) };
  const pct = /^([+-]?(\d+\.?\d*|\.\d+))\s*%$/.exec(t);
  if (pct) return { value: Number(pct[1]) / 100 };
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12 && Number(iso[3]) >= 1 && Number(iso[3]) <= 31) {
    return { value: Math.round(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) / 86400000) + 25569 };
  }
  // "+A1", "-HYPERLINK(…)", "@SUM(…)" start formulas too (Excel puts the "=" in front); a lone sign stays text
  if (/^[+\-@]./.test(s)) return { value: null, formula: `=${s}` };
  if (/^true$/i.test(t)) return { value: true };
  if (/^false$/i.test(t)) return { value: false };
  return { value: s };
}

/**
 * What the user typing (or pasting a 2-D array) into `rect` stores: a single merged cell means its top-left; each
 * value converted as typing converts it (typedValue). Returns the cells actually written. Both simulators' userEdit.
 */
export function typeInto(s: SheetModel, rect: CellRange, value: unknown): CellRange {
  let r = rect;
  const m = s.mergeAt(r.r1, r.c1);
  if (m && r.r1 === r.r2 && r.c1 === r.c2) r = { r1: m.r1, c1: m.c1, r2: m.r1, c2: m.c1 };
  for (let row = r.r1; row <= r.r2; row++)
    for (let col = r.c1; col <= r.c2; col++) {
      const input = Array.isArray(value) ? (value as unknown[][])[row - r.r1]?.[col - r.c1] : value;
      const t = typedValue(input, s.format(row, col).numberFormat);
      s.setValue(row, col, t.value, t.formula);
    }
  return r;
}

/**
 * Evaluates a conditional format's formula for display, as far as the simulator models formulas:
 * constants (`=TRUE`, `=1`), `=N("text")=0` and the like (N of text is 0), and CellValue comparisons.
 * Anything else counts as false (not modelled).
 */
export function cfApplies(cf: CfModel, cellValue: SimValue | null): boolean {
  if (cf.type === "Custom") {
    const review = evalReview(cf.formula, cellValue);
    return review ?? evalConstant(cf.formula) === true;
  }
  if (cf.type === "CellValue") {
    const v = typeof cellValue === "number" ? cellValue : null;
    const a = Number(evalConstant(cf.formula));
    const b = Number(evalConstant(cf.formula2 ?? ""));
    if (v === null || Number.isNaN(a)) return false;
    switch (cf.operator) {
      case "GreaterThan":
        return v > a;
      case "GreaterThanOrEqual":
        return v >= a;
      case "LessThan":
        return v < a;
      case "LessThanOrEqual":
        return v <= a;
      case "EqualTo":
        return v === a;
      case "NotEqualTo":
        return v !== a;
      case "Between":
        return v >= Math.min(a, b) && v <= Math.max(a, b);
      case "NotBetween":
        return v < Math.min(a, b) || v > Math.max(a, b);
      default:
        return false;
    }
  }
  return false;
}

/**
 * `=AND(N("…")=0,B5="text")` / `=AND(N("…")=0,B5=12)`: true while the cell holds that value. The reference is
 * relative to the rule's top-left cell, which Excel keeps in step when rows move; the simulator compares the cell
 * the rule is evaluated for (its ranges are one cell each). Text compares case-insensitively, as Excel's = does.
 */
function evalReview(formula: string, cellValue: SimValue | null): boolean | null {
  const m =
    /^=?\s*AND\(\s*N\(\s*"(?:[^"]|"")*"\s*\)\s*=\s*0\s*,\s*\$?[A-Z]{1,3}\$?\d+\s*=\s*("(?:[^"]|"")*"|[+-]?\d+(?:\.\d+)?)\s*\)$/i.exec(
      formula.trim(),
    );
  if (!m) return null;
  const lit = m[1];
  if (lit.startsWith('"')) {
    const text = lit.slice(1, -1).replace(/""/g, '"');
    return cellValue !== null && String(cellValue).toLowerCase() === text.toLowerCase();
  }
  return typeof cellValue === "number" && cellValue === Number(lit);
}

function evalConstant(formula: string): boolean | number | string | null {
  const f = formula.trim().replace(/^=/, "").trim();
  if (/^TRUE$/i.test(f)) return true;
  if (/^FALSE$/i.test(f)) return false;
  if (/^[+-]?\d+(\.\d+)?$/.test(f)) return Number(f);
  // N("…") is 0, so N("…")=0 is true and N("…")<>0 is false
  const m = /^N\(\s*"(?:[^"]|"")*"\s*\)\s*(=|<>)\s*0$/i.exec(f);
  if (m) return m[1] === "=";
  return null;
}

/** The fill Excel would show: the highest-priority applying CF with a fill wins over the cell's own fill. */
export function displayFill(sheet: SheetModel, row: number, col: number): string | null {
  const value = sheet.value(row, col);
  for (const cf of sheet.cfs) {
    if (!cf.ranges.some((r) => contains(r, row, col))) continue;
    if (cf.fill && cfApplies(cf, value)) return cf.fill;
    if (cf.stopIfTrue && cfApplies(cf, value)) break;
  }
  return sheet.format(row, col).fill;
}

/**
 * displayFill for every cell of a window at once: each conditional format is looked at once (not once per cell),
 * so drawing a sheet with thousands of highlight rules stays quick. Same answer as displayFill, cell by cell.
 */
export function displayFillsIn(sheet: SheetModel, win: CellRange): (row: number, col: number) => string | null {
  const width = win.c2 - win.c1 + 1;
  const decided = new Map<number, string | null>();
  const at = (r: number, c: number) => (r - win.r1) * width + (c - win.c1);
  for (const cf of sheet.cfs) {
    for (const rg of cf.ranges) {
      const r1 = Math.max(rg.r1, win.r1),
        r2 = Math.min(rg.r2, win.r2),
        c1 = Math.max(rg.c1, win.c1),
        c2 = Math.min(rg.c2, win.c2);
      for (let r = r1; r <= r2; r++)
        for (let c = c1; c <= c2; c++) {
          const k = at(r, c);
          if (decided.has(k)) continue;
          if (!cfApplies(cf, sheet.value(r, c))) continue;
          if (cf.fill) decided.set(k, cf.fill);
          else if (cf.stopIfTrue) decided.set(k, null);
        }
    }
  }
  return (row, col) => {
    const k = at(row, col);
    const d = row >= win.r1 && row <= win.r2 && col >= win.c1 && col <= win.c2 ? decided.get(k) : undefined;
    return d !== undefined && d !== null ? d : sheet.format(row, col).fill;
  };
}

/** Shifts everything at or below `row` (within the column span, or all columns) down by `count`. */
export function shiftRows(sheet: SheetModel, fromRow: number, count: number, cols: CellRange | null): void {
  const inSpan = (c1: number, c2: number): boolean => !cols || (c1 >= cols.c1 && c2 <= cols.c2);
  const moved = new Map<number, SimCell>();
  for (const [k, cell] of sheet.cells) {
    const { row, col } = unkey(k);
    if (row >= fromRow && inSpan(col, col)) {
      if (count < 0 && row < fromRow - count) continue; // deleted
      moved.set(key(row + count, col), cell);
    } else moved.set(k, cell);
  }
  sheet.cells = moved;
  const shift = (r: CellRange): CellRange | null => {
    if (!inSpan(r.c1, r.c2) || r.r2 < fromRow) return r;
    if (count < 0) {
      const delEnd = fromRow - count - 1;
      if (r.r1 >= fromRow && r.r2 <= delEnd) return null;
      const r1 = r.r1 > delEnd ? r.r1 + count : r.r1 >= fromRow ? fromRow : r.r1;
      const r2 = r.r2 > delEnd ? r.r2 + count : fromRow - 1;
      return r2 >= r1 ? { ...r, r1, r2 } : null;
    }
    return r.r1 >= fromRow ? { ...r, r1: r.r1 + count, r2: r.r2 + count } : { ...r, r2: r.r2 + count };
  };
  shiftRanges(sheet, shift);
  if (!cols) {
    const heights = new Map<number, number>();
    for (const [r, h] of sheet.rowHeights) {
      if (r < fromRow) heights.set(r, h);
      else if (count > 0 || r >= fromRow - count) heights.set(r + count, h);
    }
    sheet.rowHeights = heights;
  }
}

/** Moves (or drops, when `shift` returns null) every merge, conditional-format range and validation range. */
function shiftRanges(sheet: SheetModel, shift: (r: CellRange) => CellRange | null): void {
  sheet.merges = sheet.merges.map(shift).filter((r): r is CellRange => r !== null);
  sheet.cfs = sheet.cfs
    .map((cf) => ({ ...cf, ranges: cf.ranges.map(shift).filter((r): r is CellRange => r !== null) }))
    .filter((cf) => cf.ranges.length > 0);
  sheet.dvs = sheet.dvs
    .map((dv) => ({ ...dv, range: shift(dv.range) }))
    .filter((dv): dv is DvModel => dv.range !== null);
}

/** Column counterpart of shiftRows, via transposition-free direct code. */
export function shiftCols(sheet: SheetModel, fromCol: number, count: number, rows: CellRange | null): void {
  const inSpan = (r1: number, r2: number): boolean => !rows || (r1 >= rows.r1 && r2 <= rows.r2);
  const moved = new Map<number, SimCell>();
  for (const [k, cell] of sheet.cells) {
    const { row, col } = unkey(k);
    if (col >= fromCol && inSpan(row, row)) {
      if (count < 0 && col < fromCol - count) continue;
      moved.set(key(row, col + count), cell);
    } else moved.set(k, cell);
  }
  sheet.cells = moved;
  const shift = (r: CellRange): CellRange | null => {
    if (!inSpan(r.r1, r.r2) || r.c2 < fromCol) return r;
    if (count < 0) {
      const delEnd = fromCol - count - 1;
      if (r.c1 >= fromCol && r.c2 <= delEnd) return null;
      const c1 = r.c1 > delEnd ? r.c1 + count : r.c1 >= fromCol ? fromCol : r.c1;
      const c2 = r.c2 > delEnd ? r.c2 + count : fromCol - 1;
      return c2 >= c1 ? { ...r, c1, c2 } : null;
    }
    return r.c1 >= fromCol ? { ...r, c1: r.c1 + count, c2: r.c2 + count } : { ...r, c2: r.c2 + count };
  };
  shiftRanges(sheet, shift);
  if (!rows) {
    const widths = new Map<number, number>();
    for (const [c, w] of sheet.colWidths) {
      if (c < fromCol) widths.set(c, w);
      else if (count > 0 || c >= fromCol - count) widths.set(c + count, w);
    }
    sheet.colWidths = widths;
  }
}

/**
 * Everything a test needs to prove "nothing the user made changed": values, formulas, per-cell
 * formats, merges, conditional formats, data validation, widths and heights, in a canonical form.
 */
export function sheetFingerprint(sheet: SheetModel): string {
  const cells = [...sheet.cells.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([k, c]) => [k, c.value, c.formula ?? null, c.format ?? null]);
  return JSON.stringify({
    cells,
    merges: sheet.merges,
    cfs: sheet.cfs,
    dvs: sheet.dvs,
    colWidths: [...sheet.colWidths].sort((a, b) => a[0] - b[0]),
    rowHeights: [...sheet.rowHeights].sort((a, b) => a[0] - b[0]),
  });
}
