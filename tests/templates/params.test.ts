/** Block parameters: zod validation with Chinese (and English) messages, and defaults that never contradict what was given. */
import * as z from "zod";
import {
  PARAM_MESSAGES,
  PLACEHOLDER,
  TEMPLATES,
  TemplateParamsError,
  buildBlock,
  paramsSchema,
  parseParams,
  tryBuildBlock,
} from "../../src/domain/templates";
import { lintBlock, describeFindings } from "./helpers";

const project = TEMPLATES.find((t) => t.id === "project-2021")!;
const dept = TEMPLATES.find((t) => t.id === "department-2021")!;
const staff = TEMPLATES.find((t) => t.id === "labour-dispatch-staff")!;

beforeAll(() => {
  // the schema's own messages are Chinese whatever zod's global locale says
  z.config(z.locales.en());
});

describe("bad parameters are refused with a message in Chinese, then English", () => {
  test.each([
    ["a year out of range", { startYear: 3000 }, "起始年度", PARAM_MESSAGES.year],
    ["a year that is not a number", { budgetYear: "20x5" }, "预算年度", PARAM_MESSAGES.year],
    ["a fractional year", { endYear: 2025.5 }, "到期年度", PARAM_MESSAGES.year],
    ["a negative budget", { budget: -1 }, "预算金额", PARAM_MESSAGES.money],
    ["a budget that is text", { budget: "十万" }, "预算金额", PARAM_MESSAGES.money],
    ["start after end", { startYear: 2026, endYear: 2024 }, "到期年度", PARAM_MESSAGES.order],
    ["budget year before the start", { startYear: 2026, budgetYear: 2025 }, "预算年度", PARAM_MESSAGES.budgetYear],
    ["budget year after the end", { endYear: 2024, budgetYear: 2025 }, "预算年度", PARAM_MESSAGES.budgetYear],
    ["an empty name", { name: "  " }, "项目名称", PARAM_MESSAGES.text],
    ["a negative staff count", { staff: -3 }, "财政供养人员数", PARAM_MESSAGES.count],
  ])("%s", (_name, input, label, msg) => {
    const raw = paramsSchema.safeParse(input);
    expect(raw.success).toBe(false);
    if (!raw.success) expect(raw.error.issues.map((i) => i.message)).toContain(msg.zh); // the zod error itself is Chinese
    const r = parseParams(project, input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.zh).toContain(label);
    expect(r.error.zh).toContain(msg.zh);
    expect(r.error.en).toContain(msg.en);
    expect(r.error.en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(() => buildBlock(project, input)).toThrow(TemplateParamsError);
    const t = tryBuildBlock(project, input);
    expect(t.ok).toBe(false);
  });

  test("unknown parameters are refused too", () => {
    const r = parseParams(project, { colour: "red" });
    expect(r.ok).toBe(false);
  });

  test("tasks that add up to more than the project spending", () => {
    const r = parseParams(dept, {
      budget: 1000,
      tasks: [
        { name: "甲", content: "内容", amount: 800, goal: "目标" },
        { name: "乙", content: "内容", amount: 300, goal: "目标" },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.zh).toContain(PARAM_MESSAGES.tasks.zh);
  });
});

describe("defaults", () => {
  test("strings of digits from the command line are numbers", () => {
    const r = parseParams(project, { budget: "1,234.50", budgetYear: "2026", startYear: " 2025 " });
    expect(r.ok && r.params).toMatchObject({ budget: 1234.5, budgetYear: 2026, startYear: 2025 });
  });

  test("with nothing given: the budget year, a period around it, placeholders for who fills it in", () => {
    const r = parseParams(project, {}, { defaultYear: 2027 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.params).toMatchObject({
      budgetYear: 2027,
      startYear: 2027,
      endYear: 2029,
      name: PLACEHOLDER.projectName,
      dept: PLACEHOLDER.dept,
      unit: PLACEHOLDER.unit,
      budget: 100000,
    });
    expect(r.params.periodGoal).toContain(PLACEHOLDER.projectName);
    expect(r.defaulted).toEqual(expect.arrayContaining(["name", "dept", "unit", "budget", "budgetYear"]));
  });

  test("the defaults adapt to what was given instead of contradicting it", () => {
    const later = parseParams(project, { startYear: 2030 }, { defaultYear: 2025 });
    expect(later.ok && [later.params.startYear, later.params.budgetYear, later.params.endYear]).toEqual([
      2030, 2030, 2032,
    ]);
    const earlier = parseParams(project, { endYear: 2020 }, { defaultYear: 2025 });
    expect(earlier.ok && [earlier.params.startYear, earlier.params.budgetYear, earlier.params.endYear]).toEqual([
      2020, 2020, 2020,
    ]);
    const open = parseParams(project, { startYear: 2022, endYear: 2099 }, { defaultYear: 2025 });
    expect(open.ok && open.params.budgetYear).toBe(2025);
    const unit = parseParams(project, { dept: "某某局" });
    expect(unit.ok && unit.params.unit).toBe("某某局");
  });

  test("an indicator set brings its own name, type, budget and goals", () => {
    const r = parseParams(staff, {}, { defaultYear: 2025 });
    expect(r.ok && r.params).toMatchObject({
      name: "机关事业单位派遣人员经费",
      type: "其他运转类（综合类）",
      budget: 190000,
    });
    expect(r.ok && r.params.annualGoal).toMatch(/^2025年度/);
  });

  test("a department whose budget is below the example tasks gets one task carrying the whole 项目支出", () => {
    const r = parseParams(dept, { budget: 100000 });
    expect(r.ok && r.params.tasks).toEqual([expect.objectContaining({ amount: 100000 })]);
    const block = buildBlock(dept, { budget: 100000 });
    expect(describeFindings(lintBlock(block))).toEqual([]);
  });
});

describe("required: the cells still holding a default the user must replace", () => {
  test("all of them with nothing given; none of those given", () => {
    const all = buildBlock(project, {}, { defaultYear: 2025 });
    // 项目名称 B3, 主管部门 B6, 用款单位 B7, 预算金额 B9, the two goal texts B11 and B13
    expect(all.required).toEqual(["B3", "B6", "B7", "B9", "B11", "B13"]);
    const some = buildBlock(project, { name: "甲项目", dept: "乙局", budget: 5000 }, { defaultYear: 2025 });
    expect(some.required).toEqual(["B11", "B13"]);
    for (const a of all.required) {
      const m = /^([A-Z])(\d+)$/.exec(a)!;
      expect(all.cells[Number(m[2]) - 1][m[1].charCodeAt(0) - 65]).not.toBeNull();
    }
  });
});
