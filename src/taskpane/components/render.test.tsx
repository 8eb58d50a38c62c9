/**
 * Server-side renders of the pane (node environment: no jsdom here). Effects do not run, so each
 * test hands the components a PaneContext value built from the pure reducer.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Capabilities } from "../../host/gateway";
import { uiStrings } from "../../domain/i18n";
import { PaneContext, type PaneActions, type PaneContextValue } from "../context/PaneContext";
import { GatewayProvider } from "../context/GatewayContext";
import { initialPaneState, paneReducer, type Action, type PaneState } from "../state/paneReducer";
import { block, finding, fix, result } from "../testing/fixtures";
import { DEFAULT_CAPABILITIES, FakeGateway } from "../testing/fakeGateway";
import { App } from "./App/App";
import { OutsideOffice } from "./OutsideOffice/OutsideOffice";
import { SettingsForm } from "./SettingsPanel/SettingsPanel";
import { UNDO_NOTE } from "../../wps/wps-gateway";
import { ErrorBoundary } from "./ErrorBoundary/ErrorBoundary";

const caps: Capabilities = { ...DEFAULT_CAPABILITIES };

const noop: PaneActions = { checkNow() {}, applyFix() {}, select() {}, saveSettings: async () => true };

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
      finding("C3", "error", { ruleId: "value/vague-target", blockId: "b1", fix: fix("C3", "<script>alert(1)</script>", "≥90%") }),
      finding("D4", "warning", { ruleId: "taxonomy/unknown-level2", category: "taxonomy", blockId: "b1" }),
      finding("A40", "info", { ruleId: "structure/shifted-row", category: "structure" }),
    ],
    [block("b1", "project", "A1:H30", "乡村<b>道路</b>维护")],
  );

describe("findings list", () => {
  it("renders one item per finding with its test id, grouped under the block heading", () => {
    const html = render(withResult("zh-CN", sample()));
    expect(html).toContain('data-testid="finding-C3-value/vague-target"');
    expect(html).toContain('data-testid="finding-D4-taxonomy/unknown-level2"');
    expect(html).toContain('data-testid="finding-A40-structure/shifted-row"');
    expect(html).toContain('data-testid="block-b1"');
    expect(html).toContain('data-testid="block-other"');
    expect(html).toContain("项目：乡村&lt;b&gt;道路&lt;/b&gt;维护");
  });

  it("shows workbook text as text, never as markup", () => {
    const html = render(withResult("zh-CN", sample()));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>道路");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; → ≥90%");
  });

  it("labels controls in the pane's language (English)", () => {
    const html = render(withResult("en-US", sample()));
    expect(html).toContain('aria-label="Fix C3: change “&lt;script&gt;alert(1)&lt;/script&gt;” to “≥90%”"');
    expect(html).toContain('aria-label="Error, C3: ');
    expect(html).toContain("Check this sheet");
    expect(html).toContain('aria-label="Filter by severity"');
    expect(html).not.toMatch(/aria-label="[^"]*[\u4e00-\u9fff][^"]*"/);
  });

  it("filters hide items and show the count", () => {
    const state = withResult("zh-CN", sample(), { type: "toggleSeverity", severity: "error" });
    const html = render(state);
    expect(html).not.toContain("finding-C3-");
    expect(html).toContain("finding-D4-");
    expect(html).toContain("显示 2 / 3 条");
  });

  it("says so when nothing matches, or when nothing was found", () => {
    const none = withResult("zh-CN", sample(), { type: "setSearch", text: "zzz-no-such" });
    expect(render(none)).toContain('data-testid="no-matches"');
    expect(render(withResult("zh-CN", result("S", [])))).toContain('data-testid="no-findings"');
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
      expect(zh).toContain("还有 1 个警告、0 个提示值得看一看。");
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
    expect(render(initialPaneState("zh-CN"), <App />, { capabilities: { ...caps, undoGrouping: true } })).not.toContain("live-off-note");
  });

  it("the live region carries the summary", () => {
    expect(render(withResult("en-US", sample()))).toMatch(/aria-live="polite"[^>]*>Check finished \(Sheet1\): 1 errors, 1 warnings, 1 info\./);
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
      { type: "settingsLoaded", load: { settings: initialPaneState("zh-CN").settings, problem: "invalid", raw: "x" } } as Action,
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
    expect(html.indexOf("Open this in Excel or WPS Spreadsheets")).toBeGreaterThan(html.indexOf("请在 Excel 或 WPS 表格中打开"));
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
    expect(renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{b.render()}</FluentProvider>)).toContain("The task pane hit an error");
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

  it("block and severity groups are heading buttons with aria-expanded controlling a region", () => {
    const html = render(withResult("zh-CN", sample()));
    const expanded = html.match(/<h[34][^>]*><button type="button"[^>]*aria-expanded="true" aria-controls="([^"]+)"/g) ?? [];
    // 2 blocks + (block b1: error, warning) + (other: info) = 5 collapsibles, all open
    expect(expanded).toHaveLength(5);
    expect(html.match(/role="region" aria-labelledby=/g)).toHaveLength(5);
  });

  it("each finding's main button carries the whole finding in its name; fix and details are separate", () => {
    const html = render(withResult("zh-CN", sample()));
    expect(html.match(/data-finding-main=""/g)).toHaveLength(3);
    expect(html).toContain('aria-label="错误，C3：');
    expect(html.match(/data-testid="finding-fix"/g)).toHaveLength(1);
    expect(html.match(/<summary[^>]*aria-label="规则详情：/g)).toHaveLength(3);
  });

  it("filter buttons report their state with aria-pressed", () => {
    const html = render(withResult("en-US", sample(), { type: "toggleCategory", category: "budget" }));
    expect(html).toMatch(/aria-pressed="false"[^>]*data-testid="filter-category-budget"/);
    expect(html).toMatch(/aria-pressed="true"[^>]*data-testid="filter-category-value"/);
    expect(html).toMatch(/<input[^>]*type="search"[^>]*aria-label="Search findings"/);
  });

  it("toasts go to the toast area, other notices to the message bars", () => {
    const s = [
      { type: "notify", transient: true, intent: "warning", title: "fixStaleTitle", body: { key: "fixStaleBody", data: { address: "E187" } } } as Action,
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
    for (const id of ["settings-framework-auto", "settings-floor", "settings-live-highlighting", "settings-highlights-shown", "settings-save", "settings-cancel"])
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
    const en = render(initialPaneState("en-US"), <SettingsForm onClose={() => {}} />, { capabilities: { ...caps, undoGrouping: true } });
    expect(en).toContain("live highlighting is on by default");
  });

  it("in WPS 表格 (add-in writes not undoable) it says so, and live highlighting starts off", () => {
    const wps = { ...caps, undoGrouping: false, undo: "not-recorded" as const, undoNote: UNDO_NOTE };
    const html = render(initialPaneState("zh-CN"), <SettingsForm onClose={() => {}} />, { capabilities: wps });
    expect(html).toContain("WPS 表格不为加载项的写入保留撤销记录");
    expect(html.match(/<input[^>]*data-testid="settings-live-highlighting"[^>]*>/)?.[0]).not.toContain("checked");
    expect(render(initialPaneState("en-US"), <SettingsForm onClose={() => {}} />, { capabilities: wps })).toContain("WPS Spreadsheets keeps no undo history");
  });
});
