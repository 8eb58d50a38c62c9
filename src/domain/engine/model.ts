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
  /** 元 per unit when the cell writes its own unit (2279.048 万元, 854万); it wins over the block's. */
  unit?: number | null;
}

/** A place on the sheet (1-based). */
export interface Place {
  row: number;
  col: number;
}

/** Value cells a finding is about: one, or 实施周期 and 年度 side by side with the same text. */
export interface ValueTarget {
  readonly cells: readonly ValueCell[];
  readonly range: CellRange;
}

/** "absent": the table has no 一级 / 二级 column at all (a flat list of indicators). */
export type NameState = "ok" | "missing" | "unknown" | "is-level2" | "is-level1" | "absent";

/**
 * What each column of an indicator table holds, as the reader understood it from the header words and the cells
 * (read/columns.ts). l3 is the indicator name column (三级指标, 指标内容, 指标 …); l1 / l2 are null in flat lists.
 */
export interface ColumnMap {
  label: number | null;
  l1: number | null;
  l2: number | null;
  l3: number;
  period: number | null;
  annual: number | null;
  /** 实际值 / 上年实现值: a baseline beside the target, not a target. */
  actual: number | null;
  unit: number | null;
  /** 指标性质 / 指标值类型: 定量 / 定性, 正向 / 反向, or the comparison itself (≥ = 定性). */
  nature: number | null;
  /** 计算符号: ≥ ＞ ＝ ＜ ≤. */
  symbol: number | null;
  weight: number | null;
  explain: number | null;
  /** 评分标准 / 扣分标准. */
  scoring: number | null;
  /** Multi-project lists: the project's name, code, amount and goal columns. */
  project: number | null;
  code: number | null;
  amount: number | null;
  goal: number | null;
}

export interface RowModel {
  /**
   * Which row model of the document this is: 0, 1, 2 … in the order the reader made them (below DocModel.rowCount).
   * Per-lint caches (rules/cache.ts) are arrays indexed by it.
   */
  ordinal: number;
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
  /** 计量单位 column, when the table has one and the cell names a unit ("-" names none). */
  unitText: string | null;
  /** Where the row's unit is or belongs: its 计量单位 cell, when the table has that column. */
  unitCell: Place | null;
  /** 指标性质 / 指标值类型 / 计算符号 cell, when the table has such a column and it is filled. */
  nature: TextCell | null;
  /** 权重 cell (its number, null when blank or not a number). */
  weight: AmountCell | null;
  /** 指标值说明 / 指标解释 cell; explainAt is where it is or belongs, when the table has that column. */
  explain: TextCell | null;
  explainAt: Place | null;
  /** Last row of a level label written over two rows (社会公众或服务 / 对象满意度指标), when joined. */
  l2EndRow?: number;
  /** -1: read one column to the left of the header; +1: names one column to the right. */
  shift: -1 | 0 | 1;
  /** A label that does not belong in the table's label column (e.g. 镇财政分局批复意见). */
  strayLabel: TextCell | null;
  placeholder: boolean;
  /** Coded text only: the codes as written. */
  codes?: { l1Code: string; l1Name: string; l2Code: string; l2Name: string; text: string; cellText: string };
}

export interface TableModel {
  id: string;
  blockId: string;
  kind: "table" | "coded";
  range: CellRange;
  /** The (last) header row; the rows read start below it. */
  headerRow: number;
  /** First header row: headerRow - 1 for a two-row header (指标值 over 实际值 / 预期值), else headerRow. */
  headerTop: number;
  cols: ColumnMap | null;
  framework: Framework;
  rows: RowModel[];
  /** No 一级 / 二级 columns: a flat list of indicators (their kind is told from their names). */
  flat: boolean;
  /** The old two-一级 form (财预〔2015〕88号): 产出 and 效益 only, 满意度 as a 二级 under 效益. */
  oldForm: boolean;
  /** One column for both levels: each 一级 on a row of its own (a heading), the 二级 on the rows below it. */
  levelsInOneColumn: boolean;
  /** Levels whose column the reader could not read (most names unknown): said once, not per row. */
  unreadable: ("l1" | "l2")[];
  /** Header cells over columns with content that the reader did not understand (their cells are not checked). */
  unknownHeaders: TextCell[];
  project?: ProjectModel;
  department?: DepartmentModel;
  /** Coded text: the cell holding all indicators; and the items that could not be read. */
  codedCell?: TextCell;
  unreadableItems?: string[];
  /** Title for grouping (项目名称 of a flat list group or a list row). */
  title?: string;
}

/** A labelled field of a form: the label, its value (null when empty) and where the value is or belongs. */
export interface Slot {
  label: TextCell;
  value: TextCell | null;
  at: Place;
}

/** A free-text field of a form (项目概况, 立项依据, 年度目标 …) with its label's text. */
export interface TextField {
  label: string;
  cell: TextCell;
}

/** A money total and its 其中 parts (财政拨款 + 其他资金, 1.中央 + 2.市级 …) as printed under it. */
export interface Breakdown {
  label: TextCell;
  /** Null when the form prints no total (the parts alone). */
  total: AmountCell | null;
  /** 元 per unit of the amounts, null when the form does not say. */
  factor: number | null;
  /** Top-level parts only ((一)(二) over 1、2、). */
  parts: { label: TextCell; amount: AmountCell }[];
}

export interface ProjectModel {
  id: string;
  range: CellRange;
  /** A form of label rows, or a project row of a multi-project list. */
  source: "form" | "list";
  name: TextCell | null;
  /** name, type, level, dept, unit, goal …: see read/project-form.ts. */
  slots: Record<string, Slot>;
  texts: TextField[];
  startYear: TextCell | null;
  endYear: TextCell | null;
  budgetYear: number | null;
  budgetLabel: TextCell | null;
  /** The year's budget; null when the form has none or prints only its parts. */
  budget: AmountCell | null;
  /** 元 per unit of the budget cell, null when the form does not say. */
  budgetFactor: number | null;
  /** 中期 / 资金总额 beside 当年 / 年度: the whole period's money, when printed. */
  periodBudget: AmountCell | null;
  breakdowns: Breakdown[];
  tables: TableModel[];
}

export type DeptAmountKey = "basic" | "project" | "fiscal" | "other" | "special" | "otherDev" | "ownLevel" | "transfer";

export interface TaskRow {
  name: TextCell;
  /** The task's money: its 小计 when filled, else its one amount, else the sum of its parts. */
  amount: AmountCell | null;
  section: "key" | "other";
  /** Money split over columns (小计 / 财政拨款 / 其他资金), when the header has them. */
  subtotal?: AmountCell | null;
  parts?: AmountCell[];
}

export interface DepartmentModel {
  id: string;
  range: CellRange;
  name: TextCell | null;
  labels: Partial<Record<DeptAmountKey, TextCell>>;
  amounts: Partial<Record<DeptAmountKey, AmountCell>>;
  factor: number;
  tasks: TaskRow[];
  tasksFactor: number;
  /** The 合计 row of a task table with money columns (金额合计 | * | 0 | 2377.15 | 0). */
  taskTotal: { label: TextCell; subtotal: AmountCell | null; parts: AmountCell[]; partLabels: string[] } | null;
  texts: TextField[];
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
  cols: {
    name: number;
    total: number | null;
    fiscal: number | null;
    special: number | null;
    other: number | null;
    goal: number | null;
    indicators: number | null;
  };
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
  /** How many row models the reader made (their ordinals are 0 … rowCount − 1). */
  rowCount: number;
}
