import { lintSheet, toA1, type ConfigInput, type Finding, type LintResult, type SheetInput } from "../../domain";
import { FakeGateway } from "../testing/fakeGateway";
import { fix } from "../testing/fixtures";
import type { SheetChange } from "../../host/gateway";
import {
  LiveValidationController,
  type CheckReason,
  type LiveOptions,
  type PaneResult,
} from "./LiveValidationController";

/** A stand-in engine: "BAD" cells are errors, "WARN" cells warnings; config.rules["t/bad"] = "off" drops errors. */
function fakeLint(input: SheetInput, config: ConfigInput): LintResult {
  const findings: Finding[] = [];
  const o = input.origin ?? { row: 1, col: 1 };
  input.values.forEach((row, i) =>
    row.forEach((v, j) => {
      const r = o.row + i;
      const c = o.col + j;
      const sev = v === "BAD" && config.rules?.["t/bad"] !== "off" ? "error" : v === "WARN" ? "warning" : null;
      if (!sev) return;
      findings.push({
        ruleId: `t/${sev === "error" ? "bad" : "warn"}`,
        code: "JX999",
        category: "value",
        severity: sev,
        messageId: "m",
        data: {},
        range: { r1: r, c1: c, r2: r, c2: c },
        address: toA1(r, c),
      });
    }),
  );
  return { sheet: input.name, blocks: [], tables: [], findings };
}

function setup(opts: Partial<LiveOptions> = {}, sheets?: SheetInput[]) {
  const gw = new FakeGateway(
    sheets ?? [
      {
        name: "Sheet1",
        values: [
          ["项目名称", "道路"],
          ["ok", "BAD"],
        ],
      },
      { name: "Sheet2", values: [["WARN"]] },
    ],
  );
  const results: { seq: number; result: LintResult; reason: CheckReason }[] = [];
  const errors: { seq: number | null; error: unknown }[] = [];
  const started: number[] = [];
  const options: LiveOptions = { config: {}, liveHighlighting: true, highlightsShown: true, ...opts };
  const ctl = new LiveValidationController({ gateway: gw, lint: fakeLint }, options, {
    onCheckStarted: (seq) => started.push(seq),
    onResult: (seq, result, reason) => results.push({ seq, result, reason }),
    onError: (seq, error) => errors.push({ seq, error }),
  });
  return { gw, ctl, results, errors, started, options };
}

const last = <T>(xs: T[]) => xs[xs.length - 1];
const addresses = (r: LintResult) => r.findings.map((f) => `${f.address}:${f.severity}`);

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("start", () => {
  it("subscribes, reads and lints once; live on → one highlight write", async () => {
    const { gw, ctl, results } = setup();
    await ctl.start();
    expect(gw.listenerCount).toBe(1);
    expect(gw.calls.read).toBe(1);
    expect(results).toHaveLength(1);
    expect(addresses(results[0].result)).toEqual(["B2:error"]);
    expect(gw.calls.setHighlights).toEqual([["Sheet1", [{ address: "B2", severity: "error" }]]]);
  });

  it("live off → reads and lints, writes nothing", async () => {
    const { gw, ctl, results } = setup({ liveHighlighting: false });
    await ctl.start();
    expect(results).toHaveLength(1);
    expect(gw.calls.setHighlights).toHaveLength(0);
    expect(gw.calls.clearHighlights).toHaveLength(0);
  });

  it("works with the real engine entry point (pure lintSheet)", async () => {
    const table = [
      ["项目支出绩效目标表"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人数", ">=100人"],
      ["效益指标", "社会效益指标", "满意度", "较好"],
    ];
    const gw = new FakeGateway([{ name: "表1", values: table }]);
    const got: LintResult[] = [];
    const ctl = new LiveValidationController(
      { gateway: gw },
      { config: {}, liveHighlighting: false, highlightsShown: true },
      {
        onCheckStarted: () => {},
        onResult: (_s, r) => got.push(r),
        onError: (_s, e) => {
          throw e;
        },
      },
    );
    await ctl.start();
    expect(got).toHaveLength(1);
    expect(got[0].sheet).toBe("表1");
    // the findings this table has, stated here rather than taken from lintSheet
    expect(got[0].findings.map((f) => `${f.ruleId} ${f.address}`)).toEqual([
      "completeness/level1-missing A2:C2",
      "value/sign-format D3",
      "taxonomy/indicator-misfiled C4",
      "value/satisfaction-percent D4",
      "value/vague-target D4",
    ]);
    const want = lintSheet({ name: "表1", values: table }, {});
    expect({ ...got[0], ignored: undefined, keys: undefined }).toEqual({
      ...want,
      ignored: undefined,
      keys: undefined,
    });
    expect((got[0] as PaneResult).ignored).toEqual([]);
  });
});

describe("spacing", () => {
  it("the first edit after a quiet spell is checked at once; a burst becomes one more check 50 ms after it", async () => {
    const { gw, ctl, results } = setup();
    await ctl.start();
    await jest.advanceTimersByTimeAsync(100);
    const before = gw.calls.read;
    gw.fire({ kind: "edit", sheet: "Sheet1" });
    await jest.advanceTimersByTimeAsync(0);
    expect(gw.calls.read).toBe(before + 1); // at once
    for (let i = 0; i < 10; i++) gw.fire({ kind: "edit", sheet: "Sheet1" });
    await jest.advanceTimersByTimeAsync(49);
    expect(gw.calls.read).toBe(before + 1);
    await jest.advanceTimersByTimeAsync(1);
    expect(gw.calls.read).toBe(before + 2); // the ten, together
    await jest.advanceTimersByTimeAsync(2000);
    expect(gw.calls.read).toBe(before + 2);
    expect(results).toHaveLength(3);
  });

  it("a stream of events: at most one check per 50 ms, and the list keeps up", async () => {
    const { gw, ctl } = setup();
    await ctl.start();
    const before = gw.calls.read;
    for (let i = 0; i < 60; i++) {
      gw.fire({ kind: "edit", sheet: "Sheet1" });
      await jest.advanceTimersByTimeAsync(10); // 600 ms of events, 10 ms apart
    }
    await jest.advanceTimersByTimeAsync(100);
    expect(gw.calls.read - before).toBeGreaterThanOrEqual(10);
    expect(gw.calls.read - before).toBeLessThanOrEqual(14);
  });
});

describe("incremental checks", () => {
  /** Two project forms one under the other (the real engine finds them as two blocks). */
  function twoBlocks(): SheetInput {
    const form = (name: string): (string | null)[][] => [
      ["项目名称", name],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"],
      [null, "产出指标", "数量指标", "培训场次", "≥4场", "≥4场"],
      [null, "效益指标", "社会效益指标", "群众安全感", "≥90%", "≥90%"],
      [null, "满意度指标", "服务对象满意度指标", "满意度", "≥90%", "≥90%"],
    ];
    return { name: "S", values: [...form("甲"), [], [], ...form("乙")] };
  }
  function real(sheets: SheetInput[]) {
    const gw = new FakeGateway(sheets);
    const results: LintResult[] = [];
    const ctl = new LiveValidationController(
      { gateway: gw },
      { config: {}, liveHighlighting: true, highlightsShown: true },
      {
        onCheckStarted: () => {},
        onResult: (_s, r) => results.push(r),
        onError: (_s, e) => {
          throw e;
        },
      },
    );
    return { gw, ctl, results };
  }

  it("an edit inside a block reads that block's rows only (one range read), and the result equals a whole read", async () => {
    const { gw, ctl, results } = real([twoBlocks()]);
    await ctl.start();
    expect(results[0].findings.filter((f) => f.ruleId === "value/vague-target")).toEqual([]);
    gw.edit("S", 11, 5, "明显");
    gw.fire({ kind: "edit", sheet: "S", address: "E11" });
    await jest.advanceTimersByTimeAsync(100);
    expect(gw.calls.read).toBe(1);
    expect(gw.calls.readRange).toHaveLength(1);
    const [sheet, range] = gw.calls.readRange[0];
    expect(sheet).toBe("S");
    expect(range.r1).toBeGreaterThanOrEqual(8); // the second form only
    expect(range.r1).toBeLessThanOrEqual(11);
    const got = last(results);
    expect(got.findings.map((f) => `${f.address} ${f.ruleId}`)).toEqual(
      lintSheet(gw.sheets.get("S")!).findings.map((f) => `${f.address} ${f.ruleId}`),
    );
    expect(got.findings.some((f) => f.address === "E11" && f.ruleId === "value/vague-target")).toBe(true);
  });

  it("an edit outside every block, across blocks, a row insertion or a sheet switch reads the whole sheet", async () => {
    const { gw, ctl } = real([twoBlocks()]);
    await ctl.start();
    const cases: SheetChange[] = [
      { kind: "edit", sheet: "S", address: "A7" }, // the blank rows between the forms
      { kind: "edit", sheet: "S", address: "A1:F12" }, // both forms (a paste, or Ctrl+Z of several cells)
      { kind: "structure", sheet: "S", address: "5:5" },
      { kind: "edit", sheet: "S", address: "Z99" }, // beyond what was read
    ];
    for (const c of cases) {
      const reads = gw.calls.read;
      gw.fire(c);
      await jest.advanceTimersByTimeAsync(100);
      expect({ c, read: gw.calls.read - reads }).toEqual({ c, read: 1 });
    }
    expect(gw.calls.readRange).toHaveLength(0);
  });
});

describe("highlight writes", () => {
  it("no setHighlights when the flagged set is unchanged", async () => {
    const { gw, ctl, results } = setup();
    await ctl.start();
    expect(gw.calls.setHighlights).toHaveLength(1);
    gw.edit("Sheet1", 2, 1, "still ok");
    gw.fire({ kind: "edit", sheet: "Sheet1", address: "A2" });
    await jest.advanceTimersByTimeAsync(300);
    expect(results).toHaveLength(2);
    expect(gw.calls.setHighlights).toHaveLength(1);
  });

  it("setHighlights once when the flagged set changes (a severity change counts)", async () => {
    const { gw, ctl } = setup();
    await ctl.start();
    gw.edit("Sheet1", 2, 1, "WARN");
    gw.fire({ kind: "edit", sheet: "Sheet1", address: "A2" });
    gw.edit("Sheet1", 2, 2, "WARN");
    gw.fire({ kind: "edit", sheet: "Sheet1", address: "B2" });
    await jest.advanceTimersByTimeAsync(300);
    expect(gw.calls.setHighlights).toHaveLength(2);
    expect(last(gw.calls.setHighlights)).toEqual([
      "Sheet1",
      [
        { address: "A2", severity: "warning" },
        { address: "B2", severity: "warning" },
      ],
    ]);
  });

  it("live off → edits re-lint the list but never write", async () => {
    const { gw, ctl, results } = setup({ liveHighlighting: false });
    await ctl.start();
    for (const v of ["BAD", "WARN", "ok", "BAD"]) {
      gw.edit("Sheet1", 1, 1, v);
      gw.fire({ kind: "edit", sheet: "Sheet1", address: "A1" });
      await jest.advanceTimersByTimeAsync(300);
    }
    expect(results).toHaveLength(5);
    expect(addresses(last(results).result)).toEqual(["A1:error", "B2:error"]);
    expect(gw.calls.setHighlights).toHaveLength(0);
    expect(gw.calls.clearHighlights).toHaveLength(0);
  });

  it("检查本表 → one read and exactly one write, even when nothing changed and live is off", async () => {
    for (const live of [false, true]) {
      const { gw, ctl } = setup({ liveHighlighting: live });
      await ctl.start();
      const reads = gw.calls.read;
      const writes = gw.calls.setHighlights.length;
      await ctl.checkNow();
      expect(gw.calls.read).toBe(reads + 1);
      expect(gw.calls.setHighlights.length).toBe(writes + 1);
    }
  });

  it("检查本表 cancels a pending debounced read", async () => {
    const { gw, ctl } = setup();
    await ctl.start();
    gw.fire({ kind: "edit", sheet: "Sheet1" });
    await ctl.checkNow();
    await jest.advanceTimersByTimeAsync(1000);
    expect(gw.calls.read).toBe(2);
  });

  it("highlights shown off → clearHighlights(sheet), then no writes; back on → one write", async () => {
    const { gw, ctl, options } = setup();
    await ctl.start();
    await ctl.setOptions({ ...options, highlightsShown: false });
    expect(gw.calls.clearHighlights).toEqual(["Sheet1"]);
    gw.edit("Sheet1", 1, 1, "BAD");
    gw.fire({ kind: "edit", sheet: "Sheet1" });
    await jest.advanceTimersByTimeAsync(300);
    await ctl.checkNow();
    expect(gw.calls.setHighlights).toHaveLength(1);
    await ctl.setOptions({ ...options, highlightsShown: true });
    expect(gw.calls.setHighlights).toHaveLength(2);
    expect(last(gw.calls.setHighlights)[1].map((f) => f.address)).toEqual(["A1", "B2"]);
  });

  it("turning live highlighting on writes only if the sheet is out of date", async () => {
    const { gw, ctl, options } = setup({ liveHighlighting: false });
    await ctl.start();
    await ctl.setOptions({ ...options, liveHighlighting: true });
    expect(gw.calls.setHighlights).toHaveLength(1);
    await ctl.setOptions({ ...options, liveHighlighting: false });
    await ctl.setOptions({ ...options, liveHighlighting: true });
    expect(gw.calls.setHighlights).toHaveLength(1);
  });
});

describe("sheets", () => {
  it("activating another sheet re-reads that sheet; edits on other sheets are ignored", async () => {
    const { gw, ctl, results } = setup();
    await ctl.start();
    gw.fire({ kind: "edit", sheet: "Sheet2", address: "A1" });
    await jest.advanceTimersByTimeAsync(300);
    expect(gw.calls.read).toBe(1);
    gw.active = "Sheet2";
    gw.fire({ kind: "activate", sheet: "Sheet2" });
    await jest.advanceTimersByTimeAsync(300);
    expect(gw.calls.read).toBe(2);
    expect(last(results).result.sheet).toBe("Sheet2");
    expect(last(gw.calls.setHighlights)).toEqual(["Sheet2", [{ address: "A1", severity: "warning" }]]);
    expect(ctl.currentSheet).toBe("Sheet2");
  });
});

describe("overlapping reads", () => {
  it.each([
    ["newer finishes first", [1, 0]],
    ["older finishes first", [0, 1]],
  ])("only the newest read is delivered (%s)", async (_n, order) => {
    const { gw, ctl, results } = setup({ liveHighlighting: false });
    await ctl.start();
    gw.holdReads = true;
    gw.fire({ kind: "edit", sheet: "Sheet1" });
    await jest.advanceTimersByTimeAsync(300); // read #2 (stale-to-be) starts, sees BAD in B2
    gw.edit("Sheet1", 2, 2, "fixed by hand");
    const manual = ctl.checkNow(); // read #3 starts
    expect(gw.heldCount).toBe(2);
    gw.release(order);
    await manual;
    await jest.advanceTimersByTimeAsync(0);
    expect(results.map((r) => r.seq)).toEqual([1, 3]);
    expect(addresses(last(results).result)).toEqual([]);
    // the manual check's highlight refresh happened exactly once
    expect(gw.calls.setHighlights).toEqual([["Sheet1", []]]);
  });

  it("an edit during a 检查本表 waits for it, then is checked; the 检查本表 writes its highlights once", async () => {
    const { gw, ctl } = setup({ liveHighlighting: false });
    await ctl.start();
    gw.holdReads = true;
    const manual = ctl.checkNow();
    gw.fire({ kind: "edit", sheet: "Sheet1" });
    await jest.advanceTimersByTimeAsync(300);
    expect(gw.heldCount).toBe(1); // no second read while one is under way
    gw.holdReads = false;
    gw.release();
    await manual;
    await jest.advanceTimersByTimeAsync(100);
    expect(gw.calls.read).toBe(3);
    expect(gw.calls.setHighlights).toHaveLength(1);
  });

  it("a live read overtaken by a 检查本表 is dropped and the 检查本表's highlight refresh still happens", async () => {
    const { gw, ctl, results } = setup({ liveHighlighting: false });
    await ctl.start();
    gw.holdReads = true;
    gw.fire({ kind: "edit", sheet: "Sheet1" });
    await jest.advanceTimersByTimeAsync(100);
    const manual = ctl.checkNow();
    expect(gw.heldCount).toBe(2);
    gw.release([1, 0]);
    await manual;
    await jest.advanceTimersByTimeAsync(0);
    expect(results.map((r) => r.seq)).toEqual([1, 3]);
    expect(gw.calls.setHighlights).toHaveLength(1);
  });
});

describe("fixes", () => {
  it("stale fix: nothing written to the cell, the sheet is read again, result says stale", async () => {
    const { gw, ctl, results } = setup({ liveHighlighting: false });
    await ctl.start();
    const before = JSON.stringify(gw.sheets.get("Sheet1"));
    gw.fixResult = "stale";
    const r = await ctl.applyFixes("Sheet1", [fix("B2", "BAD", "ok")]);
    expect(r.status).toBe("stale");
    expect(JSON.stringify(gw.sheets.get("Sheet1"))).toBe(before);
    expect(gw.calls.read).toBe(2);
    expect(last(results).reason).toBe("fix");
    expect(gw.calls.setHighlights).toHaveLength(0);
  });

  it("applied fix: the fixed values are linted first and their highlights go with the fix, in one call, even with live off", async () => {
    const { gw, ctl, results } = setup({ liveHighlighting: false });
    await ctl.start();
    const r = await ctl.applyFixes("Sheet1", [fix("B2", "BAD", "ok")]);
    expect(r.status).toBe("applied");
    expect(gw.calls.applyFixes).toEqual([{ sheet: "Sheet1", fixes: [fix("B2", "BAD", "ok")], highlights: [] }]);
    expect(addresses(last(results).result)).toEqual([]);
    // no separate highlight write afterwards
    expect(gw.calls.setHighlights).toEqual([["Sheet1", []]]);
  });

  it("全部修复: several cells in one call, two fixes of one cell composed", async () => {
    const { gw, ctl } = setup({ liveHighlighting: false }, [{ name: "Sheet1", values: [["BAD", "BAD x BAD"]] }]);
    await ctl.start();
    const cell = "BAD x BAD";
    await ctl.applyFixes("Sheet1", [fix("A1", "BAD", "ok"), fix("B1", cell, "ok x BAD"), fix("B1", cell, "BAD x ok")]);
    expect(gw.calls.applyFixes).toHaveLength(1);
    expect(gw.calls.applyFixes[0].fixes.map((f) => `${f.address}=${f.to}`)).toEqual(["A1=ok", "B1=ok x ok"]);
    expect(gw.sheets.get("Sheet1")!.values).toEqual([["ok", "ok x ok"]]);
  });

  it("a throwing applyFixes is reported, not thrown", async () => {
    const { gw, ctl, errors } = setup();
    await ctl.start();
    gw.applyFixes = async () => {
      throw { zh: "写入失败", en: "Write failed" };
    };
    await expect(ctl.applyFixes("Sheet1", [fix("B2", "BAD", "ok")])).resolves.toMatchObject({ status: "failed" });
    expect(errors[0].error).toEqual({ zh: "写入失败", en: "Write failed" });
  });

  it("after Ctrl+Z (the host reports a change) the sheet is read again and the list is back", async () => {
    const { gw, ctl, results } = setup();
    await ctl.start();
    await ctl.applyFixes("Sheet1", [fix("B2", "BAD", "ok")]);
    expect(addresses(last(results).result)).toEqual([]);
    gw.edit("Sheet1", 2, 2, "BAD"); // what the undo puts back
    gw.fire({ kind: "edit", sheet: "Sheet1", address: "A1:B2" });
    await jest.advanceTimersByTimeAsync(100);
    expect(addresses(last(results).result)).toEqual(["B2:error"]);
    expect(last(gw.calls.setHighlights)).toEqual(["Sheet1", [{ address: "B2", severity: "error" }]]);
  });
});

describe("忽略此条", () => {
  it("an ignored finding leaves the list and the highlights, is kept in the workbook, and comes back on 恢复", async () => {
    const { gw, ctl, results } = setup({ liveHighlighting: false });
    await ctl.start();
    const view = last(results).result as PaneResult;
    const bad = view.findings[0];
    expect(await ctl.ignore(bad, "已与财政分局核实")).toBe(true);
    const after = last(results).result as PaneResult;
    expect(after.findings).toEqual([]);
    expect(after.ignored.map((i) => [i.finding.address, i.entry.reason])).toEqual([["B2", "已与财政分局核实"]]);
    expect(gw.storedIgnores).toMatchObject({
      version: 1,
      items: [{ sheet: "Sheet1", ruleId: "t/bad", address: "B2", reason: "已与财政分局核实" }],
    });
    expect(last(gw.calls.setHighlights)).toEqual(["Sheet1", []]); // a user action: written even with live off
    // a new session on the same workbook keeps it ignored
    const again = setup({ liveHighlighting: false });
    again.gw.storedIgnores = gw.storedIgnores;
    await again.ctl.start();
    expect(last(again.results).result.findings).toEqual([]);
    expect(await ctl.restore(after.ignored[0].entry)).toBe(true);
    expect(addresses(last(results).result)).toEqual(["B2:error"]);
    expect(gw.storedIgnores).toMatchObject({ items: [] });
  });

  it("a failed save is reported and changes nothing", async () => {
    const { gw, ctl, results, errors } = setup();
    await ctl.start();
    gw.saveIgnores = async () => {
      throw { zh: "保存失败", en: "Save failed" };
    };
    expect(await ctl.ignore(last(results).result.findings[0], "")).toBe(false);
    expect(errors).toHaveLength(1);
    expect(addresses(last(results).result)).toEqual(["B2:error"]);
  });
});

describe("errors, config, stop", () => {
  it("a failed read is reported with its seq and the loop keeps going", async () => {
    const { gw, ctl, errors, results } = setup();
    gw.readError = { zh: "读取失败", en: "Read failed" };
    await ctl.start();
    expect(errors).toEqual([{ seq: 1, error: { zh: "读取失败", en: "Read failed" } }]);
    gw.readError = null;
    gw.fire({ kind: "edit", sheet: "Sheet1" });
    await jest.advanceTimersByTimeAsync(300);
    expect(results).toHaveLength(1);
  });

  it("a changed config re-reads and re-lints with it; an equal config does nothing", async () => {
    const { gw, ctl, results, options } = setup({ liveHighlighting: false });
    await ctl.start();
    await ctl.setOptions({ ...options, config: { rules: { "t/bad": "off" } } });
    expect(gw.calls.read).toBe(2);
    expect(addresses(last(results).result)).toEqual([]);
    await ctl.setOptions({ ...options, config: { rules: { "t/bad": "off" } } });
    expect(gw.calls.read).toBe(2);
    expect(gw.calls.setHighlights).toHaveLength(0);
  });

  it("stop unsubscribes and ignores late changes and results", async () => {
    const { gw, ctl, results } = setup();
    await ctl.start();
    gw.fire({ kind: "edit", sheet: "Sheet1" });
    await ctl.stop();
    expect(gw.listenerCount).toBe(0);
    await jest.advanceTimersByTimeAsync(1000);
    expect(gw.calls.read).toBe(1);
    expect(results).toHaveLength(1);
  });

  it("never changes a cell: many edits and checks leave the user's values as they typed them", async () => {
    const { gw, ctl } = setup();
    await ctl.start();
    for (let i = 0; i < 5; i++) {
      gw.edit("Sheet1", 3, i + 1, i % 2 ? "BAD" : "typed");
      gw.fire({ kind: "edit", sheet: "Sheet1" });
      await jest.advanceTimersByTimeAsync(300);
      await ctl.checkNow();
    }
    expect(gw.sheets.get("Sheet1")!.values).toEqual([
      ["项目名称", "道路"],
      ["ok", "BAD"],
      ["typed", "BAD", "typed", "BAD", "typed"],
    ]);
    expect(gw.calls.applyFixes).toHaveLength(0);
  });
});
