/**
 * 忽略此条: findings the user accepted, kept in the workbook (the pane's settings store, so they travel with the
 * file) and honoured by the pane and by the command.
 *
 * A finding is known by a key built from what it is about, never from where it is: its rule, message and data,
 * the title of its block (项目名称 / 部门名称), the text of its cells, and its rank among findings that share all
 * of these. Rows inserted above move the address but not the key, so an ignored finding stays ignored; when the
 * cell's content changes, the key changes and the finding comes back. Pure: no host, no storage here.
 */
import type { CellRange, CellValue, Finding, LintResult, SheetInput } from "./model/types";

export const IGNORES_VERSION = 1;

export interface IgnoreEntry {
  /** See findingKeys. */
  key: string;
  sheet: string;
  ruleId: string;
  /** Where the finding was when it was ignored (for display; not part of the key). */
  address: string;
  /** The user's reason, may be empty. */
  reason: string;
  /** ISO date of the decision. */
  at: string;
}

export interface IgnoreStore {
  version: typeof IGNORES_VERSION;
  items: IgnoreEntry[];
}

export function emptyIgnores(): IgnoreStore {
  return { version: IGNORES_VERSION, items: [] };
}

const MAX_ITEMS = 2000;
const str = (v: unknown, max: number): string | null => (typeof v === "string" && v.length <= max ? v : null);

/**
 * What the workbook holds, checked item by item: a damaged entry is dropped, never the rest; anything that is not
 * a store at all gives an empty one. Never throws.
 */
export function parseIgnores(raw: unknown): IgnoreStore {
  const out = emptyIgnores();
  if (typeof raw !== "object" || raw === null || (raw as { version?: unknown }).version !== IGNORES_VERSION) return out;
  const items = (raw as { items?: unknown }).items;
  if (!Array.isArray(items)) return out;
  for (const it of items.slice(0, MAX_ITEMS)) {
    if (typeof it !== "object" || it === null) continue;
    const o = it as Record<string, unknown>;
    const key = str(o.key, 64),
      sheet = str(o.sheet, 64),
      ruleId = str(o.ruleId, 80),
      address = str(o.address, 40);
    if (!key || sheet === null || !ruleId || address === null) continue;
    out.items.push({ key, sheet, ruleId, address, reason: str(o.reason, 500) ?? "", at: str(o.at, 40) ?? "" });
  }
  return out;
}

/** 32-bit FNV-1a of the text with a seed, as 8 hex digits. */
function fnv(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** Data fields that are positions (duplicate-level3's "first" row): left out, or inserting rows would change the key. */
const POSITION_FIELDS = new Set(["first", "row", "rows"]);

function dataText(data: Finding["data"]): string {
  return Object.keys(data)
    .filter((k) => !POSITION_FIELDS.has(k))
    .sort()
    .map((k) => `${k}=${data[k]}`)
    .join("\u0002");
}

function valueAt(input: SheetInput, row: number, col: number): CellValue {
  const o = input.origin ?? { row: 1, col: 1 };
  return input.values[row - o.row]?.[col - o.col] ?? null;
}

/** The text of the cells a finding covers (its first row only when it covers more than 64 cells). */
export function cellsText(input: SheetInput, r: CellRange): string {
  const wide = (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1) > 64;
  const last = wide ? r.r1 : r.r2;
  const parts: string[] = [];
  for (let row = r.r1; row <= last; row++)
    for (let col = r.c1; col <= Math.min(r.c2, r.c1 + 63); col++) {
      const v = valueAt(input, row, col);
      parts.push(v === null ? "" : String(v));
    }
  return parts.join("\u0003");
}

/** One key per finding of `result` (same order), read against the sheet the result was linted from. */
export function findingKeys(result: Pick<LintResult, "blocks" | "findings">, input: SheetInput): string[] {
  const titles = new Map(result.blocks.map((b) => [b.id, b.title ?? b.kind]));
  const seen = new Map<string, number>();
  return result.findings.map((f) => {
    const base = [
      f.ruleId,
      f.messageId,
      dataText(f.data),
      f.blockId !== undefined ? (titles.get(f.blockId) ?? "") : "",
      cellsText(input, f.range),
    ].join("\u0001");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${fnv(base, 2166136261)}${fnv(base, 0x9e3779b9)}${n > 0 ? `-${n}` : ""}`;
  });
}

export interface IgnoredFinding {
  finding: Finding;
  entry: IgnoreEntry;
}

export interface IgnoreSplit {
  /** The findings to show (and to count and highlight). */
  shown: Finding[];
  ignored: IgnoredFinding[];
  /** Key of every finding of the result, shown or not (same order as result.findings). */
  keys: string[];
}

/** Splits a result's findings into those shown and those the user ignored on this sheet. */
export function splitIgnored(result: LintResult, input: SheetInput, store: IgnoreStore): IgnoreSplit {
  const keys = findingKeys(result, input);
  const mine = new Map<string, IgnoreEntry>();
  for (const e of store.items) if (e.sheet === result.sheet) mine.set(e.key, e);
  if (mine.size === 0) return { shown: result.findings, ignored: [], keys };
  const shown: Finding[] = [];
  const ignored: IgnoredFinding[] = [];
  result.findings.forEach((f, i) => {
    const e = mine.get(keys[i]);
    // the engine's own failure report is never hidden
    if (e && f.ruleId !== "structure/internal-error") ignored.push({ finding: f, entry: e });
    else shown.push(f);
  });
  return { shown, ignored, keys };
}

/** The store with the finding ignored (once per key and sheet). */
export function addIgnore(store: IgnoreStore, entry: IgnoreEntry): IgnoreStore {
  const items = store.items.filter((e) => !(e.key === entry.key && e.sheet === entry.sheet));
  items.push(entry);
  return { version: IGNORES_VERSION, items: items.slice(-MAX_ITEMS) };
}

/** The store without the entry (恢复). */
export function removeIgnore(store: IgnoreStore, sheet: string, key: string): IgnoreStore {
  return { version: IGNORES_VERSION, items: store.items.filter((e) => !(e.key === key && e.sheet === sheet)) };
}

/** The findings a sheet shows as highlights: those not ignored, without 提示 (hidden unless asked for). */
export function highlighted(findings: readonly Finding[]): Pick<Finding, "address" | "severity">[] {
  const out: Pick<Finding, "address" | "severity">[] = [];
  for (const f of findings) if (f.severity !== "info") out.push({ address: f.address, severity: f.severity });
  return out;
}
