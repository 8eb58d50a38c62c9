/**
 * The host contract: what the pane, the ribbon command and insertion rely on from a Gateway, checked on every
 * host (hosts.ts): the Office.js gateway on the Excel simulator and on office-addin-mock, the WPS gateway on the
 * WPS simulator. One describe per capability; a host that cannot be tested for a capability is left out of it by
 * its factory's `can` list. A new gateway method gets its own describe here, run against every host.
 */
import { lintSheet, type Finding, type SheetInput } from "../../src/domain";
import { TEMPLATES, buildBlock, buildRows, convertPair } from "../../src/domain/templates";
import { HIGHLIGHT_COLORS, REVIEW_COLOR } from "../../src/host/highlights";
import { fromA1 } from "../../src/domain";
import type { SheetChange } from "../../src/host/gateway";
import { WorkbookModel, type CfModel } from "../../src/simulator";
import { listSharedFixtures, loadSharedFixture } from "../helpers/workbooks";
import { LiveValidationController } from "../../src/taskpane/live/LiveValidationController";
import { compare, snapshot, refusalText } from "../insert/helpers";
import { HOSTS, type Capability, type HostFactory, type HostUnderTest } from "./hosts";

/** One fix through applyFixes (all or nothing), as its status. */
const fixOne = (
  g: { applyFixes: import("../../src/host/gateway").Gateway["applyFixes"] },
  sheet: string,
  fix: import("../../src/domain").Fix,
) => g.applyFixes({ sheet, fixes: [fix] }).then((r) => r.status);

const hostsFor = (c: Capability) =>
  HOSTS.filter((h) => h.can.includes(c)).map((h) => [h.name, h] as [string, HostFactory]);

let host: HostUnderTest | null = null;
function start(f: HostFactory, wb: WorkbookModel): HostUnderTest {
  host = f.make(wb);
  return host;
}
afterEach(() => {
  host?.teardown();
  host = null;
});

const PERCENT = "0%";

/** A small sheet away from A1: a merge reaching past the last value column, a percent cell, a formatted-only cell. */
function smallBook(): WorkbookModel {
  const wb = new WorkbookModel();
  const s = wb.addSheet("表一");
  s.setValue(4, 3, "项目名称");
  s.setValue(4, 4, "测试项目");
  s.merges.push({ r1: 4, c1: 4, r2: 4, c2: 6 });
  s.setValue(5, 3, "满意度");
  s.setValue(5, 4, 0.95);
  s.updateFormat(5, 4, (f) => ({ ...f, numberFormat: PERCENT }));
  s.setValue(6, 3, "数量");
  s.setValue(6, 5, 12);
  s.setValue(7, 3, "备注");
  s.setValue(7, 4, "≥90%");
  s.updateFormat(12, 9, (f) => ({ ...f, fill: "#FFFF00" })); // formats only: not part of what is read
  wb.addSheet("第二张").setValue(1, 1, "x");
  wb.addSheet("空");
  return wb;
}

/** What every host must hand the engine for the active sheet: values-only used range, merges starting in it, formats. */
function reference(wb: WorkbookModel): SheetInput {
  const s = wb.active;
  const u = s.usedRect(true);
  if (!u) return { name: s.name, values: [] };
  const values: SheetInput["values"] = [];
  const codes: (string | null)[][] = [];
  let anyFormat = false;
  for (let r = u.r1; r <= u.r2; r++) {
    const line: SheetInput["values"][number] = [];
    const fl: (string | null)[] = [];
    for (let c = u.c1; c <= u.c2; c++) {
      line.push(s.value(r, c) === "" ? null : s.value(r, c));
      const nf = s.format(r, c).numberFormat;
      const general = nf === "General";
      anyFormat ||= !general;
      fl.push(general ? null : nf);
    }
    values.push(line);
    codes.push(fl);
  }
  const out: SheetInput = { name: s.name, values, origin: { row: u.r1, col: u.c1 } };
  out.merges = s.merges
    .filter((m) => m.r1 >= u.r1 && m.r1 <= u.r2 && m.c1 >= u.c1 && m.c1 <= u.c2)
    .sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
  if (anyFormat) out.formats = codes;
  return out;
}

const sortMerges = (s: SheetInput): SheetInput =>
  s.merges ? { ...s, merges: [...s.merges].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1) } : s;

describe.each(hostsFor("read"))("read — %s", (_name, factory) => {
  test("values, origin, merges and number formats of the active sheet (percent cell keeps 0%)", async () => {
    const h = start(factory, smallBook());
    const got = await h.gateway.readActiveSheet();
    expect(sortMerges(got)).toEqual({
      name: "表一",
      values: [
        ["项目名称", "测试项目", null],
        ["满意度", 0.95, null],
        ["数量", null, 12],
        ["备注", "≥90%", null],
      ],
      origin: { row: 4, col: 3 },
      merges: [{ r1: 4, c1: 4, r2: 4, c2: 6 }],
      formats: [
        [null, null, null],
        [null, PERCENT, null],
        [null, null, null],
        [null, null, null],
      ],
    });
  });

  test("a blank sheet reads as no values; after a sheet switch the new active sheet is read", async () => {
    const h = start(factory, smallBook());
    h.userActivate("空");
    expect(await h.gateway.readActiveSheet()).toMatchObject({ name: "空", values: [] });
    h.userActivate("第二张");
    expect(await h.gateway.readActiveSheet()).toMatchObject({
      name: "第二张",
      values: [["x"]],
      origin: { row: 1, col: 1 },
    });
  });

  const fixtures = listSharedFixtures();
  if (fixtures.length === 0) test.skip("shared fixtures (skipped: ../shared/fixtures absent)", () => {});
  else
    test.each(fixtures)("fixture %s: the same SheetInput and the same findings as the reference read", async (name) => {
      const wb = (await loadSharedFixture(name))!;
      const want = reference(wb);
      const h = start(factory, wb);
      const got = sortMerges(await h.gateway.readActiveSheet());
      expect(got).toEqual(want);
      expect(lintSheet(got).findings).toEqual(lintSheet(want).findings);
    });
});

function userCf(wb: WorkbookModel): CfModel {
  const cf: CfModel = {
    id: "{user-cf}",
    type: "Custom",
    ranges: [{ r1: 4, c1: 3, r2: 7, c2: 3 }],
    formula: "=LEN(C4)>100",
    fill: "#00B050",
    fontColor: null,
    fontBold: null,
    stopIfTrue: false,
  };
  wb.sheet("表一")!.cfs.push(cf);
  return cf;
}

const flags: Pick<Finding, "address" | "severity">[] = [
  { address: "D5", severity: "error" },
  { address: "D7:E7", severity: "warning" },
  { address: "D7", severity: "info" },
];

describe.each(hostsFor("highlights"))("highlights — %s", (_name, factory) => {
  test("show exactly the flagged cells, write only differences, and clearing leaves values and formats identical", async () => {
    const wb = smallBook();
    userCf(wb);
    wb.sheet("表一")!.updateFormat(5, 4, (f) => ({ ...f, fill: "#DDDDDD" })); // the user's own fill under a highlight
    const h = start(factory, wb);
    const before = h.fingerprint("表一");
    const first = await h.gateway.setHighlights("表一", flags);
    expect(first.writes).toBeGreaterThan(0);
    expect(h.displayFill("表一", "D5")).toBe(HIGHLIGHT_COLORS.error);
    expect(h.displayFill("表一", "D7")).toBe(HIGHLIGHT_COLORS.warning); // warning over info
    expect(h.displayFill("表一", "E7")).toBe(HIGHLIGHT_COLORS.warning);
    expect(h.displayFill("表一", "C6")).toBeNull();
    expect(h.wb().sheet("表一")!.format(5, 4).fill).toBe("#DDDDDD"); // the user's fill is untouched
    expect((await h.gateway.setHighlights("表一", flags)).writes).toBe(0);
    const moved = await h.gateway.setHighlights("表一", [
      { address: "D5", severity: "error" },
      { address: "C6", severity: "info" },
    ]);
    expect(moved.writes).toBeGreaterThan(0);
    expect(h.displayFill("表一", "D7")).toBeNull();
    expect(h.displayFill("表一", "C6")).toBe(HIGHLIGHT_COLORS.info);
    await h.gateway.clearHighlights("表一");
    expect(h.fingerprint("表一")).toBe(before);
  });

  test("highlights are found again by their marker (a fresh gateway clears what another one wrote)", async () => {
    const wb = smallBook();
    const h = start(factory, wb);
    const before = h.fingerprint("表一");
    await h.gateway.setHighlights("表一", flags);
    const again = factory.make(h.wb()); // same workbook, a new pane session
    const cleared = await again.gateway.clearHighlights();
    expect(cleared.writes).toBeGreaterThan(0);
    expect(again.fingerprint("表一")).toBe(before);
  });
});

describe.each(hostsFor("fix"))("fix — %s", (_name, factory) => {
  const fix = { row: 7, col: 4, address: "D7", from: "≥90%", to: "≥95%" };

  test("writes the cell when it still holds what the finding saw", async () => {
    const h = start(factory, smallBook());
    expect(await fixOne(h.gateway, "表一", fix)).toBe("applied");
    expect(h.wb().sheet("表一")!.value(7, 4)).toBe("≥95%");
  });

  test("stale when the user changed the cell, or when it holds a formula; nothing written", async () => {
    const wb = smallBook();
    wb.sheet("表一")!.setValue(5, 5, null, "=D5*2");
    const h = start(factory, wb);
    await h.userEdit("表一", "D7", "≥80%");
    const before = h.fingerprint("表一");
    expect(await fixOne(h.gateway, "表一", fix)).toBe("stale");
    expect(await fixOne(h.gateway, "表一", { row: 5, col: 5, address: "E5", from: null, to: "1" })).toBe("stale");
    expect(h.fingerprint("表一")).toBe(before);
  });
});

describe.each(hostsFor("fix"))("fix and highlights in one step — %s", (_name, factory) => {
  test("全部修复: every cell or none; the highlights follow in the same operation", async () => {
    const h = start(factory, smallBook());
    const fixes = [
      { row: 7, col: 4, address: "D7", from: "≥90%", to: "≥95%" },
      { row: 4, col: 4, address: "D4", from: "测试项目", to: "契约项目" },
    ];
    // one cell changed since the check: nothing is written
    await h.userEdit("表一", "D4", "别的名称");
    const before = h.fingerprint("表一");
    const stale = await h.gateway.applyFixes({
      sheet: "表一",
      fixes,
      highlights: [{ address: "C5", severity: "error" }],
    });
    expect(stale).toMatchObject({ status: "stale", applied: 0, stale: ["D4"] });
    expect(h.fingerprint("表一")).toBe(before);
    await h.userEdit("表一", "D4", "测试项目");
    const done = await h.gateway.applyFixes({
      sheet: "表一",
      fixes,
      highlights: [{ address: "C5", severity: "error" }],
    });
    expect(done).toMatchObject({ status: "applied", applied: 2 });
    expect([h.wb().sheet("表一")!.value(7, 4), h.wb().sheet("表一")!.value(4, 4)]).toEqual(["≥95%", "契约项目"]);
    expect(h.displayFill("表一", "C5")).toBe(HIGHLIGHT_COLORS.error);
    expect(await h.gateway.applyFixes({ sheet: "没有", fixes })).toMatchObject({ status: "failed", applied: 0 });
  });

  test("one undo step where the host keeps add-in writes (Excel 1.20): Ctrl+Z brings back the values and the highlights", async () => {
    const h = start(factory, smallBook());
    const caps = await h.gateway.capabilities();
    const off = await h.gateway.subscribe(() => {}); // the pane is always listening
    await h.gateway.setHighlights("表一", [{ address: "D7", severity: "warning" }]);
    const records = h.undoRecords?.().length ?? 0;
    const fix = { row: 7, col: 4, address: "D7", from: "≥90%", to: "≥95%" };
    await h.gateway.applyFixes({ sheet: "表一", fixes: [fix], highlights: [{ address: "C5", severity: "error" }] });
    if (caps.undo === "not-recorded") {
      // WPS 表格: no undo record for the add-in's write (the pane says so instead of promising one)
      expect(h.undoRecords?.().filter((r) => r.source === "addin")).toEqual([]);
      return;
    }
    expect(h.undoRecords!().length).toBe(records + 1);
    await h.undo!();
    await h.flush();
    expect(h.wb().sheet("表一")!.value(7, 4)).toBe("≥90%");
    expect(h.displayFill("表一", "D7")).toBe(HIGHLIGHT_COLORS.warning);
    expect(h.displayFill("表一", "C5")).toBeNull();
    // after the undo the gateway looks again: asking for the undone highlights writes them, nothing is skipped
    const again = await h.gateway.setHighlights("表一", [{ address: "C5", severity: "error" }]);
    expect(again.writes).toBeGreaterThan(0);
    expect(h.displayFill("表一", "C5")).toBe(HIGHLIGHT_COLORS.error);
    await off();
  });
});

describe.each(hostsFor("read-range"))("read a range — %s", (_name, factory) => {
  test("values and number formats of one rectangle, as the whole-sheet read has them", async () => {
    const h = start(factory, smallBook());
    const whole = await h.gateway.readActiveSheet();
    const part = await h.gateway.readRange("表一", { r1: 5, c1: 3, r2: 6, c2: 5 });
    expect(part.values).toEqual([
      ["满意度", 0.95, null],
      ["数量", null, 12],
    ]);
    expect(part.formats).toEqual([
      [null, PERCENT, null],
      [null, null, null],
    ]);
    expect(part.values).toEqual(whole.values.slice(1, 3));
    expect((await h.gateway.readRange("表一", { r1: 7, c1: 4, r2: 7, c2: 4 })).values).toEqual([["≥90%"]]);
  });
});

const YEAR = { defaultYear: 2025 };
const form = TEMPLATES.find((t) => t.id === "project-2021")!;

describe.each(hostsFor("insert"))("insert — %s", (_name, factory) => {
  test("below the last block: the block's values, merges and dropdowns; nothing else changes", async () => {
    const h = start(factory, smallBook());
    const sheet = h.wb().sheet("表一")!;
    const before = snapshot(sheet);
    const block = buildBlock(form, { name: "契约测试项目" }, YEAR);
    const r = await h.gateway.insertBlock({ block, where: "below", allowShift: false });
    if (!r.ok) throw new Error(refusalText(r).en);
    expect(r.range.r1).toBe(14); // one blank row under everything: the formatted-only I12 counts
    expect(compare(before, sheet, null, r.range)).toEqual([]);
    expect(sheet.value(r.range.r1, r.range.c1)).toBe(block.cells[0][0]);
    expect(sheet.merges.filter((m) => m.r1 >= r.range.r1).length).toBeGreaterThan(0);
    const dropdowns = sheet.dvs.filter((d) => d.range.r1 >= r.range.r1 && JSON.stringify(d.rule).includes("产出指标"));
    expect(dropdowns.length).toBeGreaterThan(0);
    const lint = lintSheet(await h.gateway.readActiveSheet());
    expect(lint.findings.filter((f) => f.severity === "error" && f.range.r1 >= r.range.r1)).toEqual([]);
  });

  test("请核对: seeded figures and defaults carry the add-in's mark until the user edits them; highlights leave the marks alone", async () => {
    const h = start(factory, new WorkbookModel());
    const social = TEMPLATES.find((t) => t.id === "social-worker-service")!;
    const r = await h.gateway.insertBlock({
      block: buildBlock(form, {}, { ...YEAR, sets: [social] }),
      where: "below",
      allowShift: false,
    });
    if (!r.ok) throw new Error(refusalText(r).en);
    const sheet = h.wb().active;
    const figure = r.review.find((a) => sheet.value(fromA1(a)!.r1, fromA1(a)!.c1) === "≤119277元/人/年")!;
    expect(figure).toBeDefined();
    expect(h.displayFill(sheet.name, figure)).toBe(REVIEW_COLOR);
    // the findings' highlights come and go without touching the marks
    await h.gateway.setHighlights(sheet.name, [{ address: "A1", severity: "error" }]);
    await h.gateway.clearHighlights(sheet.name);
    expect(h.displayFill(sheet.name, figure)).toBe(REVIEW_COLOR);
    // the inserted block draws no finding at all, 提示 included
    expect(lintSheet(await h.gateway.readActiveSheet()).findings.map((f) => `${f.address} ${f.ruleId}`)).toEqual([]);
    await h.userEdit(sheet.name, figure, "≤130000元/人/年");
    expect(h.displayFill(sheet.name, figure)).toBeNull();
    // 项目类型 and 项目等级 are dropdowns
    const typeCell = r.range.r1 + 3;
    expect(sheet.dvs.some((d) => d.range.r1 === typeCell && JSON.stringify(d.rule).includes("其他特定目标类"))).toBe(
      true,
    );
  });

  test("at a selection over filled cells: refused without shifting (nothing changes), rows inserted with it", async () => {
    const h = start(factory, smallBook());
    h.userSelect("表一", "C5");
    const sheet = h.wb().sheet("表一")!;
    const fp = h.fingerprint("表一");
    const block = buildBlock(form, {}, YEAR);
    const refused = await h.gateway.insertBlock({ block, where: "selection", allowShift: false });
    expect(refused).toMatchObject({ ok: false, code: "occupied" });
    expect(h.fingerprint("表一")).toBe(fp);
    const before = snapshot(sheet);
    const r = await h.gateway.insertBlock({ block, where: "selection", allowShift: true });
    if (!r.ok) throw new Error(refusalText(r).en);
    expect(r.shifted).toEqual({ at: 5, count: block.cells.length + 1 });
    expect(compare(before, sheet, r.shifted, r.range)).toEqual([]);
  });

  test("添加标准指标: rows go after the group's last row, the table reads them as its own", async () => {
    const h = start(factory, new WorkbookModel());
    const r = await h.gateway.insertBlock({ block: buildBlock(form, {}, YEAR), where: "below", allowShift: false });
    if (!r.ok) throw new Error(refusalText(r).en);
    const table = lintSheet(await h.gateway.readActiveSheet()).tables[0];
    const [l1, l2] = ["产出指标", "数量指标"];
    const have = new Set(table.indicators.map((i) => i.level3 ?? ""));
    const rows = TEMPLATES.flatMap((t) => buildRows(t, table.framework))
      .filter((x) => {
        const p = convertPair(x[0], x[1], table.framework);
        return p.l1 === l1 && p.l2 === l2 && !have.has(x[2]);
      })
      .slice(0, 2);
    expect(rows.length).toBe(2);
    const added = await h.gateway.addIndicatorRows({ table: table.range, l1, l2, rows });
    if (!added.ok) throw new Error(refusalText(added).en);
    expect(added.added).toBe(2);
    const after = lintSheet(await h.gateway.readActiveSheet()).tables[0];
    for (const x of rows)
      expect(after.indicators.find((i) => i.level3 === x[2])).toMatchObject({ level1: l1, level2: l2 });
  });
});

describe.each(hostsFor("settings"))("settings — %s", (_name, factory) => {
  test("round-trip in the workbook: settings and user templates apart, long CJK text, a shorter save replaces a longer one", async () => {
    const h = start(factory, smallBook());
    expect(await h.gateway.loadSettings()).toBeNull();
    const long = {
      version: 1,
      config: { vagueWords: Array.from({ length: 80 }, (_, i) => `含糊词语${i}“引号”`) },
      liveHighlighting: null,
      highlightsShown: true,
    };
    expect(JSON.stringify(long).length).toBeGreaterThan(1000);
    await h.gateway.saveSettings(long);
    const templates = [{ id: "u1", name: "我的模板", cells: [["a", null, 1]] }];
    await h.gateway.saveUserTemplates(templates);
    expect(await h.gateway.loadSettings()).toEqual(long);
    expect(await h.gateway.loadUserTemplates()).toEqual(templates);
    const short = { version: 1, config: {}, liveHighlighting: false, highlightsShown: false };
    await h.gateway.saveSettings(short);
    expect(await h.gateway.loadSettings()).toEqual(short);
    expect(await h.gateway.loadUserTemplates()).toEqual(templates);
    // 忽略此条: an entry of its own, beside the settings and the templates
    expect(await h.gateway.loadIgnores()).toBeNull();
    const ignores = {
      version: 1,
      items: Array.from({ length: 30 }, (_, i) => ({
        key: `k${i}`,
        sheet: "表一",
        ruleId: "value/vague-target",
        address: `E${i + 1}`,
        reason: `已与财政分局确认“第${i}条”`,
        at: "2025-03-01",
      })),
    };
    await h.gateway.saveIgnores(ignores);
    expect(await h.gateway.loadIgnores()).toEqual(ignores);
    expect(await h.gateway.loadSettings()).toEqual(short);
    // a new session on the same workbook finds them
    const again = factory.make(h.wb());
    expect(await again.gateway.loadSettings()).toEqual(short);
    expect(await again.gateway.loadIgnores()).toEqual(ignores);
  });
});

describe.each(hostsFor("events"))("events — %s", (_name, factory) => {
  test("an edit and a sheet switch are reported; the add-in's own fix is not; nothing after unsubscribe", async () => {
    const h = start(factory, smallBook());
    const seen: SheetChange[] = [];
    const off = await h.gateway.subscribe((c) => seen.push(c));
    await h.userEdit("表一", "D7", "≥80%");
    await h.flush();
    expect(seen).toEqual([expect.objectContaining({ kind: "edit", sheet: "表一", address: "D7" })]);
    expect(await fixOne(h.gateway, "表一", { row: 4, col: 4, address: "D4", from: "测试项目", to: "契约项目" })).toBe(
      "applied",
    );
    await h.flush();
    expect(seen).toHaveLength(1);
    h.userActivate("第二张");
    await h.flush();
    expect(seen[1]).toMatchObject({ kind: "activate", sheet: "第二张" });
    await off();
    await h.userEdit("第二张", "A1", "y");
    await h.flush();
    expect(seen).toHaveLength(2);
  });

  test("a burst of edits is gathered into one re-read (the pane's live loop on this host)", async () => {
    const h = start(factory, smallBook());
    let reads = 0;
    const counting = {
      ...h.gateway,
      readActiveSheet: () => (reads++, h.gateway.readActiveSheet()),
      readRange: (sheet: string, range: Parameters<typeof h.gateway.readRange>[1]) => (
        reads++,
        h.gateway.readRange(sheet, range)
      ),
    };
    const results: number[] = [];
    // a longer spacing than the pane's 50 ms (counted from the first check), so that a slow CI machine cannot split the burst
    const ctl = new LiveValidationController(
      { gateway: counting, spacingMs: 250 },
      { config: {}, liveHighlighting: false, highlightsShown: true },
      {
        onCheckStarted: () => {},
        onResult: (seq) => results.push(seq),
        onError: (_s, e) => {
          throw e;
        },
      },
    );
    await ctl.start();
    expect(reads).toBe(1);
    for (const [i, v] of ["≥81%", "≥82%", "≥83%", "≥84%", "≥85%"].entries())
      await h.userEdit("表一", i % 2 ? "D7" : "E6", v);
    await h.flush();
    expect(reads).toBe(1); // nothing yet: within 250 ms of the last check
    await new Promise((r) => setTimeout(r, 600));
    expect(reads).toBe(2);
    expect(results).toHaveLength(2);
    await ctl.stop();
  });
});

test("every host is tested for every capability it claims, and the Office.js and WPS gateways for all of them", () => {
  const caps: Capability[] = ["read", "read-range", "highlights", "fix", "insert", "settings", "events"];
  for (const c of caps)
    expect(hostsFor(c).map(([n]) => n)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Excel/), expect.stringMatching(/^WPS/)]),
    );
});
