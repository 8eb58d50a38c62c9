/**
 * What is wrong with a `--config` file, in one line and both languages: not a JSON object (`null`, an array),
 * a setting zod refuses (rendered here from the issue, not zod's one-language text: "expected a finite number"
 * for 1e999 rather than "expected number, received number"), or a rule id that does not exist — named with
 * the nearest real one.
 */
import type * as z from "zod";
import { allRules, configSchema, ruleById } from "../domain";
import { clipText } from "../domain/model/display";
import { list, type Bilingual } from "../domain/i18n/messages";
import { cliText, configTypeWords } from "./messages";

/** Issues shown at most; more are counted. */
const MAX_ISSUES = 3;

/** A JSON type as the messages name it. */
function typeWord(t: string): Bilingual {
  return Object.prototype.hasOwnProperty.call(configTypeWords, t)
    ? configTypeWords[t as keyof typeof configTypeWords]
    : { zh: t, en: t };
}

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

const shown = (v: unknown) => clipText(typeof v === "string" ? `"${v}"` : (JSON.stringify(v) ?? String(v)), 40);

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
    const d = Math.min(
      distance(k, r.id.toLowerCase()),
      distance(k, r.code.toLowerCase()),
      distance(k, r.id.split("/")[1] ?? r.id),
    );
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
  const at = (m: Bilingual): Bilingual => (where ? cliText("configAt", { where, problem: m }) : m);
  const value = valueAt(raw, issue.path);
  switch (issue.code) {
    case "invalid_type": {
      const expected = String(issue.expected);
      if (expected === "number" && typeof value === "number" && !Number.isFinite(value))
        return at(cliText("configNotFinite"));
      const got = kindOf(value);
      const types = { expected: typeWord(expected === "object" ? "objectExpected" : expected), got: typeWord(got) };
      return at(
        got === "undefined"
          ? cliText("configWrongType", types)
          : cliText("configWrongTypeValue", { ...types, value: shown(value) }),
      );
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = String(small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
      const origin = (issue as { origin?: string }).origin;
      if (origin === "number")
        return at(cliText(small ? "configTooSmallNumber" : "configTooBigNumber", { bound, value: shown(value) }));
      if (origin === "string") return at(cliText(small ? "configTooFewChars" : "configTooManyChars", { bound }));
      return at(cliText(small ? "configTooFewItems" : "configTooManyItems", { bound }));
    }
    case "invalid_value": {
      const values = ((issue as { values?: unknown[] }).values ?? []).map((v) => String(v));
      return at(cliText("configNotOneOf", { values: list(values), value: shown(value) }));
    }
    case "unrecognized_keys": {
      const keys = (issue as { keys: string[] }).keys;
      const known = issue.path.length === 0 ? Object.keys(configSchema.shape) : [];
      const hints = keys.map((k) => {
        const near = nearestKey(k, known);
        return near ? cliText("configKeyNear", { key: k, near }) : cliText("configKey", { key: k });
      });
      return at(cliText("configUnknownKeys", { keys: list(hints) }));
    }
    case "invalid_format":
      return at(cliText("configBadFormat", { value: shown(value) }));
    case "invalid_key":
      return at(cliText("configBadKey"));
    default:
      return at(cliText("configInvalidValue"));
  }
}

/** Null when `raw` (the parsed JSON) is a valid config whose rule keys all exist; else what is wrong. */
export function configProblem(raw: unknown): Bilingual | null {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    const got = kindOf(raw);
    return cliText("configNotObject", { got: { zh: typeWord(got).zh, en: got } });
  }
  const r = configSchema.safeParse(raw);
  const problems: Bilingual[] = r.success ? [] : r.error.issues.map((i) => issueText(i, raw));
  const rules = (raw as { rules?: unknown }).rules;
  if (rules !== null && typeof rules === "object" && !Array.isArray(rules)) {
    for (const key of Object.keys(rules)) {
      if (ruleById(key)) continue;
      const near = nearestRule(key);
      problems.push(cliText("configUnknownRule", { key: clipText(key, 40), code: near.code, id: near.id }));
    }
  }
  if (problems.length === 0) return null;
  const more = problems.length - MAX_ISSUES;
  const shownProblems = list(problems.slice(0, MAX_ISSUES), undefined, PROBLEM_SEPARATOR);
  return more > 0 ? cliText("configProblemsMore", { problems: shownProblems, more }) : shownProblems;
}

const PROBLEM_SEPARATOR: Bilingual = { zh: "；", en: "; " };
