import type { CellRange } from "./types";

/** 1 → "A", 27 → "AA". */
export function columnName(col: number): string {
  let n = Math.max(1, Math.floor(col));
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 27; NaN for anything else. */
export function columnIndex(name: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(name)) return NaN;
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}

export function rangeToA1(r: CellRange): string {
  const a = toA1(r.r1, r.c1);
  return r.r1 === r.r2 && r.c1 === r.c2 ? a : `${a}:${toA1(r.r2, r.c2)}`;
}

/** Parses "C12", "$C$12", "C12:D14", "Sheet1!C12" (the sheet part is dropped). Null when unreadable. */
export function fromA1(address: string): CellRange | null {
  const bang = address.lastIndexOf("!");
  const body = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
  const m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(body);
  if (!m) return null;
  const c1 = columnIndex(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  if (!(r1 >= 1 && r2 >= 1 && c1 >= 1 && c2 >= 1)) return null;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}
