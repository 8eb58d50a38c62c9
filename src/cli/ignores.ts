/**
 * 忽略此条 in the command: the findings a user ignored in the pane are kept in the workbook, and `lint` leaves them
 * out (`--no-ignores` shows everything). Where the pane keeps them:
 * - Excel: the add-in's settings (Office.context.document.settings, entry "jixiao-ignores"), which Excel saves in
 *   the workbook's web-extension part `xl/webextensions/webextension*.xml` as `<we:property name="jixiao-ignores"
 *   value="…JSON…"/>` (the OOXML web-extension part, [MS-OWEXML]);
 * - WPS 表格: custom document properties in `docProps/custom.xml`, the JSON in numbered chunks (src/wps/doc-store.ts).
 * Only those parts are read, through the workbook's own zip directory; anything unreadable gives no ignores.
 */
import { emptyIgnores, parseIgnores, type IgnoreStore } from "../domain/ignores";
import type { XlsxWorkbook } from "./read-xlsx";
import { IGNORES_KEY } from "../host/constants";

export { IGNORES_KEY };
/** Settings parts are small; a bigger one is not read (it would not be ours). */
const MAX_PART_BYTES = 8 * 1024 * 1024;

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt|apos);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === "quot") return '"';
    if (k === "amp") return "&";
    if (k === "lt") return "<";
    if (k === "gt") return ">";
    if (k === "apos") return "'";
    return String.fromCodePoint(k.startsWith("#x") ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3] ?? "") : null;
}

/** A settings value as Office stores it: JSON text (a string value may itself hold JSON). */
function fromJson(text: string): unknown {
  try {
    const v = JSON.parse(text) as unknown;
    if (typeof v === "string") {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        return v;
      }
    }
    return v;
  } catch {
    return null;
  }
}

/** Excel: `<we:property name="jixiao-ignores" value="…"/>` in a web-extension part. */
export function ignoresFromWebExtension(xml: string): unknown {
  for (const m of xml.matchAll(/<(?:\w+:)?property\b[^>]*>/g)) {
    if (attr(m[0], "name") !== IGNORES_KEY) continue;
    const value = attr(m[0], "value");
    if (value !== null) return fromJson(value);
  }
  return null;
}

/** WPS: custom document properties `jixiao-ignores#n` (chunk count) and `jixiao-ignores#0…` (the JSON's chunks). */
export function ignoresFromCustomProps(xml: string): unknown {
  const props = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?property\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?property>/g)) {
    const name = attr(m[0].slice(0, m[0].indexOf(">") + 1), "name");
    const text = /<(?:\w+:)?lpwstr>([\s\S]*?)<\/(?:\w+:)?lpwstr>/.exec(m[2]);
    if (name && text) props.set(name, unescapeXml(text[1]));
  }
  const count = Number(props.get(`${IGNORES_KEY}#n`));
  if (!Number.isInteger(count) || count < 0) return null;
  let text = "";
  for (let i = 0; i < count; i++) {
    const part = props.get(`${IGNORES_KEY}#${i}`);
    if (part === undefined) return null;
    text += part;
  }
  return fromJson(text);
}

/** The ignored findings kept in an open workbook (Excel's or WPS's way); none when there are none or they are unreadable. */
export function ignoresFromWorkbook(wb: Pick<XlsxWorkbook, "entries" | "text">): IgnoreStore {
  try {
    const parts = wb.entries.filter((e) => e.size <= MAX_PART_BYTES).map((e) => e.name);
    for (const name of parts) {
      if (!/^xl\/webextensions\/webextension\d*\.xml$/i.test(name)) continue;
      const store = parseIgnores(ignoresFromWebExtension(wb.text(name) ?? ""));
      if (store.items.length > 0) return store;
    }
    const custom = parts.find((n) => n.toLowerCase() === "docprops/custom.xml");
    if (custom) return parseIgnores(ignoresFromCustomProps(wb.text(custom) ?? ""));
  } catch {
    // a damaged settings part: no ignores (the sheets themselves are read and checked as usual)
  }
  return emptyIgnores();
}
