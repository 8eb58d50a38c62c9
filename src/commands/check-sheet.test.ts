import * as domain from "../domain";
import { lintSheet, type SheetInput } from "../domain";
import type { Gateway, HighlightResult } from "../host/gateway";
import { findingKeys } from "../domain/ignores";
import { checkSheet, configFromSettings } from "./check-sheet";
import { GatewayError } from "../host/errors";

const SHEET: SheetInput = {
  name: "绩效目标表",
  values: [
    ["项目支出绩效目标表"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "培训人数", ">=100人"],
    ["效益指标", "社会效益指标", "满意度", "较好"],
  ],
};

interface Calls {
  highlights: { sheet: string; findings: unknown[] }[];
  writes: string[];
}

function fakeGateway(over: Partial<Gateway> = {}): { gateway: Gateway; calls: Calls } {
  const calls: Calls = { highlights: [], writes: [] };
  const result: HighlightResult = { writes: 1, syncs: 1 };
  const gateway: Gateway = {
    capabilities: async () => {
      throw new Error("not used");
    },
    readActiveSheet: async () => structuredClone(SHEET),
    subscribe: async () => async () => {},
    select: async () => {},
    readRange: async () => {
      throw new Error("not used");
    },
    applyFixes: async () => {
      calls.writes.push("applyFixes");
      return { status: "applied", applied: 1, stale: [], syncs: 2 };
    },
    loadIgnores: async () => null,
    saveIgnores: async () => {
      calls.writes.push("saveIgnores");
    },
    setHighlights: async (sheet, findings) => {
      calls.highlights.push({ sheet, findings: [...findings] });
      return result;
    },
    clearHighlights: async () => {
      calls.writes.push("clearHighlights");
      return result;
    },
    loadSettings: async () => null,
    saveSettings: async () => {
      calls.writes.push("saveSettings");
    },
    insertBlock: async () => {
      throw new Error("not used");
    },
    addIndicatorRows: async () => {
      throw new Error("not used");
    },
    loadUserTemplates: async () => null,
    saveUserTemplates: async () => {
      calls.writes.push("saveUserTemplates");
    },
    ...over,
  };
  return { gateway, calls };
}

function event() {
  const e = { count: 0, completed: () => void e.count++ };
  return e;
}

test("lints the active sheet and hands the engine's errors and warnings to setHighlights (not 提示), then completes once", async () => {
  const { gateway, calls } = fakeGateway();
  const ev = event();
  const out = await checkSheet(ev, gateway);
  const all = lintSheet(structuredClone(SHEET)).findings;
  const expected = all.filter((f) => f.severity !== "info").map((f) => ({ address: f.address, severity: f.severity }));
  // What SHEET holds, independent of lintSheet: required 一级指标 missing (reported on the header, A2:C2), 满意度
  // filed under 社会效益指标 (C4), and its target 较好 neither a percentage nor measurable (D4, twice); the >= of
  // D3 is only a note (info) and is not highlighted.
  expect(all.map((f) => `${f.ruleId} ${f.address} ${f.severity}`)).toEqual([
    "completeness/level1-missing A2:C2 error",
    "value/sign-format D3 info",
    "taxonomy/indicator-misfiled C4 warning",
    "value/satisfaction-percent D4 warning",
    "value/vague-target D4 warning",
  ]);
  expect(expected).toEqual([
    { address: "A2:C2", severity: "error" },
    { address: "C4", severity: "warning" },
    { address: "D4", severity: "warning" },
    { address: "D4", severity: "warning" },
  ]);
  expect(out).toEqual({ ok: true, sheet: SHEET.name, findings: 5, writes: 1 });
  expect(calls.highlights).toEqual([{ sheet: SHEET.name, findings: expected }]);
  expect(calls.writes).toEqual([]); // never edits values, never touches settings
  expect(ev.count).toBe(1);
});

test("findings the user ignored (忽略此条, kept in the workbook) are not highlighted", async () => {
  const input = structuredClone(SHEET);
  const result = lintSheet(input);
  const keys = findingKeys(result, input);
  const target = result.findings.findIndex((f) => f.severity !== "info");
  const f = result.findings[target];
  const store = {
    version: 1,
    items: [{ key: keys[target], sheet: SHEET.name, ruleId: f.ruleId, address: f.address, reason: "", at: "" }],
  };
  const { gateway, calls } = fakeGateway({ loadIgnores: async () => store });
  await checkSheet(event(), gateway);
  expect(calls.highlights[0].findings).not.toContainEqual({ address: f.address, severity: f.severity });
});

test("the config stored in the pane's settings reaches the engine; bad settings give the defaults", async () => {
  const spy = jest.spyOn(domain, "lintSheet");
  try {
    const good = { version: 1, config: { framework: "2021", satisfactionFloor: 90 }, highlightsShown: true };
    await checkSheet(event(), fakeGateway({ loadSettings: async () => good }).gateway);
    expect(spy.mock.calls.at(-1)?.[1]).toMatchObject({ framework: "2021", satisfactionFloor: 90 });

    for (const bad of [null, 42, "x", { framework: "2021" }, { version: 1, config: { framework: "1999" } }]) {
      const { gateway, calls } = fakeGateway({ loadSettings: async () => bad });
      const ev = event();
      const out = await checkSheet(ev, gateway);
      expect(spy.mock.calls.at(-1)?.[1]).toBeUndefined();
      expect(out.ok).toBe(true);
      expect(calls.highlights).toHaveLength(1);
      expect(ev.count).toBe(1);
    }
  } finally {
    spy.mockRestore();
  }
});

test("configFromSettings: defaults filled in for a valid config, undefined otherwise", () => {
  expect(configFromSettings({ version: 1, config: {} })).toEqual(domain.defaultConfig());
  expect(configFromSettings({ version: 1, config: { rules: { JX101: "loud" } } })).toBeUndefined();
  expect(configFromSettings(undefined)).toBeUndefined();
});

test.each([
  ["readActiveSheet", { readActiveSheet: async () => Promise.reject(new Error("RichApi.Error: busy")) }],
  ["setHighlights", { setHighlights: async () => Promise.reject(new Error("InvalidOperation")) }],
  ["loadSettings", { loadSettings: async () => Promise.reject("not an Error") }],
] as const)("when %s fails: completed() is still called once and the message is Chinese first", async (_n, over) => {
  const { gateway } = fakeGateway(over);
  const ev = event();
  const spy = jest.spyOn(console, "error").mockImplementation(() => {});
  const out = await checkSheet(ev, gateway);
  spy.mockRestore();
  expect(ev.count).toBe(1);
  expect(out.ok).toBe(false);
  if (!out.ok) {
    expect(out.message).toMatch(/^检查失败 \/ Check failed: /);
    expect(out.message).not.toMatch(/\n\s+at /); // no stack trace
  }
});

test("a gateway's error is shown in its words, Chinese then English (it carries a message id, not text)", async () => {
  const { gateway } = fakeGateway({ readActiveSheet: async () => Promise.reject(new GatewayError("not-in-office")) });
  const spy = jest.spyOn(console, "error").mockImplementation(() => {});
  const out = await checkSheet(event(), gateway);
  spy.mockRestore();
  expect(out).toEqual({
    ok: false,
    message:
      "检查失败 / Check failed: 未在 Excel 或 WPS 表格中运行，无法访问工作簿。 Not running inside Excel or WPS Spreadsheets, so the workbook is not available.",
  });
});
