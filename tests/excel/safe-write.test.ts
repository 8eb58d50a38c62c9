/**
 * Never write a formula by accident (issue 9, item 4). The simulator takes written text as Excel does ("=…",
 * "+A1", "-HYPERLINK(…)", "@…" become formulas, "90%" the number 0.9, "2025-03-31" a date, unless the cell is
 * formatted as text); every fix the engine offers, and any text a fix could carry, must come back from the cell
 * as the very text the fix shows.
 */
import * as fc from "fast-check";
import { lintSheet, type Fix } from "../../src/domain";
import { needsTextFormat } from "../../src/domain/model/safe-text";
import { workbookFromRows } from "../../src/simulator";
import { cleanTable, set } from "../engine/rule-tester";
import { setup, teardown } from "./helpers";

/** One fix through applyFixes (all or nothing), as its status. */
const fixOne = (
  g: { applyFixes: import("../../src/host/gateway").Gateway["applyFixes"] },
  sheet: string,
  fix: import("../../src/domain").Fix,
) => g.applyFixes({ sheet, fixes: [fix] }).then((r) => r.status);

afterEach(teardown);

describe("the simulator reads written text as Excel does", () => {
  test.each<[string, unknown, string | null]>([
    ["=1+1", null, "=1+1"],
    ['=HYPERLINK("http://x","点我")', null, '=HYPERLINK("http://x","点我")'],
    ["+A1", null, "=+A1"],
    ['-WEBSERVICE("http://x")', null, '=-WEBSERVICE("http://x")'],
    ["@SUM(A1)", null, "=@SUM(A1)"],
    ["90%", 0.9, null],
    ["1,000", 1000, null],
    ["2025-03-31", 45747, null],
    ["-", "-", null],
    ["≥90%", "≥90%", null],
  ])("%s", async (text, value, formula) => {
    const { sim } = setup(workbookFromRows({ 表: [["x"]] }));
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("表").getRange("A1").values = [[text]];
      await ctx.sync();
    });
    const cell = sim.sheet("表").cell(1, 1);
    expect(cell?.value ?? null).toEqual(value);
    expect(cell?.formula ?? null).toBe(formula);
  });

  test("a cell formatted as text keeps whatever is written, formulas included", async () => {
    const { sim } = setup(workbookFromRows({ 表: [["x"]] }));
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表").getRange("A1");
      r.numberFormat = [["@"]];
      r.values = [["=1+1"]];
      await ctx.sync();
    });
    expect(sim.sheet("表").cell(1, 1)?.value).toBe("=1+1");
    expect(sim.sheet("表").cell(1, 1)?.formula ?? null).toBeNull();
  });
});

/** Every fix the engine offers on a sheet, applied through the gateway, read back through `values`. */
async function roundTrip(rows: (string | number | null)[][]): Promise<{ fix: Fix; back: unknown }[]> {
  const fixes = lintSheet({ name: "表", values: rows }).findings.flatMap((f) => (f.fix ? [f.fix] : []));
  const { gateway } = setup(workbookFromRows({ 表: rows }));
  const out: { fix: Fix; back: unknown }[] = [];
  for (const fix of fixes) {
    expect(await fixOne(gateway, "表", fix)).toBe("applied");
    const back = await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表").getRangeByIndexes(fix.row - 1, fix.col - 1, 1, 1);
      r.load("values");
      await ctx.sync();
      return r.values[0][0];
    });
    out.push({ fix, back });
  }
  return out;
}

describe("fixes round-trip as the same text", () => {
  test.each([
    ["＝100%", "100%"],
    ["＝≥90%", "≥90%"],
    ["90％", "90%"],
    ["＞＝95％", "≥95%"],
    ["$\\geq 90\\%$", "≥90%"],
  ])("%s → %s, and the cell holds exactly that text", async (bad, fixed) => {
    const results = await roundTrip(set(cleanTable(), "F3", bad));
    const f3 = results.find((r) => r.fix.address === "F3");
    expect(f3?.fix.to).toBe(fixed);
    for (const r of results) expect(r.back).toBe(r.fix.to);
  });

  test("no fix the engine offers starts a formula", () => {
    for (const bad of ["＝100%", "＝≥90%", "= 100%", "＝ 95%"]) {
      for (const f of lintSheet({ name: "表", values: set(cleanTable(), "F3", bad) }).findings) {
        if (f.fix) expect(f.fix.to).not.toMatch(/^\s*[=+@]/);
      }
    }
  });

  test("property: any text a fix could carry comes back unchanged", async () => {
    const risky = fc.oneof(
      fc.constantFrom(
        "=",
        "+",
        "-",
        "@",
        "＝",
        "'",
        "90%",
        "1,000",
        "2025-03-31",
        "TRUE",
        "#N/A",
        "(5)",
        "上午9:00",
        "0.5",
        "1e3",
      ),
      fc.string({ maxLength: 6 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.tuple(risky, fc.string({ maxLength: 8 })), async ([head, tail]) => {
        const text = `${head}${tail}`;
        if (text.trim() === "") return;
        const { gateway } = setup(workbookFromRows({ 表: [["旧"]] }));
        expect(await fixOne(gateway, "表", { row: 1, col: 1, address: "A1", from: "旧", to: text })).toBe("applied");
        const back = await Excel.run(async (ctx) => {
          const r = ctx.workbook.worksheets.getItem("表").getRange("A1");
          r.load("values,formulas");
          await ctx.sync();
          return { value: r.values[0][0], formula: r.formulas[0][0] };
        });
        expect(back.value).toBe(text);
        expect(back.formula).toBe(text);
        teardown();
      }),
      { numRuns: 300 },
    );
  });

  test("text that needs no protection is written without touching the cell's number format", async () => {
    const { sim, gateway } = setup(workbookFromRows({ 表: [["旧"]] }));
    expect(needsTextFormat("≥90%")).toBe(false);
    await fixOne(gateway, "表", { row: 1, col: 1, address: "A1", from: "旧", to: "≥90%" });
    expect(sim.sheet("表").format(1, 1).numberFormat).toBe("General");
  });
});
