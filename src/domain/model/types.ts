/**
 * The engine's input and output. Plain data only: no Office, React or Node types,
 * so the task pane, the command line and the tests all hand the engine the same thing.
 */

/** A cell as the engine sees it: what Excel's `range.values` gives, or exceljs after conversion. */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 1-based and sheet-absolute, inclusive on both ends. */
export interface CellRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** One worksheet, as read. */
export interface SheetInput {
  name: string;
  /** values[i][j] is the cell at row origin.row + i, column origin.col + j. Rows may be ragged. */
  values: CellValue[][];
  /** Sheet position of values[0][0], 1-based. Default { row: 1, col: 1 }. */
  origin?: { row: number; col: number };
  /** Merged areas, 1-based sheet-absolute. Only the top-left cell of a merge holds its value. */
  merges?: CellRange[];
  /**
   * Number format codes (Excel's `numberFormat`, xlsx `numFmt`), parallel to `values` (same origin, may be
   * ragged or sparse; null / missing = General). Only numeric cells need one: the engine reads a number as the
   * clerk sees it, e.g. 0.95 with format `0%` reads as "95%".
   */
  formats?: (string | null)[][];
}

export type Severity = "error" | "warning" | "info";
export type Category = "structure" | "taxonomy" | "value" | "completeness" | "budget" | "project";
export const CATEGORIES: readonly Category[] = ["structure", "taxonomy", "value", "completeness", "budget", "project"];
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type Framework = "2020" | "2021";

/** A one-click fix: put `to` into one cell, but only if it still holds `from`. */
export interface Fix {
  row: number;
  col: number;
  address: string;
  from: CellValue;
  to: string;
}

export type MessageData = Record<string, string | number>;

export interface Finding {
  /** `category/name`, stable, never reused. */
  ruleId: string;
  /** Stable short code, e.g. `JX201`. */
  code: string;
  category: Category;
  severity: Severity;
  /** Key into the rule's messages; the text is rendered only when shown (format.ts). */
  messageId: string;
  data: MessageData;
  range: CellRange;
  /** A1 address on the sheet, e.g. `C12` or `C12:C14` (no sheet name). */
  address: string;
  /** Id of the block the finding belongs to (see BlockInfo.id), if any. */
  blockId?: string;
  fix?: Fix;
}

export type BlockKind = "project" | "department" | "table" | "project-list";

export interface BlockInfo {
  id: string;
  kind: BlockKind;
  range: CellRange;
  address: string;
  /** 项目名称 / 部门名称 when known. */
  title?: string;
}

/** One indicator row read from a table or from coded text. */
export interface IndicatorInfo {
  /** 1-based sheet row. */
  row: number;
  level1: string | null;
  level2: string | null;
  level3: string | null;
  period: string | null;
  annual: string | null;
}

export interface TableInfo {
  blockId: string;
  range: CellRange;
  address: string;
  framework: Framework;
  indicators: IndicatorInfo[];
}

export interface LintResult {
  sheet: string;
  blocks: BlockInfo[];
  tables: TableInfo[];
  findings: Finding[];
}

export type Locale = "zh-CN" | "en-US";
