/**
 * The indicator taxonomy of docs/domain.md §2, for both frameworks, with name normalisation.
 * Names are compared by key: `norm()` then without a trailing 指标 (社会效益 = 社会效益指标).
 */
import type { Framework } from "./types";
import { CACHE_KEY_MAX, norm } from "./text";

export type L1 = "产出指标" | "效益指标" | "满意度指标" | "成本指标";

/** 二级 canonical name → its 一级, per framework. */
const L2_2020: Record<string, L1> = {
  数量指标: "产出指标",
  质量指标: "产出指标",
  时效指标: "产出指标",
  成本指标: "产出指标",
  经济效益指标: "效益指标",
  社会效益指标: "效益指标",
  生态效益指标: "效益指标",
  可持续影响指标: "效益指标",
  服务对象满意度指标: "满意度指标",
};
const L2_2021: Record<string, L1> = {
  经济成本指标: "成本指标",
  社会成本指标: "成本指标",
  生态环境成本指标: "成本指标",
  数量指标: "产出指标",
  质量指标: "产出指标",
  时效指标: "产出指标",
  经济效益指标: "效益指标",
  社会效益指标: "效益指标",
  生态效益指标: "效益指标",
  可持续影响指标: "效益指标",
  服务对象满意度指标: "满意度指标",
};
export const COST_L2_2021 = new Set(["经济成本指标", "社会成本指标", "生态环境成本指标"]);

/** Known variant keys → canonical key (docs/domain.md §2). */
const VARIANTS: Record<string, string> = {
  预期产出: "产出",
  项目产出: "产出",
  项目完成: "产出",
  项目效益: "效益",
  项目效果: "效益",
  "产出(工作量)": "产出",
  产出工作量: "产出",
  效果: "效益",
  环境效益: "生态效益",
  生态环境效益: "生态效益",
  进度: "时效",
  工期: "时效",
  时效性: "时效",
  社会公众或服务对象满意度: "服务对象满意度",
  社会公众满意度: "服务对象满意度",
  服务对象及社会公众满意度: "服务对象满意度",
  受益对象满意度: "服务对象满意度",
  受益群众满意度: "服务对象满意度",
  群众满意度: "服务对象满意度",
  公众满意度: "服务对象满意度",
  可持续: "可持续影响",
  可持续发展: "可持续影响",
  环境成本: "生态环境成本",
  生态成本: "生态环境成本",
};

/**
 * Every canonical name, mapped to itself: lookupName hands out these very strings (source literals,
 * which V8 interns) rather than a fresh concatenation, so that rules comparing a row's names with
 * literals such as "成本指标" compare pointers instead of characters, thousands of times per sheet.
 */
const ALL_NAMES = new Map<string, string>(
  ["产出指标", "效益指标", "满意度指标", "成本指标", ...Object.keys(L2_2020), ...Object.keys(L2_2021)].map((n) => [
    n,
    n,
  ]),
);

/** Fill-in notes printed inside level labels: 数量指标 (必填硬性指标), 经济效益 指标 (选填). */
const FILL_NOTE = /[(（][^()（）]*(必填|选填|必选|可选|硬性|核心|如有|选择|可不填|可空)[^()（）]*[)）]/g;

/** A heading's number before a level name: 一、 (一) (1) ① 第一、 (after norm: ASCII brackets and full stops). */
const ENUMERATION = /^(第?[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|[\u2460-\u2473])/;
/** A score or weight printed after a level name: 产出指标(50分), 质量指标(权重30%). */
const SCORE_NOTE = /\((权重|分值)?:?\d+(\.\d+)?(分|%)\)$/;

/**
 * Strip stars, a leading code ("1-", "11 ") or heading number (一、, (一), ①), normalise, drop fill-in notes, a score
 * note and a trailing 指标.
 */
export function nameKey(raw: string): string {
  let s = norm(raw)
    .replace(/^[*★☆]+/, "")
    .replace(ENUMERATION, "")
    .replace(/^\d+[-.、]?/, "");
  if (s.includes("(")) s = s.replace(FILL_NOTE, "").replace(SCORE_NOTE, "");
  s = s.replace(/[:：]$/, "");
  if (s.endsWith("指标") && s.length > 2) s = s.slice(0, -2);
  return s;
}

/** Longer than every taxonomy name and variant key. */
const NAME_KEY_MAX = 24;

export interface NameInfo {
  /** Canonical name with 指标, when the name is in the taxonomy (either framework). */
  canonical: string | null;
  /** True when the text is a known variant rather than the canonical spelling (or its short form). */
  variant: boolean;
}

const infoCache = new Map<string, NameInfo>();

export function lookupName(raw: string): NameInfo {
  const hit = infoCache.get(raw);
  if (hit) return hit;
  const key = nameKey(raw);
  let info: NameInfo = { canonical: null, variant: false };
  // Every name and variant is short. A long key cannot match, and must not be used as a property name either:
  // V8 interns property keys, and interning many long strings of one length is quadratic (see CACHE_KEY_MAX).
  if (key.length > NAME_KEY_MAX) return info;
  const direct = ALL_NAMES.get(key + "指标");
  const viaVariant = VARIANTS[key] ? ALL_NAMES.get(VARIANTS[key] + "指标") : undefined;
  if (direct !== undefined) info = { canonical: direct, variant: false };
  else if (viaVariant !== undefined) info = { canonical: viaVariant, variant: true };
  if (raw.length > CACHE_KEY_MAX) return info; // see CACHE_KEY_MAX: long keys would all collide
  if (infoCache.size > 20000) infoCache.clear();
  infoCache.set(raw, info);
  return info;
}

export function isL1(canonical: string | null, fw: Framework): canonical is L1 {
  if (!canonical) return false;
  if (canonical === "成本指标") return fw === "2021";
  return canonical === "产出指标" || canonical === "效益指标" || canonical === "满意度指标";
}

/** 一级 of a 二级 in the framework, or null if the name is not a 二级 there. */
export function parentOf(l2canonical: string | null, fw: Framework): L1 | null {
  if (!l2canonical) return null;
  return (fw === "2021" ? L2_2021 : L2_2020)[l2canonical] ?? null;
}

/** Is this canonical name a 二级 in either framework? Returns its parent in the given framework, else in the other. */
export function anyParentOf(l2canonical: string | null, fw: Framework): L1 | null {
  return parentOf(l2canonical, fw) ?? parentOf(l2canonical, fw === "2021" ? "2020" : "2021");
}

/** 一级 and 二级 written in one cell: 产出指标-数量指标, 效益指标/社会效益指标. Null unless both halves are known names. */
export function levelPair(raw: string): { l1: string; l2: string } | null {
  if (raw.length > 40) return null;
  const m = /^(.+?)\s*[-－—/／·]\s*(.+)$/.exec(raw.trim());
  if (!m) return null;
  const l1 = lookupName(m[1]).canonical;
  const l2 = lookupName(m[2]).canonical;
  if (!isL1(l1, "2021") || l2 === null || anyParentOf(l2, "2021") === null) return null;
  return { l1, l2 };
}

export function requiredL1(fw: Framework): L1[] {
  return fw === "2021" ? ["成本指标", "产出指标", "效益指标", "满意度指标"] : ["产出指标", "效益指标", "满意度指标"];
}

/** Default budget-software codes (docs/domain.md §2): a convention, configurable. */
export const DEFAULT_CODES = {
  level1: { "1": "产出指标", "2": "效益指标", "3": "满意度指标" } as Record<string, string>,
  level2: {
    "11": "数量指标",
    "12": "质量指标",
    "13": "时效指标",
    "14": "成本指标",
    "21": "经济效益指标",
    "22": "社会效益指标",
    "23": "生态效益指标",
    "24": "可持续影响指标",
    "31": "服务对象满意度指标",
  } as Record<string, string>,
};
