/** Pure views of the pane state: summary, filtering, grouping by block then severity. */
import {
  formatFinding,
  ruleById,
  SEVERITIES,
  summarize,
  type BlockInfo,
  type Finding,
  type LintResult,
  type Locale,
  type Severity,
  type Summary,
} from "../../domain";
import { fmt, uiStrings } from "../../domain/i18n";
import type { Filters, PaneState } from "./paneReducer";

export function selectSummary(result: LintResult | null): Summary | null {
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
  return ruleById(f.ruleId)?.docs[locale]?.title ?? f.ruleId;
}

export function messageOf(f: Finding, locale: Locale): string {
  try {
    return formatFinding(f, locale);
  } catch {
    return f.messageId;
  }
}

function normalise(s: string): string {
  return s.normalize("NFKC").toLowerCase();
}

export function filtersActive(filters: Filters): boolean {
  return filters.severities.length < 3 || filters.categories.length < 6 || filters.text.trim() !== "";
}

/** Keeps findings whose severity and category are shown and whose text (message, address, rule, code) matches. */
export function filterFindings(findings: readonly Finding[], filters: Filters, locale: Locale): Finding[] {
  const sev = new Set(filters.severities);
  const cat = new Set(filters.categories);
  const terms = normalise(filters.text).split(/\s+/).filter(Boolean);
  return findings.filter((f) => {
    if (!sev.has(f.severity) || !cat.has(f.category)) return false;
    if (terms.length === 0) return true;
    const hay = normalise([messageOf(f, locale), f.address, f.ruleId, f.code, ruleTitleOf(f, locale)].join(" "));
    return terms.every((t) => hay.includes(t));
  });
}

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface BlockGroup {
  /** Block id, or "" for findings outside any known block. */
  id: string;
  block: BlockInfo | null;
  count: number;
  severities: SeverityGroup[];
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.r1 - b.range.r1 || a.range.c1 - b.range.c1 || a.ruleId.localeCompare(b.ruleId);
}

/**
 * Groups findings by block (in the sheet's block order; unknown/absent block last), then by
 * severity (error, warning, info), each sorted by position. Empty groups are left out.
 */
export function groupFindings(blocks: readonly BlockInfo[], findings: readonly Finding[]): BlockGroup[] {
  const known = new Map(blocks.map((b) => [b.id, b]));
  const buckets = new Map<string, Finding[]>();
  for (const f of findings) {
    const id = f.blockId !== undefined && known.has(f.blockId) ? f.blockId : "";
    let list = buckets.get(id);
    if (!list) buckets.set(id, (list = []));
    list.push(f);
  }
  const order = [...blocks.map((b) => b.id), ""];
  const groups: BlockGroup[] = [];
  for (const id of order) {
    const list = buckets.get(id);
    if (!list) continue;
    buckets.delete(id); // duplicate block ids in `blocks` must not duplicate groups
    const severities = SEVERITIES.map((severity) => ({
      severity,
      findings: list.filter((f) => f.severity === severity).sort(byPosition),
    })).filter((g) => g.findings.length > 0);
    groups.push({ id, block: known.get(id) ?? null, count: list.length, severities });
  }
  return groups;
}

export function blockHeading(block: BlockInfo | null, locale: Locale): string {
  const s = uiStrings(locale);
  if (!block) return s.blockOther;
  return fmt(s.blockHeading, { kind: s[`blockKind_${block.kind}`], title: block.title?.trim() || block.address });
}

/** What the live region says after a check. */
export function announcement(state: Pick<PaneState, "result" | "locale">): string {
  const { result, locale } = state;
  if (!result) return "";
  const s = uiStrings(locale);
  const sum = summarize(result.findings);
  const text = fmt(s.announceSummary, { sheet: result.sheet, errors: sum.errors, warnings: sum.warnings, infos: sum.infos });
  const verdict = verdictOf(result);
  return verdict === "unrecognised" ? `${text} ${s.announceUnrecognised}` : verdict === "errors" ? text : `${text} ${s.announceNoErrors}`;
}

/** Stable key of the flagged cells (address + severity), to skip highlight writes when nothing changed. */
export function highlightKey(findings: readonly Pick<Finding, "address" | "severity">[]): string {
  return [...new Set(findings.map((f) => `${f.address}|${f.severity}`))].sort().join(";");
}
