/**
 * What a row might start, from one look at each of its cells' keys (a row is looked at once here rather than once
 * per kind of block). The full checks run only where a signal is set.
 */
import type { Grid } from "../grid";
import { isL1, lookupName } from "../../model/taxonomy";
import { looksLikeHeaderKey } from "./columns";
import { bareLabel } from "./labels";

/** HEADER: a short key naming an indicator column (readHeader decides). */
export const HEADER = 1;
/** LIST: a key starting with 项目名称 (a project list header, listHeader decides). */
export const LIST = 2;
/** PROJECT: a project form's name label among the first three cells. */
export const PROJECT = 4;
/** DEPT: 部门名称 among the first three cells. */
export const DEPT = 8;
/** LEVEL: a 一级 name among the first three cells (a table without a known header may start here). */
export const LEVEL = 16;
/**
 * SHORT_HEADER: HEADER's words in a row of two cells (指标 | 指标值): a header only as the first row of one that names
 * the levels on its second (readHeader decides).
 */
export const SHORT_HEADER = 32;

const PROJECT_LABELS = new Set(["项目名称", "专项名称", "专项资金名称", "项目专项名称", "资金名称", "申报项目名称"]);

/** Does the key end with 名称 (or 名称:)? Checked from the end: no scan of the key. */
function endsWithName(key: string): boolean {
  let n = key.length;
  const last = key.charCodeAt(n - 1);
  if (last === 58 /* : */ || last === 0xff1a /* ： */) n--;
  return n >= 2 && key.charCodeAt(n - 2) === 0x540d /* 名 */ && key.charCodeAt(n - 1) === 0x79f0; /* 称 */
}

/** Does the key label a project form's name (项目名称, 专项名称, 专项资金名称 …)? */
export function isProjectLabel(key: string): boolean {
  return key.length <= 14 && endsWithName(key) && PROJECT_LABELS.has(bareLabel(key).replace(/[()]/g, ""));
}

/** Does the key label a department form's name (部门名称, 部门(单位)名称)? */
export function isDeptLabel(key: string): boolean {
  return key.length <= 14 && endsWithName(key) && key.includes("部门") && bareLabel(key) === "部门名称";
}

// First characters of the words a signal looks for, read from the cell's text before its key is worked out:
// 三级… / 指标… / 绩效指标名称 / 具体指标 (HEADER), 项目名称… (LIST); labels ending in 称 (PROJECT, DEPT).
// (compared one by one: a Set lookup per cell cost more than the rest of the look)
function headerFirst(c: number): boolean {
  return c === 0x6307 /* 指 */ || c === 0x4e09 /* 三 */ || c === 0x7ee9 /* 绩 */ || c === 0x5177; /* 具 */
}
const LIST_FIRST = 0x9879; /* 项 */
const NAME_LAST = 0x79f0; /* 称 */

/** 一级 names end with 指标, or are one of the variants written without it (产出, 效益, 项目完成 …). */
const LEVEL1_BARE = new Set([
  "产出",
  "效益",
  "满意度",
  "成本",
  "项目完成",
  "项目产出",
  "项目效益",
  "项目效果",
  "预期产出",
  "效果",
]);

function maybeLevel1(key: string): boolean {
  return key.includes("指标") || LEVEL1_BARE.has(key);
}

/** The last character of a text that is not a colon or a space. */
function lastChar(t: string): number {
  for (let i = t.length - 1; i >= 0; i--) {
    const c = t.charCodeAt(i);
    if (c !== 58 && c !== 0xff1a && c !== 32 && c !== 0x3000) return c;
  }
  return 0;
}

/**
 * The row's signals; LEVEL only when asked (outside tables: inside one, a 一级 name starts nothing). Runs on every row
 * of the sheet: a cell's match key (norm) is worked out only when its text's first or last character could start a
 * signal, which most cells' cannot.
 */
export function signals(g: Grid, r: number, level = false): number {
  const s = g.rowStart(r),
    e = g.rowEnd(r);
  let out = 0;
  for (let k = s; k < e; k++) {
    const t = g.textAt(k);
    const first = t.charCodeAt(0);
    const head = headerFirst(first),
      list = first === LIST_FIRST;
    const label = k < s + 3 && (lastChar(t) === NAME_LAST || (level && t.length <= 16));
    if (!head && !list && !label) continue;
    const key = g.keyAt(k);
    if (head && looksLikeHeaderKey(key)) out |= HEADER;
    if (list && key.startsWith("项目名称")) out |= LIST;
    if (label) {
      if (isProjectLabel(key)) out |= PROJECT;
      else if (isDeptLabel(key)) out |= DEPT;
      else if (level && key.length <= 10 && maybeLevel1(key) && isL1(lookupName(key).canonical, "2021")) out |= LEVEL;
    }
  }
  if (e - s >= 3) return out;
  return (out & HEADER) !== 0 && e - s === 2 ? SHORT_HEADER | (out & (PROJECT | DEPT)) : out & (PROJECT | DEPT);
}

/** Column of the 部门名称 label with a name right of it, for a row whose DEPT signal is set. */
export function deptLabelCol(g: Grid, r: number): number | null {
  const s = g.rowStart(r),
    e = Math.min(g.rowEnd(r), s + 3);
  for (let k = s; k < e; k++) if (isDeptLabel(g.keyAt(k)) && g.rightOf(r, g.colAt(k)) !== null) return g.colAt(k);
  return null;
}
