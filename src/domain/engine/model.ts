/** The document model the reader builds from a Grid and the rules inspect. Internal to the engine. */
import type { CellRange, CellValue, Framework } from "../model/types";
import type { ParsedValue } from "../model/value";

export interface TextCell {
  row: number;
  col: number;
  text: string;
  raw: CellValue;
}

export interface ValueCell extends TextCell {
  parsed: ParsedValue;
}

export interface AmountCell extends TextCell {
  /** In the block's unit (see unitFactor), null when blank or unreadable. */
  value: number | null;
  readable: boolean;
  decimals: number;
}

/** Value cells a finding is about: one, or 实施周期 and 年度 side by side with the same text. */
export interface ValueTarget {
  readonly cells: readonly ValueCell[];
  readonly range: CellRange;
}

export type NameState = "ok" | "missing" | "unknown" | "is-level2" | "is-level1";

export interface ColumnMap {
  label: number | null;
  l1: number;
  l2: number;
  l3: number;
  period: number | null;
  annual: number | null;
  unit: number | null;
  nature: number | null;
  symbol: number | null;
  weight: number | null;
  explain: number | null;
  project: number | null;
}

export interface RowModel {
  row: number;
  source: "table" | "coded";
  /** Canonical 一级 / 二级 in effect for the row (explicit or carried down), null when unknown or absent. */
  l1: string | null;
  l2: string | null;
  /** The cells the names were read from (possibly a row above, for merged / "same as above" cells). */
  l1Cell: TextCell | null;
  l2Cell: TextCell | null;
  l1Explicit: boolean;
  l2Explicit: boolean;
  l1State: NameState;
  l2State: NameState;
  /** 一级 name inferred from a 二级 name found in the 一级 column. */
  l1Inferred: boolean;
  l3: TextCell | null;
  period: ValueCell | null;
  annual: ValueCell | null;
  /** 计量单位 column, when the table has one. */
  unitText: string | null;
  /** -1: read one column to the left of the header; +1: names one column to the right. */
  shift: -1 | 0 | 1;
  /** A label that does not belong in the table's label column (e.g. 镇财政分局批复意见). */
  strayLabel: TextCell | null;
  placeholder: boolean;
  /**
   * Memo of the rule helpers in rules/utils.ts: what many rules ask about a row, computed once per lint
   * rather than once per rule. Plain fields that the reader sets empty (null / 0), so that every row has
   * one shape and needs no memo object of its own.
   */
  memoName3: string | null;
  /** Bit flags of rules/utils.ts; 0 until computed. */
  memoFacts: number;
  memoValues: readonly ValueCell[] | null;
  memoTargets: readonly ValueTarget[] | null;
  /** Coded text only: the codes as written. */
  codes?: { l1Code: string; l1Name: string; l2Code: string; l2Name: string; text: string; cellText: string };
}

export interface TableModel {
  id: string;
  blockId: string;
  kind: "table" | "coded";
  range: CellRange;
  headerRow: number;
  cols: ColumnMap | null;
  framework: Framework;
  rows: RowModel[];
  project?: ProjectModel;
  department?: DepartmentModel;
  /** Coded text: the cell holding all indicators; and the items that could not be read. */
  codedCell?: TextCell;
  unreadableItems?: string[];
  /** Title for grouping (项目名称 of a flat list group or a list row). */
  title?: string;
}

export interface ProjectModel {
  id: string;
  range: CellRange;
  name: TextCell | null;
  labels: Record<string, TextCell | undefined>;
  fields: Record<string, TextCell | undefined>;
  startYear: TextCell | null;
  endYear: TextCell | null;
  budgetYear: number | null;
  budgetLabel: TextCell | null;
  budget: AmountCell | null;
  /** 元 per unit of the budget cell. */
  budgetFactor: number;
  tables: TableModel[];
}

export type DeptAmountKey =
  | "basic"
  | "project"
  | "fiscal"
  | "other"
  | "special"
  | "otherDev"
  | "ownLevel"
  | "transfer";

export interface DepartmentModel {
  id: string;
  range: CellRange;
  name: TextCell | null;
  labels: Partial<Record<DeptAmountKey, TextCell>>;
  amounts: Partial<Record<DeptAmountKey, AmountCell>>;
  factor: number;
  tasks: { name: TextCell; amount: AmountCell | null; section: "key" | "other" }[];
  tasksFactor: number;
  tables: TableModel[];
}

export interface ListRowModel {
  row: number;
  name: TextCell;
  kind: "total" | "subtotal" | "project" | "secret";
  total: AmountCell | null;
  fiscal: AmountCell | null;
  special: AmountCell | null;
  other: AmountCell | null;
  table: TableModel | null;
}

export interface ProjectListModel {
  id: string;
  range: CellRange;
  headerRow: number;
  factor: number;
  cols: { name: number; total: number | null; fiscal: number | null; special: number | null; other: number | null; goal: number | null; indicators: number | null };
  rows: ListRowModel[];
}

export interface DocModel {
  sheet: string;
  /** Bounds of the sheet's content. */
  bounds: CellRange | null;
  projects: ProjectModel[];
  departments: DepartmentModel[];
  lists: ProjectListModel[];
  tables: TableModel[];
  /** True when the sheet has content but nothing was recognised. */
  unrecognised: boolean;
}
