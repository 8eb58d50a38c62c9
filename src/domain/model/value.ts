/**
 * The value grammar of docs/domain.md §3: optional comparison + number + unit, or a qualitative target.
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
  ["不少于", "≥"],
  ["不低于", "≥"],
  ["不小于", "≥"],
  ["至少", "≥"],
  ["达到", "≥"],
  ["达", "≥"],
  ["大于等于", "≥"],
  ["不超过", "≤"],
  ["不高于", "≤"],
  ["不大于", "≤"],
  ["小于等于", "≤"],
  ["控制在", "≤"],
  ["低于", "<"],
  ["少于", "<"],
  ["小于", "<"],
  ["大于", ">"],
  ["高于", ">"],
  ["超过", ">"],
  ["≥", "≥"],
  ["≤", "≤"],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
];
const POST_WORDS: [string, Cmp][] = [
  ["及以上", "≥"],
  ["或以上", "≥"],
  ["以上", "≥"],
  ["及以下", "≤"],
  ["或以下", "≤"],
  ["以下", "≤"],
  ["以内", "≤"],
  ["之内", "≤"],
];

const MONEY = /^(亿元|万元|千元|元)/;
const COUNT_WORDS =
  "人次|户次|场次|车次|人天|人|次|场|个|套|台|条|间|栋|宗|件|篇|份|天|日|周|月|年|小时|分钟|秒|户|家|所|名|辆|项|批|期|册|本|张|部|处|座|棵|株|公里|千米|平方米|平方公里|㎡|米|亩|吨|公斤|千克|kg|立方米|班|课时|学时|课|节|组|支|头|只|块|台次|架次|单|页|卷|幅|起|例|床|所次|GB|TB|Mbps|M|G|个百分点|倍|万人次|万人|万份|万条|万次|万";
const UNIT_RE = new RegExp(`^(%|‰|亿元|万元|千元|元|分(?![钟之])|${COUNT_WORDS})((?:/(?:${COUNT_WORDS}|元))*)`);

const VAGUE_ADV =
  "(?:有效|逐步|进一步|明显|显著|充分|不断|持续|稳步|大幅|全面|切实|有所|逐年|平稳|较大|大力|积极|努力|着力)";
const VAGUE_VERB =
  "(?:提高|提升|加强|增强|改善|下降|降低|减少|减轻|调动|优化|推进|推动|促进|增加|扩大|强化|巩固|健全|完善)";
const VAGUE_START = new RegExp(`^${VAGUE_ADV}*${VAGUE_VERB}[^\\d]{0,20}$`);
const VAGUE_END = new RegExp(`^[^\\d]{0,6}${VAGUE_ADV}+${VAGUE_VERB}$`);
const VAGUE_WORDS = new Set([
  "良好",
  "正常",
  "明显",
  "较好",
  "显著",
  "一般",
  "较高",
  "较大",
  "有效",
  "积极",
  "好",
  "较好水平",
  "稳步提升",
  "有所提高",
  "长期",
  "高中低",
  "高/中/低",
]);

/** Words a qualitative target can end on and still be checked at year end: a standard met, a thing done or in place. */
const STANDARD_END =
  /(达标|合格|及时|完成|全覆盖|覆盖|到位|按时|按期|足额|准确|无误|规范|安全|正常|运行|无事故|零事故|零投诉|无投诉|验收|通过|符合要求|符合标准|满足要求|达到要求|优良|优秀|满意|提交|报送|办结|上线|建成|发放|兑现|落实|持续稳定|稳定)$/;
/** Zero-event targets (不发生…事件, 无安全事故) and deliverables (建立…热线, 制定…办法) are checkable. */
const ZERO_EVENT = /^(不发生|未发生|无|零|杜绝)/;
const DELIVERABLE = /^(建立|建成|完成|出台|制定|编制|印发|开通)/;

/**
 * Can a qualitative target be checked at year end? Short standard words can (及时, 全覆盖, 达标); a phrase that ends
 * on one can (所有链路运行正常, 岗位人员全部到位，业务工作按时完成: each clause does); a statement cannot, whatever
 * verb it has (有效及时处理信访事项，化解信访矛盾; 专项补助使用符合政策规定; 协助完成…年度工作任务).
 */
function measurableText(n: string): boolean {
  if (n.length <= 6) return true;
  const clauses = n.split(/[,;。；]/).filter((c) => c !== "");
  return clauses.length > 0 && clauses.length <= 3 && clauses.every(measurableClause);
}

function measurableClause(c: string): boolean {
  if (c.length <= 6) return true;
  if (c.length > 30) return false;
  return STANDARD_END.test(c) || ZERO_EVENT.test(c) || (DELIVERABLE.test(c) && c.length <= 16);
}

/** Chinese numerals before a measure word read as digits: 一场 → 1场, 两个 → 2个, 十二次 → 12次 (never 十分, an adverb). */
const CN_NUMERAL = new RegExp(`[零〇一二两三四五六七八九十百千]+(?=(?:${COUNT_WORDS}))`, "g");
const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 十二 → 12, 一百零五 → 105, 两千 → 2000; null when the characters do not make a number. */
export function chineseNumber(s: string): number | null {
  let total = 0,
    digit = -1;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      if (digit >= 0 && digit !== 0) return null; // two digits in a row: 一二 is not a number
      digit = d;
      continue;
    }
    const u = CN_UNITS[ch];
    if (u === undefined) return null;
    total += (digit < 0 ? 1 : digit) * u;
    digit = -1;
  }
  return digit >= 0 ? total + digit : total;
}

function withDigits(n: string): string {
  CN_NUMERAL.lastIndex = 0;
  if (!CN_NUMERAL.test(n)) return n;
  CN_NUMERAL.lastIndex = 0;
  return n.replace(CN_NUMERAL, (m) => {
    const v = chineseNumber(m);
    return v === null ? m : String(v);
  });
}

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
function parsed(
  kind: ValueKind,
  q: Quantity[],
  embedded: boolean,
  vague: boolean,
  latex: boolean,
  oddSigns: boolean,
  fixed: string | undefined,
): ParsedValue {
  return { kind, q, embedded, vague, latex, oddSigns, fixed };
}

function quantity(
  cmp: Cmp | null,
  num: number,
  unit: string,
  kind: UnitKind,
  yuan: number | undefined,
  per: string[],
): Quantity {
  return { cmp, num, unit, kind, yuan, per };
}

export function parseValue(v: CellValue, extraVague?: ReadonlySet<string>): ParsedValue {
  if (typeof v === "number")
    return parsed("quantity", [quantity(null, v, "", "none", undefined, [])], false, false, false, false, undefined);
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
  let latex = false,
    oddSigns = false;
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

  if (DEFINITION_EQ.test(n) || DEFINITION_RATIO.test(n))
    return parsed("definition", [], false, false, latex, oddSigns, fixed);

  const q = scanQuantities(withDigits(n));
  if (q.quantities.length > 0) return parsed("quantity", q.quantities, q.embedded, false, latex, oddSigns, fixed);
  const wordVague =
    VAGUE_WORDS.has(n) || VAGUE_START.test(n) || VAGUE_END.test(n) || (extraVague !== undefined && extraVague.has(n));
  if (!wordVague && n.length <= 20 && NAME_LIKE.test(n))
    return parsed("definition", [], false, false, latex, oddSigns, fixed);
  return parsed("qualitative", [], false, wordVague || !measurableText(n), latex, oddSigns, fixed);
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
    const unit = um ? um[0] : "";
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
  const kind = unitKind(unit);
  const yuan =
    kind === "money"
      ? num * (head.startsWith("亿") ? 1e8 : head.startsWith("万") ? 1e4 : head.startsWith("千") ? 1e3 : 1)
      : undefined;
  return quantity(cmp, num, unit, kind, yuan, per);
}

/** The unit an amount carries in its cell (2279.048 万元, 854万), as 元 per unit; null when none is written. */
export type AmountUnit = 1 | 10000 | 100000000;

/**
 * Amount of a budget cell in its own unit: numbers as they are, "4,157.41" → 4157.41, "-"/"—" → 0, "" → null,
 * "2279.048 万元" → 2279.048 with unit 10000, "854万(高标准农田建设400万元,…)" → 854 with unit 10000 (a note in
 * brackets after the amount is allowed). Anything else is unreadable ("854万854万(…)").
 */
export function parseAmount(v: CellValue): { value: number | null; readable: boolean; unit: AmountUnit | null } {
  if (typeof v === "number") return { value: Number.isFinite(v) ? v : null, readable: Number.isFinite(v), unit: null };
  const s = norm(cellText(v));
  if (s === "") return { value: null, readable: true, unit: null };
  if (/^[-—–/无]+$/.test(s) || s === "0.00") return { value: 0, readable: true, unit: null };
  const m = /^([-+]?\d+(?:,\d{3})*(?:\.\d+)?)(亿元|万元|元|万|亿)?(?:\([^()]*\))?$/.exec(s);
  if (!m) return { value: null, readable: false, unit: null };
  const u = m[2];
  const unit: AmountUnit | null =
    u === undefined ? null : u.startsWith("亿") ? 100000000 : u.startsWith("万") ? 10000 : 1;
  return { value: Number(m[1].replace(/,/g, "")), readable: true, unit };
}

/** What kind of unit a unit text is (from a 计量单位 column or after a number). */
export function unitKind(unit: string): UnitKind {
  const head = unit.split("/")[0] ?? "";
  if (head === "%" || head === "‰" || head === "个百分点" || head === "百分比") return "percent";
  if (MONEY.test(head)) return "money";
  if (head === "万") return "money-ambiguous";
  if (head === "分") return "score";
  return head === "" ? "none" : "count";
}

const UNIT_ONLY = new RegExp(`^(?:${UNIT_RE.source.slice(1)})$`);

/** Is the text a unit and nothing else (人, 万元, %, 元/人/年, 人次)? */
export function isUnitWord(text: string): boolean {
  return text.length <= 12 && UNIT_ONLY.test(norm(text));
}

const NO_UNIT = new Set(["-", "--", "—", "——", "/", "无", "空", "不适用", "N/A", "n/a"]);

/** A 计量单位 cell as a unit: "-" and the like mean none. */
export function columnUnit(text: string): string | null {
  const t = norm(text);
  return t === "" || NO_UNIT.has(t) ? null : t;
}

/**
 * A target whose comparison and unit stand in columns of their own (计算符号 ≥, 指标值 95, 计量单位 %) read as
 * one target, ≥95%. Only a lone bare quantity takes them: a value that writes its own comparison or unit keeps it.
 */
export function withColumns(p: ParsedValue, cmp: Cmp | null, unit: string | null): ParsedValue {
  if (p.kind !== "quantity" || p.q.length !== 1 || p.embedded) return p;
  const q0 = p.q[0];
  const newCmp = q0.cmp ?? cmp;
  const newUnit = q0.unit === "" && unit !== null ? unit : q0.unit;
  if (newCmp === q0.cmp && newUnit === q0.unit) return p;
  const made = makeQuantity(newCmp, q0.num, newUnit);
  return parsed("quantity", [made], false, p.vague, p.latex, p.oddSigns, p.fixed);
}

/** A comparison written on its own (计算符号 / 指标性质 column): ≥ ＞ ＝ ＜ ≤ and their ASCII forms and codes words. */
export function comparisonOf(text: string): Cmp | null {
  const t = norm(text).replace(/>=|=>/g, "≥").replace(/<=|=</g, "≤");
  switch (t) {
    case "≥":
    case "大于等于":
    case "不低于":
    case "不少于":
      return "≥";
    case "≤":
    case "小于等于":
    case "不高于":
    case "不超过":
      return "≤";
    case "=":
    case "等于":
      return "=";
    case ">":
    case "大于":
      return ">";
    case "<":
    case "小于":
      return "<";
    default:
      return null;
  }
}
