/**
 * ET has no "merged areas of this range" call, so merges are found by halving: a range whose MergeCells is
 * false holds none; one that lies inside a single merge (its MergeArea covers it) is that merge; otherwise it is
 * split in two along its longer side. A sheet without merges costs one call; each merge costs about
 * log2(cells) calls. Merges already found are not looked at again.
 */
import { fromA1, rangeToA1 } from "../domain/model/a1";
import type { CellRange } from "../domain/model/types";
import { addressOf, type EtWorksheet } from "./et";

const inside = (a: CellRange, b: CellRange) => a.r1 >= b.r1 && a.r2 <= b.r2 && a.c1 >= b.c1 && a.c2 <= b.c2;

/** Every merge whose top-left cell lies in `area`, sorted by row then column. */
export function findMerges(ws: EtWorksheet, area: CellRange): CellRange[] {
  const found = new Map<string, CellRange>();
  const stack: CellRange[] = [area];
  while (stack.length > 0) {
    const r = stack.pop()!;
    if ([...found.values()].some((m) => inside(r, m))) continue;
    const range = ws.Range(rangeToA1(r));
    const mc = range.MergeCells;
    if (mc === false) continue;
    if (mc === true) {
      const m = fromA1(addressOf(range.MergeArea));
      if (m && inside(r, m)) {
        found.set(rangeToA1(m), m);
        continue;
      }
    }
    if (r.r1 === r.r2 && r.c1 === r.c2) continue;
    if (r.r2 - r.r1 >= r.c2 - r.c1) {
      const mid = (r.r1 + r.r2) >> 1;
      stack.push({ ...r, r1: mid + 1 }, { ...r, r2: mid });
    } else {
      const mid = (r.c1 + r.c2) >> 1;
      stack.push({ ...r, c1: mid + 1 }, { ...r, c2: mid });
    }
  }
  return [...found.values()]
    .filter((m) => m.r1 >= area.r1 && m.r1 <= area.r2 && m.c1 >= area.c1 && m.c1 <= area.c2)
    .sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
}
