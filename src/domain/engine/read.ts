/**
 * Reads a Grid into the document model: finds every block on the sheet by its labels and header
 * rows (never by fixed positions), reads indicator tables (with "same as above" cells, shifted rows
 * and stray labels), department and project headers, project lists and their coded indicator text.
 * It records what it saw; the rules decide what is wrong.
 */
import type { CellRange, Framework } from "../model/types";
import type { Config } from "../config/schema";
import { cellText, norm, shownDecimals } from "../model/text";
import { COST_L2_2021, anyParentOf, isL1, lookupName, parentOf } from "../model/taxonomy";
import { parseAmount, parseValue } from "../model/value";
import { Grid } from "./grid";
import { readCoded } from "./coded";
import type {
  AmountCell, ColumnMap, DepartmentModel, DeptAmountKey, DocModel, ListRowModel, ProjectListModel, ProjectModel,
  RowModel, TableModel, TextCell, ValueCell,
} from "./model";

const LONG_TEXT = 60;

// ---------------------------------------------------------------- header recognition

type Role = Exclude<keyof ColumnMap, "label">;

// Patterns live at module level: a regular expression literal inside a function is a new object each call.
const PARENS = /[(（].*?[)）]/g;
const TRAILING_COLON = /[:：]$/;
const HEADER_ROLES: [RegExp, Role][] = [
  [/^一级(指标)?(名称)?$/, "l1"],
  [/^二级(指标)?(名称)?$/, "l2"],
  [/^三级(指标)?(名称|内容)?$/, "l3"],
  [/^(实施周期|实施期|中期|中长期|整体|总体)(指标|目标)值$/, "period"],
  [/^((当|本)?年度|\d{4}年(度)?)?(指标|目标)值$|^年度值$/, "annual"],
  [/^(计量|度量)?单位$/, "unit"],
  [/^指标(性质|方向|类型)$/, "nature"],
  [/^(计算)?符号$/, "symbol"],
  [/^(权重|分值|权重分值|指标分值|权重\/分值)$/, "weight"],
  [/^(指标解释|指标说明|评分标准|备注|说明)$/, "explain"],
  [/^项目名称$/, "project"],
];
const GENERIC_VALUE = /^指标值$/;

function headerRole(key: string): Role | null {
  if (key === "" || key.length > 16) return null;
  const k = key.replace(PARENS, "").replace(TRAILING_COLON, "");
  for (const [re, role] of HEADER_ROLES) if (re.test(k)) return role;
  return null;
}

// ---------------------------------------------------------------- row signals

/**
 * What a row might be, from one look at each cell's key (a key is worked out anew on each ask, so a row
 * is looked at once here rather than once per kind of row). The full checks run only where a signal is
 * set. HEADER: ≥ 3 cells, one of them short with 一级 (readHeader); LIST: ≥ 3 cells, one starting with
 * 项目名称 (listHeader); PROJECT: 项目名称 among the first three cells (that alone starts a project);
 * DEPT: 部门名称 among the first three (deptLabelCol).
 */
const HEADER = 1, LIST = 2, PROJECT = 4, DEPT = 8;

function signals(g: Grid, r: number): number {
  const s = g.rowStart(r), e = g.rowEnd(r);
  let out = 0;
  for (let k = s; k < e; k++) {
    const key = g.keyAt(k);
    if (key.length <= 16 && key.includes("一级")) out |= HEADER;
    if (key.startsWith("项目名称")) {
      out |= LIST;
      if (k < s + 3 && isLabel(key, "项目名称")) out |= PROJECT;
    } else if (k < s + 3 && isLabel(key, "部门名称")) out |= DEPT;
  }
  return e - s < 3 ? out & ~(HEADER | LIST) : out;
}

/** Column map when the row is an indicator header (一级 + 二级 + 三级 at least). */
export function indicatorHeader(g: Grid, r: number): ColumnMap | null {
  return signals(g, r) & HEADER ? readHeader(g, r) : null;
}

/** indicatorHeader for a row whose HEADER signal is set. */
function readHeader(g: Grid, r: number): ColumnMap | null {
  const s = g.rowStart(r), e = g.rowEnd(r);
  const found: Partial<Record<Role, number>> = {};
  let generic: number | null = null;
  for (let k = s; k < e; k++) {
    const c = g.colAt(k), key = g.keyAt(k);
    const role = headerRole(key);
    if (role && found[role] === undefined) found[role] = c;
    else if (!role && GENERIC_VALUE.test(key)) generic = c;
  }
  if (found.l1 === undefined || found.l2 === undefined || found.l3 === undefined) return null;
  let period = found.period ?? null;
  let annual = found.annual ?? generic;
  if (annual === null && period !== null) {
    annual = period;
    period = null;
  }
  const labelCol = found.l1 - 1 >= g.firstCol && !Object.values(found).includes(found.l1 - 1) ? found.l1 - 1 : null;
  return {
    label: labelCol,
    l1: found.l1,
    l2: found.l2,
    l3: found.l3,
    period,
    annual,
    unit: found.unit ?? null,
    nature: found.nature ?? null,
    symbol: found.symbol ?? null,
    weight: found.weight ?? null,
    explain: found.explain ?? null,
    project: found.project ?? null,
  };
}

/** Column map of a project list header, for a row whose LIST signal is set. */
function listHeader(g: Grid, r: number): ProjectListModel["cols"] | null {
  const s = g.rowStart(r), e = g.rowEnd(r);
  let name: number | null = null, total: number | null = null, fiscal: number | null = null, special: number | null = null;
  let other: number | null = null, goal: number | null = null, indicators: number | null = null;
  for (let k = s; k < e; k++) {
    const c = g.colAt(k);
    const key = g.keyAt(k).replace(PARENS, "");
    if (key.startsWith("项目名称")) name ??= c;
    else if (key === "总计" || key === "合计" || key === "金额合计") total ??= c;
    else if (key === "财政拨款") fiscal ??= c;
    else if (key === "财政专户拨款" || key === "财政专户管理资金") special ??= c;
    else if (key === "其他资金") other ??= c;
    else if (key === "绩效目标") goal ??= c;
    else if (key === "绩效指标") indicators ??= c;
  }
  if (name === null || total === null || indicators === null) return null;
  return { name, total, fiscal, special, other, goal, indicators };
}

const TITLE = /(绩效目标(申报|批复)?表|批复表|申报表)/;

function isTitleRow(g: Grid, r: number): boolean {
  const n = g.count(r);
  if (n === 0 || n > 2) return false;
  let k = g.keyAt(g.rowStart(r));
  if (k.charCodeAt(0) === 35 /* # */) k = k.replace(/^#+/, "");
  return k.length <= 40 && TITLE.test(k) && !k.includes("：");
}

/** The key of the filled cell at index k without a trailing colon. */
function labelKeyAt(g: Grid, k: number): string {
  const key = g.keyAt(k);
  const last = key.charCodeAt(key.length - 1);
  return last === 58 /* : */ || last === 0xff1a /* ： */ ? key.slice(0, -1) : key;
}

function labelKey(g: Grid, r: number, c: number): string {
  const k = g.key(r, c);
  const last = k.charCodeAt(k.length - 1);
  return last === 58 /* : */ || last === 0xff1a /* ： */ ? k.slice(0, -1) : k;
}

/** Is the key, without its trailing colon, exactly `label`? Compares in place: no sliced copy. */
function isLabel(key: string, label: string): boolean {
  const n = label.length;
  if (key.length === n) return key === label;
  if (key.length !== n + 1 || !key.startsWith(label)) return false;
  const last = key.charCodeAt(n);
  return last === 58 /* : */ || last === 0xff1a /* ： */;
}

/** Column of the 项目名称 label, for a row whose PROJECT signal is set. */
function projectLabelCol(g: Grid, r: number): number | null {
  const s = g.rowStart(r), e = Math.min(g.rowEnd(r), s + 3);
  for (let k = s; k < e; k++) if (isLabel(g.keyAt(k), "项目名称")) return g.colAt(k);
  return null;
}

/** Column of the 部门名称 label with a name right of it, for a row whose DEPT signal is set. */
function deptLabelCol(g: Grid, r: number): number | null {
  const s = g.rowStart(r), e = Math.min(g.rowEnd(r), s + 3);
  for (let k = s; k < e; k++) if (isLabel(g.keyAt(k), "部门名称") && g.rightOf(r, g.colAt(k)) !== null) return g.colAt(k);
  return null;
}

/** Does a block of another kind start on this row (given its signals)? Ends a table or a list. */
function startsBlock(g: Grid, r: number, sig: number): boolean {
  return (
    ((sig & HEADER) !== 0 && readHeader(g, r) !== null) ||
    ((sig & LIST) !== 0 && listHeader(g, r) !== null) ||
    isTitleRow(g, r) ||
    (sig & PROJECT) !== 0 ||
    ((sig & DEPT) !== 0 && deptLabelCol(g, r) !== null)
  );
}

// ---------------------------------------------------------------- small builders

function textCell(g: Grid, r: number, c: number): TextCell | null {
  const k = g.find(r, c);
  return k < 0 ? null : { row: r, col: c, text: g.textAt(k), raw: g.rawAt(k) };
}

function valueCell(g: Grid, r: number, c: number | null, extraVague: ReadonlySet<string>): ValueCell | null {
  if (c === null) return null;
  // a cell left out of the grid's index reads as "" (empty, blank, covered by a merge, not a finite number)
  const k = g.find(r, c);
  const raw = k >= 0 ? g.rawAt(k) : g.get(r, c);
  return { row: r, col: c, text: k >= 0 ? g.textAt(k) : "", raw, parsed: parseValue(raw, extraVague) };
}

function amountCell(g: Grid, r: number, c: number | null): AmountCell | null {
  if (c === null) return null;
  const raw = g.get(r, c);
  const a = parseAmount(raw);
  return { row: r, col: c, text: cellText(raw), raw, value: a.value, readable: a.readable, decimals: shownDecimals(raw) };
}

function unitFactorFrom(text: string): number | null {
  const k = norm(text);
  if (/万元/.test(k)) return 10000;
  if (/亿元/.test(k)) return 1e8;
  if (/[(（:：]元[)）]?|金额单位:?元|单位:?元/.test(k)) return 1;
  return null;
}

// ---------------------------------------------------------------- the reader

export interface ReadOptions {
  framework: Config["framework"];
  codes: { level1: Record<string, string>; level2: Record<string, string> };
  vague: ReadonlySet<string>;
}

export function readDocument(g: Grid, opt: ReadOptions): DocModel {
  const doc: DocModel = {
    sheet: g.name,
    bounds: g.isEmpty ? null : { r1: g.firstRow, c1: g.firstCol, r2: g.lastRow, c2: g.lastCol },
    projects: [],
    departments: [],
    lists: [],
    tables: [],
    unrecognised: false,
  };
  if (g.isEmpty) return doc;
  let ids = 0;
  const nextId = (p: string) => `${p}${++ids}`;
  let openProject: ProjectModel | null = null;
  let openDept: DepartmentModel | null = null;
  const closeOpen = (lastRow: number) => {
    if (openProject) openProject.range.r2 = Math.max(openProject.range.r1, lastRow);
    if (openDept) openDept.range.r2 = Math.max(openDept.range.r1, lastRow);
    openProject = null;
    openDept = null;
  };
  let lastContent = g.firstRow;

  for (let r = g.firstRow; r <= g.lastRow; r++) {
    if (g.isBlankRow(r)) continue;
    const sig = signals(g, r);
    const header = sig & HEADER ? readHeader(g, r) : null;
    if (header) {
      const owner = openProject ?? openDept;
      const tables = readTableAt(g, r, header, opt, owner ? owner.id : null, nextId);
      for (const t of tables) {
        if (openProject) {
          t.project = openProject;
          openProject.tables.push(t);
        } else if (openDept) {
          t.department = openDept;
          openDept.tables.push(t);
        }
        doc.tables.push(t);
      }
      const end = Math.max(r, ...tables.map((t) => t.range.r2));
      lastContent = end;
      r = end;
      // a form ends with its table (an optional 批复意见 row follows and is skipped as text)
      continue;
    }
    const lh = sig & LIST ? listHeader(g, r) : null;
    if (lh) {
      closeOpen(lastContent);
      const list = readList(g, r, lh, opt, nextId);
      doc.lists.push(list);
      for (const row of list.rows) if (row.table) doc.tables.push(row.table);
      lastContent = list.range.r2;
      r = list.range.r2;
      continue;
    }
    if (sig & PROJECT) {
      closeOpen(lastContent);
      openProject = startProject(g, r, nextId("p"));
      doc.projects.push(openProject);
    } else {
      const dc = sig & DEPT ? deptLabelCol(g, r) : null;
      if (dc !== null) {
        closeOpen(lastContent);
        openDept = startDepartment(g, r, dc, nextId("d"));
        doc.departments.push(openDept);
      } else if (isTitleRow(g, r)) {
        closeOpen(lastContent);
      }
    }
    if (openProject) readProjectRow(g, r, openProject);
    if (openDept) readDeptRow(g, r, openDept);
    lastContent = r;
  }
  closeOpen(lastContent);
  for (const d of doc.departments) finishDepartment(g, d);
  doc.unrecognised = doc.tables.length === 0 && doc.projects.length === 0 && doc.departments.length === 0 && doc.lists.length === 0;
  return doc;
}

// ---------------------------------------------------------------- project forms

const PROJECT_FIELDS: Record<string, string> = {
  项目名称: "name",
  项目类型: "type",
  项目等级: "level",
  主管部门: "dept",
  申报单位: "unit",
  用款单位: "unit",
  实施单位: "unit",
  项目单位: "unit",
};

function startProject(g: Grid, r: number, id: string): ProjectModel {
  return {
    id,
    range: { r1: r, c1: g.firstCol, r2: r, c2: g.lastCol },
    name: null,
    labels: {},
    fields: {},
    startYear: null,
    endYear: null,
    budgetYear: null,
    budgetLabel: null,
    budget: null,
    budgetFactor: 1,
    tables: [],
  };
}

function readProjectRow(g: Grid, r: number, p: ProjectModel): void {
  const s = g.rowStart(r), e = g.rowEnd(r);
  for (let i = s; i < e && i < s + 3; i++) {
    const c = g.colAt(i);
    const k = labelKeyAt(g, i);
    const field = PROJECT_FIELDS[k];
    if (field) {
      const label = textCell(g, r, c)!;
      p.labels[field] ??= label;
      const vc = g.rightOf(r, c, 3);
      if (vc !== null && !p.fields[field]) p.fields[field] = textCell(g, r, vc) ?? undefined;
      if (field === "name" && !p.name && vc !== null) p.name = textCell(g, r, vc);
      return;
    }
    const bm = k.includes("预算") ? /^(?:(\d{4})年度?)?预算(?:金额|资金|数)(?:\((万元|元)\))?$/.exec(k) : null;
    if (bm) {
      p.budgetLabel = textCell(g, r, c);
      p.budgetYear = bm[1] ? Number(bm[1]) : null;
      p.budgetFactor = bm[2] === "万元" ? 10000 : 1;
      const vc = g.rightOf(r, c, 3);
      p.budget = vc !== null ? amountCell(g, r, vc) : { row: r, col: c + 1, text: "", raw: null, value: null, readable: true, decimals: 0 };
      return;
    }
  }
  for (let i = s; i < e; i++) {
    const c = g.colAt(i);
    const k = labelKeyAt(g, i);
    if (k === "起始年度" || k === "开始年度") p.startYear = g.rightOf(r, c, 2) !== null ? textCell(g, r, g.rightOf(r, c, 2)!) : { row: r, col: c + 1, text: "", raw: null };
    if (k === "到期年度" || k === "结束年度" || k === "截止年度") p.endYear = g.rightOf(r, c, 2) !== null ? textCell(g, r, g.rightOf(r, c, 2)!) : { row: r, col: c + 1, text: "", raw: null };
  }
}

// ---------------------------------------------------------------- department forms

const DEPT_LABELS: [RegExp, DeptAmountKey][] = [
  [/^基本支出$/, "basic"],
  [/^项目支出$/, "project"],
  [/^财政拨款(收入)?$/, "fiscal"],
  [/^其他资金(收入)?$/, "other"],
  [/^财政专项资金$/, "special"],
  [/^其他事业发展性支出$/, "otherDev"],
  [/^(镇|市|区|县|乡|街道)?本级使用资金$/, "ownLevel"],
  [/^拟?用于对下转移支付(资金)?$/, "transfer"],
];

function startDepartment(g: Grid, r: number, c: number, id: string): DepartmentModel {
  const vc = g.rightOf(r, c);
  return {
    id,
    range: { r1: r, c1: g.firstCol, r2: r, c2: g.lastCol },
    name: vc !== null ? textCell(g, r, vc) : null,
    labels: {},
    amounts: {},
    factor: 10000,
    tasks: [],
    tasksFactor: 10000,
    tables: [],
  };
}

interface DeptScratch {
  taskHeader?: { row: number; name: number; amount: number };
  section?: "key" | "other";
  factorSeen?: boolean;
}
const deptScratch = new WeakMap<DepartmentModel, DeptScratch>();

function readDeptRow(g: Grid, r: number, d: DepartmentModel): void {
  const s = deptScratch.get(d) ?? {};
  deptScratch.set(d, s);
  const cols = g.filledCols(r);
  let first = true;
  for (const c of cols) {
    const k = labelKey(g, r, c);
    if (/^年度重点工作任务/.test(k)) s.section = "key";
    else if (/^其他需完成的任务/.test(k)) s.section = "other";
    if (!s.factorSeen && /预算金额/.test(k)) {
      const f = unitFactorFrom(k);
      if (f !== null) {
        d.factor = f;
        s.factorSeen = true;
      }
    }
    if (/拟投入的?资金|投入资金|资金(\(|（)/.test(k) && cols.length >= 3) {
      const nameCol = cols.find((cc) => labelKey(g, r, cc) === "名称" || labelKey(g, r, cc) === "任务名称");
      if (nameCol !== undefined) {
        s.taskHeader = { row: r, name: nameCol, amount: c };
        d.tasksFactor = unitFactorFrom(k) ?? d.factor;
        deptScratch.set(d, s);
        return;
      }
    }
    for (const [re, key] of DEPT_LABELS) {
      if (re.test(k) && !d.labels[key]) {
        d.labels[key] = textCell(g, r, c)!;
        d.amounts[key] = amountCell(g, r, c + 1)!;
      }
    }
    first = false;
  }
  void first;
  const th = s.taskHeader;
  if (th && r > th.row && s.section) {
    const name = textCell(g, r, th.name);
    if (name && !/^(名称|任务名称|无|-|—|\/|暂无)$/.test(norm(name.text))) {
      let amount = amountCell(g, r, th.amount);
      if (amount && amount.text === "") {
        const m = /[-－—–]\s*([\d,]+(?:\.\d+)?)\s*(万元|元)?\s*$/.exec(name.text);
        amount = m
          ? { row: r, col: name.col, text: m[1], raw: name.raw, value: Number(m[1].replace(/,/g, "")), readable: true, decimals: shownDecimals(m[1]) }
          : null;
      }
      d.tasks.push({ name, amount, section: s.section });
    }
  }
}

function finishDepartment(_g: Grid, d: DepartmentModel): void {
  deptScratch.delete(d);
}

// ---------------------------------------------------------------- indicator tables

function detectFramework(raw: { c1: string; c2: string; c3: string }[], forced: Config["framework"]): Framework {
  if (forced === "2020" || forced === "2021") return forced;
  let costAsL1 = false;
  let costAsL2 = false;
  for (const x of raw) {
    const n1 = x.c1 ? lookupName(x.c1).canonical : null;
    const n2 = x.c2 ? lookupName(x.c2).canonical : null;
    if (n2 && COST_L2_2021.has(n2)) return "2021";
    if (n1 && COST_L2_2021.has(n1)) return "2021";
    if (n1 === "成本指标") costAsL1 = true;
    if (n2 === "成本指标") costAsL2 = true;
  }
  return costAsL1 && !costAsL2 ? "2021" : "2020";
}

interface RawRow {
  row: number;
  shift: -1 | 0 | 1;
  c1: string;
  c2: string;
  c3: string;
  stray: TextCell | null;
  project: string;
}

function readTableAt(
  g: Grid,
  headerRow: number,
  cols: ColumnMap,
  opt: ReadOptions,
  ownerId: string | null,
  nextId: (p: string) => string,
): TableModel[] {
  const raws: RawRow[] = [];
  let blank = 0;
  let last = headerRow;
  const minCol = Math.min(cols.label ?? cols.l1, cols.l1);
  const maxCol = Math.max(cols.l3, cols.annual ?? 0, cols.period ?? 0, cols.unit ?? 0, cols.explain ?? 0, cols.weight ?? 0);
  for (let r = headerRow + 1; r <= g.lastRow; r++) {
    if (g.isBlankRow(r, minCol, maxCol)) {
      if (!g.isBlankRow(r)) break; // content outside the table's columns: something else starts
      if (++blank >= 2) break;
      continue;
    }
    const sig = signals(g, r);
    const again = sig & HEADER ? readHeader(g, r) : null;
    if (again) {
      if (blank <= 1 && again.l1 === cols.l1 && again.l3 === cols.l3) {
        blank = 0;
        last = r;
        continue; // a page header repeated mid-table
      }
      break;
    }
    if (((sig & LIST) !== 0 && listHeader(g, r) !== null) || isTitleRow(g, r) || (sig & PROJECT) !== 0 || ((sig & DEPT) !== 0 && deptLabelCol(g, r) !== null)) break;
    let shift: -1 | 0 | 1 = 0;
    let stray: TextCell | null = null;
    if (cols.label !== null) {
      const lt = g.text(r, cols.label);
      if (lt !== "") {
        const ln = lookupName(lt).canonical;
        const k = norm(lt);
        if (ln && (isL1(ln, "2021") || anyParentOf(ln, "2020") !== null)) {
          const n1 = g.text(r, cols.l1) ? lookupName(g.text(r, cols.l1)).canonical : null;
          if (isL1(ln, "2021") && (n1 === null || anyParentOf(n1, "2021") !== null || anyParentOf(n1, "2020") !== null)) shift = -1;
        } else if (k !== "绩效指标" && !/^绩效指标/.test(k)) {
          // it stays in the table only if the row still reads as an indicator row
          const named = [cols.l1, cols.l2].some((c) => lookupName(g.text(r, c)).canonical !== null);
          const l3 = g.text(r, cols.l3);
          const valued = [cols.period, cols.annual].some((c) => c !== null && g.text(r, c) !== "");
          if ((!named && !(l3 !== "" && l3.length <= LONG_TEXT && valued)) || lt.length > LONG_TEXT) break; // a closing section (批复意见 …)
          stray = textCell(g, r, cols.label);
        }
      }
    }
    const c1 = g.text(r, cols.l1 + shift), c2 = g.text(r, cols.l2 + shift), c3 = g.text(r, cols.l3 + shift);
    if (shift === 0 && c1.length > LONG_TEXT && c2 === "" && c3 === "") break;
    blank = 0;
    last = r;
    raws.push({ row: r, shift, c1, c2, c3, stray, project: cols.project !== null ? g.text(r, cols.project) : "" });
  }

  // flat lists: group by the 项目名称 column ("same as above" when blank)
  const groups: { title: string; rows: RawRow[] }[] = [];
  if (cols.project !== null) {
    let cur = "";
    for (const x of raws) {
      if (x.project !== "" && x.project !== cur) {
        cur = x.project;
        groups.push({ title: cur, rows: [] });
      }
      if (groups.length === 0) groups.push({ title: "", rows: [] });
      groups[groups.length - 1].rows.push(x);
    }
  } else groups.push({ title: "", rows: raws });

  const blockId = ownerId ?? "";
  return groups.map((grp, i) => {
    const id = nextId("t");
    const first = i === 0 ? headerRow : grp.rows[0]?.row ?? headerRow;
    const lastRow = grp.rows.length ? grp.rows[grp.rows.length - 1].row : i === 0 ? last : first;
    const fw = detectFramework(grp.rows, opt.framework);
    const t: TableModel = {
      id,
      blockId: blockId || id,
      kind: "table",
      range: { r1: first, c1: minCol, r2: Math.max(first, lastRow), c2: maxCol },
      headerRow,
      cols,
      framework: fw,
      rows: interpretRows(g, grp.rows, cols, fw, opt),
      title: grp.title || undefined,
    };
    return t;
  });
}

function interpretRows(g: Grid, raws: RawRow[], cols: ColumnMap, fw: Framework, opt: ReadOptions): RowModel[] {
  const out: RowModel[] = [];
  let l1: string | null = null, l2: string | null = null;
  let l1Cell: TextCell | null = null, l2Cell: TextCell | null = null;
  let l1State: RowModel["l1State"] = "missing", l2State: RowModel["l2State"] = "missing";
  let l1Inferred = false;
  for (const x of raws) {
    const r = x.row;
    let shift = x.shift;
    let l1Explicit = false, l2Explicit = false;
    let l3: TextCell | null = null;
    const n2 = x.c2 ? lookupName(x.c2).canonical : null;
    const n3 = x.c3 ? lookupName(x.c3).canonical : null;
    if (x.c1 === "" && n2 && isL1(n2, "2021") && n3 && anyParentOf(n3, fw) !== null) {
      // names one column to the right: 一级 in the 二级 column, 二级 in the 三级 column
      shift = 1;
      l1 = n2 === "成本指标" && fw === "2020" ? "产出指标" : n2;
      l1Cell = textCell(g, r, cols.l2);
      l1State = "ok";
      l1Inferred = false;
      l2 = n3;
      l2Cell = textCell(g, r, cols.l3);
      l2State = "ok";
      l1Explicit = l2Explicit = true;
    } else {
      if (x.c1 !== "") {
        l1Explicit = true;
        l1Cell = textCell(g, r, cols.l1 + shift);
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
        l2State = "missing";
        if (l1State === "is-level2" && x.c2 === "") {
          l2 = n1;
          l2Cell = l1Cell;
          l2State = "ok";
        }
      }
      if (x.c2 !== "") {
        l2Explicit = true;
        l2Cell = textCell(g, r, cols.l2 + shift);
        if (n2 && anyParentOf(n2, fw) !== null) {
          l2 = n2;
          l2State = "ok";
        } else if (n2 && isL1(n2, "2021")) {
          l2 = null;
          l2State = "is-level1";
        } else {
          l2 = null;
          l2State = "unknown";
        }
      }
      l3 = textCell(g, r, cols.l3 + shift);
    }
    const period = valueCell(g, r, cols.period === null ? null : cols.period + (shift === 1 ? 0 : shift), opt.vague);
    const annual = valueCell(g, r, cols.annual === null ? null : cols.annual + (shift === 1 ? 0 : shift), opt.vague);
    const unitText = cols.unit !== null ? g.text(r, cols.unit + (shift === 1 ? 0 : shift)) || null : null;
    const hasValues = (period?.text ?? "") !== "" || (annual?.text ?? "") !== "";
    out.push({
      row: r,
      source: "table",
      l1,
      l2,
      l1Cell,
      l2Cell,
      l1Explicit,
      l2Explicit,
      l1State: l1Explicit ? l1State : l1Cell ? l1State : "missing",
      l2State: l2Cell ? l2State : "missing",
      l1Inferred,
      l3,
      period,
      annual,
      unitText,
      shift,
      strayLabel: x.stray,
      placeholder: l3 === null && !hasValues,
      memoName3: null,
      memoFacts: 0,
      memoValues: null,
      memoTargets: null,
    });
    void parentOf;
  }
  return out;
}

// ---------------------------------------------------------------- project lists (coded text)

function readList(g: Grid, headerRow: number, cols: ProjectListModel["cols"], opt: ReadOptions, nextId: (p: string) => string): ProjectListModel {
  const id = nextId("l");
  let factor = 10000;
  for (let r = headerRow - 1; r >= Math.max(g.firstRow, headerRow - 6); r--) {
    for (const c of g.filledCols(r)) {
      const f = /单位/.test(g.key(r, c)) ? unitFactorFrom(g.key(r, c)) : null;
      if (f !== null) factor = f;
    }
  }
  for (const c of g.filledCols(headerRow)) {
    const f = /[(（](万元|元)[)）]/.test(g.key(headerRow, c)) ? unitFactorFrom(g.key(headerRow, c)) : null;
    if (f !== null) factor = f;
  }
  const rows: ListRowModel[] = [];
  let blank = 0;
  let last = headerRow;
  for (let r = headerRow + 1; r <= g.lastRow; r++) {
    if (g.isBlankRow(r)) {
      if (++blank >= 3) break;
      continue;
    }
    if (startsBlock(g, r, signals(g, r))) break;
    blank = 0;
    const name = textCell(g, r, cols.name);
    if (!name) continue;
    last = r;
    const nk = norm(name.text);
    const goal = cols.goal !== null ? g.text(r, cols.goal) : "";
    const ind = cols.indicators !== null ? textCell(g, r, cols.indicators) : null;
    const secret = /涉密/.test(nk) || /^涉密内容/.test(norm(ind?.text ?? ""));
    const kind: ListRowModel["kind"] =
      nk === "合计" || nk === "总计" ? "total" : secret ? "secret" : goal === "" && !ind ? "subtotal" : "project";
    const lr: ListRowModel = {
      row: r,
      name,
      kind,
      total: amountCell(g, r, cols.total),
      fiscal: amountCell(g, r, cols.fiscal),
      special: amountCell(g, r, cols.special),
      other: amountCell(g, r, cols.other),
      table: null,
    };
    if (kind === "project") {
      const tid = `${id}r${r}`;
      const cell = ind ?? { row: r, col: cols.indicators ?? cols.name, text: "", raw: null };
      const coded = readCoded(cell, opt);
      lr.table = {
        id: tid,
        blockId: tid,
        kind: "coded",
        range: { r1: r, c1: cell.col, r2: r, c2: cell.col },
        headerRow,
        cols: null,
        framework: coded.framework,
        rows: coded.rows,
        codedCell: cell,
        unreadableItems: coded.unreadable,
        title: name.text,
      };
    }
    rows.push(lr);
  }
  const maxCol = Math.max(...Object.values(cols).filter((c): c is number => c !== null));
  const range: CellRange = { r1: headerRow, c1: Math.min(...Object.values(cols).filter((c): c is number => c !== null)), r2: last, c2: maxCol };
  return { id, range, headerRow, factor, cols, rows };
}
