import fc from "fast-check";
import type { Finding, Severity } from "../../src/domain/model/types";
import { hostErrorText } from "../../src/domain/i18n/host";
import { GatewayError } from "../../src/host/errors";
import { HIGHLIGHT_COLORS, planHighlights } from "../../src/host/highlights";
import { createOfficeGateway } from "../../src/excel/office-gateway";
import { workbookFromRows, type Simulator } from "../../src/simulator";
import { listSharedFixtures, loadSharedFixture } from "../helpers/workbooks";
import { expectedValues, generatedWorkbook, setup, teardown } from "./helpers";

/** One fix through applyFixes (all or nothing), as its status. */
const fixOne = (
  g: { applyFixes: import("../../src/host/gateway").Gateway["applyFixes"] },
  sheet: string,
  fix: import("../../src/domain").Fix,
) => g.applyFixes({ sheet, fixes: [fix] }).then((r) => r.status);

/* eslint-disable @typescript-eslint/no-explicit-any */
type Flag = Pick<Finding, "address" | "severity">;

afterEach(teardown);

const FIXTURES = listSharedFixtures();
if (FIXTURES.length === 0) console.log("SKIP fixture-based gateway tests: ../shared/fixtures not found");
const fixtureTest = FIXTURES.length
  ? test.each(FIXTURES)
  : (name: string, _fn: unknown) => test.skip(`${name} (../shared/fixtures absent)`, () => {});

/** Each shared fixture's active sheet as the .xlsx file states it (<dimension ref>, count of <mergeCell>, cell A1). */
const FIXTURE_PINS: Record<string, { rows: number; cols: number; merges: number; a1: string }> = {
  "houjie-2025-dept.xlsx": { rows: 63, cols: 6, merges: 16, a1: "厚街镇部门（单位）整体支出绩效目标批复表" },
  "huangpu-project-expenditure.xlsx": { rows: 42, cols: 7, merges: 0, a1: "项目支出绩效目标表（含转移支付项目）" },
  "machong-2024-projects.xlsx": { rows: 70, cols: 6, merges: 17, a1: "项目绩效目标表（批复）" },
  "qingxi-2025-dept-and-projects.xlsx": { rows: 253, cols: 6, merges: 72, a1: "# 清溪镇部门整体预算绩效目标申报表" },
};

function smallBook() {
  return workbookFromRows({
    表一: [
      ["指标", "指标值", "单位"],
      ["满意度", "≥90%", "%"],
      ["数量", 12, "个"],
      ["", "", ""],
      ["备注", "待定", null],
    ],
    第二张: [["x", "y"]],
  });
}

async function addUserCf(sim: Simulator, sheet: string, address: string): Promise<void> {
  await sim.run(async (ctx: any) => {
    const cf = ctx.workbook.worksheets.getItem(sheet).getRange(address).conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=LEN(A1)>100";
    cf.custom.format.fill.color = "#00B050";
    await ctx.sync();
  });
}

describe("readActiveSheet", () => {
  fixtureTest("fixture %s: values, origin and merges in at most 2 syncs", async (name: string) => {
    const wb = (await loadSharedFixture(name))!;
    const { sim, gateway } = setup(wb);
    const before = sim.syncCount;
    const sheet = await gateway.readActiveSheet();
    const syncs = sim.syncCount - before;
    expect(syncs).toBeLessThanOrEqual(2);
    const exp = expectedValues(sim, wb.active.name);
    expect(sheet.name).toBe(wb.active.name);
    expect(sheet.origin).toEqual(exp.origin);
    expect(sheet.values).toEqual(exp.values);
    const used = wb.active.usedRect(true)!;
    const inside = wb.active.merges.filter(
      (m) => m.r1 >= used.r1 && m.r1 <= used.r2 && m.c1 >= used.c1 && m.c1 <= used.c2,
    );
    expect(sheet.merges).toEqual(inside);
    // What the file itself holds (its <dimension> and <mergeCell> count, its title cell), not what the simulator
    // made of it: a gateway that drops rows or columns, shifts the origin or loses the merged areas fails here,
    // huangpu (no merged cells) included, since its merges must be [] and not missing.
    const pin = FIXTURE_PINS[name];
    expect(pin).toBeDefined();
    expect(sheet.origin).toEqual({ row: 1, col: 1 });
    expect([sheet.values.length, Math.max(...sheet.values.map((r) => r.length))]).toEqual([pin.rows, pin.cols]);
    expect(sheet.values[0][0]).toBe(pin.a1);
    expect(sheet.merges).toHaveLength(pin.merges);
  });

  test("generated grids of 100, 1,000 and 10,000 rows: same sync count (≤ 2), all values", async () => {
    const counts: number[] = [];
    for (const rows of [100, 1000, 10000]) {
      const { sim, gateway } = setup(generatedWorkbook(rows));
      const before = sim.syncCount;
      const sheet = await gateway.readActiveSheet();
      counts.push(sim.syncCount - before);
      expect(sheet.values).toHaveLength(rows);
      expect(sheet.values[rows - 1][2]).toBe(`指标${rows}`);
      expect(sheet.values[4][4]).toBeNull(); // row 5: empty 单位
      expect(sheet.merges).toEqual([{ r1: 1, c1: 1, r2: 1, c2: 6 }]);
      teardown();
    }
    console.log(`readActiveSheet syncs for 100/1000/10000 rows: ${counts.join("/")}`);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(2);
  });

  test("above the per-read cell cap it reads in row blocks, one sync per cap's worth of cells", async () => {
    const { sim, gateway } = setup(generatedWorkbook(10000), {}, { maxCellsPerSync: 6000, blockRows: 500 });
    const before = sim.syncCount;
    const sheet = await gateway.readActiveSheet();
    // 60,000 cells / 6,000 per sync = 10 value syncs + 1 geometry sync
    expect(sim.syncCount - before).toBe(11);
    expect(sheet.values).toEqual(expectedValues(sim, "生成").values);
  });

  test("over the cell limit: refused after the geometry sync, before any value is read, with the command's message (issue 9, item 1)", async () => {
    const { sim, gateway } = setup(generatedWorkbook(200), {}, { maxCells: 1000 });
    const before = sim.syncCount;
    const err = await gateway.readActiveSheet().then(
      () => null,
      (e: unknown) => e as GatewayError,
    );
    expect(sim.syncCount - before).toBe(1);
    expect(err).toMatchObject({
      code: "too-many-cells",
      messageId: "too-many-cells-sheet",
      data: { sheet: "生成", cells: "1,200", max: "1,000" },
    });
    const text = hostErrorText(err!);
    expect(text.zh).toMatch(/^工作表“生成”太大，未检查：约 1,200 个单元格，上限 1,000 个。请删除表格以外的空行空列/);
    expect(text.en).toMatch(
      /^Sheet "生成" is too large to check: about 1,200 cells, over the limit of 1,000\. Delete rows/,
    );
    // the same sheet within the limit reads as usual
    teardown();
    const ok = setup(generatedWorkbook(200), {}, { maxCells: 1200 });
    expect((await ok.gateway.readActiveSheet()).values).toHaveLength(200);
  });

  test("used range away from A1 gives the origin; an empty sheet gives no values; 1.9 gives no merges", async () => {
    const wb = workbookFromRows(
      {
        S: [
          ["a", null],
          [null, 2],
        ],
      },
      { row: 4, col: 3 },
    );
    wb.addSheet("空");
    const { sim, gateway } = setup(wb, { apiLevel: "1.9" });
    const s = await gateway.readActiveSheet();
    expect(s).toEqual({
      name: "S",
      values: [
        ["a", null],
        [null, 2],
      ],
      origin: { row: 4, col: 3 },
    });
    sim.userActivate("空");
    expect(await gateway.readActiveSheet()).toMatchObject({ name: "空", values: [] });
  });

  test("merged areas are cached per used range (office-js #5918: reading them can wipe undo)", async () => {
    let t = 0;
    const { sim, gateway } = setup(smallBook(), { quirks: { mergedAreasClearUndo: true } }, { now: () => t });
    await gateway.readActiveSheet(); // first read: merged areas read once
    await sim.userEdit("表一", "C3", "件");
    const again = await gateway.readActiveSheet(); // same used range, within the TTL: cached
    expect(again.merges).toEqual([]);
    expect(sim.undoStack.map((e) => e.source)).toEqual(["user"]);
    await sim.run(async (ctx: any) => {
      ctx.workbook.worksheets.getItem("表一").getRange("A4:C4").merge();
      await ctx.sync();
    });
    expect((await gateway.readActiveSheet()).merges).toEqual([]); // stale until the TTL or the used range changes
    t += 61_000;
    expect((await gateway.readActiveSheet()).merges).toEqual([{ r1: 4, c1: 1, r2: 4, c2: 3 }]);
    await sim.userEdit("表一", "D9", "新"); // used range grows: merged areas read again
    const grown = await gateway.readActiveSheet();
    expect(grown.merges).toEqual([{ r1: 4, c1: 1, r2: 4, c2: 3 }]);
    expect(grown.values).toHaveLength(9);
    expect(sim.undoClears).toBeGreaterThan(0); // the quirk did bite on the re-reads
  });

  test("waits for cell-edit mode to end instead of failing (delayForCellEdit)", async () => {
    const { sim, gateway } = setup(smallBook());
    sim.setCellEditMode(true);
    const p = gateway.readActiveSheet();
    setTimeout(() => sim.setCellEditMode(false), 10);
    await expect(p).resolves.toMatchObject({ name: "表一" });
  });
});

describe("setHighlights / clearHighlights", () => {
  fixtureTest("fixture %s: set then clear leaves every value and format identical", async (name: string) => {
    const wb = (await loadSharedFixture(name))!;
    const { sim, gateway } = setup(wb);
    const sheet = wb.active.name;
    await addUserCf(sim, sheet, "B3:B9"); // the user's own rule must survive
    const before = sim.fingerprint(sheet);
    const findings: Flag[] = [
      { address: "B5", severity: "error" },
      { address: "C7:C12", severity: "warning" },
      { address: "D8", severity: "info" },
      { address: "C9", severity: "error" },
    ];
    const set = await gateway.setHighlights(sheet, findings);
    expect(set.writes).toBeGreaterThan(0);
    expect(sim.displayFill(sheet, "B5")).toBe(HIGHLIGHT_COLORS.error);
    expect(sim.displayFill(sheet, "C9")).toBe(HIGHLIGHT_COLORS.error); // error wins over warning
    expect(sim.displayFill(sheet, "C10")).toBe(HIGHLIGHT_COLORS.warning);
    expect(sim.displayFill(sheet, "D8")).toBe(HIGHLIGHT_COLORS.info);
    // values and per-cell formats did not move
    expect(JSON.parse(sim.fingerprint(sheet)).cells).toEqual(JSON.parse(before).cells);
    const cleared = await gateway.clearHighlights(sheet);
    expect(cleared.writes).toBe(set.writes);
    expect(sim.fingerprint(sheet)).toBe(before);
  });

  test("same findings again: nothing written, no sync", async () => {
    const { sim, gateway } = setup(smallBook());
    const f: Flag[] = [
      { address: "B2", severity: "error" },
      { address: "C3", severity: "warning" },
    ];
    const first = await gateway.setHighlights("表一", f);
    expect(first).toEqual({ writes: 2, syncs: 2 });
    const before = sim.syncCount;
    expect(await gateway.setHighlights("表一", [...f].reverse())).toEqual({ writes: 0, syncs: 0 });
    expect(sim.syncCount).toBe(before);
  });

  test("one finding moved: one delete + one add, in one write sync", async () => {
    const { sim, gateway } = setup(smallBook());
    await gateway.setHighlights("表一", [
      { address: "B2", severity: "error" },
      { address: "C3", severity: "warning" },
      { address: "A5", severity: "info" },
    ]);
    const cfsBefore = sim.sheet("表一").cfs.length;
    const syncsBefore = sim.syncCount;
    const res = await gateway.setHighlights("表一", [
      { address: "B2", severity: "error" },
      { address: "C3", severity: "warning" },
      { address: "B5", severity: "info" },
    ]);
    expect(res).toEqual({ writes: 2, syncs: 2 }); // 1 read + 1 write
    expect(sim.syncCount - syncsBefore).toBe(res.syncs); // what it reports is what Excel saw
    expect(sim.sheet("表一").cfs.length).toBe(cfsBefore);
    expect(sim.displayFill("表一", "A5")).toBeNull();
    expect(sim.displayFill("表一", "B5")).toBe(HIGHLIGHT_COLORS.info);
  });

  test("contiguous runs become one conditional format each", async () => {
    const { sim, gateway } = setup(smallBook());
    const res = await gateway.setHighlights("表一", [
      { address: "A2", severity: "error" },
      { address: "B2", severity: "error" },
      { address: "A3:B3", severity: "error" },
      { address: "C2:C3", severity: "warning" },
    ]);
    expect(res.writes).toBe(2);
    expect(sim.sheet("表一").cfs.map((c) => c.ranges)).toEqual(
      expect.arrayContaining([[{ r1: 2, c1: 1, r2: 3, c2: 2 }], [{ r1: 2, c1: 3, r2: 3, c2: 3 }]]),
    );
  });

  test("after a reload (new gateway) our rules are found again by their marker; the user's are never touched", async () => {
    const { sim, gateway } = setup(smallBook());
    await addUserCf(sim, "表一", "A1:C5");
    const f: Flag[] = [{ address: "B2", severity: "error" }];
    await gateway.setHighlights("表一", f);
    const reloaded = createOfficeGateway();
    const s0 = sim.syncCount;
    expect(await reloaded.setHighlights("表一", f)).toEqual({ writes: 0, syncs: 1 });
    expect(sim.syncCount - s0).toBe(1);
    expect(sim.sheet("表一").cfs).toHaveLength(2);
    const res = await reloaded.clearHighlights();
    expect(res.writes).toBe(1);
    expect(sim.sheet("表一").cfs).toHaveLength(1);
    expect(sim.sheet("表一").cfs[0].formula).toBe("=LEN(A1)>100");
  });

  test("undo history on 1.20: one record per highlight change (mergeUndoGroup), none when unchanged", async () => {
    const { sim, gateway } = setup(smallBook(), { apiLevel: "1.20" });
    await sim.userEdit("表一", "B3", "13");
    await gateway.setHighlights("表一", [{ address: "B2", severity: "error" }]);
    expect(sim.undoStack.map((e) => e.source)).toEqual(["user", "addin"]);
    await gateway.setHighlights("表一", [{ address: "B2", severity: "error" }]);
    expect(sim.undoStack).toHaveLength(2);
    await gateway.setHighlights("表一", [
      { address: "B2", severity: "warning" },
      { address: "C4", severity: "info" },
    ]);
    expect(sim.undoStack.map((e) => e.source)).toEqual(["user", "addin", "addin"]);
    // Ctrl+Z undoes our last highlight change as one step
    await sim.undo();
    expect(sim.displayFill("表一", "B2")).toBe(HIGHLIGHT_COLORS.error);
    expect(sim.displayFill("表一", "C4")).toBeNull();
  });

  test("below 1.20 a highlight write wipes the undo history (documented cost)", async () => {
    const { sim, gateway } = setup(smallBook(), { apiLevel: "1.14" });
    await sim.userEdit("表一", "B3", "13");
    await gateway.setHighlights("表一", [{ address: "B2", severity: "error" }]);
    expect(sim.undoStack).toHaveLength(0);
    expect(sim.undoClears).toBe(1);
  });

  test("property: set → clear always restores the sheet exactly; unchanged sets never write", async () => {
    const cell = fc.record({
      row: fc.integer({ min: 1, max: 12 }),
      col: fc.integer({ min: 1, max: 6 }),
      h: fc.integer({ min: 0, max: 2 }),
      w: fc.integer({ min: 0, max: 2 }),
      severity: fc.constantFrom<Severity>("error", "warning", "info"),
    });
    const toFlags = (xs: { row: number; col: number; h: number; w: number; severity: Severity }[]): Flag[] =>
      xs.map((x) => ({
        severity: x.severity,
        address: `${String.fromCharCode(64 + x.col)}${x.row}:${String.fromCharCode(64 + x.col + x.w)}${x.row + x.h}`,
      }));
    const { sim, gateway } = setup(smallBook());
    await addUserCf(sim, "表一", "A1:B2");
    const pristine = sim.fingerprint("表一");
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { maxLength: 12 }), fc.array(cell, { maxLength: 12 }), async (a, b) => {
        const fa = toFlags(a);
        const fb = toFlags(b);
        await gateway.setHighlights("表一", fa);
        expect(await gateway.setHighlights("表一", fa)).toEqual({ writes: 0, syncs: 0 });
        await gateway.setHighlights("表一", fb);
        // exactly the planned areas are in the workbook, once each
        const ours = sim.sheet("表一").cfs.filter((c) => c.formula.includes("jixiao:"));
        expect(ours).toHaveLength(planHighlights(fb).size);
        await gateway.clearHighlights("表一");
        expect(sim.fingerprint("表一")).toBe(pristine);
      }),
      { numRuns: 40 },
    );
  });
});

describe("applyFix", () => {
  const fix = { row: 2, col: 2, address: "B2", from: "≥90%", to: "≥90" };

  test("writes only when the cell still holds `from`, and touches nothing else", async () => {
    const { sim, gateway } = setup(smallBook());
    const before = JSON.parse(sim.fingerprint("表一"));
    expect(await fixOne(gateway, "表一", fix)).toBe("applied");
    const after = JSON.parse(sim.fingerprint("表一"));
    const changed = after.cells.filter(
      (c: unknown[], i: number) => JSON.stringify(c) !== JSON.stringify(before.cells[i]),
    );
    expect(changed).toHaveLength(1);
    expect(sim.sheet("表一").value(2, 2)).toBe("≥90");
    expect({ ...after, cells: null }).toEqual({ ...before, cells: null });
    // applying again: the cell no longer holds `from`
    expect(await fixOne(gateway, "表一", fix)).toBe("stale");
    expect(sim.sheet("表一").value(2, 2)).toBe("≥90");
  });

  test("stale when the user changed the cell; never overwrites a formula; failed on a missing sheet", async () => {
    const { sim, gateway } = setup(smallBook());
    await sim.userEdit("表一", "B2", "≥95%");
    expect(await fixOne(gateway, "表一", fix)).toBe("stale");
    expect(sim.sheet("表一").value(2, 2)).toBe("≥95%");
    await sim.userEdit("表一", "C3", "=A1");
    expect(await fixOne(gateway, "表一", { row: 3, col: 3, address: "C3", from: null, to: "个" })).toBe("stale");
    expect(await fixOne(gateway, "没有", fix)).toBe("failed");
  });

  test("one undo record on 1.20", async () => {
    const { sim, gateway } = setup(smallBook());
    await fixOne(gateway, "表一", fix);
    expect(sim.undoStack.map((e) => e.source)).toEqual(["addin"]);
  });
});

describe("subscribe", () => {
  for (const apiLevel of ["1.9", "1.14"]) {
    test(`${apiLevel}: user edits and activations reach the listener; our own writes do not`, async () => {
      let t = 1000;
      const { sim, gateway } = setup(smallBook(), { apiLevel }, { now: () => t });
      const seen: unknown[] = [];
      const unsubscribe = await gateway.subscribe((c) => seen.push(c));
      await sim.userEdit("表一", "C3", "件");
      await fixOne(gateway, "表一", { row: 2, col: 2, address: "B2", from: "≥90%", to: "≥90" });
      await gateway.setHighlights("表一", [{ address: "A2", severity: "error" }]);
      await sim.flushEvents();
      sim.userActivate("第二张");
      await sim.flushEvents();
      expect(seen).toEqual([
        { kind: "edit", sheet: "表一", address: "C3" },
        { kind: "activate", sheet: "第二张" },
      ]);
      // outside the guard window the same address counts again (1.9 path), an edit always counts
      t += 10_000;
      await sim.userEdit("表一", "B2", "x"); // editing 表一 activates it first, as clicking into it would
      expect(seen.slice(2)).toEqual([
        { kind: "activate", sheet: "表一" },
        { kind: "edit", sheet: "表一", address: "B2" },
      ]);
      await unsubscribe();
      expect(sim.handlerCount).toBe(0);
      await sim.userEdit("表一", "B2", "y");
      expect(seen).toHaveLength(4);
    });
  }

  test("row insertion: a structure change on 1.9 (no triggerSource), ignored as our own on 1.14+", async () => {
    for (const apiLevel of ["1.9", "1.20"]) {
      const { sim, gateway } = setup(smallBook(), { apiLevel });
      const seen: any[] = [];
      await gateway.subscribe((c) => seen.push(c));
      await sim.run(async (ctx: any) => {
        ctx.workbook.worksheets.getItem("表一").getRange("3:3").insert("Down");
        await ctx.sync();
      });
      await sim.flushEvents();
      expect(seen).toEqual(apiLevel === "1.9" ? [{ kind: "structure", sheet: "表一", address: "3:3" }] : []);
      teardown();
    }
  });
});

describe("select, settings, capabilities, errors", () => {
  test("select activates the sheet and selects the address", async () => {
    const { sim, gateway } = setup(smallBook());
    await gateway.select("第二张", "B1");
    expect(sim.wb.active.name).toBe("第二张");
    expect(sim.wb.active.selection).toEqual({ r1: 1, c1: 2, r2: 1, c2: 2 });
  });

  test("select on a missing sheet: a GatewayError whose message reads in Chinese and English", async () => {
    const { gateway } = setup(smallBook());
    const err = await gateway.select("没有这张表", "A1").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({ code: "not-found", officeCode: "ItemNotFound" });
    expect(hostErrorText(err as GatewayError)).toEqual({
      zh: "找不到该工作表或单元格，可能已被删除或重命名。（ItemNotFound）",
      en: "The sheet or cell was not found; it may have been deleted or renamed. (ItemNotFound)",
    });
  });

  test("settings round-trip through document settings; a failed save is a GatewayError", async () => {
    const { sim, gateway } = setup(smallBook());
    expect(await gateway.loadSettings()).toBeNull();
    await gateway.saveSettings({ version: 1, config: { satisfactionFloor: 85 } });
    expect(sim.settingsSaved).toEqual({ jixiao: { version: 1, config: { satisfactionFloor: 85 } } });
    expect(await gateway.loadSettings()).toEqual({ version: 1, config: { satisfactionFloor: 85 } });
    sim.failNextSettingsSave = "disk full";
    await expect(gateway.saveSettings({ version: 2 })).rejects.toMatchObject({
      code: "settings-failed",
      messageId: "settings-failed",
      detail: expect.stringContaining("disk full"),
    });
  });

  test("capabilities follow the API level, language and theme", async () => {
    const cases: [string, boolean[]][] = [
      ["1.9", [true, false, false, false, false]],
      ["1.14", [true, true, true, false, false]],
      ["1.20", [true, true, true, true, true]],
    ];
    for (const [apiLevel, flags] of cases) {
      const { gateway } = setup(smallBook(), { apiLevel, displayLanguage: "en-US", isDarkTheme: apiLevel === "1.20" });
      const c = await gateway.capabilities();
      expect([c.api19, c.mergedAreas, c.triggerSource, c.notes, c.undoGrouping]).toEqual(flags);
      expect(c.displayLanguage).toBe("en-US");
      expect(c.isDarkTheme).toBe(apiLevel === "1.20");
    }
  });

  test("outside Office: not-in-office error, capabilities all false", async () => {
    teardown();
    const gateway = createOfficeGateway();
    await expect(gateway.readActiveSheet()).rejects.toMatchObject({
      code: "not-in-office",
      messageId: "not-in-office",
    });
    expect(await gateway.capabilities()).toMatchObject({ api19: false, displayLanguage: null, isDarkTheme: false });
  });
});
