import { lintSheet, toA1, type ConfigInput, type Finding, type LintResult, type SheetInput } from "../../domain";
import { FakeGateway } from "../testing/fakeGateway";
import { fix } from "../testing/fixtures";
import { LiveValidationController, type CheckReason, type LiveOptions } from "./LiveValidationController";

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
      { name: "Sheet1", values: [["项目名称", "道路"], ["ok", "BAD"]] },
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
    const gw = new FakeGateway([{ name: "表1", values: [["项目名称", "x"]] }]);
    const got: LintResult[] = [];
    const ctl = new LiveValidationController({ gateway: gw }, { config: {}, liveHighlighting: false, highlightsShown: true }, {
      onCheckStarted: () => {},
      onResult: (_s, r) => got.push(r),
      onError: (_s, e) => {
        throw e;
      },
    });
    await ctl.start();
    expect(got).toHaveLength(1);
    expect(got[0].sheet).toBe("表1");
    expect(got[0]).toEqual(lintSheet({ name: "表1", values: [["项目名称", "x"]] }, {}));
  });
});

describe("debounce", () => {
  it("coalesces 10 rapid changes into 1 read, 50 ms after the last", async () => {
    const { gw, ctl, results } = setup();
    await ctl.start();
    const before = gw.calls.read;
    for (let i = 0; i < 10; i++) {
      gw.fire({ kind: "edit", sheet: "Sheet1", address: `A${i + 1}` });
      await jest.advanceTimersByTimeAsync(30);
    }
    // last event at 270 ms; the read follows at 320 ms (before the 600 ms cap)
    expect(gw.calls.read).toBe(before);
    await jest.advanceTimersByTimeAsync(19);
    expect(gw.calls.read).toBe(before);
    await jest.advanceTimersByTimeAsync(1);
    expect(gw.calls.read).toBe(before + 1);
    await jest.advanceTimersByTimeAsync(2000);
    expect(gw.calls.read).toBe(before + 1);
    expect(results).toHaveLength(2);
  });

  it("a stream of events cannot starve the list: a read at least every 600 ms", async () => {
    const { gw, ctl } = setup();
    await ctl.start();
    const before = gw.calls.read;
    for (let i = 0; i < 60; i++) {
      gw.fire({ kind: "edit", sheet: "Sheet1", address: `A${i + 1}` });
      await jest.advanceTimersByTimeAsync(40); // 2.4 s of events, never 50 ms apart
    }
    expect(gw.calls.read - before).toBeGreaterThanOrEqual(3);
    expect(gw.calls.read - before).toBeLessThanOrEqual(5);
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

  it("a 检查本表 overtaken by a live read still gets its highlight refresh", async () => {
    const { gw, ctl } = setup({ liveHighlighting: false });
    await ctl.start();
    gw.holdReads = true;
    const manual = ctl.checkNow();
    gw.fire({ kind: "edit", sheet: "Sheet1" });
    await jest.advanceTimersByTimeAsync(300);
    expect(gw.heldCount).toBe(2);
    gw.release();
    await manual;
    await jest.advanceTimersByTimeAsync(0);
    expect(gw.calls.setHighlights).toHaveLength(1);
  });
});

describe("fixes", () => {
  it("stale fix: nothing written to the cell, re-lint runs, result says stale", async () => {
    const { gw, ctl, results } = setup({ liveHighlighting: false });
    await ctl.start();
    const before = JSON.stringify(gw.sheets.get("Sheet1"));
    gw.fixResult = "stale";
    const r = await ctl.applyFix("Sheet1", fix("B2", "BAD", "ok"));
    expect(r).toBe("stale");
    expect(JSON.stringify(gw.sheets.get("Sheet1"))).toBe(before);
    expect(gw.calls.read).toBe(2);
    expect(last(results).reason).toBe("fix");
    expect(gw.calls.setHighlights).toHaveLength(0);
  });

  it("applied fix: re-lint, and the highlight follows even with live off", async () => {
    const { gw, ctl, results } = setup({ liveHighlighting: false });
    await ctl.start();
    const r = await ctl.applyFix("Sheet1", fix("B2", "BAD", "ok"));
    expect(r).toBe("applied");
    expect(addresses(last(results).result)).toEqual([]);
    expect(gw.calls.setHighlights).toEqual([["Sheet1", []]]);
  });

  it("a throwing applyFix is reported, not thrown", async () => {
    const { gw, ctl, errors } = setup();
    await ctl.start();
    gw.applyFix = async () => {
      throw { zh: "写入失败", en: "Write failed" };
    };
    await expect(ctl.applyFix("Sheet1", fix("B2", "BAD", "ok"))).resolves.toBe("failed");
    expect(errors[0].error).toEqual({ zh: "写入失败", en: "Write failed" });
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
    expect(gw.calls.applyFix).toHaveLength(0);
  });
});
