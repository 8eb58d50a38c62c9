/** Task-pane UI strings (pure data + one formatter). Rule titles and messages live with the rules. */
import type { Locale } from "../model/types";
import { zhCN } from "./zh-CN";
import { enUS } from "./en-US";

export type UiStringKey = keyof typeof zhCN;
export type UiStrings = Readonly<Record<UiStringKey, string>>;

export const uiStringTables: Readonly<Record<Locale, UiStrings>> = { "zh-CN": zhCN, "en-US": enUS };

export function uiStrings(locale: Locale): UiStrings {
  return uiStringTables[locale] ?? zhCN;
}

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
export function fmt(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

/** The placeholders a template uses, sorted (for parity tests). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

export { zhCN, enUS };
