/** The simulated Workbook, its events, the worksheet collection and Worksheet. */
import type { CellRange } from "../../domain/model/types";
import { parseArea, parseAreas } from "../address";
import { MAX_COLS, MAX_ROWS } from "../../domain/model/limits";
import { invalidArgument, itemNotFound, SimErrorCodes, SimRichApiError } from "../errors";
import type { SheetModel, WorkbookModel } from "../model";
import { result, type SimClientResult, type SimContext, SimObject } from "../proxy";
import { SimRange, SimRangeAreas } from "./range";
import { requireSet } from "./shared";

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
    return new SimRange(
      this._c,
      () => {
        const wb = this._target() as WorkbookModel;
        return { sheet: wb.active, rects: [wb.active.selection] };
      },
      "Workbook.getSelectedRange()",
    );
  }

  getActiveCell(): SimRange {
    return new SimRange(
      this._c,
      () => {
        const wb = this._target() as WorkbookModel;
        const s = wb.active.selection;
        return { sheet: wb.active, rects: [{ r1: s.r1, c1: s.c1, r2: s.r1, c2: s.c1 }] };
      },
      "Workbook.getActiveCell()",
    );
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
    if (!this._items)
      throw new SimRichApiError(
        SimErrorCodes.propertyNotLoaded,
        "The property 'items' is not available.",
        this._entity,
      );
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
    return new SimWorksheet(
      this._c,
      () => (this._target() as WorkbookModel).active,
      "WorksheetCollection.getActiveWorksheet()",
    );
  }

  getItem(k: string): SimWorksheet {
    return new SimWorksheet(
      this._c,
      () => {
        const s = (this._target() as WorkbookModel).sheet(k);
        if (!s) throw itemNotFound(`WorksheetCollection.getItem(${k})`);
        return s;
      },
      `WorksheetCollection.getItem(${k})`,
    );
  }

  getItemOrNullObject(k: string): SimWorksheet {
    return new SimWorksheet(
      this._c,
      () => (this._target() as WorkbookModel).sheet(k) ?? null,
      `WorksheetCollection.getItemOrNullObject(${k})`,
    );
  }

  getFirst(): SimWorksheet {
    return new SimWorksheet(
      this._c,
      () => (this._target() as WorkbookModel).sheets[0] ?? null,
      "WorksheetCollection.getFirst()",
    );
  }

  getCount(): SimClientResult<number> {
    return result(this._c, "WorksheetCollection.getCount()", () => (this._target() as WorkbookModel).sheets.length);
  }

  add(name?: string): SimWorksheet {
    return new SimWorksheet(
      this._c,
      () => {
        const wb = this._target() as WorkbookModel;
        let n = name;
        for (let i = 1; !n || wb.sheet(n); i++) n = name && i === 1 ? name : `Sheet${wb.sheets.length + i}`;
        if (name && wb.sheet(name))
          throw new SimRichApiError(
            SimErrorCodes.invalidArgument,
            "The name is already taken.",
            "WorksheetCollection.add",
          );
        const s = wb.addSheet(n);
        this._c.touch(s, "worksheets.add");
        return s;
      },
      `WorksheetCollection.add(${name ?? ""})`,
    );
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
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return this._c.host.wb.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "standardWidth":
        return 48;
      case "standardHeight":
        return 15;
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
    return new SimRange(
      this._c,
      () => {
        const s = this._target();
        if (!s) return null;
        const r = rect(s);
        return r ? { sheet: s, rects: [r] } : null;
      },
      `Worksheet.${name}`,
    );
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
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0)
        throw invalidArgument("Worksheet.getRangeByIndexes");
      return { r1: startRow + 1, c1: startColumn + 1, r2: startRow + rowCount, c2: startColumn + columnCount };
    });
  }

  getCell(row: number, column: number): SimRange {
    return this.range(`getCell(${row},${column})`, () => ({
      r1: row + 1,
      c1: column + 1,
      r2: row + 1,
      c2: column + 1,
    }));
  }

  getUsedRange(valuesOnly = false): SimRange {
    return this.range(`getUsedRange(${valuesOnly})`, (s) => s.usedRect(valuesOnly) ?? { r1: 1, c1: 1, r2: 1, c2: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return this.range(`getUsedRangeOrNullObject(${valuesOnly})`, (s) => s.usedRect(valuesOnly));
  }

  getRanges(address: string): SimRangeAreas {
    return new SimRangeAreas(
      this._c,
      () => {
        requireSet(this._c, "Worksheet.getRanges", "1.9");
        const s = this._target();
        if (!s) return null;
        const areas = parseAreas(address);
        if (!areas || areas.length > 500 || address.length > 8200) throw invalidArgument(`Worksheet.getRanges`);
        return { sheet: s, rects: areas.map((a) => a.rect) };
      },
      `Worksheet.getRanges(${address.length > 60 ? address.slice(0, 60) + "…" : address})`,
    );
  }
}
