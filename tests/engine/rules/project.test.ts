/**
 * Rule tests for the project category (docs/domain.md §1, §5): the header of a project form.
 * Rows of `projectForm()`: 1 项目名称, 2 项目类型, 3 项目等级, 4 主管部门, 5 用款单位,
 * 6 实施周期 | 起始年度 | X | 到期年度 | Y, 7 2025年预算金额 | amount, 8 the indicator header.
 */
import { cleanTable, edit, projectForm, ruleTester, type CategoryCases } from "../rule-tester";

/** A project form with rows inserted after its budget row (row 7), before the indicator table. */
const withRows = (rows: (string | number | null)[][], form = projectForm()) => [
  ...form.slice(0, 7),
  ...rows,
  ...form.slice(7),
];

export const cases: CategoryCases = {
  "project/budget-missing": {
    valid: [
      { name: "a number", rows: projectForm() },
      {
        name: "thousands separators and 万元",
        rows: projectForm({ budgetLabel: "2025年度预算资金(万元)", 预算金额: "1,000.00" }),
      },
      {
        name: "the unit in the amount, a note after it",
        rows: projectForm({ budgetLabel: "年度资金总额", 预算金额: "854万(高标准农田建设400万元)" }),
      },
      { name: "a table alone is not a project", rows: cleanTable() },
      {
        name: "a form that prints no budget row at all (the money is elsewhere)",
        rows: projectForm({ budgetLabel: null }),
      },
      {
        name: "only the 其中 parts are printed under the label",
        rows: withRows(
          [
            ["(一)财政拨款小计", "6.30"],
            ["1、一般公共预算", "6.30"],
            ["(二)其他资金", "0.00"],
          ],
          projectForm({ budgetLabel: "年度资金总额", 预算金额: "金额(万元)" }),
        ),
      },
    ],
    invalid: [
      {
        name: "the amount left empty",
        rows: projectForm({ 预算金额: null }),
        errors: [{ messageId: "empty", address: "B7", data: { label: "2025年预算金额" } }],
      },
      {
        name: "an amount in words",
        rows: projectForm({ 预算金额: "十万元" }),
        errors: [{ messageId: "unreadable", address: "B7", data: { text: "十万元" } }],
      },
      {
        name: "two projects, two problems",
        rows: [
          ...projectForm({ 预算金额: null }),
          [],
          ...projectForm({ 项目名称: "智慧网格", 预算金额: "854万854万" }),
        ],
        errors: [
          { messageId: "empty", address: "B7" },
          { messageId: "unreadable", address: "B22", data: { text: "854万854万" } },
        ],
      },
    ],
  },

  "project/field-missing": {
    valid: [
      { name: "every field filled", rows: projectForm() },
      { name: "a value two columns right of its label", rows: edit(projectForm(), { B2: null, C2: "其他运转类" }) },
      { name: "a field without a label row is not reported", rows: projectForm({ 项目等级: undefined }) },
    ],
    invalid: [
      {
        name: "项目类型 empty",
        rows: projectForm({ 项目类型: null }),
        errors: [{ messageId: "empty", address: "B2", data: { label: "项目类型" } }],
      },
      {
        name: "申报单位 is the 用款单位 field",
        rows: edit(projectForm(), { A5: "申报单位", B5: null }),
        errors: [{ messageId: "empty", address: "B5", data: { label: "申报单位" } }],
      },
      {
        name: "项目名称 empty",
        rows: projectForm({ 项目名称: null }),
        errors: [{ messageId: "empty", address: "B1", data: { label: "项目名称" } }],
      },
      {
        name: "two fields",
        rows: projectForm({ 项目等级: null, 主管部门: null }),
        errors: [
          { messageId: "empty", address: "B3", data: { label: "项目等级" } },
          { messageId: "empty", address: "B4", data: { label: "主管部门" } },
        ],
      },
    ],
  },

  "project/years": {
    valid: [
      { name: "one-year project", rows: projectForm() },
      { name: "seed 001: open-ended 2099", rows: projectForm({ 实施周期: [2022, 2099] }) },
      { name: "years written with 年", rows: projectForm({ 实施周期: ["2024年", "2026年度"] }) },
      { name: "no year in the budget label", rows: projectForm({ 实施周期: [2020, 2021], budgetLabel: "预算金额" }) },
    ],
    invalid: [
      {
        name: "起始年度 after 到期年度",
        rows: projectForm({ 实施周期: [2026, 2025] }),
        errors: [{ messageId: "order", address: "E6", data: { start: 2026, end: 2025 } }],
      },
      {
        name: "budget year after the period",
        rows: projectForm({ 实施周期: [2022, 2024] }),
        errors: [{ messageId: "budgetYear", address: "A7", data: { year: 2025, start: 2022, end: 2024 } }],
      },
      {
        name: "budget year before the period",
        rows: projectForm({ 实施周期: [2026, 2099] }),
        errors: [{ messageId: "budgetYear", address: "A7", data: { year: 2025, start: 2026, end: 2099 } }],
      },
      {
        name: "two unreadable years",
        rows: projectForm({ 实施周期: ["2025年3月", "长期"] }),
        errors: [
          { messageId: "unreadable", address: "C6", data: { text: "2025年3月" } },
          { messageId: "unreadable", address: "E6", data: { text: "长期" } },
        ],
      },
      {
        name: "a year in Chinese numerals",
        rows: projectForm({ 实施周期: ["二〇二五", 2025] }),
        errors: [{ messageId: "unreadable", address: "C6", data: { text: "二〇二五" } }],
      },
    ],
  },
};

cases["project/text-repeated"] = {
  valid: [
    {
      name: "each field its own text",
      rows: withRows([
        ["项目概况", "为网格员开展业务培训"],
        ["立项依据", "镇网格化管理工作方案"],
      ]),
    },
    {
      name: "short texts are not compared",
      rows: withRows([
        ["项目概况", "培训"],
        ["立项依据", "培训"],
      ]),
    },
  ],
  invalid: [
    {
      name: "corpus 08: 立项依据 repeats 项目概况",
      rows: withRows([
        ["项目概况", "潼南区五桂镇项目汇总"],
        ["立项依据", "潼南区五桂镇项目汇总"],
      ]),
      errors: [{ messageId: "repeated", address: "B9", data: { label: "立项依据", first: "项目概况" } }],
    },
  ],
};

ruleTester.runCategory("project", cases, __filename);
