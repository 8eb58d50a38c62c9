/** Turns whatever a gateway call threw into text for a MessageBar: zh + en when the error carries both. */
import { formatBoth, type Bilingual } from "../../domain/i18n";
import { hostErrorText, isHostErrorLike } from "../../domain/i18n/host";
import { REFUSALS, type RefuseCode } from "../../domain/insert/refusals";

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() !== "" ? v : null;
}

/** An insertion refusal (`InsertRefusal`): `{ ok: false, code, data }` with `code` an id of `REFUSALS`. */
function isRefusalLike(
  o: Record<string, unknown>,
): o is { ok: false; code: RefuseCode; data: Readonly<Record<string, string | number>> } {
  return (
    o.ok === false &&
    typeof o.code === "string" &&
    Object.prototype.hasOwnProperty.call(REFUSALS, o.code) &&
    typeof o.data === "object" &&
    o.data !== null
  );
}

/**
 * A gateway's error (`{ messageId, data }` of `hostMessages`) and an insertion refusal (`{ ok: false, code, data }`
 * of `REFUSALS`) are rendered from their catalogues. Also accepts errors shaped `{ zh, en }` or
 * `{ message: { zh, en } }`; a plain Error gives its message in both slots; anything else gives null (the caller
 * shows a generic text).
 */
export function errorText(e: unknown): Bilingual | null {
  if (isHostErrorLike(e)) return hostErrorText(e);
  if (typeof e !== "object" || e === null) return str(e) ? { zh: e as string, en: e as string } : null;
  const o = e as Record<string, unknown>;
  if (isRefusalLike(o)) return formatBoth(REFUSALS[o.code], o.data);
  const zh = str(o.zh);
  const en = str(o.en);
  if (zh || en) return { zh: zh ?? en!, en: en ?? zh! };
  if (typeof o.message === "object" && o.message !== null) return errorText(o.message);
  const m = str(o.message);
  return m ? { zh: m, en: m } : null;
}
