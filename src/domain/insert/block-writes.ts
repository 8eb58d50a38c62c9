/**
 * A placed block → every write, as ranges: one values write, merges, formats per range, column widths and row
 * heights only where the user had nothing, data validation per 一级 run, the cells to fill and to review.
 */
import { fromA1, toA1 } from "../model/a1";
import type { CellRange, CellValue } from "../model/types";
import { placeBlock, type Block } from "../templates/build-block";
import { FRAMEWORKS } from "../templates/frameworks";

export interface BlockWrites {
  /** The block on the sheet. */
  range: CellRange;
  values: CellValue[][];
  merges: CellRange[];
  bold: CellRange[];
  wrap: CellRange[];
  borders: CellRange | null;
  numberFormats: { range: CellRange; format: string }[];
  /** Only for columns that held nothing before (a user's column widths are theirs). */
  columnWidths: { col: number; points: number }[];
  /** Only for rows that held nothing before. */
  rowHeights: { row: number; points: number }[];
  /** 一级 column: the framework's 一级; 二级 column: per 一级 run, that 一级's 二级; `field`: 项目类型 / 项目等级. */
  validations: { range: CellRange; list: string[]; field?: boolean }[];
  /** Cells (A1) the user still has to fill. */
  required: string[];
  /** The cell (A1) to select afterwards, to show the new block: the first one to fill, else the block's top-left. */
  focus: string;
  /** Cells holding a default or a seeded figure, with that value: marked 请核对 until edited. */
  review: { cell: CellRange; value: CellValue }[];
}

/**
 * The warning a dropdown shows on other text (Excel and WPS alike; one text in both languages, as a data validation
 * cannot switch language): INDICATOR_ALERT on 一级 / 二级 columns, FIELD_ALERT on 项目类型 / 项目等级 (`field`), whose
 * categories other provinces name differently, so other text is accepted after the warning.
 */
export const INDICATOR_ALERT = {
  title: "绩效指标 / Indicator",
  message: "不在本框架的指标名称中。/ Not a name of this framework.",
} as const;
export const FIELD_ALERT = {
  title: "项目信息 / Project field",
  message: "不在常用选项中，请核对。/ Not one of the usual choices; please check.",
} as const;

/** Excel character widths → points (Calibri 11: 7 px per character plus 5 px padding; 0.75 pt per px). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 4) / 4;
}

/**
 * The writes that put `block` at (row, col). `used` is the used range before any row insertion and
 * `inserted` the entire rows inserted for the block, if any: column widths are set only for columns
 * outside `used`, row heights only for rows that held nothing.
 */
export function planBlockWrites(
  block: Block,
  row: number,
  col: number,
  used: CellRange | null,
  inserted: { at: number; count: number } | null = null,
): BlockWrites {
  const placed = placeBlock(block, { row, col });
  const f = placed.formats;
  const r = placed.range;
  const newRow = (x: number) =>
    (inserted !== null && x >= inserted.at && x < inserted.at + inserted.count) || !used || x < used.r1 || x > used.r2;
  const newCol = (x: number) => !used || x < used.c1 || x > used.c2;
  const wrapCols = [...f.wrapColumns].sort((a, b) => a - b);
  const wrap: CellRange[] = [];
  for (const c of wrapCols) {
    const last = wrap[wrap.length - 1];
    if (last && last.c2 === c - 1) last.c2 = c;
    else wrap.push({ r1: r.r1, c1: c, r2: r.r2, c2: c });
  }
  return {
    range: r,
    values: placed.cells.map((line) => line.map((v) => (v === undefined ? null : v))),
    merges: placed.merges,
    bold: f.bold,
    wrap,
    borders: f.border,
    numberFormats: f.numberFormats,
    columnWidths: f.columnWidths
      .map((w, j) => ({ col: col + j, points: charsToPoints(w) }))
      .filter((w) => newCol(w.col)),
    rowHeights: f.rowHeights.map((h) => ({ row: h.row, points: h.height })).filter((h) => newRow(h.row)),
    validations: [...fieldValidations(placed, row - 1 + block.table.headerRow), ...blockValidations(block, row, col)],
    required: placed.required,
    focus: placed.required[0] ?? toA1(r.r1, r.c1),
    review: placed.review.map((a) => {
      const cell = fromA1(a)!;
      return { cell, value: placed.cells[cell.r1 - row]?.[cell.c1 - col] ?? null };
    }),
  };
}

/** The form's own dropdowns (项目类型, 项目等级): the block's validations above its table. */
function fieldValidations(
  placed: { validations: { range: CellRange; list: string[] }[] },
  headerRow: number,
): { range: CellRange; list: string[]; field: true }[] {
  return placed.validations
    .filter((v) => v.range.r2 < headerRow)
    .map((v) => ({ range: v.range, list: [...v.list], field: true as const }));
}

/** The 二级 names a 二级 dropdown under `l1` lists (the framework's, then its accepted extras). */
export function level2Choices(framework: Block["framework"], l1: string): string[] {
  const fw = FRAMEWORKS[framework];
  return [...(fw.level2[l1] ?? []), ...(fw.extraLevel2[l1] ?? [])];
}

/** 一级 dropdown on the table's 一级 column; 二级 dropdown per run of rows under one 一级, listing that 一级's 二级. */
export function blockValidations(block: Block, row: number, col: number): { range: CellRange; list: string[] }[] {
  const fw = FRAMEWORKS[block.framework];
  const rows = block.table.rows;
  if (rows.length === 0) return [];
  const first = row - 1 + block.table.headerRow + 1;
  const l1Col = col + 1;
  const l2Col = col + 2;
  const out: { range: CellRange; list: string[] }[] = [
    { range: { r1: first, c1: l1Col, r2: first + rows.length - 1, c2: l1Col }, list: [...fw.level1] },
  ];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i].l1 === rows[start].l1) continue;
    const list = level2Choices(block.framework, rows[start].l1);
    if (list.length > 0) out.push({ range: { r1: first + start, c1: l2Col, r2: first + i - 1, c2: l2Col }, list });
    start = i;
  }
  return out;
}
