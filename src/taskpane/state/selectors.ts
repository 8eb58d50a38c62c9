/** Pure views of the pane state: summary, filtering, grouping by block then severity. */
import type { BlockInfo, Finding, LintResult, Locale, Severity } from "../../domain/model/types";
import { summarize, type Summary } from "../../domain/model/summary";
import { format, uiStrings } from "../../domain/i18n";
import { engine } from "../engine/engine";
import type { Filters, PaneState } from "./paneReducer";

export function selectSummary(result: Pick<LintResult, "findings"> | null): Summary | null {
  return result ? summarize(result.findings) : null;
}

/**
 * What the summary may honestly say: nothing before a check; 未识别到绩效目标表 when nothing on the sheet was read (never
 * a clean verdict on a sheet that was not checked); the errors; or 未发现错误 — not “可以提交”: the finance bureau decides.
 */
export type Verdict = "unchecked" | "unrecognised" | "errors" | "noErrors" | "clean";

export function verdictOf(result: LintResult | null): Verdict {
  if (!result) return "unchecked";
  const sum = summarize(result.findings);
  if (sum.errors > 0) return "errors";
  if (result.blocks.length === 0 && result.tables.length === 0) return "unrecognised";
  return sum.warnings + sum.infos > 0 ? "noErrors" : "clean";
}

export function ruleTitleOf(f: Pick<Finding, "ruleId">, locale: Locale): string {
  return engine()?.ruleById(f.ruleId)?.docs[locale]?.title ?? f.ruleId;
}

export function messageOf(f: Finding, locale: Locale): string {
  try {
    return engine()?.formatFinding(f, locale) ?? f.messageId;
  } catch {
    return f.messageId;
  }
}

function normalise(s: string): string {
  return s.normalize("NFKC").toLowerCase();
}

export function filtersActive(filters: Filters): boolean {
  return filters.severities.length > 0 || filters.categories.length > 0 || filters.text.trim() !== "";
}

/**
 * The findings the list shows: those of the pressed severities (none pressed: errors and warnings), of the
 * pressed categories (none: all), whose text (message, address, rule title, code, id) matches every search word.
 */
export function filterFindings(findings: readonly Finding[], filters: Filters, locale: Locale): Finding[] {
  const sev = new Set<Severity>(filters.severities.length > 0 ? filters.severities : ["error", "warning"]);
  const cat = filters.categories.length > 0 ? new Set(filters.categories) : null;
  const terms = normalise(filters.text).split(/\s+/).filter(Boolean);
  return findings.filter((f) => {
    if (!sev.has(f.severity) || (cat && !cat.has(f.category))) return false;
    if (terms.length === 0) return true;
    const hay = normalise([messageOf(f, locale), f.address, f.ruleId, f.code, ruleTitleOf(f, locale)].join(" "));
    return terms.every((t) => hay.includes(t));
  });
}

/** One kind of finding (a rule) with every place it occurs: one line in the list however many. */
export interface KindGroup {
  /** `severity|ruleId` (a rule set to another severity in the config stays one kind) */
  key: string;
  severity: Severity;
  ruleId: string;
  /** In sheet order. */
  findings: Finding[];
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.r1 - b.range.r1 || a.range.c1 - b.range.c1 || a.ruleId.localeCompare(b.ruleId);
}

/** Stable identity of a finding across checks (for focus): what and where. */
export function findingId(f: Pick<Finding, "ruleId" | "messageId" | "address" | "data">): string {
  return `${f.ruleId}|${f.messageId}|${f.address}|${JSON.stringify(f.data)}`;
}

/**
 * Findings by kind (their rule), errors first, then warnings, then 提示; within a severity in the order of each
 * kind's first place on the sheet.
 */
export function groupByKind(findings: readonly Finding[]): KindGroup[] {
  const groups = new Map<string, KindGroup>();
  for (const f of [...findings].sort(byPosition)) {
    const key = `${f.severity}|${f.ruleId}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, severity: f.severity, ruleId: f.ruleId, findings: [] }));
    g.findings.push(f);
  }
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return [...groups.values()].sort(
    (a, b) => rank[a.severity] - rank[b.severity] || byPosition(a.findings[0], b.findings[0]),
  );
}

export function blockHeading(block: BlockInfo | null, locale: Locale): string {
  const s = uiStrings(locale);
  if (!block) return s.blockOther;
  return format(s.blockHeading, { kind: s[`blockKind_${block.kind}`], title: block.title?.trim() || block.address });
}

/** What the live region says after a check. */
export function announcement(state: Pick<PaneState, "result" | "locale">): string {
  const { result, locale } = state;
  if (!result) return "";
  const s = uiStrings(locale);
  const sum = summarize(result.findings);
  const text = format(s.announceSummary, {
    sheet: result.sheet,
    errors: sum.errors,
    warnings: sum.warnings,
    infos: sum.infos,
  });
  const verdict = verdictOf(result);
  return verdict === "unrecognised"
    ? `${text} ${s.announceUnrecognised}`
    : verdict === "errors"
      ? text
      : `${text} ${s.announceNoErrors}`;
}

/** Stable key of the flagged cells (address + severity), to skip highlight writes when nothing changed. */
export function highlightKey(findings: readonly Pick<Finding, "address" | "severity">[]): string {
  return [...new Set(findings.map((f) => `${f.address}|${f.severity}`))].sort().join(";");
}
