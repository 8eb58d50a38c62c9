/** Text helpers shared by the whole engine. Pure and cheap: they run on every cell. */
import type { CellValue } from "./types";

const TAG = /<\/?[a-zA-Z][^>]*>/g;
const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/g;

/** Cell → trimmed display text ("" for empty). Numbers keep JS formatting. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return untrimmed(v) ? v : v.trim();
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  return v ? "TRUE" : "FALSE";
}

/** Can the character not be white space (ASCII printable, or above U+3000 but not U+FEFF)? Most cells' ends. */
function solid(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c > 0x3000 && c !== 0xfeff);
}

/** Neither end of the text is white space: trim() would return it as it is (checked without a call). */
function untrimmed(s: string): boolean {
  return s.length > 0 && solid(s.charCodeAt(0)) && solid(s.charCodeAt(s.length - 1));
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
  if (s.length > CACHE_KEY_MAX) {
    const hit = longNorm.get(s);
    if (hit !== undefined) return hit;
    const out = isNormal(s) ? s : normalize(s);
    if (longNorm.size > 20000) longNorm.clear();
    longNorm.set(s, out);
    return out;
  }
  if (isNormal(s)) return s;
  const hit = normCache.get(s);
  if (hit !== undefined) return hit;
  const out = normalize(s);
  if (normCache.size > 50000) normCache.clear();
  normCache.set(s, out);
  return out;
}

function normalize(s: string): string {
  let out = s;
  if (out.includes("<")) out = out.replace(TAG, "");
  return out.normalize("NFKC").replace(ZERO_WIDTH, "").replace(/\s+/g, "").replace(/≧/g, "≥").replace(/≦/g, "≤");
}

/**
 * A Map for keys of any length: short text is its own key; long text is found by a cheap key (length, head,
 * tail) and then compared in full — the same string object compares in no time, and a different text that
 * shares the cheap key falls back to `boundedKey` (its full hash). So no Map ever holds a key longer than
 * CACHE_KEY_MAX + a few characters, and a lookup costs at most one pass over the text.
 */
export class TextMap<V> {
  /** Short text: its own key, the value itself (no entry object per key: rules fill one of these per table). */
  private readonly short = new Map<string, V>();
  /** Made when the first long text is set: rules fill a TextMap per table, and long names are rare. */
  private long: Map<string, { text: string; value: V }> | null = null;

  get size(): number {
    return this.short.size + (this.long?.size ?? 0);
  }

  get(text: string): V | undefined {
    if (text.length <= CACHE_KEY_MAX) return this.short.get(text);
    if (this.long === null) return undefined;
    const e = this.long.get(cheapKey(text));
    if (e === undefined) return undefined;
    if (e.text === text) return e.value;
    const full = this.long.get(boundedKey(text));
    return full !== undefined && full.text === text ? full.value : undefined;
  }

  set(text: string, value: V): this {
    if (text.length <= CACHE_KEY_MAX) {
      this.short.set(text, value);
      return this;
    }
    const cheap = cheapKey(text);
    this.long ??= new Map();
    const e = this.long.get(cheap);
    this.long.set(e === undefined || e.text === text ? cheap : boundedKey(text), { text, value });
    return this;
  }

  clear(): void {
    this.short.clear();
    this.long = null;
  }

  /** The values: those of short keys first, each part in insertion order. */
  *values(): IterableIterator<V> {
    yield* this.short.values();
    if (this.long !== null) for (const e of this.long.values()) yield e.value;
  }
}

/** norm() of long text, by TextMap (the engine asks for the same long cell's text more than once). */
const longNorm = new TextMap<string>();

/** Length, head and tail of a long text: a key computed without reading the whole text. */
function cheapKey(s: string): string {
  return `\u0001${s.length}:${s.slice(0, 48)}\u0001${s.slice(-48)}`;
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

/** Number of decimals shown in a numeric text such as "4,157.41" (2) or a JS number (1281.77 → 2). */
export function shownDecimals(v: CellValue): number {
  const s = typeof v === "number" ? String(v) : cellText(v).replace(/,/g, "");
  const m = /\.(\d+)/.exec(s);
  return m ? m[1].length : 0;
}
