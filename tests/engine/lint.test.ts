/**
 * lintSheet's own work around the rules: every table visited once, after its block; a finding reported twice is kept
 * once, the first reported.
 */
import { allRules, lintSheet, type Finding } from "../../src/domain";
import type { Visitors } from "../../src/domain/rules/define";
import { CLEAN_CODED, cleanTable, departmentForm, listRow, projectForm, projectList } from "./rule-tester";

const RULE_ID = "value/vague-target";

describe("a finding reported twice", () => {
  const rule = allRules.find((r) => r.id === RULE_ID)!;
  const off = Object.fromEntries(allRules.filter((r) => r.id !== RULE_ID).map((r) => [r.id, "off" as const]));
  afterEach(() => jest.restoreAllMocks());

  function lintWith(
    visit: (report: (rep: Parameters<Parameters<typeof rule.create>[0]["report"]>[0]) => void) => void,
  ) {
    jest.spyOn(rule, "create").mockImplementation((ctx): Visitors => ({ sheet: () => visit(ctx.report) }));
    return lintSheet({ name: "表", values: cleanTable() }, { rules: off }).findings.filter((f) => f.ruleId === RULE_ID);
  }
  const brief = (f: Finding) => [f.address, f.messageId, f.data, f.fix?.to ?? null];

  test("is kept once, as first reported; another text, message or range is another finding", () => {
    const found = lintWith((report) => {
      report({ messageId: "vague", at: { row: 3, col: 5 }, data: { text: "提高" }, fix: { from: "提高", to: "≥1" } });
      report({ messageId: "vague", at: { row: 3, col: 5 }, data: { text: "提高" }, fix: { from: "提高", to: "≥2" } });
      report({ messageId: "vague", at: { row: 3, col: 5 }, data: { text: "提升" } });
      report({ messageId: "vague", at: { r1: 3, c1: 5, r2: 3, c2: 6 }, data: { text: "提高" } });
      report({ messageId: "vague", at: { row: 2, col: 5 }, data: { text: "提高" } });
      report({ messageId: "vague", at: { row: 3, col: 5 }, data: { text: "提升" } });
    });
    expect(found.map(brief)).toEqual([
      ["E2", "vague", { text: "提高" }, null],
      ["E3", "vague", { text: "提高" }, "≥1"],
      ["E3", "vague", { text: "提升" }, null],
      ["E3:F3", "vague", { text: "提高" }, null],
    ]);
  });

  test("data compared by every field: one more field is another finding", () => {
    const found = lintWith((report) => {
      report({ messageId: "vague", at: { row: 3, col: 5 }, data: { text: "提高" } });
      report({ messageId: "vague", at: { row: 3, col: 5 }, data: { text: "提高", more: 1 } });
      report({ messageId: "vague", at: { row: 3, col: 5 }, data: { text: "提高", more: 1 } });
    });
    expect(found.map((f) => f.data)).toEqual([{ text: "提高" }, { text: "提高", more: 1 }]);
  });
});

describe("the visiting order", () => {
  afterEach(() => jest.restoreAllMocks());

  test("every table once, right after its own block (project, department, coded list, standalone)", () => {
    const rule = allRules.find((r) => r.id === RULE_ID)!;
    const seen: string[] = [];
    jest.spyOn(rule, "create").mockImplementation((): Visitors => ({
      project: (p) => seen.push(`project ${p.id}`),
      department: (d) => seen.push(`department ${d.id}`),
      projectList: (l) => seen.push(`list ${l.id}`),
      table: (t) => seen.push(`table ${t.blockId}`),
    }));
    const values = [
      ...projectForm(),
      [],
      [],
      ...departmentForm(),
      [],
      [],
      ...projectList([listRow("区法学会经费", 28, 28, CLEAN_CODED)]),
      [],
      [],
      ...cleanTable(),
    ];
    const result = lintSheet({ name: "表", values });
    const kinds = result.blocks.map((b) => b.kind);
    expect(kinds).toEqual(["project", "department", "project-list", "project", "table"]);
    const [project, department, list, listed, table] = result.blocks.map((b) => b.id);
    // a table is checked after its block's own checks (a coded list's project row has its table), each once
    expect(seen).toEqual([
      `project ${project}`,
      `table ${project}`,
      `department ${department}`,
      `table ${department}`,
      `list ${list}`,
      `table ${listed}`,
      `table ${table}`,
    ]);
    expect(seen.filter((s) => s.startsWith("table"))).toHaveLength(result.tables.length);
  });
});
