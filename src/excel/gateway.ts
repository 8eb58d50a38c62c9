/**
 * What the task pane may ask of Excel. The pane only sees this interface (through a React
 * context), so it can run against Excel, the in-browser simulator (which installs the same
 * `Excel`/`Office` globals) or a plain fake in tests. Type-only: no Office.js here.
 */
import type { CellValue, Finding, Fix, SheetInput, Severity } from "../domain/model/types";

export interface Capabilities {
  /** ExcelApi 1.9: the minimum the manifest declares. */
  api19: boolean;
  /** ExcelApi 1.13: getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** ExcelApi 1.14: event.triggerSource, to ignore our own writes. */
  triggerSource: boolean;
  /** ExcelApi 1.18: cell notes. */
  notes: boolean;
  /** ExcelApi 1.20: writes join the user's undo history and can be merged into one step. */
  undoGrouping: boolean;
  /** Office display language, e.g. "zh-CN", "en-US"; null outside Office. */
  displayLanguage: string | null;
  isDarkTheme: boolean;
}

export interface SheetChange {
  kind: "edit" | "activate" | "structure";
  /** Name of the sheet that changed or became active. */
  sheet: string;
  /** A1 address of what changed, when known. */
  address?: string;
}

export interface HighlightResult {
  /** Number of highlight rules (conditional formats) added plus removed in this call; 0 = nothing written. */
  writes: number;
  /** Number of context.sync calls made. */
  syncs: number;
}

export type FixResult = "applied" | "stale" | "failed";

export interface Gateway {
  capabilities(): Promise<Capabilities>;
  /** Reads the active sheet: values and merged areas, in at most 2 context.sync calls whatever its size. */
  readActiveSheet(): Promise<SheetInput>;
  /** Calls back (not debounced) when the user edits a sheet or activates another. Returns an unsubscribe. */
  subscribe(listener: (change: SheetChange) => void): Promise<() => Promise<void>>;
  /** Activates the sheet and selects the address. */
  select(sheet: string, address: string): Promise<void>;
  /** Writes fix.to into the cell if it still holds fix.from. */
  applyFix(sheet: string, fix: Fix): Promise<FixResult>;
  /**
   * Makes the add-in's highlights on `sheet` show exactly these findings. Writes only the
   * difference from what is already there; writes nothing when the flagged cells did not change.
   * Never touches the user's own values or formats (conditional formats owned by the add-in).
   */
  setHighlights(sheet: string, findings: readonly Pick<Finding, "address" | "severity">[]): Promise<HighlightResult>;
  /** Removes every highlight the add-in made on the sheet (all sheets when omitted). */
  clearHighlights(sheet?: string): Promise<HighlightResult>;
  /** The add-in's settings stored in the workbook (Office.context.document.settings); null when none. */
  loadSettings(): Promise<unknown | null>;
  saveSettings(value: unknown): Promise<void>;
}

export type { CellValue, Severity };
