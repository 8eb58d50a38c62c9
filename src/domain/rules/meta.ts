import type { Category, Locale, Severity } from "../model/types";

/** The public description of a rule, as the UI, the docs and the command see it. */
export interface RuleMeta {
  id: string;
  code: string;
  category: Category;
  defaultSeverity: Severity;
  fixable: boolean;
  docs: Record<Locale, { title: string; description: string }>;
  messages: Record<Locale, Record<string, string>>;
}
