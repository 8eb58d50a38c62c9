/**
 * The Gateway on Office.js: the only code that talks to Excel. One Excel.run per operation,
 * loads queued before one sync, plain arrays out (docs/office.md §5).
 *
 * The parts, by seam: office-read.ts (the active sheet, a range), office-events.ts (sheet events and the
 * self-write guard), office-highlights.ts and office-fixes.ts (our conditional formats, fixes), office-settings.ts
 * (document settings: settings, user templates, ignores). Their caches are one GatewayState per gateway
 * (office-context.ts), passed in.
 */
import type { CellRange, Finding } from "../domain/model/types";
import type {
  AddIndicatorsRequest,
  AddIndicatorsResult,
  Capabilities,
  FixesRequest,
  Gateway,
  InsertBlockRequest,
  InsertBlockResult,
  SheetChange,
} from "./gateway";
import { toGatewayError, tooManyCells } from "../host/errors";
import { DEFAULT_MAX_CELLS, MAX_CELLS_PER_READ } from "../domain/model/limits";
import { createGatewayState, ensureOffice, type GatewayContext, runOptions, supported } from "./office-context";
import { BLOCK_ROWS, readActiveSheet, readRange } from "./office-read";
import { noteOwnWrites, subscribe } from "./office-events";
import { clearHighlights, setHighlights } from "./office-highlights";
import { applyFixes } from "./office-fixes";
import { loadSettings, saveSettings } from "./office-settings";
import { IGNORES_KEY, TEMPLATES_KEY } from "../host/constants";
import { onDemand } from "../host/on-demand";

export { BLOCK_ROWS, MERGES_TTL_MS } from "./office-read";
export { SELF_WRITE_WINDOW_MS } from "./office-events";
export { IGNORES_KEY, SETTINGS_KEY, TEMPLATES_KEY } from "./office-settings";

/** The insertion code (insert-block.ts and the template layout it needs), fetched the first time it is used. */
export type InsertModule = typeof import("./insert-block");
const loadInsertModule = onDemand<InsertModule>(() => import(/* webpackChunkName: "insert" */ "./insert-block"));

export { tooManyCells };

export interface OfficeGatewayOptions {
  /** For tests: the clock of the self-write guard. */
  now?: () => number;
  /** For tests: cells per values sync (default MAX_CELLS_PER_READ). */
  maxCellsPerSync?: number;
  /** For tests: rows per values block (default BLOCK_ROWS). */
  blockRows?: number;
  /** For tests (jest has no native dynamic import): hands over the insertion module. */
  loadInsertModule?: () => Promise<InsertModule>;
  /** Cells a sheet's used range may span to be checked (default DEFAULT_MAX_CELLS, the command's limit). */
  maxCells?: number;
}

export function createOfficeGateway(options: OfficeGatewayOptions = {}): Gateway {
  const now = options.now ?? (() => Date.now());
  const loadInsert = options.loadInsertModule ?? loadInsertModule;
  const ctx: GatewayContext = {
    state: createGatewayState(),
    now,
    maxCellsPerSync: options.maxCellsPerSync ?? MAX_CELLS_PER_READ,
    blockRows: options.blockRows ?? BLOCK_ROWS,
    cellLimit: options.maxCells ?? DEFAULT_MAX_CELLS,
  };

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

  /** What insertion needs from the gateway: run options, capabilities and the self-write guard. */
  function insertHooks() {
    return {
      runOptions: runOptions(true),
      mergedAreas: supported("1.13"),
      api19: supported("1.9"),
      markWritten: (sheet: string, addresses: string[]) => {
        noteOwnWrites(ctx, sheet, addresses);
        ctx.state.mergeCache.delete(sheet); // merged areas changed
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
    readActiveSheet: () => readActiveSheet(ctx),
    subscribe: (listener: (change: SheetChange) => void) => subscribe(ctx, listener),
    select,
    readRange: (sheetName: string, range: CellRange) => readRange(ctx, sheetName, range),
    applyFixes: (request: FixesRequest) => applyFixes(ctx, request),
    setHighlights: (sheetName: string, findings: readonly Pick<Finding, "address" | "severity">[]) =>
      setHighlights(ctx, sheetName, findings),
    clearHighlights: (sheetName?: string) => clearHighlights(ctx, sheetName),
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
