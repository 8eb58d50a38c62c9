/**
 * `buildBlock(template, params, options)`: a template and its parameters → a block of cells laid out
 * exactly like the real forms (docs/domain.md §1, seeds 001/002), with its merges, formats, dropdowns and the
 * cells the user still has to fill. Pure: the task pane writes it with one `writeRows`, the command
 * line with exceljs. Coordinates are relative: the block's top-left cell is row 1, column 1 (A1);
 * `placeBlock` moves them to a sheet position.
 */
import { fromA1, rangeToA1, toA1 } from "../model/a1";
import type { CellRange, CellValue, Framework, SheetInput } from "../model/types";
import { FRAMEWORKS, level2Names } from "./frameworks";
import { tableRows, type TableRow } from "./build-rows";
import { parseParams, type BlockParams, type ParamKey, type ParamsOptions } from "./params";
import type { Bilingual, Template } from "./schema";

export const BLOCK_WIDTH = 6;

export interface BlockFormats {
  /** Cells (or ranges) in bold: titles, labels, the table header. */
  bold: CellRange[];
  /** Columns (1-based) whose text wraps. */
  wrapColumns: number[];
  /** Width of each column, in Excel's character units; index 0 is column A. */
  columnWidths: number[];
  /** Thin borders on every cell of this range (the form, without its title lines). */
  border: CellRange;
  /** Number formats, e.g. the budget amount `#,##0.00`. */
  numberFormats: { range: CellRange; format: string }[];
  /** Taller rows for the goal texts. */
  rowHeights: { row: number; height: number }[];
}

export interface BlockValidation {
  range: CellRange;
  /** The dropdown's choices. */
  list: string[];
}

export interface Block {
  kind: "project" | "department";
  framework: Framework;
  /** cells[i][j] is the cell at relative row i + 1, column j + 1. Every row has BLOCK_WIDTH cells. */
  cells: CellValue[][];
  merges: CellRange[];
  formats: BlockFormats;
  /** 一级 column: the framework's 一级 names; 二级 column: every 二级 name of the framework. */
  validations: BlockValidation[];
  /** A1 addresses (relative) of the cells that still hold a default the user must replace. */
  required: string[];
  /**
   * Cells (relative A1) holding a value the user did not give: a default, or a figure taken from one town's form
   * (≤119277元/人/年, 81台). They are marked 请核对 on the sheet until edited.
   */
  review: string[];
  /** Where the indicator table is: its header row and its rows (relative). */
  table: { range: CellRange; headerRow: number; rows: TableRow[] };
  params: BlockParams;
}

export interface BuildOptions extends ParamsOptions {
  /** The block's framework (default: the template's). Rows are moved into it (成本 under 产出 ↔ 成本 as 一级). */
  framework?: Framework;
  /** List every 二级 of the framework, empty where the template has none (the real forms do). Default false. */
  placeholders?: boolean;
}

/** Bad parameters: the message in both languages. */
export class TemplateParamsError extends Error {
  readonly zh: string;
  readonly en: string;
  constructor(m: Bilingual) {
    super(`${m.zh} / ${m.en}`);
    this.name = "TemplateParamsError";
    this.zh = m.zh;
    this.en = m.en;
  }
}

export type BuildResult = { ok: true; block: Block } | { ok: false; error: Bilingual };

/** Like `buildBlock`, but returns bad parameters as a result instead of throwing. */
export function tryBuildBlock(template: Template, params: unknown = {}, options: BuildOptions = {}): BuildResult {
  const p = parseParams(template, params, options);
  if (!p.ok) return { ok: false, error: p.error };
  return { ok: true, block: assemble(template, p.params, p.defaulted, options) };
}

/** Builds the block. Throws `TemplateParamsError` (zh + en) when `params` do not validate. */
export function buildBlock(template: Template, params: unknown = {}, options: BuildOptions = {}): Block {
  const r = tryBuildBlock(template, params, options);
  if (!r.ok) throw new TemplateParamsError(r.error);
  return r.block;
}

/** The rows the table is built from: chosen sets replace a form's own table; a set adds to itself. */
function rowLists(template: Template, sets: readonly Template[]) {
  if (template.kind === "indicators") return [template.rows, ...sets.map((s) => s.rows)];
  return sets.length > 0 ? sets.map((s) => s.rows) : [template.rows];
}

class Sheet {
  cells: CellValue[][] = [];
  merges: CellRange[] = [];
  bold: CellRange[] = [];
  numberFormats: BlockFormats["numberFormats"] = [];
  rowHeights: BlockFormats["rowHeights"] = [];
  required: string[] = [];
  review: string[] = [];
  /** Dropdowns of the form's fields (项目类型, 项目等级). */
  dropdowns: BlockValidation[] = [];

  /** Appends a row; returns its 1-based relative index. */
  row(values: CellValue[]): number {
    const line: CellValue[] = Array.from({ length: BLOCK_WIDTH }, (_, j) => values[j] ?? null);
    this.cells.push(line);
    return this.cells.length;
  }
  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 !== r2 || c1 !== c2) this.merges.push({ r1, c1, r2, c2 });
  }
  boldAt(r1: number, c1: number, r2 = r1, c2 = c1): void {
    this.bold.push({ r1, c1, r2, c2 });
  }
  need(row: number, col: number, when: boolean): void {
    if (when) this.required.push(toA1(row, col));
  }
  check(row: number, col: number, when: boolean): void {
    const a = toA1(row, col);
    if (when && !this.review.includes(a)) this.review.push(a);
  }
}

function assemble(template: Template, params: BlockParams, defaulted: ParamKey[], options: BuildOptions): Block {
  const framework = options.framework ?? template.framework;
  const rows = tableRows(rowLists(template, options.sets ?? []), framework, params.budget, {
    placeholders: options.placeholders,
  });
  const d = new Set(defaulted);
  const s = new Sheet();
  const kind = template.kind === "department" ? "department" : "project";
  const head = kind === "department" ? departmentHead(s, params, d) : projectHead(s, params, d);
  const table = indicatorTable(s, rows, kind === "department" ? "年度指标值" : "当年度指标值");
  const last = s.cells.length;
  return {
    kind,
    framework,
    cells: s.cells,
    merges: s.merges,
    formats: {
      bold: s.bold,
      wrapColumns: [2, 3, 4, 5, 6],
      columnWidths: [16, 14, 18, 30, 24, 24],
      border: { r1: head.formStart, c1: 1, r2: last, c2: BLOCK_WIDTH },
      numberFormats: s.numberFormats,
      rowHeights: s.rowHeights,
    },
    validations: [
      ...s.dropdowns,
      ...(table.firstRow <= last
        ? [
            { range: { r1: table.firstRow, c1: 2, r2: last, c2: 2 }, list: [...FRAMEWORKS[framework].level1] },
            { range: { r1: table.firstRow, c1: 3, r2: last, c2: 3 }, list: level2Names(framework) },
          ]
        : []),
    ],
    required: s.required,
    review: s.review,
    table: { range: { r1: table.headerRow, c1: 1, r2: last, c2: BLOCK_WIDTH }, headerRow: table.headerRow, rows },
    params,
  };
}

const MONEY_FORMAT = "#,##0.00";

/** 项目类型 as the seed and corpus forms write it (the dropdown warns on other text but accepts it). */
export const PROJECT_TYPES = [
  "人员类",
  "公用经费类",
  "其他运转类（综合类）",
  "其他特定目标类（部门职能类）",
  "其他特定目标类（重点项目类）",
  "其他事业发展性支出",
];
export const PROJECT_LEVELS = ["一级项目", "二级项目"];

/** Defaults the user must replace (a placeholder or an example); 项目类型/等级 and the years are sensible as they are. */
const TO_FILL = new Set<ParamKey>(["name", "dept", "unit", "budget", "periodGoal", "annualGoal"]);

/** 项目绩效目标表 (seeds 001/002): label rows, then 总体绩效目标, then the indicator table. */
function projectHead(s: Sheet, p: BlockParams, d: Set<ParamKey>): { formStart: number } {
  const title = s.row(["项目绩效目标表"]);
  s.merge(title, 1, title, BLOCK_WIDTH);
  s.boldAt(title, 1);
  const sub = s.row([`（${p.budgetYear}年度）`]);
  s.merge(sub, 1, sub, BLOCK_WIDTH);
  const labelled = (label: string, value: CellValue, key: ParamKey) => {
    const r = s.row([label, value]);
    s.merge(r, 2, r, BLOCK_WIDTH);
    s.boldAt(r, 1);
    s.need(r, 2, d.has(key) && TO_FILL.has(key));
    s.check(r, 2, d.has(key) && TO_FILL.has(key));
    return r;
  };
  const formStart = labelled("项目名称", p.name, "name");
  const type = labelled("项目类型", p.type, "type");
  const level = labelled("项目等级", p.level, "level");
  s.dropdowns.push({
    range: { r1: type, c1: 2, r2: type, c2: 2 },
    list: PROJECT_TYPES.includes(p.type) ? PROJECT_TYPES : [p.type, ...PROJECT_TYPES],
  });
  s.dropdowns.push({
    range: { r1: level, c1: 2, r2: level, c2: 2 },
    list: PROJECT_LEVELS.includes(p.level) ? PROJECT_LEVELS : [p.level, ...PROJECT_LEVELS],
  });
  labelled("主管部门", p.dept, "dept");
  labelled("用款单位", p.unit, "unit");
  const period = s.row(["实施周期", "起始年度", p.startYear, "到期年度", p.endYear]);
  s.merge(period, 5, period, BLOCK_WIDTH);
  s.boldAt(period, 1, period, 2);
  s.boldAt(period, 4);
  const budget = labelled(`${p.budgetYear}年预算金额`, p.budget, "budget");
  s.numberFormats.push({ range: { r1: budget, c1: 2, r2: budget, c2: 2 }, format: MONEY_FORMAT });
  const goal = s.row(["总体绩效目标", "实施周期总目标"]);
  s.merge(goal, 2, goal, BLOCK_WIDTH);
  s.boldAt(goal, 1, goal, 2);
  const pg = s.row([null, p.periodGoal]);
  s.merge(pg, 2, pg, BLOCK_WIDTH);
  s.need(pg, 2, d.has("periodGoal"));
  s.check(pg, 2, d.has("periodGoal"));
  s.rowHeights.push({ row: pg, height: 60 });
  const ag0 = s.row([null, `${p.budgetYear}年度目标`]);
  s.merge(ag0, 2, ag0, BLOCK_WIDTH);
  s.boldAt(ag0, 2);
  const ag = s.row([null, p.annualGoal]);
  s.merge(ag, 2, ag, BLOCK_WIDTH);
  s.need(ag, 2, d.has("annualGoal"));
  s.check(ag, 2, d.has("annualGoal"));
  s.rowHeights.push({ row: ag, height: 60 });
  s.merge(goal, 1, ag, 1);
  return { formStart };
}

/** 部门整体支出绩效目标表 (seeds 000/002), amounts in 元; the budget identities of docs/domain.md §5 hold. */
function departmentHead(s: Sheet, p: BlockParams, d: Set<ParamKey>): { formStart: number } {
  const title = s.row(["部门整体支出绩效目标表"]);
  s.merge(title, 1, title, BLOCK_WIDTH);
  s.boldAt(title, 1);
  const sub = s.row([`（${p.budgetYear}年度）`]);
  s.merge(sub, 1, sub, BLOCK_WIDTH);
  const name = s.row(["部门名称", p.name]);
  s.merge(name, 2, name, BLOCK_WIDTH);
  s.boldAt(name, 1);
  s.need(name, 2, d.has("name"));
  s.check(name, 2, d.has("name"));
  const info = s.row(["基本信息", "财政供养人员数", p.staff, "下属二级单位数", 0]);
  s.merge(info, 5, info, BLOCK_WIDTH);
  s.boldAt(info, 1);
  s.need(info, 3, d.has("staff"));
  s.check(info, 3, d.has("staff"));
  const fiscal = p.basicBudget + p.budget;
  const b0 = s.row(["预算整体情况", "部门预算支出", "预算金额(元)", "收入来源", "预算金额(元)"]);
  const b1 = s.row([null, "基本支出", p.basicBudget, "财政拨款", fiscal]);
  s.row([null, "项目支出", p.budget, "其他资金", 0]);
  const b3 = s.row([null, "事业发展性支出", "预算金额(元)", "按预算级次划分", "预算金额(元)"]);
  s.row([null, "财政专项资金", p.budget, "镇本级使用资金", fiscal]);
  const b5 = s.row([null, "其他事业发展性支出", 0, "拟用于对下转移支付资金", 0]);
  s.merge(b0, 1, b5, 1);
  for (let r = b0; r <= b5; r++) s.merge(r, 5, r, BLOCK_WIDTH);
  s.boldAt(b0, 1, b0, 5);
  s.boldAt(b3, 2, b3, 5);
  s.numberFormats.push(
    { range: { r1: b1, c1: 3, r2: b5, c2: 3 }, format: MONEY_FORMAT },
    { range: { r1: b1, c1: 5, r2: b5, c2: 5 }, format: MONEY_FORMAT },
  );
  s.need(b1, 3, d.has("basicBudget"));
  s.need(b1 + 1, 3, d.has("budget"));
  s.check(b1, 3, d.has("basicBudget"));
  s.check(b1 + 1, 3, d.has("budget"));
  const goal = s.row(["总体绩效目标", p.periodGoal]);
  s.merge(goal, 2, goal, BLOCK_WIDTH);
  s.boldAt(goal, 1);
  s.need(goal, 2, d.has("periodGoal"));
  s.check(goal, 2, d.has("periodGoal"));
  s.rowHeights.push({ row: goal, height: 60 });
  const th = s.row(["年度重点工作任务", "名称", "主要实施内容", "拟投入的资金(元)", "期望达到的目标(概述)"]);
  s.merge(th, 5, th, BLOCK_WIDTH);
  s.boldAt(th, 1, th, 5);
  let lastTask = th;
  for (const t of p.tasks) {
    lastTask = s.row([null, t.name, t.content, t.amount, t.goal]);
    s.merge(lastTask, 5, lastTask, BLOCK_WIDTH);
    s.numberFormats.push({ range: { r1: lastTask, c1: 4, r2: lastTask, c2: 4 }, format: MONEY_FORMAT });
    if (d.has("tasks"))
      for (const c of [2, 3, 4, 5]) {
        s.need(lastTask, c, true);
        s.check(lastTask, c, true);
      }
    s.rowHeights.push({ row: lastTask, height: 45 });
  }
  s.merge(th, 1, lastTask, 1);
  const other = s.row(["其他需完成的任务(可选填)", p.otherTasks === "" ? null : p.otherTasks]);
  s.merge(other, 2, other, BLOCK_WIDTH);
  s.boldAt(other, 1);
  return { formStart: name };
}

/** A target holding a number that is not a percentage (a count, a money standard): a figure to check. */
function seededFigure(text: string | null): boolean {
  return text !== null && /\d/.test(text) && !/^[≥≤<>=]?\s*\d+(\.\d+)?\s*%$/.test(text.trim());
}

/** The 绩效指标 table: header, then the rows with runs of equal 一级 / 一级+二级 merged. */
function indicatorTable(
  s: Sheet,
  rows: readonly TableRow[],
  annualHeader: string,
): { headerRow: number; firstRow: number } {
  const headerRow = s.row(["绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", annualHeader]);
  s.boldAt(headerRow, 1, headerRow, BLOCK_WIDTH);
  const firstRow = headerRow + 1;
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    const sameL1 = prev !== undefined && prev.l1 === r.l1;
    const sameL2 = sameL1 && prev.l2 === r.l2;
    const at = s.row([null, sameL1 ? null : r.l1, sameL2 ? null : r.l2, r.l3, r.period, r.annual]);
    // a figure from one town's form (81台, ≤119277元/人/年), not a rate and not the user's own budget: 请核对
    if (!r.fromBudget) {
      s.check(at, 5, seededFigure(r.period));
      s.check(at, 6, seededFigure(r.annual));
    }
  });
  const runs = (key: (r: TableRow) => string, col: number) => {
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i === rows.length || key(rows[i]) !== key(rows[start])) {
        s.merge(firstRow + start, col, firstRow + i - 1, col);
        start = i;
      }
    }
  };
  runs((r) => r.l1, 2);
  runs((r) => `${r.l1}|${r.l2}`, 3);
  if (rows.length > 0) s.merge(headerRow, 1, headerRow + rows.length, 1);
  return { headerRow, firstRow };
}

// ---------------------------------------------------------------- placing a block on a sheet

const shift = (r: CellRange, dr: number, dc: number): CellRange => ({
  r1: r.r1 + dr,
  c1: r.c1 + dc,
  r2: r.r2 + dr,
  c2: r.c2 + dc,
});

export interface PlacedBlock {
  /** Top-left cell on the sheet, 1-based. */
  origin: { row: number; col: number };
  /** The block's range on the sheet. */
  range: CellRange;
  address: string;
  cells: CellValue[][];
  merges: CellRange[];
  formats: BlockFormats;
  validations: BlockValidation[];
  required: string[];
  review: string[];
}

/** The block moved to `origin` (sheet-absolute, 1-based): every range and address shifted. */
export function placeBlock(block: Block, origin: { row: number; col: number } = { row: 1, col: 1 }): PlacedBlock {
  const dr = origin.row - 1,
    dc = origin.col - 1;
  const range = {
    r1: origin.row,
    c1: origin.col,
    r2: origin.row + block.cells.length - 1,
    c2: origin.col + BLOCK_WIDTH - 1,
  };
  const f = block.formats;
  return {
    origin,
    range,
    address: rangeToA1(range),
    cells: block.cells,
    merges: block.merges.map((m) => shift(m, dr, dc)),
    formats: {
      bold: f.bold.map((m) => shift(m, dr, dc)),
      wrapColumns: f.wrapColumns.map((c) => c + dc),
      columnWidths: f.columnWidths,
      border: shift(f.border, dr, dc),
      numberFormats: f.numberFormats.map((n) => ({ range: shift(n.range, dr, dc), format: n.format })),
      rowHeights: f.rowHeights.map((h) => ({ row: h.row + dr, height: h.height })),
    },
    validations: block.validations.map((v) => ({ range: shift(v.range, dr, dc), list: [...v.list] })),
    required: block.required.map((a) => {
      const c = fromA1(a)!;
      return toA1(c.r1 + dr, c.c1 + dc);
    }),
    review: block.review.map((a) => {
      const c = fromA1(a)!;
      return toA1(c.r1 + dr, c.c1 + dc);
    }),
  };
}

/** The block as the engine's input (for a preview lint, or a test). */
export function blockToSheet(
  block: Block,
  name = "Sheet1",
  origin: { row: number; col: number } = { row: 1, col: 1 },
): SheetInput {
  const placed = placeBlock(block, origin);
  return { name, values: block.cells.map((r) => [...r]), origin, merges: placed.merges };
}
