import type { Finding, Locale, MessageData } from "../model/types";
import { clipText } from "../model/display";
import { format } from "../i18n/messages";
import { ruleById } from "../rules/index";

// in a module of its own so that the task pane can count findings without loading the rules
export { summarize, type Summary } from "../model/summary";

/** Fills a rule message's `{name}` placeholders (the one `format` of ../i18n, with long values clipped). */
export function fill(template: string, data: MessageData): string {
  // a quoted cell can hold 32,767 characters: messages (and the notes built from them) show at most MESSAGE_TEXT_MAX
  return format(template, data, "zh-CN", clip);
}

const clip = (v: string): string => clipText(v);

/** Renders a finding's message in the given locale (zh-CN is authoritative, en-US falls back to it). */
export function formatFinding(f: Finding, locale: Locale): string {
  const rule = ruleById(f.ruleId);
  const t = rule?.messages[locale]?.[f.messageId] ?? rule?.messages["zh-CN"]?.[f.messageId];
  return t ? fill(t, f.data) : `${f.ruleId}: ${f.messageId}`;
}

export function ruleTitle(ruleId: string, locale: Locale): string {
  return ruleById(ruleId)?.docs[locale]?.title ?? ruleId;
}
