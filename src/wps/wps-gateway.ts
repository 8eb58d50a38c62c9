/**
 * The Gateway on WPS 表格's ET object model: the only code (with insert.ts) that touches the WPS API.
 * ET calls are synchronous and each crosses into WPS, so a read takes the used range's Value2 and NumberFormat
 * in one call each, and merges by halving (merges.ts), cached per used range like the Excel gateway does.
 *
 * WPS specifics: highlights are conditional formats the add-in owns, found again by the marker in their formula
 * (the same `=N("jixiao:…")=0` as on Excel, highlights.ts) and removed without trace; settings and the user's
 * templates are custom document properties (doc-store.ts); WPS keeps no undo step for add-in writes, so the
 * capabilities say so and the pane keeps live highlighting off by default.
 */
import { MAX_CELLS_PER_READ } from "../domain/model/limits";
import { rangeToA1, toA1 } from "../domain/model/a1";
import type { CellRange, CellValue, Finding, SheetInput } from "../domain/model/types";
import { cut, filledBox, formatsGrid, isGeneral, toCellValue } from "../host/cells";
import type {
  AddIndicatorsRequest,
  AddIndicatorsResult,
  Capabilities,
  FixesRequest,
  FixesResult,
  Gateway,
  HighlightResult,
  InsertBlockRequest,
  InsertBlockResult,
  RangeRead,
  SheetChange,
} from "../host/gateway";
import { GatewayError, tooManyCells } from "../host/errors";
import {
  type HighlightArea,
  HIGHLIGHT_COLORS,
  keyFromFormula,
  markerFormula,
  plannedHighlights,
  planReconcile,
  sameKeys,
  unusableFixes,
} from "../host/highlights";
import { getEtApplication } from "./app";
import { readValue, writeValue } from "./doc-store";
import { addressOf, bgr, type EtApplication, type EtRange, type EtWorkbook, type EtWorksheet, XL } from "./et";
import { findMerges } from "./merges";
import type { WpsInsertHooks } from "./insert";
import { writeSafeValues } from "./safe-write";
import { IGNORES_KEY, MERGES_TTL_MS, SELF_WRITE_WINDOW_MS, SETTINGS_KEY, TEMPLATES_KEY } from "../host/constants";
import { onDemand } from "../host/on-demand";

export { IGNORES_KEY, MERGES_TTL_MS, SELF_WRITE_WINDOW_MS, SETTINGS_KEY, TEMPLATES_KEY };

export interface WpsGatewayOptions {
  /** Where to find `Application` / `wps` (default globalThis). */
  scope?: object;
  now?: () => number;
  /** For tests (jest has no native dynamic import): hands over the insertion module. */
  loadInsertModule?: () => Promise<WpsInsertModule>;
}

/** The insertion code (insert.ts and the planner and templates it needs), fetched the first time it is used. */
export type WpsInsertModule = typeof import("./insert");
const loadInsertModule = onDemand<WpsInsertModule>(() => import(/* webpackChunkName: "wps-insert" */ "./insert"));

export { bgr } from "./et";

/** Value2 as a 2-D array whatever the host gave (a scalar for one cell). */
export function asGrid(v: unknown, rows: number, cols: number): unknown[][] {
  if (Array.isArray(v) && (rows > 1 || cols > 1 || Array.isArray(v[0])))
    return (v as unknown[]).map((line) => (Array.isArray(line) ? (line as unknown[]) : [line]));
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => v));
}

function wrap<T>(
  op: "read-failed" | "write-failed" | "select-failed" | "subscribe-failed" | "settings-failed",
  fn: () => T,
): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof GatewayError) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw new GatewayError(op, { detail: detail.slice(0, 200), cause: e });
  }
}

export function createWpsGateway(options: WpsGatewayOptions = {}): Gateway {
  const scope = options.scope ?? globalThis;
  const now = options.now ?? (() => Date.now());
  const loadInsert = options.loadInsertModule ?? loadInsertModule;
  /** Per sheet: the highlight areas we believe are in the workbook. */
  const shown = new Map<string, Map<string, HighlightArea>>();
  const recentWrites = new Map<string, number>();
  const mergeCache = new Map<string, { key: string; at: number; merges: CellRange[] }>();

  function app(): EtApplication {
    const a = getEtApplication(scope);
    if (!a) throw new GatewayError("not-in-office");
    return a;
  }

  function workbook(a: EtApplication): EtWorkbook {
    const wb = a.ActiveWorkbook;
    if (!wb) throw new GatewayError("no-workbook"); // WPS 表格 may have no workbook open (its start page)
    return wb;
  }

  function sheetNamed(a: EtApplication, name: string): EtWorksheet {
    const ws = workbook(a).Worksheets.Item(name);
    if (!ws) throw new GatewayError("not-found");
    return ws;
  }

  function markWritten(sheet: string, addresses: string[]): void {
    const at = now();
    for (const a of addresses) recentWrites.set(`${sheet}!${a}`, at);
  }

  async function capabilities(): Promise<Capabilities> {
    let displayLanguage: string | null = null;
    try {
      const id = getEtApplication(scope)?.LanguageSettings?.LanguageID(XL.languageIdUi);
      displayLanguage =
        id === 1033 || id === 2057 ? "en-US" : id === 2052 || id === 1028 || id === 3076 ? "zh-CN" : null;
    } catch {
      displayLanguage = null;
    }
    return {
      api19: true,
      mergedAreas: true,
      triggerSource: false,
      notes: false,
      undoGrouping: false,
      undo: "not-recorded",
      undoNote: "wps-undo-note",
      displayLanguage,
      isDarkTheme: false,
    };
  }

  function merges(ws: EtWorksheet, name: string, usedAddress: string, box: CellRange): CellRange[] {
    const key = `${usedAddress}|${rangeToA1(box)}`;
    const cached = mergeCache.get(name);
    if (cached && cached.key === key && now() - cached.at < MERGES_TTL_MS) return cached.merges.map((m) => ({ ...m }));
    const found = findMerges(ws, box);
    mergeCache.set(name, { key, at: now(), merges: found });
    return found.map((m) => ({ ...m }));
  }

  async function readActiveSheet(): Promise<SheetInput> {
    const a = app();
    return wrap("read-failed", () => {
      if (!a.ActiveWorkbook) return { name: "", values: [] };
      const ws = a.ActiveSheet;
      if (!ws) return { name: "", values: [] };
      const name = ws.Name;
      const used = ws.UsedRange;
      const row0 = used.Row;
      const col0 = used.Column;
      const rows = used.Rows.Count;
      const cols = used.Columns.Count;
      if (rows * cols > MAX_CELLS_PER_READ) throw tooManyCells(ws.Name, rows * cols, MAX_CELLS_PER_READ); // before any value is read
      const raw = asGrid(used.Value2, rows, cols).map((line) => line.map(toCellValue));
      const box = filledBox(raw);
      if (!box) return { name, values: [], origin: { row: 1, col: 1 }, merges: [] };
      const values = cut(raw, box);
      const origin = { row: row0 + box.r1, col: col0 + box.c1 };
      const sheetBox = { r1: origin.row, c1: origin.col, r2: row0 + box.r2, c2: col0 + box.c2 };
      const out: SheetInput = { name, values, origin };
      const formats = readFormats(ws, used.NumberFormat, raw, box, rows, cols, row0, col0);
      if (formats) out.formats = formats;
      out.merges = merges(ws, name, addressOf(used), sheetBox);
      return out;
    });
  }

  /**
   * Number formats from the used range's NumberFormat: a 2-D array (ET), one code for all (VBA when they agree),
   * or null (VBA when they differ) — then each numeric cell's own, the only cells whose format the engine reads.
   */
  function readFormats(
    ws: EtWorksheet,
    nf: unknown,
    raw: CellValue[][],
    box: CellRange,
    rows: number,
    cols: number,
    row0: number,
    col0: number,
  ): (string | null)[][] | undefined {
    if (Array.isArray(nf)) return formatsGrid(cut(asGrid(nf, rows, cols), box));
    if (typeof nf === "string") return isGeneral(nf) ? undefined : formatsGrid(cut(asGrid(nf, rows, cols), box));
    const codes = cut(raw, box).map((line, i) =>
      line.map((v, j) =>
        typeof v === "number" ? ws.Cells.Item(row0 + box.r1 + i, col0 + box.c1 + j).NumberFormat : null,
      ),
    );
    return formatsGrid(codes);
  }

  async function subscribe(listener: (change: SheetChange) => void): Promise<() => Promise<void>> {
    const a = app();
    const emit = (change: SheetChange): void => {
      try {
        listener(change);
      } catch (e) {
        console.error("jixiao: change listener failed", e);
      }
    };
    const onChange = (sheet: EtWorksheet, target: EtRange): void => {
      try {
        const name = sheet.Name;
        const address = addressOf(target);
        const at = recentWrites.get(`${name}!${address}`);
        if (at !== undefined && now() - at <= SELF_WRITE_WINDOW_MS) return;
        shown.delete(name); // someone else changed the sheet: look again before the next highlight write
        const structure = /^\d+:\d+$|^[A-Z]+:[A-Z]+$/.test(address);
        emit({ kind: structure ? "structure" : "edit", sheet: name, address });
      } catch (e) {
        console.error("jixiao: SheetChange", e);
      }
    };
    const onActivate = (sheet: EtWorksheet): void => {
      try {
        emit({ kind: "activate", sheet: sheet.Name });
      } catch (e) {
        console.error("jixiao: SheetActivate", e);
      }
    };
    const onWindow = (): void => {
      try {
        const ws = a.ActiveSheet;
        if (ws) emit({ kind: "activate", sheet: ws.Name });
      } catch (e) {
        console.error("jixiao: WindowActivate", e);
      }
    };
    wrap("subscribe-failed", () => {
      a.ApiEvent.AddApiEventListener("SheetChange", onChange);
      a.ApiEvent.AddApiEventListener("SheetActivate", onActivate);
      a.ApiEvent.AddApiEventListener("WindowActivate", onWindow);
    });
    let removed = false;
    return async () => {
      if (removed) return;
      removed = true;
      wrap("subscribe-failed", () => {
        a.ApiEvent.RemoveApiEventListener("SheetChange", onChange);
        a.ApiEvent.RemoveApiEventListener("SheetActivate", onActivate);
        a.ApiEvent.RemoveApiEventListener("WindowActivate", onWindow);
      });
    };
  }

  async function select(sheetName: string, address: string): Promise<void> {
    const a = app();
    wrap("select-failed", () => {
      const ws = sheetNamed(a, sheetName);
      ws.Activate();
      ws.Range(address).Select();
    });
  }

  async function readRange(sheetName: string, range: CellRange): Promise<RangeRead> {
    const a = app();
    const rows = range.r2 - range.r1 + 1;
    const cols = range.c2 - range.c1 + 1;
    if (!(rows >= 1 && cols >= 1 && range.r1 >= 1 && range.c1 >= 1)) return { values: [] };
    if (rows * cols > MAX_CELLS_PER_READ) throw tooManyCells(sheetName, rows * cols, MAX_CELLS_PER_READ);
    return wrap("read-failed", () => {
      const ws = sheetNamed(a, sheetName);
      const r = ws.Range(rangeToA1(range));
      const values = asGrid(r.Value2, rows, cols).map((line) => line.map(toCellValue));
      const out: RangeRead = { values };
      const formats = readFormats(
        ws,
        r.NumberFormat,
        values,
        { r1: 0, c1: 0, r2: rows - 1, c2: cols - 1 },
        rows,
        cols,
        range.r1,
        range.c1,
      );
      if (formats) out.formats = formats;
      return out;
    });
  }

  /** All the fixes or none (a cell changed since the check), then the highlights; WPS keeps no undo step for either. */
  async function applyFixes(request: FixesRequest): Promise<FixesResult> {
    const a = app();
    const { sheet: sheetName, fixes } = request;
    if (unusableFixes(fixes)) return { status: "failed", applied: 0, stale: [], syncs: 0 };
    const desired = request.highlights ? plannedHighlights(request.highlights) : null;
    let ws: EtWorksheet;
    try {
      ws = sheetNamed(a, sheetName);
    } catch {
      return { status: "failed", applied: 0, stale: [], syncs: 0 };
    }
    return wrap("write-failed", () => {
      const cells = fixes.map((f) => ws.Cells.Item(f.row, f.col));
      const stale = fixes
        .filter((f, i) => {
          const current = toCellValue(cells[i].Value2);
          const same = f.from === null || f.from === "" ? current === null : f.from === current;
          return cells[i].HasFormula === true || !same;
        })
        .map((f) => f.address);
      if (stale.length > 0) return { status: "stale" as const, applied: 0, stale, syncs: 0 };
      markWritten(
        sheetName,
        fixes.map((f) => toA1(f.row, f.col)),
      );
      fixes.forEach((f, i) => writeSafeValues(ws, f.row, f.col, cells[i], [[f.to]])); // "90%", "=…" and the like stay the text the fix shows
      if (desired) {
        try {
          reconcile(ws, desired);
          shown.set(sheetName, desired);
        } catch (e) {
          shown.delete(sheetName);
          throw e;
        }
      }
      return { status: "applied" as const, applied: fixes.length, stale: [], syncs: 0 };
    });
  }

  /** Brings our conditional formats on the sheet to `desired`: deletes the unwanted (and duplicates), adds the missing. */
  function reconcile(ws: EtWorksheet, desired: Map<string, HighlightArea>): HighlightResult {
    const fcs = ws.Cells.FormatConditions;
    const all = Array.from({ length: fcs.Count }, (_, i) => fcs.Item(i + 1));
    const plan = planReconcile(
      all.map((fc) => (fc.Type === XL.expression ? keyFromFormula(fc.Formula1) : null)),
      desired,
    );
    // backwards: deleting shifts the later indexes
    for (const i of [...plan.remove].sort((a, b) => b - a)) all[i].Delete();
    for (const area of plan.add) {
      const target = ws.Range(rangeToA1(area.rect)).FormatConditions;
      const fc = target.Add(XL.expression, undefined, markerFormula(area)) ?? target.Item(target.Count);
      fc.Interior.Color = bgr(HIGHLIGHT_COLORS[area.severity]);
    }
    return { writes: plan.remove.length + plan.add.length, syncs: 0 };
  }

  async function setHighlights(
    sheetName: string,
    findings: readonly Pick<Finding, "address" | "severity">[],
  ): Promise<HighlightResult> {
    const a = app();
    if (!a.ActiveWorkbook) return { writes: 0, syncs: 0 };
    const desired = plannedHighlights(findings);
    const current = shown.get(sheetName);
    if (current && sameKeys(current, desired)) return { writes: 0, syncs: 0 };
    try {
      const res = wrap("write-failed", () => reconcile(sheetNamed(a, sheetName), desired));
      shown.set(sheetName, desired);
      return res;
    } catch (e) {
      shown.delete(sheetName);
      throw e;
    }
  }

  async function clearHighlights(sheetName?: string): Promise<HighlightResult> {
    const a = app();
    if (!a.ActiveWorkbook) return { writes: 0, syncs: 0 };
    try {
      return wrap("write-failed", () => {
        if (sheetName !== undefined) {
          const r = reconcile(sheetNamed(a, sheetName), new Map());
          shown.set(sheetName, new Map());
          return r;
        }
        const sheets = workbook(a).Worksheets;
        let writes = 0;
        for (let i = 1; i <= sheets.Count; i++) {
          const ws = sheets.Item(i);
          writes += reconcile(ws, new Map()).writes;
          shown.set(ws.Name, new Map());
        }
        return { writes, syncs: 0 };
      });
    } catch (e) {
      if (sheetName !== undefined) shown.delete(sheetName);
      else shown.clear();
      throw e;
    }
  }

  async function load(key: string): Promise<unknown | null> {
    const a = app();
    return wrap("settings-failed", () => {
      const wb = a.ActiveWorkbook;
      return wb ? readValue(wb.CustomDocumentProperties, key) : null;
    });
  }

  async function save(key: string, value: unknown): Promise<void> {
    const a = app();
    wrap("settings-failed", () => writeValue(workbook(a).CustomDocumentProperties, key, value));
  }

  function insertHooks(a: EtApplication): WpsInsertHooks {
    return {
      app: a,
      markWritten: (sheet, addresses) => {
        markWritten(sheet, addresses);
        mergeCache.delete(sheet);
      },
      merges: (ws, area) => findMerges(ws, area),
    };
  }

  async function insertBlock(request: InsertBlockRequest): Promise<InsertBlockResult> {
    const a = app();
    workbook(a);
    const { runInsertBlock } = await loadInsert();
    return wrap("write-failed", () => runInsertBlock(request, insertHooks(a)));
  }

  async function addIndicatorRows(request: AddIndicatorsRequest): Promise<AddIndicatorsResult> {
    const a = app();
    workbook(a);
    const { runAddIndicators } = await loadInsert();
    return wrap("write-failed", () => runAddIndicators(request, insertHooks(a)));
  }

  return {
    capabilities,
    readActiveSheet,
    subscribe,
    select,
    readRange,
    applyFixes,
    setHighlights,
    clearHighlights,
    loadSettings: () => load(SETTINGS_KEY),
    saveSettings: (value: unknown) => save(SETTINGS_KEY, value),
    insertBlock,
    addIndicatorRows,
    loadUserTemplates: () => load(TEMPLATES_KEY),
    saveUserTemplates: (value: unknown) => save(TEMPLATES_KEY, value),
    loadIgnores: () => load(IGNORES_KEY),
    saveIgnores: (value: unknown) => save(IGNORES_KEY, value),
  };
}
