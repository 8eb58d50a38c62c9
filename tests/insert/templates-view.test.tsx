/**
 * The templates view: its pure logic (form → block, library rows, stored user templates) and
 * server-side renders in both languages (node environment, no jsdom: effects do not run).
 */
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { lintSheet } from "../../src/domain";
import { uiStrings } from "../../src/domain/i18n";
import { TEMPLATES, blockToSheet, exportTemplates, type Template } from "../../src/domain/templates";
import { GatewayProvider } from "../../src/taskpane/context/GatewayContext";
import { PaneContext, type PaneContextValue } from "../../src/taskpane/context/PaneContext";
import { initialPaneState, paneReducer, shownResult, type PaneState } from "../../src/taskpane/state/paneReducer";
import { FakeGateway } from "../../src/taskpane/testing/fakeGateway";
import { TemplatesView } from "../../src/taskpane/components/Templates/TemplatesView";
import {
  buildFromForm,
  initialForm,
  libraryRowsFor,
  mergeTemplates,
  paramsFromForm,
  readUserTemplates,
  storedUserTemplates,
  templateByKey,
  type Library,
} from "../../src/taskpane/components/Templates/templatesLogic";

const lib: Library = { builtIn: TEMPLATES, user: [] };

describe("form → block", () => {
  test("typed fields go into the block; blanks take the defaults and are the cells still to fill", () => {
    const v = {
      ...initialForm(),
      name: " 乡村道路养护 ",
      dept: "某镇农业办",
      budget: "1,250,000",
      budgetYear: "2025",
      startYear: "2025",
      endYear: "2027",
    };
    expect(paramsFromForm(v, templateByKey(lib, v.template))).toEqual({
      name: "乡村道路养护",
      dept: "某镇农业办",
      budget: "1,250,000",
      budgetYear: "2025",
      startYear: "2025",
      endYear: "2027",
    });
    const r = buildFromForm(v, lib, 2025);
    if (!r.ok) throw new Error(r.error.en);
    expect(r.block.cells.flat()).toEqual(expect.arrayContaining(["乡村道路养护", "某镇农业办", 1250000]));
    expect(r.block.required).toHaveLength(2); // 实施周期总目标 and 年度目标 are still the defaults
    const bare = buildFromForm(initialForm(), lib, 2025);
    expect(bare.ok && bare.block.required.length).toBeGreaterThan(r.ok ? r.block.required.length : 0);
    expect(lintSheet(blockToSheet(r.block)).findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("bad input gives a message in both languages, no block", () => {
    const r = buildFromForm({ ...initialForm(), startYear: "2026", endYear: "2024" }, lib, 2025);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.zh).toMatch(/起始年度不能晚于到期年度/);
      expect(r.error.en).toMatch(/start year/);
    }
    expect(buildFromForm({ ...initialForm(), template: "b:nope" }, lib).ok).toBe(false);
  });

  test("a form filled from chosen indicator sets (a department form shows only its own fields)", () => {
    const v = {
      ...initialForm(),
      template: "b:department-2021",
      sets: ["b:training-events", "b:publicity-events"],
      type: "ignored for a department",
    };
    expect(Object.keys(paramsFromForm(v, templateByKey(lib, v.template)))).toEqual([]);
    const r = buildFromForm(v, lib, 2025);
    if (!r.ok) throw new Error(r.error.en);
    const names = r.block.table.rows.map((x) => x.l3);
    expect(names).toEqual(expect.arrayContaining([TEMPLATES.find((t) => t.id === "training-events")!.rows[0].l3]));
    expect(r.block.kind).toBe("department");
  });
});

describe("library rows for a group", () => {
  test("only the group's rows, in the table's framework, searchable, marking what the table has", () => {
    const rows = libraryRowsFor(lib, "2021", { l1: "成本指标", l2: "经济成本指标" }, ["服装单价"]);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.every((r) => r.row[0] === "成本指标" && r.row[1] === "经济成本指标")).toBe(true);
    expect(rows.find((r) => r.row[2] === "服装单价")?.present).toBe(true); // a 2020 set's 产出/成本 row, moved
    const q = libraryRowsFor(lib, "2021", { l1: "成本指标", l2: "经济成本指标" }, [], "服装");
    expect(q.map((r) => r.row[2])).toEqual(["服装单价"]);
    expect(libraryRowsFor(lib, "2020", { l1: "成本指标", l2: "经济成本指标" }, [])).toEqual([]);
  });
});

describe("the user's templates in the workbook", () => {
  const mine: Template = { ...TEMPLATES.find((t) => t.id === "training-events")!, id: "my-training", group: "90-user" };

  test("stored, read back, validated; a bad value is reported and not used", () => {
    const stored = storedUserTemplates([mine]);
    expect(readUserTemplates(JSON.parse(JSON.stringify(stored)))).toEqual({ templates: [mine], problem: null });
    expect(readUserTemplates(null)).toEqual({ templates: [], problem: null });
    expect(readUserTemplates({ version: 1, templates: [{ ...mine, rows: [] }] }).problem).toBe("invalid");
    expect(readUserTemplates({ version: 9, templates: [] }).problem).toBe("invalid");
    expect(() => storedUserTemplates([{ ...mine, id: "Bad Id" }])).toThrow();
  });

  test("imports replace the same id and never take a built-in id", () => {
    const a = mergeTemplates(
      [mine],
      [
        { ...mine, name: { zh: "新", en: "New" } },
        { ...mine, id: "project-2021" },
      ],
    );
    expect(a.templates.map((t) => t.id)).toEqual(["my-training", "user-project-2021"]);
    expect(a.templates[0].name.zh).toBe("新");
    expect(a.renamed).toBe(1);
  });
});

function render(state: PaneState, gateway = new FakeGateway()): string {
  const value: PaneContextValue = {
    state,
    dispatch: () => {},
    strings: uiStrings(state.locale),
    capabilities: {
      api19: true,
      mergedAreas: true,
      triggerSource: true,
      notes: false,
      undoGrouping: true,
      displayLanguage: state.locale,
      isDarkTheme: false,
    },
    liveHighlighting: true,
    actions: {
      checkNow() {},
      applyFixes: async () => true,
      ignore: async () => true,
      restore: async () => true,
      select() {},
      saveSettings: async () => true,
    },
  };
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <GatewayProvider gateway={gateway}>
        <PaneContext.Provider value={value}>
          <TemplatesView />
        </PaneContext.Provider>
      </GatewayProvider>
    </FluentProvider>,
  );
}

describe("rendered", () => {
  test("the insert form: every template, the sets, the fields, the place; enabled insert button", () => {
    const html = render(initialPaneState("zh-CN", "templates"));
    for (const t of TEMPLATES) expect(html).toContain(`value="b:${t.id}"`);
    for (const id of [
      "tpl-template",
      "tpl-sets",
      "tpl-field-name",
      "tpl-field-budget",
      "tpl-where-below",
      "tpl-where-selection",
      "templates-insert",
    ])
      expect(html).toContain(`data-testid="${id}"`);
    expect(html).not.toMatch(/<button[^>]*disabled[^>]*data-testid="templates-insert"/);
    expect(html).toContain("插入模板");
    expect(html).toContain("在最后一个表块下方");
    // no table checked yet: 添加标准指标 says so; nothing of one's own yet
    expect(html).toContain(uiStrings("zh-CN").tplAddNoTable);
    expect(html).toContain(uiStrings("zh-CN").tplMineEmpty);
  });

  test("English, with a checked table: the groups of its framework and the library rows", () => {
    const r = buildFromForm(initialForm(), lib, 2025);
    if (!r.ok) throw new Error(r.error.en);
    const result = shownResult(lintSheet(blockToSheet(r.block)));
    const state = [
      { type: "checkStarted", seq: 1 } as const,
      { type: "checkFinished", seq: 1, result } as const,
    ].reduce(paneReducer, initialPaneState("en-US", "templates"));
    const html = render(state);
    expect(html).toContain("Add standard indicators");
    expect(html).toContain('data-testid="tpl-add-group"');
    expect(html).toContain("成本指标 / 经济成本指标");
    expect(html).toContain('data-testid="tpl-add-rows"');
    expect(html).toContain('data-testid="tpl-save-block"');
    expect(html).not.toMatch(/插入模板|添加标准指标|我的模板/);
  });

  test("export text is the library's JSON format", () => {
    const json = exportTemplates([{ ...TEMPLATES[3], id: "x-1", group: "90-user" }]);
    expect(JSON.parse(json).format).toBe("jixiao-templates");
  });
});
