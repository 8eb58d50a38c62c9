/** Rule tests for the budget category (docs/domain.md §5): money identities of department forms, project lists and projects. */
import {
  cleanRows,
  cleanTable,
  departmentForm,
  edit,
  ind,
  listRow,
  projectForm,
  projectList,
  ruleTester,
  type CategoryCases,
} from "../rule-tester";

const SECRET = ["涉密项目", 37.1, 37.1, null, null, "涉密内容。", "涉密内容。"];
/** 项目 rows 9–14 of a project form: 数量 at row 9, 成本 at row 12. */
const withCounts = (count: string, cost: string) => edit(cleanRows(), { E1: count, F1: count, E4: cost, F4: cost });

/** A project form with rows inserted after its budget row (row 7), before the indicator table. */
const withRows = (rows: (string | number | null)[][], form = projectForm()) => [
  ...form.slice(0, 7),
  ...rows,
  ...form.slice(7),
];
const TOTAL_100 = projectForm({ budgetLabel: "年度资金总额(万元)", 预算金额: 100 });
/** A project form whose money labels stand side by side in row 7, their amounts in row 8 under them. */
const sideBySide = (amounts: (number | null)[]) => {
  const form = projectForm({ budgetLabel: null });
  return [...form.slice(0, 6), ["资金来源(万元)", "合计", "财政拨款", "其他资金"], amounts, ...form.slice(6)];
};
/** A department's task list with 小计 / 市财政拨款 / 其他资金 under a two-row header (corpus 17). */
const tasks = (rows: (string | number | null)[][], total: (string | number | null)[]) => [
  ["部门名称", "某展览馆"],
  ["年度主要任务", "任务名称", "主要内容", "年度预算金额(万元)"],
  [null, null, null, "小计", "市财政拨款", "其他资金"],
  ...rows.map((r) => [null, ...r]),
  [null, "金额合计", "*", ...total],
];

export const cases: CategoryCases = {
  "budget/amount-unreadable": {
    valid: [
      { name: "numbers", rows: departmentForm() },
      {
        name: "thousands separators, dashes and 元 units",
        rows: departmentForm({
          unit: "元",
          amounts: {
            基本支出: "458,900.00",
            项目支出: "1,531,500.00",
            财政拨款: "1,990,400.00",
            其他资金: "-",
            财政专项资金: "—",
          },
        }),
      },
      {
        name: "an other task with its amount at the end of the text",
        rows: departmentForm({ otherTasks: ["机关事业单位派遣人员经费--按时发放人员服务费-190000.00"] }),
      },
      {
        name: "list amounts",
        rows: projectList([["合计", "4,157.41", "4,157.41"], listRow("区法学会经费", "4,157.41", "4,157.41")]),
      },
    ],
    invalid: [
      {
        name: "an amount in words",
        rows: departmentForm({ amounts: { 基本支出: "约四十五万" } }),
        errors: [{ messageId: "unreadable", address: "C3", data: { text: "约四十五万" } }],
      },
      {
        name: "a task without an amount",
        rows: departmentForm({
          tasks: [
            ["扫黑除恶专项斗争经费", 180000],
            ["购买社工服务岗位经费", null],
          ],
        }),
        errors: [{ messageId: "taskAmount", address: "B10", data: { name: "购买社工服务岗位经费" } }],
      },
      {
        name: "a list total in words",
        rows: projectList([listRow("区法学会经费", "二十八", 28)]),
        errors: [{ messageId: "unreadable", address: "B3", data: { text: "二十八" } }],
      },
      {
        name: "two amounts",
        rows: departmentForm({ amounts: { 财政拨款: "待定", 市本级使用资金: "约199万" } }),
        errors: [
          { messageId: "unreadable", address: "E3", data: { text: "待定" } },
          { messageId: "unreadable", address: "E6", data: { text: "约199万" } },
        ],
      },
    ],
  },

  "budget/cost-exceeds-budget": {
    valid: [
      { name: "no count for 人: not computed", rows: projectForm() },
      { name: "within the budget", rows: projectForm({ 预算金额: 200000 }, withCounts("≥300人", "≤500元/人")) },
      {
        name: "a cost floor (≥) is not a total",
        rows: projectForm({ 预算金额: 1000 }, withCounts("≥300人", "≥500元/人")),
      },
      {
        name: "a table outside a project form",
        rows: cleanTable([ind("产出指标", "成本指标", "全年服务费", "≤13.45万元/年", "≤13.45万元/年")]),
      },
    ],
    invalid: [
      {
        name: "500元/人 × 300人 over 100000元",
        rows: projectForm({}, withCounts("≥300人", "≤500元/人")),
        errors: [
          { messageId: "exceeds", address: "F12", data: { text: "≤500元/人", cost: "150000元", budget: "100000元" } },
        ],
      },
      {
        name: "seed 002: 13.45万元/年 over 92400元",
        rows: projectForm({ 预算金额: 92400 }, withCounts("≥4场", "≤13.45万元/年")),
        errors: [
          {
            messageId: "exceeds",
            address: "F12",
            data: { text: "≤13.45万元/年", cost: "134500元", budget: "92400元" },
          },
        ],
      },
      {
        name: "seed 002: 9939.75元/月/人 × 12 × 2人 over 217085元, budget in 万元",
        rows: projectForm(
          { budgetLabel: "2025年预算金额(万元)", 预算金额: 21.7085 },
          withCounts("2人", "≤9939.75元/月/人"),
        ),
        errors: [
          {
            messageId: "exceeds",
            address: "F12",
            data: { text: "≤9939.75元/月/人", cost: "238554元", budget: "217085元" },
          },
        ],
      },
      {
        name: "two cost rows over budget; only the annual value is used",
        rows: projectForm({ 预算金额: 50000 }, [
          ...withCounts("≥300人", "≤500元/人"),
          ind("产出指标", "成本指标", "场地租赁费", "≤3万元", "≤6万元"),
        ]),
        errors: [
          { messageId: "exceeds", address: "F12", data: { text: "≤500元/人", cost: "150000元", budget: "50000元" } },
          { messageId: "exceeds", address: "F15", data: { text: "≤6万元", cost: "60000元", budget: "50000元" } },
        ],
      },
    ],
  },

  "budget/department-balance": {
    valid: [
      { name: "45.89 + 153.15 = 199.04 + 0", rows: departmentForm() },
      { name: "其他资金 left empty counts as 0", rows: departmentForm({ amounts: { 其他资金: null } }) },
      {
        name: "in 元",
        rows: departmentForm({
          unit: "元",
          amounts: { 基本支出: 458900, 项目支出: 1531500, 财政拨款: 1990000, 其他资金: 400 },
        }),
      },
      {
        name: "no 基本支出: nothing to compare",
        rows: departmentForm({ amounts: { 基本支出: null, 财政拨款: 225.74 } }),
      },
    ],
    invalid: [
      {
        name: "seed 002: 199.04 vs 225.74 万元",
        rows: departmentForm({ amounts: { 财政拨款: 225.74 } }),
        errors: [{ messageId: "unbalanced", address: "C3:E4", data: { spend: "199.04万元", income: "225.74万元" } }],
      },
      {
        name: "in 元, off by 100",
        rows: departmentForm({
          unit: "元",
          amounts: { 基本支出: 458900, 项目支出: 1531500, 财政拨款: 1990400, 其他资金: 100 },
        }),
        errors: [{ messageId: "unbalanced", address: "C3:E4", data: { spend: "1990400元", income: "1990500元" } }],
      },
      {
        name: "two departments on one sheet",
        rows: [
          ...departmentForm({ amounts: { 财政拨款: 225.74 } }),
          [],
          ...departmentForm({ 部门名称: "某镇综治办", amounts: { 基本支出: 50 } }),
        ],
        errors: [
          { messageId: "unbalanced", address: "C3:E4", data: { spend: "199.04万元", income: "225.74万元" } },
          { messageId: "unbalanced", address: "C20:E21", data: { spend: "203.15万元", income: "199.04万元" } },
        ],
      },
    ],
  },

  "budget/department-levels": {
    valid: [
      { name: "all for own use", rows: departmentForm() },
      {
        name: "split between own use and transfers",
        rows: departmentForm({ amounts: { 市本级使用资金: 150, 拟用于对下转移支付资金: 49.04 } }),
      },
      {
        name: "everything transferred",
        rows: departmentForm({ amounts: { 市本级使用资金: null, 拟用于对下转移支付资金: 199.04 } }),
      },
    ],
    invalid: [
      {
        name: "the split does not add up",
        rows: departmentForm({ amounts: { 市本级使用资金: 150 } }),
        errors: [{ messageId: "mismatch", address: "E6:E7", data: { split: "150.00万元", total: "199.04万元" } }],
      },
      {
        name: "seed 002: 市本级使用资金 left empty",
        rows: departmentForm({ amounts: { 市本级使用资金: null } }),
        errors: [{ messageId: "missing", address: "E6", data: { label: "市本级使用资金", total: "199.04万元" } }],
      },
    ],
  },

  "budget/list-row-total": {
    valid: [
      { name: "总计 = 财政拨款", rows: projectList([listRow("区法学会经费", 28)]) },
      { name: "three sources", rows: projectList([["区法学会经费", 45, 28, 12, 5, "按计划完成。", "涉密内容。"]]) },
      { name: "no sources filled: nothing to compare", rows: projectList([listRow("区法学会经费", 28, null)]) },
      {
        name: "0.1 + 0.2 = 0.3 (floating point)",
        rows: projectList([["区法学会经费", 0.3, 0.1, 0.2, null, "按计划完成。", "涉密内容。"]]),
      },
      { name: "a text total and a number source", rows: projectList([listRow("区法学会经费", "4,157.41", 4157.41)]) },
    ],
    invalid: [
      {
        name: "总计 above 财政拨款",
        rows: projectList([listRow("区法学会经费", 30, 28)]),
        errors: [
          { messageId: "row", address: "B3", data: { name: "区法学会经费", total: "30.00万元", parts: "28.00万元" } },
        ],
      },
      {
        name: "three sources, unit 元",
        rows: projectList([["区法学会经费", 500000, 280000, 120000, 50000, "按计划完成。", "涉密内容。"]], {
          unit: "金额单位：元",
        }),
        errors: [
          { messageId: "row", address: "B3", data: { name: "区法学会经费", total: "500000元", parts: "450000元" } },
        ],
      },
      {
        name: "two rows",
        rows: projectList([listRow("甲项目", 10, 9), listRow("乙项目", 20, 21)]),
        errors: [
          { messageId: "row", address: "B3", data: { name: "甲项目", total: "10.00万元", parts: "9.00万元" } },
          { messageId: "row", address: "B4", data: { name: "乙项目", total: "20.00万元", parts: "21.00万元" } },
        ],
      },
    ],
  },

  "budget/list-sum": {
    valid: [
      { name: "合计 = Σ projects", rows: projectList([["合计", 33, 33], listRow("甲项目", 28), listRow("乙项目", 5)]) },
      { name: "涉密 rows count", rows: projectList([["合计", 65.1, 65.1], SECRET, listRow("区法学会经费", 28)]) },
      {
        name: "subtotal = Σ its projects",
        rows: projectList([
          ["合计", 33, 33],
          ["某区委政法委员会", 33, 33],
          listRow("甲项目", 28),
          listRow("乙项目", 5),
        ]),
      },
    ],
    invalid: [
      {
        name: "合计 off in 总计 and 财政拨款",
        rows: projectList([["合计", 30, 30], listRow("区法学会经费", 28)]),
        errors: [
          { messageId: "total", address: "B3", data: { name: "合计", shown: "30.00万元", sum: "28.00万元" } },
          { messageId: "total", address: "C3", data: { name: "合计", shown: "30.00万元", sum: "28.00万元" } },
        ],
      },
      {
        name: "a department subtotal off",
        rows: projectList([
          ["合计", 33, 33],
          ["某区委政法委员会", 30, 33],
          listRow("甲项目", 28),
          listRow("乙项目", 5),
        ]),
        errors: [
          {
            messageId: "subtotal",
            address: "B4",
            data: { name: "某区委政法委员会", shown: "30.00万元", sum: "33.00万元" },
          },
        ],
      },
      {
        name: "in 元",
        rows: projectList([["总计", 290000, 280000], listRow("区法学会经费", 280000)], { unit: "单位：元" }),
        errors: [{ messageId: "total", address: "B3", data: { name: "总计", shown: "290000元", sum: "280000元" } }],
      },
    ],
  },

  "budget/special-funds": {
    valid: [
      { name: "26.71 ≤ 153.15", rows: departmentForm() },
      {
        name: "equal to 项目支出",
        rows: departmentForm({ amounts: { 财政专项资金: 100, 其他事业发展性支出: 53.15 } }),
      },
      { name: "neither filled", rows: departmentForm({ amounts: { 财政专项资金: null, 其他事业发展性支出: null } }) },
    ],
    invalid: [
      {
        name: "100 + 100 over 153.15",
        rows: departmentForm({ amounts: { 财政专项资金: 100, 其他事业发展性支出: 100 } }),
        errors: [{ messageId: "exceeds", address: "C6:C7", data: { dev: "200.00万元", project: "153.15万元" } }],
      },
      {
        name: "only 财政专项资金, in 元",
        rows: departmentForm({
          unit: "元",
          amounts: {
            基本支出: 458900,
            项目支出: 1531500,
            财政拨款: 1990400,
            财政专项资金: 1600000,
            其他事业发展性支出: null,
          },
        }),
        errors: [{ messageId: "exceeds", address: "C6:C7", data: { dev: "1600000元", project: "1531500元" } }],
      },
    ],
  },

  "budget/tasks-exceed": {
    valid: [
      { name: "18万 of 153.15万", rows: departmentForm() },
      {
        name: "seed 000: exactly 项目支出",
        rows: departmentForm({
          tasks: [
            ["甲任务", 1000000],
            ["乙任务", 531500],
          ],
        }),
      },
      { name: "task header in 万元", rows: departmentForm({ taskUnit: "万元", tasks: [["甲任务", 153.15]] }) },
    ],
    invalid: [
      {
        name: "two tasks over 项目支出",
        rows: departmentForm({
          tasks: [
            ["甲任务", 1000000],
            ["乙任务", 600000],
          ],
        }),
        errors: [{ messageId: "exceeds", address: "D9:D10", data: { tasks: "160.00万元", project: "153.15万元" } }],
      },
      {
        name: "a 万元 task header",
        rows: departmentForm({ taskUnit: "万元", tasks: [["甲任务", 200]] }),
        errors: [{ messageId: "exceeds", address: "D9", data: { tasks: "200.00万元", project: "153.15万元" } }],
      },
      {
        name: "an other task's amount read from its text",
        rows: departmentForm({
          tasks: [["甲任务", 1400000]],
          otherTasks: ["机关事业单位派遣人员经费--按时发放人员服务费-190000.00"],
        }),
        errors: [{ messageId: "exceeds", address: "B9:D10", data: { tasks: "159.00万元", project: "153.15万元" } }],
      },
    ],
  },
};

cases["budget/breakdown-sum"] = {
  valid: [
    {
      name: "财政拨款 + 其他资金 = 年度资金总额",
      rows: withRows(
        [
          ["其中:财政拨款", 80],
          ["其他资金", 20],
        ],
        TOTAL_100,
      ),
    },
    { name: "其中 lists only one source (a part of the whole)", rows: withRows([["其中:财政拨款", 80]], TOTAL_100) },
    { name: "money labels side by side that add up", rows: sideBySide([null, 100, 80, 20]) },
    {
      name: "only the top level is summed: (一) over 1、",
      rows: withRows(
        [
          ["(一)财政拨款小计", 100],
          ["1、一般公共预算", 100],
          ["(二)其他资金", 0],
        ],
        TOTAL_100,
      ),
    },
  ],
  invalid: [
    {
      name: "the parts add up to less than the total, 其他 included",
      rows: withRows(
        [
          ["其中:财政拨款", 80],
          ["其他资金", 10],
        ],
        TOTAL_100,
      ),
      errors: [
        {
          messageId: "under",
          address: "B7:B9",
          data: { parts: "90.00万元", total: "100.00万元", label: "年度资金总额(万元)" },
        },
      ],
    },
    {
      name: "money labels side by side (资金来源(万元) | 合计 | 财政拨款 | 其他资金), the amounts on the row below",
      rows: sideBySide([null, 100, 80, 30]),
      errors: [
        { messageId: "over", address: "B8:D8", data: { parts: "110.00万元", total: "100.00万元", label: "合计" } },
      ],
    },
    {
      name: "one part above the total",
      rows: withRows([["其中:财政拨款", 120]], TOTAL_100),
      errors: [
        {
          messageId: "over",
          address: "B7:B8",
          data: { parts: "120.00万元", total: "100.00万元", label: "年度资金总额(万元)" },
        },
      ],
    },
  ],
};

cases["budget/plan-exceeds-budget"] = {
  valid: [
    {
      name: "the plan within the budget",
      rows: withRows([["项目实施计划", "培训需5万元；考核需4万元，合计9万元。"]], TOTAL_100),
    },
    {
      name: "a plan with one amount is not summed",
      rows: withRows([["项目实施计划", "全年培训需150万元以上的场地"]], TOTAL_100),
    },
  ],
  invalid: [
    {
      name: "corpus 19: 合计50万元 against a budget of 25",
      rows: withRows(
        [["项目实施计划", "勘察设计审批需20万元;督导检查需20万元;财务审计需10万元,合计50万元。"]],
        projectForm({ budgetLabel: "年度预算资金总额(万元)", 预算金额: 25 }),
      ),
      errors: [
        {
          messageId: "exceeds",
          address: "B8",
          data: { label: "项目实施计划", plan: "50.00万元", budget: "25.00万元" },
        },
      ],
    },
  ],
};

cases["budget/task-subtotal"] = {
  valid: [
    {
      name: "小计 filled on every row, totals add up",
      rows: tasks(
        [
          ["布展", "内容", 100, 100, 0],
          ["维护", "内容", 50, 40, 10],
        ],
        [150, 140, 10],
      ),
    },
  ],
  invalid: [
    {
      name: "corpus 17: 小计 left blank, 合计 shows 0",
      rows: tasks(
        [
          ["布展", "内容", null, 100, 0],
          ["维护", "内容", null, 50, 0],
        ],
        [0, 150, 0],
      ),
      errors: [
        { messageId: "blank", address: "D4:D5", data: { count: 2 } },
        { messageId: "total", address: "D6:F6", data: { what: "小计", shown: "0.00万元", sum: "150.00万元" } },
      ],
    },
    {
      name: "a row's 小计 is not its parts",
      rows: tasks([["布展", "内容", 90, 100, 0]], [100, 100, 0]),
      errors: [
        { messageId: "row", address: "D4:F4", data: { name: "布展", subtotal: "90.00万元", sum: "100.00万元" } },
      ],
    },
    {
      name: "the total row's column is not the sum of the tasks",
      rows: tasks(
        [
          ["布展", "内容", 100, 100, 0],
          ["维护", "内容", 50, 50, 0],
        ],
        [160, 160, 0],
      ),
      errors: [
        { messageId: "total", address: "E6", data: { what: "市财政拨款", shown: "160.00万元", sum: "150.00万元" } },
      ],
    },
  ],
};

ruleTester.runCategory("budget", cases, __filename);
