/**
 * planBlockWrites, pure: every write of a placed block lies inside the block; the values are the block's; column
 * widths and row heights are planned only where the user had nothing; the dropdowns follow the framework; the cells to
 * review carry the values written there. (Carried out on a workbook: tests/insert/insert-block.test.ts.)
 */
import { fromA1, toA1 } from "../model/a1";
import type { CellRange } from "../model/types";
import { TEMPLATES, buildBlock, FRAMEWORKS, type Block } from "../templates";
import { FIELD_ALERT, INDICATOR_ALERT, blockValidations, charsToPoints, planBlockWrites } from "./block-writes";

const YEAR = { defaultYear: 2025 };
const blocks: [string, Block][] = TEMPLATES.map((t) => [t.id, buildBlock(t, {}, YEAR)]);
const inside = (r: CellRange, box: CellRange) =>
  box.r1 <= r.r1 && r.r2 <= box.r2 && box.c1 <= r.c1 && r.c2 <= box.c2 && r.r1 <= r.r2 && r.c1 <= r.c2;

describe.each(blocks)("%s", (_id, block) => {
  test("every write lies inside the block, placed anywhere", () => {
    for (const [row, col] of [
      [1, 1],
      [40, 3],
    ]) {
      const w = planBlockWrites(block, row, col, null);
      expect(w.range).toEqual({
        r1: row,
        c1: col,
        r2: row + block.cells.length - 1,
        c2: col + block.cells[0].length - 1,
      });
      expect(w.values).toHaveLength(block.cells.length);
      w.values.forEach((line, i) => expect(line).toEqual(block.cells[i].map((v) => (v === undefined ? null : v))));
      const ranges = [
        ...w.merges,
        ...w.bold,
        ...w.wrap,
        ...(w.borders ? [w.borders] : []),
        ...w.numberFormats.map((n) => n.range),
        ...w.validations.map((v) => v.range),
        ...w.review.map((r) => r.cell),
      ];
      for (const r of ranges) expect({ r, inside: inside(r, w.range) }).toEqual({ r, inside: true });
      for (const a of w.required) expect(inside(fromA1(a)!, w.range)).toBe(true);
      expect(w.focus).toBe(w.required[0] ?? toA1(row, col));
      for (const c of w.columnWidths) expect(c.col >= w.range.c1 && c.col <= w.range.c2).toBe(true);
      for (const h of w.rowHeights) expect(h.row >= w.range.r1 && h.row <= w.range.r2).toBe(true);
      for (const r of w.review) expect(r.value).toEqual(w.values[r.cell.r1 - row][r.cell.c1 - col]);
      // merges never overlap one another
      for (let i = 0; i < w.merges.length; i++)
        for (let j = i + 1; j < w.merges.length; j++) {
          const a = w.merges[i];
          const b = w.merges[j];
          expect(a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2).toBe(false);
        }
    }
  });

  test("column widths only outside the used range; row heights only on rows that held nothing or were inserted", () => {
    const all = planBlockWrites(block, 30, 2, null);
    expect(all.columnWidths.length).toBeGreaterThan(0);
    const used = { r1: 1, c1: 1, r2: 40, c2: 4 };
    const w = planBlockWrites(block, 30, 2, used);
    expect(w.columnWidths.every((c) => c.col > 4)).toBe(true);
    expect(w.columnWidths).toEqual(all.columnWidths.filter((c) => c.col > 4));
    expect(w.rowHeights.every((h) => h.row > 40)).toBe(true);
    const shifted = planBlockWrites(block, 30, 2, used, { at: 30, count: block.cells.length + 1 });
    expect(shifted.rowHeights).toEqual(all.rowHeights);
  });

  test("dropdowns: the framework's 一级 on the 一级 column, each 一级 run its own 二级", () => {
    const fw = FRAMEWORKS[block.framework];
    const v = blockValidations(block, 1, 1);
    expect(v[0].list).toEqual([...fw.level1]);
    for (const d of v.slice(1)) {
      const l1 = block.cells[d.range.r1 - 1][1] as string;
      expect(d.list).toEqual(expect.arrayContaining(fw.level2[l1] ?? []));
      expect(d.range.c1).toBe(3);
    }
  });
});

test("charsToPoints: Excel's character widths (7 px a character, 5 px padding, 0.75 pt a pixel)", () => {
  expect(charsToPoints(8.43)).toBe(48);
  expect(charsToPoints(10)).toBe(56.25);
  expect(charsToPoints(0)).toBe(3.75);
});

test("the dropdowns' alerts are one text in both languages", () => {
  for (const a of [INDICATOR_ALERT, FIELD_ALERT]) {
    expect(a.title).toMatch(/[\u4e00-\u9fff].* \/ [A-Z]/);
    expect(a.message).toMatch(/。\/ [A-Z].*\.$/);
  }
});
