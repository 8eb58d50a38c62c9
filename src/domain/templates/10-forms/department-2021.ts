import { defineTemplate } from "../schema";

/** 部门整体支出绩效目标表, 2021 framework, laid out like the 清溪 2025 申报表 (seed 002); amounts in 元. */
export default defineTemplate({
  id: "department-2021",
  name: { zh: "部门整体支出绩效目标表（2021年框架）", en: "Department form (2021 framework)" },
  description: {
    zh: "部门名称、基本信息、预算整体情况（收支平衡、按预算级次划分）、总体绩效目标、年度重点工作任务和部门指标表。金额单位为元，各项合计自动相符。",
    en: "Department name, basic facts, the budget (balanced, split by level), overall goals, key tasks and the department's indicator table. Amounts in 元; the totals agree.",
  },
  kind: "department",
  framework: "2021",
  group: "10-forms",
  source:
    "layout and targets: seed 002 (清溪 平安法治办公室 2025 部门整体预算绩效目标申报表), budget identities fixed (docs/domain.md §5, §6)",
  defaults: {
    staff: 15,
    basicBudget: 458900,
    budget: 1531500,
    tasks: [
      {
        name: "扫黑除恶专项斗争经费",
        content:
          "延续聘用2名劳务派遣人员协助开展扫黑除恶专项斗争，推动线索摸排、案件侦办、乱象治理、宣传发动等工作持续深入开展。",
        amount: 180000,
        goal: "确保按期、高质量完成常态化扫黑除恶各项工作，不断推动全镇扫黑除恶专项斗争取得新成效。",
      },
      {
        name: "访前法律工作室专项经费",
        content: "购买两名社工服务，以第三方角色介入信访工作、参与矛盾纠纷化解，为来访群众提供免费法律咨询服务。",
        amount: 217085,
        goal: "促进信访群众理性、有序反映诉求，推动涉法涉诉事项退出普通信访领域。",
      },
    ],
  },
  rows: [
    {
      l1: "成本指标",
      l2: "经济成本指标",
      l3: "人员薪酬标准",
      period: "≤9万元/人/年",
      annual: "≤9万元/人/年",
      source: "seed 002 清溪 部门表: 人员薪酬标准 劳务派遣人员≤9万元/人/年",
    },
    {
      l1: "成本指标",
      l2: "经济成本指标",
      l3: "宣传费",
      period: "≤2万元/场",
      annual: "≤2万元/场",
      source: "seed 002 清溪 部门表: 宣传费 ≤2万元/场",
    },
    {
      l1: "产出指标",
      l2: "数量指标",
      l3: "服务人次数",
      period: "≥500人次",
      annual: "≥500人次",
      source: "seed 002 清溪 部门表: 服务人次数 ≥500人次",
    },
    {
      l1: "产出指标",
      l2: "数量指标",
      l3: "宣传活动次数",
      period: "≥12次",
      annual: "≥12次",
      source: "seed 002 清溪 部门表: 宣传活动次数 ≥12次",
    },
    {
      l1: "产出指标",
      l2: "质量指标",
      l3: "案件办理率",
      period: "≥95%",
      annual: "≥95%",
      source: "seed 002 清溪 部门表: 案件办理率 ≥95%",
    },
    {
      l1: "产出指标",
      l2: "质量指标",
      l3: "事件上报准确率",
      period: "≥98%",
      annual: "≥98%",
      source: "seed 002 清溪 部门表: 事件上报准确性 ≥98%",
    },
    {
      l1: "产出指标",
      l2: "时效指标",
      l3: "工作完成及时率",
      period: "≥98%",
      annual: "≥98%",
      source: "seed 002 清溪 部门表: 工作完成及时率 ≥98%",
    },
    {
      l1: "效益指标",
      l2: "社会效益指标",
      l3: "涉稳舆情处置率",
      period: "100%",
      annual: "100%",
      source: "seed 002 清溪 部门表: 涉稳舆情处置率（%） 100%",
    },
    {
      l1: "效益指标",
      l2: "社会效益指标",
      l3: "排查化解矛盾纠纷数",
      period: "≥100件",
      annual: "≥100件",
      source: "seed 002 清溪 部门表: 排查化解矛盾 排查化解案件≥100件",
    },
    {
      l1: "满意度指标",
      l2: "服务对象满意度指标",
      l3: "服务对象满意度",
      period: "≥98%",
      annual: "≥98%",
      source: "seed 002 清溪 部门表: 服务对象满意度 ≥98%",
    },
  ],
});
