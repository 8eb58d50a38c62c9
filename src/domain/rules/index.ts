import type { Category, Locale, Severity } from "../model/types";

/** STUB — being written. The public description of a rule, as the UI and docs see it. */
export interface RuleMeta {
  id: string;
  code: string;
  category: Category;
  defaultSeverity: Severity;
  fixable: boolean;
  docs: Record<Locale, { title: string; description: string }>;
  messages: Record<Locale, Record<string, string>>;
}
export const allRules: readonly RuleMeta[] = [];
export function ruleById(_idOrCode: string): RuleMeta | undefined {
  return undefined;
}
