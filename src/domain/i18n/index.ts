/**
 * Messages and UI strings. The message system (types, `format`, parity check) is ./messages.ts; the task-pane
 * UI strings are ./zh-CN.ts and ./en-US.ts; the other catalogues are listed in ./catalogues.ts. Rule messages
 * live with their rules (`messages` of `defineRule`).
 */
import type { Locale } from "../model/types";
import { zhCN } from "./zh-CN";
import { enUS } from "./en-US";

export * from "./messages";

export type UiStringKey = keyof typeof zhCN;
export type UiStrings = Readonly<Record<UiStringKey, string>>;

export const uiStringTables: Readonly<Record<Locale, UiStrings>> = { "zh-CN": zhCN, "en-US": enUS };

export function uiStrings(locale: Locale): UiStrings {
  return uiStringTables[locale] ?? zhCN;
}

export { zhCN, enUS };
