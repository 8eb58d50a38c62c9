/**
 * The simulated WPS 表格 (ET) object model over the simulator's WorkbookModel, as WPS's documentation
 * describes it: every call is synchronous; Range/Cells/Rows/collections are 1-based; `Value2` of several
 * cells is a 2-D array (one cell: a scalar); enums must be numbers (a name such as "Down" is refused, as
 * in ET); conditional formats (FormatConditions), data validation (Validation), Rows.Insert,
 * Merge/MergeArea/MergeCells, Interior.Color in BGR, custom document properties and ApiEvent.
 *
 * Every object is wrapped in a Proxy (see `api`) that counts each property read, write and method call
 * (WPS crosses a process boundary on each one) and refuses members the simulator does not model, so a
 * gateway typo fails loudly instead of reading undefined.
 */
import type { CellRange } from "../../domain/model/types";
import { cellCount, contains, intersects, parseArea, rectToA1, subtract } from "../address";
import { MAX_COLS, MAX_ROWS } from "../../domain/model/limits";
import { grid as excelGrid, normalizeColor } from "../excel-api";
import {
  type BorderSide,
  type CfModel,
  type SheetModel,
  shiftCols,
  shiftRows,
  typedValue,
  type WorkbookModel,
} from "../model";

/** What the object model needs from its host (the WpsSimulator). */
export interface EtHost {
  wb: WorkbookModel;
  /** false: no workbook is open (ActiveWorkbook is null). */
  workbookOpen: boolean;
  /** How NumberFormat reads several cells: "array" (2-D, as ET documents it) or "vba" (one code, or null when they differ). */
  numberFormatMode: "array" | "vba";
  enableEvents: boolean;
  countCall(): void;
  /** The add-in changed the sheet: WPS keeps no undo step for it. */
  addinWrote(sheet: SheetModel): void;
  /** Value changes by the add-in raise SheetChange (as VBA's Worksheet_Change does), unless EnableEvents is false. */
  addinChanged(sheet: SheetModel, rect: CellRange): void;
  activated(sheet: SheetModel): void;
  /** The selection moved (the preview redraws its outline and scrolls to it). */
  notify(): void;
  uiLanguageId: number;
}

export class EtError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EtError";
  }
}

const notModelled = (cls: string, name: string) => new EtError(`WPS 模拟器未实现 / not modelled: ${cls}.${name}`);

/** Wraps an object: PascalCase members are the API (counted); anything else PascalCase is refused. */
export function api<T extends object>(host: EtHost, obj: T): T {
  const cls = obj.constructor.name.replace(/^Et|Sim$/g, "");
  return new Proxy(obj, {
    get(target, p, receiver) {
      if (typeof p === "string" && /^[A-Z]/.test(p)) {
        if (!(p in target)) throw notModelled(cls, p);
        host.countCall();
      }
      return Reflect.get(target, p, receiver);
    },
    set(target, p, value, receiver) {
      if (typeof p === "string" && /^[A-Z]/.test(p)) {
        if (!(p in target)) throw notModelled(cls, p);
        host.countCall();
      }
      return Reflect.set(target, p, value, receiver);
    },
  });
}

function enumNumber(v: unknown, what: string, optional = true): number | undefined {
  if (v === undefined && optional) return undefined;
  if (typeof v !== "number" || !Number.isFinite(v))
    throw new EtError(`${what}: 枚举值必须是数字 / enum values must be numbers (got ${JSON.stringify(v)})`);
  return v;
}

/** "#RRGGBB" ↔ BGR number (red + green·256 + blue·65536). */
export function hexToBgr(hex: string): number {
  const h = hex.replace("#", "");
  const r = parseInt(h.slice(0, 2), 16);
  const g = parseInt(h.slice(2, 4), 16);
  const b = parseInt(h.slice(4, 6), 16);
  return r + g * 256 + b * 65536;
}

export function bgrToHex(n: number): string {
  const v = Math.max(0, Math.min(0xffffff, Math.round(n)));
  const hex = (x: number) => x.toString(16).padStart(2, "0").toUpperCase();
  return `#${hex(v & 0xff)}${hex((v >> 8) & 0xff)}${hex((v >> 16) & 0xff)}`;
}

const FC_TYPES: Record<number, CfModel["type"]> = { 1: "CellValue", 2: "Custom" };
const FC_NUMBERS: Record<string, number> = {
  CellValue: 1,
  Custom: 2,
  ColorScale: 3,
  DataBar: 4,
  TopBottom: 5,
  IconSet: 6,
  ContainsText: 9,
  PresetCriteria: 12,
};
const FC_OPERATORS: Record<number, string> = {
  1: "Between",
  2: "NotBetween",
  3: "EqualTo",
  4: "NotEqualTo",
  5: "GreaterThan",
  6: "LessThan",
  7: "GreaterThanOrEqual",
  8: "LessThanOrEqual",
};
const V_ALIGN: Record<number, string> = { [-4160]: "Top", [-4108]: "Center", [-4107]: "Bottom", [-4130]: "Justify" };
const ALERT_STYLES: Record<number, string> = { 1: "Stop", 2: "Warning", 3: "Information" };
const WRITE_LIMIT = 2_000_000;

function cells(r: CellRange, fn: (row: number, col: number) => void): void {
  if (cellCount(r) > WRITE_LIMIT)
    throw new EtError(`The WPS simulator does not model writes to ${cellCount(r)} cells at once.`);
  for (let row = r.r1; row <= r.r2; row++) for (let col = r.c1; col <= r.c2; col++) fn(row, col);
}

function grid<V>(r: CellRange, fn: (row: number, col: number) => V): V[][] {
  const out = excelGrid(r, fn);
  if (!out) throw new EtError(`The WPS simulator does not model reads of ${cellCount(r)} cells at once.`);
  return out;
}

/** A scalar for every cell, or a 2-D array of the range's shape. */
function shaped(r: CellRange, input: unknown, what: string): (row: number, col: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = r.r2 - r.r1 + 1;
  const cols = r.c2 - r.c1 + 1;
  const ok = input.length === rows && input.every((line) => Array.isArray(line) && line.length === cols);
  if (!ok) throw new EtError(`${what}: 数组大小与区域不符 / the array does not match the range (${rows}×${cols})`);
  return (row, col) => (input as unknown[][])[row - r.r1][col - r.c1];
}

function address(r: CellRange, rowAbs = true, colAbs = true): string {
  const a = rectToA1(r);
  return a.replace(/([A-Z]+)?(\d+)?/g, (m, c?: string, n?: string) =>
    m === "" ? "" : `${c ? (colAbs ? "$" : "") + c : ""}${n ? (rowAbs ? "$" : "") + n : ""}`,
  );
}

export type LineMode = "cells" | "rows" | "columns";

export class EtRangeSim {
  constructor(
    readonly _h: EtHost,
    readonly _sheet: SheetModel,
    readonly _r: CellRange,
    readonly _mode: LineMode = "cells",
  ) {}

  private sub(r: CellRange, mode: LineMode = "cells"): EtRangeSim {
    if (r.r1 < 1 || r.c1 < 1 || r.r2 > MAX_ROWS || r.c2 > MAX_COLS || r.r2 < r.r1 || r.c2 < r.c1)
      throw new EtError(`范围超出工作表 / range outside the sheet: ${JSON.stringify(r)}`);
    return api(this._h, new EtRangeSim(this._h, this._sheet, r, mode));
  }

  get Row(): number {
    return this._r.r1;
  }
  get Column(): number {
    return this._r.c1;
  }
  get Count(): number {
    const r = this._r;
    return this._mode === "rows" ? r.r2 - r.r1 + 1 : this._mode === "columns" ? r.c2 - r.c1 + 1 : cellCount(r);
  }
  get Rows(): EtRangeSim {
    return this.sub(this._r, "rows");
  }
  get Columns(): EtRangeSim {
    return this.sub(this._r, "columns");
  }
  get Cells(): EtRangeSim {
    return this.sub(this._r, "cells");
  }
  get EntireRow(): EtRangeSim {
    return this.sub({ r1: this._r.r1, c1: 1, r2: this._r.r2, c2: MAX_COLS }, "rows");
  }
  get EntireColumn(): EtRangeSim {
    return this.sub({ r1: 1, c1: this._r.c1, r2: MAX_ROWS, c2: this._r.c2 }, "columns");
  }

  /**
   * Cells: Item(row, col) relative to the range (1-based), Item(n) the n-th cell row by row. Rows: Item(n) the
   * n-th row, Item("5:7") sheet rows 5 to 7 (within the range's columns). Columns: Item(n), Item("B:D").
   */
  Item(a: number | string, b?: number): EtRangeSim {
    const r = this._r;
    if (this._mode === "rows") {
      if (typeof a === "string") {
        const m = /^(\d+)(?::(\d+))?$/.exec(a.replace(/\$/g, "").trim());
        if (!m) throw new EtError(`Rows.Item(${a})`);
        return this.sub({ r1: Number(m[1]), c1: r.c1, r2: Number(m[2] ?? m[1]), c2: r.c2 }, "rows");
      }
      return this.sub({ r1: r.r1 + a - 1, c1: r.c1, r2: r.r1 + a - 1, c2: r.c2 }, "rows");
    }
    if (this._mode === "columns") {
      if (typeof a === "string") {
        const p = parseArea(`${a}`.includes(":") ? a : `${a}:${a}`);
        if (!p) throw new EtError(`Columns.Item(${a})`);
        return this.sub({ r1: r.r1, c1: p.rect.c1, r2: r.r2, c2: p.rect.c2 }, "columns");
      }
      return this.sub({ r1: r.r1, c1: r.c1 + a - 1, r2: r.r2, c2: r.c1 + a - 1 }, "columns");
    }
    if (typeof a !== "number") throw new EtError(`Cells.Item(${a})`);
    if (b === undefined) {
      const cols = r.c2 - r.c1 + 1;
      const row = r.r1 + Math.floor((a - 1) / cols);
      const col = r.c1 + ((a - 1) % cols);
      return this.sub({ r1: row, c1: col, r2: row, c2: col });
    }
    return this.sub({ r1: r.r1 + a - 1, c1: r.c1 + b - 1, r2: r.r1 + a - 1, c2: r.c1 + b - 1 });
  }

  Resize(rows: number, cols?: number): EtRangeSim {
    const r = this._r;
    return this.sub({ r1: r.r1, c1: r.c1, r2: r.r1 + rows - 1, c2: r.c1 + (cols ?? r.c2 - r.c1 + 1) - 1 });
  }

  Offset(rows = 0, cols = 0): EtRangeSim {
    const r = this._r;
    return this.sub({ r1: r.r1 + rows, c1: r.c1 + cols, r2: r.r2 + rows, c2: r.c2 + cols });
  }

  Address(rowAbsolute = true, columnAbsolute = true): string {
    return address(this._r, rowAbsolute, columnAbsolute);
  }

  private one(): boolean {
    return this._r.r1 === this._r.r2 && this._r.c1 === this._r.c2;
  }

  get Value2(): unknown {
    const s = this._sheet;
    // an empty cell reads as undefined (VBA's Empty)
    const v = (row: number, col: number) => s.value(row, col) ?? undefined;
    return this.one() ? v(this._r.r1, this._r.c1) : grid(this._r, v);
  }
  set Value2(input: unknown) {
    this.write(input, "Value2");
  }
  get Value(): unknown {
    return this.Value2;
  }
  set Value(input: unknown) {
    this.write(input, "Value");
  }

  get Formula(): unknown {
    const s = this._sheet;
    const f = (row: number, col: number) =>
      s.cell(row, col)?.formula ?? (s.value(row, col) === null ? "" : String(s.value(row, col)));
    return this.one() ? f(this._r.r1, this._r.c1) : grid(this._r, f);
  }
  set Formula(input: unknown) {
    this.write(input, "Formula");
  }

  /** true / false, or null when only some cells hold formulas. */
  get HasFormula(): boolean | null {
    let any = false;
    let all = true;
    cells(this._r, (row, col) => {
      const has = this._sheet.cell(row, col)?.formula !== undefined;
      any ||= has;
      all &&= has;
    });
    return all ? true : any ? null : false;
  }

  private write(input: unknown, what: string): void {
    const s = this._sheet;
    const at = shaped(this._r, input, `Range.${what}`);
    cells(this._r, (row, col) => {
      const t = typedValue(at(row, col), s.format(row, col).numberFormat);
      s.setValue(row, col, t.value, t.formula);
    });
    this._h.addinWrote(s);
    this._h.addinChanged(s, this._r);
  }

  get NumberFormat(): unknown {
    const s = this._sheet;
    const f = (row: number, col: number) => s.format(row, col).numberFormat;
    if (this.one()) return f(this._r.r1, this._r.c1);
    const all = grid(this._r, f);
    if (this._h.numberFormatMode === "array") return all;
    const first = all[0][0];
    return all.every((line) => line.every((x) => x === first)) ? first : null;
  }
  set NumberFormat(v: unknown) {
    const at = shaped(this._r, v, "Range.NumberFormat");
    this.format((f, row, col) => ({ ...f, numberFormat: String(at(row, col) ?? "General") }));
  }

  get Text(): unknown {
    const t = (row: number, col: number) => {
      const v = this._sheet.value(row, col);
      return v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
    };
    return this.one() ? t(this._r.r1, this._r.c1) : grid(this._r, t);
  }

  /** @internal */
  format(
    update: (f: ReturnType<SheetModel["format"]>, row: number, col: number) => ReturnType<SheetModel["format"]>,
  ): void {
    const s = this._sheet;
    cells(this._r, (row, col) => s.updateFormat(row, col, (f) => update(f, row, col)));
    this._h.addinWrote(s);
  }

  get MergeCells(): boolean | null {
    const r = this._r;
    const covered = this._sheet.merges.reduce((n, m) => {
      if (!intersects(m, r)) return n;
      const i = {
        r1: Math.max(m.r1, r.r1),
        c1: Math.max(m.c1, r.c1),
        r2: Math.min(m.r2, r.r2),
        c2: Math.min(m.c2, r.c2),
      };
      return n + cellCount(i);
    }, 0);
    return covered === 0 ? false : covered === cellCount(r) ? true : null;
  }

  get MergeArea(): EtRangeSim {
    const m = this._sheet.mergeAt(this._r.r1, this._r.c1);
    return this.sub(m ? { ...m } : { r1: this._r.r1, c1: this._r.c1, r2: this._r.r1, c2: this._r.c1 });
  }

  /** Keeps the top-left value (WPS asks the user first in its UI; the API just merges). */
  Merge(across = false): void {
    const r = this._r;
    const s = this._sheet;
    const areas = across
      ? Array.from({ length: r.r2 - r.r1 + 1 }, (_, i) => ({ r1: r.r1 + i, c1: r.c1, r2: r.r1 + i, c2: r.c2 }))
      : [r];
    s.merges = s.merges.filter((m) => !intersects(m, r));
    for (const a of areas) {
      if (cellCount(a) < 2) continue;
      cells(a, (row, col) => {
        if (row !== a.r1 || col !== a.c1) s.setValue(row, col, null);
      });
      s.merges.push({ ...a });
    }
    this._h.addinWrote(s);
  }

  UnMerge(): void {
    this._sheet.merges = this._sheet.merges.filter((m) => !intersects(m, this._r));
    this._h.addinWrote(this._sheet);
  }

  /** xlShiftDown (-4121) or xlShiftToRight (-4161); entire rows always move down. Names are refused. */
  Insert(shift?: unknown, copyOrigin?: unknown): void {
    const n = enumNumber(shift, "Range.Insert(Shift)");
    enumNumber(copyOrigin, "Range.Insert(CopyOrigin)");
    const r = this._r;
    const s = this._sheet;
    const entireRow = r.c1 === 1 && r.c2 === MAX_COLS;
    const entireCol = r.r1 === 1 && r.r2 === MAX_ROWS;
    if (entireRow || n === -4121 || (n === undefined && !entireCol))
      shiftRows(s, r.r1, r.r2 - r.r1 + 1, entireRow ? null : r);
    else if (entireCol || n === -4161) shiftCols(s, r.c1, r.c2 - r.c1 + 1, entireCol ? null : r);
    else throw new EtError(`Range.Insert(${n})`);
    this._h.addinWrote(s);
    this._h.addinChanged(s, entireRow ? { r1: r.r1, c1: 1, r2: r.r2, c2: MAX_COLS } : r);
  }

  Select(): void {
    const wb = this._h.wb;
    if (wb.activeSheetId !== this._sheet.id) {
      wb.activeSheetId = this._sheet.id;
      this._h.activated(this._sheet);
    }
    this._sheet.selection = { ...this._r };
    this._h.notify();
  }

  Activate(): void {
    this.Select();
  }

  get FormatConditions(): EtFormatConditionsSim {
    return api(this._h, new EtFormatConditionsSim(this._h, this._sheet, this._r));
  }

  get Validation(): EtValidationSim {
    return api(this._h, new EtValidationSim(this._h, this._sheet, this._r));
  }

  get Interior(): EtInteriorSim {
    return api(this._h, new EtInteriorSim(this));
  }

  get Font(): EtFontSim {
    return api(this._h, new EtFontSim(this));
  }

  get Borders(): EtBordersSim {
    return api(this._h, new EtBordersSim(this));
  }

  get WrapText(): boolean | null {
    return this.uniformFormat((f) => f.wrapText);
  }
  set WrapText(v: boolean) {
    this.format((f) => ({ ...f, wrapText: v === true }));
  }

  get VerticalAlignment(): number | null {
    const v = this.uniformFormat((f) => f.verticalAlignment);
    const n = Object.entries(V_ALIGN).find(([, name]) => name === v)?.[0];
    return n === undefined ? null : Number(n);
  }
  set VerticalAlignment(v: number) {
    const n = enumNumber(v, "Range.VerticalAlignment", false)!;
    const name = V_ALIGN[n];
    if (!name) throw new EtError(`Range.VerticalAlignment = ${n}`);
    this.format((f) => ({ ...f, verticalAlignment: name }));
  }

  /** Characters of the standard font (the model keeps points: 7 px per character + 5 px, 0.75 pt per px). */
  get ColumnWidth(): number {
    return Math.round(((this._sheet.columnWidth(this._r.c1) / 0.75 - 5) / 7) * 100) / 100;
  }
  set ColumnWidth(chars: number) {
    const points = Math.round((chars * 7 + 5) * 0.75 * 4) / 4;
    for (let c = this._r.c1; c <= this._r.c2; c++) this._sheet.colWidths.set(c, points);
    this._h.addinWrote(this._sheet);
  }

  get RowHeight(): number {
    return this._sheet.rowHeight(this._r.r1);
  }
  set RowHeight(points: number) {
    for (let r = this._r.r1; r <= this._r.r2; r++) this._sheet.rowHeights.set(r, points);
    this._h.addinWrote(this._sheet);
  }

  ClearContents(): void {
    this.write(null, "ClearContents");
  }

  private uniformFormat<V>(read: (f: ReturnType<SheetModel["format"]>) => V): V | null {
    let first: V | undefined;
    let same = true;
    cells(this._r, (row, col) => {
      const v = read(this._sheet.format(row, col));
      if (first === undefined) first = v;
      else if (JSON.stringify(v) !== JSON.stringify(first)) same = false;
    });
    return same ? (first ?? null) : null;
  }
}

export class EtInteriorSim {
  constructor(private readonly _range: EtRangeSim) {}
  /** BGR; white (16777215) when the cell has no fill, as in VBA. */
  get Color(): number {
    const fill = this._range._sheet.format(this._range._r.r1, this._range._r.c1).fill;
    return fill ? hexToBgr(fill) : 16777215;
  }
  set Color(v: number) {
    const n = enumNumber(v, "Interior.Color", false)!;
    this._range.format((f) => ({ ...f, fill: bgrToHex(n) }));
  }
  get ColorIndex(): number {
    return this._range._sheet.format(this._range._r.r1, this._range._r.c1).fill ? 1 : -4142;
  }
  /** Only xlNone (-4142) is modelled: no fill. */
  set ColorIndex(v: number) {
    if (enumNumber(v, "Interior.ColorIndex", false) !== -4142)
      throw new EtError("Interior.ColorIndex: only xlNone (-4142) is modelled");
    this._range.format((f) => ({ ...f, fill: null }));
  }
}

export class EtFontSim {
  constructor(private readonly _range: EtRangeSim) {}
  get Bold(): boolean {
    return this._range._sheet.format(this._range._r.r1, this._range._r.c1).font.bold;
  }
  set Bold(v: boolean) {
    this._range.format((f) => ({ ...f, font: { ...f.font, bold: v === true } }));
  }
  get Italic(): boolean {
    return this._range._sheet.format(this._range._r.r1, this._range._r.c1).font.italic;
  }
  set Italic(v: boolean) {
    this._range.format((f) => ({ ...f, font: { ...f.font, italic: v === true } }));
  }
}

const BORDER_INDEX: Record<number, string> = {
  7: "EdgeLeft",
  8: "EdgeTop",
  9: "EdgeBottom",
  10: "EdgeRight",
  11: "InsideVertical",
  12: "InsideHorizontal",
};

export class EtBordersSim {
  constructor(private readonly _range: EtRangeSim) {}
  get Count(): number {
    return 6;
  }
  Item(index: number): EtBorderSim {
    const n = enumNumber(index, "Borders.Item", false)!;
    if (!BORDER_INDEX[n]) throw new EtError(`Borders.Item(${n})`);
    return api(this._range._h, new EtBorderSim(this._range, n));
  }
}

export class EtBorderSim {
  constructor(
    private readonly _range: EtRangeSim,
    private readonly _index: number,
  ) {}

  /** Which side of which cell a border of this index is. */
  private apply(patch: { style?: string; weight?: string; color?: string }): void {
    const r = this._range._r;
    const sides = (row: number, col: number): BorderSide[] => {
      switch (this._index) {
        case 7:
          return col === r.c1 ? ["EdgeLeft"] : [];
        case 10:
          return col === r.c2 ? ["EdgeRight"] : [];
        case 8:
          return row === r.r1 ? ["EdgeTop"] : [];
        case 9:
          return row === r.r2 ? ["EdgeBottom"] : [];
        case 11:
          return [...(col > r.c1 ? (["EdgeLeft"] as const) : []), ...(col < r.c2 ? (["EdgeRight"] as const) : [])];
        case 12:
          return [...(row > r.r1 ? (["EdgeTop"] as const) : []), ...(row < r.r2 ? (["EdgeBottom"] as const) : [])];
      }
      return [];
    };
    this._range.format((f, row, col) => {
      const which = sides(row, col);
      if (which.length === 0) return f;
      const borders = { ...f.borders };
      for (const side of which)
        borders[side] = { style: "Continuous", weight: "Thin", color: "#000000", ...borders[side], ...patch };
      return { ...f, borders };
    });
  }

  set LineStyle(v: number) {
    const n = enumNumber(v, "Border.LineStyle", false)!;
    this.apply({
      style:
        n === 1
          ? "Continuous"
          : n === -4142
            ? "None"
            : n === -4115
              ? "Dash"
              : n === -4118
                ? "Dot"
                : n === -4119
                  ? "Double"
                  : "Continuous",
    });
  }
  get LineStyle(): number {
    return 1;
  }
  set Weight(v: number) {
    const n = enumNumber(v, "Border.Weight", false)!;
    this.apply({
      weight: n === 1 ? "Hairline" : n === 2 ? "Thin" : n === -4138 ? "Medium" : n === 4 ? "Thick" : "Thin",
    });
  }
  get Weight(): number {
    return 2;
  }
  set Color(v: number) {
    this.apply({ color: bgrToHex(enumNumber(v, "Border.Color", false)!) });
  }
  get Color(): number {
    return 0;
  }
}

// ───────────────────────────── conditional formats ─────────────────────────────

export class EtFormatConditionsSim {
  constructor(
    private readonly _h: EtHost,
    private readonly _sheet: SheetModel,
    private readonly _r: CellRange,
  ) {}

  private list(): CfModel[] {
    return this._sheet.cfsIntersecting([this._r]);
  }

  get Count(): number {
    return this.list().length;
  }

  /** 1-based, in priority order. */
  Item(index: number): EtFormatConditionSim {
    const cf = this.list()[index - 1];
    if (!cf) throw new EtError(`FormatConditions.Item(${index}): 下标越界 / subscript out of range`);
    return api(this._h, new EtFormatConditionSim(this._h, this._sheet, cf.id));
  }

  /** Type: 1 xlCellValue (Operator, Formula1, Formula2) or 2 xlExpression (Formula1); numbers only. */
  Add(type: unknown, operator?: unknown, formula1?: unknown, formula2?: unknown): EtFormatConditionSim {
    const t = enumNumber(type, "FormatConditions.Add(Type)", false)!;
    const op = enumNumber(operator, "FormatConditions.Add(Operator)");
    const kind = FC_TYPES[t];
    if (!kind) throw new EtError(`FormatConditions.Add(${t}): not modelled`);
    if (typeof formula1 !== "string" || formula1.trim() === "")
      throw new EtError("FormatConditions.Add: Formula1 is required");
    const cf: CfModel = {
      id: this._h.wb.newId("cf"),
      type: kind,
      ranges: [{ ...this._r }],
      formula: formula1,
      fill: null,
      fontColor: null,
      fontBold: null,
      stopIfTrue: false,
    };
    if (kind === "CellValue") {
      cf.operator = FC_OPERATORS[op ?? 1] ?? "Between";
      if (typeof formula2 === "string") cf.formula2 = formula2;
    }
    // VBA: a new condition goes last in priority
    this._sheet.cfs = [...this._sheet.cfs, cf];
    this._h.addinWrote(this._sheet);
    return api(this._h, new EtFormatConditionSim(this._h, this._sheet, cf.id));
  }

  /** Removes every conditional format from the range's cells (conditions that reach outside it are cut). */
  Delete(): void {
    this._sheet.clearCfs([this._r]);
    this._h.addinWrote(this._sheet);
  }
}

export class EtFormatConditionSim {
  constructor(
    private readonly _h: EtHost,
    private readonly _sheet: SheetModel,
    private readonly _id: string,
  ) {}

  /** @internal */
  cf(): CfModel {
    const cf = this._sheet.cfs.find((c) => c.id === this._id);
    if (!cf) throw new EtError("FormatCondition: 已被删除 / it was deleted");
    return cf;
  }

  /** @internal */
  update(fn: (cf: CfModel) => CfModel): void {
    const cf = this.cf();
    this._sheet.cfs = this._sheet.cfs.map((c) => (c === cf ? fn(c) : c));
    this._h.addinWrote(this._sheet);
  }

  get Type(): number {
    return FC_NUMBERS[this.cf().type] ?? 0;
  }
  get Formula1(): string {
    return this.cf().formula;
  }
  get Formula2(): string {
    return this.cf().formula2 ?? "";
  }
  get StopIfTrue(): boolean {
    return this.cf().stopIfTrue;
  }
  set StopIfTrue(v: boolean) {
    this.update((cf) => ({ ...cf, stopIfTrue: v === true }));
  }
  get Interior(): EtCfInteriorSim {
    return api(this._h, new EtCfInteriorSim(this));
  }
  get AppliesTo(): EtRangeSim {
    const r = this.cf().ranges[0];
    return api(this._h, new EtRangeSim(this._h, this._sheet, { ...r }));
  }
  Delete(): void {
    this.cf();
    this._sheet.cfs = this._sheet.cfs.filter((c) => c.id !== this._id);
    this._h.addinWrote(this._sheet);
  }
}

export class EtCfInteriorSim {
  constructor(private readonly _fc: EtFormatConditionSim) {}
  get Color(): number {
    const fill = this._fc.cf().fill;
    return fill ? hexToBgr(fill) : 16777215;
  }
  set Color(v: number) {
    const n = enumNumber(v, "FormatCondition.Interior.Color", false)!;
    this._fc.update((cf) => ({ ...cf, fill: normalizeColor(bgrToHex(n)) }));
  }
}

// ───────────────────────────── data validation ─────────────────────────────

export class EtValidationSim {
  constructor(
    private readonly _h: EtHost,
    private readonly _sheet: SheetModel,
    private readonly _r: CellRange,
  ) {}

  private current() {
    return this._sheet.dvs.find((d) => intersects(d.range, this._r));
  }

  get Type(): number {
    const dv = this.current();
    return dv && (dv.rule as { list?: unknown }).list ? 3 : 0;
  }
  get Formula1(): string {
    const dv = this.current();
    return (dv?.rule as { list?: { source?: string } } | undefined)?.list?.source ?? "";
  }

  /** Only xlValidateList (3) is modelled; a range that already has validation must be Delete()d first (as in VBA). */
  Add(type: unknown, alertStyle?: unknown, operator?: unknown, formula1?: unknown): void {
    const t = enumNumber(type, "Validation.Add(Type)", false)!;
    const style = enumNumber(alertStyle, "Validation.Add(AlertStyle)") ?? 1;
    enumNumber(operator, "Validation.Add(Operator)");
    if (t !== 3) throw new EtError(`Validation.Add(${t}): only xlValidateList (3) is modelled`);
    if (this.current())
      throw new EtError(
        "Validation.Add: 区域已有数据有效性，请先 Delete() / the range already has validation: Delete() it first",
      );
    if (typeof formula1 !== "string" || formula1 === "") throw new EtError("Validation.Add: Formula1 is required");
    if (formula1.length > 255) throw new EtError("Validation.Add: Formula1 longer than 255 characters");
    this._sheet.dvs = [
      ...this._sheet.dvs,
      {
        range: { ...this._r },
        rule: { list: { inCellDropDown: true, source: formula1 } },
        errorAlert: { showAlert: true, style: ALERT_STYLES[style] ?? "Stop", title: "", message: "" },
      },
    ];
    this._h.addinWrote(this._sheet);
  }

  Delete(): void {
    this._sheet.dvs = this._sheet.dvs.flatMap((dv) => subtract(dv.range, this._r).map((range) => ({ ...dv, range })));
    this._h.addinWrote(this._sheet);
  }

  private patch(fn: (dv: { rule: unknown; errorAlert?: unknown }) => { rule?: unknown; errorAlert?: unknown }): void {
    this._sheet.dvs = this._sheet.dvs.map((dv) =>
      contains(this._r, dv.range.r1, dv.range.c1) && contains(this._r, dv.range.r2, dv.range.c2)
        ? { ...dv, ...fn(dv) }
        : dv,
    );
    this._h.addinWrote(this._sheet);
  }

  private alert(): Record<string, unknown> {
    return {
      showAlert: true,
      style: "Stop",
      title: "",
      message: "",
      ...((this.current()?.errorAlert as Record<string, unknown> | undefined) ?? {}),
    };
  }

  get InCellDropdown(): boolean {
    return (this.current()?.rule as { list?: { inCellDropDown?: boolean } } | undefined)?.list?.inCellDropDown ?? true;
  }
  set InCellDropdown(v: boolean) {
    this.patch((dv) => {
      const rule = dv.rule as { list?: Record<string, unknown> };
      return rule.list ? { rule: { list: { ...rule.list, inCellDropDown: v === true } } } : dv;
    });
  }
  get ShowError(): boolean {
    return this.alert().showAlert === true;
  }
  set ShowError(v: boolean) {
    this.patch((dv) => ({ errorAlert: { ...this.alert(), ...(dv.errorAlert as object), showAlert: v === true } }));
  }
  get ErrorTitle(): string {
    return String(this.alert().title ?? "");
  }
  set ErrorTitle(v: string) {
    this.patch((dv) => ({ errorAlert: { ...this.alert(), ...(dv.errorAlert as object), title: String(v) } }));
  }
  get ErrorMessage(): string {
    return String(this.alert().message ?? "");
  }
  set ErrorMessage(v: string) {
    this.patch((dv) => ({ errorAlert: { ...this.alert(), ...(dv.errorAlert as object), message: String(v) } }));
  }
}

// ───────────────────────────── sheets, workbook, properties ─────────────────────────────

export class EtWorksheetSim {
  constructor(
    readonly _h: EtHost,
    readonly _sheet: SheetModel,
  ) {}

  private range(r: CellRange, mode: LineMode = "cells"): EtRangeSim {
    return api(this._h, new EtRangeSim(this._h, this._sheet, r, mode));
  }

  get Name(): string {
    return this._sheet.name;
  }
  get Index(): number {
    return this._h.wb.sheets.indexOf(this._sheet) + 1;
  }
  /** -1 visible, 0 hidden, 2 very hidden. */
  get Visible(): number {
    return this._sheet.visibility === "Visible" ? -1 : this._sheet.visibility === "Hidden" ? 0 : 2;
  }
  /** Values and formats alike (as in VBA); A1 on a blank sheet. */
  get UsedRange(): EtRangeSim {
    return this.range(this._sheet.usedRect(false) ?? { r1: 1, c1: 1, r2: 1, c2: 1 });
  }
  get Cells(): EtRangeSim {
    return this.range({ r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS });
  }
  get Rows(): EtRangeSim {
    return this.range({ r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS }, "rows");
  }
  get Columns(): EtRangeSim {
    return this.range({ r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS }, "columns");
  }
  /** Range("B3"), Range("A1:C4"), Range("5:7"), or Range(cell1, cell2). One area only (a comma is refused). */
  Range(a: string | EtRangeSim, b?: EtRangeSim): EtRangeSim {
    if (typeof a !== "string") {
      const o = b ?? a;
      return this.range({
        r1: Math.min(a._r.r1, o._r.r1),
        c1: Math.min(a._r.c1, o._r.c1),
        r2: Math.max(a._r.r2, o._r.r2),
        c2: Math.max(a._r.c2, o._r.c2),
      });
    }
    if (a.includes(",")) throw new EtError(`Range("${a}"): 多个区域未实现 / several areas are not modelled`);
    const p = parseArea(a);
    if (!p) throw new EtError(`Range("${a}"): 地址无效 / bad address`);
    const entireRow = p.rect.c1 === 1 && p.rect.c2 === MAX_COLS;
    return this.range(p.rect, entireRow ? "rows" : "cells");
  }
  Activate(): void {
    const wb = this._h.wb;
    if (wb.activeSheetId === this._sheet.id) return;
    wb.activeSheetId = this._sheet.id;
    this._h.activated(this._sheet);
  }
}

class EtCollectionSim<T> {
  constructor(
    private readonly _items: () => T[],
    private readonly _name: (t: T) => string,
  ) {}
  get Count(): number {
    return this._items().length;
  }
  Item(index: number | string): T {
    const list = this._items();
    const it =
      typeof index === "number"
        ? list[index - 1]
        : list.find((x) => this._name(x).toLowerCase() === String(index).toLowerCase());
    if (it === undefined) throw new EtError(`Item(${JSON.stringify(index)}): 下标越界 / subscript out of range`);
    return it;
  }
}

export class EtWorksheetsSim extends EtCollectionSim<EtWorksheetSim> {}

export class EtDocumentPropertySim {
  constructor(
    private readonly _h: EtHost,
    private readonly _name: string,
  ) {}
  private prop() {
    const p = this._h.wb.customProperties.find((x) => x.name === this._name);
    if (!p) throw new EtError(`DocumentProperty ${this._name}: 已被删除 / it was deleted`);
    return p;
  }
  get Name(): string {
    return this.prop().name;
  }
  get Value(): unknown {
    return this.prop().value;
  }
  set Value(v: unknown) {
    const p = this.prop();
    if (typeof v === "string" && v.length > 255)
      throw new EtError("DocumentProperty.Value: 文本超过 255 个字符 / text longer than 255 characters");
    p.value = v as string;
  }
  get Type(): number {
    return this.prop().type;
  }
  Delete(): void {
    this.prop();
    this._h.wb.customProperties = this._h.wb.customProperties.filter((x) => x.name !== this._name);
  }
}

/** Workbook.CustomDocumentProperties: Add(Name, LinkToContent, Type, Value); text values at most 255 characters. */
export class EtDocumentPropertiesSim {
  constructor(private readonly _h: EtHost) {}
  get Count(): number {
    return this._h.wb.customProperties.length;
  }
  Item(index: number | string): EtDocumentPropertySim {
    const list = this._h.wb.customProperties;
    const p =
      typeof index === "number"
        ? list[index - 1]
        : list.find((x) => x.name.toLowerCase() === String(index).toLowerCase());
    if (!p) throw new EtError(`CustomDocumentProperties.Item(${JSON.stringify(index)}): 无此属性 / no such property`);
    return api(this._h, new EtDocumentPropertySim(this._h, p.name));
  }
  Add(name: unknown, linkToContent: unknown, type: unknown, value: unknown): EtDocumentPropertySim {
    const t = enumNumber(type, "CustomDocumentProperties.Add(Type)", false)!;
    if (typeof name !== "string" || name === "" || name.length > 255)
      throw new EtError("CustomDocumentProperties.Add: bad name");
    if (linkToContent === true) throw new EtError("CustomDocumentProperties.Add: LinkToContent is not modelled");
    if (this._h.wb.customProperties.some((x) => x.name.toLowerCase() === name.toLowerCase()))
      throw new EtError(`CustomDocumentProperties.Add: ${name} 已存在 / already exists`);
    if (t === 4 && (typeof value !== "string" || value.length > 255))
      throw new EtError("CustomDocumentProperties.Add: 文本超过 255 个字符 / text longer than 255 characters");
    this._h.wb.customProperties = [...this._h.wb.customProperties, { name, value: value as string, type: t }];
    return api(this._h, new EtDocumentPropertySim(this._h, name));
  }
}

export class EtWorkbookSim {
  constructor(
    private readonly _h: EtHost,
    private readonly _sheetObj: (s: SheetModel) => EtWorksheetSim,
  ) {}
  get Name(): string {
    return this._h.wb.sheets.length ? "工作簿1.xlsx" : "";
  }
  get FullName(): string {
    return this.Name;
  }
  get Worksheets(): EtWorksheetsSim {
    return api(
      this._h,
      new EtWorksheetsSim(
        () => this._h.wb.sheets.map(this._sheetObj),
        (s) => s.Name,
      ),
    );
  }
  get Sheets(): EtWorksheetsSim {
    return this.Worksheets;
  }
  get ActiveSheet(): EtWorksheetSim {
    return this._sheetObj(this._h.wb.active);
  }
  get CustomDocumentProperties(): EtDocumentPropertiesSim {
    return api(this._h, new EtDocumentPropertiesSim(this._h));
  }
}
