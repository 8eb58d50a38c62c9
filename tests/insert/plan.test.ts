/**
 * The placement plan carried out (the pure planner's own tests: src/domain/insert/placement.test.ts): a fast-check
 * property through the Office.js gateway and the simulator — for random sheets, anchors and choices, an insertion
 * never overwrites a non-empty cell: the target area was empty, or rows were inserted and everything moved intact,
 * or it refused and nothing at all changed.
 */
import fc from "fast-check";
import { TEMPLATES, buildBlock } from "../../src/domain/templates";
import { WorkbookModel } from "../../src/simulator";
import { compare, snapshot, setup, teardown, refusalText } from "./helpers";

afterEach(teardown);

describe("property: an insertion never overwrites a non-empty cell", () => {
  const block = buildBlock(
    TEMPLATES.find((t) => t.id === "training-events")!,
    {},
    { defaultYear: 2025 },
  );

  const sheetArb = fc.record({
    cells: fc.array(
      fc.record({
        r: fc.integer({ min: 1, max: 70 }),
        c: fc.integer({ min: 1, max: 9 }),
        v: fc.oneof(fc.string({ minLength: 1, maxLength: 4 }), fc.integer()),
      }),
      { maxLength: 40 },
    ),
    merges: fc.array(
      fc.record({
        r: fc.integer({ min: 1, max: 70 }),
        c: fc.integer({ min: 1, max: 9 }),
        h: fc.integer({ min: 0, max: 3 }),
        w: fc.integer({ min: 0, max: 2 }),
      }),
      { maxLength: 4 },
    ),
    formatted: fc.array(fc.record({ r: fc.integer({ min: 1, max: 80 }), c: fc.integer({ min: 1, max: 9 }) }), {
      maxLength: 5,
    }),
    anchor: fc.record({ r: fc.integer({ min: 1, max: 80 }), c: fc.integer({ min: 1, max: 9 }) }),
    where: fc.constantFrom("below" as const, "selection" as const),
    allowShift: fc.boolean(),
  });

  test("for random sheets, anchors and choices (simulator, through the gateway)", async () => {
    await fc.assert(
      fc.asyncProperty(sheetArb, async (x) => {
        const wb = new WorkbookModel();
        const s = wb.addSheet("Sheet1");
        for (const m of x.merges) {
          const rect = { r1: m.r, c1: m.c, r2: m.r + m.h, c2: m.c + m.w };
          if (
            (m.h || m.w) &&
            !s.merges.some((o) => o.r1 <= rect.r2 && rect.r1 <= o.r2 && o.c1 <= rect.c2 && rect.c1 <= o.c2)
          )
            s.merges.push(rect);
        }
        for (const c of x.cells) {
          const inMerge = s.merges.find((m) => c.r >= m.r1 && c.r <= m.r2 && c.c >= m.c1 && c.c <= m.c2);
          if (!inMerge || (inMerge.r1 === c.r && inMerge.c1 === c.c)) s.setValue(c.r, c.c, c.v);
        }
        for (const f of x.formatted) s.updateFormat(f.r, f.c, (fmt) => ({ ...fmt, fill: "#FFFF00" }));
        s.selection = { r1: x.anchor.r, c1: x.anchor.c, r2: x.anchor.r, c2: x.anchor.c };
        const { sim, gateway } = setup(wb);
        const before = snapshot(s);
        const print = sim.fingerprint("Sheet1");
        const r = await gateway.insertBlock({ block, where: x.where, allowShift: x.allowShift });
        if (!r.ok) {
          expect(sim.fingerprint("Sheet1")).toBe(print);
          expect(refusalText(r).zh.length).toBeGreaterThan(0);
          expect(refusalText(r).en.length).toBeGreaterThan(0);
          return;
        }
        expect(compare(before, s, r.shifted, r.range)).toEqual([]);
        if (x.where === "selection" && r.shifted === null)
          expect([r.range.r1, r.range.c1]).toEqual([x.anchor.r, x.anchor.c]);
        if (x.where === "selection" && !x.allowShift) expect(r.shifted).toBeNull();
        expect(s.value(r.range.r1, r.range.c1)).toBe(block.cells[0][0]);
        teardown();
      }),
      { numRuns: 120, seed: 20250601 },
    );
  });
});
