/**
 * Pure helpers for one-click fixes: what a fix changes (a short diff for the button, not the whole cell twice)
 * and several fixes on one cell composed into one write (全部修复 on coded text, where one cell holds several
 * indicators and each finding's fix rewrites the whole cell).
 */
import type { CellValue, Fix } from "../../domain";

export interface FixDiff {
  /** Unchanged text just before the change ("…" in front when cut). */
  before: string;
  removed: string;
  added: string;
  /** Unchanged text just after the change ("…" at the end when cut). */
  after: string;
}

const text = (v: CellValue): string => (v === null ? "" : String(v));

/** Where two texts differ: the common start and end left out. */
function changedSpan(from: string, to: string): { start: number; endFrom: number; endTo: number } {
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from[start] === to[start]) start++;
  let endFrom = from.length;
  let endTo = to.length;
  while (endFrom > start && endTo > start && from[endFrom - 1] === to[endTo - 1]) {
    endFrom--;
    endTo--;
  }
  return { start, endFrom, endTo };
}

/** The change a fix makes, with at most `context` characters of unchanged text on each side. */
export function fixDiff(from: CellValue, to: string, context = 6): FixDiff {
  const a = text(from);
  const { start, endFrom, endTo } = changedSpan(a, to);
  const head = a.slice(0, start);
  const tail = a.slice(endFrom);
  return {
    before: head.length > context ? `…${head.slice(head.length - context)}` : head,
    removed: a.slice(start, endFrom),
    added: to.slice(start, endTo),
    after: tail.length > context ? `${tail.slice(0, context)}…` : tail,
  };
}

/**
 * One fix per cell: fixes of the same cell that start from the same text and change parts of it that do not
 * overlap are composed into one (applied right to left); an overlapping or conflicting one is left out (the next
 * check offers it again against the new text). Order of first appearance is kept.
 */
export function mergeFixes(fixes: readonly Fix[]): Fix[] {
  const byCell = new Map<string, Fix[]>();
  for (const f of fixes) {
    const k = `${f.row}:${f.col}`;
    const list = byCell.get(k);
    if (list) list.push(f);
    else byCell.set(k, [f]);
  }
  const out: Fix[] = [];
  for (const list of byCell.values()) {
    const first = list[0];
    const same = list.filter((f) => f.from === first.from && f.to !== first.to);
    if (same.length === 0 || typeof first.from !== "string") {
      out.push(first);
      continue;
    }
    const from = first.from;
    const spans = [first, ...same].map((f) => ({ ...changedSpan(from, f.to), to: f.to }));
    spans.sort((x, y) => x.start - y.start);
    const kept: typeof spans = [];
    for (const s of spans) if (kept.length === 0 || s.start >= kept[kept.length - 1].endFrom) kept.push(s);
    let composed = from;
    for (let i = kept.length - 1; i >= 0; i--) {
      const s = kept[i];
      composed = composed.slice(0, s.start) + s.to.slice(s.start, s.endTo) + composed.slice(s.endFrom);
    }
    out.push({ ...first, to: composed });
  }
  return out;
}
