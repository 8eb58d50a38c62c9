import { defineTemplate } from "../schema";

/** Subsidies to communities (对社区补助): 厚街 社区接管区域补助专项 (seed 000). */
export default defineTemplate({
  id: "community-subsidy",
  name: { zh: "社区补助", en: "Subsidies to communities" },
  description: {
    zh: "对社区（村）的补助资金：补助社区数量、按标准发放率、发放及时率、补助金额、接管区域隐患处置率、受补助社区满意度。",
    en: "Subsidies paid to communities: communities funded, paid to standard, paid on time, amount, hazards handled in the area, satisfaction.",
  },
  kind: "indicators",
  framework: "2020",
  group: "60-subsidy",
  source: "seed 000 (厚街 社区接管区域补助专项 54.15万元, 3个社区)",
  defaults: {
    name: "社区接管区域补助专项",
    type: "其他特定目标类（部门职能类）",
    budget: 541500,
    periodGoal: "补助社区接管基层社会治理的费用，满足社区用人需求，提高工作效率，强化社区治理能力。",
    annualGoal: "{year}年度按标准及时向3个社区发放补助资金。",
  },
  rows: [
    {
      l1: "产出指标",
      l2: "数量指标",
      l3: "补助社区数量",
      period: "3个",
      annual: "3个",
      source: "seed 000 厚街: 补助社区数量 3个",
    },
    {
      l1: "产出指标",
      l2: "质量指标",
      l3: "补助资金按标准发放率",
      period: "100%",
      annual: "100%",
      source: "docs/domain.md §3 common practice",
    },
    {
      l1: "产出指标",
      l2: "时效指标",
      l3: "补助资金发放及时率",
      period: "100%",
      annual: "100%",
      source: "seed 000 厚街: 补助资金发放及时率 100%",
    },
    {
      l1: "产出指标",
      l2: "成本指标",
      l3: "补助社区费用",
      period: "≤54.15万元",
      annual: "≤54.15万元",
      source: "seed 000 厚街: 补助社区费用 54.15万元 (≤ added)",
    },
    {
      l1: "效益指标",
      l2: "社会效益指标",
      l3: "接管区域隐患事件处置率",
      period: "≥95%",
      annual: "≥95%",
      source: "docs/domain.md §3 common practice (seed 000's 减轻社区负担 “减轻” is vague)",
    },
    {
      l1: "满意度指标",
      l2: "服务对象满意度指标",
      l3: "受补助社区满意度",
      period: "≥90%",
      annual: "≥90%",
      source: "docs/domain.md §3 common practice",
    },
  ],
});
