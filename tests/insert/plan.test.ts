/**
 * The pure placement planner (Node, no Office) and a fast-check property through the gateway and the
 * simulator: for random sheets, anchors and choices, an insertion never overwrites a non-empty cell —
 * the target area was empty, or rows were inserted and everything moved intact, or it refused and
 * nothing at all changed.
 */
import fc from "fast-check";
import { TEMPLATES, buildBlock } from "../../src/domain/templates";
import { planPlacement, type PlacementInput } from "../../src/excel/insert-plan";
import { WorkbookModel } from "../../src/simulator";
import { compare, snapshot, setup, teardown } from "./helpers";

afterEach(teardown);

const base: PlacementInput = { where: "below", allowShift: false, height: 5, width: 3, used: null, merges: [] };
const empty = (h: number, w: number) => Array.from({ length: h }, () => Array.from({ length: w }, () => null));

describe("planPlacement", () => {
  test("blank sheet: A1; below: one blank row under the used range, in its first column", () => {
    expect(planPlacement(base)).toEqual({ kind: "place", row: 1, col: 1 });
    expect(planPlacement({ ...base, used: { r1: 3, c1: 2, r2: 40, c2: 9 } })).toEqual({ kind: "place", row: 42, col: 2 });
  });

  test("selection with an empty area: exactly there", () => {
    const p = planPlacement({ ...base, where: "selection", anchor: { row: 7, col: 4 }, area: empty(5, 3), used: { r1: 1, c1: 1, r2: 30, c2: 9 } });
    expect(p).toEqual({ kind: "place", row: 7, col: 4 });
  });

  test("a value in the area: refused naming it, or rows inserted at the anchor (block + one blank row)", () => {
    const area = empty(5, 3) as (string | null)[][];
    area[3][2] = "x";
    const input = { ...base, where: "selection" as const, anchor: { row: 7, col: 4 }, area, used: { r1: 1, c1: 1, r2: 30, c2: 9 } };
    const refused = planPlacement(input);
    expect(refused.kind === "refuse" && refused.code).toBe("occupied");
    if (refused.kind === "refuse") expect(refused.message.en).toContain("F10");
    expect(planPlacement({ ...input, allowShift: true })).toEqual({ kind: "shift", row: 7, col: 4, at: 7, count: 6 });
  });

  test("a merged area touching the target counts as occupied, even with empty values", () => {
    const input = { ...base, where: "selection" as const, anchor: { row: 7, col: 4 }, area: empty(5, 3), merges: [{ r1: 9, c1: 1, r2: 9, c2: 4 }] };
    const p = planPlacement(input);
    expect(p.kind === "refuse" && p.message.zh).toContain("D9");
  });

  test("rows cannot go in the middle of a merged area", () => {
    const input = { ...base, where: "selection" as const, allowShift: true, anchor: { row: 7, col: 4 }, area: [["x"]], merges: [{ r1: 5, c1: 1, r2: 8, c2: 1 }] };
    const p = planPlacement(input);
    expect(p.kind === "refuse" && p.code).toBe("merge-cut");
    if (p.kind === "refuse") expect(p.message.zh).toContain("A5:A8");
    // a merge that starts on the anchor row moves down whole: fine
    expect(planPlacement({ ...input, merges: [{ r1: 7, c1: 1, r2: 8, c2: 1 }] }).kind).toBe("shift");
  });

  test("the sheet's edges: no room", () => {
    expect(planPlacement({ ...base, used: { r1: 1, c1: 1, r2: 98, c2: 2 }, maxRows: 100 }).kind).toBe("refuse");
    expect(planPlacement({ ...base, where: "selection", anchor: { row: 1, col: 99 }, area: empty(5, 2), maxCols: 100 }).kind).toBe("refuse");
    expect(planPlacement({ ...base, where: "selection", allowShift: true, anchor: { row: 2, col: 1 }, area: [["x"]], used: { r1: 1, c1: 1, r2: 96, c2: 1 }, maxRows: 100 }).kind).toBe("refuse");
  });
});

describe("property: an insertion never overwrites a non-empty cell", () => {
  const block = buildBlock(TEMPLATES.find((t) => t.id === "training-events")!, {}, { defaultYear: 2025 });

  const sheetArb = fc.record({
    cells: fc.array(fc.record({ r: fc.integer({ min: 1, max: 70 }), c: fc.integer({ min: 1, max: 9 }), v: fc.oneof(fc.string({ minLength: 1, maxLength: 4 }), fc.integer()) }), { maxLength: 40 }),
    merges: fc.array(fc.record({ r: fc.integer({ min: 1, max: 70 }), c: fc.integer({ min: 1, max: 9 }), h: fc.integer({ min: 0, max: 3 }), w: fc.integer({ min: 0, max: 2 }) }), { maxLength: 4 }),
    formatted: fc.array(fc.record({ r: fc.integer({ min: 1, max: 80 }), c: fc.integer({ min: 1, max: 9 }) }), { maxLength: 5 }),
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
          if ((m.h || m.w) && !s.merges.some((o) => o.r1 <= rect.r2 && rect.r1 <= o.r2 && o.c1 <= rect.c2 && rect.c1 <= o.c2)) s.merges.push(rect);
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
          expect(r.message.zh.length).toBeGreaterThan(0);
          expect(r.message.en.length).toBeGreaterThan(0);
          return;
        }
        expect(compare(before, s, r.shifted, r.range)).toEqual([]);
        if (x.where === "selection" && r.shifted === null) expect([r.range.r1, r.range.c1]).toEqual([x.anchor.r, x.anchor.c]);
        if (x.where === "selection" && !x.allowShift) expect(r.shifted).toBeNull();
        expect(s.value(r.range.r1, r.range.c1)).toBe(block.cells[0][0]);
        teardown();
      }),
      { numRuns: 120, seed: 20250601 },
    );
  });
});
