import { defineTemplate } from "../schema";

/** 项目绩效目标表, 2015/2020 framework (成本 under 产出), laid out like the 麻涌 2024 forms (seed 001). */
export default defineTemplate({
  id: "project-2020",
  name: { zh: "项目绩效目标表（2020年框架，成本在产出下）", en: "Project form (2020 framework, cost under output)" },
  description: {
    zh: "财预〔2015〕88号、财预〔2020〕10号沿用的指标体系：产出指标下设数量、质量、时效、成本指标。含一张通用指标表，可换成下列标准指标组。",
    en: "The 2015/2020 indicator framework: 产出指标 holds 数量, 质量, 时效 and 成本. Comes with a generic table; pick standard indicator sets to replace it.",
  },
  kind: "project",
  framework: "2020",
  group: "10-forms",
  source: "layout: seeds 001 (麻涌) and 002 (清溪); targets: seed 001 智慧网格 and docs/domain.md §3 common practice",
  defaults: { type: "其他特定目标类（部门职能类）", level: "二级项目", budget: 100000 },
  rows: [
    {
      l1: "产出指标",
      l2: "数量指标",
      l3: "年度工作任务完成率",
      period: "≥90%",
      annual: "≥90%",
      source: "seed 001 麻涌 智慧网格: 智网工作任务完成率 ≥90%",
    },
    {
      l1: "产出指标",
      l2: "质量指标",
      l3: "资金使用合规率",
      period: "100%",
      annual: "100%",
      source: "seed 001 麻涌 智慧网格: 资金使用合规性（%） 100%",
    },
    {
      l1: "产出指标",
      l2: "时效指标",
      l3: "工作完成及时率",
      period: "≥90%",
      annual: "≥90%",
      source: "seed 001 麻涌 派遣人员经费: 工作完成及时率 ≥90%",
    },
    {
      l1: "产出指标",
      l2: "成本指标",
      l3: "项目年度成本",
      period: "≤{budget}元",
      annual: "≤{budget}元",
      source: "docs/domain.md §3/§5 common practice: a cost in 元, lower is better, within the project budget",
    },
    {
      l1: "效益指标",
      l2: "社会效益指标",
      l3: "年度绩效目标实现率",
      period: "≥90%",
      annual: "≥90%",
      source: "docs/domain.md §3 common practice",
    },
    {
      l1: "满意度指标",
      l2: "服务对象满意度指标",
      l3: "服务对象满意度",
      period: "≥90%",
      annual: "≥90%",
      source: "seed 001 麻涌 智慧网格: 受访对象满意度 ≥90%",
    },
  ],
});
