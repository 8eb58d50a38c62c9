import type { Finding, Locale } from "../model/types";

export interface Summary { errors: number; warnings: number; infos: number }

/** STUB — being written. Renders a finding's message in the given locale. */
export function formatFinding(f: Finding, _locale: Locale): string {
  return f.messageId;
}
export function ruleTitle(ruleId: string, _locale: Locale): string {
  return ruleId;
}
export function summarize(findings: readonly Finding[]): Summary {
  const s = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error") s.errors++;
    else if (f.severity === "warning") s.warnings++;
    else s.infos++;
  }
  return s;
}
