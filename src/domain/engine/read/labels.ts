/**
 * Label words shared by the layout readers: what a label cell says once colons, stars, spaces and fill-in notes
 * are gone, and the kinds of rows that are not content (titles, page headers, footers, notes).
 */
import type { Grid } from "../grid";
import { lookupName } from "../../model/taxonomy";

/** Bracketed text: units in labels (资金总额(万元)), notes (数量指标(必填)). */
export const PARENS = /[(（][^()（）]*[)）]/g;

function isColon(code: number): boolean {
  return code === 58 /* : */ || code === 0xff1a; /* ： */
}

/** The key without a trailing colon. */
export function stripColon(key: string): string {
  return isColon(key.charCodeAt(key.length - 1)) ? key.slice(0, -1) : key;
}

/**
 * A label as printed, reduced to its words: `*联系人:` → 联系人, `项目资金 (万元)` → 项目资金, `部门(单位)名称` → 部门名称,
 * `年 度 主 要 任 务` → 年度主要任务 (keys have no spaces). Long texts are not labels and come back as they are.
 */
export function bareLabel(key: string): string {
  if (key.length > 30) return key;
  let k = key;
  const first = k.charCodeAt(0);
  if (first === 42 /* * */ || first === 0x2605 /* ★ */) k = k.replace(/^[*★]+/, "");
  k = stripColon(k);
  if (k.includes("(")) k = k.replace(PARENS, "");
  return stripColon(k);
}

/** The unit a label or header states: 资金情况(万元) → 10000, 金额单位：元 → 1; null when it states none. */
export function unitFactorFrom(key: string): number | null {
  if (key.includes("万元")) return 10000;
  if (key.includes("亿元")) return 1e8;
  if (/[(:]元\)?$|[(:]元\)|金额单位:?元|^单位:?元/.test(key)) return 1;
  return null;
}

const TITLE = /(绩效目标(申报|批复)?表|批复表|申报表|整体(支出)?绩效目标$)/;

/** A form's title row: one or two short cells naming a 绩效目标表. */
export function isTitleRow(g: Grid, r: number): boolean {
  const n = g.count(r);
  if (n === 0 || n > 2) return false;
  let k = g.keyAt(g.rowStart(r));
  // every title is short and names a 表 or ends on 目标: most rows are ruled out before the pattern
  if (k.length > 40 || (!k.includes("表") && !k.endsWith("目标"))) return false;
  if (k.charCodeAt(0) === 35 /* # */) k = k.replace(/^#+/, "");
  return k.length <= 40 && TITLE.test(k) && !k.includes(":") && !k.includes("：");
}

const PAGE_HEADER =
  /^((附表|附件|表)[0-9一二三四五六七八九十]+([-－—][0-9一二三四五六七八九十]+)?|第\d+页(,?共\d+页)?|续表)$/;

/** A page header printed inside a table or between blocks: 表十二, 附件2-1, 续表. */
export function isPageHeaderRow(g: Grid, r: number): boolean {
  return g.count(r) === 1 && PAGE_HEADER.test(g.keyAt(g.rowStart(r)));
}

const FOOTER =
  /^(经办人|联系人|联系电话|填表人|填报人|制表人|审核人|复核人|负责人|单位负责人|部门负责人|财务负责人|分管领导|上报时间|报送时间|填报日期|填表日期|报送日期|编报时间|日期|\(?盖章\)?|签字|签章|注:|注：|说明:|备注:|填表说明)/;
const OPINION = /(审核|审批|初审|复审|批复|评审)意见/;

/**
 * A footer row: 经办人及联系电话, 上报时间, 财政部门审核意见, (盖章), signature lines, notes. Only when the row names no
 * indicator level: seed 000 prints 镇财政分局批复意见 in the label column of a row that is still an indicator row.
 */
/** First characters of the footer words: most rows are ruled out by one look at their first cell. */
const FOOTER_START = new Set([..."经联填制审复负单部财分上报编日(盖签注说备"]);

export function isFooterRow(g: Grid, r: number): boolean {
  const s = g.rowStart(r),
    e = g.rowEnd(r);
  if (s === e) return false;
  const key = g.keyAt(s);
  if (key.length > 40 || (!FOOTER_START.has(key.charAt(0)) && !key.includes("意见"))) return false;
  const first = bareLabel(key);
  if (!FOOTER.test(first) && !OPINION.test(first)) return false;
  for (let k = s + 1; k < e; k++) if (lookupName(g.keyAt(k)).canonical !== null) return false;
  return true;
}
