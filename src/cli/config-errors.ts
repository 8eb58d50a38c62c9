/**
 * What is wrong with a `--config` file, in one line and both languages: not a JSON object (`null`, an array),
 * a setting zod refuses (rendered here from the issue, not zod's one-language text: "expected a finite number"
 * for 1e999 rather than "expected number, received number"), or a rule id that does not exist — named with
 * the nearest real one.
 */
import type * as z from "zod";
import { allRules, configSchema, ruleById } from "../domain";
import { clipText } from "../domain/model/display";
import type { Bilingual } from "./errors";

/** Issues shown at most; more are counted. */
const MAX_ISSUES = 3;

const TYPE_ZH: Record<string, string> = {
  number: "数字",
  string: "文字",
  boolean: "true 或 false",
  object: "JSON 对象",
  array: "数组",
  null: "null",
  undefined: "空",
};

function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

const shown = (v: unknown) => clipText(typeof v === "string" ? `"${v}"` : JSON.stringify(v) ?? String(v), 40);

/** Edit distance, for "did you mean". */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The real rule nearest to an unknown key (by code or id). */
export function nearestRule(key: string): { id: string; code: string } {
  const k = key.toLowerCase();
  let best = allRules[0];
  let bestD = Infinity;
  for (const r of allRules) {
    const d = Math.min(distance(k, r.id.toLowerCase()), distance(k, r.code.toLowerCase()), distance(k, r.id.split("/")[1] ?? r.id));
    if (d < bestD) {
      bestD = d;
      best = r;
    }
  }
  return { id: best.id, code: best.code };
}

function nearestKey(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}

function issueText(issue: z.core.$ZodIssue, raw: unknown): Bilingual {
  const where = issue.path.map(String).join(".");
  const at = (m: Bilingual): Bilingual => (where ? { zh: `${where}：${m.zh}`, en: `${where}: ${m.en}` } : m);
  const value = valueAt(raw, issue.path);
  switch (issue.code) {
    case "invalid_type": {
      const expected = String(issue.expected);
      if (expected === "number" && typeof value === "number" && !Number.isFinite(value)) return at({ zh: "应为有限的数字（这个数超出范围）", en: "expected a finite number (this one is out of range)" });
      const got = kindOf(value);
      return at({
        zh: `应为${TYPE_ZH[expected] ?? expected}，实际是${TYPE_ZH[got] ?? got}${got === "undefined" ? "" : ` ${shown(value)}`}`,
        en: `expected ${expected === "object" ? "a JSON object" : expected}, got ${got}${got === "undefined" ? "" : ` ${shown(value)}`}`,
      });
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = String(small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
      const origin = (issue as { origin?: string }).origin;
      if (origin === "number") return at({ zh: `应${small ? "不小于" : "不大于"} ${bound}（实际是 ${shown(value)}）`, en: `must be ${small ? "at least" : "at most"} ${bound} (got ${shown(value)})` });
      const unit = origin === "string" ? ["个字符", "characters"] : ["项", "items"];
      return at({ zh: `${small ? "至少" : "至多"} ${bound} ${unit[0]}`, en: `${small ? "at least" : "at most"} ${bound} ${unit[1]}` });
    }
    case "invalid_value": {
      const values = ((issue as { values?: unknown[] }).values ?? []).map((v) => String(v));
      return at({ zh: `应为 ${values.join("、")} 之一（实际是 ${shown(value)}）`, en: `expected one of ${values.join(", ")} (got ${shown(value)})` });
    }
    case "unrecognized_keys": {
      const keys = (issue as { keys: string[] }).keys;
      const known = issue.path.length === 0 ? Object.keys(configSchema.shape) : [];
      const hints = keys.map((k) => {
        const near = nearestKey(k, known);
        return { zh: near ? `“${k}”（是否想写“${near}”？）` : `“${k}”`, en: near ? `"${k}" (did you mean "${near}"?)` : `"${k}"` };
      });
      return at({ zh: `未知的设置项${hints.map((h) => h.zh).join("、")}`, en: `unknown setting ${hints.map((h) => h.en).join(", ")}` });
    }
    case "invalid_format":
      return at({ zh: `格式不对（${shown(value)}）`, en: `invalid format (${shown(value)})` });
    case "invalid_key":
      return at({ zh: "键的格式不对，应为数字编码", en: "invalid key: expected a numeric code" });
    default:
      return at({ zh: "值无效", en: "invalid value" });
  }
}

/** Null when `raw` (the parsed JSON) is a valid config whose rule keys all exist; else what is wrong. */
export function configProblem(raw: unknown): Bilingual | null {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return { zh: `应为 JSON 对象，如 {"rules": {"JX303": "off"}}，实际是${TYPE_ZH[kindOf(raw)] ?? kindOf(raw)}`, en: `expected a JSON object such as {"rules": {"JX303": "off"}}, got ${kindOf(raw)}` };
  }
  const r = configSchema.safeParse(raw);
  const problems: Bilingual[] = r.success ? [] : r.error.issues.map((i) => issueText(i, raw));
  const rules = (raw as { rules?: unknown }).rules;
  if (rules !== null && typeof rules === "object" && !Array.isArray(rules)) {
    for (const key of Object.keys(rules)) {
      if (ruleById(key)) continue;
      const near = nearestRule(key);
      problems.push({
        zh: `rules：“${clipText(key, 40)}”不是规则编号或 id，是否想写“${near.code}”（${near.id}）？`,
        en: `rules: "${clipText(key, 40)}" is not a rule code or id; did you mean "${near.code}" (${near.id})?`,
      });
    }
  }
  if (problems.length === 0) return null;
  const more = problems.length - MAX_ISSUES;
  const list = problems.slice(0, MAX_ISSUES);
  return {
    zh: list.map((p) => p.zh).join("；") + (more > 0 ? `；另有 ${more} 处` : ""),
    en: list.map((p) => p.en).join("; ") + (more > 0 ? `; and ${more} more` : ""),
  };
}
