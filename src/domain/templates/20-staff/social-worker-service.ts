import { defineTemplate } from "../schema";

/** Purchased social-worker services (购买社工服务): 清溪 (seed 002), 厚街 (seed 000). */
export default defineTemplate({
  id: "social-worker-service",
  name: { zh: "购买社工服务", en: "Purchased social-worker services" },
  description: {
    zh: "向社工机构购买社工岗位服务：费用标准、社工人数、活动场次、持证上岗、任务完成及时率、满意度。",
    en: "Social-worker posts bought from an agency: cost standard, number of social workers, activities, certification, timeliness, satisfaction.",
  },
  kind: "indicators",
  framework: "2021",
  group: "20-staff",
  source:
    "seed 002 (清溪 购买社工服务岗位经费, 访前法律工作室专项经费) and seed 000 (厚街 购买社工服务经费); budget = 2 × 119277 so the cost fits (the seed's 217085 did not, docs/domain.md §6)",
  defaults: {
    name: "购买社工服务岗位经费",
    type: "其他事业发展性支出",
    budget: 238554,
    periodGoal: "购买社工岗位服务，发挥社会工作者专业技能，协助开展基层社会治理各项工作，缓解人手不足问题。",
    annualGoal: "{year}年度购买社工2名，协助开展各项综治工作，确保年度工作任务顺利完成。",
  },
  rows: [
    {
      l1: "成本指标",
      l2: "经济成本指标",
      l3: "社工服务费用标准",
      period: "≤119277元/人/年",
      annual: "≤119277元/人/年",
      source: "seed 002 清溪 购买社工服务岗位经费: 费用标准 119277元/人/年 (≤ added)",
    },
    {
      l1: "产出指标",
      l2: "数量指标",
      l3: "购买社工人数",
      period: "2人",
      annual: "2人",
      source: "seed 002 清溪: 单位聘用人员数量 2人; seed 000 厚街: 购买社工人数 2人",
    },
    {
      l1: "产出指标",
      l2: "数量指标",
      l3: "社工组织活动场次",
      period: "≥7场",
      annual: "≥7场",
      source: "seed 000 厚街: 社工组织活动次数 7场",
    },
    {
      l1: "产出指标",
      l2: "质量指标",
      l3: "社工持证上岗率",
      period: "100%",
      annual: "100%",
      source: "seed 002 清溪: 持证社会工作者人数 2人 (of 2), as a rate",
    },
    {
      l1: "产出指标",
      l2: "时效指标",
      l3: "任务完成及时率",
      period: "≥90%",
      annual: "≥90%",
      source: "seed 002 清溪 购买社工服务岗位经费: 任务完成及时率 ≥90%",
    },
    {
      l1: "效益指标",
      l2: "社会效益指标",
      l3: "基层社会治理水平",
      period: "市域社会治理、法治建设等年度工作任务按时完成",
      annual: "市域社会治理、法治建设等年度工作任务按时完成",
      source: "seed 002 清溪 购买社工服务岗位经费: 基层社会治理水平 (qualitative, rewritten as a checkable standard)",
    },
    {
      l1: "满意度指标",
      l2: "服务对象满意度指标",
      l3: "服务对象满意度",
      period: "≥98%",
      annual: "≥98%",
      source: "seed 002 清溪 购买社工服务岗位经费 / 访前法律工作室: ≥98%",
    },
  ],
});
