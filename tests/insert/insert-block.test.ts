import { fromA1 } from "../../src/domain";
/**
 * 插入模板 against the workbook simulator, through the real Office.js gateway: every template (and a
 * form × indicator-set combination) goes into a blank sheet, into our own fixtures and into every
 * ../shared fixture; nothing that was there changes (value, formula, format, merges, widths, heights,
 * rows mapped when rows were inserted), and the new block, read back through the gateway, lints with
 * no error. Dropdowns, formats, undo, events and the sync count are checked too.
 */
import { TEMPLATES, buildBlock, type Block, type Template } from "../../src/domain/templates";
import { FRAMEWORKS, level2Names } from "../../src/domain/templates/frameworks";
import type { Gateway, InsertBlockRequest, InsertBlockResult } from "../../src/excel/gateway";
import { charsToPoints } from "../../src/domain/insert";
import { WorkbookModel, workbookFromRows, type Simulator } from "../../src/simulator";
import {
  compare,
  describeFindings,
  findingsIn,
  lintThroughGateway,
  ownFixtures,
  sharedFixtures,
  snapshot,
  setup,
  teardown,
  refusalText,
} from "./helpers";

afterEach(teardown);

const YEAR = { defaultYear: 2025 };
const forms = TEMPLATES.filter((t) => t.kind !== "indicators");
const sets = TEMPLATES.filter((t) => t.kind === "indicators");
const combo = {
  form: forms.find((t) => t.id === "project-2020")!,
  set: sets.find((t) => t.id === "system-maintenance")!,
};

function blocks(): { label: string; block: Block }[] {
  return [
    ...TEMPLATES.map((t: Template) => ({ label: t.id, block: buildBlock(t, {}, YEAR) })),
    {
      label: `${combo.form.id} × ${combo.set.id}`,
      block: buildBlock(combo.form, { name: "信息系统运维", dept: "东莞市某镇党政办" }, { ...YEAR, sets: [combo.set] }),
    },
  ];
}

async function insert(gateway: Gateway, req: InsertBlockRequest): Promise<InsertBlockResult> {
  return gateway.insertBlock(req);
}

/** Inserts every block below the last one, one after another; after each: nothing else changed, the block lints clean. */
async function insertAll(sim: Simulator, gateway: Gateway): Promise<{ label: string; address: string }[]> {
  const done: { label: string; address: string }[] = [];
  for (const { label, block } of blocks()) {
    const sheet = sim.wb.active;
    const before = snapshot(sheet);
    const syncs = sim.syncCount;
    const r = await insert(gateway, { block, where: "below", allowShift: false });
    expect(r.ok).toBe(true);
    if (!r.ok) return done;
    expect(sim.syncCount - syncs).toBe(2);
    expect(r.shifted).toBeNull();
    expect(compare(before, sheet, null, r.range)).toEqual([]);
    // the block's cells hold exactly what was built
    for (let i = 0; i < block.cells.length; i++)
      for (let j = 0; j < block.cells[i].length; j++) {
        const want = block.cells[i][j];
        const got = sheet.value(r.range.r1 + i, r.range.c1 + j);
        if (want === null) expect([null, ""]).toContain(got);
        else expect(String(got)).toBe(String(want));
      }
    const lint = await lintThroughGateway(gateway);
    expect({ label, errors: describeFindings(findingsIn(lint, r.range)) }).toEqual({ label, errors: [] });
    // the engine reads it as a block with its indicator table
    expect(
      lint.tables.some((t) => t.range.r1 >= r.range.r1 && t.range.r2 <= r.range.r2 && t.indicators.length >= 6),
    ).toBe(true);
    done.push({ label, address: r.address });
  }
  return done;
}

describe("into a blank sheet", () => {
  test("every template and a form × set combination, stacked, each with no error and no warning", async () => {
    const { sim, gateway } = setup(new WorkbookModel());
    const done = await insertAll(sim, gateway);
    expect(done).toHaveLength(TEMPLATES.length + 1);
    expect(done[0].address.startsWith("A1:F")).toBe(true);
    const lint = await lintThroughGateway(gateway);
    expect(describeFindings(lint.findings.filter((f) => f.severity !== "info"))).toEqual([]);
  });

  test("formats like the forms: merges, borders, bold labels, wrap, widths, heights, number format", async () => {
    const { sim, gateway } = setup(new WorkbookModel());
    const t = TEMPLATES.find((x) => x.id === "project-2021")!;
    const block = buildBlock(t, {}, YEAR);
    const r = await insert(gateway, { block, where: "below", allowShift: false });
    if (!r.ok) throw new Error(refusalText(r).en);
    const s = sim.wb.active;
    expect(s.merges).toEqual(expect.arrayContaining(block.merges));
    expect(s.merges).toHaveLength(block.merges.length);
    const border = block.formats.border;
    for (const [row, col] of [
      [border.r1, 1],
      [border.r2, 6],
      [border.r1 + 3, 4],
    ]) {
      const f = s.format(row, col);
      for (const side of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const)
        expect(f.borders[side]?.style).toBe("Continuous");
    }
    expect(s.format(1, 1).borders).toEqual({}); // the title line has no border
    expect(s.format(3, 1).font.bold).toBe(true); // 项目名称
    expect(s.format(3, 2).font.bold).toBe(false);
    expect(s.format(border.r2, 4).wrapText).toBe(true);
    expect(s.columnWidth(4)).toBe(charsToPoints(block.formats.columnWidths[3]));
    for (const h of block.formats.rowHeights) expect(s.rowHeight(h.row)).toBe(h.height);
    const nf = block.formats.numberFormats[0];
    expect(s.format(nf.range.r1, nf.range.c1).numberFormat).toBe(nf.format);
  });

  test("dropdowns on the 一级 and 二级 cells, following the framework", async () => {
    for (const t of [
      TEMPLATES.find((x) => x.id === "project-2021")!,
      TEMPLATES.find((x) => x.id === "project-2020")!,
    ]) {
      const { sim, gateway } = setup(new WorkbookModel());
      const block = buildBlock(t, {}, YEAR);
      const r = await insert(gateway, { block, where: "below", allowShift: false });
      if (!r.ok) throw new Error(refusalText(r).en);
      const s = sim.wb.active;
      const fw = FRAMEWORKS[block.framework];
      const first = block.table.headerRow + 1;
      const last = block.cells.length;
      const dvAt = (row: number, col: number) =>
        s.dvs.find((d) => row >= d.range.r1 && row <= d.range.r2 && col >= d.range.c1 && col <= d.range.c2);
      const source = (row: number, col: number) =>
        (dvAt(row, col)?.rule as { list?: { source?: string; inCellDropDown?: boolean } } | undefined)?.list;
      for (let row = first; row <= last; row++) {
        expect(source(row, 2)).toEqual({ inCellDropDown: true, source: fw.level1.join(",") });
        const l1 = block.table.rows[row - first].l1;
        const l2list = source(row, 3)!.source!.split(",");
        expect(l2list).toEqual([...fw.level2[l1], ...(fw.extraLevel2[l1] ?? [])]);
        expect(level2Names(block.framework)).toEqual(expect.arrayContaining(l2list));
        expect((dvAt(row, 3)!.errorAlert as { style: string }).style).toBe("Warning");
      }
      expect(dvAt(first - 1, 2)).toBeUndefined(); // not on the header
      expect(dvAt(first, 4)).toBeUndefined(); // not on the 三级 column
    }
  });

  test("one undo step (ExcelApi 1.20) takes the whole block away", async () => {
    const { sim, gateway } = setup(workbookFromRows({ Sheet1: [["已有内容", 1]] }), { apiLevel: "1.20" });
    const before = sim.fingerprint("Sheet1");
    const r = await insert(gateway, { block: buildBlock(TEMPLATES[1], {}, YEAR), where: "below", allowShift: false });
    expect(r.ok).toBe(true);
    expect(sim.undoStack.filter((e) => e.source === "addin")).toHaveLength(1);
    await sim.undo();
    expect(sim.fingerprint("Sheet1")).toBe(before);
  });

  test.each(["1.9", "1.13", "1.20"])("ExcelApi %s: our own change events are ignored", async (apiLevel) => {
    const { sim, gateway } = setup(
      workbookFromRows({
        Sheet1: [
          ["a", "b"],
          [null, null],
          ["c", null],
        ],
      }),
      { apiLevel },
    );
    const seen: unknown[] = [];
    const off = await gateway.subscribe((c) => seen.push(c));
    sim.wb.active.selection = { r1: 2, c1: 1, r2: 2, c2: 1 }; // not empty below: rows get inserted
    const r = await insert(gateway, {
      block: buildBlock(TEMPLATES[2], {}, YEAR),
      where: "selection",
      allowShift: true,
    });
    expect(r.ok && r.shifted !== null).toBe(true);
    await sim.flushEvents();
    expect(seen).toEqual([]);
    await sim.userEdit("Sheet1", "H1", "用户输入");
    expect(seen).toHaveLength(1);
    await off();
  });
});

describe("at the selected cell", () => {
  test("an empty area: placed exactly there, nothing moves", async () => {
    const { sim, gateway } = setup(
      workbookFromRows({ Sheet1: [["已有", null, null, null, null, null, null, null, "右侧"]] }),
    );
    sim.wb.active.selection = { r1: 3, c1: 2, r2: 5, c2: 4 };
    const before = snapshot(sim.wb.active);
    const r = await insert(gateway, {
      block: buildBlock(TEMPLATES[0], {}, YEAR),
      where: "selection",
      allowShift: false,
    });
    if (!r.ok) throw new Error(refusalText(r).en);
    expect(r.range.r1).toBe(3);
    expect(r.range.c1).toBe(2);
    expect(r.shifted).toBeNull();
    expect(compare(before, sim.wb.active, null, r.range)).toEqual([]);
    expect(describeFindings(findingsIn(await lintThroughGateway(gateway), r.range))).toEqual([]);
    // the new block is shown: its top-left, or the first cell the user must fill, is selected
    const sel = sim.wb.active.selection;
    const expected = r.required[0]
      ? fromA1(r.required[0])!
      : { r1: r.range.r1, c1: r.range.c1, r2: r.range.r1, c2: r.range.c1 };
    expect(sel).toEqual(expected);
  });

  test("not empty and shifting not allowed: refused with a reason naming the cell, nothing written", async () => {
    const { sim, gateway } = setup(workbookFromRows({ Sheet1: [["a"], [null], [null], [null, null, "挡住"]] }));
    sim.wb.active.selection = { r1: 2, c1: 1, r2: 2, c2: 1 };
    const before = sim.fingerprint("Sheet1");
    const syncs = sim.syncCount;
    const r = await insert(gateway, {
      block: buildBlock(TEMPLATES[1], {}, YEAR),
      where: "selection",
      allowShift: false,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("occupied");
    expect(r.data.cell).toBe("C4");
    expect(refusalText(r).zh).toContain("C4");
    expect(refusalText(r).en).toContain("C4");
    expect(refusalText(r).zh).toMatch(/[\u4e00-\u9fff]/);
    expect(sim.fingerprint("Sheet1")).toBe(before);
    expect(sim.syncCount - syncs).toBe(1);
  });

  test("inside a merged area's rows: refused (inserting rows there would stretch the merge)", async () => {
    const wb = workbookFromRows({
      Sheet1: [
        ["合并标签", "x"],
        [null, "y"],
        [null, "z"],
      ],
    });
    wb.active.merges.push({ r1: 1, c1: 1, r2: 3, c2: 1 });
    const { sim, gateway } = setup(wb);
    sim.wb.active.selection = { r1: 2, c1: 2, r2: 2, c2: 2 };
    const before = sim.fingerprint("Sheet1");
    const r = await insert(gateway, {
      block: buildBlock(TEMPLATES[1], {}, YEAR),
      where: "selection",
      allowShift: true,
    });
    expect(!r.ok && r.code).toBe("merge-cut");
    expect(sim.fingerprint("Sheet1")).toBe(before);
  });

  test("at the sheet's last rows: refused for lack of room", async () => {
    const { sim, gateway } = setup(new WorkbookModel());
    sim.wb.active.selection = { r1: 1_048_570, c1: 1, r2: 1_048_570, c2: 1 };
    const r = await insert(gateway, {
      block: buildBlock(TEMPLATES[1], {}, YEAR),
      where: "selection",
      allowShift: true,
    });
    expect(!r.ok && r.code).toBe("no-room");
  });
});

const own = ownFixtures();
const shared = sharedFixtures();
if (shared.length === 0)
  console.log(
    "skipped: ../shared/fixtures not found — the shared-fixture insertion tests are skipped; tests/fixtures still run",
  );

async function fixtureCases(kind: "own" | "shared") {
  return kind === "own" ? await own : shared;
}

describe.each(["own", "shared"] as const)("into the %s fixtures", (kind) => {
  test("every template below the last block: nothing else changes, each block lints with no error", async () => {
    const list = await fixtureCases(kind);
    if (list.length === 0) {
      console.log(`skipped: no ${kind} fixtures (../shared/fixtures absent)`);
      return;
    }
    for (const f of list) {
      const wb = await f.wb();
      for (const sheet of wb.sheets) {
        wb.activeSheetId = sheet.id;
        const { sim, gateway } = setup(wb);
        const done = await insertAll(sim, gateway);
        expect({ fixture: f.name, sheet: sheet.name, n: done.length }).toEqual({
          fixture: f.name,
          sheet: sheet.name,
          n: TEMPLATES.length + 1,
        });
        teardown();
      }
    }
  });

  test("at a cell inside existing content, with rows inserted: everything moves down intact, the block lints with no error", async () => {
    const list = await fixtureCases(kind);
    if (list.length === 0) return;
    for (const f of list) {
      const wb = await f.wb();
      const { sim, gateway } = setup(wb);
      const s = sim.wb.active;
      const used = s.usedRect(true);
      if (!used) continue;
      // the first row of the sheet's content that no merged area runs through
      const row =
        [used.r1, Math.floor((used.r1 + used.r2) / 2), used.r2].find(
          (r) => !s.merges.some((m) => m.r1 < r && r <= m.r2),
        ) ?? used.r1;
      s.selection = { r1: row, c1: used.c1, r2: row, c2: used.c1 };
      const before = snapshot(s);
      const errorsBefore = (await lintThroughGateway(gateway)).findings.filter((x) => x.severity === "error").length;
      const block = buildBlock(
        TEMPLATES.find((t) => t.id === "project-2021")!,
        { name: "插入测试项目" },
        YEAR,
      );
      const r = await insert(gateway, { block, where: "selection", allowShift: true });
      if (!r.ok) throw new Error(`${f.name}: ${refusalText(r).en}`);
      const hadContent = before.cells.size > 0;
      if (hadContent) expect(r.shifted).not.toBeNull();
      expect({ fixture: f.name, problems: compare(before, s, r.shifted, r.range) }).toEqual({
        fixture: f.name,
        problems: [],
      });
      const lint = await lintThroughGateway(gateway);
      expect({ fixture: f.name, errors: describeFindings(findingsIn(lint, r.range)) }).toEqual({
        fixture: f.name,
        errors: [],
      });
      // what was there still reads the same: the error count outside the block did not grow
      const after = lint.findings.filter((x) => x.severity === "error").length;
      expect(after).toBeLessThanOrEqual(errorsBefore);
    }
  });
});
