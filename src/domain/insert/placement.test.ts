/**
 * planPlacement, pure: where a block goes, and a property over random sheets that a placement's area is empty and
 * free of merges, that rows are never inserted through a merged area, and that every refusal's text is filled in.
 * (The same guarantee carried out on a workbook, through the Office.js gateway: tests/insert/plan.test.ts.)
 */
import fc from "fast-check";
import { toA1 } from "../model/a1";
import type { CellRange, CellValue } from "../model/types";
import { planPlacement, type PlacementInput } from "./placement";
import { REFUSALS, refuse, type RefuseCode } from "./refusals";
import { formatBoth, type Bilingual } from "../i18n/messages";

/** The text the pane shows for a refusal: `REFUSALS[code]` filled with `data`. */
const text = (r: { code: RefuseCode; data: Readonly<Record<string, string | number>> }): Bilingual =>
  formatBoth(REFUSALS[r.code], r.data);

const base: PlacementInput = { where: "below", allowShift: false, height: 5, width: 3, used: null, merges: [] };
const empty = (h: number, w: number) => Array.from({ length: h }, () => Array.from({ length: w }, () => null));

describe("planPlacement", () => {
  test("blank sheet: A1; below: one blank row under the used range, in its first column", () => {
    expect(planPlacement(base)).toEqual({ kind: "place", row: 1, col: 1 });
    expect(planPlacement({ ...base, used: { r1: 3, c1: 2, r2: 40, c2: 9 } })).toEqual({
      kind: "place",
      row: 42,
      col: 2,
    });
  });

  test("below ignores the selection: the used range decides (values, formats and merges alike)", () => {
    const p = planPlacement({
      ...base,
      anchor: { row: 2, col: 2 },
      area: [["x"]],
      used: { r1: 1, c1: 1, r2: 10, c2: 4 },
    });
    expect(p).toEqual({ kind: "place", row: 12, col: 1 });
  });

  test("selection with an empty area: exactly there", () => {
    const p = planPlacement({
      ...base,
      where: "selection",
      anchor: { row: 7, col: 4 },
      area: empty(5, 3),
      used: { r1: 1, c1: 1, r2: 30, c2: 9 },
    });
    expect(p).toEqual({ kind: "place", row: 7, col: 4 });
  });

  test("a value in the area: refused naming it, or rows inserted at the anchor (block + one blank row)", () => {
    const area = empty(5, 3) as (string | null)[][];
    area[3][2] = "x";
    const input = {
      ...base,
      where: "selection" as const,
      anchor: { row: 7, col: 4 },
      area,
      used: { r1: 1, c1: 1, r2: 30, c2: 9 },
    };
    const refused = planPlacement(input);
    expect(refused.kind === "refuse" && refused.code).toBe("occupied");
    if (refused.kind === "refuse") {
      expect(refused.data).toEqual({ area: "D7:F11", cell: "F10" });
      expect(text(refused).en).toContain("F10");
      expect(text(refused).zh).toContain("D7:F11");
    }
    expect(planPlacement({ ...input, allowShift: true })).toEqual({ kind: "shift", row: 7, col: 4, at: 7, count: 6 });
  });

  test('0 and false are content; "" and null are not', () => {
    const at = { ...base, where: "selection" as const, height: 1, width: 2, anchor: { row: 1, col: 1 } };
    expect(planPlacement({ ...at, area: [["", null]] }).kind).toBe("place");
    expect(planPlacement({ ...at, area: [[null, 0]] }).kind).toBe("refuse");
    expect(planPlacement({ ...at, area: [[false, null]] }).kind).toBe("refuse");
  });

  test("a merged area touching the target counts as occupied, even with empty values", () => {
    const input = {
      ...base,
      where: "selection" as const,
      anchor: { row: 7, col: 4 },
      area: empty(5, 3),
      merges: [{ r1: 9, c1: 1, r2: 9, c2: 4 }],
    };
    const p = planPlacement(input);
    expect(p.kind === "refuse" && text(p).zh).toContain("D9");
  });

  test("rows cannot go in the middle of a merged area", () => {
    const input = {
      ...base,
      where: "selection" as const,
      allowShift: true,
      anchor: { row: 7, col: 4 },
      area: [["x"]],
      merges: [{ r1: 5, c1: 1, r2: 8, c2: 1 }],
    };
    const p = planPlacement(input);
    expect(p.kind === "refuse" && p.code).toBe("merge-cut");
    if (p.kind === "refuse") expect(p.data).toEqual({ row: 7, merge: "A5:A8" });
    if (p.kind === "refuse") expect(text(p).zh).toContain("A5:A8");
    // a merge that starts on the anchor row moves down whole: fine
    expect(planPlacement({ ...input, merges: [{ r1: 7, c1: 1, r2: 8, c2: 1 }] }).kind).toBe("shift");
  });

  test("the sheet's edges: no room", () => {
    expect(planPlacement({ ...base, used: { r1: 1, c1: 1, r2: 98, c2: 2 }, maxRows: 100 }).kind).toBe("refuse");
    expect(
      planPlacement({ ...base, where: "selection", anchor: { row: 1, col: 99 }, area: empty(5, 2), maxCols: 100 }).kind,
    ).toBe("refuse");
    expect(
      planPlacement({
        ...base,
        where: "selection",
        allowShift: true,
        anchor: { row: 2, col: 1 },
        area: [["x"]],
        used: { r1: 1, c1: 1, r2: 96, c2: 1 },
        maxRows: 100,
      }).kind,
    ).toBe("refuse");
    expect(planPlacement({ ...base, height: 0 }).kind).toBe("refuse");
  });
});

describe("refusals", () => {
  test("every code has zh and en text; refuse fills every placeholder it is given", () => {
    for (const code of Object.keys(REFUSALS) as (keyof typeof REFUSALS)[]) {
      const m = REFUSALS[code];
      expect(m.zh).toMatch(/^未(插入|添加)：/);
      expect(m.en).toMatch(/^(Not inserted|Nothing added): /);
      const names = [...m.zh.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      expect([...m.en.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort()).toEqual(names);
      const r = refuse(code, Object.fromEntries(names.map((n) => [n, "Z9"])));
      expect(text(r).zh + text(r).en).not.toMatch(/\{\w+\}/);
    }
  });
});

describe("property: a placement never lands on a non-empty cell or a merge", () => {
  const arb = fc.record({
    cells: fc.array(
      fc.record({
        r: fc.integer({ min: 1, max: 40 }),
        c: fc.integer({ min: 1, max: 9 }),
        v: fc.oneof(fc.constant<CellValue>(""), fc.constant<CellValue>(0), fc.string({ maxLength: 3 }), fc.integer()),
      }),
      { maxLength: 30 },
    ),
    merges: fc.array(
      fc.record({
        r: fc.integer({ min: 1, max: 40 }),
        c: fc.integer({ min: 1, max: 9 }),
        h: fc.integer({ min: 0, max: 3 }),
        w: fc.integer({ min: 0, max: 2 }),
      }),
      { maxLength: 4 },
    ),
    anchor: fc.record({ row: fc.integer({ min: 1, max: 48 }), col: fc.integer({ min: 1, max: 9 }) }),
    height: fc.integer({ min: 1, max: 8 }),
    width: fc.integer({ min: 1, max: 4 }),
    where: fc.constantFrom("below" as const, "selection" as const),
    allowShift: fc.boolean(),
  });

  test("for random sheets, anchors and choices", () => {
    const maxRows = 50;
    const maxCols = 12;
    fc.assert(
      fc.property(arb, (x) => {
        const value = new Map<string, CellValue>();
        for (const c of x.cells) value.set(`${c.r},${c.c}`, c.v);
        const merges: CellRange[] = x.merges
          .filter((m) => m.h || m.w)
          .map((m) => ({ r1: m.r, c1: m.c, r2: m.r + m.h, c2: m.c + m.w }));
        const filled = [...value].filter(([, v]) => v !== "").map(([k]) => k.split(",").map(Number));
        const rows = [...filled.map(([r]) => r), ...merges.map((m) => m.r2)];
        const used = rows.length
          ? {
              r1: 1,
              c1: 1,
              r2: Math.max(...rows),
              c2: Math.max(1, ...filled.map(([, c]) => c), ...merges.map((m) => m.c2)),
            }
          : null;
        const { row, col } = x.anchor;
        const area = Array.from({ length: x.height }, (_, i) =>
          Array.from({ length: x.width }, (_, j) => value.get(`${row + i},${col + j}`) ?? null),
        );
        const p = planPlacement({
          where: x.where,
          allowShift: x.allowShift,
          height: x.height,
          width: x.width,
          used,
          anchor: x.anchor,
          area,
          merges,
          maxRows,
          maxCols,
        });
        if (p.kind === "refuse") {
          expect(text(p).zh + text(p).en).not.toMatch(/\{\w+\}/);
          return;
        }
        const target = { r1: p.row, c1: p.col, r2: p.row + x.height - 1, c2: p.col + x.width - 1 };
        expect(target.r2).toBeLessThanOrEqual(maxRows);
        expect(target.c2).toBeLessThanOrEqual(maxCols);
        if (p.kind === "place") {
          // the cells the block takes hold nothing and belong to no merge
          for (let r = target.r1; r <= target.r2; r++)
            for (let c = target.c1; c <= target.c2; c++) {
              const v = value.get(`${r},${c}`) ?? null;
              expect({ cell: toA1(r, c), empty: v === null || v === "" }).toEqual({ cell: toA1(r, c), empty: true });
            }
          for (const m of merges)
            expect(m.r1 <= target.r2 && target.r1 <= m.r2 && m.c1 <= target.c2 && target.c1 <= m.c2).toBe(false);
          if (x.where === "selection") expect([p.row, p.col]).toEqual([row, col]);
        } else {
          // rows go in at the anchor, never through a merge; everything from there down moves below the block
          expect(x.allowShift && x.where === "selection").toBe(true);
          expect(p.at).toBe(row);
          expect(p.count).toBe(x.height + 1);
          expect(merges.some((m) => m.r1 < p.at && p.at <= m.r2)).toBe(false);
          const last = Math.max(used?.r2 ?? 0, row);
          expect(last + p.count).toBeLessThanOrEqual(maxRows);
        }
      }),
      { numRuns: 400, seed: 20251201 },
    );
  });
});
