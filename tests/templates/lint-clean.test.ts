/**
 * Templates and rules check each other: every template, and every project/department
 * form × indicator set combination, built with its defaults, passes the engine with no finding at all, 提示
 * included (issue 8: an inserted block must not draw the add-in's own notes) — and the engine reads back every
 * indicator row, so an empty block cannot pass.
 */
import { TEMPLATES, buildBlock, buildRows, type Block, type Template } from "../../src/domain/templates";
import { describeFindings, lintBlock } from "./helpers";

const forms = TEMPLATES.filter((t) => t.kind !== "indicators");
const sets = TEMPLATES.filter((t) => t.kind === "indicators");
const YEAR = { defaultYear: 2025 };

function expectClean(
  block: Block,
  expectedRows: number,
  origin = { row: 1, col: 1 },
  severities = ["error", "warning", "info"],
): void {
  const r = lintBlock(block, origin);
  expect(describeFindings(r, severities)).toEqual([]);
  // the block is read as one form of the right kind, with one table in the block's framework …
  expect(r.blocks.map((b) => b.kind)).toEqual([block.kind]);
  expect(r.tables).toHaveLength(1);
  expect(r.tables[0].framework).toBe(block.framework);
  // … holding every indicator row that was written (a healthy number, never an empty block)
  expect(expectedRows).toBeGreaterThanOrEqual(6);
  expect(r.tables[0].indicators).toHaveLength(expectedRows);
  for (const i of r.tables[0].indicators) {
    expect(i.level1).not.toBeNull();
    expect(i.level2).not.toBeNull();
    expect(i.annual).not.toBeNull();
    expect(i.period).not.toBeNull();
  }
}

const written = (b: Block) => b.table.rows.filter((r) => r.l3 !== null).length;

describe.each(TEMPLATES.map((t) => [t.id, t] as const))("%s with its defaults", (_id, t: Template) => {
  test("lints with no finding at all (提示 included) and reads back every row", () => {
    const block = buildBlock(t, {}, YEAR);
    expect(written(block)).toBe(t.rows.length);
    expect(block.table.rows.every((r) => r.l3 !== null)).toBe(true); // no empty 二级 rows by default
    expectClean(block, t.rows.length);
  });
  test("still clean placed at C7; with the empty 二级 rows listed, no error or warning", () => {
    expectClean(buildBlock(t, {}, YEAR), t.rows.length, { row: 7, col: 3 });
    const full = buildBlock(t, {}, { ...YEAR, placeholders: true });
    expect(full.table.rows.some((r) => r.l3 === null)).toBe(true);
    expectClean(full, t.rows.length, { row: 7, col: 3 }, ["error", "warning"]);
  });
  test("still clean with a user's own values", () => {
    const block = buildBlock(
      t,
      {
        name: "测试项目",
        dept: "东莞市某镇某办公室",
        budget: 2_000_000,
        budgetYear: 2026,
        startYear: 2024,
        endYear: 2099,
      },
      YEAR,
    );
    expect(block.cells.flat()).toContain("测试项目");
    expect(block.review.map((a) => block.cells[Number(a.slice(1)) - 1][a.charCodeAt(0) - 65])).not.toContain(
      "测试项目",
    ); // given: nothing to check
    if (t.kind !== "department") expect(block.cells.flat()).toContain("东莞市某镇某办公室");
    expectClean(block, t.rows.length);
  });
});

const combos = forms.flatMap((f) => sets.map((s) => [f.id, s.id, f, s] as const));

describe.each(combos)("%s × %s", (_f, _s, form: Template, set: Template) => {
  test("a form built from the set lints clean, in the form's framework", () => {
    const block = buildBlock(form, {}, { ...YEAR, sets: [set] });
    expect(block.framework).toBe(form.framework);
    expect(written(block)).toBe(set.rows.length);
    expectClean(block, set.rows.length);
    if (form.framework !== set.framework) {
      // cost rows moved: 成本指标/经济成本指标 (2021) ↔ 产出指标/成本指标 (2020)
      const cost = block.table.rows.filter((r) => r.l3 !== null && (r.l1 === "成本指标" || r.l2 === "成本指标"));
      for (const r of cost) expect(form.framework === "2021" ? r.l1 : r.l2).toBe("成本指标");
    }
  });
});

test("a project form built from several sets at once lints clean (budgets add up)", () => {
  const chosen = sets.filter((s) => ["labour-dispatch-staff", "publicity-events", "uniforms-equipment"].includes(s.id));
  for (const form of forms.filter((f) => f.kind === "project")) {
    const block = buildBlock(form, {}, { ...YEAR, sets: chosen });
    expect(block.params.budget).toBe(chosen.reduce((s, t) => s + (t.defaults?.budget ?? 0), 0));
    const distinct = new Set(chosen.flatMap((s) => s.rows.map((r) => r.l3))).size;
    expectClean(block, distinct);
  }
});

test("an indicator set used on its own becomes a complete project form of its framework", () => {
  for (const s of sets) {
    const block = buildBlock(s, {}, YEAR);
    expect(block.kind).toBe("project");
    expect(block.framework).toBe(s.framework);
    expect(block.cells[2][1]).toBe(s.defaults?.name);
  }
});

test("the lint really looks: a built block with a broken row is not clean", () => {
  const block = buildBlock(
    TEMPLATES.find((t) => t.id === "project-2021")!,
    {},
    YEAR,
  );
  const sat = block.cells.findIndex((r) => r[3] === "服务对象满意度");
  block.cells[sat][5] = "≤60%";
  const r = lintBlock(block);
  expect(r.findings.some((f) => f.severity === "error" && f.ruleId === "value/direction")).toBe(true);
});

test("buildRows gives the rows a set adds to an existing table, in that table's framework", () => {
  const set = sets.find((s) => s.id === "uniforms-equipment")!; // written for 2020
  const rows2020 = buildRows(set);
  expect(rows2020).toHaveLength(set.rows.length);
  expect(rows2020.find((r) => r[2] === "服装单价")!.slice(0, 2)).toEqual(["产出指标", "成本指标"]);
  const rows2021 = buildRows(set, "2021");
  expect(rows2021[0]).toEqual(["成本指标", "经济成本指标", "服装单价", "≤2085元/人", "≤2085元/人"]);
  const form = buildRows(
    forms.find((f) => f.id === "project-2021")!,
    "2021",
    250000,
  );
  expect(form[0]).toEqual(["成本指标", "经济成本指标", "项目年度成本", "≤250000元", "≤250000元"]);
});

test("seeded figures and defaults are marked 请核对; rates and figures from the user's budget are not", () => {
  const form = forms.find((f) => f.id === "project-2021")!;
  const social = sets.find((s) => s.id === "social-worker-service")!;
  const block = buildBlock(form, {}, { ...YEAR, sets: [social] });
  const at = (a: string) => block.cells[Number(a.slice(1)) - 1][a.charCodeAt(0) - 65];
  const marked = block.review.map(at);
  expect(marked).toEqual(expect.arrayContaining(["≤119277元/人/年", "2人", "≥7场"]));
  expect(marked).not.toContain("≥98%");
  expect(marked).not.toContain("100%");
  const own = buildBlock(
    form,
    { name: "自填项目", dept: "某办", budget: 300000, periodGoal: "目标甲", annualGoal: "目标乙" },
    YEAR,
  );
  expect(own.review.map((a) => own.cells[Number(a.slice(1)) - 1][a.charCodeAt(0) - 65])).not.toContain("≤300000元"); // from the user's budget
  // 项目类型 and 项目等级 come with dropdowns
  const lists = block.validations.map((v) => v.list.join(","));
  expect(lists.some((l) => l.includes("其他特定目标类（部门职能类）"))).toBe(true);
  expect(lists.some((l) => l === "一级项目,二级项目")).toBe(true);
});
