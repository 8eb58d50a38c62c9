/**
 * The Gateway on Office.js: the only code that talks to Excel. One Excel.run per operation,
 * loads queued before one sync, plain arrays out (STYLE §6.8, OFFICE-NOTES §4).
 */
import { parseAreaList } from "./areas";
import type { CellRange, CellValue, Finding, SheetInput } from "../domain/model/types";
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
} from "./gateway";
import { GatewayError, toGatewayError, tooManyCells } from "./errors";
import { queueSafeValues } from "./safe-write";
import { DEFAULT_MAX_CELLS } from "../domain/model/limits";
import { formatsGrid } from "../host/cells";
import { type HighlightArea, HIGHLIGHT_COLORS, keyFromFormula, markerFormula, plannedHighlights, planReconcile, sameKeys, unusableFixes } from "./highlights";

/** The insertion code (insert-block.ts and the template layout it needs), fetched the first time it is used. */
export type InsertModule = typeof import("./insert-block");
let insertModule: Promise<InsertModule> | null = null;
function loadInsertModule(): Promise<InsertModule> {
  // A separate chunk, so the pane's first load stays small.
  insertModule ??= import(/* webpackChunkName: "insert" */ "./insert-block").catch((e: unknown) => {
    insertModule = null; // a failed download is tried again next time
    throw e;
  });
  return insertModule;
}

/** Name of our entry in Office.context.document.settings. */
export const SETTINGS_KEY = "jixiao";
/** The user's own templates: an entry of their own, so saving the settings never touches them. */
export const TEMPLATES_KEY = "jixiao-templates";
/** 忽略此条: the ignored findings, an entry of their own too. */
export const IGNORES_KEY = "jixiao-ignores";
/** Excel gives null for values above 5,000,000 cells per read (excel-add-ins-ranges-large.md). */
export const MAX_CELLS_PER_SYNC = 5_000_000;
/** Rows per values block: the docs suggest 5k–20k rows per read. */
export const BLOCK_ROWS = 20_000;
/** Below ExcelApi 1.14, events on addresses we wrote this recently are taken as our own. */
export const SELF_WRITE_WINDOW_MS = 2_000;
/** Merged areas are re-read at most this often while the used range stays the same (office-js #5918). */
export const MERGES_TTL_MS = 60_000;

export { tooManyCells };

export interface OfficeGatewayOptions {
  /** For tests: the clock of the self-write guard. */
  now?: () => number;
  /** For tests: cells per values sync (default MAX_CELLS_PER_SYNC). */
  maxCellsPerSync?: number;
  /** For tests: rows per values block (default BLOCK_ROWS). */
  blockRows?: number;
  /** For tests (jest has no native dynamic import): hands over the insertion module. */
  loadInsertModule?: () => Promise<InsertModule>;
  /** Cells a sheet's used range may span to be checked (default DEFAULT_MAX_CELLS, the command's limit). */
  maxCells?: number;
}


function officeAvailable(): boolean {
  return typeof Office !== "undefined" && typeof Excel !== "undefined";
}

function supported(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}

function cellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- anything else a host returns is shown as its text
  return String(v);
}


function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === null || a === "") return b === null || b === "";
  return a === b;
}

export function createOfficeGateway(options: OfficeGatewayOptions = {}): Gateway {
  const now = options.now ?? (() => Date.now());
  const maxCells = options.maxCellsPerSync ?? MAX_CELLS_PER_SYNC;
  const blockRows = options.blockRows ?? BLOCK_ROWS;
  const loadInsert = options.loadInsertModule ?? loadInsertModule;
  const cellLimit = options.maxCells ?? DEFAULT_MAX_CELLS;
  /** Per sheet: the highlight areas we believe are in the workbook. */
  const shown = new Map<string, Map<string, HighlightArea>>();
  /** Self-write guard (below 1.14): "sheet!A1" → time written. */
  const recentWrites = new Map<string, number>();
  /** Merged areas per sheet, keyed by the used range they were read for. */
  const mergeCache = new Map<string, { key: string; at: number; merges: CellRange[] }>();

  function ensureOffice(): void {
    if (!officeAvailable()) throw new GatewayError("not-in-office");
  }

  function runOptions(write: boolean): Excel.RunOptions {
    const o: Excel.RunOptions = { delayForCellEdit: true };
    if (write && supported("1.20")) o.mergeUndoGroup = true;
    return o;
  }

  async function capabilities(): Promise<Capabilities> {
    const inOffice = typeof Office !== "undefined" && Office.context !== undefined;
    return {
      api19: supported("1.9"),
      mergedAreas: supported("1.13"),
      triggerSource: supported("1.14"),
      notes: supported("1.18"),
      undoGrouping: supported("1.20"),
      displayLanguage: inOffice ? (Office.context.displayLanguage ?? null) : null,
      isDarkTheme: inOffice ? Office.context.officeTheme?.isDarkTheme === true : false,
    };
  }

  async function readActiveSheet(): Promise<SheetInput> {
    ensureOffice();
    const withMerges = supported("1.13");
    try {
      return await Excel.run(runOptions(false), async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load("name");
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("address,rowIndex,columnIndex,rowCount,columnCount");
        await context.sync(); // 1: name and geometry

        if (used.isNullObject) return { name: sheet.name, values: [], origin: { row: 1, col: 1 }, merges: withMerges ? [] : undefined };
        const { rowIndex, columnIndex, rowCount, columnCount } = used;
        // the command's cell limit, before any value is read: a message instead of a pane frozen on a huge sheet
        if (rowCount * columnCount > cellLimit) throw tooManyCells(sheet.name, rowCount * columnCount, cellLimit);
        // Merged areas only when the used range moved or the cache is old: reading them can wipe the
        // user's undo history on some builds (office-js #5918), and live checking reads after every edit.
        const cacheKey = `${sheet.name}|${used.address}`;
        const cached = mergeCache.get(sheet.name);
        const fresh = cached && cached.key === cacheKey && now() - cached.at < MERGES_TTL_MS;
        let merged: Excel.RangeAreas | null = null;
        if (withMerges && !fresh) {
          merged = used.getMergedAreasOrNullObject();
          merged.load("address");
        }
        const rowsPerBlock = Math.max(1, Math.min(blockRows, Math.floor(maxCells / columnCount)));
        const blocksPerSync = Math.max(1, Math.floor(maxCells / (rowsPerBlock * columnCount)));
        const values: CellValue[][] = [];
        const codes: unknown[][] = [];
        // Normal sheets: one more sync. Above 5,000,000 cells: one sync per 5,000,000 cells.
        for (let start = 0; start < rowCount; start += rowsPerBlock * blocksPerSync) {
          const blocks: Excel.Range[] = [];
          for (let b = 0; b < blocksPerSync && start + b * rowsPerBlock < rowCount; b++) {
            const first = start + b * rowsPerBlock;
            const n = Math.min(rowsPerBlock, rowCount - first);
            const block = sheet.getRangeByIndexes(rowIndex + first, columnIndex, n, columnCount);
            block.load("values,numberFormat");
            blocks.push(block);
          }
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 5,000,000 cells: Excel's payload limit
          await context.sync(); // 2: values and number formats (and merged areas)
          for (const block of blocks) {
            if (!Array.isArray(block.values)) throw new GatewayError("too-large");
            for (const row of block.values) values.push(row.map(cellValue));
            if (Array.isArray(block.numberFormat)) for (const row of block.numberFormat) codes.push(row);
          }
        }
        const out: SheetInput = { name: sheet.name, values, origin: { row: rowIndex + 1, col: columnIndex + 1 } };
        const formats = codes.length === values.length ? formatsGrid(codes) : undefined;
        if (formats) out.formats = formats;
        if (merged) {
          const merges = merged.isNullObject ? [] : parseAreaList(merged.address);
          mergeCache.set(sheet.name, { key: cacheKey, at: now(), merges });
          out.merges = merges;
        } else if (withMerges && cached) out.merges = cached.merges.map((m) => ({ ...m }));
        return out;
      });
    } catch (e) {
      throw toGatewayError(e, "read");
    }
  }

  async function subscribe(listener: (change: SheetChange) => void): Promise<() => Promise<void>> {
    ensureOffice();
    const useTriggerSource = supported("1.14");
    const names = new Map<string, string>();

    async function nameOf(worksheetId: string, refresh: boolean): Promise<string | null> {
      const known = names.get(worksheetId);
      if (known && !refresh) return known;
      return Excel.run({ delayForCellEdit: true }, async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(worksheetId);
        ws.load("name");
        await context.sync();
        if (ws.isNullObject) return null;
        names.set(worksheetId, ws.name);
        return ws.name;
      });
    }

    function emit(change: SheetChange): void {
      try {
        listener(change);
      } catch (e) {
        console.error("jixiao: change listener failed", e);
      }
    }

    async function onChanged(ev: Excel.WorksheetChangedEventArgs): Promise<void> {
      if (useTriggerSource && ev.triggerSource === "ThisLocalAddin") return;
      const sheet = await nameOf(ev.worksheetId, false);
      if (sheet === null) return;
      if (!useTriggerSource) {
        const at = recentWrites.get(`${sheet}!${ev.address}`);
        if (at !== undefined && now() - at <= SELF_WRITE_WINDOW_MS) return;
      }
      const kind = ev.changeType === "RangeEdited" ? "edit" : "structure";
      // Someone else changed the sheet (the user, or Ctrl+Z, which also brings back earlier highlights): what we
      // believe is highlighted there may be wrong, so the next highlight write looks again instead of trusting it.
      shown.delete(sheet);
      emit({ kind, sheet, address: ev.address });
    }

    async function onActivated(ev: Excel.WorksheetActivatedEventArgs): Promise<void> {
      const sheet = await nameOf(ev.worksheetId, true);
      if (sheet !== null) emit({ kind: "activate", sheet });
    }

    try {
      const handlers = await Excel.run({ delayForCellEdit: true }, async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/id,items/name");
        const changed = sheets.onChanged.add(onChanged);
        const activated = sheets.onActivated.add(onActivated);
        await context.sync();
        for (const s of sheets.items) names.set(s.id, s.name);
        return [changed, activated];
      });
      let removed = false;
      return async () => {
        if (removed) return;
        removed = true;
        try {
          await Excel.run(handlers[0].context, async (context) => {
            for (const h of handlers) h.remove();
            await context.sync();
          });
        } catch (e) {
          throw toGatewayError(e, "subscribe");
        }
      };
    } catch (e) {
      throw toGatewayError(e, "subscribe");
    }
  }

  async function select(sheetName: string, address: string): Promise<void> {
    ensureOffice();
    try {
      await Excel.run(runOptions(false), async (context) => {
        const ws = context.workbook.worksheets.getItem(sheetName);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      });
    } catch (e) {
      throw toGatewayError(e, "select");
    }
  }

  async function readRange(sheetName: string, range: CellRange): Promise<RangeRead> {
    ensureOffice();
    const rows = range.r2 - range.r1 + 1;
    const cols = range.c2 - range.c1 + 1;
    if (!(rows >= 1 && cols >= 1 && range.r1 >= 1 && range.c1 >= 1)) return { values: [] };
    if (rows * cols > cellLimit) throw tooManyCells(sheetName, rows * cols, cellLimit);
    try {
      return await Excel.run(runOptions(false), async (context) => {
        const block = context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(range.r1 - 1, range.c1 - 1, rows, cols);
        block.load("values,numberFormat");
        await context.sync(); // the one read
        if (!Array.isArray(block.values)) throw new GatewayError("too-large");
        const out: RangeRead = { values: block.values.map((row) => row.map(cellValue)) };
        const formats = Array.isArray(block.numberFormat) ? formatsGrid(block.numberFormat) : undefined;
        if (formats) out.formats = formats;
        return out;
      });
    } catch (e) {
      throw toGatewayError(e, "read");
    }
  }

  /** Loads our conditional formats on the sheet (no sync). */
  function loadOurFormats(ws: Excel.Worksheet): Excel.ConditionalFormatCollection {
    const cfs = ws.getRange().conditionalFormats;
    cfs.load("items/type,items/customOrNullObject/rule/formula");
    return cfs;
  }

  /**
   * Queues the changes that bring the loaded conditional formats to `desired` (no sync): deletes the ones no
   * longer wanted (and duplicates), adds the missing ones. Returns how many were queued.
   */
  function queueReconcile(ws: Excel.Worksheet, cfs: Excel.ConditionalFormatCollection, desired: Map<string, HighlightArea>): number {
    const keys = cfs.items.map((cf) => (cf.type !== "Custom" || cf.customOrNullObject.isNullObject ? null : keyFromFormula(cf.customOrNullObject.rule.formula)));
    const plan = planReconcile(keys, desired);
    for (const i of plan.remove) cfs.items[i].delete();
    for (const area of plan.add) {
      const a = area.rect;
      const target = ws.getRangeByIndexes(a.r1 - 1, a.c1 - 1, a.r2 - a.r1 + 1, a.c2 - a.c1 + 1);
      const cf = target.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = markerFormula(area);
      cf.custom.format.fill.color = HIGHLIGHT_COLORS[area.severity];
    }
    return plan.remove.length + plan.add.length;
  }

  async function applyFixes(request: FixesRequest): Promise<FixesResult> {
    ensureOffice();
    const { sheet: sheetName, fixes } = request;
    if (unusableFixes(fixes)) return { status: "failed", applied: 0, stale: [], syncs: 0 };
    const desired = request.highlights ? plannedHighlights(request.highlights) : null;
    let syncs = 0;
    try {
      const out = await Excel.run(runOptions(true), async (context): Promise<FixesResult> => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheetName);
        const cells = fixes.map((f) => {
          const cell = ws.getRangeByIndexes(f.row - 1, f.col - 1, 1, 1);
          cell.load("values,formulas");
          return cell;
        });
        const cfs = desired ? loadOurFormats(ws) : null;
        await context.sync(); // 1: what the cells hold now (and our highlights)
        syncs++;
        if (ws.isNullObject) return { status: "failed", applied: 0, stale: [], syncs };
        const stale = fixes
          .filter((f, i) => {
            const formula: unknown = cells[i].formulas[0][0];
            return (typeof formula === "string" && formula.startsWith("=")) || !sameValue(f.from, cellValue(cells[i].values[0][0]));
          })
          .map((f) => f.address);
        if (stale.length > 0) return { status: "stale", applied: 0, stale, syncs };
        fixes.forEach((f, i) => queueSafeValues(cells[i], [[f.to]])); // "90%", "=…" and the like stay the text the fix shows
        if (cfs && desired) queueReconcile(ws, cfs, desired);
        await context.sync(); // 2: the fixes and their highlights, one undo step (mergeUndoGroup)
        syncs++;
        return { status: "applied", applied: fixes.length, stale: [], syncs };
      });
      if (out.status === "applied") {
        const at = now();
        for (const f of fixes) recentWrites.set(`${sheetName}!${f.address}`, at);
        if (desired) shown.set(sheetName, desired);
      }
      return out;
    } catch (e) {
      if (desired) shown.delete(sheetName); // unknown state: rediscover next time
      throw toGatewayError(e, "write");
    }
  }

  /**
   * Reads our conditional formats on the sheet (by their marker) and brings them to `desired`:
   * deletes the ones no longer wanted (and duplicates), adds the missing ones, in one write sync.
   */
  async function reconcile(sheetName: string, desired: Map<string, HighlightArea>): Promise<HighlightResult> {
    let syncs = 0;
    let writes = 0;
    await Excel.run(runOptions(true), async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      const cfs = loadOurFormats(ws);
      await context.sync(); // 1: what is there
      syncs++;
      writes = queueReconcile(ws, cfs, desired);
      if (writes > 0) {
        await context.sync(); // 2: every change at once
        syncs++;
      }
    });
    return { writes, syncs };
  }

  async function setHighlights(sheetName: string, findings: readonly Pick<Finding, "address" | "severity">[]): Promise<HighlightResult> {
    ensureOffice();
    const desired = plannedHighlights(findings);
    const current = shown.get(sheetName);
    if (current && sameKeys(current, desired)) return { writes: 0, syncs: 0 };
    try {
      const res = await reconcile(sheetName, desired);
      shown.set(sheetName, desired);
      return res;
    } catch (e) {
      shown.delete(sheetName); // unknown state: rediscover next time
      throw toGatewayError(e, "write");
    }
  }

  async function clearHighlights(sheetName?: string): Promise<HighlightResult> {
    ensureOffice();
    try {
      if (sheetName !== undefined) {
        const res = await reconcile(sheetName, new Map());
        shown.set(sheetName, new Map());
        return res;
      }
      let syncs = 0;
      let writes = 0;
      await Excel.run(runOptions(true), async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        syncs++;
        const all = sheets.items.map((ws) => {
          const cfs = ws.getRange().conditionalFormats;
          cfs.load("items/type,items/customOrNullObject/rule/formula");
          return cfs;
        });
        await context.sync();
        syncs++;
        for (const cfs of all)
          for (const cf of cfs.items) {
            if (cf.type !== "Custom" || cf.customOrNullObject.isNullObject) continue;
            if (keyFromFormula(cf.customOrNullObject.rule.formula) === null) continue;
            cf.delete();
            writes++;
          }
        if (writes > 0) {
          await context.sync();
          syncs++;
        }
        for (const ws of sheets.items) shown.set(ws.name, new Map());
      });
      return { writes, syncs };
    } catch (e) {
      if (sheetName !== undefined) shown.delete(sheetName);
      else shown.clear();
      throw toGatewayError(e, "write");
    }
  }

  async function loadSettings(key: string = SETTINGS_KEY): Promise<unknown | null> {
    ensureOffice();
    try {
      const v = Office.context.document.settings.get(key) as unknown;
      return v === undefined ? null : v;
    } catch (e) {
      throw toGatewayError(e, "settings");
    }
  }

  async function saveSettings(value: unknown, key: string = SETTINGS_KEY): Promise<void> {
    ensureOffice();
    try {
      Office.context.document.settings.set(key, value);
    } catch (e) {
      throw toGatewayError(e, "settings");
    }
    await new Promise<void>((resolve, reject) => {
      Office.context.document.settings.saveAsync((r: Office.AsyncResult<void>) => {
        if (r.status === Office.AsyncResultStatus.Succeeded) resolve();
        else reject(new GatewayError("settings-failed", { detail: r.error?.message, cause: r.error }));
      });
    });
  }

  /** What insertion needs from the gateway: run options, capabilities and the self-write guard. */
  function insertHooks() {
    return {
      runOptions: runOptions(true),
      mergedAreas: supported("1.13"),
      api19: supported("1.9"),
      markWritten: (sheet: string, addresses: string[]) => {
        const at = now();
        for (const a of addresses) recentWrites.set(`${sheet}!${a}`, at);
        mergeCache.delete(sheet); // merged areas changed
      },
    };
  }

  async function insertBlock(request: InsertBlockRequest): Promise<InsertBlockResult> {
    ensureOffice();
    const { runInsertBlock } = await loadInsert();
    return runInsertBlock(request, insertHooks());
  }

  async function addIndicatorRows(request: AddIndicatorsRequest): Promise<AddIndicatorsResult> {
    ensureOffice();
    const { runAddIndicators } = await loadInsert();
    return runAddIndicators(request, insertHooks());
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
    loadSettings: () => loadSettings(),
    saveSettings: (value: unknown) => saveSettings(value),
    insertBlock,
    addIndicatorRows,
    loadUserTemplates: () => loadSettings(TEMPLATES_KEY),
    saveUserTemplates: (value: unknown) => saveSettings(value, TEMPLATES_KEY),
    loadIgnores: () => loadSettings(IGNORES_KEY),
    saveIgnores: (value: unknown) => saveSettings(value, IGNORES_KEY),
  };
}
