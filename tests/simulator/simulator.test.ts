import {
  createSimulator,
  displayFill,
  displayFillsIn,
  workbookFromRows,
  type CfModel,
  type Simulator,
} from "../../src/simulator";
import { SimContext } from "../../src/simulator/proxy";

/* eslint-disable @typescript-eslint/no-explicit-any */
function make(apiLevel = "1.20"): Simulator {
  return createSimulator(
    workbookFromRows({
      表一: [
        ["项目", "指标"],
        ["a", 1],
        ["b", 2],
      ],
      Sheet2: [["x"]],
    }),
    { apiLevel },
  );
}
const run = (sim: Simulator, cb: (ctx: any) => Promise<unknown>, opts?: object): Promise<any> =>
  opts ? sim.run(opts, cb as (c: SimContext) => Promise<unknown>) : sim.run(cb as (c: SimContext) => Promise<unknown>);

describe("batching and PropertyNotLoaded", () => {
  test("reading a property before load + sync throws PropertyNotLoaded, after works", async () => {
    const sim = make();
    await run(sim, async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:B2");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      r.load("values,address");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(r.values).toEqual([
        ["项目", "指标"],
        ["a", 1],
      ]);
      expect(r.address).toBe("表一!A1:B2");
      expect(() => r.rowCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("load accepts a string list, an array, an object and navigation paths", async () => {
    const sim = make();
    await run(sim, async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      const a = ws.getRange("A2").load(["values", "rowIndex"]);
      const b = ws.getRange("B3").load({ values: true, format: { fill: { color: true }, font: { bold: true } } });
      const c = ws.getRange("A1").load("format/font/name, columnIndex");
      await ctx.sync();
      expect([a.values, a.rowIndex]).toEqual([[["a"]], 1]);
      expect([b.values, b.format.fill.color, b.format.font.bold]).toEqual([[[2]], "#FFFFFF", false]);
      expect([c.format.font.name, c.columnIndex]).toEqual(["Calibri", 0]);
      expect(() => b.format.font.size).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("writes are queued until sync, and each sync is counted", async () => {
    const sim = make();
    const before = sim.syncCount;
    await run(sim, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表一").getRange("C1");
      r.values = [["new"]];
      expect(sim.sheet("表一").value(1, 3)).toBeNull();
      await ctx.sync();
      expect(sim.sheet("表一").value(1, 3)).toBe("new");
    });
    expect(sim.syncCount - before).toBe(1);
  });

  test("a failing operation rejects the sync with the Office error code; earlier operations stay applied", async () => {
    const sim = make();
    await expect(
      run(sim, async (ctx) => {
        ctx.workbook.worksheets.getItem("表一").getRange("D1").values = [["kept"]];
        ctx.workbook.worksheets.getItem("nope").getRange("A1").load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(sim.sheet("表一").value(1, 4)).toBe("kept");
  });

  test("*OrNullObject gives isNullObject after sync, and a wrong-size write is InvalidArgument", async () => {
    const sim = make();
    await run(sim, async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("nope");
      const present = ctx.workbook.worksheets.getItemOrNullObject("Sheet2");
      expect(() => missing.isNullObject).toThrow();
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      const empty = ctx.workbook.worksheets.add("空表").getUsedRangeOrNullObject(true);
      await ctx.sync();
      expect(empty.isNullObject).toBe(true);
    });
    await expect(
      run(sim, async (ctx) => {
        ctx.workbook.worksheets.getItem("表一").getRange("A1:B1").values = [["only one"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("typed values: numeric text becomes a number like typing in Excel, text format keeps it", async () => {
    const sim = make();
    await run(sim, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet2");
      ws.getRange("B1").numberFormat = [["@"]];
      ws.getRange("A2:B2").values = [["100", "≥95%"]];
      ws.getRange("B1").values = [["007"]];
      await ctx.sync();
    });
    expect(sim.sheet("Sheet2").value(2, 1)).toBe(100);
    expect(sim.sheet("Sheet2").value(2, 2)).toBe("≥95%");
    expect(sim.sheet("Sheet2").value(1, 2)).toBe("007");
  });

  test("used range: valuesOnly ignores formatted empty cells; merged areas only with top-left inside (#3611)", async () => {
    const sim = make();
    await run(sim, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("表一");
      ws.getRange("F10").format.fill.color = "#FF0000";
      ws.getRange("A5:B6").merge();
      await ctx.sync();
      const all = ws.getUsedRange(false).load("address");
      const vals = ws.getUsedRange(true).load("address");
      const m1 = ws.getRange("A1:B5").getMergedAreasOrNullObject().load("address");
      const m2 = ws.getRange("B6:C9").getMergedAreasOrNullObject().load("address");
      await ctx.sync();
      expect(all.address).toBe("表一!A1:F10");
      expect(vals.address).toBe("表一!A1:B3");
      expect(m1.address).toBe("表一!A5:B6");
      expect(m2.isNullObject).toBe(true);
    });
  });

  test("getMergedAreasOrNullObject needs ExcelApi 1.13", async () => {
    const sim = make("1.9");
    await expect(
      run(sim, async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").getMergedAreasOrNullObject().load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("getRanges, insert down, formats and data validation", async () => {
    const sim = make();
    await run(sim, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("表一");
      const areas = ws.getRanges("A1,C3:C5");
      areas.format.font.bold = true;
      areas.load("address,areaCount");
      ws.getRange("A2:B2").insert("Down");
      ws.getRange("A2").format.borders.getItem("EdgeBottom").style = "Continuous";
      ws.getRange("A2").format.wrapText = true;
      ws.getRange("A:A").format.columnWidth = 120;
      ws.getRange("B2").dataValidation.rule = { list: { inCellDropDown: true, source: "是,否" } };
      await ctx.sync();
      expect(areas.address).toBe("表一!A1,表一!C3:C5");
      expect(areas.areaCount).toBe(2);
    });
    const s = sim.sheet("表一");
    expect(s.format(1, 1).font.bold).toBe(true);
    expect(s.value(2, 1)).toBeNull();
    expect(s.value(3, 1)).toBe("a"); // shifted down
    expect(s.format(2, 1).borders.EdgeBottom?.style).toBe("Continuous");
    expect(s.format(2, 1).wrapText).toBe(true);
    expect(s.columnWidth(1)).toBe(120);
    expect(s.dvs).toHaveLength(1);
  });
});

describe("events", () => {
  test("user edits fire onChanged with triggerSource Unknown and details; API writes say ThisLocalAddin", async () => {
    const sim = make("1.14");
    const seen: any[] = [];
    await run(sim, async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (e: any) => {
        seen.push(e);
      });
      await ctx.sync();
    });
    await sim.userEdit("表一", "B2", "5");
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      address: "B2",
      changeType: "RangeEdited",
      source: "Local",
      triggerSource: "Unknown",
      details: { valueBefore: 1, valueAfter: 5 },
    });
    await run(sim, async (ctx) => {
      ctx.workbook.worksheets.getItem("表一").getRange("A1:B1").values = [["p", "q"]];
      await ctx.sync();
    });
    await sim.flushEvents();
    expect(seen).toHaveLength(2);
    expect(seen[1]).toMatchObject({ address: "A1:B1", triggerSource: "ThisLocalAddin" });
    expect(seen[1].details).toBeUndefined(); // multi-cell: no details (#5308)
  });

  test("below 1.14 there is no triggerSource; formats and conditional formats fire no onChanged", async () => {
    const sim = make("1.9");
    const seen: any[] = [];
    await run(sim, async (ctx) => {
      ctx.workbook.worksheets.onChanged.add((e: any) => void seen.push(e));
      await ctx.sync();
      const r = ctx.workbook.worksheets.getItem("表一").getRange("A1");
      r.format.fill.color = "#00FF00";
      r.conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
      await ctx.sync();
      r.values = [["z"]];
      await ctx.sync();
    });
    await sim.flushEvents();
    expect(seen).toHaveLength(1);
    expect("triggerSource" in seen[0]).toBe(false);
  });

  test("handlers are removed through their own context; onActivated fires on tab clicks", async () => {
    const sim = make();
    const activated: string[] = [];
    const res = await run(sim, async (ctx) => {
      const r = ctx.workbook.worksheets.onActivated.add((e: any) => void activated.push(e.worksheetId));
      await ctx.sync();
      return r;
    });
    expect(sim.handlerCount).toBe(1);
    sim.userActivate("Sheet2");
    await sim.flushEvents();
    expect(activated).toEqual([sim.sheet("Sheet2").id]);
    await sim.run(res.context, async (ctx: SimContext) => {
      res.remove();
      await ctx.sync();
    });
    expect(sim.handlerCount).toBe(0);
  });

  test("cell-edit mode: runs without delayForCellEdit fail, delayed ones wait", async () => {
    const sim = make();
    sim.setCellEditMode(true);
    await expect(
      run(sim, async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().load("name");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    let done = false;
    const p = run(
      sim,
      async (ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet().load("name");
        await ctx.sync();
        done = true;
        return ws.name;
      },
      { delayForCellEdit: true },
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    sim.setCellEditMode(false);
    await expect(p).resolves.toBe("表一");
  });
});

describe("conditional formats and undo", () => {
  test("custom CF: formula round-trips, constant-true formula shows its fill, delete restores the user fill", async () => {
    const sim = make();
    await run(sim, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("表一");
      ws.getRange("A2").format.fill.color = "#123456";
      const cf = ws.getRange("A2:B2").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=N("jixiao:error:A2:B2")=0';
      cf.custom.format.fill.color = "#FFC7CE";
      const other = ws.getRange("A3").conditionalFormats.add("Custom");
      other.custom.rule.formula = "=$A$3>100"; // not a constant: not evaluated by the simulator
      other.custom.format.fill.color = "#00FF00";
      await ctx.sync();
      const all = ws.getRange().conditionalFormats;
      all.load("items/type,items/priority,items/customOrNullObject/rule/formula");
      const count = all.getCount();
      await ctx.sync();
      expect(count.value).toBe(2);
      expect(all.items.map((i: any) => i.customOrNullObject.rule.formula)).toEqual([
        "=$A$3>100",
        '=N("jixiao:error:A2:B2")=0',
      ]);
      expect(all.items.map((i: any) => i.priority)).toEqual([0, 1]);
    });
    expect(sim.displayFill("表一", "A2")).toBe("#FFC7CE");
    expect(sim.displayFill("表一", "A3")).toBeNull();
    await run(sim, async (ctx) => {
      const cfs = ctx.workbook.worksheets.getItem("表一").getRange("A2").conditionalFormats;
      cfs.getItemAt(0).delete();
      await ctx.sync();
    });
    expect(sim.displayFill("表一", "A2")).toBe("#123456");
  });

  test("undo history: one record per writing sync on 1.20, one per run with mergeUndoGroup, wiped below 1.20", async () => {
    const write = async (sim: Simulator, merge: boolean): Promise<void> =>
      run(
        sim,
        async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem("表一");
          ws.getRange("C1").values = [["x"]];
          await ctx.sync();
          ws.getRange("C2").format.fill.color = "#FF0000";
          await ctx.sync();
        },
        merge ? { mergeUndoGroup: true } : undefined,
      );
    const s120 = make("1.20");
    await s120.userEdit("表一", "A3", "u");
    await write(s120, false);
    expect(s120.undoStack.map((e) => e.source)).toEqual(["user", "addin", "addin"]);
    const merged = make("1.20");
    await merged.userEdit("表一", "A3", "u");
    await write(merged, true);
    expect(merged.undoStack.map((e) => e.source)).toEqual(["user", "addin"]);
    const old = make("1.14");
    await old.userEdit("表一", "A3", "u");
    await write(old, true);
    expect(old.undoStack).toHaveLength(0);
    expect(old.undoClears).toBe(2);
    // undo restores exactly the state before the record
    const fp = merged.fingerprint("表一");
    await run(merged, async (ctx) => {
      ctx.workbook.worksheets.getItem("表一").getRange("D4").values = [["y"]];
      await ctx.sync();
    });
    expect(merged.fingerprint("表一")).not.toBe(fp);
    await merged.undo();
    expect(merged.fingerprint("表一")).toBe(fp);
  });

  test("reads do not touch the undo history", async () => {
    const sim = make();
    await sim.userEdit("表一", "A3", "u");
    await run(sim, async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().getUsedRange(true).load("values");
      await ctx.sync();
    });
    expect(sim.undoStack).toHaveLength(1);
  });
});

describe("Office global", () => {
  test("requirement sets, language, theme, settings", async () => {
    const sim = createSimulator(undefined, { apiLevel: "1.14", displayLanguage: "en-US", isDarkTheme: true });
    const O = sim.Office as any;
    expect(O.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(O.context.requirements.isSetSupported("ExcelApi", "1.14")).toBe(true);
    expect(O.context.requirements.isSetSupported("ExcelApi", "1.20")).toBe(false);
    expect(O.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(true);
    expect(O.context.displayLanguage).toBe("en-US");
    expect(O.context.officeTheme.isDarkTheme).toBe(true);
    O.context.document.settings.set("k", { a: 1 });
    expect(sim.settingsSaved).toEqual({});
    await new Promise((r) => O.context.document.settings.saveAsync(r));
    expect(sim.settingsSaved).toEqual({ k: { a: 1 } });
    await expect(O.onReady()).resolves.toMatchObject({ host: "Excel" });
    expect(createSimulator().displayLanguage).toBe("zh-CN");
  });
});

test("displayFillsIn gives displayFill's answer for every cell of a window, with overlapping, stopping and 请核对 rules", () => {
  const wb = workbookFromRows({
    S: [
      ["a", 5, "x"],
      [1, 2, 3],
      ["≤90元", null, "b"],
    ],
  });
  const s = wb.sheet("S")!;
  s.updateFormat(2, 2, (f) => ({ ...f, fill: "#123456" }));
  const cf = (
    id: string,
    ranges: { r1: number; c1: number; r2: number; c2: number }[],
    formula: string,
    fill: string | null,
    stopIfTrue = false,
  ): CfModel => ({
    id,
    type: "Custom",
    ranges,
    formula,
    fill,
    fontColor: null,
    fontBold: null,
    stopIfTrue,
  });
  s.cfs.push(
    cf("1", [{ r1: 1, c1: 1, r2: 2, c2: 2 }], '=N("jixiao:error:A1:B2")=0', "#FFC7CE"),
    cf("2", [{ r1: 1, c1: 1, r2: 3, c2: 3 }], '=N("jixiao:warning:A1:C3")=0', "#FFEB9C"),
    cf("3", [{ r1: 3, c1: 1, r2: 3, c2: 1 }], '=AND(N("jixiao:review")=0,A3="≤90元")', "#E4DFEC"),
    cf("4", [{ r1: 2, c1: 3, r2: 2, c2: 3 }], "=FALSE", null, true),
  );
  s.cfs.unshift(cf("0", [{ r1: 3, c1: 3, r2: 3, c2: 3 }], "=TRUE", null, true));
  const win = { r1: 1, c1: 1, r2: 4, c2: 4 };
  const fills = displayFillsIn(s, win);
  for (let r = win.r1; r <= win.r2; r++)
    for (let c = win.c1; c <= win.c2; c++) expect([r, c, fills(r, c)]).toEqual([r, c, displayFill(s, r, c)]);
  expect(fills(3, 3)).toBeNull(); // a stopping rule with no fill: the cell's own (none)
  expect(fills(1, 1)).toBe("#FFC7CE");
});
