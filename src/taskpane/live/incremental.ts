/**
 * Checking one block again after an edit inside it, instead of the whole sheet: the block's rows are linted as a
 * sheet of their own and their findings take the place of the block's old ones. Used only when that is provably the
 * same as a whole check: the rows read as the same blocks (kinds and ranges) as before, no merged area crosses
 * the rows' edge, and no old finding straddles it. Anything else returns null and the caller lints the whole sheet.
 * (tests/engine/incremental.test.ts checks the equivalence on every block of the seed and corpus workbooks.)
 */
import type { BlockInfo, CellRange, LintResult, SheetInput } from "../../domain/model/types";

/** Rows r1..r2 of a sheet as a sheet of their own (same columns, same origin column). */
export function sliceRows(input: SheetInput, r1: number, r2: number): SheetInput {
  const o = input.origin ?? { row: 1, col: 1 };
  const out: SheetInput = {
    name: input.name,
    values: input.values.slice(r1 - o.row, r2 - o.row + 1),
    origin: { row: r1, col: o.col },
  };
  if (input.formats) out.formats = input.formats.slice(r1 - o.row, r2 - o.row + 1);
  if (input.merges) out.merges = input.merges.filter((m) => m.r1 >= r1 && m.r2 <= r2);
  return out;
}

const within = (r: CellRange, r1: number, r2: number) => r.r1 >= r1 && r.r2 <= r2;
const apart = (r: CellRange, r1: number, r2: number) => r.r2 < r1 || r.r1 > r2;

function sameShape(a: readonly BlockInfo[], b: readonly BlockInfo[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    return (
      x.kind === y.kind &&
      x.range.r1 === y.range.r1 &&
      x.range.r2 === y.range.r2 &&
      x.range.c1 === y.range.c1 &&
      x.range.c2 === y.range.c2
    );
  });
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * `prev` (the whole sheet's last result) with the block at rows r1..r2 checked again on `input` (the sheet as it is
 * now); null when that cannot stand for a whole check.
 */
export function relintRows<R extends LintResult>(
  prev: LintResult,
  input: SheetInput,
  r1: number,
  r2: number,
  lint: (input: SheetInput) => R,
): LintResult | null {
  if (input.merges?.some((m) => !within(m, r1, r2) && !apart(m, r1, r2))) return null;
  if (prev.findings.some((f) => !within(f.range, r1, r2) && !apart(f.range, r1, r2))) return null;
  const before = prev.blocks.filter((b) => within(b.range, r1, r2));
  if (before.length === 0 || prev.blocks.some((b) => !within(b.range, r1, r2) && !apart(b.range, r1, r2))) return null;
  const sub = lint(sliceRows(input, r1, r2));
  if (!sameShape(before, sub.blocks)) return null;
  const ids = new Map(sub.blocks.map((b, i) => [b.id, before[i].id]));
  const insideIds = new Set(before.map((b) => b.id));
  // a finding of the block's that lies outside its rows could not be checked again from them
  if (prev.findings.some((f) => f.blockId !== undefined && insideIds.has(f.blockId) && !within(f.range, r1, r2)))
    return null;
  const mapId = <T extends { blockId?: string }>(x: T): T =>
    x.blockId !== undefined && ids.has(x.blockId) ? { ...x, blockId: ids.get(x.blockId)! } : x;
  const findings = [...prev.findings.filter((f) => apart(f.range, r1, r2)), ...sub.findings.map(mapId)];
  findings.sort(
    (a, b) =>
      a.range.r1 - b.range.r1 ||
      a.range.c1 - b.range.c1 ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  const blocks = prev.blocks.map((b) => {
    const i = before.indexOf(b);
    return i < 0 ? b : { ...sub.blocks[i], id: b.id };
  });
  const tables = [
    ...prev.tables.filter((t) => apart(t.range, r1, r2)),
    ...sub.tables.map((t) => ({ ...t, blockId: ids.get(t.blockId) ?? t.blockId })),
  ];
  tables.sort((a, b) => a.range.r1 - b.range.r1 || a.range.c1 - b.range.c1);
  return { sheet: prev.sheet, blocks, tables, findings };
}
