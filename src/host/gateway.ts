/**
 * The host interface: what the task pane, the ribbon commands and insertion may ask of the spreadsheet
 * program. Two implementations: Office.js in src/excel (Excel; also the Excel simulator) and the WPS ET
 * object model in src/wps (WPS 表格; also the WPS simulator). The host is chosen once at start-up (see
 * detect.ts and the pane's entries); the pane sees only this interface, through a React context, so it can
 * also run against a plain fake in tests. Type-only: no Office.js, no WPS API here.
 */
import type { CellRange, CellValue, Finding, Fix, SheetInput, Severity } from "../domain/model/types";
import type { Block } from "../domain/templates/build-block";
import type { HostMessageId } from "../domain/i18n/host";
import type { RefuseCode } from "../domain/insert/refusals";

/**
 * What happens to the user's undo history when the add-in writes: "grouped" = the write joins it as one step
 * (ExcelApi 1.20); "cleared" = the write empties it (Excel below 1.20); "not-recorded" = the write cannot be undone
 * and the user's earlier steps may be lost too (WPS 表格 keeps no undo history for add-in writes).
 */
export type UndoBehaviour = "grouped" | "cleared" | "not-recorded";

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
  /** How add-in writes meet the user's undo history; absent = "grouped" with undoGrouping, else "cleared". */
  undo?: UndoBehaviour;
  /**
   * The host's own explanation of that, for the settings panel, when the pane's Excel texts do not fit (WPS):
   * an id of `hostMessages` (src/domain/i18n/host.ts).
   */
  undoNote?: HostMessageId;
  /** The host's display language, e.g. "zh-CN", "en-US"; null when unknown. */
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

/** 修复 / 全部修复: the cells to write, and the highlights the sheet should show once they are written. */
export interface FixesRequest {
  sheet: string;
  fixes: readonly Fix[];
  /**
   * The findings to highlight after the fixes (the pane lints the fixed values before writing), written in the
   * same host operation so that the fix and its highlight change are one undo step; omitted = leave highlights.
   */
  highlights?: readonly Pick<Finding, "address" | "severity">[];
}

export interface FixesResult {
  /** applied: every fix written; stale: some cell no longer holds what the finding saw (nothing written); failed: no such sheet. */
  status: FixResult;
  /** Cells written. */
  applied: number;
  /** Addresses whose content changed since the check (status "stale"). */
  stale: string[];
  /** Host round trips (Office.js: context.sync). */
  syncs: number;
}

/** Values and number formats of a rectangle (one host read), for checking again only the block an edit touched. */
export interface RangeRead {
  values: CellValue[][];
  /** Parallel to values; absent when every cell is General. */
  formats?: (string | null)[][];
}

/** 插入模板: where the block goes (planned by src/domain/insert). */
export interface InsertBlockRequest {
  block: Block;
  /** Below the last block on the active sheet, or at the selected cell when the area it needs is empty. */
  where: "below" | "selection";
  /** When the area at the selection is not empty: insert entire rows there (true) or refuse (false). */
  allowShift: boolean;
}

/** A refused insertion: a code of `REFUSALS` and its placeholders' values; the pane renders the text. */
export type InsertRefusal = {
  ok: false;
  code: RefuseCode;
  data: Readonly<Record<string, string | number>>;
};

export type InsertBlockResult =
  | {
      ok: true;
      sheet: string;
      /** The inserted block, e.g. "A40:F75". */
      address: string;
      range: CellRange;
      /** Entire rows inserted at `at` (everything from there down moved by `count`); null when none. */
      shifted: { at: number; count: number } | null;
      /** Cells (A1) the user still has to fill. */
      required: string[];
      /** Cells (A1) marked 请核对: a default or a figure from another town's form, marked until edited. */
      review: string[];
      syncs: number;
    }
  | InsertRefusal;

/** 添加标准指标: rows added inside one 二级 group of an existing table. */
export interface AddIndicatorsRequest {
  /** The table's range as last checked; it is looked up again on the sheet. */
  table: CellRange;
  l1: string;
  l2: string;
  /** [一级, 二级, 三级, 实施周期指标值, 年度指标值] per row (buildRows), in the table's framework. */
  rows: string[][];
}

export type AddIndicatorsResult =
  | {
      ok: true;
      sheet: string;
      /** The rows written, e.g. "A20:F22". */
      address: string;
      added: number;
      /** 三级 names already in the table, left out. */
      skipped: string[];
      /** Entire rows inserted at `at`; count 0 when the group's empty row took the only indicator. */
      inserted: { at: number; count: number };
      syncs: number;
    }
  | InsertRefusal;

export interface Gateway {
  capabilities(): Promise<Capabilities>;
  /**
   * Reads the active sheet: values, number formats (`formats`, parallel to values) and merged areas; on Excel in
   * at most 2 context.sync calls whatever its size.
   */
  readActiveSheet(): Promise<SheetInput>;
  /**
   * Calls back (not debounced: the pane's LiveValidationController debounces) when the user edits a sheet or
   * activates another. Returns an unsubscribe.
   */
  subscribe(listener: (change: SheetChange) => void): Promise<() => Promise<void>>;
  /** Activates the sheet and selects the address. */
  select(sheet: string, address: string): Promise<void>;
  /**
   * Reads one rectangle of a sheet (values and number formats; Excel: one context.sync). The pane reads only the
   * block an edit touched this way, instead of the whole sheet.
   */
  readRange(sheet: string, range: CellRange): Promise<RangeRead>;
  /**
   * Writes every fix (fix.to into its cell) if every cell still holds its fix.from, else writes nothing ("stale"),
   * and brings the highlights to `highlights` in the same host operation: on Excel one Excel.run with
   * mergeUndoGroup (ExcelApi 1.20), so that 修复 or 全部修复 with its highlight change is one undo step.
   */
  applyFixes(request: FixesRequest): Promise<FixesResult>;
  /**
   * Makes the add-in's highlights on `sheet` show exactly these findings. Writes only the
   * difference from what is already there; writes nothing when the flagged cells did not change.
   * Never touches the user's own values or formats (conditional formats owned by the add-in).
   */
  setHighlights(sheet: string, findings: readonly Pick<Finding, "address" | "severity">[]): Promise<HighlightResult>;
  /** Removes every highlight the add-in made on the sheet (all sheets when omitted). */
  clearHighlights(sheet?: string): Promise<HighlightResult>;
  /**
   * The add-in's settings stored in the workbook, so they travel with the file (Excel: document settings; WPS:
   * custom document properties); null when none.
   */
  loadSettings(): Promise<unknown | null>;
  saveSettings(value: unknown): Promise<void>;
  // Templates (issue "One-click templates").
  /** Inserts a block (Excel: one Excel.run, one read sync, one write sync); never onto a non-empty cell. */
  insertBlock(request: InsertBlockRequest): Promise<InsertBlockResult>;
  /** Inserts rows right after a 二级 group's last row (entire rows, shifting down); never overwrites. */
  addIndicatorRows(request: AddIndicatorsRequest): Promise<AddIndicatorsResult>;
  /** The user's own templates stored in the workbook (a settings entry of their own); null when none. */
  loadUserTemplates(): Promise<unknown | null>;
  saveUserTemplates(value: unknown): Promise<void>;
  /** 忽略此条: the ignored findings stored in the workbook (an entry of their own, see domain/ignores.ts); null when none. */
  loadIgnores(): Promise<unknown | null>;
  saveIgnores(value: unknown): Promise<void>;
}

export type { CellValue, Severity };
