/**
 * Indicator tables: where one starts (a header row the reader understands, or rows that start with 一级 + 二级
 * names), how far it goes (blank rows, another block, a footer), and what each row says: 一级 / 二级 carried down
 * through merged and blank cells, rows shifted a column, stray section labels, labels written over two rows, the
 * target read with its comparison and unit columns. Multi-project lists (一体化 exports: a unit row, then each
 * project's row with code, name and 资金总额 and its indicators hanging below) come out as one table per project.
 */
import type { Framework } from "../../model/types";
import { COST_L2_2021, anyParentOf, isL1, levelPair, lookupName } from "../../model/taxonomy";
import { cellText, norm, shownDecimals } from "../../model/text";
import { columnUnit, comparisonOf, parseValue, withColumns } from "../../model/value";
import type { Grid } from "../grid";
import type { AmountCell, ColumnMap, Place, ProjectModel, RowModel, TableModel, TextCell, ValueCell } from "../model";
import { amountCell, textCell } from "./cells";
import { headerRole, headerlessAt, inferFromCells, mappedColumns, readHeader, type HeaderSpec } from "./columns";
import { isFooterRow, isPageHeaderRow, isTitleRow, unitFactorFrom } from "./labels";
import type { ReadContext, ReadOptions } from "./options";
import { listHeader } from "./project-list";
import { DEPT, HEADER, LEVEL, LIST, PROJECT, SHORT_HEADER, deptLabelCol, signals } from "./signals";

const LONG_TEXT = 60;

/** Where a table starts: its header (rows top … row), or the first row of a table without a header. */
export interface TableStart {
  header: HeaderSpec;
  /** First row of the body. */
  body: number;
}

/** An indicator table starting at row r (its header row, or its first row when it has no header), given r's signals. */
export function detectTable(g: Grid, r: number, sig: number, cx: ReadContext): TableStart | null {
  if (sig & (HEADER | SHORT_HEADER)) {
    const h = readHeader(g, r, cx, (sig & SHORT_HEADER) !== 0);
    if (h) return { header: h, body: h.row + 1 };
  }
  if (sig & LEVEL) {
    const cols = headerlessAt(g, r);
    if (cols) return { header: { top: r, row: r - 1, cols, unknown: [] }, body: r };
  }
  return null;
}

// ---------------------------------------------------------------- small builders

function valueCell(
  g: Grid,
  r: number,
  c: number | null,
  opt: ReadOptions,
  cmp: ReturnType<typeof comparisonOf>,
  unit: string | null,
  beside: ValueCell | null,
): ValueCell | null {
  if (c === null) return null;
  // a cell left out of the grid's index reads as "" (empty, blank, covered by a merge, not a finite number)
  const k = g.find(r, c);
  const raw = k >= 0 ? g.rawAt(k) : g.get(r, c);
  const text = k >= 0 ? g.textAt(k) : "";
  // the row's other target says the same (实施期 and 年度 alike, most rows): read once
  if (beside !== null && beside.raw === raw && beside.text === text)
    return { row: r, col: c, text, raw, parsed: beside.parsed };
  // a number reads as shown (95% for 0.95 formatted 0%): parse the shown text when the format changed it
  const shown = typeof raw === "number" && g.formatted && text !== cellText(raw) ? text : raw;
  let parsed = parseValue(shown, opt.vague);
  if (cmp !== null || unit !== null) parsed = withColumns(parsed, cmp, unit);
  return { row: r, col: c, text, raw, parsed };
}

// ---------------------------------------------------------------- extent

interface RawRow {
  row: number;
  shift: -1 | 0 | 1;
  c1: string;
  c2: string;
  c3: string;
  stray: TextCell | null;
  /** Multi-project lists: the project's name and code on this row ("" when none). */
  project: string;
  code: string;
  /** Last row of a level label joined from two rows. */
  l2End?: number;
}

/** Is the row a block of its own (another header, a project list, a title, a form's first label)? */
function startsOtherBlock(g: Grid, r: number, sig: number, multi: boolean): boolean {
  return (
    ((sig & LIST) !== 0 && listHeader(g, r) !== null) ||
    isTitleRow(g, r) ||
    ((sig & PROJECT) !== 0 && !multi) ||
    ((sig & DEPT) !== 0 && deptLabelCol(g, r) !== null)
  );
}

const text = (g: Grid, r: number, c: number | null, shift = 0): string => (c === null ? "" : g.text(r, c + shift));

function collectRows(
  g: Grid,
  start: TableStart,
  cols: ColumnMap,
  minCol: number,
  maxCol: number,
  cx: ReadContext,
): { raws: RawRow[]; last: number } {
  const raws: RawRow[] = [];
  const multi = cols.code !== null || cols.project !== null;
  let blank = 0;
  let last = start.header.row;
  for (let r = start.body; r <= g.lastRow; r++) {
    if (g.isBlankRow(r, minCol, maxCol)) {
      if (!g.isBlankRow(r) && !isPageHeaderRow(g, r)) break; // content outside the table's columns: something else starts
      if (++blank >= 2) break;
      continue;
    }
    if (isPageHeaderRow(g, r)) continue; // 表十二 / 续表 printed at a page break
    if (isTotalRow(g, r)) {
      blank = 0;
      last = r; // the table's, but no indicator
      continue;
    }
    const sig = signals(g, r);
    if (sig & HEADER) {
      const again = readHeader(g, r, cx);
      if (again) {
        if (blank <= 1 && again.cols.l3 === cols.l3 && again.cols.l1 === cols.l1) {
          blank = 0;
          last = again.row;
          r = again.row;
          continue; // a page header repeated mid-table
        }
        break;
      }
    }
    // a footer holds no target (rows with one are indicator rows: a footer check on each would cost more than all else)
    if (startsOtherBlock(g, r, sig, multi) || (!hasValue(g, r, cols) && isFooterRow(g, r))) break;
    let shift: -1 | 0 | 1 = 0;
    let stray: TextCell | null = null;
    if (cols.label !== null) {
      const lt = g.text(r, cols.label);
      if (lt !== "") {
        const ln = lookupName(lt).canonical;
        if (ln && (isL1(ln, "2021") || anyParentOf(ln, "2020") !== null)) {
          const n1 = cols.l1 !== null && g.text(r, cols.l1) ? lookupName(g.text(r, cols.l1)).canonical : null;
          if (
            cols.l1 !== null &&
            isL1(ln, "2021") &&
            (n1 === null || anyParentOf(n1, "2021") !== null || anyParentOf(n1, "2020") !== null)
          )
            shift = -1;
        } else if (headerRole(norm(lt)) !== "label") {
          // it stays in the table only if the row still reads as an indicator row
          const named = [cols.l1, cols.l2].some((c) => c !== null && lookupName(g.text(r, c)).canonical !== null);
          const l3 = g.text(r, cols.l3);
          const valued = [cols.period, cols.annual].some((c) => c !== null && g.text(r, c) !== "");
          if ((!named && !(l3 !== "" && l3.length <= LONG_TEXT && valued)) || lt.length > LONG_TEXT) break; // a closing section (批复意见 …)
          stray = textCell(g, r, cols.label);
        }
      }
    }
    const c1 = text(g, r, cols.l1, shift),
      c2 = text(g, r, cols.l2, shift),
      c3 = text(g, r, cols.l3, shift);
    if (shift === 0 && c1.length > LONG_TEXT && c2 === "" && c3 === "") break;
    blank = 0;
    last = r;
    raws.push({ row: r, shift, c1, c2, c3, stray, project: text(g, r, cols.project), code: text(g, r, cols.code) });
  }
  return { raws: joinSplitLabels(g, raws, cols), last };
}

/** 合计 and the like, opening a total row under the table. */
const TOTAL_WORD = /^(合计|总计|小计|总分|合计分值|分值合计|权重合计)$/;
/** What else a total row holds: sums (100, 100.0, 100%). */
const SUM = /^[\d.,]+%?$/;

/** The first characters of TOTAL_WORD's words: 合 总 小 分 权. */
function totalFirst(c: number): boolean {
  return c === 0x5408 || c === 0x603b || c === 0x5c0f || c === 0x5206 || c === 0x6743;
}

/** A total row under the table (合计 | | | | 100, the weights' sum): a word of TOTAL_WORD first, then sums only. */
function isTotalRow(g: Grid, r: number): boolean {
  const s = g.rowStart(r),
    e = g.rowEnd(r);
  // the first character first: this runs on every row of every table
  if (s === e || !totalFirst(g.textAt(s).charCodeAt(0)) || !TOTAL_WORD.test(g.keyAt(s))) return false;
  for (let k = s + 1; k < e; k++) if (!SUM.test(g.keyAt(k))) return false;
  return true;
}

function hasValue(g: Grid, r: number, cols: ColumnMap): boolean {
  return (cols.annual !== null && g.find(r, cols.annual) >= 0) || (cols.period !== null && g.find(r, cols.period) >= 0);
}

/** Is a row empty but for its 二级 cell (the second line of a label printed over two rows)? */
function onlyLevel2(g: Grid, x: RawRow, cols: ColumnMap): boolean {
  if (x.c2 === "" || x.c1 !== "" || x.c3 !== "") return false;
  for (const c of [cols.period, cols.annual, cols.unit, cols.weight])
    if (c !== null && g.text(x.row, c) !== "") return false;
  return true;
}

/** 社会公众或服务 / 对象满意度指标: a 二级 label broken over two rows is one label, on the first row. */
function joinSplitLabels(g: Grid, raws: RawRow[], cols: ColumnMap): RawRow[] {
  if (cols.l2 === null) return raws;
  // copied only from the first joined label on (most tables have none)
  let out: RawRow[] | null = null;
  for (let i = 0; i < raws.length; i++) {
    const x = raws[i],
      next = raws[i + 1];
    if (
      next &&
      next.row === x.row + 1 &&
      x.c2 !== "" &&
      onlyLevel2(g, next, cols) &&
      lookupName(x.c2).canonical === null
    ) {
      const joined = x.c2 + next.c2;
      if (lookupName(joined).canonical !== null) {
        out ??= raws.slice(0, i);
        out.push({ ...x, c2: joined, l2End: next.row });
        i++;
        continue;
      }
    }
    if (out !== null) out.push(x);
  }
  return out ?? raws;
}

// ---------------------------------------------------------------- reading

function detectFramework(raw: readonly RawRow[], forced: ReadOptions["framework"]): Framework {
  if (forced === "2020" || forced === "2021") return forced;
  let costAsL1 = false;
  let costAsL2 = false;
  for (const x of raw) {
    let n1 = x.c1 ? lookupName(x.c1).canonical : null;
    let n2 = x.c2 ? lookupName(x.c2).canonical : null;
    if (n1 === null && x.c1 !== "" && n2 === null) {
      const pair = levelPair(x.c1); // 成本指标-经济成本指标: both levels in the cell
      if (pair) ({ l1: n1, l2: n2 } = pair);
    }
    if (n2 && COST_L2_2021.has(n2)) return "2021";
    if (n1 && COST_L2_2021.has(n1)) return "2021";
    if (n1 === "成本指标") costAsL1 = true;
    if (n2 === "成本指标") costAsL2 = true;
  }
  return costAsL1 && !costAsL2 ? "2021" : "2020";
}

/** Reads the table that starts here: one table, or one per project of a multi-project list, and where it ends. */
export function readTable(
  g: Grid,
  start: TableStart,
  cx: ReadContext,
  ownerId: string | null,
): { tables: TableModel[]; projects: ProjectModel[]; end: number } {
  const { header } = start;
  const cols = { ...header.cols };
  const colList = mappedColumns(cols).concat(header.unknown.map((u) => u.col));
  let minCol = Math.min(...colList),
    maxCol = Math.max(...colList);
  let { raws, last } = collectRows(g, start, cols, minCol, maxCol, cx);
  const unknownHeaders = inferFromCells(g, cols, header.unknown, start.body, last).filter(
    (u) => !g.isBlankRow(u.row) && hasCells(g, u.col, start.body, last),
  );
  if (cols.l1 !== header.cols.l1 || cols.l2 !== header.cols.l2) {
    // the cells told where the levels are: read the rows again with them
    minCol = Math.min(...mappedColumns(cols));
    maxCol = Math.max(maxCol, ...mappedColumns(cols));
    ({ raws, last } = collectRows(g, start, cols, minCol, maxCol, cx));
  }
  // a column the cells told (targets or units under no header word) is the table's too
  for (const c of mappedColumns(cols)) {
    if (c < minCol) minCol = c;
    if (c > maxCol) maxCol = c;
  }

  // rows that start like a table but end at once (a long note beside level names) are no table
  if (raws.length === 0 && start.body === header.top) return { tables: [], projects: [], end: start.body };
  const multi = cols.code !== null || cols.project !== null;
  const groups = multi ? groupByProject(raws) : [{ title: "", first: null as RawRow | null, rows: raws }];
  const factor = multi ? listFactor(g, header.top) : null;
  const tables: TableModel[] = [];
  const projects: ProjectModel[] = [];
  for (let i = 0; i < groups.length; i++) {
    const grp = groups[i];
    // a unit row of a multi-project list (its projects follow) holds no indicator
    if (multi && grp.first && !grp.rows.some((x) => x.c1 !== "" || x.c2 !== "" || x.c3 !== "")) continue;
    const id = cx.nextId("t");
    const first = tables.length === 0 && !multi ? header.top : (grp.rows[0]?.row ?? header.top);
    const lastRow = grp.rows.length ? grp.rows[grp.rows.length - 1].row : first;
    const fw = detectFramework(grp.rows, cx.opt.framework);
    const oneColumn = cols.l2 === null && cols.l1 !== null && holdsBothLevels(grp.rows, fw);
    const rows = interpretRows(g, grp.rows, cols, fw, cx, oneColumn);
    const t: TableModel = {
      id,
      blockId: ownerId ?? id,
      kind: "table",
      range: {
        r1: first,
        c1: minCol,
        r2: Math.max(first, lastRow, i === groups.length - 1 && !multi ? last : first),
        c2: maxCol,
      },
      headerRow: header.row,
      headerTop: header.top,
      cols,
      framework: fw,
      rows,
      flat: cols.l1 === null && cols.l2 === null,
      oldForm: isOldForm(rows, fw),
      levelsInOneColumn: oneColumn,
      unreadable: unreadableLevels(rows),
      unknownHeaders: i === 0 ? unknownHeaders : [],
      title: grp.title || undefined,
    };
    if (multi && grp.first && (cols.amount !== null || cols.goal !== null || cols.code !== null)) {
      const p = listProject(g, grp.first.row, cols, header, cx.nextId("p"), factor);
      p.range = { r1: t.range.r1, c1: minCol, r2: t.range.r2, c2: maxCol };
      p.tables.push(t);
      t.project = p;
      t.blockId = p.id;
      projects.push(p);
    }
    tables.push(t);
  }
  return { tables, projects, end: Math.max(start.header.row, last) };
}

function hasCells(g: Grid, c: number, r1: number, r2: number): boolean {
  for (let r = r1; r <= r2; r++) if (g.find(r, c) >= 0) return true;
  return false;
}

function groupByProject(raws: readonly RawRow[]): { title: string; first: RawRow | null; rows: RawRow[] }[] {
  const groups: { title: string; first: RawRow | null; rows: RawRow[] }[] = [];
  let name = "",
    code = "";
  for (const x of raws) {
    if ((x.project !== "" && x.project !== name) || (x.project === "" && x.code !== "" && x.code !== code)) {
      name = x.project;
      code = x.code;
      groups.push({ title: name || code, first: x, rows: [] });
    }
    if (groups.length === 0) groups.push({ title: "", first: null, rows: [] });
    groups[groups.length - 1].rows.push(x);
  }
  return groups;
}

/** 金额单位：万元 printed above a multi-project list, or in its amount header. */
function listFactor(g: Grid, top: number): number | null {
  for (let r = top; r >= Math.max(g.firstRow, top - 3); r--) {
    for (let k = g.rowStart(r), e = g.rowEnd(r); k < e; k++) {
      const key = g.keyAt(k);
      if (key.includes("单位") || key.includes("金额") || key.includes("资金")) {
        const f = unitFactorFrom(key);
        if (f !== null) return f;
      }
    }
  }
  return null;
}

/** A project row of a multi-project list as a project: its name, its 资金总额 as the budget, its goal. */
function listProject(
  g: Grid,
  r: number,
  cols: ColumnMap,
  header: HeaderSpec,
  id: string,
  factor: number | null,
): ProjectModel {
  const headerCell = (c: number | null): TextCell | null => {
    if (c === null) return null;
    for (let hr = header.row; hr >= header.top; hr--) {
      const t = textCell(g, hr, c);
      if (t) return t;
    }
    return null;
  };
  const p: ProjectModel = {
    id,
    range: { r1: r, c1: g.firstCol, r2: r, c2: g.lastCol },
    source: "list",
    name: cols.project !== null ? textCell(g, r, cols.project) : null,
    slots: {},
    texts: [],
    startYear: null,
    endYear: null,
    budgetYear: null,
    budgetLabel: headerCell(cols.amount),
    budget: cols.amount !== null ? amountCell(g, r, cols.amount) : null,
    budgetFactor: factor,
    periodBudget: null,
    breakdowns: [],
    tables: [],
  };
  const goalLabel = headerCell(cols.goal);
  if (cols.goal !== null && goalLabel)
    p.slots.goal = { label: goalLabel, value: textCell(g, r, cols.goal), at: { row: r, col: cols.goal } };
  if (p.budget && p.budget.unit) p.budgetFactor = p.budget.unit;
  return p;
}

/** The old form: 满意度 as a 二级 under 效益, and no 满意度 一级. */
function isOldForm(rows: readonly RowModel[], fw: Framework): boolean {
  if (fw !== "2020") return false;
  let underBenefit = false;
  for (const r of rows) {
    if (r.l1 === "满意度指标") return false;
    if (r.l1 === "效益指标" && r.l2 === "服务对象满意度指标") underBenefit = true;
  }
  return underBenefit;
}

/** A level column whose names are mostly unknown was not understood: said once, not as an error per row. */
function unreadableLevels(rows: readonly RowModel[]): ("l1" | "l2")[] {
  let n1 = 0,
    u1 = 0,
    n2 = 0,
    u2 = 0;
  for (const r of rows) {
    if (r.l1Explicit) {
      n1++;
      if (r.l1State === "unknown") u1++;
    }
    if (r.l2Explicit) {
      n2++;
      if (r.l2State === "unknown") u2++;
    }
  }
  const out: ("l1" | "l2")[] = [];
  if (u1 >= 3 && u1 * 2 >= n1) out.push("l1");
  if (u2 >= 3 && u2 * 2 >= n2) out.push("l2");
  return out;
}

function place(r: number, c: number | null): Place | null {
  return c === null ? null : { row: r, col: c };
}

function weightCell(g: Grid, r: number, c: number | null): AmountCell | null {
  if (c === null) return null;
  const k = g.find(r, c);
  if (k < 0) return null;
  const t = g.textAt(k).replace(/%$/, "");
  const v = Number(t);
  return {
    row: r,
    col: c,
    text: g.textAt(k),
    raw: g.rawAt(k),
    value: t !== "" && Number.isFinite(v) ? v : null,
    readable: Number.isFinite(v),
    decimals: shownDecimals(t),
  };
}

/** A 一级 name inferred with its 二级 beside it: 成本指标 in a 2020 table is 产出's 成本 二级, so the 一级 is 产出指标. */
function level1Of(name: string, fw: Framework): string {
  return name === "成本指标" && fw === "2020" ? "产出指标" : name;
}

/**
 * No 二级 column, and the 一级 column holds 一级 names and 二级 names both, or both in one cell (产出指标-数量指标): one
 * column for the two levels.
 */
function holdsBothLevels(raws: readonly RawRow[], fw: Framework): boolean {
  let level1 = false,
    level2 = false;
  for (const x of raws) {
    if (x.c1 === "") continue;
    const n = lookupName(x.c1).canonical;
    if (n === null && levelPair(x.c1) !== null) return true;
    if (isL1(n, fw)) level1 = true;
    else if (n !== null && anyParentOf(n, fw) !== null) level2 = true;
    if (level1 && level2) return true;
  }
  return false;
}

function interpretRows(
  g: Grid,
  raws: readonly RawRow[],
  cols: ColumnMap,
  fw: Framework,
  cx: ReadContext,
  combined: boolean,
): RowModel[] {
  const opt = cx.opt;
  const out: RowModel[] = [];
  const flat1 = cols.l1 === null,
    flat2 = cols.l2 === null;
  let l1: string | null = null,
    l2: string | null = null;
  let l1Cell: TextCell | null = null,
    l2Cell: TextCell | null = null;
  let l1State: RowModel["l1State"] = flat1 ? "absent" : "missing",
    l2State: RowModel["l2State"] = flat2 ? "absent" : "missing";
  let l1Inferred = false;
  let l2End: number | undefined;
  for (const x of raws) {
    const r = x.row;
    let shift = x.shift;
    let l1Explicit = false,
      l2Explicit = false;
    let l3: TextCell | null = null;
    const n2 = x.c2 ? lookupName(x.c2).canonical : null;
    // (the 三级 cell is looked up only where the row may be shifted: most rows have a 一级 or no 一级 name in 二级)
    const n3 = !flat1 && !flat2 && x.c1 === "" && x.c3 !== "" && isL1(n2, "2021") ? lookupName(x.c3).canonical : null;
    if (n2 !== null && n3 !== null && anyParentOf(n3, fw) !== null) {
      // names one column to the right: 一级 in the 二级 column, 二级 in the 三级 column
      shift = 1;
      l1 = level1Of(n2, fw);
      l1Cell = textCell(g, r, cols.l2!);
      l1State = "ok";
      l1Inferred = false;
      l2 = n3;
      l2Cell = textCell(g, r, cols.l3);
      l2State = "ok";
      l2End = undefined;
      l1Explicit = l2Explicit = true;
    } else {
      const c1Name = combined && x.c1 !== "" ? lookupName(x.c1).canonical : null;
      const pair = combined && x.c1 !== "" && c1Name === null ? levelPair(x.c1) : null;
      if (pair !== null) {
        // both levels in the cell: 产出指标-数量指标
        l1Explicit = l2Explicit = true;
        l1Cell = l2Cell = textCell(g, r, cols.l1! + shift);
        l1 = level1Of(pair.l1, fw);
        l1State = "ok";
        l1Inferred = false;
        l2 = pair.l2;
        l2State = anyParentOf(pair.l2, fw) !== null ? "ok" : "unknown";
        l2End = undefined;
      } else if (c1Name !== null && !isL1(c1Name, fw) && anyParentOf(c1Name, fw) !== null) {
        // one column for both levels (一级 on a row of its own, 二级 on the rows below it): this is the row's 二级, under
        // the 一级 above it (or its own 一级 when none is above)
        l2Explicit = true;
        l2 = c1Name;
        l2Cell = textCell(g, r, cols.l1! + shift);
        l2State = "ok";
        l2End = undefined;
        if (l1 === null) {
          l1 = anyParentOf(c1Name, fw);
          l1State = "ok";
          l1Inferred = true;
        }
      } else if (x.c1 !== "") {
        l1Explicit = true;
        l1Cell = textCell(g, r, cols.l1! + shift);
        const n1 = lookupName(x.c1).canonical;
        l1Inferred = false;
        if (isL1(n1, fw)) {
          l1 = n1;
          l1State = "ok";
        } else if (n1 && anyParentOf(n1, fw)) {
          l1 = anyParentOf(n1, fw);
          l1State = "is-level2";
          l1Inferred = true;
        } else if (n1 && isL1(n1, "2021")) {
          l1 = n1; // 成本指标 as 一级 in a 2020 table
          l1State = "ok";
        } else {
          l1 = null;
          l1State = "unknown";
        }
        // a new 一级 restarts the 二级
        l2 = null;
        l2Cell = null;
        l2State = flat2 ? "absent" : "missing";
        l2End = undefined;
        if (l1State === "is-level2" && x.c2 === "") {
          l2 = n1;
          l2Cell = l1Cell;
          l2State = "ok";
        }
      }
      if (x.c2 !== "") {
        l2Explicit = true;
        l2Cell = textCell(g, r, cols.l2! + shift);
        if (l2Cell && x.l2End !== undefined) l2Cell = { ...l2Cell, text: x.c2 };
        l2End = x.l2End;
        if (n2 && anyParentOf(n2, fw) !== null) {
          l2 = n2;
          l2State = "ok";
        } else if (n2 && isL1(n2, "2021")) {
          l2 = null;
          l2State = "is-level1";
        } else if (x.l2End !== undefined) {
          const joined = lookupName(x.c2).canonical;
          l2 = joined;
          l2State = joined && anyParentOf(joined, fw) !== null ? "ok" : "unknown";
        } else {
          l2 = null;
          l2State = "unknown";
        }
      }
      l3 = textCell(g, r, cols.l3 + shift);
    }
    const vs = shift === 1 ? 0 : shift;
    const natureCell = cols.nature !== null ? textCell(g, r, cols.nature + vs) : null;
    const symbolCell = cols.symbol !== null ? textCell(g, r, cols.symbol + vs) : null;
    const cmp = (symbolCell && comparisonOf(symbolCell.text)) ?? (natureCell && comparisonOf(natureCell.text)) ?? null;
    const unitText = cols.unit !== null ? columnUnit(g.text(r, cols.unit + vs)) : null;
    const period = valueCell(g, r, cols.period === null ? null : cols.period + vs, opt, cmp, unitText, null);
    const annual = valueCell(g, r, cols.annual === null ? null : cols.annual + vs, opt, cmp, unitText, period);
    const hasValues = (period?.text ?? "") !== "" || (annual?.text ?? "") !== "";
    // the row literal written out here (the hot path: one object per row, no options object for makeRow to copy),
    // its fields in makeRow's order so that every row model has one shape
    out.push({
      ordinal: cx.nextRow(),
      row: r,
      source: "table",
      l1,
      l2,
      l1Cell,
      l2Cell,
      l1Explicit,
      l2Explicit,
      l1State: flat1 ? "absent" : l1Explicit ? l1State : l1Cell ? l1State : "missing",
      l2State: flat2 && !combined ? "absent" : l2Cell ? l2State : "missing",
      l1Inferred,
      l3,
      period,
      annual,
      unitText,
      unitCell: place(r, cols.unit === null ? null : cols.unit + vs),
      nature: natureCell ?? symbolCell,
      weight: weightCell(g, r, cols.weight === null ? null : cols.weight + vs),
      explain: cols.explain !== null ? textCell(g, r, cols.explain + vs) : null,
      explainAt: place(r, cols.explain === null ? null : cols.explain + vs),
      l2EndRow: l2Explicit ? l2End : undefined,
      shift,
      strayLabel: x.stray,
      placeholder: l3 === null && !hasValues,
      codes: undefined,
    });
  }
  return out;
}
