/** The simulated Range, RangeAreas and RangeCollection. */
import type { CellRange } from "../../domain/model/types";
import { cellCount, contains, intersection, intersects, parseArea, qualified } from "../address";
import { MAX_COLS, MAX_ROWS } from "../../domain/model/limits";
import { invalidArgument, itemNotFound, SimErrorCodes, SimRichApiError } from "../errors";
import { type SheetModel, shiftCols, shiftRows, typedValue, unkey } from "../model";
import { result, type SimClientResult, SimObject } from "../proxy";
import { SimConditionalFormatCollection } from "./conditional-format";
import { SimDataValidation } from "./data-validation";
import { SimRangeFormat } from "./format";
import { displayText, forEachCell, grid, type RangeT, requireSet, shapeInput, single, valueType } from "./shared";
import { SimWorksheet } from "./workbook";

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

  get address(): string {
    return this.get_("address");
  }
  get addressLocal(): string {
    return this.get_("addressLocal");
  }
  get rowIndex(): number {
    return this.get_("rowIndex");
  }
  get columnIndex(): number {
    return this.get_("columnIndex");
  }
  get rowCount(): number {
    return this.get_("rowCount");
  }
  get columnCount(): number {
    return this.get_("columnCount");
  }
  get cellCount(): number {
    return this.get_("cellCount");
  }
  get text(): string[][] {
    return this.get_("text");
  }
  get valueTypes(): string[][] {
    return this.get_("valueTypes");
  }
  get isEntireRow(): boolean {
    return this.get_("isEntireRow");
  }
  get isEntireColumn(): boolean {
    return this.get_("isEntireColumn");
  }

  get values(): unknown[][] {
    return this.get_("values");
  }
  set values(v: unknown[][]) {
    this.set_("values", v, (t, val) =>
      this.writeCells(t, val, "values", (row, col, input, s) => {
        const typed = typedValue(input, s.format(row, col).numberFormat);
        s.setValue(row, col, typed.value, typed.formula);
      }),
    );
  }

  get formulas(): unknown[][] {
    return this.get_("formulas");
  }
  set formulas(v: unknown[][]) {
    this.set_("formulas", v, (t, val) =>
      this.writeCells(t, val, "formulas", (row, col, input, s) => {
        const typed = typedValue(input, s.format(row, col).numberFormat);
        s.setValue(row, col, typed.value, typed.formula);
      }),
    );
  }

  get numberFormat(): unknown[][] {
    return this.get_("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.set_("numberFormat", v, (t, val) => {
      const r = single(t);
      const at = shapeInput(r, val, "Range.numberFormat");
      this._c.touch(t.sheet, "range.numberFormat");
      forEachCell([r], (row, col) =>
        t.sheet.updateFormat(row, col, (f) => ({ ...f, numberFormat: String(at(row, col) ?? "General") })),
      );
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
        ? {
            valueBefore: before ?? "",
            valueAfter: after ?? "",
            valueTypeBefore: valueType(before),
            valueTypeAfter: valueType(after),
          }
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
      case "rowIndex":
        return r.r1 - 1;
      case "columnIndex":
        return r.c1 - 1;
      case "rowCount":
        return r.r2 - r.r1 + 1;
      case "columnCount":
        return r.c2 - r.c1 + 1;
      case "cellCount":
        return cellCount(r);
      case "isEntireRow":
        return r.c1 === 1 && r.c2 === MAX_COLS;
      case "isEntireColumn":
        return r.r1 === 1 && r.r2 === MAX_ROWS;
      case "values":
        return grid(r, (row, col) => s.value(row, col) ?? "");
      case "formulas":
        return grid(r, (row, col) => s.cell(row, col)?.formula ?? s.value(row, col) ?? "");
      case "numberFormat":
        return grid(r, (row, col) => s.format(row, col).numberFormat);
      case "text":
        return grid(r, (row, col) => displayText(s.value(row, col)));
      case "valueTypes":
        return grid(r, (row, col) => valueType(s.value(row, col)));
    }
    return undefined;
  }

  get worksheet(): SimWorksheet {
    return this.nav_(
      "worksheet",
      () => new SimWorksheet(this._c, () => this._target()?.sheet ?? null, "Range.worksheet", true),
    );
  }

  get format(): SimRangeFormat {
    return this.nav_("format", () => new SimRangeFormat(this._c, () => this._target(), "Range.format", true));
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    return this.nav_(
      "conditionalFormats",
      () => new SimConditionalFormatCollection(this._c, () => this._target(), "Range.conditionalFormats", true),
    );
  }

  get dataValidation(): SimDataValidation {
    return this.nav_(
      "dataValidation",
      () => new SimDataValidation(this._c, () => this._target(), "Range.dataValidation", true),
    );
  }

  private derived(name: string, fn: (t: RangeT, r: CellRange) => CellRange | null, orNull = false): SimRange {
    return new SimRange(
      this._c,
      () => {
        const t = this._target();
        if (!t) return null;
        const r = fn(t, single(t));
        if (!r) {
          if (orNull) return null;
          throw invalidArgument(`Range.${name}`);
        }
        if (r.r1 < 1 || r.c1 < 1 || r.r2 > MAX_ROWS || r.c2 > MAX_COLS || r.r2 < r.r1 || r.c2 < r.c1)
          throw invalidArgument(`Range.${name}`);
        return { sheet: t.sheet, rects: [r] };
      },
      `Range.${name}`,
    );
  }

  getCell(row: number, column: number): SimRange {
    return this.derived(`getCell(${row},${column})`, (_t, r) => ({
      r1: r.r1 + row,
      c1: r.c1 + column,
      r2: r.r1 + row,
      c2: r.c1 + column,
    }));
  }
  getRow(row: number): SimRange {
    return this.derived(`getRow(${row})`, (_t, r) => ({ r1: r.r1 + row, c1: r.c1, r2: r.r1 + row, c2: r.c2 }));
  }
  getColumn(column: number): SimRange {
    return this.derived(`getColumn(${column})`, (_t, r) => ({
      r1: r.r1,
      c1: r.c1 + column,
      r2: r.r2,
      c2: r.c1 + column,
    }));
  }
  getEntireRow(): SimRange {
    return this.derived("getEntireRow()", (_t, r) => ({ r1: r.r1, c1: 1, r2: r.r2, c2: MAX_COLS }));
  }
  getEntireColumn(): SimRange {
    return this.derived("getEntireColumn()", (_t, r) => ({ r1: 1, c1: r.c1, r2: MAX_ROWS, c2: r.c2 }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this.derived(`getOffsetRange(${rowOffset},${columnOffset})`, (_t, r) => ({
      r1: r.r1 + rowOffset,
      c1: r.c1 + columnOffset,
      r2: r.r2 + rowOffset,
      c2: r.c2 + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this.derived(`getResizedRange(${deltaRows},${deltaColumns})`, (_t, r) => ({
      ...r,
      r2: r.r2 + deltaRows,
      c2: r.c2 + deltaColumns,
    }));
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
    return this.derived(
      `getUsedRangeOrNullObject(${valuesOnly})`,
      (t, r) => {
        const u = t.sheet.usedRect(valuesOnly);
        return u ? intersection(u, r) : null;
      },
      true,
    );
  }

  /** ExcelApi 1.13. Like Excel (#3611), only merges whose top-left cell is inside the range. */
  getMergedAreasOrNullObject(): SimRangeAreas {
    return new SimRangeAreas(
      this._c,
      () => {
        requireSet(this._c, "Range.getMergedAreasOrNullObject", "1.13");
        this._c.host.mergedAreasRead();
        const t = this._target();
        if (!t) return null;
        const r = single(t);
        const found = t.sheet.merges.filter((m) => contains(r, m.r1, m.c1));
        return found.length ? { sheet: t.sheet, rects: found.map((m) => ({ ...m })) } : null;
      },
      "Range.getMergedAreasOrNullObject()",
    );
  }

  select(): void {
    this.call_("select", (t) => {
      const wb = this._c.host.wb;
      if (wb.activeSheetId !== t.sheet.id) {
        wb.activeSheetId = t.sheet.id;
        this._c.activated(t.sheet.id);
      }
      t.sheet.selection = { ...single(t) };
      this._c.selectionMoved = true;
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
        changeType:
          n === "down" ? (entireRow ? "RowInserted" : "CellInserted") : entireCol ? "ColumnInserted" : "CellInserted",
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
        changeType:
          n === "up" ? (entireRow ? "RowDeleted" : "CellDeleted") : entireCol ? "ColumnDeleted" : "CellDeleted",
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
      const areas = across
        ? Array.from({ length: r.r2 - r.r1 + 1 }, (_, i) => ({ r1: r.r1 + i, c1: r.c1, r2: r.r1 + i, c2: r.c2 }))
        : [r];
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

  get address(): string {
    return this.get_("address");
  }
  get addressLocal(): string {
    return this.get_("addressLocal");
  }
  get areaCount(): number {
    return this.get_("areaCount");
  }
  get cellCount(): number {
    return this.get_("cellCount");
  }
  get isEntireRow(): boolean {
    return this.get_("isEntireRow");
  }
  get isEntireColumn(): boolean {
    return this.get_("isEntireColumn");
  }

  protected _read(prop: string, t: RangeT): unknown {
    switch (prop) {
      case "address":
      case "addressLocal":
        return t.rects.map((r) => qualified(t.sheet.name, r)).join(",");
      case "areaCount":
        return t.rects.length;
      case "cellCount":
        return t.rects.reduce((n, r) => n + cellCount(r), 0);
      case "isEntireRow":
        return t.rects.every((r) => r.c1 === 1 && r.c2 === MAX_COLS);
      case "isEntireColumn":
        return t.rects.every((r) => r.r1 === 1 && r.r2 === MAX_ROWS);
    }
    return undefined;
  }

  get areas(): SimRangeCollection {
    return this.nav_("areas", () => new SimRangeCollection(this._c, () => this._target(), "RangeAreas.areas", true));
  }
  get worksheet(): SimWorksheet {
    return this.nav_(
      "worksheet",
      () => new SimWorksheet(this._c, () => this._target()?.sheet ?? null, "RangeAreas.worksheet", true),
    );
  }
  get format(): SimRangeFormat {
    return this.nav_("format", () => new SimRangeFormat(this._c, () => this._target(), "RangeAreas.format", true));
  }
  get conditionalFormats(): SimConditionalFormatCollection {
    return this.nav_(
      "conditionalFormats",
      () => new SimConditionalFormatCollection(this._c, () => this._target(), "RangeAreas.conditionalFormats", true),
    );
  }
  get dataValidation(): SimDataValidation {
    return this.nav_(
      "dataValidation",
      () => new SimDataValidation(this._c, () => this._target(), "RangeAreas.dataValidation", true),
    );
  }
}

export class SimRangeCollection extends SimObject<RangeT> {
  protected readonly _entity = "RangeCollection";
  protected readonly _props = [] as const;
  private _items: SimRange[] | undefined;

  get items(): SimRange[] {
    if (!this._items)
      throw new SimRichApiError(
        SimErrorCodes.propertyNotLoaded,
        "The property 'items' is not available.",
        this._entity,
      );
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
    return new SimRange(
      this._c,
      () => {
        const t = this._target();
        if (!t) return null;
        const r = t.rects[index];
        if (!r) throw itemNotFound(`RangeCollection.getItemAt(${index})`);
        return { sheet: t.sheet, rects: [r] };
      },
      `RangeCollection.getItemAt(${index})`,
    );
  }

  protected _read(): unknown {
    return undefined;
  }
}
