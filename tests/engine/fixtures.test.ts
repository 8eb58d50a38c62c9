/**
 * The four real workbooks of ../shared/fixtures: every mistake docs/domain.md §6 lists is found at its cell with
 * the right category, the budgets that hold give no budget finding, and the indicator rows read match
 * counts verified by hand against the seed documents.
 */
import * as path from "node:path";
import { formatFinding, lintSheet, type Finding, type LintResult } from "../../src/domain";
import { describeShared, FIXTURES, readSheets, SHARED_FIXTURES } from "../helpers/workbooks";

async function lint(name: keyof typeof FIXTURES): Promise<LintResult> {
  const sheets = await readSheets(path.join(SHARED_FIXTURES, FIXTURES[name]));
  expect(sheets).toHaveLength(1);
  return lintSheet(sheets[0]);
}

function at(r: LintResult, address: string, category?: Finding["category"], ruleId?: string): Finding[] {
  return r.findings.filter(
    (f) => f.address === address && (!category || f.category === category) && (!ruleId || f.ruleId === ruleId),
  );
}

function expectAt(r: LintResult, address: string, category: Finding["category"], ruleId?: string): Finding {
  const found = at(r, address, category, ruleId);
  if (found.length === 0) {
    const near = r.findings
      .filter((f) => f.address.replace(/[A-Z]+/g, "") === address.replace(/[A-Z]+/g, ""))
      .map((f) => `${f.address} ${f.ruleId}`);
    throw new Error(`no ${category} ${ruleId ?? ""} finding at ${address}; on that row: ${near.join(", ") || "none"}`);
  }
  return found[0];
}

describeShared("000 厚街 department form", () => {
  let r: LintResult;
  beforeAll(async () => {
    r = await lint("houjie");
  });
  test("reads one department block and one indicator table of 38 rows (counted by hand: 14+4+2+2+5+5+5+1)", () => {
    expect(r.blocks.map((b) => b.kind)).toEqual(["department"]);
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].indicators).toHaveLength(38);
    expect(r.tables[0].framework).toBe("2020");
    expect(r.tables[0].indicators[0]).toEqual({
      row: 23,
      level1: "产出指标",
      level2: "数量指标",
      level3: "网格员参加线上业务培训次数",
      period: "12次",
      annual: "12次",
    });
    // "same as above" carried through merged cells and across the page break (row 45 blank)
    expect(r.tables[0].indicators.find((i) => i.row === 47)).toMatchObject({ level1: "产出指标", level2: "成本指标" });
  });
  test("质量指标 / 时效指标 / 成本指标 in the 一级 column, with a fix to 产出指标", () => {
    for (const a of ["B37", "B41", "B43"]) {
      const f = expectAt(r, a, "taxonomy", "taxonomy/level1-is-level2");
      expect(f.fix).toMatchObject({ address: a, to: "产出指标" });
    }
  });
  test("costs under 社会效益 and non-ecological / satisfaction rows under 生态效益 are misfiled", () => {
    for (const a of ["D51", "D52", "D56", "D57", "D59", "D60"])
      expectAt(r, a, "taxonomy", "taxonomy/indicator-misfiled");
  });
  test("the section label 镇财政分局批复意见 inside the table", () => {
    expectAt(r, "A56", "structure", "structure/label-in-table");
    // and the rows after it are still read as 效益指标 / 生态效益指标
    expect(r.tables[0].indicators.find((i) => i.row === 56)).toMatchObject({
      level1: "效益指标",
      level2: "生态效益指标",
      level3: "减轻社区负担",
    });
  });
  test("vague targets", () => {
    for (const a of ["E53:F53", "E57:F57", "E58:F58"]) expectAt(r, a, "value", "value/vague-target");
  });
  test("its budget identities hold exactly: no budget finding", () => {
    expect(r.findings.filter((f) => f.category === "budget")).toEqual([]);
  });
});

describeShared("001 麻涌 project forms", () => {
  let r: LintResult;
  beforeAll(async () => {
    r = await lint("machong");
  });
  test("reads three projects with 6, 6 and 8 indicator rows", () => {
    expect(r.blocks.filter((b) => b.kind === "project").map((b) => b.title)).toEqual([
      "机关事业单位派遣人员经费",
      "智慧网格",
      "货物购置类项目（服装制服）",
    ]);
    expect(r.tables.map((t) => t.indicators.length)).toEqual([6, 6, 8]);
    // the last row is shifted one column left in the sheet and still read correctly
    expect(r.tables[2].indicators[7]).toMatchObject({
      row: 70,
      level1: "满意度指标",
      level2: "服务对象满意度指标",
      level3: "使用人满意度",
      period: "无",
    });
  });
  test("实施周期指标值 is 无 on every row", () => {
    for (const a of ["E14", "E15", "E16", "E17", "E18", "E20", "E38", "E46", "E61", "E69", "D70"])
      expectAt(r, a, "value", "value/period-not-set");
  });
  test("满意度指标 has no 三级 in the first project", () => {
    expectAt(r, "A23", "completeness", "completeness/level1-missing");
    expectAt(r, "A23:C23", "structure", "structure/row-shifted");
  });
  test("vague 有效提高 / 良好 / 正常 and a number without unit", () => {
    for (const a of ["F20", "F43", "F67", "F69"]) expectAt(r, a, "value", "value/vague-target");
    expectAt(r, "F61", "value", "value/unit-missing");
  });
  test("LaTeX leftovers, with the fix ≥90%", () => {
    for (const a of ["F65", "E70"])
      expect(expectAt(r, a, "value", "value/latex-leftover").fix).toMatchObject({ from: "$\\geq 90\\%$", to: "≥90%" });
  });
  test("预算执行率 used as a cost indicator", () => {
    for (const a of ["D18", "D41", "D65"]) expectAt(r, a, "taxonomy", "taxonomy/budget-execution-rate");
  });
});

describeShared("002 清溪 department + seven projects", () => {
  let r: LintResult;
  beforeAll(async () => {
    r = await lint("qingxi");
  });
  test("reads one department and seven projects, indicator rows 18 + 6×6 + 7", () => {
    expect(r.blocks.map((b) => b.kind)).toEqual(["department", ...Array(7).fill("project")]);
    expect(r.tables.map((t) => t.indicators.length)).toEqual([18, 6, 6, 6, 6, 6, 6, 7]);
    expect(r.tables.every((t) => t.framework === "2021")).toBe(true);
  });
  test("department totals do not balance: 199.04 vs 225.74 万元", () => {
    const f = expectAt(r, "C8:E9", "budget", "budget/department-balance");
    expect(f.severity).toBe("error");
    const zh = formatFinding(f, "zh-CN");
    expect(zh).toContain("199.04万元");
    expect(zh).toContain("225.74万元");
  });
  test("效益指标/经济效益 shifted into the 二级/三级 columns, 社会效益 in the 一级 column", () => {
    expectAt(r, "C35:D35", "structure", "structure/row-shifted");
    expectAt(r, "B36", "taxonomy", "taxonomy/level1-is-level2");
    expect(r.tables[0].indicators.find((i) => i.row === 36)).toMatchObject({
      level1: "效益指标",
      level2: "社会效益指标",
    });
  });
  test("综治视联网 cost 13.45万元/年 exceeds its budget 92400元", () => {
    expect(expectAt(r, "F182", "budget", "budget/cost-exceeds-budget").severity).toBe("warning");
  });
  test("119277元/人/年 × 2人 = 238554元 exceeds each budget of 217085元", () => {
    for (const a of ["F92", "F212"])
      expect(formatFinding(expectAt(r, a, "budget", "budget/cost-exceeds-budget"), "zh-CN")).toContain("238554元");
  });
  test("the 批复意见 rows end the tables instead of being read as indicators", () => {
    expect(r.findings.filter((f) => f.address === "C72")).toEqual([]);
  });
});

describeShared("004 黄埔 project list with coded indicators", () => {
  let r: LintResult;
  beforeAll(async () => {
    r = await lint("huangpu");
  });
  test("reads 23 coded projects (5 涉密 rows exempt) with 84 indicators", () => {
    expect(r.tables).toHaveLength(23);
    expect(r.tables.reduce((s, t) => s + t.indicators.length, 0)).toBe(84);
    expect(r.tables[0].indicators[0]).toEqual({
      row: 11,
      level1: "产出指标",
      level2: "数量指标",
      level3: "召开报告会情况",
      period: "不少于1场",
      annual: "不少于1场",
    });
  });
  test("coded 二级 that do not belong to their 一级", () => {
    const g16 = at(r, "G16", "taxonomy", "taxonomy/level2-wrong-parent");
    expect(g16.map((f) => f.data.l2code).sort()).toEqual(["22", "24"]);
    expect(g16[0].fix?.to).toContain("2-效益指标");
    expect(at(r, "G34", "taxonomy", "taxonomy/level2-wrong-parent").map((f) => f.data.l2code)).toEqual(["21"]);
  });
  test("missing 满意度 and 效益 indicators", () => {
    const sat = r.findings.filter((f) => f.ruleId === "completeness/level1-missing" && f.data.l1 === "满意度指标");
    const ben = r.findings.filter((f) => f.ruleId === "completeness/level1-missing" && f.data.l1 === "效益指标");
    expect(sat.length).toBeGreaterThanOrEqual(15);
    expect(ben.length).toBeGreaterThanOrEqual(5);
  });
  test("formulas and indicator names as targets; vague targets", () => {
    const defs = r.findings
      .filter((f) => f.ruleId === "value/definition-as-target")
      .map((f) => `${f.address} ${f.data.text}`);
    expect(defs).toEqual(
      expect.arrayContaining(["G24 满意度=（一般+满意+非常满意）/评价数量", "G17 窗口人员评价器差评率"]),
    );
    const vague = r.findings.filter((f) => f.ruleId === "value/vague-target").map((f) => `${f.address} ${f.data.text}`);
    expect(vague).toEqual(expect.arrayContaining(["G34 逐步提高", "G17 平稳下降"]));
  });
  test("its money columns add up: no budget finding", () => {
    expect(r.findings.filter((f) => f.category === "budget")).toEqual([]);
  });
});
