/**
 * Pure planning for template insertion (no Office.js here, so every decision is testable in Node):
 *
 * - `planPlacement`: where a block of height × width goes — below the last block, or at the selected
 *   cell when the area it needs is empty; otherwise entire rows are inserted at the anchor (shifting
 *   everything below down) or the insertion is refused with a zh + en reason. Never onto a non-empty
 *   cell, never into or across a merged area.
 * - `planBlockWrites`: a placed block → every write, as ranges (one values write, merges, formats per
 *   range, data validation per 一级 run).
 * - `planAddRows`: 添加标准指标 — rows inserted right after a 二级 group's last row of an existing table.
 */
import { fromA1, rangeToA1, toA1 } from "../domain/model/a1";
import type { CellRange, CellValue, Framework, SheetInput } from "../domain/model/types";
import { lintSheet } from "../domain/engine/lint";
import { Grid } from "../domain/engine/grid";
import { indicatorHeader } from "../domain/engine/read/index";
import type { ColumnMap } from "../domain/engine/model";
import { lookupName } from "../domain/model/taxonomy";
import { FRAMEWORKS } from "../domain/templates/frameworks";
import { BLOCK_WIDTH, placeBlock, type Block } from "../domain/templates/build-block";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Bilingual {
  zh: string;
  en: string;
}

export type InsertWhere = "below" | "selection";

export type RefuseCode = "occupied" | "merge-cut" | "no-room" | "no-table" | "no-group" | "nothing-to-add";

export interface PlacementInput {
  where: InsertWhere;
  /** When the target area is not empty: insert entire rows at the anchor (true) or refuse (false). */
  allowShift: boolean;
  height: number;
  width: number;
  /** Used range (values or formats); null on a blank sheet. */
  used: CellRange | null;
  /** Top-left of the selection (1-based); needed for "selection". */
  anchor?: { row: number; col: number };
  /** Values of the height × width area at the anchor ("selection"); "" and null are empty. */
  area?: readonly (readonly CellValue[])[];
  /** Every merged area of the sheet (1-based). */
  merges: readonly CellRange[];
  /** For tests: the sheet's size. */
  maxRows?: number;
  maxCols?: number;
}

export type Placement =
  | { kind: "place"; row: number; col: number }
  /** Insert `count` entire rows at row `at` (everything from `at` down moves by `count`), then place. */
  | { kind: "shift"; row: number; col: number; at: number; count: number }
  | { kind: "refuse"; code: RefuseCode; message: Bilingual };


const isEmpty = (v: CellValue | undefined): boolean => v === null || v === undefined || v === "";

const intersects = (a: CellRange, b: CellRange): boolean => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;

export function refuse(code: RefuseCode, data: Record<string, string | number> = {}): Placement & { kind: "refuse" } {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (w, k: string) => (k in data ? String(data[k]) : w));
  const m = REFUSALS[code];
  return { kind: "refuse", code, message: { zh: fill(m.zh), en: fill(m.en) } };
}

export const REFUSALS: Record<RefuseCode, Bilingual> = {
  occupied: {
    zh: "未插入：目标区域 {area} 不是空的（{cell} 有内容或属于合并单元格）。模板不会覆盖已有内容；请选择空白位置，或勾选“目标区域非空时插入新行”。",
    en: "Not inserted: the area {area} is not empty ({cell} holds something or is part of a merged area). A template never overwrites a cell; pick an empty place, or tick “Insert new rows when the area is not empty”.",
  },
  "merge-cut": {
    zh: "未插入：第 {row} 行位于合并单元格 {merge} 的中间，在此插入行会拆开或撑大它。请选择合并单元格以外的位置，或选择“在最后一个表块下方”。",
    en: "Not inserted: row {row} lies inside the merged area {merge}; inserting rows there would stretch it. Pick a place outside merged cells, or choose “Below the last block”.",
  },
  "no-room": {
    zh: "未插入：工作表剩余的行或列不够放下 {rows} 行 × {cols} 列的模板。",
    en: "Not inserted: the sheet has no room left for a {rows}-row × {cols}-column block.",
  },
  "no-table": {
    zh: "未添加：在 {area} 找不到带“一级指标、二级指标、三级指标”表头的指标表（可能已被修改，请重新检查）。",
    en: "Nothing added: no indicator table with a 一级/二级/三级 header was found at {area} (it may have changed; check the sheet again).",
  },
  "no-group": {
    zh: "未添加：该表中没有“{l1} / {l2}”这一组指标。",
    en: "Nothing added: the table has no “{l1} / {l2}” group.",
  },
  "nothing-to-add": {
    zh: "未添加：所选指标已全部在表中（三级指标名称相同）。",
    en: "Nothing added: every chosen indicator is already in the table (same 三级 name).",
  },
};

/** Where the block goes. Pure: the caller read the used range, the selection's area and the merges. */
export function planPlacement(input: PlacementInput): Placement {
  const maxRows = input.maxRows ?? MAX_ROWS;
  const maxCols = input.maxCols ?? MAX_COLS;
  const { height, width, used } = input;
  const size = { rows: height, cols: width };
  if (height < 1 || width < 1 || height > maxRows || width > maxCols) return refuse("no-room", size);

  if (input.where === "below" || !input.anchor) {
    // One blank row under everything on the sheet (values, formats and merges alike), aligned with its first column.
    const row = used ? used.r2 + 2 : 1;
    const col = used ? used.c1 : 1;
    if (row + height - 1 > maxRows || col + width - 1 > maxCols) return refuse("no-room", size);
    return { kind: "place", row, col };
  }

  const { row, col } = input.anchor;
  if (col + width - 1 > maxCols) return refuse("no-room", size);
  const target: CellRange = { r1: row, c1: col, r2: row + height - 1, c2: col + width - 1 };
  const blocker = firstBlocker(target, input.area ?? [], input.merges);
  if (!blocker && target.r2 <= maxRows) return { kind: "place", row, col };

  const areaText = rangeToA1(target);
  if (!input.allowShift) return refuse("occupied", { area: areaText, cell: blocker ?? toA1(maxRows, col) });

  // Entire rows at the anchor row: everything from there down moves; a blank row separates the block from it.
  const cut = input.merges.find((m) => m.r1 < row && row <= m.r2);
  if (cut) return refuse("merge-cut", { row, merge: rangeToA1(cut) });
  const count = height + 1;
  const lastUsed = used ? used.r2 : 0;
  const lastMerged = input.merges.reduce((n, m) => Math.max(n, m.r2), 0);
  if (Math.max(lastUsed, lastMerged, row) + count > maxRows) return refuse("no-room", size);
  return { kind: "shift", row, col, at: row, count };
}

/** The first cell of `target` that holds a value or lies in a merged area, as A1; null when the area is free. */
function firstBlocker(target: CellRange, area: readonly (readonly CellValue[])[], merges: readonly CellRange[]): string | null {
  for (let i = 0; i <= target.r2 - target.r1; i++) {
    const line = area[i] ?? [];
    for (let j = 0; j <= target.c2 - target.c1; j++) if (!isEmpty(line[j])) return toA1(target.r1 + i, target.c1 + j);
  }
  const m = merges.find((x) => intersects(x, target));
  return m ? toA1(Math.max(m.r1, target.r1), Math.max(m.c1, target.c1)) : null;
}

// ---------------------------------------------------------------- the block's writes

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
  /** 一级 column: the framework's 一级; 二级 column: per 一级 run, that 一级's 二级. */
  validations: { range: CellRange; list: string[] }[];
  /** Cells (A1) the user still has to fill. */
  required: string[];
}

/** Excel character widths → points (Calibri 11: 7 px per character plus 5 px padding; 0.75 pt per px). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 4) / 4;
}

/**
 * The writes that put `block` at (row, col). `used` is the used range before any row insertion and
 * `inserted` the entire rows inserted for the block, if any: column widths are set only for columns
 * outside `used`, row heights only for rows that held nothing.
 */
export function planBlockWrites(block: Block, row: number, col: number, used: CellRange | null, inserted: { at: number; count: number } | null = null): BlockWrites {
  const placed = placeBlock(block, { row, col });
  const f = placed.formats;
  const r = placed.range;
  const newRow = (x: number) => (inserted !== null && x >= inserted.at && x < inserted.at + inserted.count) || !used || x < used.r1 || x > used.r2;
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
    columnWidths: f.columnWidths.map((w, j) => ({ col: col + j, points: charsToPoints(w) })).filter((w) => newCol(w.col)),
    rowHeights: f.rowHeights.map((h) => ({ row: h.row, points: h.height })).filter((h) => newRow(h.row)),
    validations: blockValidations(block, row, col),
    required: placed.required,
  };
}

/** 一级 dropdown on the table's 一级 column; 二级 dropdown per run of rows under one 一级, listing that 一级's 二级. */
export function blockValidations(block: Block, row: number, col: number): { range: CellRange; list: string[] }[] {
  const fw = FRAMEWORKS[block.framework];
  const rows = block.table.rows;
  if (rows.length === 0) return [];
  const first = row - 1 + block.table.headerRow + 1;
  const l1Col = col + 1;
  const l2Col = col + 2;
  const out: { range: CellRange; list: string[] }[] = [{ range: { r1: first, c1: l1Col, r2: first + rows.length - 1, c2: l1Col }, list: [...fw.level1] }];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i].l1 === rows[start].l1) continue;
    const l1 = rows[start].l1;
    const list = [...(fw.level2[l1] ?? []), ...(fw.extraLevel2[l1] ?? [])];
    if (list.length > 0) out.push({ range: { r1: first + start, c1: l2Col, r2: first + i - 1, c2: l2Col }, list });
    start = i;
  }
  return out;
}

export { BLOCK_WIDTH };

// ---------------------------------------------------------------- 添加标准指标

export interface AddRowsInput {
  sheet: SheetInput;
  /** Where the table was when the pane last checked (its range); the table is looked up again here. */
  table: CellRange;
  /** The group, in the table's framework. */
  l1: string;
  l2: string;
  /** [一级, 二级, 三级, 实施周期指标值, 年度指标值] per row (buildRows). */
  rows: readonly (readonly string[])[];
}

/** The columns of an indicator table that insertion writes to, as the engine's reader maps them. */
export type ColumnRoles = Pick<ColumnMap, "label" | "l3" | "period" | "annual"> & { l1: number; l2: number };

export interface AddRowsPlan {
  kind: "add";
  framework: Framework;
  /** The table as found now. */
  table: CellRange;
  headerRow: number;
  cols: ColumnRoles;
  /** The group's rows before the insertion. */
  group: { r1: number; r2: number };
  /** Entire rows inserted at `at` (0 when every row fits in the group's empty placeholder row). */
  insert: { at: number; count: number };
  /** An empty placeholder row of the group that takes the first indicator, or null. */
  fillRow: number | null;
  /** Cell writes after the insertion (rows already in their final place). */
  cells: { row: number; col: number; value: string }[];
  /** Merges (after the insertion) to widen so that the new rows sit under the group's 一级 / 二级 cells. */
  widen: { from: CellRange; to: CellRange }[];
  /** The new rows × the table's columns, for borders and wrapping (null when no row is inserted). */
  newRows: CellRange | null;
  /** Rows added, and 三级 names skipped because the table already has them. */
  added: number;
  skipped: string[];
}

const nameOf = (text: string): string => lookupName(text).canonical ?? text;

/** The indicator table at `hint` (a lint of the sheet finds its current extent) with its header and column roles. */
export function findTable(sheet: SheetInput, hint: CellRange): { range: CellRange; framework: Framework; headerRow: number; cols: ColumnRoles } | null {
  const result = lintSheet(sheet);
  const candidates = result.tables.filter((t) => intersects(t.range, hint)).sort((a, b) => Math.abs(a.range.r1 - hint.r1) - Math.abs(b.range.r1 - hint.r1));
  const grid = new Grid(sheet);
  for (const t of candidates) {
    for (let r = t.range.r1; r <= Math.min(t.range.r2, t.range.r1 + 3); r++) {
      const map = indicatorHeader(grid, r);
      if (map) return { range: t.range, framework: t.framework, headerRow: r, cols: { label: map.label, l1: map.l1, l2: map.l2, l3: map.l3, period: map.period, annual: map.annual } };
    }
  }
  return null;
}

/** Plans 添加标准指标: which rows to insert where, what to write, which merges to widen. */
export function planAddRows(input: AddRowsInput): AddRowsPlan | (Placement & { kind: "refuse" }) {
  const t = findTable(input.sheet, input.table);
  if (!t) return refuse("no-table", { area: rangeToA1(input.table) });
  const grid = new Grid(input.sheet);
  const { cols } = t;
  const want = { l1: nameOf(input.l1), l2: nameOf(input.l2) };

  // Walk the table: 一级 / 二级 carried down over blank and merged cells.
  let l1: string | null = null;
  let l2: string | null = null;
  let group: { r1: number; r2: number } | null = null;
  const names = new Set<string>();
  for (let r = t.headerRow + 1; r <= t.range.r2; r++) {
    const a = grid.text(r, cols.l1);
    const b = grid.text(r, cols.l2);
    if (a !== "") {
      l1 = nameOf(a);
      l2 = null;
    }
    if (b !== "") l2 = nameOf(b);
    const l3 = grid.text(r, cols.l3);
    if (l3 !== "") names.add(l3.normalize("NFKC").replace(/\s+/g, ""));
    const inGroup = l1 === want.l1 && l2 === want.l2;
    if (inGroup && (group === null || group.r2 === r - 1)) group = group ? { r1: group.r1, r2: r } : { r1: r, r2: r };
  }
  if (!group) return refuse("no-group", { l1: input.l1, l2: input.l2 });

  const skipped: string[] = [];
  const rows = input.rows.filter((row) => {
    const k = (row[2] ?? "").normalize("NFKC").replace(/\s+/g, "");
    if (k === "" || names.has(k)) {
      if (k !== "") skipped.push(row[2]);
      return false;
    }
    names.add(k);
    return true;
  });
  if (rows.length === 0) return refuse("nothing-to-add");

  const valueCols = [cols.l3, cols.period, cols.annual].filter((c): c is number => c !== null);
  const emptyRow = (r: number) => valueCols.every((c) => grid.get(r, c) === null || grid.get(r, c) === "");
  const fillRow = group.r1 === group.r2 && emptyRow(group.r1) ? group.r1 : null;
  const toInsert = rows.length - (fillRow !== null ? 1 : 0);
  const at = group.r2 + 1;
  const merges = input.sheet.merges ?? [];
  const mergeAt = (r: number, c: number) => merges.find((m) => m.r1 <= r && r <= m.r2 && m.c1 <= c && c <= m.c2);

  // 一级 / 二级 cells of the new rows: under the group's merged cell (it grows by itself when it runs
  // past the group, and is widened here when it ends on the group's last row); in a table that merges
  // that column elsewhere, a single cell (or a cell with empty cells under it) becomes a merge too;
  // otherwise the names are written out.
  const labelCols = [cols.label, cols.l1, cols.l2].filter((c): c is number => c !== null);
  const lo = Math.min(...labelCols);
  const widen: AddRowsPlan["widen"] = [];
  const covered = new Set<number>();
  const mergedColumn = (c: number) => merges.some((m) => m.c1 <= c && c <= m.c2 && m.r1 > t.headerRow - 1 && m.r1 <= t.range.r2 && m.r2 > m.r1);
  // the forms merge runs of equal 一级 / 二级: a table that merges any of these columns gets merges
  const tableMerges = labelCols.some(mergedColumn);
  for (const c of labelCols) {
    const m = mergeAt(group.r2, c);
    if (m) {
      if (m.c1 < lo || m.c2 > cols.l2) continue;
      covered.add(c);
      if (toInsert > 0 && m.r2 === group.r2 && !widen.some((w) => w.from.r1 === m.r1 && w.from.c1 === m.c1)) widen.push({ from: { ...m }, to: { ...m, r2: m.r2 + toInsert } });
      continue;
    }
    if (toInsert === 0 || !tableMerges) continue;
    // the cell holding the name for the group's last row: the nearest filled cell above (none filled in between)
    const floor = c === cols.l2 ? group.r1 : c === cols.l1 ? t.headerRow + 1 : t.headerRow;
    let top = group.r2;
    while (top > floor && (grid.get(top, c) === null || grid.get(top, c) === "") && !mergeAt(top, c)) top--;
    if (mergeAt(top, c) || grid.get(top, c) === null || grid.get(top, c) === "") continue;
    covered.add(c);
    const from = { r1: top, c1: c, r2: group.r2, c2: c };
    widen.push({ from, to: { ...from, r2: group.r2 + toInsert } });
  }
  const writeL1 = !covered.has(cols.l1);
  const writeL2 = !covered.has(cols.l2);

  const cells: AddRowsPlan["cells"] = [];
  const put = (row: number, col: number | null, value: string) => {
    if (col !== null && value !== "") cells.push({ row, col, value });
  };
  rows.forEach((row, i) => {
    const target = fillRow !== null ? (i === 0 ? fillRow : at + i - 1) : at + i;
    const isNew = target >= at;
    if (isNew && writeL1) put(target, cols.l1, row[0]);
    if (isNew && writeL2) put(target, cols.l2, row[1]);
    put(target, cols.l3, row[2]);
    put(target, cols.period, row[3]);
    put(target, cols.annual, row[4]);
  });
  return {
    kind: "add",
    framework: t.framework,
    table: t.range,
    headerRow: t.headerRow,
    cols,
    group,
    insert: { at, count: toInsert },
    fillRow,
    cells,
    widen,
    newRows: toInsert > 0 ? { r1: at, c1: t.range.c1, r2: at + toInsert - 1, c2: t.range.c2 } : null,
    added: rows.length,
    skipped,
  };
}
