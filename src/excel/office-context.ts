/**
 * What the parts of the Office.js gateway share: the caches of one gateway instance as an explicit state
 * object (created by createOfficeGateway and passed in, never module variables), its clock and limits, and the
 * small Office helpers every part uses.
 */
import type { CellRange } from "../domain/model/types";
import { GatewayError } from "../host/errors";
import type { HighlightArea } from "../host/highlights";

/** The caches of one gateway instance. */
export interface GatewayState {
  /** Per sheet: the highlight areas we believe are in the workbook. */
  readonly shown: Map<string, Map<string, HighlightArea>>;
  /** Self-write guard (below 1.14): "sheet!A1" → time written. */
  readonly recentWrites: Map<string, number>;
  /** Merged areas per sheet, keyed by the used range they were read for. */
  readonly mergeCache: Map<string, { key: string; at: number; merges: CellRange[] }>;
}

export function createGatewayState(): GatewayState {
  return { shown: new Map(), recentWrites: new Map(), mergeCache: new Map() };
}

/** One gateway instance: its state, clock and limits (from OfficeGatewayOptions or their defaults). */
export interface GatewayContext {
  readonly state: GatewayState;
  /** The clock of the self-write guard and of the merged-area cache. */
  readonly now: () => number;
  /** Cells per values sync. */
  readonly maxCellsPerSync: number;
  /** Rows per values block. */
  readonly blockRows: number;
  /** Cells a sheet's used range (or a read range) may span. */
  readonly cellLimit: number;
}

function officeAvailable(): boolean {
  return typeof Office !== "undefined" && typeof Excel !== "undefined";
}

export function supported(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}

export function ensureOffice(): void {
  if (!officeAvailable()) throw new GatewayError("not-in-office");
}

export function runOptions(write: boolean): Excel.RunOptions {
  const o: Excel.RunOptions = { delayForCellEdit: true };
  if (write && supported("1.20")) o.mergeUndoGroup = true;
  return o;
}
