/**
 * The simulated Excel object model: the part of the Excel JavaScript API the add-in uses
 * (and what template insertion will need). Every class is a proxy in the Office.js sense:
 * methods and sets are queued, loads are fulfilled at `context.sync()`.
 */
import type { CellRange } from "../domain/model/types";
import {
  cellCount,
  contains,
  intersection,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  parseArea,
  parseAreas,
  qualified,
  subtract,
} from "./address";
import { apiNotFound, invalidArgument, itemNotFound, SimErrorCodes, SimRichApiError } from "./errors";
import {
  BORDER_SIDES,
  type BorderSide,
  type CellFormat,
  type CfModel,
  type CfType,
  DEFAULT_FORMAT,
  type SheetModel,
  shiftCols,
  shiftRows,
  type SimBorder,
  type SimValue,
  typedValue,
  unkey,
  type WorkbookModel,
} from "./model";
import { result, type SimClientResult, type SimContext, SimObject } from "./proxy";

/** What a Range or RangeAreas points at. */
export interface RangeT {
  sheet: SheetModel;
  rects: CellRange[];
}

/** Excel returns null for `values` above this many cells (excel-add-ins-ranges-large.md). */
export const MAX_CELLS_PER_READ = 5_000_000;
/** Writes larger than this are not modelled (they would be column/row formats in Excel). */
const MAX_CELLS_PER_WRITE = 2_000_000;

function requireSet(ctx: SimContext, api: string, set: string): void {
  if (!ctx.host.supports(set)) throw apiNotFound(api, set);
}

function single(t: RangeT): CellRange {
  return t.rects[0];
}

function forEachCell(rects: readonly CellRange[], fn: (row: number, col: number) => void): void {
  const total = rects.reduce((n, r) => n + cellCount(r), 0);
  if (total > MAX_CELLS_PER_WRITE) throw new SimRichApiError(SimErrorCodes.notImplemented, `The simulator does not model writes to ${total} cells at once.`);
  for (const r of rects) for (let row = r.r1; row <= r.r2; row++) for (let col = r.c1; col <= r.c2; col++) fn(row, col);
}

/** Same value for all cells → that value; otherwise null (Excel's rule for multi-cell format reads). */
function uniform<V>(t: RangeT, read: (f: CellFormat, row: number, col: number) => V): V | null {
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

function valueType(v: SimValue | null): string {
  if (v === null || v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  if (/^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/.test(v)) return "Error";
  return "String";
}

function displayText(v: SimValue | null): string {
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
function shapeInput(r: CellRange, input: unknown, where: string): (row: number, col: number) => unknown {
  const rows = r.r2 - r.r1 + 1;
  const cols = r.c2 - r.c1 + 1;
  if (!Array.isArray(input)) return () => input;
  const ok = input.length === rows && input.every((line) => Array.isArray(line) && line.length === cols);
  if (!ok)
    throw invalidArgument(where, "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  return (row, col) => (input as unknown[][])[row - r.r1][col - r.c1];
}

// ───────────────────────────── workbook and worksheets ─────────────────────────────

export class SimWorkbook extends SimObject<WorkbookModel> {
  protected readonly _entity = "Workbook";
  protected readonly _props = ["name"] as const;

  constructor(ctx: SimContext) {
    super(ctx, () => ctx.host.wb, "workbook", true);
  }

  override _navNames(): readonly string[] {
    return ["worksheets"];
  }

  get name(): string {
    return this.get_("name");
  }

  get worksheets(): SimWorksheetCollection {
    return this.nav_("worksheets", () => new SimWorksheetCollection(this._c, () => this._target()));
  }

  get application(): SimContext["application"] {
    return this._c.application;
  }

  getSelectedRange(): SimRange {
    return new SimRange(this._c, () => {
      const wb = this._target() as WorkbookModel;
      return { sheet: wb.active, rects: [wb.active.selection] };
    }, "Workbook.getSelectedRange()");
  }

  getActiveCell(): SimRange {
    return new SimRange(this._c, () => {
      const wb = this._target() as WorkbookModel;
      const s = wb.active.selection;
      return { sheet: wb.active, rects: [{ r1: s.r1, c1: s.c1, r2: s.r1, c2: s.c1 }] };
    }, "Workbook.getActiveCell()");
  }

  protected _read(prop: string): unknown {
    return prop === "name" ? "Book1.xlsx" : undefined;
  }
}

class SimEvent {
  constructor(
    private readonly ctx: SimContext,
    private readonly kind: "changed" | "activated",
    private readonly scope: () => string | null,
    private readonly minSet: string,
    private readonly apiName: string,
  ) {}

  add(handler: (args: unknown) => unknown): SimEventHandlerResult {
    const res = new SimEventHandlerResult(this.ctx);
    this.ctx.enqueue(`${this.apiName}.add()`, () => {
      requireSet(this.ctx, this.apiName, this.minSet);
      res._id = this.ctx.host.registerHandler(this.kind, this.scope(), handler, this.ctx);
    });
    return res;
  }
}

export class SimEventHandlerResult {
  /** @internal */ _id = -1;
  constructor(readonly context: SimContext) {}
  remove(): void {
    this.context.enqueue("EventHandlerResult.remove()", () => {
      if (this._id >= 0) this.context.host.removeHandler(this._id);
      this._id = -1;
    });
  }
}

export class SimWorksheetCollection extends SimObject<WorkbookModel> {
  protected readonly _entity = "WorksheetCollection";
  protected readonly _props = [] as const;
  private _items: SimWorksheet[] | undefined;

  constructor(ctx: SimContext, parent: () => WorkbookModel | null) {
    super(ctx, parent, "worksheets", true);
  }

  get items(): SimWorksheet[] {
    if (!this._items) throw new SimRichApiError(SimErrorCodes.propertyNotLoaded, "The property 'items' is not available.", this._entity);
    return this._items;
  }

  override _doLoad(paths: string[][]): void {
    const wb = this._target();
    if (!wb) return;
    this._items = wb.sheets.map((s) => new SimWorksheet(this._c, null)._setResolved(s));
    const sub = paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).map((p) => (p.length ? p : ["*"]));
    for (const it of this._items) it._doLoad(sub);
  }

  get onChanged(): SimEvent {
    return new SimEvent(this._c, "changed", () => null, "1.9", "WorksheetCollection.onChanged");
  }

  get onActivated(): SimEvent {
    return new SimEvent(this._c, "activated", () => null, "1.7", "WorksheetCollection.onActivated");
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this._c, () => (this._target() as WorkbookModel).active, "WorksheetCollection.getActiveWorksheet()");
  }

  getItem(k: string): SimWorksheet {
    return new SimWorksheet(this._c, () => {
      const s = (this._target() as WorkbookModel).sheet(k);
      if (!s) throw itemNotFound(`WorksheetCollection.getItem(${k})`);
      return s;
    }, `WorksheetCollection.getItem(${k})`);
  }

  getItemOrNullObject(k: string): SimWorksheet {
    return new SimWorksheet(this._c, () => (this._target() as WorkbookModel).sheet(k) ?? null, `WorksheetCollection.getItemOrNullObject(${k})`);
  }

  getFirst(): SimWorksheet {
    return new SimWorksheet(this._c, () => (this._target() as WorkbookModel).sheets[0] ?? null, "WorksheetCollection.getFirst()");
  }

  getCount(): SimClientResult<number> {
    return result(this._c, "WorksheetCollection.getCount()", () => (this._target() as WorkbookModel).sheets.length);
  }

  add(name?: string): SimWorksheet {
    return new SimWorksheet(this._c, () => {
      const wb = this._target() as WorkbookModel;
      let n = name;
      for (let i = 1; !n || wb.sheet(n); i++) n = name && i === 1 ? name : `Sheet${wb.sheets.length + i}`;
      if (name && wb.sheet(name)) throw new SimRichApiError(SimErrorCodes.invalidArgument, "The name is already taken.", "WorksheetCollection.add");
      const s = wb.addSheet(n);
      this._c.touch(s, "worksheets.add");
      return s;
    }, `WorksheetCollection.add(${name ?? ""})`);
  }

  protected _read(): unknown {
    return undefined;
  }
}

export class SimWorksheet extends SimObject<SheetModel> {
  protected readonly _entity = "Worksheet";
  protected readonly _props = ["name", "id", "position", "visibility", "standardWidth", "standardHeight"] as const;

  get name(): string {
    return this.get_("name");
  }
  set name(v: string) {
    this.set_("name", v, (s, val) => {
      this._c.touch(s, "worksheet.name");
      s.name = String(val);
    });
  }
  get id(): string {
    return this.get_("id");
  }
  get position(): number {
    return this.get_("position");
  }
  get visibility(): string {
    return this.get_("visibility");
  }
  get standardWidth(): number {
    return this.get_("standardWidth");
  }
  get standardHeight(): number {
    return this.get_("standardHeight");
  }

  protected _read(prop: string, s: SheetModel): unknown {
    switch (prop) {
      case "name": return s.name;
      case "id": return s.id;
      case "position": return this._c.host.wb.sheets.indexOf(s);
      case "visibility": return s.visibility;
      case "standardWidth": return 48;
      case "standardHeight": return 15;
    }
    return undefined;
  }

  get onChanged(): SimEvent {
    return new SimEvent(this._c, "changed", () => this._target()?.id ?? null, "1.7", "Worksheet.onChanged");
  }

  get onActivated(): SimEvent {
    return new SimEvent(this._c, "activated", () => this._target()?.id ?? null, "1.7", "Worksheet.onActivated");
  }

  activate(): void {
    this.call_("activate", (s) => {
      const wb = this._c.host.wb;
      if (wb.activeSheetId !== s.id) {
        wb.activeSheetId = s.id;
        this._c.activated(s.id);
      }
    });
  }

  private range(name: string, rect: (s: SheetModel) => CellRange | null): SimRange {
    return new SimRange(this._c, () => {
      const s = this._target();
      if (!s) return null;
      const r = rect(s);
      return r ? { sheet: s, rects: [r] } : null;
    }, `Worksheet.${name}`);
  }

  getRange(address?: string): SimRange {
    return this.range(`getRange(${address ?? ""})`, () => {
      if (address === undefined || address === "") return { r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS };
      const a = parseArea(address);
      if (!a) throw invalidArgument(`Worksheet.getRange(${address})`);
      return a.rect;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return this.range(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) throw invalidArgument("Worksheet.getRangeByIndexes");
      return { r1: startRow + 1, c1: startColumn + 1, r2: startRow + rowCount, c2: startColumn + columnCount };
    });
  }

  getCell(row: number, column: number): SimRange {
    return this.range(`getCell(${row},${column})`, () => ({ r1: row + 1, c1: column + 1, r2: row + 1, c2: column + 1 }));
  }

  getUsedRange(valuesOnly = false): SimRange {
    return this.range(`getUsedRange(${valuesOnly})`, (s) => s.usedRect(valuesOnly) ?? { r1: 1, c1: 1, r2: 1, c2: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return this.range(`getUsedRangeOrNullObject(${valuesOnly})`, (s) => s.usedRect(valuesOnly));
  }

  getRanges(address: string): SimRangeAreas {
    return new SimRangeAreas(this._c, () => {
      requireSet(this._c, "Worksheet.getRanges", "1.9");
      const s = this._target();
      if (!s) return null;
      const areas = parseAreas(address);
      if (!areas || areas.length > 500 || address.length > 8200) throw invalidArgument(`Worksheet.getRanges`);
      return { sheet: s, rects: areas.map((a) => a.rect) };
    }, `Worksheet.getRanges(${address.length > 60 ? address.slice(0, 60) + "…" : address})`);
  }
}

// ───────────────────────────── ranges ─────────────────────────────

const RANGE_PROPS = [
  "address",
  "addressLocal",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
  "values",
  "formulas",
  "numberFormat",
  "text",
  "valueTypes",
  "isEntireRow",
  "isEntireColumn",
] as const;

export class SimRange extends SimObject<RangeT> {
  protected readonly _entity = "Range";
  protected readonly _props: readonly string[] = RANGE_PROPS;

  override _navNames(): readonly string[] {
    return ["format", "worksheet", "conditionalFormats", "dataValidation"];
  }

  get address(): string { return this.get_("address"); }
  get addressLocal(): string { return this.get_("addressLocal"); }
  get rowIndex(): number { return this.get_("rowIndex"); }
  get columnIndex(): number { return this.get_("columnIndex"); }
  get rowCount(): number { return this.get_("rowCount"); }
  get columnCount(): number { return this.get_("columnCount"); }
  get cellCount(): number { return this.get_("cellCount"); }
  get text(): string[][] { return this.get_("text"); }
  get valueTypes(): string[][] { return this.get_("valueTypes"); }
  get isEntireRow(): boolean { return this.get_("isEntireRow"); }
  get isEntireColumn(): boolean { return this.get_("isEntireColumn"); }

  get values(): unknown[][] { return this.get_("values"); }
  set values(v: unknown[][]) {
    this.set_("values", v, (t, val) => this.writeCells(t, val, "values", (row, col, input, s) => {
      const typed = typedValue(input, s.format(row, col).numberFormat);
      s.setValue(row, col, typed.value, typed.formula);
    }));
  }

  get formulas(): unknown[][] { return this.get_("formulas"); }
  set formulas(v: unknown[][]) {
    this.set_("formulas", v, (t, val) => this.writeCells(t, val, "formulas", (row, col, input, s) => {
      const typed = typedValue(input, s.format(row, col).numberFormat);
      s.setValue(row, col, typed.value, typed.formula);
    }));
  }

  get numberFormat(): unknown[][] { return this.get_("numberFormat"); }
  set numberFormat(v: unknown[][]) {
    this.set_("numberFormat", v, (t, val) => {
      const r = single(t);
      const at = shapeInput(r, val, "Range.numberFormat");
      this._c.touch(t.sheet, "range.numberFormat");
      forEachCell([r], (row, col) => t.sheet.updateFormat(row, col, (f) => ({ ...f, numberFormat: String(at(row, col) ?? "General") })));
    });
  }

  private writeCells(
    t: RangeT,
    val: unknown,
    what: string,
    apply: (row: number, col: number, input: unknown, s: SheetModel) => void,
  ): void {
    const r = single(t);
    const at = shapeInput(r, val, `Range.${what}`);
    const s = t.sheet;
    this._c.touch(s, `range.${what}`);
    const one = cellCount(r) === 1;
    const before = one ? s.value(r.r1, r.c1) : null;
    forEachCell([r], (row, col) => apply(row, col, at(row, col), s));
    const after = one ? s.value(r.r1, r.c1) : null;
    this._c.changed({
      sheetId: s.id,
      rect: r,
      changeType: "RangeEdited",
      details: one
        ? { valueBefore: before ?? "", valueAfter: after ?? "", valueTypeBefore: valueType(before), valueTypeAfter: valueType(after) }
        : undefined,
    });
  }

  protected _read(prop: string, t: RangeT): unknown {
    const r = single(t);
    const s = t.sheet;
    switch (prop) {
      case "address":
      case "addressLocal":
        return qualified(s.name, r);
      case "rowIndex": return r.r1 - 1;
      case "columnIndex": return r.c1 - 1;
      case "rowCount": return r.r2 - r.r1 + 1;
      case "columnCount": return r.c2 - r.c1 + 1;
      case "cellCount": return cellCount(r);
      case "isEntireRow": return r.c1 === 1 && r.c2 === MAX_COLS;
      case "isEntireColumn": return r.r1 === 1 && r.r2 === MAX_ROWS;
      case "values": return grid(r, (row, col) => s.value(row, col) ?? "");
      case "formulas": return grid(r, (row, col) => s.cell(row, col)?.formula ?? s.value(row, col) ?? "");
      case "numberFormat": return grid(r, (row, col) => s.format(row, col).numberFormat);
      case "text": return grid(r, (row, col) => displayText(s.value(row, col)));
      case "valueTypes": return grid(r, (row, col) => valueType(s.value(row, col)));
    }
    return undefined;
  }

  get worksheet(): SimWorksheet {
    return this.nav_("worksheet", () => new SimWorksheet(this._c, () => this._target()?.sheet ?? null, "Range.worksheet", true));
  }

  get format(): SimRangeFormat {
    return this.nav_("format", () => new SimRangeFormat(this._c, () => this._target(), "Range.format", true));
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    return this.nav_("conditionalFormats", () => new SimConditionalFormatCollection(this._c, () => this._target(), "Range.conditionalFormats", true));
  }

  get dataValidation(): SimDataValidation {
    return this.nav_("dataValidation", () => new SimDataValidation(this._c, () => this._target(), "Range.dataValidation", true));
  }

  private derived(name: string, fn: (t: RangeT, r: CellRange) => CellRange | null, orNull = false): SimRange {
    return new SimRange(this._c, () => {
      const t = this._target();
      if (!t) return null;
      const r = fn(t, single(t));
      if (!r) {
        if (orNull) return null;
        throw invalidArgument(`Range.${name}`);
      }
      if (r.r1 < 1 || r.c1 < 1 || r.r2 > MAX_ROWS || r.c2 > MAX_COLS || r.r2 < r.r1 || r.c2 < r.c1) throw invalidArgument(`Range.${name}`);
      return { sheet: t.sheet, rects: [r] };
    }, `Range.${name}`);
  }

  getCell(row: number, column: number): SimRange {
    return this.derived(`getCell(${row},${column})`, (_t, r) => ({ r1: r.r1 + row, c1: r.c1 + column, r2: r.r1 + row, c2: r.c1 + column }));
  }
  getRow(row: number): SimRange {
    return this.derived(`getRow(${row})`, (_t, r) => ({ r1: r.r1 + row, c1: r.c1, r2: r.r1 + row, c2: r.c2 }));
  }
  getColumn(column: number): SimRange {
    return this.derived(`getColumn(${column})`, (_t, r) => ({ r1: r.r1, c1: r.c1 + column, r2: r.r2, c2: r.c1 + column }));
  }
  getEntireRow(): SimRange {
    return this.derived("getEntireRow()", (_t, r) => ({ r1: r.r1, c1: 1, r2: r.r2, c2: MAX_COLS }));
  }
  getEntireColumn(): SimRange {
    return this.derived("getEntireColumn()", (_t, r) => ({ r1: 1, c1: r.c1, r2: MAX_ROWS, c2: r.c2 }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this.derived(`getOffsetRange(${rowOffset},${columnOffset})`, (_t, r) => ({
      r1: r.r1 + rowOffset, c1: r.c1 + columnOffset, r2: r.r2 + rowOffset, c2: r.c2 + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this.derived(`getResizedRange(${deltaRows},${deltaColumns})`, (_t, r) => ({ ...r, r2: r.r2 + deltaRows, c2: r.c2 + deltaColumns }));
  }
  getLastRow(): SimRange {
    return this.derived("getLastRow()", (_t, r) => ({ ...r, r1: r.r2 }));
  }
  getBoundingRect(other: SimRange | string): SimRange {
    return this.derived("getBoundingRect()", (_t, r) => {
      const o = typeof other === "string" ? parseArea(other)?.rect : other._target()?.rects[0];
      if (!o) return null;
      return { r1: Math.min(r.r1, o.r1), c1: Math.min(r.c1, o.c1), r2: Math.max(r.r2, o.r2), c2: Math.max(r.c2, o.c2) };
    });
  }
  getIntersection(other: SimRange | string): SimRange {
    return this.derived("getIntersection()", (_t, r) => this.otherIntersection(r, other));
  }
  getIntersectionOrNullObject(other: SimRange | string): SimRange {
    return this.derived("getIntersectionOrNullObject()", (_t, r) => this.otherIntersection(r, other), true);
  }
  private otherIntersection(r: CellRange, other: SimRange | string): CellRange | null {
    const o = typeof other === "string" ? parseArea(other)?.rect : other._target()?.rects[0];
    return o ? intersection(r, o) : null;
  }
  getUsedRange(valuesOnly = false): SimRange {
    return this.derived(`getUsedRange(${valuesOnly})`, (t, r) => {
      const u = t.sheet.usedRect(valuesOnly);
      return (u && intersection(u, r)) ?? { r1: r.r1, c1: r.c1, r2: r.r1, c2: r.c1 };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return this.derived(`getUsedRangeOrNullObject(${valuesOnly})`, (t, r) => {
      const u = t.sheet.usedRect(valuesOnly);
      return u ? intersection(u, r) : null;
    }, true);
  }

  /** ExcelApi 1.13. Like Excel (#3611), only merges whose top-left cell is inside the range. */
  getMergedAreasOrNullObject(): SimRangeAreas {
    return new SimRangeAreas(this._c, () => {
      requireSet(this._c, "Range.getMergedAreasOrNullObject", "1.13");
      this._c.host.mergedAreasRead();
      const t = this._target();
      if (!t) return null;
      const r = single(t);
      const found = t.sheet.merges.filter((m) => contains(r, m.r1, m.c1));
      return found.length ? { sheet: t.sheet, rects: found.map((m) => ({ ...m })) } : null;
    }, "Range.getMergedAreasOrNullObject()");
  }

  select(): void {
    this.call_("select", (t) => {
      const wb = this._c.host.wb;
      if (wb.activeSheetId !== t.sheet.id) {
        wb.activeSheetId = t.sheet.id;
        this._c.activated(t.sheet.id);
      }
      t.sheet.selection = { ...single(t) };
    });
  }

  insert(shift: string): SimRange {
    const out = new SimRange(this._c, null);
    this.call_(`insert(${shift})`, (t) => {
      const r = single(t);
      const s = t.sheet;
      this._c.touch(s, "range.insert");
      const n = String(shift).toLowerCase();
      const entireRow = r.c1 === 1 && r.c2 === MAX_COLS;
      const entireCol = r.r1 === 1 && r.r2 === MAX_ROWS;
      if (n === "down") shiftRows(s, r.r1, r.r2 - r.r1 + 1, entireRow ? null : r);
      else if (n === "right") shiftCols(s, r.c1, r.c2 - r.c1 + 1, entireCol ? null : r);
      else throw invalidArgument("Range.insert");
      this._c.changed({
        sheetId: s.id,
        rect: r,
        changeType: n === "down" ? (entireRow ? "RowInserted" : "CellInserted") : entireCol ? "ColumnInserted" : "CellInserted",
      });
      out._setResolved({ sheet: s, rects: [r] });
    });
    return out;
  }

  delete(shift: string): void {
    this.call_(`delete(${shift})`, (t) => {
      const r = single(t);
      const s = t.sheet;
      this._c.touch(s, "range.delete");
      const n = String(shift).toLowerCase();
      const entireRow = r.c1 === 1 && r.c2 === MAX_COLS;
      const entireCol = r.r1 === 1 && r.r2 === MAX_ROWS;
      if (n === "up") shiftRows(s, r.r2 + 1, -(r.r2 - r.r1 + 1), entireRow ? null : r);
      else if (n === "left") shiftCols(s, r.c2 + 1, -(r.c2 - r.c1 + 1), entireCol ? null : r);
      else throw invalidArgument("Range.delete");
      this._c.changed({
        sheetId: s.id,
        rect: r,
        changeType: n === "up" ? (entireRow ? "RowDeleted" : "CellDeleted") : entireCol ? "ColumnDeleted" : "CellDeleted",
      });
    });
  }

  clear(applyTo = "All"): void {
    this.call_(`clear(${applyTo})`, (t) => {
      const r = single(t);
      const s = t.sheet;
      this._c.touch(s, "range.clear");
      const what = String(applyTo).toLowerCase();
      const contents = what === "all" || what === "contents";
      const formats = what === "all" || what === "formats";
      for (const [k, c] of [...s.cells]) {
        const { row, col } = unkey(k);
        if (!contains(r, row, col)) continue;
        const next = { ...c };
        if (contents) {
          next.value = null;
          delete next.formula;
        }
        if (formats) delete next.format;
        s.setCell(row, col, next);
      }
      if (formats) s.clearCfs([r]);
      if (contents) this._c.changed({ sheetId: s.id, rect: r, changeType: "RangeEdited" });
    });
  }

  /** Excel keeps only the top-left value of a merge. */
  merge(across = false): void {
    this.call_(`merge(${across})`, (t) => {
      const r = single(t);
      const s = t.sheet;
      this._c.touch(s, "range.merge");
      const areas = across ? Array.from({ length: r.r2 - r.r1 + 1 }, (_, i) => ({ r1: r.r1 + i, c1: r.c1, r2: r.r1 + i, c2: r.c2 })) : [r];
      s.merges = s.merges.filter((m) => !intersects(m, r));
      for (const a of areas) {
        if (cellCount(a) < 2) continue;
        forEachCell([a], (row, col) => {
          if (row !== a.r1 || col !== a.c1) s.setValue(row, col, null);
        });
        s.merges.push(a);
      }
    });
  }

  unmerge(): void {
    this.call_("unmerge", (t) => {
      const r = single(t);
      this._c.touch(t.sheet, "range.unmerge");
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, r));
    });
  }
}

const AREAS_PROPS = ["address", "addressLocal", "areaCount", "cellCount", "isEntireRow", "isEntireColumn"] as const;

/** RangeAreas (ExcelApi 1.9): from getRanges and getMergedAreasOrNullObject. */
export class SimRangeAreas extends SimObject<RangeT> {
  protected readonly _entity = "RangeAreas";
  protected readonly _props: readonly string[] = AREAS_PROPS;

  override _navNames(): readonly string[] {
    return ["areas", "format", "conditionalFormats", "dataValidation", "worksheet"];
  }

  get address(): string { return this.get_("address"); }
  get addressLocal(): string { return this.get_("addressLocal"); }
  get areaCount(): number { return this.get_("areaCount"); }
  get cellCount(): number { return this.get_("cellCount"); }
  get isEntireRow(): boolean { return this.get_("isEntireRow"); }
  get isEntireColumn(): boolean { return this.get_("isEntireColumn"); }

  protected _read(prop: string, t: RangeT): unknown {
    switch (prop) {
      case "address":
      case "addressLocal":
        return t.rects.map((r) => qualified(t.sheet.name, r)).join(",");
      case "areaCount": return t.rects.length;
      case "cellCount": return t.rects.reduce((n, r) => n + cellCount(r), 0);
      case "isEntireRow": return t.rects.every((r) => r.c1 === 1 && r.c2 === MAX_COLS);
      case "isEntireColumn": return t.rects.every((r) => r.r1 === 1 && r.r2 === MAX_ROWS);
    }
    return undefined;
  }

  get areas(): SimRangeCollection {
    return this.nav_("areas", () => new SimRangeCollection(this._c, () => this._target(), "RangeAreas.areas", true));
  }
  get worksheet(): SimWorksheet {
    return this.nav_("worksheet", () => new SimWorksheet(this._c, () => this._target()?.sheet ?? null, "RangeAreas.worksheet", true));
  }
  get format(): SimRangeFormat {
    return this.nav_("format", () => new SimRangeFormat(this._c, () => this._target(), "RangeAreas.format", true));
  }
  get conditionalFormats(): SimConditionalFormatCollection {
    return this.nav_("conditionalFormats", () => new SimConditionalFormatCollection(this._c, () => this._target(), "RangeAreas.conditionalFormats", true));
  }
  get dataValidation(): SimDataValidation {
    return this.nav_("dataValidation", () => new SimDataValidation(this._c, () => this._target(), "RangeAreas.dataValidation", true));
  }
}

export class SimRangeCollection extends SimObject<RangeT> {
  protected readonly _entity = "RangeCollection";
  protected readonly _props = [] as const;
  private _items: SimRange[] | undefined;

  get items(): SimRange[] {
    if (!this._items) throw new SimRichApiError(SimErrorCodes.propertyNotLoaded, "The property 'items' is not available.", this._entity);
    return this._items;
  }

  override _doLoad(paths: string[][]): void {
    const t = this._target();
    if (!t) return;
    this._items = t.rects.map((r) => new SimRange(this._c, null)._setResolved({ sheet: t.sheet, rects: [r] }));
    const sub = paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).map((p) => (p.length ? p : ["*"]));
    for (const it of this._items) it._doLoad(sub);
  }

  getCount(): SimClientResult<number> {
    return result(this._c, "RangeCollection.getCount()", () => this._target()?.rects.length ?? 0);
  }

  getItemAt(index: number): SimRange {
    return new SimRange(this._c, () => {
      const t = this._target();
      if (!t) return null;
      const r = t.rects[index];
      if (!r) throw itemNotFound(`RangeCollection.getItemAt(${index})`);
      return { sheet: t.sheet, rects: [r] };
    }, `RangeCollection.getItemAt(${index})`);
  }

  protected _read(): unknown {
    return undefined;
  }
}

// ───────────────────────────── formats ─────────────────────────────

function writeFormat(ctx: SimContext, t: RangeT, label: string, update: (f: CellFormat) => CellFormat): void {
  ctx.touch(t.sheet, label);
  forEachCell(t.rects, (row, col) => t.sheet.updateFormat(row, col, update));
}

export class SimRangeFormat extends SimObject<RangeT> {
  protected readonly _entity = "RangeFormat";
  protected readonly _props = ["wrapText", "columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment"] as const;

  override _navNames(): readonly string[] {
    return ["fill", "font", "borders"];
  }

  get fill(): SimRangeFill {
    return this.nav_("fill", () => new SimRangeFill(this._c, () => this._target(), "RangeFormat.fill", true));
  }
  get font(): SimRangeFont {
    return this.nav_("font", () => new SimRangeFont(this._c, () => this._target(), "RangeFormat.font", true));
  }
  get borders(): SimRangeBorderCollection {
    return this.nav_("borders", () => new SimRangeBorderCollection(this._c, () => this._target(), "RangeFormat.borders", true));
  }

  get wrapText(): boolean | null { return this.get_("wrapText"); }
  set wrapText(v: boolean | null) {
    this.set_("wrapText", v, (t, val) => writeFormat(this._c, t, "format.wrapText", (f) => ({ ...f, wrapText: Boolean(val) })));
  }
  get horizontalAlignment(): string | null { return this.get_("horizontalAlignment"); }
  set horizontalAlignment(v: string | null) {
    this.set_("horizontalAlignment", v, (t, val) => writeFormat(this._c, t, "format.horizontalAlignment", (f) => ({ ...f, horizontalAlignment: String(val) })));
  }
  get verticalAlignment(): string | null { return this.get_("verticalAlignment"); }
  set verticalAlignment(v: string | null) {
    this.set_("verticalAlignment", v, (t, val) => writeFormat(this._c, t, "format.verticalAlignment", (f) => ({ ...f, verticalAlignment: String(val) })));
  }
  get columnWidth(): number | null { return this.get_("columnWidth"); }
  set columnWidth(v: number | null) {
    this.set_("columnWidth", v, (t, val) => {
      this._c.touch(t.sheet, "format.columnWidth");
      for (const r of t.rects) for (let c = r.c1; c <= r.c2; c++) t.sheet.colWidths.set(c, Number(val));
    });
  }
  get rowHeight(): number | null { return this.get_("rowHeight"); }
  set rowHeight(v: number | null) {
    this.set_("rowHeight", v, (t, val) => {
      this._c.touch(t.sheet, "format.rowHeight");
      for (const r of t.rects) for (let row = r.r1; row <= Math.min(r.r2, r.r1 + 100_000); row++) t.sheet.rowHeights.set(row, Number(val));
    });
  }

  autofitColumns(): void {
    this.call_("autofitColumns", () => {});
  }
  autofitRows(): void {
    this.call_("autofitRows", () => {});
  }

  protected _read(prop: string, t: RangeT): unknown {
    switch (prop) {
      case "wrapText": return uniform(t, (f) => f.wrapText);
      case "horizontalAlignment": return uniform(t, (f) => f.horizontalAlignment);
      case "verticalAlignment": return uniform(t, (f) => f.verticalAlignment);
      case "columnWidth": {
        const ws = t.rects.flatMap((r) => Array.from({ length: Math.min(r.c2 - r.c1 + 1, MAX_COLS) }, (_, i) => t.sheet.columnWidth(r.c1 + i)));
        return ws.every((w) => w === ws[0]) ? ws[0] : null;
      }
      case "rowHeight": {
        const hs = t.rects.flatMap((r) => Array.from({ length: Math.min(r.r2 - r.r1 + 1, 100_000) }, (_, i) => t.sheet.rowHeight(r.r1 + i)));
        return hs.every((h) => h === hs[0]) ? hs[0] : null;
      }
    }
    return undefined;
  }
}

export class SimRangeFill extends SimObject<RangeT> {
  protected readonly _entity = "RangeFill";
  protected readonly _props = ["color"] as const;

  get color(): string | null { return this.get_("color"); }
  set color(v: string | null) {
    this.set_("color", v, (t, val) => writeFormat(this._c, t, "format.fill", (f) => ({ ...f, fill: normalizeColor(val) })));
  }
  clear(): void {
    this.call_("clear", (t) => writeFormat(this._c, t, "format.fill.clear", (f) => ({ ...f, fill: null })));
  }
  protected _read(prop: string, t: RangeT): unknown {
    // Excel reports "#FFFFFF" for no fill
    return prop === "color" ? uniform(t, (f) => f.fill ?? "#FFFFFF") : undefined;
  }
}

export class SimRangeFont extends SimObject<RangeT> {
  protected readonly _entity = "RangeFont";
  protected readonly _props = ["bold", "italic", "underline", "color", "size", "name"] as const;

  private prop<K extends "bold" | "italic" | "underline" | "color" | "size" | "name">(k: K, v: unknown): void {
    this.set_(k, v, (t, val) =>
      writeFormat(this._c, t, `format.font.${k}`, (f) => ({
        ...f,
        font: { ...f.font, [k]: k === "color" ? normalizeColor(val) ?? "#000000" : k === "size" ? Number(val) : k === "bold" || k === "italic" ? Boolean(val) : String(val) },
      })),
    );
  }
  get bold(): boolean | null { return this.get_("bold"); }
  set bold(v: boolean | null) { this.prop("bold", v); }
  get italic(): boolean | null { return this.get_("italic"); }
  set italic(v: boolean | null) { this.prop("italic", v); }
  get underline(): string | null { return this.get_("underline"); }
  set underline(v: string | null) { this.prop("underline", v); }
  get color(): string | null { return this.get_("color"); }
  set color(v: string | null) { this.prop("color", v); }
  get size(): number | null { return this.get_("size"); }
  set size(v: number | null) { this.prop("size", v); }
  get name(): string | null { return this.get_("name"); }
  set name(v: string | null) { this.prop("name", v); }

  protected _read(prop: string, t: RangeT): unknown {
    return uniform(t, (f) => (f.font as unknown as Record<string, unknown>)[prop]);
  }
}

type BorderIndex = BorderSide | "InsideHorizontal" | "InsideVertical";
const BORDER_INDEXES: readonly BorderIndex[] = [...BORDER_SIDES, "InsideHorizontal", "InsideVertical"];

export class SimRangeBorderCollection extends SimObject<RangeT> {
  protected readonly _entity = "RangeBorderCollection";
  protected readonly _props = ["count"] as const;
  private _items: SimRangeBorder[] | undefined;

  get count(): number { return this.get_("count"); }
  get items(): SimRangeBorder[] {
    if (!this._items) throw new SimRichApiError(SimErrorCodes.propertyNotLoaded, "The property 'items' is not available.", this._entity);
    return this._items;
  }
  override _doLoad(paths: string[][]): void {
    const t = this._target();
    if (!t) return;
    const own = paths.filter((p) => p[0] === "count" || p[0] === "*");
    if (own.length) this._loaded.count = BORDER_INDEXES.length;
    this._items = BORDER_INDEXES.map((i) => new SimRangeBorder(this._c, null, i)._setResolved(t));
    const sub = paths.filter((p) => p[0] !== "count").map((p) => (p[0] === "items" ? p.slice(1) : p)).map((p) => (p.length ? p : ["*"]));
    for (const it of this._items) it._doLoad(sub);
  }
  getItem(index: string): SimRangeBorder {
    if (!BORDER_INDEXES.includes(index as BorderIndex)) {
      const b = new SimRangeBorder(this._c, () => {
        throw invalidArgument(`RangeBorderCollection.getItem(${index})`);
      }, "EdgeTop");
      return b;
    }
    return new SimRangeBorder(this._c, () => this._target(), index as BorderIndex, true);
  }
  protected _read(): unknown {
    return BORDER_INDEXES.length;
  }
}

/** Border sides a write to `index` of range `r` touches, per cell. */
function bordersFor(index: BorderIndex, r: CellRange, row: number, col: number): BorderSide[] {
  switch (index) {
    case "EdgeTop": return row === r.r1 ? ["EdgeTop"] : [];
    case "EdgeBottom": return row === r.r2 ? ["EdgeBottom"] : [];
    case "EdgeLeft": return col === r.c1 ? ["EdgeLeft"] : [];
    case "EdgeRight": return col === r.c2 ? ["EdgeRight"] : [];
    case "InsideHorizontal": return [...(row > r.r1 ? (["EdgeTop"] as BorderSide[]) : []), ...(row < r.r2 ? (["EdgeBottom"] as BorderSide[]) : [])];
    case "InsideVertical": return [...(col > r.c1 ? (["EdgeLeft"] as BorderSide[]) : []), ...(col < r.c2 ? (["EdgeRight"] as BorderSide[]) : [])];
  }
}

const NO_BORDER: SimBorder = { style: "None", color: "#000000", weight: "Thin" };

export class SimRangeBorder extends SimObject<RangeT> {
  protected readonly _entity = "RangeBorder";
  protected readonly _props = ["sideIndex", "style", "color", "weight"] as const;

  constructor(ctx: SimContext, resolver: (() => RangeT | null) | null, private readonly index: BorderIndex, derived = false) {
    super(ctx, resolver, `RangeBorder(${index})`, derived);
  }

  get sideIndex(): string { return this.get_("sideIndex"); }
  get style(): string | null { return this.get_("style"); }
  set style(v: string | null) { this.write("style", v); }
  get color(): string | null { return this.get_("color"); }
  set color(v: string | null) { this.write("color", v); }
  get weight(): string | null { return this.get_("weight"); }
  set weight(v: string | null) { this.write("weight", v); }

  private write(k: "style" | "color" | "weight", v: unknown): void {
    this.set_(k, v, (t) => {
      this._c.touch(t.sheet, `format.borders.${k}`);
      for (const r of t.rects) {
        forEachCell([r], (row, col) => {
          const sides = bordersFor(this.index, r, row, col);
          if (sides.length === 0) return;
          t.sheet.updateFormat(row, col, (f) => {
            const borders = { ...f.borders };
            for (const side of sides) {
              const cur = borders[side] ?? { ...NO_BORDER, style: "Continuous" };
              const next = { ...cur, [k]: k === "color" ? normalizeColor(v) ?? "#000000" : String(v) };
              if (next.style === "None") delete borders[side];
              else borders[side] = next;
            }
            return { ...f, borders };
          });
        });
      }
    });
  }

  protected _read(prop: string, t: RangeT): unknown {
    if (prop === "sideIndex") return this.index;
    const r = t.rects[0];
    const side: BorderSide = this.index === "InsideHorizontal" ? "EdgeBottom" : this.index === "InsideVertical" ? "EdgeRight" : this.index;
    return uniform(t, (f, row, col) => {
      if (row !== 0 && bordersFor(this.index, r, row, col).length === 0) return undefined;
      const b = f.borders[side] ?? NO_BORDER;
      return (b as unknown as Record<string, unknown>)[prop];
    });
  }
}

export function normalizeColor(v: unknown): string | null {
  if (v === null || v === undefined || v === "") return null;
  const s = String(v).trim();
  const named: Record<string, string> = { red: "#FF0000", yellow: "#FFFF00", white: "#FFFFFF", black: "#000000", pink: "#FFC0CB", lightgreen: "#90EE90", blue: "#0000FF", green: "#008000" };
  if (named[s.toLowerCase()]) return named[s.toLowerCase()];
  if (/^#?[0-9a-f]{6}$/i.test(s)) return `#${s.replace("#", "").toUpperCase()}`;
  return s;
}

// ───────────────────────────── conditional formats ─────────────────────────────

interface CfT {
  sheet: SheetModel;
  id: string;
}

function cfOf(t: CfT): CfModel {
  const cf = t.sheet.cfs.find((c) => c.id === t.id);
  if (!cf) throw itemNotFound(`ConditionalFormat(${t.id})`);
  return cf;
}

function updateCf(ctx: SimContext, t: CfT, label: string, fn: (cf: CfModel) => CfModel): void {
  const cf = cfOf(t);
  ctx.touch(t.sheet, label);
  t.sheet.cfs = t.sheet.cfs.map((c) => (c === cf ? fn(c) : c));
}

const CF_TYPES: Record<string, CfType> = {
  custom: "Custom", cellvalue: "CellValue", databar: "DataBar", colorscale: "ColorScale",
  iconset: "IconSet", topbottom: "TopBottom", presetcriteria: "PresetCriteria", containstext: "ContainsText",
};

export class SimConditionalFormatCollection extends SimObject<RangeT> {
  protected readonly _entity = "ConditionalFormatCollection";
  protected readonly _props = [] as const;
  private _items: SimConditionalFormat[] | undefined;

  get items(): SimConditionalFormat[] {
    if (!this._items) throw new SimRichApiError(SimErrorCodes.propertyNotLoaded, "The property 'items' is not available.", this._entity);
    return this._items;
  }

  override _doLoad(paths: string[][]): void {
    const t = this._target();
    if (!t) return;
    this._items = t.sheet.cfsIntersecting(t.rects).map((cf) => new SimConditionalFormat(this._c, null)._setResolved({ sheet: t.sheet, id: cf.id }));
    const sub = paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).map((p) => (p.length ? p : ["*"]));
    for (const it of this._items) it._doLoad(sub);
  }

  add(type: string): SimConditionalFormat {
    return new SimConditionalFormat(this._c, () => {
      const t = this._target();
      if (!t) return null;
      const ty = CF_TYPES[String(type).toLowerCase()];
      if (!ty) throw invalidArgument("ConditionalFormatCollection.add");
      this._c.touch(t.sheet, "conditionalFormats.add");
      const cf: CfModel = {
        id: this._c.host.wb.newId("cf"),
        type: ty,
        ranges: t.rects.map((r) => ({ ...r })),
        formula: "",
        fill: null,
        fontColor: null,
        fontBold: null,
        stopIfTrue: false,
      };
      // "Adds a new conditional format to the collection at the first/top priority."
      t.sheet.cfs = [cf, ...t.sheet.cfs];
      return { sheet: t.sheet, id: cf.id };
    }, `ConditionalFormatCollection.add(${type})`);
  }

  clearAll(): void {
    this.call_("clearAll", (t) => {
      this._c.touch(t.sheet, "conditionalFormats.clearAll");
      t.sheet.clearCfs(t.rects);
    });
  }

  getCount(): SimClientResult<number> {
    return result(this._c, "ConditionalFormatCollection.getCount()", () => {
      const t = this._target();
      return t ? t.sheet.cfsIntersecting(t.rects).length : 0;
    });
  }

  getItem(id: string): SimConditionalFormat {
    return this.item(`getItem(${id})`, (list) => list.find((c) => c.id === id), false);
  }
  getItemOrNullObject(id: string): SimConditionalFormat {
    return this.item(`getItemOrNullObject(${id})`, (list) => list.find((c) => c.id === id), true);
  }
  getItemAt(index: number): SimConditionalFormat {
    return this.item(`getItemAt(${index})`, (list) => list[index], false);
  }

  private item(name: string, pick: (list: CfModel[]) => CfModel | undefined, orNull: boolean): SimConditionalFormat {
    return new SimConditionalFormat(this._c, () => {
      const t = this._target();
      if (!t) return null;
      const cf = pick(t.sheet.cfsIntersecting(t.rects));
      if (!cf) {
        if (orNull) return null;
        throw itemNotFound(`ConditionalFormatCollection.${name}`);
      }
      return { sheet: t.sheet, id: cf.id };
    }, `ConditionalFormatCollection.${name}`);
  }

  protected _read(): unknown {
    return undefined;
  }
}

export class SimConditionalFormat extends SimObject<CfT> {
  protected readonly _entity = "ConditionalFormat";
  protected readonly _props = ["id", "priority", "stopIfTrue", "type"] as const;

  override _navNames(): readonly string[] {
    return ["custom", "customOrNullObject", "cellValue", "cellValueOrNullObject"];
  }

  get id(): string { return this.get_("id"); }
  get type(): string { return this.get_("type"); }
  get priority(): number { return this.get_("priority"); }
  set priority(v: number) {
    this.set_("priority", v, (t, val) => {
      const cf = cfOf(t);
      this._c.touch(t.sheet, "conditionalFormat.priority");
      const rest = t.sheet.cfs.filter((c) => c !== cf);
      const at = Math.max(0, Math.min(rest.length, Number(val)));
      t.sheet.cfs = [...rest.slice(0, at), cf, ...rest.slice(at)];
    });
  }
  get stopIfTrue(): boolean { return this.get_("stopIfTrue"); }
  set stopIfTrue(v: boolean) {
    this.set_("stopIfTrue", v, (t, val) => updateCf(this._c, t, "conditionalFormat.stopIfTrue", (cf) => ({ ...cf, stopIfTrue: Boolean(val) })));
  }

  protected _read(prop: string, t: CfT): unknown {
    const cf = cfOf(t);
    switch (prop) {
      case "id": return cf.id;
      case "type": return cf.type;
      case "priority": return t.sheet.cfs.indexOf(cf);
      case "stopIfTrue": return cf.stopIfTrue;
    }
    return undefined;
  }

  private typed(name: string, ty: CfType, orNull: boolean): SimCfSpecific {
    return this.nav_(name, () => new SimCfSpecific(this._c, () => {
      const t = this._target();
      if (!t) return null;
      if (cfOf(t).type !== ty) {
        if (orNull) return null;
        throw new SimRichApiError(SimErrorCodes.invalidOperation, `The conditional format is not of type ${ty}.`, `ConditionalFormat.${name}`);
      }
      return t;
    }, ty));
  }

  get custom(): SimCfSpecific { return this.typed("custom", "Custom", false); }
  get customOrNullObject(): SimCfSpecific { return this.typed("customOrNullObject", "Custom", true); }
  get cellValue(): SimCfSpecific { return this.typed("cellValue", "CellValue", false); }
  get cellValueOrNullObject(): SimCfSpecific { return this.typed("cellValueOrNullObject", "CellValue", true); }

  delete(): void {
    this.call_("delete", (t) => {
      const cf = cfOf(t);
      this._c.touch(t.sheet, "conditionalFormat.delete");
      t.sheet.cfs = t.sheet.cfs.filter((c) => c !== cf);
    });
  }

  getRange(): SimRange {
    return new SimRange(this._c, () => {
      const t = this._target();
      if (!t) return null;
      const cf = cfOf(t);
      if (cf.ranges.length !== 1) throw new SimRichApiError(SimErrorCodes.invalidOperation, "The conditional format applies to more than one range.", "ConditionalFormat.getRange");
      return { sheet: t.sheet, rects: [cf.ranges[0]] };
    }, "ConditionalFormat.getRange()");
  }

  getRangeOrNullObject(): SimRange {
    return new SimRange(this._c, () => {
      const t = this._target();
      if (!t) return null;
      const cf = cfOf(t);
      return cf.ranges.length === 1 ? { sheet: t.sheet, rects: [cf.ranges[0]] } : null;
    }, "ConditionalFormat.getRangeOrNullObject()");
  }

  getRanges(): SimRangeAreas {
    return new SimRangeAreas(this._c, () => {
      requireSet(this._c, "ConditionalFormat.getRanges", "1.9");
      const t = this._target();
      return t ? { sheet: t.sheet, rects: cfOf(t).ranges.map((r) => ({ ...r })) } : null;
    }, "ConditionalFormat.getRanges()");
  }
}

/** `custom` and `cellValue`: a rule plus a format. */
export class SimCfSpecific extends SimObject<CfT> {
  protected readonly _entity: string;
  protected readonly _props = [] as const;

  constructor(ctx: SimContext, resolver: () => CfT | null, private readonly kind: CfType) {
    super(ctx, resolver, `ConditionalFormat.${kind}`, true);
    this._entity = kind === "Custom" ? "CustomConditionalFormat" : "CellValueConditionalFormat";
  }

  override _navNames(): readonly string[] {
    return this.kind === "Custom" ? ["rule", "format"] : ["format"];
  }

  get rule(): SimCfRule {
    if (this.kind === "Custom") return this.nav_("rule", () => new SimCfRule(this._c, () => this._target()));
    throw new SimRichApiError(SimErrorCodes.invalidOperation, "use cellValue.rule as a plain object");
  }

  get format(): SimCfFormat {
    return this.nav_("format", () => new SimCfFormat(this._c, () => this._target()));
  }

  protected _read(): unknown {
    return undefined;
  }
}

/** CellValue rules are a plain property on CellValueConditionalFormat; custom rules are an object. */
export class SimCfRule extends SimObject<CfT> {
  protected readonly _entity = "ConditionalFormatRule";
  protected readonly _props = ["formula", "formulaLocal", "formulaR1C1"] as const;

  constructor(ctx: SimContext, resolver: () => CfT | null) {
    super(ctx, resolver, "ConditionalFormatRule", true);
  }

  get formula(): string { return this.get_("formula"); }
  set formula(v: string) { this.write("formula", v); }
  get formulaLocal(): string { return this.get_("formulaLocal"); }
  set formulaLocal(v: string) { this.write("formulaLocal", v); }

  private write(k: string, v: unknown): void {
    this.set_(k, v, (t, val) => {
      const f = String(val);
      updateCf(this._c, t, "conditionalFormat.rule", (cf) => ({ ...cf, formula: f.startsWith("=") ? f : `=${f}` }));
    });
  }

  protected _read(prop: string, t: CfT): unknown {
    const cf = cfOf(t);
    return prop === "formulaR1C1" ? null : cf.formula;
  }
}

export class SimCfFormat extends SimObject<CfT> {
  protected readonly _entity = "ConditionalRangeFormat";
  protected readonly _props = ["numberFormat"] as const;

  constructor(ctx: SimContext, resolver: () => CfT | null) {
    super(ctx, resolver, "ConditionalRangeFormat", true);
  }
  override _navNames(): readonly string[] {
    return ["fill", "font"];
  }
  get numberFormat(): unknown { return this.get_("numberFormat"); }
  get fill(): SimCfFill {
    return this.nav_("fill", () => new SimCfFill(this._c, () => this._target()));
  }
  get font(): SimCfFont {
    return this.nav_("font", () => new SimCfFont(this._c, () => this._target()));
  }
  protected _read(): unknown {
    return null;
  }
}

export class SimCfFill extends SimObject<CfT> {
  protected readonly _entity = "ConditionalRangeFill";
  protected readonly _props = ["color"] as const;
  constructor(ctx: SimContext, resolver: () => CfT | null) {
    super(ctx, resolver, "ConditionalRangeFill", true);
  }
  get color(): string | null { return this.get_("color"); }
  set color(v: string | null) {
    this.set_("color", v, (t, val) => updateCf(this._c, t, "conditionalFormat.fill", (cf) => ({ ...cf, fill: normalizeColor(val) })));
  }
  clear(): void {
    this.call_("clear", (t) => updateCf(this._c, t, "conditionalFormat.fill.clear", (cf) => ({ ...cf, fill: null })));
  }
  protected _read(_p: string, t: CfT): unknown {
    return cfOf(t).fill;
  }
}

export class SimCfFont extends SimObject<CfT> {
  protected readonly _entity = "ConditionalRangeFont";
  protected readonly _props = ["color", "bold"] as const;
  constructor(ctx: SimContext, resolver: () => CfT | null) {
    super(ctx, resolver, "ConditionalRangeFont", true);
  }
  get color(): string | null { return this.get_("color"); }
  set color(v: string | null) {
    this.set_("color", v, (t, val) => updateCf(this._c, t, "conditionalFormat.font", (cf) => ({ ...cf, fontColor: normalizeColor(val) })));
  }
  get bold(): boolean | null { return this.get_("bold"); }
  set bold(v: boolean | null) {
    this.set_("bold", v, (t, val) => updateCf(this._c, t, "conditionalFormat.font", (cf) => ({ ...cf, fontBold: Boolean(val) })));
  }
  protected _read(p: string, t: CfT): unknown {
    const cf = cfOf(t);
    return p === "color" ? cf.fontColor : cf.fontBold;
  }
}

// ───────────────────────────── data validation ─────────────────────────────

export class SimDataValidation extends SimObject<RangeT> {
  protected readonly _entity = "DataValidation";
  protected readonly _props = ["rule", "type", "valid", "ignoreBlanks", "errorAlert"] as const;

  get rule(): unknown { return this.get_("rule"); }
  set rule(v: unknown) {
    this.set_("rule", v, (t, val) => {
      this._c.touch(t.sheet, "dataValidation.rule");
      const rest = t.sheet.dvs.flatMap((dv) => t.rects.reduce<CellRange[]>((acc, q) => acc.flatMap((r) => subtract(r, q)), [dv.range]).map((range) => ({ ...dv, range })));
      t.sheet.dvs = [...rest, ...t.rects.map((range) => ({ range: { ...range }, rule: JSON.parse(JSON.stringify(val)) }))];
    });
  }
  /** Kept on the rules inside the range (set the rule first, as in Excel). */
  get errorAlert(): unknown { return this.get_("errorAlert"); }
  set errorAlert(v: unknown) {
    this.set_("errorAlert", v, (t, val) => {
      this._c.touch(t.sheet, "dataValidation.errorAlert");
      const alert = JSON.parse(JSON.stringify(val));
      t.sheet.dvs = t.sheet.dvs.map((dv) => (t.rects.some((r) => contains(r, dv.range.r1, dv.range.c1) && contains(r, dv.range.r2, dv.range.c2)) ? { ...dv, errorAlert: alert } : dv));
    });
  }
  get type(): string { return this.get_("type"); }
  get valid(): boolean { return this.get_("valid"); }
  get ignoreBlanks(): boolean { return this.get_("ignoreBlanks"); }

  clear(): void {
    this.call_("clear", (t) => {
      this._c.touch(t.sheet, "dataValidation.clear");
      t.sheet.dvs = t.sheet.dvs.flatMap((dv) => t.rects.reduce<CellRange[]>((acc, q) => acc.flatMap((r) => subtract(r, q)), [dv.range]).map((range) => ({ ...dv, range })));
    });
  }

  protected _read(prop: string, t: RangeT): unknown {
    const dv = t.sheet.dvs.find((d) => t.rects.some((r) => intersects(d.range, r)));
    switch (prop) {
      case "rule": return dv?.rule ?? {};
      case "type": {
        const k = dv ? Object.keys(dv.rule as object)[0] : undefined;
        return k ? k.charAt(0).toUpperCase() + k.slice(1) : "None";
      }
      case "valid": return true;
      case "ignoreBlanks": return true;
      case "errorAlert": return dv?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" };
    }
    return undefined;
  }
}
