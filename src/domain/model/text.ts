/** Text helpers shared by the whole engine. Pure and cheap: they run on every cell. */
import type { CellValue } from "./types";

const TAG = /<\/?[a-zA-Z][^>]*>/g;
const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/g;

/** Cell → trimmed display text ("" for empty). Numbers keep JS formatting. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  return v ? "TRUE" : "FALSE";
}

const normCache = new Map<string, string>();

/**
 * Longest text a cache in the engine is keyed by. V8 hashes strings of 16,384 characters or more by their
 * length alone, so long cell texts of one length all collide in a Map and every lookup becomes a scan; the
 * caches skip such text (it is cheap to work out again) and maps that must hold it use `boundedKey`.
 */
export const CACHE_KEY_MAX = 256;

/**
 * A Map key for text of any length: the text itself when short, else its head, length and two 32-bit hashes
 * of the whole (so distinct long texts stay distinct keys for every practical purpose).
 */
export function boundedKey(s: string): string {
  if (s.length <= CACHE_KEY_MAX) return s;
  // two characters per step (32 bits), two independent multiplicative hashes
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  const n = s.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const c = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  if (i < n) h1 = Math.imul(h1 ^ s.charCodeAt(i), 16777619);
  return `${s.slice(0, 64)}\u0000${s.length}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
}

/**
 * Canonical form for matching labels and names: NFKC (full width → half width), no HTML tags
 * left over from exports, no white space at all, ≧≦ folded to ≥≤.
 */
export function norm(s: string): string {
  // long text is not cached by key (see CACHE_KEY_MAX), but the engine asks for the same cell's text several
  // times in a row: remember the last one by identity (=== on the very same string is a pointer compare)
  if (s.length > CACHE_KEY_MAX && s === lastLong) return lastLongNorm;
  if (isNormal(s)) return remember(s, s);
  const hit = normCache.get(s);
  if (hit !== undefined) return hit;
  let out = s;
  if (out.includes("<")) out = out.replace(TAG, "");
  out = out.normalize("NFKC").replace(ZERO_WIDTH, "").replace(/\s+/g, "").replace(/≧/g, "≥").replace(/≦/g, "≤");
  if (s.length > CACHE_KEY_MAX) return remember(s, out);
  if (normCache.size > 50000) normCache.clear();
  normCache.set(s, out);
  return out;
}

let lastLong = "";
let lastLongNorm = "";
function remember(s: string, out: string): string {
  if (s.length > CACHE_KEY_MAX) {
    lastLong = s;
    lastLongNorm = out;
  }
  return out;
}

/**
 * True when norm() would return s unchanged: every character is printable ASCII other than `<`, a CJK
 * ideograph (U+4E00–9FFF), 、 。 ≤ ≥ or 《》「」【】-style brackets (U+3008–3011). None of these has an
 * NFKC mapping or composes with its neighbour, none is white space, zero-width, ≧/≦ or starts a tag.
 * Most cells are like this, and a character scan is cheaper than the cache lookup.
 */
function isNormal(s: string): boolean {
  // a compiled character class scans long text several times faster than a loop; short text (most cells)
  // is quicker to check by hand than to hand to the regexp engine
  if (s.length > 64) return !NOT_NORMAL.test(s);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (c >= 0x21 && c <= 0x7e && c !== 0x3c) continue;
    if (c === 0x2264 || c === 0x2265 || c === 0x3001 || c === 0x3002 || (c >= 0x3008 && c <= 0x3011)) continue;
    return false;
  }
  return true;
}
const NOT_NORMAL = /[^\x21-\x3b\x3d-\x7e\u4e00-\u9fff\u2264\u2265\u3001\u3002\u3008-\u3011]/;

export function hasDigit(s: string): boolean {
  return /\d/.test(s);
}

/** Number of decimals shown in a numeric text such as "4,157.41" (2) or a JS number (1281.77 → 2). */
export function shownDecimals(v: CellValue): number {
  const s = typeof v === "number" ? String(v) : cellText(v).replace(/,/g, "");
  const m = /\.(\d+)/.exec(s);
  return m ? m[1].length : 0;
}
