/**
 * Column roles of an indicator table, from the header words and from what the cells hold. Header words vary by
 * province (三级指标 / 指标内容 / 指标; 指标值 / 目标值 / 指标值及单位; 计量单位 / 度量单位; 权重(%) / 指标分值 …), headers can
 * span two rows (指标值 over 2021年实际实现值 / 预期2022年实现值, or project columns over the indicator header of a
 * multi-project list), columns come in any order, and a column whose header is unknown is read by its cells: a column of
 * 产出指标 / 效益指标 is the 一级 column, a column of ≥90%, 12场 is a target column, ≥ / = / 定性 a comparison column.
 */
import type { Grid } from "../grid";
import type { ColumnMap, TextCell } from "../model";
import { anyParentOf, isL1, levelPair, lookupName } from "../../model/taxonomy";
import { comparisonOf, isUnitWord, parseValue } from "../../model/value";
import { PARENS, stripColon } from "./labels";
import type { ReadContext } from "./options";

export type Role =
  | "label"
  | "l1"
  | "l2"
  | "l3"
  | "name"
  | "period"
  | "annual"
  | "target"
  | "actual"
  | "unit"
  | "nature"
  | "symbol"
  | "weight"
  | "explain"
  | "scoring"
  | "project"
  | "code"
  | "amount"
  | "goal";

// Patterns live at module level: a regular expression literal inside a function is a new object each call.
const ROLE_WORDS: [RegExp, Role][] = [
  [/^一级(指标)?(名称)?$/, "l1"],
  [/^二级(指标)?(名称)?$/, "l2"],
  [/^三级(指标)?(名称|内容)?$/, "l3"],
  [/^指标(名称|内容|项|明细)?$|^绩效指标名称$|^具体指标$/, "name"],
  [/^(实施周期|实施期|中期|中长期|整体|总体|项目期|周期)(绩效)?(指标|目标)值$/, "period"],
  [
    /^((当|本|全)?年度?|\d{4}年度?)(绩效)?(指标|目标)值$|^年度值$|^预期(\d{4}年度?)?(实现|目标|完成|达到)?值$|^\d{4}年度?(预期|目标|计划)(实现)?值$/,
    "annual",
  ],
  [/^(绩效)?(指标|目标)值(及|和|与)?(单位|计量单位)?$|^指标目标值$|^(指标)?标准值$|^目标$/, "target"],
  [
    /^(\d{4}年度?)?(实际|上年|前年|基期|历史|去年)(实际)?(实现|完成|达到)?(值|数|情况)$|^上年(度)?(实际)?(完成|实现)(情况|值)?$/,
    "actual",
  ],
  [/^(计量|度量|指标)?单位$/, "unit"],
  [
    /^指标(值)?(性质|方向|方向性|类型|属性)$|^(指标)?值类型$|^定量\/定性$|^定性\/定量$|^(指标)?性质$|^正向\/反向$|^反向\/正向$/,
    "nature",
  ],
  [/^(计算|比较|运算|关系)?符号$/, "symbol"],
  [/^(指标)?(权重|分值|权数)(%)?$|^权重分值$|^权重\/分值$|^分值权重$|^分值\/权重$/, "weight"],
  [
    /^(指标(值)?(解释|说明|内容)|目标值说明|指标值(设定|确定)依据(及数据来源)?|指标说明及计算方法|计算(方法|公式)|备注(说明)?|说明|绩效标准|指标来源|数据来源|评价依据|考核方式)$/,
    "explain",
  ],
  [/^(评分|扣分|评价|打分|考核)(标准|规则|方法|办法|细则)$|^评扣分标准$|^评$/, "scoring"],
  [/^(项目|专项|单位|单位专项|项目专项)名称$|^单位\(专项\)名称$/, "project"],
  [/^(单位|项目|专项)?(代码|编码)$/, "code"],
  [/^(资金总额|项目金额|金额|预算金额|当年预算|年度预算|项目资金|资金合计|预算数)$/, "amount"],
  [/^(实施期|中期|年度|当年|项目)?(绩效)?目标$/, "goal"],
];

/** The big row label of a form's indicator section: 绩效指标, 专项年度绩效指标, 年度绩效指标. */
const LABEL_WORD = /绩效指标$|^绩效目标$/;

/** The words in a header's (last) brackets. */
const BRACKETED = /[(（]([^()（）]+)[)）]$/;

/** The role a header cell's words give its column, or null. */
export function headerRole(key: string): Role | null {
  if (key === "" || key.length > 24) return null;
  const k0 = stripColon(key);
  for (let pass = 0; pass < 2; pass++) {
    // first the words as written (评(扣分标准)), then without brackets (指标值(包含数字及文字描述) → 指标值, 权重(%) → 权重)
    const k = pass === 0 ? k0 : k0.replace(PARENS, "");
    if (pass === 1 && k === k0) break;
    for (const [re, role] of ROLE_WORDS)
      if (re.test(k)) return role === "target" && pass === 1 ? (spanInBrackets(k0) ?? role) : role;
    if (k !== "" && LABEL_WORD.test(k) && k.length <= 10) return "label";
  }
  return null;
}

/** 指标值(实施期), 目标值（2025年）: the span a generic target header names in its brackets (period or annual), or null. */
function spanInBrackets(key: string): "period" | "annual" | null {
  const m = BRACKETED.exec(key);
  if (!m) return null;
  const span = m[1].replace(/[－—–]/g, "-");
  return PERIOD_SUB.test(span) ? "period" : ANNUAL_SUB.test(span) ? "annual" : null;
}

/** Sub-headers under a merged 指标值 that name the period's target: 实施期, 中期目标, 2024-2026年. */
const PERIOD_SUB =
  /^(实施期|实施周期|中期|中长期|项目期|整体|总体|周期)(绩效)?(目标|指标值|值)?$|^\d{4}年?度?[-~至到]\d{4}年?度?$/;
/** …the baseline's: 上年, 去年, 2024年实际. */
const ACTUAL_SUB = /^(上年|去年|上年度|前年|基期|上期|\d{4}年?度?实际)$/;
/** …and the year's: 年度, 当年, 年度目标, 2025年. */
const ANNUAL_SUB = /^(年度|当年|本年|全年|当年度|本年度)(绩效)?(目标|指标值|值)?$|^\d{4}年?度?$/;

/**
 * The role of a sub-header cell under a merged 指标值: the header words' role, except that short period and year words
 * (实施期 | 年度, 2024-2026年 | 2025年, 中期目标 | 年度目标) split the targets into the period's and the year's.
 */
function subHeaderRole(key: string, role: (key: string) => Role | null = headerRole): Role | null {
  const k = stripColon(key).replace(/[－—–]/g, "-");
  if (PERIOD_SUB.test(k)) return "period";
  if (ANNUAL_SUB.test(k)) return "annual";
  if (ACTUAL_SUB.test(k)) return "actual";
  return role(key);
}

/** headerRole remembered for one read: the tables of a sheet repeat their header words (and rows are looked at twice). */
function rolesOfRead(cx: ReadContext): (key: string) => Role | null {
  const memo = cx.cache<Role | null>("header-roles");
  return (key) => {
    let role = memo.get(key);
    if (role === undefined) memo.set(key, (role = headerRole(key)));
    return role;
  };
}

/**
 * Cheap first look: could this cell be in an indicator table's header row? Every such header names its indicator
 * column (readHeader requires it), and those words start with 三级 or 指标 (三级指标, 三级指标名称, 指标, 指标名称,
 * 指标内容) or are 绩效指标名称 / 具体指标 / 绩效指标 (the last heads a flat list): two character reads per cell, on
 * every row of the sheet, instead of a scan.
 */
export function looksLikeHeaderKey(key: string): boolean {
  const n = key.length;
  if (n < 2 || n > 24) return false;
  const a = key.charCodeAt(0),
    b = key.charCodeAt(1);
  if ((a === 0x4e09 /* 三 */ && b === 0x7ea7) /* 级 */ || (a === 0x6307 /* 指 */ && b === 0x6807) /* 标 */) return true;
  return key === "绩效指标名称" || key === "具体指标" || key === "绩效指标";
}

export interface HeaderSpec {
  /** First and last header rows (equal for a one-row header). */
  top: number;
  row: number;
  cols: ColumnMap;
  /** Header cells the reader gave no role (checked against content later). */
  unknown: TextCell[];
}

function emptyMap(): ColumnMap {
  return {
    label: null,
    l1: null,
    l2: null,
    l3: -1,
    period: null,
    annual: null,
    actual: null,
    unit: null,
    nature: null,
    symbol: null,
    weight: null,
    explain: null,
    scoring: null,
    project: null,
    code: null,
    amount: null,
    goal: null,
  };
}

type Found = Partial<Record<Role, number>>;

function rolesOf(
  g: Grid,
  r: number,
  found: Found,
  unknown: TextCell[] | null,
  skip: ((c: number) => boolean) | undefined,
  roleOf: (key: string) => Role | null,
): number {
  let n = 0;
  for (let k = g.rowStart(r), e = g.rowEnd(r); k < e; k++) {
    const c = g.colAt(k);
    if (skip && skip(c)) continue;
    const role = roleOf(g.keyAt(k));
    if (role) {
      if (found[role] === undefined) found[role] = c;
      else if (role === "target" || role === "explain") {
        // a second 指标值 (年度 beside 实施期 in some forms) or a second note column: the first one keeps the role
      }
      n++;
    } else if (unknown) unknown.push({ row: r, col: c, text: g.textAt(k), raw: g.rawAt(k) });
  }
  return n;
}

/**
 * Is this row an indicator table's header? Its column roles, with a second header row below or above when there is one.
 * short: the row has two cells only, and is a header only as the first row of one that names the levels on its second.
 */
export function readHeader(g: Grid, r: number, cx: ReadContext, short = false): HeaderSpec | null {
  // (a header has three cells at least, or two when its second row names the levels: signals() sets no HEADER on a
  // shorter row, and SHORT_HEADER on a row of two)
  const roleOf = rolesOfRead(cx);
  const subRole = (key: string) => subHeaderRole(key, roleOf);
  const found: Found = {};
  const unknown: TextCell[] = [];
  rolesOf(g, r, found, unknown, undefined, roleOf);
  // a flat list headed 绩效指标 | 目标值 (no level columns): 绩效指标 heads the names, not a label column left of them
  if (
    found.l3 === undefined &&
    found.name === undefined &&
    found.l1 === undefined &&
    found.l2 === undefined &&
    found.label !== undefined &&
    [found.annual, found.target, found.period].some((c) => c !== undefined && c > found.label!)
  ) {
    found.name = found.label;
    delete found.label;
  }
  let row = r;
  // a header over two rows with the level names on the second (绩效指标 merged over 一级指标 | 二级指标 | 三级指标, 指标值
  // and 备注 merged down beside them): the second row's roles for its columns, this row's for the others
  const levels = levelsBelow(g, r, found, subRole);
  if (short && !levels) return null;
  if (levels) {
    for (const role of Object.keys(levels) as Role[]) {
      const c = levels[role]!;
      for (const k of Object.keys(found) as Role[]) if (found[k] === c) delete found[k];
      found[role] = c;
    }
    const levelCols = Object.values(levels);
    for (let i = unknown.length - 1; i >= 0; i--) if (levelCols.includes(unknown[i].col)) unknown.splice(i, 1);
    row = r + 1;
  }
  const named = found.l3 !== undefined || found.name !== undefined;
  const levelled = found.l1 !== undefined || found.l2 !== undefined;
  // 年度目标 / 绩效目标 over an indicator table's values (no project columns: not a multi-project list's goal)
  const goalValues = found.goal !== undefined && found.project === undefined && found.code === undefined;
  const valued = found.annual !== undefined || found.target !== undefined || found.period !== undefined || goalValues;
  if (!named || (!levelled && !valued)) return null;
  let top = r;

  // a second header row below: sub-headers under a merged 指标值 (实际值 / 预期值), or 计量单位 under 指标值
  if (!levels && r + 1 <= g.lastRow && subHeaderBelow(g, r + 1, found, subRole)) {
    const below: Found = {};
    rolesOf(g, r + 1, below, null, undefined, subRole);
    for (const role of Object.keys(below) as Role[]) {
      const c = below[role]!;
      // the sub-header's role wins for its column: the generic 指标值 above it gives way
      for (const k of Object.keys(found) as Role[])
        if (found[k] === c && (k === "target" || k === "annual" || k === "period" || k === "goal")) delete found[k];
      found[role] = c;
    }
    row = r + 1;
  }
  // a first header row above: the project columns of a multi-project list over the indicator header
  if (r - 1 >= g.firstRow && found.l1 !== undefined) {
    const above: Found = {};
    const firstCol = Math.min(found.l1, found.l2 ?? found.l1, found.l3 ?? found.name ?? found.l1);
    rolesOf(g, r - 1, above, null, (c) => c >= firstCol, roleOf);
    if (above.project !== undefined || above.code !== undefined) {
      for (const role of ["project", "code", "amount", "goal"] as const)
        if (above[role] !== undefined && found[role] === undefined) found[role] = above[role];
      top = r - 1;
    }
  }
  return { top, row, cols: assemble(g, found, unknown), unknown };
}

/** Does a cell of row r start with 一级 or 二级 (a look at two characters per cell before any pattern)? */
function namesLevel(g: Grid, r: number): boolean {
  for (let k = g.rowStart(r), e = g.rowEnd(r); k < e; k++) {
    const t = g.textAt(k);
    const a = t.charCodeAt(0);
    if (a !== 0x4e00 /* 一 */ && a !== 0x4e8c /* 二 */) continue;
    const b = t.charCodeAt(1) === 0x20 || t.charCodeAt(1) === 0x3000 ? t.charCodeAt(2) : t.charCodeAt(1); // 一 级指标
    if (b === 0x7ea7 /* 级 */) return true;
  }
  return false;
}

/**
 * The roles of row r + 1 when it is the second row of a header that names the levels there (一级指标 | 二级指标 | 三级指标
 * under a 绩效指标 spanning them): row r names no level itself, and every cell of r + 1 is header words.
 */
function levelsBelow(g: Grid, r: number, found: Found, subRole: (key: string) => Role | null): Found | null {
  if (found.l1 !== undefined || found.l2 !== undefined || r + 1 > g.lastRow || !namesLevel(g, r + 1)) return null;
  const below: Found = {};
  const unknown: TextCell[] = [];
  rolesOf(g, r + 1, below, unknown, undefined, subRole);
  if (unknown.length > 0 || (below.l1 === undefined && below.l2 === undefined)) return null;
  return below;
}

/** A row of sub-headers below a header: short header words only, no indicator level names, under the value columns. */
function subHeaderBelow(g: Grid, r: number, found: Found, subRole: (key: string) => Role | null): boolean {
  const s = g.rowStart(r),
    e = g.rowEnd(r);
  if (s === e) return false;
  // (绩效目标 over 中期目标 | 年度目标 in a table without project columns heads its targets too)
  const goal = found.project === undefined && found.code === undefined ? found.goal : undefined;
  const valueCols = [found.target, found.annual, found.period, goal].filter((c): c is number => c !== undefined);
  if (valueCols.length === 0) return false;
  const named = new Set(Object.values(found));
  // nothing left of the value columns (the names' cells are empty or merged with the header above)
  const onlyUnderValues = g.colAt(s) >= Math.min(...valueCols);
  let underValue = false;
  for (let k = s; k < e; k++) {
    const key = g.keyAt(k);
    const c = g.colAt(k);
    if (key.length > 24 || lookupName(key).canonical !== null) return false;
    if (named.has(c) && !valueCols.includes(c)) return false; // a cell under a name column: data, not a header
    const under = valueCols.some((v) => c >= v && c <= v + 3);
    // words the reader does not know (数值 | 文字描述) are sub-headers too when they stand alone under the value columns
    // and are no target
    if (!subRole(key) && !/值|实际|预期|目标|计划/.test(key))
      if (!under || !onlyUnderValues || key.length > 12 || parseValue(key).kind === "quantity") return false;
    if (under) underValue = true;
  }
  return underValue;
}

/** The column map from the roles found: 三级 over 指标内容 (then a note), a lone target is the annual one, a label column. */
function assemble(g: Grid, found: Found, unknown: TextCell[]): ColumnMap {
  const m = emptyMap();
  m.l1 = found.l1 ?? null;
  m.l2 = found.l2 ?? null;
  if (found.l3 !== undefined) {
    m.l3 = found.l3;
    if (found.name !== undefined && found.explain === undefined) found.explain = found.name; // 指标内容 beside 三级指标 explains it
  } else m.l3 = found.name!;
  m.period = found.period ?? null;
  m.annual = found.annual ?? found.target ?? null;
  if (m.annual === null && m.period !== null) {
    m.annual = m.period;
    m.period = null;
  }
  m.actual = found.actual ?? null;
  m.unit = found.unit ?? null;
  m.nature = found.nature ?? null;
  m.symbol = found.symbol ?? null;
  m.weight = found.weight ?? null;
  m.explain = found.explain ?? null;
  m.scoring = found.scoring ?? null;
  m.project = found.project ?? null;
  m.code = found.code ?? null;
  m.amount = found.amount ?? null;
  m.goal = found.goal ?? null;
  const first = Math.min(m.l1 ?? m.l3, m.l2 ?? m.l3, m.l3);
  if (found.label !== undefined && found.label < first) m.label = found.label;
  else {
    const left = first - 1;
    m.label =
      left >= g.firstCol && !Object.values(found).includes(left) && !unknown.some((u) => u.col === left) ? left : null;
  }
  return m;
}

// ---------------------------------------------------------------- reading columns by their cells

/** A row-number column: 序号, 编号, 行次 (its cells are 1, 2, 3 …; nothing to read in it). */
const SEQUENCE_HEADER = /^(序号|编号|行次|行号|序|no\.?)$/i;

const NATURE_WORDS = /^(定量|定性|定量\(其他\)|定量其他|正向|反向|正向指标|反向指标|不适用|其他)$/;

interface ColumnStats {
  filled: number;
  level1: number;
  level2: number;
  targets: number;
  comparisons: number;
  units: number;
  /** Plain numbers (1, 2, 3 …). */
  numbers: number;
}

function statsOf(g: Grid, c: number, r1: number, r2: number): ColumnStats {
  const s: ColumnStats = { filled: 0, level1: 0, level2: 0, targets: 0, comparisons: 0, units: 0, numbers: 0 };
  for (let r = r1; r <= r2; r++) {
    const k = g.find(r, c);
    if (k < 0) continue;
    s.filled++;
    const key = g.keyAt(k);
    const n = lookupName(key).canonical;
    if (n !== null) {
      if (isL1(n, "2021")) s.level1++;
      else if (anyParentOf(n, "2021") !== null) s.level2++;
      continue;
    }
    if (levelPair(key) !== null) {
      s.level1++; // 产出指标-数量指标: both levels in the cell (read by the indicator table as one column for both)
      continue;
    }
    if (comparisonOf(key) !== null || NATURE_WORDS.test(key)) {
      s.comparisons++;
      continue;
    }
    if (key === "-" || isUnitWord(key)) {
      s.units++;
      continue;
    }
    if (/^\d+$/.test(key)) s.numbers++;
    const p = parseValue(g.textAt(k));
    if (p.kind === "quantity" && !p.embedded && (p.q[0].cmp !== null || p.q[0].kind !== "none")) s.targets++;
  }
  return s;
}

/** The sheet columns a column map gives a role to (the label column included), in role order. */
export function mappedColumns(cols: ColumnMap): number[] {
  const out: number[] = [];
  for (const c of [
    cols.label,
    cols.l1,
    cols.l2,
    cols.l3,
    cols.period,
    cols.annual,
    cols.actual,
    cols.unit,
    cols.nature,
    cols.symbol,
    cols.weight,
    cols.explain,
    cols.scoring,
    cols.project,
    cols.code,
    cols.amount,
    cols.goal,
  ]) {
    if (c !== null && c >= 1) out.push(c);
  }
  return out;
}

/**
 * Fills the roles the header words left open from what the columns hold (rows r1 … r2 of the table body): the
 * 一级 / 二级 columns by their level names, a target column by its targets, a comparison column by its signs, a
 * unit column by its units. Header cells whose column stays unexplained (and holds content) are returned.
 */
export function inferFromCells(
  g: Grid,
  cols: ColumnMap,
  unknown: readonly TextCell[],
  r1: number,
  r2: number,
): TextCell[] {
  if (r2 < r1) return [];
  // 年度目标 / 绩效目标 in a table without project columns: the indicators' value column, not a project's goal
  if (cols.annual === null && cols.goal !== null && cols.project === null && cols.code === null) {
    cols.annual = cols.goal;
    cols.goal = null;
  }
  const last = Math.min(r2, r1 + 60);
  // 指标 | 指标内容 | 指标值 where the first column holds the levels (一级 on a row of its own, 二级 on the rows below):
  // that column is the levels', and the names are in the column right of it
  if (cols.l1 === null && cols.l2 === null && !mappedColumns(cols).includes(cols.l3 + 1)) {
    const s = statsOf(g, cols.l3, r1, last);
    const levels = s.level1 + s.level2;
    if (s.level1 >= 1 && levels >= 2 && levels * 2 >= s.filled) {
      const right = statsOf(g, cols.l3 + 1, r1, last);
      if (right.filled >= 2 && (right.level1 + right.level2) * 2 < right.filled && right.targets * 2 < right.filled) {
        cols.l1 = cols.l3;
        cols.l3 = cols.l3 + 1;
      }
    }
  }
  const taken = new Set<number>(mappedColumns(cols));
  const candidates: number[] = [];
  for (const u of unknown) if (!taken.has(u.col)) candidates.push(u.col);
  // columns with cells but no header cell at all (a merged header over two columns) are candidates too
  const lastCol = Math.max(...taken, ...candidates);
  for (let c = Math.min(...taken); c <= lastCol + 2 && c <= g.lastCol; c++)
    if (!taken.has(c) && !candidates.includes(c)) candidates.push(c);
  const left: TextCell[] = [];
  for (const c of candidates) {
    const s = statsOf(g, c, r1, last);
    if (s.filled === 0) continue;
    if (s.numbers === s.filled && isSequenceHeader(unknown, c)) continue; // understood: the rows' numbers
    const share = (n: number) => n >= 2 && n >= 0.5 * s.filled;
    if (cols.l1 === null && s.level1 >= 2 && s.level1 + s.level2 >= 0.5 * s.filled) cols.l1 = c;
    else if (cols.l2 === null && share(s.level2)) cols.l2 = c;
    else if (cols.annual === null && share(s.targets)) cols.annual = c;
    else if (cols.nature === null && cols.symbol === null && share(s.comparisons)) cols.nature = c;
    else if (cols.unit === null && share(s.units)) cols.unit = c;
    else {
      const u = unknown.find((x) => x.col === c);
      if (u) left.push(u);
      continue;
    }
    taken.add(c);
  }
  return left;
}

function isSequenceHeader(unknown: readonly TextCell[], c: number): boolean {
  const u = unknown.find((x) => x.col === c);
  return u !== undefined && SEQUENCE_HEADER.test(u.text.replace(/\s+/g, ""));
}

/**
 * A table without a header row the reader knows: row r starts with a 一级 name followed by a 二级 name that belongs
 * to it (产出指标 | 数量指标 | …). The columns are then read from the cells.
 */
export function headerlessAt(g: Grid, r: number): ColumnMap | null {
  const s = g.rowStart(r),
    e = g.rowEnd(r);
  if (e - s < 3) return null;
  for (let k = s; k < Math.min(e - 2, s + 3); k++) {
    const n1 = lookupName(g.keyAt(k)).canonical;
    if (!isL1(n1, "2021")) continue;
    const n2 = lookupName(g.keyAt(k + 1)).canonical;
    if (n2 === null || (anyParentOf(n2, "2021") !== n1 && anyParentOf(n2, "2020") !== n1)) return null;
    if (parseValue(g.textAt(k + 2)).kind === "quantity") return null; // 产出指标 | 数量指标 | 4场: no name, no table
    const m = emptyMap();
    m.l1 = g.colAt(k);
    m.l2 = g.colAt(k + 1);
    m.l3 = g.colAt(k + 2);
    m.label = m.l1 - 1 >= g.firstCol ? m.l1 - 1 : null;
    return m;
  }
  return null;
}
