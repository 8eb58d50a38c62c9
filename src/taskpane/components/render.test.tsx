/**
 * Server-side renders of the pane (node environment: no jsdom here). Effects do not run, so each
 * test hands the components a PaneContext value built from the pure reducer.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Capabilities } from "../../host/gateway";
import { uiStrings } from "../../domain/i18n";
import { allRules } from "../../domain/rules/index";
import { PaneContext, type PaneActions, type PaneContextValue } from "../context/PaneContext";
import { GatewayProvider } from "../context/GatewayContext";
import { initialPaneState, paneReducer, type Action, type PaneState } from "../state/paneReducer";
import { block, finding, fix, result } from "../testing/fixtures";
import { DEFAULT_CAPABILITIES, FakeGateway } from "../testing/fakeGateway";
import { App } from "./App/App";
import { OutsideOffice } from "./OutsideOffice/OutsideOffice";
import { SettingsForm } from "./SettingsPanel/SettingsPanel";
import { ErrorBoundary } from "./ErrorBoundary/ErrorBoundary";

const caps: Capabilities = { ...DEFAULT_CAPABILITIES };

const noop: PaneActions = {
  checkNow() {},
  applyFixes: async () => true,
  ignore: async () => true,
  restore: async () => true,
  select() {},
  saveSettings: async () => true,
};

function render(state: PaneState, node = <App />, opts: { dark?: boolean; capabilities?: Capabilities } = {}): string {
  const value: PaneContextValue = {
    state,
    dispatch: () => {},
    strings: uiStrings(state.locale),
    capabilities: opts.capabilities ?? caps,
    liveHighlighting: opts.capabilities?.undoGrouping ?? false,
    actions: noop,
  };
  return renderToStaticMarkup(
    <FluentProvider theme={opts.dark ? webDarkTheme : webLightTheme}>
      <GatewayProvider gateway={new FakeGateway()}>
        <PaneContext.Provider value={value}>{node}</PaneContext.Provider>
      </GatewayProvider>
    </FluentProvider>,
  );
}

const withResult = (locale: "zh-CN" | "en-US", r: ReturnType<typeof result>, ...more: Action[]) =>
  [{ type: "checkStarted", seq: 1 } as Action, { type: "checkFinished", seq: 1, result: r } as Action, ...more].reduce(
    paneReducer,
    initialPaneState(locale),
  );

const sample = () =>
  result(
    "Sheet1",
    [
      finding("C3", "error", {
        ruleId: "value/vague-target",
        blockId: "b1",
        fix: fix("C3", "<script>alert(1)</script>", "≥90%"),
      }),
      finding("D4", "warning", { ruleId: "taxonomy/level2-unknown", category: "taxonomy", blockId: "b1" }),
      finding("A40", "info", { ruleId: "structure/row-shifted", category: "structure" }),
    ],
    [block("b1", "project", "A1:H30", "乡村<b>道路</b>维护")],
  );

describe("findings list", () => {
  it("renders one item per finding with its test id and its block; 提示 are hidden unless asked for", () => {
    const html = render(withResult("zh-CN", sample()));
    expect(html).toContain('data-testid="finding-C3-value/vague-target"');
    expect(html).toContain('data-testid="finding-D4-taxonomy/level2-unknown"');
    expect(html).not.toContain('data-testid="finding-A40-structure/row-shifted"');
    expect(html).toContain('data-testid="infos-hidden"');
    expect(html).toContain("另有 1 条提示");
    expect(html).toContain("项目：乡村&lt;b&gt;道路&lt;/b&gt;维护");
    const infos = render(withResult("zh-CN", sample(), { type: "toggleSeverity", severity: "info" }));
    expect(infos).toContain('data-testid="finding-A40-structure/row-shifted"');
    expect(infos).not.toContain("finding-C3-");
  });

  it("the same kind in several places is one line with a count and 全部修复 (N); rule codes only in 详情", () => {
    const vague = (a: string, text: string) =>
      finding(a, "warning", {
        ruleId: "value/latex-leftover",
        messageId: "latex",
        data: { text },
        fix: fix(a, text, "≥95%"),
        blockId: "b1",
      });
    const r = result(
      "S",
      [vague("E187", "$\\geq$ 95%"), vague("F187", "$\\geq$ 95%"), vague("E189", "$\\geq$ 80%")],
      [block("b1", "project", "A1:H300", "甲")],
    );
    const html = render(withResult("zh-CN", r));
    expect(html).toMatch(/data-testid="kind-value\/latex-leftover"[^>]*data-count="3"/);
    expect(html).toContain("全部修复（3）");
    expect(html).toContain("共 3 处");
    expect(html).not.toContain("finding-E187-"); // collapsed until opened
    expect(html).not.toMatch(/JX\d{3}/);
  });

  it("a fix shows the change, not the whole cell; workbook text is text, never markup", () => {
    const long = `1、1-产出指标；22-社会效益；${"宣传活动；实施周期指标值：不少于10场。".repeat(30)}`;
    const r = result("S", [
      finding("G16", "error", {
        ruleId: "taxonomy/level2-wrong-parent",
        fix: fix("G16", long, long.replace("1、1-产出", "1、2-效益")),
      }),
    ]);
    const html = render(withResult("zh-CN", r));
    expect(html).toMatch(/<del[^>]*>1-产出<\/del><ins[^>]*>2-效益<\/ins>/);
    expect(html).not.toContain(long.slice(0, 60));
    const own = render(withResult("zh-CN", sample()));
    expect(own).not.toContain("<script>");
    expect(own).not.toContain("<b>道路");
    expect(own).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("labels controls in the pane's language (English)", () => {
    const html = render(withResult("en-US", sample()));
    expect(html).toContain('aria-label="Fix C3: change “&lt;script&gt;alert(1)&lt;/script&gt;” to “≥90%”"');
    expect(html).toContain('aria-label="Error, C3: ');
    expect(html).toContain("Check this sheet");
    expect(html).toContain('aria-label="Filter by severity"');
    expect(html).not.toMatch(/aria-label="[^"]*[\u4e00-\u9fff][^"]*"/);
  });

  it("filters show only what is pressed and the count", () => {
    const state = withResult("zh-CN", sample(), { type: "toggleSeverity", severity: "warning" });
    const html = render(state);
    expect(html).not.toContain("finding-C3-");
    expect(html).toContain("finding-D4-");
    expect(html).toContain("显示 1 / 3 条");
  });

  it("says so when nothing matches, or when nothing was found; lists 已忽略", () => {
    const none = withResult("zh-CN", sample(), { type: "setSearch", text: "zzz-no-such" });
    expect(render(none)).toContain('data-testid="no-matches"');
    expect(render(withResult("zh-CN", result("S", [])))).toContain('data-testid="no-findings"');
    const ignoredFinding = finding("E9", "warning", { ruleId: "value/vague-target" });
    const withIgnored = result(
      "S",
      [],
      [],
      [
        {
          finding: ignoredFinding,
          entry: {
            key: "k",
            sheet: "S",
            ruleId: "value/vague-target",
            address: "E9",
            reason: "已核实",
            at: "2025-03-01",
          },
        },
      ],
    );
    const html = render(withResult("zh-CN", withIgnored));
    expect(html).toContain('data-testid="ignored"');
    expect(html).toContain("已忽略（1）");
  });
});

describe("summary", () => {
  it("errors → not ready, with counts", () => {
    const html = render(withResult("zh-CN", sample()));
    expect(html).toContain('data-testid="not-ready"');
    expect(html).not.toContain('data-testid="no-errors"');
    expect(html).toMatch(/data-testid="summary-count-error" data-count="1"/);
    expect(html).toContain("有 1 个错误，提交前请修正");
  });

  it("no errors → 未发现错误 / No errors found (never 可以提交), in both themes", () => {
    const r = result("S", [finding("A1", "warning")], [block("p1", "project", "A1:F9")]);
    for (const dark of [false, true]) {
      const zh = render(withResult("zh-CN", r), <App />, { dark });
      expect(zh).toContain("未发现错误");
      expect(zh).toContain("还有 1 个警告值得看一看。");
      expect(zh).not.toContain("可以提交");
      expect(render(withResult("en-US", r), <App />, { dark })).toContain('data-testid="no-errors"');
    }
  });

  it("nothing recognised on the sheet → 未识别到绩效目标表, no clean verdict", () => {
    const html = render(withResult("zh-CN", result("S", [])));
    expect(html).toContain('data-testid="unrecognised"');
    expect(html).toContain("未识别到绩效目标表");
    expect(html).not.toContain("未发现错误");
    expect(html).not.toContain('data-testid="no-errors"');
  });

  it("before any check: no verdict", () => {
    const html = render(initialPaneState("zh-CN"));
    expect(html).toContain("尚未检查");
    expect(html).not.toContain("no-errors");
    expect(html).not.toContain("not-ready");
  });

  it("live highlighting off → the note near 检查本表 explains why", () => {
    expect(render(initialPaneState("zh-CN"))).toContain('data-testid="live-off-note"');
    expect(render(initialPaneState("zh-CN"), <App />, { capabilities: { ...caps, undoGrouping: true } })).not.toContain(
      "live-off-note",
    );
  });

  it("the live region carries the summary", () => {
    expect(render(withResult("en-US", sample()))).toMatch(
      /aria-live="polite"[^>]*>Check finished \(Sheet1\): 1 errors, 1 warnings, 1 info\./,
    );
  });
});

describe("views and messages", () => {
  it("?view=templates shows the templates view, loaded on demand (its own tests: tests/insert/templates-view.test.tsx)", () => {
    const html = render(initialPaneState("zh-CN", "templates"));
    expect(html).toContain('data-testid="templates-loading"');
    expect(html).toContain("正在加载模板…");
  });

  it("bad stored settings and gateway errors show dismissible messages in the pane's language", () => {
    const s = [
      {
        type: "settingsLoaded",
        load: { settings: initialPaneState("zh-CN").settings, problem: "invalid", raw: "x" },
      } as Action,
      { type: "checkStarted", seq: 1 } as Action,
      { type: "checkFailed", seq: 1, error: { zh: "读取失败", en: "Read failed" } } as Action,
    ].reduce(paneReducer, initialPaneState("en-US"));
    const html = render(s);
    expect(html).toContain('data-testid="settings-problem"');
    expect(html).toContain("Settings could not be read");
    expect(html).toContain("Read failed");
    expect(html).not.toContain("读取失败");
    expect(html.match(/aria-label="Dismiss"/g)).toHaveLength(2);
  });

  it("outside Office and WPS: Chinese then English, naming both hosts", () => {
    const html = renderToStaticMarkup(<OutsideOffice />);
    expect(html.indexOf("请在 Excel 或 WPS 表格中打开")).toBeGreaterThanOrEqual(0);
    expect(html.indexOf("Open this in Excel or WPS Spreadsheets")).toBeGreaterThan(
      html.indexOf("请在 Excel 或 WPS 表格中打开"),
    );
  });

  it("a render error is caught by the boundary", () => {
    const Boom = () => {
      throw new Error("boom");
    };
    const spy = jest.spyOn(console, "error").mockImplementation(() => {});
    // renderToStaticMarkup does not run boundaries; the static method is what React calls.
    expect(ErrorBoundary.getDerivedStateFromError()).toEqual({ failed: true });
    const b = new ErrorBoundary({ locale: "en-US", children: <Boom /> });
    b.state = { failed: true };
    expect(renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{b.render()}</FluentProvider>)).toContain(
      "The task pane hit an error",
    );
    spy.mockRestore();
  });
});

describe("keyboard and screen-reader structure", () => {
  it("tabs are an ARIA tablist with one selected tab in the tab order", () => {
    const html = render(initialPaneState("en-US", "templates"));
    expect(html).toContain('role="tablist" aria-label="View"');
    expect(html).toMatch(/role="tab" aria-selected="true" tabindex="0"[^>]*data-testid="tab-templates"/);
    expect(html).toMatch(/role="tab" aria-selected="false" tabindex="-1"[^>]*data-testid="tab-check"/);
  });

  it("one Tab stop per finding: fix, ignore and details are reached with → (tabindex -1)", () => {
    const html = render(withResult("zh-CN", sample()));
    expect(html.match(/data-finding-main=""/g)).toHaveLength(2);
    expect(html).toContain('aria-label="错误，C3：');
    const actions = html.match(/<button[^>]*data-finding-action=""[^>]*>/g) ?? [];
    expect(actions.length).toBe(5); // C3: fix, ignore, details; D4: ignore, details
    for (const a of actions) expect(a).toContain('tabindex="-1"');
    expect(html.match(/data-testid="finding-fix"/g)).toHaveLength(1);
    expect(html).toMatch(/aria-describedby="jixiao-keys"/);
  });

  it("filter buttons report their state with aria-pressed: none pressed at first, then the one pressed", () => {
    expect(render(withResult("en-US", sample()))).toMatch(
      /aria-pressed="false"[^>]*data-testid="filter-severity-error"/,
    );
    const html = render(withResult("en-US", sample(), { type: "toggleCategory", category: "value" }));
    expect(html).toMatch(/aria-pressed="false"[^>]*data-testid="filter-category-taxonomy"/);
    expect(html).toMatch(/aria-pressed="true"[^>]*data-testid="filter-category-value"/);
    expect(html).toMatch(/<input[^>]*type="search"[^>]*aria-label="Search findings"/);
  });

  it("toasts go to the toast area, other notices to the message bars", () => {
    const s = [
      {
        type: "notify",
        transient: true,
        intent: "warning",
        title: "fixStaleTitle",
        body: { key: "fixStaleBody", data: { address: "E187" } },
      } as Action,
      { type: "notify", transient: true, intent: "success", title: "fixApplied", data: { address: "F9" } } as Action,
    ].reduce(paneReducer, initialPaneState("zh-CN"));
    const html = render(s);
    expect(html).not.toContain('data-testid="notices"');
    expect(html).toMatch(/data-testid="toasts"[^>]*>.*单元格已更改.*E187 的内容已与检查时不同.*已修复 F9/s);
  });
});

describe("settings form", () => {
  it("shows framework, floor, highlighting switches with the undo note, and test ids", () => {
    const html = render(initialPaneState("zh-CN"), <SettingsForm onClose={() => {}} />);
    for (const id of [
      "settings-framework-auto",
      "settings-floor",
      "settings-live-highlighting",
      "settings-highlights-shown",
      "settings-save",
      "settings-cancel",
    ])
      expect(html).toContain(`data-testid="${id}"`);
    expect(html).toContain("默认关闭实时高亮");
    // test ids sit on the native inputs (role switch / radio), so browser tests can check() them
    const tag = (testId: string) => html.match(new RegExp(`<input[^>]*data-testid="${testId}"[^>]*>`))?.[0] ?? "";
    expect(tag("settings-live-highlighting")).toContain('role="switch"');
    expect(tag("settings-live-highlighting")).not.toContain("checked");
    expect(tag("settings-highlights-shown")).toContain('checked=""');
    expect(tag("settings-framework-auto")).toContain('type="radio"');
    expect(tag("settings-framework-auto")).toContain('checked=""');
    expect(tag("settings-framework-2021")).not.toContain("checked");
    const en = render(initialPaneState("en-US"), <SettingsForm onClose={() => {}} />, {
      capabilities: { ...caps, undoGrouping: true },
    });
    expect(en).toContain("live highlighting is on by default");
  });

  it("in WPS 表格 (add-in writes not undoable) it says so, and live highlighting starts off", () => {
    const wps = { ...caps, undoGrouping: false, undo: "not-recorded" as const, undoNote: "wps-undo-note" as const };
    const html = render(initialPaneState("zh-CN"), <SettingsForm onClose={() => {}} />, { capabilities: wps });
    expect(html).toContain("WPS 表格不为加载项的写入保留撤销记录");
    expect(html.match(/<input[^>]*data-testid="settings-live-highlighting"[^>]*>/)?.[0]).not.toContain("checked");
    expect(render(initialPaneState("en-US"), <SettingsForm onClose={() => {}} />, { capabilities: wps })).toContain(
      "WPS Spreadsheets keeps no undo history",
    );
  });
});

describe("the findings rendered here are from real rules", () => {
  const ids = [
    ...new Set([
      ...sample().findings.map((f) => f.ruleId),
      "value/latex-leftover",
      "taxonomy/level2-wrong-parent",
      "value/vague-target",
    ]),
  ];
  it.each(ids)("%s is a rule of src/domain/rules", (id) => {
    expect(allRules.map((r) => r.id)).toContain(id);
  });
});
