/**
 * The add-in's values kept in the workbook as custom document properties (文件 › 属性 › 自定义), so they travel
 * with the file. A property holds at most 255 characters of text, so a value is stored as JSON in numbered
 * chunks: `jixiao` → `jixiao#n` = number of chunks, `jixiao#0`, `jixiao#1`, … Reading enumerates the
 * properties once; writing deletes the old chunks and adds the new ones.
 */
import type { EtDocumentProperties } from "./et";
import { XL } from "./et";

/** Characters per chunk, well below the 255 a text property may hold. */
export const CHUNK = 200;

const countName = (key: string) => `${key}#n`;
const chunkName = (key: string, i: number) => `${key}#${i}`;

function all(props: EtDocumentProperties): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const n = props.Count;
  for (let i = 1; i <= n; i++) {
    const p = props.Item(i);
    out.set(p.Name, p.Value);
  }
  return out;
}

/** The stored value; null when there is none; the raw text when it is not JSON (the caller validates). */
export function readValue(props: EtDocumentProperties, key: string): unknown | null {
  const map = all(props);
  const count = Number(map.get(countName(key)));
  if (!Number.isInteger(count) || count < 0) return null;
  let text = "";
  for (let i = 0; i < count; i++) {
    const part = map.get(chunkName(key, i));
    if (typeof part !== "string") return null; // a chunk is missing: treat as absent rather than guess
    text += part;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function writeValue(props: EtDocumentProperties, key: string, value: unknown): void {
  const text = JSON.stringify(value ?? null);
  // old chunks and count first (backwards: indexes shift as properties go)
  for (let i = props.Count; i >= 1; i--) {
    const p = props.Item(i);
    const name = p.Name;
    if (name === countName(key) || (name.startsWith(`${key}#`) && /^\d+$/.test(name.slice(key.length + 1)))) p.Delete();
  }
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) parts.push(text.slice(i, i + CHUNK));
  parts.forEach((part, i) => props.Add(chunkName(key, i), false, XL.propertyTypeString, part));
  props.Add(countName(key), false, XL.propertyTypeString, String(parts.length));
}
