import { initialPaneState, MAX_NOTICES, paneReducer, type Action, type PaneState } from "./paneReducer";
import {
  announcement,
  blockHeading,
  filterFindings,
  filtersActive,
  groupByKind,
  highlightKey,
  verdictOf,
  messageOf,
  selectSummary,
} from "./selectors";
import { block, finding, result } from "../testing/fixtures";
import { defaultPaneSettings } from "./settings";

const run = (state: PaneState, ...actions: Action[]) => actions.reduce(paneReducer, state);

describe("checks and stale results", () => {
  const r1 = result("Sheet1", [finding("C3", "error")]);
  const r2 = result("Sheet1", [finding("C4", "warning")]);

  it("checkStarted → checking; checkFinished shows the result and counts the check", () => {
    const s = run(initialPaneState("zh-CN"), { type: "checkStarted", seq: 1 });
    expect(s.checking).toBe(true);
    const d = paneReducer(s, { type: "checkFinished", seq: 1, result: r1 });
    expect(d.checking).toBe(false);
    expect(d.result).toBe(r1);
    expect(d.checks).toBe(1);
  });

  it("drops a result when a newer check has started", () => {
    const s = run(
      initialPaneState("zh-CN"),
      { type: "checkStarted", seq: 1 },
      { type: "checkStarted", seq: 2 },
      { type: "checkFinished", seq: 1, result: r1 },
    );
    expect(s.result).toBeNull();
    expect(s.checking).toBe(true);
    const d = paneReducer(s, { type: "checkFinished", seq: 2, result: r2 });
    expect(d.result).toBe(r2);
  });

  it("drops a result older than the one shown", () => {
    const s = run(
      initialPaneState("zh-CN"),
      { type: "checkStarted", seq: 1 },
      { type: "checkStarted", seq: 2 },
      { type: "checkFinished", seq: 2, result: r2 },
      { type: "checkFinished", seq: 1, result: r1 },
    );
    expect(s.result).toBe(r2);
    expect(s.checks).toBe(1);
  });

  it("a failed check adds an error notice with the gateway's zh + en text and keeps the last result", () => {
    const s = run(
      initialPaneState("zh-CN"),
      { type: "checkStarted", seq: 1 },
      { type: "checkFinished", seq: 1, result: r1 },
      { type: "checkStarted", seq: 2 },
      { type: "checkFailed", seq: 2, error: { zh: "读取失败", en: "Read failed" } },
    );
    expect(s.result).toBe(r1);
    expect(s.checking).toBe(false);
    expect(s.notices).toEqual([
      { id: 1, intent: "error", title: "errorTitle", body: { text: { zh: "读取失败", en: "Read failed" } } },
    ]);
  });
});

describe("summary and its verdict", () => {
  const read = (r: ReturnType<typeof result>) => ({ ...r, blocks: [block("p1", "project", "A1:F9")] });
  it("no result → unchecked; nothing read → unrecognised; any error → errors; else noErrors / clean", () => {
    expect(verdictOf(null)).toBe("unchecked");
    const ok = read(result("S", [finding("A1", "warning"), finding("A2", "info")]));
    expect(selectSummary(ok)).toEqual({ errors: 0, warnings: 1, infos: 1 });
    expect(verdictOf(ok)).toBe("noErrors");
    expect(verdictOf(read(result("S", [])))).toBe("clean");
    expect(verdictOf(result("S", []))).toBe("unrecognised");
    const bad = read(result("S", [finding("A1", "error"), finding("A2", "error"), finding("A3", "info")]));
    expect(selectSummary(bad)).toEqual({ errors: 2, warnings: 0, infos: 1 });
    expect(verdictOf(bad)).toBe("errors");
  });

  it("the announcement says the counts and the verdict in the pane's language", () => {
    const ok = read(result("表1", [finding("A1", "warning")]));
    expect(announcement({ result: ok, locale: "zh-CN" })).toBe(
      "检查完成（表1）：0 个错误，1 个警告，0 个提示。 未发现错误。",
    );
    expect(announcement({ result: result("表1", []), locale: "zh-CN" })).toBe(
      "检查完成（表1）：0 个错误，0 个警告，0 个提示。 未识别到绩效目标表。",
    );
    const bad = result("Sheet1", [finding("A1", "error")]);
    expect(announcement({ result: bad, locale: "en-US" })).toBe(
      "Check finished (Sheet1): 1 errors, 0 warnings, 0 info.",
    );
    expect(announcement({ result: null, locale: "en-US" })).toBe("");
  });
});

describe("filters", () => {
  const fs = [
    finding("C3", "error", { category: "value", code: "JX201", messageId: "vague" }),
    finding("C4", "warning", { category: "taxonomy", code: "JX301" }),
    finding("D9", "info", { category: "budget", code: "JX501" }),
  ];

  it("chips mean 'show only this': none pressed = errors and warnings (提示 hidden), pressed ones only, several allowed", () => {
    const s0 = initialPaneState("zh-CN");
    expect(filtersActive(s0.filters)).toBe(false);
    expect(filterFindings(fs, s0.filters, "zh-CN").map((f) => f.address)).toEqual(["C3", "C4"]);
    let s = run(s0, { type: "toggleSeverity", severity: "error" });
    expect(s.filters.severities).toEqual(["error"]);
    expect(filtersActive(s.filters)).toBe(true);
    expect(filterFindings(fs, s.filters, "zh-CN").map((f) => f.address)).toEqual(["C3"]);
    s = run(s, { type: "toggleSeverity", severity: "info" });
    expect(s.filters.severities).toEqual(["error", "info"]);
    expect(filterFindings(fs, s.filters, "zh-CN").map((f) => f.address)).toEqual(["C3", "D9"]);
    s = run(s, { type: "toggleCategory", category: "budget" });
    expect(filterFindings(fs, s.filters, "zh-CN").map((f) => f.address)).toEqual(["D9"]);
    s = run(s, { type: "toggleSeverity", severity: "error" }, { type: "toggleSeverity", severity: "info" });
    expect(s.filters.severities).toEqual([]);
    expect(filterFindings(fs, s.filters, "zh-CN").map((f) => f.address)).toEqual([]); // budget has only the 提示
    s = run(s, { type: "clearFilters" });
    expect(filtersActive(s.filters)).toBe(false);
    expect(filterFindings(fs, s.filters, "zh-CN")).toHaveLength(2);
  });

  it("text search matches address, code and message, case- and width-insensitively, all terms", () => {
    const s0 = initialPaneState("en-US");
    const q = (text: string) =>
      filterFindings(fs, paneReducer(s0, { type: "setSearch", text }).filters, "en-US").map((f) => f.address);
    expect(q("ｊｘ３０１")).toEqual(["C4"]);
    expect(q(messageOf(fs[0], "en-US"))).toContain("C3");
    expect(q("JX201 c4")).toEqual([]);
    expect(q("   ")).toEqual(["C3", "C4"]);
    expect(q("d9")).toEqual([]); // a 提示: hidden unless asked for
  });
});

describe("grouping by kind", () => {
  const blocks = [block("b1", "project", "A1:H20", "乡村道路维护"), block("b2", "table", "A22:H40")];
  const vague = (address: string, text: string, blockId: string) =>
    finding(address, "warning", { ruleId: "value/vague-target", messageId: "vague", data: { text }, blockId });

  it("one line per kind however often it occurs, errors first, then by first place on the sheet", () => {
    const fs = [
      vague("E30", "明显", "b2"),
      finding("C9", "error", { ruleId: "taxonomy/level1-unknown", messageId: "unknown", blockId: "b1" }),
      vague("E5", "提升", "b1"),
      finding("D2", "info", { ruleId: "completeness/placeholder", messageId: "empty" }),
      vague("E7", "明显", "b1"),
    ];
    const g = groupByKind(fs);
    expect(g.map((x) => [x.severity, x.ruleId, x.findings.map((f) => f.address)])).toEqual([
      ["error", "taxonomy/level1-unknown", ["C9"]],
      ["warning", "value/vague-target", ["E5", "E7", "E30"]],
      ["info", "completeness/placeholder", ["D2"]],
    ]);
  });

  it("names blocks by title, else address", () => {
    expect(blockHeading(blocks[0], "zh-CN")).toBe("项目：乡村道路维护");
    expect(blockHeading(blocks[1], "en-US")).toBe("Indicator table: A22:H40");
    expect(blockHeading(null, "zh-CN")).toBe("其他（不在任何表块中）");
  });
});

describe("highlight key", () => {
  it("depends only on the set of address+severity pairs", () => {
    const a = [finding("C3", "error"), finding("C4", "warning"), finding("C3", "error")];
    const b = [finding("C4", "warning"), finding("C3", "error")];
    expect(highlightKey(a)).toBe(highlightKey(b));
    expect(highlightKey(b)).not.toBe(highlightKey([finding("C4", "error"), finding("C3", "error")]));
    expect(highlightKey([])).toBe("");
  });
});

describe("settings and notices", () => {
  it("bad settings: defaults + problem flag, raw kept; dismissing keeps the raw; saving replaces it", () => {
    const raw = { version: 1, config: { satisfactionFloor: 500 } };
    let s = paneReducer(initialPaneState("zh-CN"), {
      type: "settingsLoaded",
      load: { settings: defaultPaneSettings(), problem: "invalid", raw },
    });
    expect(s.settingsLoaded).toBe(true);
    expect(s.settingsProblem).toBe("invalid");
    s = paneReducer(s, { type: "dismissSettingsProblem" });
    expect(s.settingsProblem).toBeNull();
    expect(s.storedRaw).toBe(raw);
    const saved = { ...defaultPaneSettings(), highlightsShown: false };
    s = run(s, { type: "openSettings", open: true }, { type: "settingsSaved", settings: saved });
    expect(s.storedRaw).toBe(saved);
    expect(s.settings).toBe(saved);
    expect(s.settingsOpen).toBe(false);
  });

  it("notices get increasing ids, can be dismissed, and are capped", () => {
    let s = initialPaneState("zh-CN");
    for (let i = 0; i < MAX_NOTICES + 2; i++)
      s = paneReducer(s, {
        type: "notify",
        intent: "warning",
        title: "fixStaleTitle",
        body: { key: "fixStaleBody", data: { address: `A${i}` } },
      });
    expect(s.notices).toHaveLength(MAX_NOTICES);
    expect(s.notices[0].id).toBe(3);
    s = paneReducer(s, { type: "dismissNotice", id: 4 });
    expect(s.notices.map((n) => n.id)).toEqual([3, 5, 6, 7]);
  });

  it("switches view", () => {
    expect(paneReducer(initialPaneState("zh-CN"), { type: "setView", view: "templates" }).view).toBe("templates");
  });
});
