/**
 * A simulated WPS 表格 host: the ET object model (et-objects.ts) over the same WorkbookModel the Excel
 * simulator uses, installed as `window.Application` and `window.wps` (wps.EtApplication(), PluginStorage,
 * CreateTaskPane, GetTaskPane), plus the test and preview API the Excel simulator offers (user edits,
 * activation, undo, fingerprints, the fill a cell shows).
 *
 * What is modelled on documentation, not measured on a real WPS: events arrive after the call that caused
 * them returns (like Office.js); add-in writes raise SheetChange like VBA's Worksheet_Change unless
 * Application.EnableEvents is false; WPS keeps no undo step for an add-in write, and the simulator also
 * empties the user's undo history then (the cautious reading; see docs/wps.md).
 */
import type { CellRange } from "../../domain/model/types";
import { parseArea, rectToA1 } from "../address";
import {
  type CellFormat,
  displayFill,
  type SheetModel,
  type SheetState,
  sheetFingerprint,
  typeInto,
  WorkbookModel,
} from "../model";
import type { UndoEntry } from "../simulator";
import { api, type EtHost, EtRangeSim, EtWorkbookSim, EtWorksheetSim } from "./et-objects";

export interface WpsSimulatorOptions {
  /** How Range.NumberFormat reads several cells: "array" (default, 2-D as ET documents) or "vba" (one code / null). */
  numberFormatMode?: "array" | "vba";
  /** UI language id (LanguageSettings.LanguageID(2)): 2052 zh-CN (default), 1033 en-US. */
  uiLanguageId?: number;
  /** Start with no workbook open (ActiveWorkbook null) until open() or replaceWorkbook(). */
  noWorkbook?: boolean;
}

type Listener = (...args: unknown[]) => unknown;

export interface SimTaskPane {
  ID: number;
  url: string;
  Visible: boolean;
  DockPosition: number;
  Width: number;
  deleted: boolean;
}

export class WpsSimulator implements EtHost {
  workbookOpen: boolean;
  numberFormatMode: "array" | "vba";
  uiLanguageId: number;
  enableEvents = true;
  /** Every ET property read, write and method call. */
  calls = 0;
  readonly undoStack: UndoEntry[] = [];
  /** How many times an add-in write emptied the user's undo history. */
  undoClears = 0;
  readonly handlerErrors: unknown[] = [];
  readonly taskPanes: SimTaskPane[] = [];
  readonly pluginStorage = new Map<string, string>();

  readonly Application: Record<string, unknown>;
  readonly wps: Record<string, unknown>;

  private handlers = new Map<string, Set<Listener>>();
  private inflight = new Set<Promise<void>>();
  private listeners = new Set<() => void>();
  private notifyQueued = false;
  private sheetObjs = new WeakMap<SheetModel, EtWorksheetSim>();

  constructor(
    public wb: WorkbookModel,
    options: WpsSimulatorOptions = {},
  ) {
    if (wb.sheets.length === 0) wb.addSheet("Sheet1");
    this.numberFormatMode = options.numberFormatMode ?? "array";
    this.uiLanguageId = options.uiLanguageId ?? 2052;
    this.workbookOpen = options.noWorkbook !== true;
    this.Application = this.makeApplication();
    this.wps = this.makeWpsGlobal();
  }

  // ───────── EtHost ─────────

  countCall(): void {
    this.calls++;
  }

  addinWrote(_sheet: SheetModel): void {
    if (this.undoStack.length > 0) {
      this.undoStack.length = 0;
      this.undoClears++;
    }
    this.notify();
  }

  addinChanged(sheet: SheetModel, rect: CellRange): void {
    if (!this.enableEvents) return;
    this.dispatch("SheetChange", () => [this.sheetObj(sheet), this.rangeObj(sheet, rect)]);
  }

  activated(sheet: SheetModel): void {
    this.dispatch("SheetActivate", () => [this.sheetObj(sheet)]);
    this.notify();
  }

  // ───────── objects ─────────

  sheetObj(s: SheetModel): EtWorksheetSim {
    let o = this.sheetObjs.get(s);
    if (!o) {
      o = api(this, new EtWorksheetSim(this, s));
      this.sheetObjs.set(s, o);
    }
    return o;
  }

  private rangeObj(s: SheetModel, r: CellRange): EtRangeSim {
    return api(this, new EtRangeSim(this, s, { ...r }));
  }

  private workbookObj(): EtWorkbookSim | null {
    return this.workbookOpen ? api(this, new EtWorkbookSim(this, (s) => this.sheetObj(s))) : null;
  }

  private makeApplication(): Record<string, unknown> {
    const sim = this;
    const active = (): SheetModel | null => (sim.workbookOpen ? sim.wb.active : null);
    const app = {
      get Name() {
        return "WPS 表格";
      },
      get ActiveWorkbook() {
        return sim.workbookObj();
      },
      get ActiveSheet() {
        const s = active();
        return s ? sim.sheetObj(s) : null;
      },
      get Selection() {
        const s = active();
        return s ? sim.rangeObj(s, s.selection) : null;
      },
      get ActiveCell() {
        const s = active();
        return s
          ? sim.rangeObj(s, { r1: s.selection.r1, c1: s.selection.c1, r2: s.selection.r1, c2: s.selection.c1 })
          : null;
      },
      get Worksheets() {
        const wb = sim.workbookObj();
        if (!wb) throw new Error("没有打开的工作簿 / no workbook is open");
        return wb.Worksheets;
      },
      /** WPS's own prompts (e.g. "merging keeps only the top-left value") while the add-in writes. */
      DisplayAlerts: true as unknown,
      get EnableEvents() {
        return sim.enableEvents;
      },
      set EnableEvents(v: boolean) {
        sim.enableEvents = v !== false;
      },
      get ApiEvent() {
        return sim.apiEvent;
      },
      get LanguageSettings() {
        return api(sim, new LanguageSettingsSim(sim));
      },
      get PluginStorage() {
        return sim.storage;
      },
      CreateTaskPane: (url: string, title?: string) => sim.createTaskPane(url, title),
      GetTaskPane: (id: number) => sim.getTaskPane(id),
      /** Written by the ribbon's OnAddinLoad in WPS's own samples. */
      ribbonUI: null as unknown,
    };
    return api(this, app);
  }

  private get apiEvent() {
    const sim = this;
    return api(this, {
      AddApiEventListener(name: string, fn: Listener): void {
        if (typeof fn !== "function") throw new Error("AddApiEventListener: callback must be a function");
        if (!sim.handlers.has(name)) sim.handlers.set(name, new Set());
        sim.handlers.get(name)!.add(fn);
      },
      RemoveApiEventListener(name: string, fn?: Listener): void {
        if (fn) sim.handlers.get(name)?.delete(fn);
        else sim.handlers.delete(name);
      },
    });
  }

  private get storage() {
    const sim = this;
    return api(this, {
      setItem(k: string, v: unknown): void {
        sim.pluginStorage.set(String(k), String(v));
      },
      getItem(k: string): string | null {
        return sim.pluginStorage.get(String(k)) ?? null;
      },
      removeItem(k: string): void {
        sim.pluginStorage.delete(String(k));
      },
      clear(): void {
        sim.pluginStorage.clear();
      },
      get length() {
        return sim.pluginStorage.size;
      },
    });
  }

  private createTaskPane(url: string, _title?: string) {
    const pane: SimTaskPane = {
      ID: this.taskPanes.length + 1,
      url,
      Visible: false,
      DockPosition: 2,
      Width: 360,
      deleted: false,
    };
    this.taskPanes.push(pane);
    return this.paneObj(pane);
  }

  private getTaskPane(id: number) {
    const pane = this.taskPanes.find((p) => p.ID === Number(id) && !p.deleted);
    if (!pane) throw new Error(`GetTaskPane(${id}): 无此任务窗格 / no such task pane`);
    return this.paneObj(pane);
  }

  private paneObj(pane: SimTaskPane) {
    return api(this, {
      get ID() {
        return pane.ID;
      },
      get Visible() {
        return pane.Visible;
      },
      set Visible(v: boolean) {
        pane.Visible = v === true;
      },
      get DockPosition() {
        return pane.DockPosition;
      },
      set DockPosition(v: number) {
        if (typeof v !== "number") throw new Error("DockPosition: enum values must be numbers");
        pane.DockPosition = v;
      },
      get Width() {
        return pane.Width;
      },
      set Width(v: number) {
        pane.Width = v;
      },
      Navigate(url: string): void {
        pane.url = url;
      },
      Delete(): void {
        pane.deleted = true;
      },
    });
  }

  private makeWpsGlobal(): Record<string, unknown> {
    const app = this.Application as {
      PluginStorage: unknown;
      ApiEvent: unknown;
      CreateTaskPane: unknown;
      GetTaskPane: unknown;
    };
    return {
      EtApplication: () => this.Application,
      get PluginStorage() {
        return app.PluginStorage;
      },
      get ApiEvent() {
        return app.ApiEvent;
      },
      CreateTaskPane: app.CreateTaskPane,
      GetTaskPane: app.GetTaskPane,
    };
  }

  // ───────── events ─────────

  private dispatch(name: string, args: () => unknown[]): void {
    const hs = this.handlers.get(name);
    if (!hs || hs.size === 0) return;
    for (const h of [...hs]) {
      const p: Promise<void> = new Promise<void>((res) => setTimeout(res, 0))
        .then(() => h(...args()))
        .then(
          () => undefined,
          (e: unknown) => {
            this.handlerErrors.push(e);
          },
        )
        .finally(() => this.inflight.delete(p));
      this.inflight.add(p);
    }
  }

  /** Resolves when every event handler fired so far (and those they caused) has finished. */
  async flushEvents(): Promise<void> {
    for (let i = 0; i < 50 && this.inflight.size > 0; i++) await Promise.all([...this.inflight]);
  }

  get handlerCount(): number {
    let n = 0;
    for (const hs of this.handlers.values()) n += hs.size;
    return n;
  }

  // ───────── test and preview API (as the Excel simulator's) ─────────

  /** Called after changes to the workbook (coalesced per tick). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    if (this.notifyQueued) return;
    this.notifyQueued = true;
    queueMicrotask(() => {
      this.notifyQueued = false;
      for (const l of this.listeners) l();
    });
  }

  /** The workbook is opened (from the start page): WindowActivate and SheetActivate fire. */
  open(): void {
    this.workbookOpen = true;
    this.dispatch("WindowActivate", () => [this.workbookObj(), {}]);
    this.dispatch("SheetActivate", () => [this.sheetObj(this.wb.active)]);
    this.notify();
  }

  /** No workbook until `gate` settles, then open() (the preview loads its workbook first). */
  holdReady(gate: Promise<unknown>): void {
    this.workbookOpen = false;
    void gate.catch(() => undefined).then(() => this.open());
  }

  /** Another workbook takes the window: the undo history is emptied, WindowActivate and SheetActivate fire. */
  replaceWorkbook(wb: WorkbookModel): void {
    if (wb.sheets.length === 0) wb.addSheet("Sheet1");
    this.wb = wb;
    this.undoStack.length = 0;
    if (this.workbookOpen) this.open();
    else this.notify();
  }

  sheet(name: string): SheetModel {
    const s = this.wb.sheet(name);
    if (!s) throw new Error(`no sheet named ${name}`);
    return s;
  }

  private rect(a: string): CellRange {
    const p = parseArea(a);
    if (!p) throw new Error(`bad address ${a}`);
    return p.rect;
  }

  /** The user types `value` into `address` (or pastes a 2-D array); one undo step; SheetChange fires. */
  async userEdit(sheetName: string, address: string, value: unknown): Promise<void> {
    const s = this.sheet(sheetName);
    if (this.wb.activeSheetId !== s.id) this.userActivate(s.name);
    const before = new Map<string, SheetState>([[s.id, s.snapshot()]]);
    const r = typeInto(s, this.rect(address), value);
    this.undoStack.push({ source: "user", label: `edit ${address}`, before });
    this.dispatch("SheetChange", () => [this.sheetObj(s), this.rangeObj(s, r)]);
    this.notify();
    await this.flushEvents();
  }

  /** The user clicks a sheet tab. */
  userActivate(sheetName: string): void {
    const s = this.sheet(sheetName);
    if (this.wb.activeSheetId === s.id) return;
    this.wb.activeSheetId = s.id;
    this.activated(s);
  }

  userSelect(sheetName: string, address: string): void {
    const s = this.sheet(sheetName);
    this.userActivate(sheetName);
    s.selection = this.rect(address);
    this.dispatch("SheetSelectionChange", () => [this.sheetObj(s), this.rangeObj(s, s.selection)]);
    this.notify();
  }

  /** Ctrl+Z: the user's own steps only (add-in writes have none). */
  async undo(): Promise<UndoEntry | null> {
    const e = this.undoStack.pop();
    if (!e) return null;
    for (const [id, state] of e.before) {
      const s = this.wb.sheet(id);
      if (!s) continue;
      s.restore(state);
      const u = s.usedRect(false) ?? { r1: 1, c1: 1, r2: 1, c2: 1 };
      this.dispatch("SheetChange", () => [this.sheetObj(s), this.rangeObj(s, u)]);
    }
    this.notify();
    await this.flushEvents();
    return e;
  }

  /** WPS has no cell-edit lock for add-ins that the simulator models; kept for the preview's grid. */
  setCellEditMode(_on: boolean): void {}

  cellFormat(sheetName: string, address: string): CellFormat {
    const r = this.rect(address);
    return this.sheet(sheetName).format(r.r1, r.c1);
  }

  displayFill(sheetName: string, address: string): string | null {
    const r = this.rect(address);
    return displayFill(this.sheet(sheetName), r.r1, r.c1);
  }

  fingerprint(sheetName: string): string {
    return sheetFingerprint(this.sheet(sheetName));
  }

  /** The custom document properties, name → value. */
  get settingsSaved(): Record<string, unknown> {
    return Object.fromEntries(this.wb.customProperties.map((p) => [p.name, p.value]));
  }

  /** What the preview's status line shows as "syncs": ET calls. */
  get syncCount(): number {
    return this.calls;
  }

  selectionA1(): string {
    return rectToA1(this.wb.active.selection);
  }
}

class LanguageSettingsSim {
  constructor(private readonly _sim: WpsSimulator) {}
  /** msoLanguageIDUI (2) → the UI's LCID. */
  LanguageID(kind: number): number {
    if (typeof kind !== "number") throw new Error("LanguageSettings.LanguageID: enum values must be numbers");
    return this._sim.uiLanguageId;
  }
}

/** Sets `target.Application` and `target.wps` (target: window, or globalThis in tests). */
export function installWpsSimulator(
  target: object,
  workbook?: WorkbookModel,
  options?: WpsSimulatorOptions,
): WpsSimulator {
  const sim = new WpsSimulator(workbook ?? new WorkbookModel(), options);
  const t = target as Record<string, unknown>;
  t.Application = sim.Application;
  t.wps = sim.wps;
  return sim;
}

export function uninstallWpsSimulator(target: object): void {
  const t = target as Record<string, unknown>;
  delete t.Application;
  delete t.wps;
}
