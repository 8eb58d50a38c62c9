/**
 * The workbook simulator: a fake Excel host with real Office.js semantics where they matter
 * (batching, PropertyNotLoaded, null objects, events, undo history, requirement sets).
 * Runs in Node and in the browser: no DOM needed.
 */
import type { CellRange } from "../domain/model/types";
import { parseArea, rectToA1 } from "./address";
import { SimErrorCodes, SimRichApiError } from "./errors";
import { SimObject as SimObjectBase } from "./proxy";
import { type ChangeEvent, SimContext, type RunOptions, type SimHost } from "./proxy";
import { SimWorkbook } from "./excel-api";
import {
  type CellFormat,
  displayFill,
  type SheetModel,
  type SheetState,
  sheetFingerprint,
  type SimValue,
  typeInto,
  WorkbookModel,
} from "./model";

export interface SimulatorOptions {
  /** Highest supported ExcelApi requirement set, e.g. "1.9", "1.14", "1.20". Default "1.20". */
  apiLevel?: string;
  /** Office.context.displayLanguage. Default "zh-CN". */
  displayLanguage?: string | null;
  isDarkTheme?: boolean;
  platform?: "OfficeOnline" | "PC" | "Mac";
  /** Known Excel bugs to reproduce. */
  quirks?: {
    /** office-js #5918 (desktop 2505): reading merged areas empties the undo history. */
    mergedAreasClearUndo?: boolean;
  };
}

export interface UndoEntry {
  source: "user" | "addin";
  label: string;
  /** @internal sheet states before the change */
  before: Map<string, SheetState>;
}

interface Handler {
  kind: "changed" | "activated";
  scope: string | null;
  handler: (args: unknown) => unknown;
}

function versionParts(v: string): number[] {
  return String(v)
    .split(".")
    .map((x) => Number(x) || 0);
}

function versionAtLeast(have: string, need: string): boolean {
  const a = versionParts(have);
  const b = versionParts(need);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export class Simulator implements SimHost {
  apiLevel: string;
  displayLanguage: string | null;
  isDarkTheme: boolean;
  platform: string;
  /** Every context.sync() made against this simulator. */
  syncCount = 0;
  eventsEnabled = true;
  /** The user's undo history, oldest first. */
  readonly undoStack: UndoEntry[] = [];
  /** How many times an add-in write wiped the undo history (builds below ExcelApi 1.20). */
  undoClears = 0;
  /** Names of the queued operations executed, in order (bounded). */
  readonly opLog: string[] = [];
  /** Errors thrown by event handlers (Excel swallows them; tests look here). */
  readonly handlerErrors: unknown[] = [];
  quirks: NonNullable<SimulatorOptions["quirks"]>;
  /** When set, the next settings.saveAsync fails with this message. */
  failNextSettingsSave: string | null = null;

  readonly Excel: Record<string, unknown>;
  readonly Office: Record<string, unknown>;
  readonly OfficeExtension: Record<string, unknown>;

  private handlers = new Map<number, Handler>();
  private nextHandler = 1;
  private inflight = new Set<Promise<void>>();
  private cellEdit: { promise: Promise<void>; resolve: () => void } | null = null;
  private listeners = new Set<() => void>();
  private workingSettings: Record<string, unknown>;
  private readyGate: Promise<unknown> = Promise.resolve();

  constructor(
    public wb: WorkbookModel,
    options: SimulatorOptions = {},
  ) {
    this.apiLevel = options.apiLevel ?? "1.20";
    this.displayLanguage = options.displayLanguage === undefined ? "zh-CN" : options.displayLanguage;
    this.isDarkTheme = options.isDarkTheme ?? false;
    this.platform = options.platform ?? "OfficeOnline";
    this.quirks = { ...options.quirks };
    if (wb.sheets.length === 0) wb.addSheet("Sheet1");
    this.workingSettings = JSON.parse(JSON.stringify(wb.savedSettings));
    this.Excel = this.makeExcel();
    this.Office = this.makeOffice();
    this.OfficeExtension = {
      Error: SimRichApiError,
      ErrorCodes: SimErrorCodes,
      ClientObject: SimObjectBase,
      ClientRequestContext: SimContext,
    };
  }

  // ───────── SimHost ─────────

  supports(version: string): boolean {
    return versionAtLeast(this.apiLevel, version);
  }

  countSync(): void {
    this.syncCount++;
  }

  async cellEditWait(delay: boolean): Promise<void> {
    if (!this.cellEdit) return;
    if (!delay)
      throw new SimRichApiError(
        SimErrorCodes.invalidOperationInCellEditMode,
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    await this.cellEdit.promise;
  }

  commitRecord(before: Map<string, SheetState>, label: string): void {
    if (this.supports("1.20")) this.undoStack.push({ source: "addin", label, before });
    else {
      this.undoStack.length = 0;
      this.undoClears++;
    }
  }

  mergedAreasRead(): void {
    if (this.quirks.mergedAreasClearUndo && this.undoStack.length > 0) {
      this.undoStack.length = 0;
      this.undoClears++;
    }
  }

  dispatchChanges(events: ChangeEvent[], fromAddin: boolean): void {
    if (fromAddin && !this.eventsEnabled) return;
    for (const ev of events) {
      const sheet = this.wb.sheet(ev.sheetId);
      if (!sheet) continue;
      const address = rectToA1(ev.rect);
      const args: Record<string, unknown> = {
        type: "WorksheetChanged",
        worksheetId: ev.sheetId,
        address,
        changeType: ev.changeType,
        source: "Local",
        getRange: (ctx: SimContext) => (ctx.workbook as SimWorkbook).worksheets.getItem(ev.sheetId).getRange(address),
        getRangeOrNullObject: (ctx: SimContext) =>
          (ctx.workbook as SimWorkbook).worksheets.getItem(ev.sheetId).getRange(address),
      };
      if (this.supports("1.14")) args.triggerSource = fromAddin ? "ThisLocalAddin" : "Unknown";
      if (ev.details && this.supports("1.9")) args.details = ev.details;
      for (const h of this.handlers.values())
        if (h.kind === "changed" && (h.scope === null || h.scope === ev.sheetId)) this.schedule(h.handler, args);
    }
  }

  dispatchActivated(sheetId: string): void {
    const args = { type: "WorksheetActivated", worksheetId: sheetId };
    for (const h of this.handlers.values())
      if (h.kind === "activated" && (h.scope === null || h.scope === sheetId)) this.schedule(h.handler, args);
  }

  registerHandler(kind: "changed" | "activated", scope: string | null, handler: (args: unknown) => unknown): number {
    const id = this.nextHandler++;
    this.handlers.set(id, { kind, scope, handler });
    return id;
  }

  removeHandler(id: number): void {
    this.handlers.delete(id);
  }

  log(entry: string): void {
    this.opLog.push(entry);
    if (this.opLog.length > 20000) this.opLog.splice(0, 10000);
  }

  notify(): void {
    for (const l of this.listeners) l();
  }

  // ───────── test and preview API ─────────

  /** Office.onReady resolves only after `gate` settles (the preview loads its workbook first). */
  holdReady(gate: Promise<unknown>): void {
    this.readyGate = gate.catch(() => undefined);
  }

  /**
   * Swaps in another workbook (same globals, same event handlers): settings come from the new
   * workbook, the undo history is emptied, and onActivated fires for its active sheet.
   */
  replaceWorkbook(wb: WorkbookModel): void {
    if (wb.sheets.length === 0) wb.addSheet("Sheet1");
    this.wb = wb;
    this.workingSettings = JSON.parse(JSON.stringify(wb.savedSettings));
    this.undoStack.length = 0;
    this.dispatchActivated(wb.active.id);
    this.notify();
  }

  get handlerCount(): number {
    return this.handlers.size;
  }

  /** Called after every change to the workbook (writes, user edits, activation, undo). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private schedule(handler: (args: unknown) => unknown, args: unknown): void {
    const p: Promise<void> = new Promise<void>((res) => setTimeout(res, 0))
      .then(() => handler(args))
      .then(
        () => undefined,
        (e: unknown) => {
          this.handlerErrors.push(e);
        },
      )
      .finally(() => {
        this.inflight.delete(p);
      });
    this.inflight.add(p);
  }

  /** Resolves when every event handler fired so far (and those they caused) has finished. */
  async flushEvents(): Promise<void> {
    for (let i = 0; i < 50 && this.inflight.size > 0; i++) await Promise.all([...this.inflight]);
  }

  sheet(name: string): SheetModel {
    const s = this.wb.sheet(name);
    if (!s) throw new Error(`no sheet named ${name}`);
    return s;
  }

  private rect(address: string): CellRange {
    const a = parseArea(address);
    if (!a) throw new Error(`bad address ${address}`);
    return a.rect;
  }

  /**
   * The user types `value` into `address` (or pastes a 2-D array): the value is converted the
   * way typing converts it, the user's undo history grows by one, and onChanged fires with
   * source "Local" and triggerSource "Unknown". Resolves after the handlers ran.
   */
  async userEdit(sheetName: string, address: string, value: unknown): Promise<void> {
    const s = this.sheet(sheetName);
    const asked = this.rect(address);
    if (this.wb.activeSheetId !== s.id) this.userActivate(s.name);
    const before = new Map([[s.id, s.snapshot()]]);
    const m = s.mergeAt(asked.r1, asked.c1);
    const single = asked.r1 === asked.r2 && asked.c1 === asked.c2;
    const old = single ? s.value(m ? m.r1 : asked.r1, m ? m.c1 : asked.c1) : null;
    const r = typeInto(s, asked, value);
    this.undoStack.push({ source: "user", label: `edit ${address}`, before });
    const now = single ? s.value(r.r1, r.c1) : null;
    const vt = (v: SimValue | null): string =>
      v === null ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
    this.dispatchChanges(
      [
        {
          sheetId: s.id,
          rect: r,
          changeType: "RangeEdited",
          details: single
            ? { valueBefore: old ?? "", valueAfter: now ?? "", valueTypeBefore: vt(old), valueTypeAfter: vt(now) }
            : undefined,
        },
      ],
      false,
    );
    this.notify();
    await this.flushEvents();
  }

  /** The user clicks a sheet tab. */
  userActivate(sheetName: string): void {
    const s = this.sheet(sheetName);
    if (this.wb.activeSheetId === s.id) return;
    this.wb.activeSheetId = s.id;
    this.dispatchActivated(s.id);
    this.notify();
  }

  userSelect(sheetName: string, address: string): void {
    const s = this.sheet(sheetName);
    this.userActivate(sheetName);
    s.selection = this.rect(address);
    this.notify();
  }

  /** Ctrl+Z: restores the state before the newest record. Returns it, or null when the history is empty. */
  async undo(): Promise<UndoEntry | null> {
    const e = this.undoStack.pop();
    if (!e) return null;
    const changes: ChangeEvent[] = [];
    for (const [id, state] of e.before) {
      const s = this.wb.sheet(id);
      if (!s) continue;
      s.restore(state);
      const u = s.usedRect(false) ?? { r1: 1, c1: 1, r2: 1, c2: 1 };
      changes.push({ sheetId: id, rect: u, changeType: "RangeEdited" });
    }
    this.dispatchChanges(changes, false);
    this.notify();
    await this.flushEvents();
    return e;
  }

  /** Cell-edit mode: runs without delayForCellEdit fail, delayed ones wait until it ends. */
  setCellEditMode(on: boolean): void {
    if (on && !this.cellEdit) {
      let resolve = (): void => {};
      const promise = new Promise<void>((r) => (resolve = r));
      this.cellEdit = { promise, resolve };
    } else if (!on && this.cellEdit) {
      this.cellEdit.resolve();
      this.cellEdit = null;
    }
  }

  cellFormat(sheetName: string, address: string): CellFormat {
    const r = this.rect(address);
    return this.sheet(sheetName).format(r.r1, r.c1);
  }

  /** The fill Excel would show at the cell, conditional formats included. */
  displayFill(sheetName: string, address: string): string | null {
    const r = this.rect(address);
    return displayFill(this.sheet(sheetName), r.r1, r.c1);
  }

  /** Canonical dump of everything on the sheet (values, formats, merges, CFs...) for deep compares. */
  fingerprint(sheetName: string): string {
    return sheetFingerprint(this.sheet(sheetName));
  }

  get settingsSaved(): Record<string, unknown> {
    return this.wb.savedSettings;
  }

  // ───────── the globals ─────────

  newContext(options: RunOptions = {}): SimContext {
    const ctx = new SimContext(this, options);
    ctx.workbook = new SimWorkbook(ctx);
    return ctx;
  }

  async run<T>(a: unknown, b?: (ctx: SimContext) => Promise<T>): Promise<T> {
    let batch: (ctx: SimContext) => Promise<T>;
    let ctx: SimContext | null = null;
    let options: RunOptions = {};
    if (typeof a === "function") batch = a as (ctx: SimContext) => Promise<T>;
    else {
      if (typeof b !== "function")
        throw new SimRichApiError(SimErrorCodes.invalidArgument, "Excel.run needs a batch function.");
      batch = b;
      if (a instanceof SimContext) ctx = a;
      else if (a instanceof SimObjectBase) ctx = a._c;
      else if (Array.isArray(a) && a[0] instanceof SimObjectBase) ctx = (a[0] as SimObjectBase)._c;
      else if (a && typeof a === "object") options = a;
    }
    const c = ctx ?? this.newContext(options);
    try {
      const out = await batch(c);
      if (c.pending > 0) await c.sync();
      return out;
    } finally {
      c.closeRecord();
    }
  }

  private makeExcel(): Record<string, unknown> {
    const sim = this;
    function RequestContext(this: unknown): SimContext {
      return sim.newContext();
    }
    return {
      run: (a: unknown, b?: (ctx: SimContext) => Promise<unknown>) => this.run(a, b),
      RequestContext,
      InsertShiftDirection: { down: "Down", right: "Right" },
      DeleteShiftDirection: { up: "Up", left: "Left" },
      ConditionalFormatType: {
        custom: "Custom",
        cellValue: "CellValue",
        dataBar: "DataBar",
        colorScale: "ColorScale",
        iconSet: "IconSet",
        topBottom: "TopBottom",
        presetCriteria: "PresetCriteria",
        containsText: "ContainsText",
      },
      ConditionalCellValueOperator: {
        invalid: "Invalid",
        between: "Between",
        notBetween: "NotBetween",
        equalTo: "EqualTo",
        notEqualTo: "NotEqualTo",
        greaterThan: "GreaterThan",
        lessThan: "LessThan",
        greaterThanOrEqual: "GreaterThanOrEqual",
        lessThanOrEqual: "LessThanOrEqual",
      },
      BorderIndex: {
        edgeTop: "EdgeTop",
        edgeBottom: "EdgeBottom",
        edgeLeft: "EdgeLeft",
        edgeRight: "EdgeRight",
        insideVertical: "InsideVertical",
        insideHorizontal: "InsideHorizontal",
      },
      BorderLineStyle: {
        none: "None",
        continuous: "Continuous",
        dash: "Dash",
        dashDot: "DashDot",
        dashDotDot: "DashDotDot",
        dot: "Dot",
        double: "Double",
      },
      BorderWeight: { hairline: "Hairline", thin: "Thin", medium: "Medium", thick: "Thick" },
      ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
      HorizontalAlignment: {
        general: "General",
        left: "Left",
        center: "Center",
        right: "Right",
        fill: "Fill",
        justify: "Justify",
      },
      VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom", justify: "Justify" },
      DataChangeType: {
        unknown: "Unknown",
        rangeEdited: "RangeEdited",
        rowInserted: "RowInserted",
        rowDeleted: "RowDeleted",
        columnInserted: "ColumnInserted",
        columnDeleted: "ColumnDeleted",
        cellInserted: "CellInserted",
        cellDeleted: "CellDeleted",
      },
      EventSource: { local: "Local", remote: "Remote" },
      EventTriggerSource: { unknown: "Unknown", thisLocalAddin: "ThisLocalAddin" },
      EventType: { worksheetChanged: "WorksheetChanged", worksheetActivated: "WorksheetActivated" },
      ErrorCodes: SimErrorCodes,
    };
  }

  private makeOffice(): Record<string, unknown> {
    const sim = this;
    const settings = {
      get(name: string): unknown {
        return name in sim.workingSettings ? JSON.parse(JSON.stringify(sim.workingSettings[name])) : null;
      },
      set(name: string, value: unknown): void {
        sim.workingSettings[name] = JSON.parse(JSON.stringify(value ?? null));
      },
      remove(name: string): void {
        delete sim.workingSettings[name];
      },
      saveAsync(a?: unknown, b?: unknown): void {
        const cb = (typeof a === "function" ? a : b) as ((r: unknown) => void) | undefined;
        const fail = sim.failNextSettingsSave;
        sim.failNextSettingsSave = null;
        setTimeout(() => {
          if (fail) {
            cb?.({ status: "failed", error: { name: "Settings save failed", message: fail, code: 5001 } });
            return;
          }
          sim.wb.savedSettings = JSON.parse(JSON.stringify(sim.workingSettings));
          cb?.({ status: "succeeded", value: undefined });
        }, 0);
      },
      refreshAsync(cb?: (r: unknown) => void): void {
        sim.workingSettings = JSON.parse(JSON.stringify(sim.wb.savedSettings));
        setTimeout(() => cb?.({ status: "succeeded", value: settings }), 0);
      },
    };
    const info = (): { host: string; platform: string } => ({ host: "Excel", platform: sim.platform });
    return {
      onReady(cb?: (i: unknown) => void): Promise<unknown> {
        return sim.readyGate.then(() => {
          cb?.(info());
          return info();
        });
      },
      context: {
        requirements: {
          isSetSupported(name: string, version?: string | number): boolean {
            if (String(name).toLowerCase() !== "excelapi") return false;
            return version === undefined ? true : sim.supports(String(version));
          },
        },
        get displayLanguage() {
          return sim.displayLanguage;
        },
        get contentLanguage() {
          return sim.displayLanguage;
        },
        get officeTheme() {
          return sim.isDarkTheme
            ? {
                bodyBackgroundColor: "#262626",
                bodyForegroundColor: "#FFFFFF",
                controlBackgroundColor: "#333333",
                controlForegroundColor: "#FFFFFF",
                isDarkTheme: true,
                themeId: "Black",
              }
            : {
                bodyBackgroundColor: "#FFFFFF",
                bodyForegroundColor: "#000000",
                controlBackgroundColor: "#FFFFFF",
                controlForegroundColor: "#000000",
                isDarkTheme: false,
                themeId: "Colorful",
              };
        },
        document: { settings },
        host: "Excel",
        get platform() {
          return sim.platform;
        },
      },
      HostType: { Excel: "Excel" },
      PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    };
  }
}

export function createSimulator(workbook?: WorkbookModel, options?: SimulatorOptions): Simulator {
  return new Simulator(workbook ?? new WorkbookModel(), options);
}

/** Sets `target.Excel`, `target.Office` and `target.OfficeExtension` (target: window, or globalThis in tests). */
export function installSimulator(target: object, workbook?: WorkbookModel, options?: SimulatorOptions): Simulator {
  const sim = createSimulator(workbook, options);
  const t = target as Record<string, unknown>;
  t.Excel = sim.Excel;
  t.Office = sim.Office;
  t.OfficeExtension = sim.OfficeExtension;
  return sim;
}

/** Builds a workbook from plain rows: `{ Sheet1: [["a", 1], ...] }`, first sheet active. */
export function workbookFromRows(
  sheets: Record<string, unknown[][]>,
  origin: { row: number; col: number } = { row: 1, col: 1 },
): WorkbookModel {
  const wb = new WorkbookModel();
  for (const [name, rows] of Object.entries(sheets)) {
    const s = wb.addSheet(name);
    rows.forEach((line, i) =>
      line.forEach((v, j) => {
        // stored as given (no typing conversion), except formulas
        if (typeof v === "string" && v.startsWith("=")) s.setValue(origin.row + i, origin.col + j, null, v);
        else if (v !== null && v !== undefined && v !== "") s.setValue(origin.row + i, origin.col + j, v as SimValue);
      }),
    );
  }
  return wb;
}
