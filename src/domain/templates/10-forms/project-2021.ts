import { defineTemplate } from "../schema";

/** 项目绩效目标表, 2021 framework (成本 as 一级), laid out like the 清溪 2025 批复表 (seed 002). */
export default defineTemplate({
  id: "project-2021",
  name: { zh: "项目绩效目标表（2021年框架，成本为一级指标）", en: "Project form (2021 framework, cost as a 一级)" },
  description: {
    zh: "财预〔2021〕101号的指标体系：成本指标为一级指标，下设经济成本、社会成本、生态环境成本指标。含一张通用指标表，可换成下列标准指标组。",
    en: "The 2021 guide's framework: 成本指标 is a 一级 with 经济/社会/生态环境成本. Comes with a generic table; pick standard indicator sets to replace it.",
  },
  kind: "project",
  framework: "2021",
  group: "10-forms",
  source: "layout: seed 002 (清溪 项目绩效目标批复表); targets: seed 002 and docs/domain.md §3 common practice",
  defaults: { type: "其他特定目标类（部门职能类）", level: "二级项目", budget: 100000 },
  rows: [
    {
      l1: "成本指标",
      l2: "经济成本指标",
      l3: "项目年度成本",
      period: "≤{budget}元",
      annual: "≤{budget}元",
      source: "docs/domain.md §3/§5 common practice: a cost in 元, lower is better, within the project budget",
    },
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
      l3: "任务完成及时率",
      period: "≥95%",
      annual: "≥95%",
      source: "seed 002 清溪 综治视联网 / 成立法学会: 任务完成及时率 ≥95%",
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
      source: "docs/domain.md §3 common practice (real forms use ≥85%…≥98%)",
    },
  ],
});
