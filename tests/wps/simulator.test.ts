/**
 * The WPS simulator's ET object model behaves as WPS's documentation describes, so that what passes against it
 * means something: synchronous calls, 1-based Range/Cells/collections, Value2 shapes, numeric enums only,
 * FormatConditions, Validation, Rows.Insert, Merge/MergeArea/MergeCells, BGR colours, custom document
 * properties (255 characters), ApiEvent, task panes and PluginStorage; add-in writes leave no undo step.
 */
import {
  bgrToHex,
  hexToBgr,
  installWpsSimulator,
  uninstallWpsSimulator,
  WorkbookModel,
  workbookFromRows,
} from "../../src/simulator";

/* eslint-disable @typescript-eslint/no-explicit-any */
afterEach(() => uninstallWpsSimulator(globalThis));

function setup(
  wb = workbookFromRows({
    表一: [
      ["a", 1, null],
      [null, 2.5, "x"],
    ],
    表二: [["y"]],
  }),
  options = {},
) {
  const sim = installWpsSimulator(globalThis, wb, options);
  return { sim, app: (globalThis as any).Application, wps: (globalThis as any).wps };
}

describe("ranges and values", () => {
  test("1-based Cells/Rows/Columns, Value2 as a scalar for one cell and a 2-D array for several", () => {
    const { app } = setup();
    const ws = app.ActiveSheet;
    expect(ws.Name).toBe("表一");
    expect(ws.Cells.Item(1, 2).Value2).toBe(1);
    expect(ws.Range("A1:C2").Value2).toEqual([
      ["a", 1, undefined],
      [undefined, 2.5, "x"],
    ]);
    const used = ws.UsedRange;
    expect([used.Row, used.Column, used.Rows.Count, used.Columns.Count]).toEqual([1, 1, 2, 3]);
    expect(used.Address()).toBe("$A$1:$C$2");
    expect(used.Address(false, false)).toBe("A1:C2");
    expect(app.ActiveWorkbook.Worksheets.Item(2).Name).toBe("表二");
    expect(() => app.ActiveWorkbook.Worksheets.Item(3)).toThrow(/下标越界|out of range/);
  });

  test("writes: a scalar fills the range, a 2-D array must match it, numeric text becomes a number", () => {
    const { app, sim } = setup();
    const ws = app.ActiveSheet;
    ws.Range("D1:E2").Value2 = [
      ["1.5", "文本"],
      [true, ""],
    ];
    expect(sim.sheet("表一").value(1, 4)).toBe(1.5);
    expect(sim.sheet("表一").value(2, 5)).toBeNull();
    expect(() => (ws.Range("D1:E2").Value2 = [["only one"]])).toThrow(/does not match/);
    ws.Range("F1").Formula = "=B1*2";
    expect(ws.Range("F1").HasFormula).toBe(true);
    expect(ws.Range("A1:F1").HasFormula).toBeNull();
  });

  test("enums are numbers: a name is refused, as in ET", () => {
    const { app } = setup();
    const ws = app.ActiveSheet;
    expect(() => ws.Rows.Item("1:1").Insert("Down")).toThrow(/enum values must be numbers/);
    expect(() => ws.Range("A1").FormatConditions.Add("Expression", undefined, "=TRUE")).toThrow(/numbers/);
    expect(() => (ws.Range("A1").VerticalAlignment = "Center")).toThrow(/numbers/);
  });

  test('Rows.Item("2:3").Insert(xlShiftDown) moves everything below, merges and validation included', () => {
    const { app, sim } = setup();
    const s = sim.sheet("表一");
    s.merges.push({ r1: 2, c1: 1, r2: 2, c2: 2 });
    app.ActiveSheet.Rows.Item("2:3").Insert(-4121);
    expect(s.value(4, 2)).toBe(2.5);
    expect(s.value(2, 2)).toBeNull();
    expect(s.merges).toEqual([{ r1: 4, c1: 1, r2: 4, c2: 2 }]);
  });

  test("MergeCells true / false / null, MergeArea, Merge keeps the top-left value", () => {
    const { app, sim } = setup();
    const ws = app.ActiveSheet;
    expect(ws.Range("A1:C2").MergeCells).toBe(false);
    ws.Range("A1:B1").Merge();
    expect(sim.sheet("表一").value(1, 2)).toBeNull();
    expect(ws.Range("A1:B1").MergeCells).toBe(true);
    expect(ws.Range("A1:C2").MergeCells).toBeNull();
    expect(ws.Range("B1").MergeArea.Address(false, false)).toBe("A1:B1");
    expect(ws.Range("C2").MergeArea.Address(false, false)).toBe("C2");
  });

  test("members the simulator does not model fail loudly; every call is counted", () => {
    const { app, sim } = setup();
    const before = sim.calls;
    expect(() => app.ActiveSheet.Range("A1").NoSuchThing).toThrow(/not modelled/);
    expect(sim.calls).toBeGreaterThan(before);
  });
});

describe("formats the add-in writes", () => {
  test("FormatConditions: Add(xlExpression) returns the condition; Interior.Color is BGR; Item is 1-based; Delete", () => {
    const { app, sim } = setup();
    const ws = app.ActiveSheet;
    const fc = ws.Range("B1:B2").FormatConditions.Add(2, undefined, '=N("x")=0');
    fc.Interior.Color = hexToBgr("#FFC7CE");
    expect(sim.sheet("表一").cfs[0]).toMatchObject({
      type: "Custom",
      formula: '=N("x")=0',
      fill: "#FFC7CE",
      ranges: [{ r1: 1, c1: 2, r2: 2, c2: 2 }],
    });
    expect(sim.displayFill("表一", "B2")).toBe("#FFC7CE");
    const all = ws.Cells.FormatConditions;
    expect(all.Count).toBe(1);
    expect(all.Item(1).Type).toBe(2);
    expect(all.Item(1).Formula1).toBe('=N("x")=0');
    expect(all.Item(1).AppliesTo.Address(false, false)).toBe("B1:B2");
    expect(() => all.Item(2)).toThrow(/out of range/);
    all.Item(1).Delete();
    expect(ws.Cells.FormatConditions.Count).toBe(0);
    expect(hexToBgr("#FFC7CE")).toBe(0xcec7ff);
    expect(bgrToHex(0xcec7ff)).toBe("#FFC7CE");
  });

  test("Validation.Add(xlValidateList) needs Delete() first on a range that has one; 255 characters at most", () => {
    const { app, sim } = setup();
    const v = app.ActiveSheet.Range("C1:C2").Validation;
    v.Add(3, 2, 1, "产出指标,效益指标");
    v.ErrorTitle = "标题";
    expect(sim.sheet("表一").dvs[0]).toMatchObject({
      rule: { list: { source: "产出指标,效益指标" } },
      errorAlert: { style: "Warning", title: "标题" },
    });
    expect(() => v.Add(3, 2, 1, "a,b")).toThrow(/Delete/);
    v.Delete();
    expect(sim.sheet("表一").dvs).toEqual([]);
    expect(() => v.Add(3, 2, 1, "x".repeat(256))).toThrow(/255/);
  });

  test("custom document properties: Add(Name, false, 4, text ≤ 255), Item by index or name, Delete", () => {
    const { app } = setup();
    const props = app.ActiveWorkbook.CustomDocumentProperties;
    props.Add("甲", false, 4, "值");
    expect(props.Count).toBe(1);
    expect(props.Item(1).Name).toBe("甲");
    expect(props.Item("甲").Value).toBe("值");
    expect(() => props.Add("甲", false, 4, "again")).toThrow(/exists/);
    expect(() => props.Add("乙", false, 4, "长".repeat(256))).toThrow(/255/);
    props.Item("甲").Delete();
    expect(props.Count).toBe(0);
  });
});

describe("events, undo, the add-in's shell objects", () => {
  test("SheetChange for user edits and add-in value writes, SheetActivate, RemoveApiEventListener", async () => {
    const { app, sim } = setup();
    const seen: string[] = [];
    const onChange = (sheet: any, target: any) => seen.push(`change ${sheet.Name}!${target.Address(false, false)}`);
    const onActivate = (sheet: any) => seen.push(`activate ${sheet.Name}`);
    app.ApiEvent.AddApiEventListener("SheetChange", onChange);
    app.ApiEvent.AddApiEventListener("SheetActivate", onActivate);
    await sim.userEdit("表一", "B2", 3);
    app.ActiveSheet.Range("C1").Value2 = "add-in";
    app.ActiveSheet.Range("C1").Interior.Color = 255; // formats raise nothing
    sim.userActivate("表二");
    await sim.flushEvents();
    expect(seen).toEqual(["change 表一!B2", "change 表一!C1", "activate 表二"]);
    app.ApiEvent.RemoveApiEventListener("SheetChange", onChange);
    await sim.userEdit("表二", "A1", "z");
    await sim.flushEvents();
    expect(seen).toHaveLength(3);
  });

  test("the user's edits can be undone; an add-in write leaves no undo step (and the history is gone)", async () => {
    const { app, sim } = setup();
    await sim.userEdit("表一", "A1", "b");
    expect(sim.undoStack).toHaveLength(1);
    app.ActiveSheet.Range("A2").Value2 = "add-in";
    expect(sim.undoStack).toHaveLength(0);
    expect(sim.undoClears).toBe(1);
  });

  test("no workbook open: ActiveWorkbook and ActiveSheet are null until it opens", () => {
    const { app, sim } = setup(new WorkbookModel(), { noWorkbook: true });
    expect(app.ActiveWorkbook).toBeNull();
    expect(app.ActiveSheet).toBeNull();
    sim.open();
    expect(app.ActiveSheet.Name).toBe("Sheet1");
  });

  test("task panes and PluginStorage (what the ribbon's main.js uses), through wps and Application alike", () => {
    const { app, wps, sim } = setup();
    const pane = wps.CreateTaskPane("http://x/taskpane.html");
    pane.Visible = true;
    wps.PluginStorage.setItem("id", pane.ID);
    expect(app.PluginStorage.getItem("id")).toBe(String(pane.ID));
    expect(app.GetTaskPane(pane.ID).Visible).toBe(true);
    expect(() => (pane.DockPosition = "right")).toThrow(/numbers/);
    expect(sim.taskPanes).toHaveLength(1);
    expect(wps.EtApplication()).toBe(app);
  });
});
