/** Turns whatever a gateway call threw into text for a MessageBar: zh + en when the error carries both. */
import type { Bilingual } from "../../domain/i18n";
import { hostErrorText, isHostErrorLike } from "../../domain/i18n/host";

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() !== "" ? v : null;
}

/**
 * A gateway's error (`{ messageId, data }` of `hostMessages`) is rendered from the catalogue. Also accepts errors
 * shaped `{ zh, en }`, `{ messageZh, messageEn }` or `{ message: { zh, en } }`; a plain Error gives its message in
 * both slots; anything else gives null (the caller shows a generic text).
 */
export function errorText(e: unknown): Bilingual | null {
  if (isHostErrorLike(e)) return hostErrorText(e);
  if (typeof e !== "object" || e === null) return str(e) ? { zh: e as string, en: e as string } : null;
  const o = e as Record<string, unknown>;
  const zh = str(o.zh) ?? str(o.messageZh);
  const en = str(o.en) ?? str(o.messageEn);
  if (zh || en) return { zh: zh ?? en!, en: en ?? zh! };
  if (typeof o.message === "object" && o.message !== null) return errorText(o.message);
  const m = str(o.message);
  return m ? { zh: m, en: m } : null;
}
