/**
 * 添加标准指标: library rows go right after a 二级 group's last row of an existing indicator table. The table is
 * found by the engine's reader (findTables: its extent, header row and column roles), never by running the rules.
 * The plan says which entire rows to insert, what to write into them (and into the group's one empty placeholder row,
 * if it has one), which merges to widen and which dropdowns the new rows get; it never writes into a non-empty cell.
 */
import { rangeToA1 } from "../model/a1";
import type { CellRange, CellValue, Framework, SheetInput } from "../model/types";
import { Grid } from "../engine/grid";
import { findTables, type TableColumns } from "../engine/tables";
import { lookupName } from "../model/taxonomy";
import { FRAMEWORKS } from "../templates/frameworks";
import { level2Choices } from "./block-writes";
import { intersects } from "./placement";
import { refuse, type Refusal } from "./refusals";

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
export type ColumnRoles = Pick<TableColumns, "label" | "l3" | "period" | "annual"> & { l1: number; l2: number };

export interface FoundTable {
  range: CellRange;
  framework: Framework;
  headerRow: number;
  cols: ColumnRoles;
}

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
  /** Every cell write after the insertion (rows already in their final place): `newValues` and `fillCells` together. */
  cells: { row: number; col: number; value: string }[];
  /** Merges (after the insertion) to widen so that the new rows sit under the group's 一级 / 二级 cells. */
  widen: { from: CellRange; to: CellRange }[];
  /** The new rows × the table's columns, for borders and wrapping (null when no row is inserted). */
  newRows: CellRange | null;
  /** The values of `newRows` as one 2-D write (null where nothing goes); null when no row is inserted. */
  newValues: CellValue[][] | null;
  /** Writes into the placeholder row (`fillRow`), cell by cell: only into its empty cells. */
  fillCells: { row: number; col: number; value: string }[];
  /** Dropdowns of the new rows: the framework's 一级 on the 一级 column, the group's 一级's 二级 on the 二级 column. */
  validations: { range: CellRange; list: string[] }[];
  /** The rows written (the placeholder row and the new rows) across the table: what the result reports. */
  written: CellRange;
  /** Rows added, and 三级 names skipped because the table already has them. */
  added: number;
  skipped: string[];
}

const nameOf = (text: string): string => lookupName(text).canonical ?? text;
const key = (text: string): string => text.normalize("NFKC").replace(/\s+/g, "");

/**
 * The indicator table at `hint` (the reader finds its current extent; the nearest one by its first row when several
 * overlap), when it has 一级 and 二级 columns and its own header; null otherwise (no table there, coded text, a flat
 * list, one project of a multi-project list under a shared header: rows inserted there would cut the list's merges).
 */
export function findTable(sheet: SheetInput, hint: CellRange): FoundTable | null {
  const candidates = findTables(sheet)
    .filter((t) => intersects(t.range, hint))
    .sort((a, b) => Math.abs(a.range.r1 - hint.r1) - Math.abs(b.range.r1 - hint.r1));
  for (const t of candidates) {
    const c = t.columns;
    if (t.kind !== "table" || !c || c.l1 === null || c.l2 === null || t.headerTop < t.range.r1) continue;
    return {
      range: t.range,
      framework: t.framework,
      headerRow: t.headerRow,
      cols: { label: c.label, l1: c.l1, l2: c.l2, l3: c.l3, period: c.period, annual: c.annual },
    };
  }
  return null;
}

/** Plans 添加标准指标: which rows to insert where, what to write, which merges to widen. */
export function planAddRows(input: AddRowsInput): AddRowsPlan | Refusal {
  const t = findTable(input.sheet, input.table);
  if (!t) return refuse("no-table", { area: rangeToA1(input.table) });
  const grid = new Grid(input.sheet);
  const { cols } = t;
  const want = { l1: nameOf(input.l1), l2: nameOf(input.l2) };
  const isBlank = (r: number, c: number) => grid.get(r, c) === null || grid.get(r, c) === "";

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
    if (l3 !== "") names.add(key(l3));
    const inGroup = l1 === want.l1 && l2 === want.l2;
    if (inGroup && (group === null || group.r2 === r - 1)) group = group ? { r1: group.r1, r2: r } : { r1: r, r2: r };
  }
  if (!group) return refuse("no-group", { l1: input.l1, l2: input.l2 });

  const skipped: string[] = [];
  const rows = input.rows.filter((row) => {
    const k = key(row[2] ?? "");
    if (k === "" || names.has(k)) {
      if (k !== "") skipped.push(row[2]);
      return false;
    }
    names.add(k);
    return true;
  });
  if (rows.length === 0) return refuse("nothing-to-add");

  const valueCols = [cols.l3, cols.period, cols.annual].filter((c): c is number => c !== null);
  const emptyRow = (r: number) => valueCols.every((c) => isBlank(r, c));
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
  const mergedColumn = (c: number) =>
    merges.some((m) => m.c1 <= c && c <= m.c2 && m.r1 > t.headerRow - 1 && m.r1 <= t.range.r2 && m.r2 > m.r1);
  // the forms merge runs of equal 一级 / 二级: a table that merges any of these columns gets merges
  const tableMerges = labelCols.some(mergedColumn);
  for (const c of labelCols) {
    const m = mergeAt(group.r2, c);
    if (m) {
      if (m.c1 < lo || m.c2 > cols.l2) continue;
      covered.add(c);
      if (toInsert > 0 && m.r2 === group.r2 && !widen.some((w) => w.from.r1 === m.r1 && w.from.c1 === m.c1))
        widen.push({ from: { ...m }, to: { ...m, r2: m.r2 + toInsert } });
      continue;
    }
    if (toInsert === 0 || !tableMerges) continue;
    // the cell holding the name for the group's last row: the nearest filled cell above (none filled in between)
    const floor = c === cols.l2 ? group.r1 : c === cols.l1 ? t.headerRow + 1 : t.headerRow;
    let top = group.r2;
    while (top > floor && isBlank(top, c) && !mergeAt(top, c)) top--;
    if (mergeAt(top, c) || isBlank(top, c)) continue;
    covered.add(c);
    const from = { r1: top, c1: c, r2: group.r2, c2: c };
    widen.push({ from, to: { ...from, r2: group.r2 + toInsert } });
  }
  const writeL1 = !covered.has(cols.l1);
  const writeL2 = !covered.has(cols.l2);

  const cells: AddRowsPlan["cells"] = [];
  const put = (row: number, col: number | null, value: string) => {
    // the placeholder row keeps whatever it holds: only its empty cells are written
    if (col !== null && value !== "" && (row >= at || isBlank(row, col))) cells.push({ row, col, value });
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

  const newRows = toInsert > 0 ? { r1: at, c1: t.range.c1, r2: at + toInsert - 1, c2: t.range.c2 } : null;
  let newValues: CellValue[][] | null = null;
  const validations: AddRowsPlan["validations"] = [];
  if (newRows) {
    newValues = Array.from({ length: newRows.r2 - newRows.r1 + 1 }, () =>
      Array.from({ length: newRows.c2 - newRows.c1 + 1 }, (): CellValue => null),
    );
    for (const c of cells) if (c.row >= newRows.r1) newValues[c.row - newRows.r1][c.col - newRows.c1] = c.value;
    validations.push({
      range: { r1: newRows.r1, c1: cols.l1, r2: newRows.r2, c2: cols.l1 },
      list: [...FRAMEWORKS[t.framework].level1],
    });
    const l2list = level2Choices(t.framework, input.l1);
    if (l2list.length > 0)
      validations.push({ range: { r1: newRows.r1, c1: cols.l2, r2: newRows.r2, c2: cols.l2 }, list: l2list });
  }
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
    newRows,
    newValues,
    fillCells: cells.filter((c) => c.row < at),
    validations,
    written: {
      r1: fillRow ?? at,
      c1: t.range.c1,
      r2: toInsert > 0 ? at + toInsert - 1 : (fillRow ?? at),
      c2: t.range.c2,
    },
    added: rows.length,
    skipped,
  };
}
