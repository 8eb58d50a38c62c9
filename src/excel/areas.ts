import { fromA1 } from "../domain/model/a1";
import type { CellRange } from "../domain/model/types";

/** Splits "Sheet1!A1:B2,'a,b'!C3" at commas outside quotes and parses each area (sheet part dropped), as RangeAreas.address gives them. */
export function parseAreaList(address: string): CellRange[] {
  const out: CellRange[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of `${address},`) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      const r = cur.trim() ? fromA1(cur.trim()) : null;
      if (r) out.push(r);
      cur = "";
    } else cur += ch;
  }
  return out;
}
