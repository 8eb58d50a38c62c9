/**
 * The grid's merge cover (bit masks for the first 32 columns, spans beyond): every cell a merge covers reads as empty
 * but its top-left, whatever the input holds there, on sheets narrower and wider than 32 columns and with an origin.
 */
import fc from "fast-check";
import { Grid } from "../../src/domain/engine/grid";
import type { CellRange } from "../../src/domain";

const mergeArb = (rows: number, cols: number) =>
  fc
    .record({
      r1: fc.integer({ min: 1, max: rows + 2 }),
      c1: fc.integer({ min: 1, max: cols + 2 }),
      h: fc.integer({ min: 0, max: 4 }),
      w: fc.integer({ min: 0, max: 36 }),
    })
    .map(({ r1, c1, h, w }): CellRange => ({ r1, c1, r2: r1 + h, c2: c1 + w }));

const sheetArb = fc
  .record({
    rows: fc.integer({ min: 1, max: 6 }),
    cols: fc.integer({ min: 1, max: 45 }),
    originRow: fc.integer({ min: 1, max: 3 }),
    originCol: fc.integer({ min: 1, max: 3 }),
  })
  .chain((s) =>
    fc.record({
      sheet: fc.constant(s),
      merges: fc.array(mergeArb(s.rows + s.originRow, s.cols + s.originCol), { maxLength: 5 }),
    }),
  );

test("a merged area reads as empty but for its top-left, in any column", () => {
  fc.assert(
    fc.property(sheetArb, ({ sheet: { rows, cols, originRow, originCol }, merges }) => {
      const values = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => `${i}:${j}`));
      const g = new Grid({ name: "s", values, merges, origin: { row: originRow, col: originCol } });
      const wrong: string[] = [];
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) {
          const r = originRow + i,
            c = originCol + j;
          const covered = merges.some(
            (m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2 && !(r === m.r1 && c === m.c1),
          );
          const expected = covered ? null : `${i}:${j}`;
          if (g.get(r, c) !== expected || g.text(r, c) !== (expected ?? "")) wrong.push(`R${r}C${c}: ${g.get(r, c)}`);
        }
      expect(wrong).toEqual([]);
    }),
    { numRuns: 400 },
  );
});
