/**
 * The value grammar of DOMAIN §3: optional comparison + number + unit, or a qualitative target.
 * `parseValue` is pure and cached; rules read its result, never the raw text.
 */
import type { CellValue } from "./types";
import { CACHE_KEY_MAX, cellText, norm } from "./text";

export type Cmp = "≥" | "≤" | "=" | ">" | "<";
export type UnitKind = "percent" | "money" | "money-ambiguous" | "count" | "score" | "none";

export interface Quantity {
  cmp: Cmp | null;
  num: number;
  /** Unit text as written after the number, normalised (e.g. "元/人/年", "%", "次"). */
  unit: string;
  kind: UnitKind;
  /** For money: the amount in 元. */
  yuan?: number;
  /** Per-what divisors of the unit, e.g. ["人", "年"] for 元/人/年. */
  per: string[];
}

export type ValueKind = "empty" | "not-set" | "quantity" | "qualitative" | "definition";

export interface ParsedValue {
  kind: ValueKind;
  /** Quantities found, in order. For kind "quantity" there is at least one. */
  q: Quantity[];
  /** The text has words around the quantity ("排查化解案件≥100件"). */
  embedded: boolean;
  /** A bare vague target (提升, 有效提高, 明显 …): not measurable. */
  vague: boolean;
  /** LaTeX/OCR leftovers such as `$\geq 90\%$` were found; `fixed` holds the repaired text. */
  latex: boolean;
  /** ASCII or full-width comparison/percent signs that have a canonical form; `fixed` holds it. */
  oddSigns: boolean;
  /** Suggested canonical text when latex or oddSigns. */
  fixed?: string;
}

const NOT_SET = new Set(["无", "/", "-", "--", "—", "——", "暂无", "N/A", "n/a", "NA", "不适用", "空"]);

const LATEX: [RegExp, string][] = [
  [/\\geqslant|\\geq|\\ge(?![a-z])/g, "≥"],
  [/\\leqslant|\\leq|\\le(?![a-z])/g, "≤"],
  [/\\gt(?![a-z])/g, ">"],
  [/\\lt(?![a-z])/g, "<"],
  [/\\neq?(?![a-z])/g, "≠"],
  [/\\times(?![a-z])/g, "×"],
  [/\\%/g, "%"],
  [/\\[,;!: ]/g, ""],
  [/\\text\{([^}]*)\}/g, "$1"],
  [/\$/g, ""],
];
const HAS_LATEX = /\$[^$]*\$|\\(geq?|leq?|gt|lt|times|%)/;

/** Comparison words before the number (longest first). */
const PRE_WORDS: [string, Cmp][] = [
  ["不少于", "≥"], ["不低于", "≥"], ["不小于", "≥"], ["至少", "≥"], ["达到", "≥"], ["达", "≥"], ["大于等于", "≥"],
  ["不超过", "≤"], ["不高于", "≤"], ["不大于", "≤"], ["小于等于", "≤"], ["控制在", "≤"], ["低于", "<"],
  ["少于", "<"], ["小于", "<"], ["大于", ">"], ["高于", ">"], ["超过", ">"], ["≥", "≥"], ["≤", "≤"], [">", ">"],
  ["<", "<"], ["=", "="],
];
const POST_WORDS: [string, Cmp][] = [
  ["及以上", "≥"], ["或以上", "≥"], ["以上", "≥"], ["及以下", "≤"], ["或以下", "≤"], ["以下", "≤"], ["以内", "≤"], ["之内", "≤"],
];

const MONEY = /^(亿元|万元|千元|元)/;
const COUNT_WORDS =
  "人次|户次|场次|车次|人天|人|次|场|个|套|台|条|间|栋|宗|件|篇|份|天|日|周|月|年|小时|分钟|秒|户|家|所|名|辆|项|批|期|册|本|张|部|处|座|棵|株|公里|千米|平方米|平方公里|㎡|米|亩|吨|公斤|千克|kg|立方米|班|课时|学时|课|节|组|支|头|只|块|台次|架次|单|页|卷|幅|起|例|床|所次|GB|TB|Mbps|M|G|个百分点|倍|万人次|万人|万份|万条|万次|万";
const UNIT_RE = new RegExp(`^(%|‰|亿元|万元|千元|元|分(?![钟之])|${COUNT_WORDS})((?:/(?:${COUNT_WORDS}|元))*)`);

const VAGUE_ADV = "(?:有效|逐步|进一步|明显|显著|充分|不断|持续|稳步|大幅|全面|切实|有所|逐年|平稳|较大|大力|积极|努力|着力)";
const VAGUE_VERB = "(?:提高|提升|加强|增强|改善|下降|降低|减少|减轻|调动|优化|推进|推动|促进|增加|扩大|强化|巩固)";
const VAGUE_START = new RegExp(`^${VAGUE_ADV}*${VAGUE_VERB}[^\\d]{0,20}$`);
const VAGUE_END = new RegExp(`^[^\\d]{0,6}${VAGUE_ADV}+${VAGUE_VERB}$`);
const VAGUE_WORDS = new Set(["良好", "正常", "明显", "较好", "显著", "一般", "较高", "较大", "有效", "积极", "好", "较好水平", "稳步提升", "有所提高"]);

/** A formula or a definition where a target belongs: `满意度=（…）/评价数量`, `A数/B数`. */
const DEFINITION_EQ = /[\u4e00-\u9fa5a-zA-Z)）]\s*[=＝]\s*[（(\u4e00-\u9fa5]/;
const DEFINITION_RATIO = /^[^\d]*[\u4e00-\u9fa5)）]\s*[/÷]\s*[(（]?[\u4e00-\u9fa5][^\d]*$/;
/** An indicator name where the target belongs (ends like a metric, no number). */
const NAME_LIKE = /(率|比例|比率|占比|数量|次数|人数|件数|个数)$/;

const cache = new Map<string, ParsedValue>();

/**
 * Every ParsedValue (and Quantity) is built by one function with every field present, in one order:
 * one object shape, so that the rules' reads of `parsed.kind`, `parsed.q` … stay monomorphic (with
 * spreads and optional fields there were seven shapes, and every such read was a slow lookup).
 */
function parsed(kind: ValueKind, q: Quantity[], embedded: boolean, vague: boolean, latex: boolean, oddSigns: boolean, fixed: string | undefined): ParsedValue {
  return { kind, q, embedded, vague, latex, oddSigns, fixed };
}

function quantity(cmp: Cmp | null, num: number, unit: string, kind: UnitKind, yuan: number | undefined, per: string[]): Quantity {
  return { cmp, num, unit, kind, yuan, per };
}

export function parseValue(v: CellValue, extraVague?: ReadonlySet<string>): ParsedValue {
  if (typeof v === "number") return parsed("quantity", [quantity(null, v, "", "none", undefined, [])], false, false, false, false, undefined);
  const raw = cellText(v);
  const key = raw;
  const cacheable = (!extraVague || extraVague.size === 0) && key.length <= CACHE_KEY_MAX;
  if (cacheable) {
    const hit = cache.get(key);
    if (hit) return hit;
  }
  const out = parseText(raw, extraVague);
  if (cacheable) {
    if (cache.size > 50000) cache.clear();
    cache.set(key, out);
  }
  return out;
}

function parseText(raw: string, extraVague?: ReadonlySet<string>): ParsedValue {
  if (raw === "") return parsed("empty", [], false, false, false, false, undefined);
  let text = raw;
  let latex = false, oddSigns = false;
  let fixed: string | undefined;
  if (HAS_LATEX.test(text)) {
    latex = true;
    for (const [re, rep] of LATEX) text = text.replace(re, rep);
    text = tidySigns(text);
    fixed = text;
  }
  const n = norm(text).replace(/>=|=>/g, "≥").replace(/<=|=</g, "≤");
  if (!latex) {
    // Canonical text keeps CJK punctuation as written; only comparison/percent signs are folded.
    // A leading "＝" before the target ("＝100%", "＝≥90%") means "equal to"; as "=" it would start a formula
    // when written to the cell, so the canonical text drops it.
    const canon = tidySigns(
      raw
        .replace(/^[\s\u3000]*[=＝][\s\u3000]*(?=[\d≥≤≧≦.])/, "")
        .replace(/>=|=>|＞＝|≧/g, "≥")
        .replace(/<=|=<|＜＝|≦/g, "≤")
        .replace(/＞/g, ">")
        .replace(/＜/g, "<")
        .replace(/＝/g, "=")
        .replace(/％/g, "%"),
    );
    if (canon !== raw && /[≥≤<>=%]/.test(canon)) {
      oddSigns = true;
      fixed = canon;
    }
  }
  if (NOT_SET.has(n)) return parsed("not-set", [], false, false, latex, oddSigns, fixed);

  if (DEFINITION_EQ.test(n) || DEFINITION_RATIO.test(n)) return parsed("definition", [], false, false, latex, oddSigns, fixed);

  const q = scanQuantities(n);
  if (q.quantities.length > 0) return parsed("quantity", q.quantities, q.embedded, false, latex, oddSigns, fixed);
  const vague =
    VAGUE_WORDS.has(n) || VAGUE_START.test(n) || VAGUE_END.test(n) || (extraVague !== undefined && extraVague.has(n));
  if (!vague && n.length <= 20 && NAME_LIKE.test(n)) return parsed("definition", [], false, false, latex, oddSigns, fixed);
  return parsed("qualitative", [], false, vague, latex, oddSigns, fixed);
}

/** "≥ 90 %" → "≥90%": no spaces between a comparison sign, its number and a percent sign. */
function tidySigns(s: string): string {
  return s
    .replace(/\s*([≥≤<>=])\s*(?=[\d.])/g, "$1")
    .replace(/(\d)\s+(?=[%\u4e00-\u9fa5])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
}

function scanQuantities(n: string): { quantities: Quantity[]; embedded: boolean } {
  const quantities: Quantity[] = [];
  const re = /\d+(?:,\d{3})*(?:\.\d+)?/g;
  let m: RegExpExecArray | null;
  let covered = 0; // characters explained by comparison + number + unit
  while ((m = re.exec(n)) !== null) {
    const start = m.index;
    const numText = m[0];
    const num = Number(numText.replace(/,/g, ""));
    if (!Number.isFinite(num)) continue;
    // a year or a date part such as 2025年 inside prose is not a target, but "12月" might be; keep it simple
    let cmp: Cmp | null = null;
    let preLen = 0;
    const before = n.slice(Math.max(0, start - 6), start);
    for (const [w, c] of PRE_WORDS) {
      if (before.endsWith(w)) {
        cmp = c;
        preLen = w.length;
        break;
      }
    }
    const after = n.slice(start + numText.length);
    const um = UNIT_RE.exec(after);
    let unit = um ? um[0] : "";
    // "2至3条", "2-3条": a range; the unit follows the second number, taken on the next match
    let postLen = 0;
    const rest = after.slice(unit.length);
    for (const [w, c] of POST_WORDS) {
      if (rest.startsWith(w)) {
        if (!cmp) cmp = c;
        postLen = w.length;
        break;
      }
    }
    const qty = makeQuantity(cmp, num, unit);
    quantities.push(qty);
    covered += preLen + numText.length + unit.length + postLen;
    re.lastIndex = start + numText.length + unit.length;
    if (quantities.length >= 8) break;
  }
  const embedded = quantities.length > 0 && covered < n.length;
  return { quantities, embedded };
}

function makeQuantity(cmp: Cmp | null, num: number, unit: string): Quantity {
  const parts = unit.split("/");
  const head = parts[0] ?? "";
  const per = parts.slice(1).filter((p) => p !== "");
  let kind: UnitKind = "none";
  let yuan: number | undefined;
  if (head === "%" || head === "‰" || head === "个百分点") kind = "percent";
  else if (MONEY.test(head)) {
    kind = "money";
    const f = head.startsWith("亿") ? 1e8 : head.startsWith("万") ? 1e4 : head.startsWith("千") ? 1e3 : 1;
    yuan = num * f;
  } else if (head === "万") kind = "money-ambiguous";
  else if (head === "分") kind = "score";
  else if (head !== "") kind = "count";
  return quantity(cmp, num, unit, kind, yuan, per);
}

/** Amount of a budget cell in its own unit: numbers as they are, "4,157.41" → 4157.41, "-"/"—" → 0, "" → null. */
export function parseAmount(v: CellValue): { value: number | null; readable: boolean } {
  if (typeof v === "number") return { value: Number.isFinite(v) ? v : null, readable: Number.isFinite(v) };
  const s = norm(cellText(v));
  if (s === "") return { value: null, readable: true };
  if (/^[-—–/无]+$/.test(s) || s === "0.00") return { value: 0, readable: true };
  const m = /^([-+]?\d+(?:,\d{3})*(?:\.\d+)?)(万元|元)?$/.exec(s);
  if (!m) return { value: null, readable: false };
  return { value: Number(m[1].replace(/,/g, "")), readable: true };
}
