/**
 * 忽略此条 in the command: the findings a user ignored in the pane are kept in the workbook, and `lint` leaves them
 * out (`--no-ignores` shows everything). Where the pane keeps them:
 * - Excel: the add-in's settings (Office.context.document.settings, entry "jixiao-ignores"), which Excel saves in
 *   the workbook's web-extension part `xl/webextensions/webextension*.xml` as `<we:property name="jixiao-ignores"
 *   value="…JSON…"/>` (the OOXML web-extension part, [MS-OWEXML]);
 * - WPS 表格: custom document properties in `docProps/custom.xml`, the JSON in numbered chunks (src/wps/doc-store.ts).
 * Only those two zip entries are read (a small reader over node:zlib); anything unreadable gives no ignores.
 */
import { promises as fsp } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { emptyIgnores, parseIgnores, type IgnoreStore } from "../domain/ignores";

export const IGNORES_KEY = "jixiao-ignores";

/** The zip entries whose names pass `want`, decompressed; stops quietly at anything it does not understand. */
export function readZipEntries(buf: Buffer, want: (name: string) => boolean): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  // end of central directory: 22 bytes + a comment of up to 65535
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return out;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < count && p + 46 <= buf.length; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) break;
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (!want(name) || size === 0xffffffff || local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) continue;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    try {
      if (method === 0) out.set(name, Buffer.from(data));
      else if (method === 8) out.set(name, inflateRawSync(data));
    } catch {
      // a damaged entry is left out
    }
  }
  return out;
}

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

/** The ignored findings kept in a workbook's bytes (Excel's or WPS's way); none when there are none or they are unreadable. */
export function ignoresFromXlsx(buf: Buffer): IgnoreStore {
  try {
    const parts = readZipEntries(buf, (n) => /^xl\/webextensions\/webextension\d*\.xml$/i.test(n) || n === "docProps/custom.xml");
    for (const [name, data] of parts) {
      if (name === "docProps/custom.xml") continue;
      const store = parseIgnores(ignoresFromWebExtension(data.toString("utf8")));
      if (store.items.length > 0) return store;
    }
    const custom = parts.get("docProps/custom.xml");
    if (custom) return parseIgnores(ignoresFromCustomProps(custom.toString("utf8")));
  } catch {
    // not a zip we can read: no ignores (the workbook itself was read by exceljs)
  }
  return emptyIgnores();
}

export async function readIgnores(file: string): Promise<IgnoreStore> {
  try {
    return ignoresFromXlsx(await fsp.readFile(file));
  } catch {
    return emptyIgnores();
  }
}
