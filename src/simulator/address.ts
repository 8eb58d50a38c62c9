/**
 * A1 address parsing and formatting the way Excel's JavaScript API reports addresses
 * (`Sheet1!A1:B2`, `'My sheet'!A:A`, `Sheet1!3:5`, multi-area `Sheet1!A1,Sheet1!C3:C5`).
 */
import type { CellRange } from "../domain/model/types";
import { columnIndex, columnName } from "../domain/model/a1";

import { MAX_COLS, MAX_ROWS } from "../domain/model/limits";

export interface ParsedArea {
  /** Sheet name when the address carried one. */
  sheet?: string;
  rect: CellRange;
}

export function quoteSheetName(name: string): string {
  // Excel quotes names with spaces or punctuation; CJK letters and digits stay bare.
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function unquoteSheetName(s: string): string {
  const t = s.trim();
  return t.startsWith("'") && t.endsWith("'") ? t.slice(1, -1).replace(/''/g, "'") : t;
}

/** Splits at commas that are outside quoted sheet names. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Parses one area: `A1`, `$A$1:B2`, `A:C`, `3:5`, with an optional `Sheet!` prefix. Null when unreadable. */
export function parseArea(text: string): ParsedArea | null {
  const bang = text.lastIndexOf("!");
  const sheet = bang >= 0 ? unquoteSheetName(text.slice(0, bang)) : undefined;
  const body = (bang >= 0 ? text.slice(bang + 1) : text).replace(/\$/g, "").trim().toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(body);
  if (m) {
    const c1 = columnIndex(m[1]);
    const r1 = Number(m[2]);
    const c2 = m[3] ? columnIndex(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) : r1;
    return checked(sheet, r1, c1, r2, c2);
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(body);
  if (m) return checked(sheet, 1, columnIndex(m[1]), MAX_ROWS, columnIndex(m[2]));
  m = /^(\d+):(\d+)$/.exec(body);
  if (m) return checked(sheet, Number(m[1]), 1, Number(m[2]), MAX_COLS);
  return null;
}

function checked(sheet: string | undefined, r1: number, c1: number, r2: number, c2: number): ParsedArea | null {
  const ok = [r1, r2].every((r) => r >= 1 && r <= MAX_ROWS) && [c1, c2].every((c) => c >= 1 && c <= MAX_COLS);
  if (!ok) return null;
  const rect = { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
  return sheet === undefined ? { rect } : { sheet, rect };
}

/** Parses `A1,C3:C5` (with or without sheet names). Null when any area is unreadable. */
export function parseAreas(address: string): ParsedArea[] | null {
  const parts = splitAreas(address);
  if (parts.length === 0) return null;
  const out: ParsedArea[] = [];
  for (const p of parts) {
    const a = parseArea(p);
    if (!a) return null;
    out.push(a);
  }
  return out;
}

/** `A1`, `A1:B2`, `A:A`, `3:5`: the way Excel writes a rectangle (without the sheet). */
export function rectToA1(r: CellRange): string {
  if (r.r1 === 1 && r.r2 === MAX_ROWS) return `${columnName(r.c1)}:${columnName(r.c2)}`;
  if (r.c1 === 1 && r.c2 === MAX_COLS) return `${r.r1}:${r.r2}`;
  const a = `${columnName(r.c1)}${r.r1}`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? a : `${a}:${columnName(r.c2)}${r.r2}`;
}

export function qualified(sheet: string, r: CellRange): string {
  return `${quoteSheetName(sheet)}!${rectToA1(r)}`;
}

export function cellCount(r: CellRange): number {
  return (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function contains(outer: CellRange, row: number, col: number): boolean {
  return row >= outer.r1 && row <= outer.r2 && col >= outer.c1 && col <= outer.c2;
}

export function intersection(a: CellRange, b: CellRange): CellRange | null {
  if (!intersects(a, b)) return null;
  return { r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1), r2: Math.min(a.r2, b.r2), c2: Math.min(a.c2, b.c2) };
}

/** `a` minus `b`, as up to four rectangles. */
export function subtract(a: CellRange, b: CellRange): CellRange[] {
  const i = intersection(a, b);
  if (!i) return [a];
  const out: CellRange[] = [];
  if (a.r1 < i.r1) out.push({ r1: a.r1, c1: a.c1, r2: i.r1 - 1, c2: a.c2 });
  if (i.r2 < a.r2) out.push({ r1: i.r2 + 1, c1: a.c1, r2: a.r2, c2: a.c2 });
  if (a.c1 < i.c1) out.push({ r1: i.r1, c1: a.c1, r2: i.r2, c2: i.c1 - 1 });
  if (i.c2 < a.c2) out.push({ r1: i.r1, c1: i.c2 + 1, r2: i.r2, c2: a.c2 });
  return out;
}
