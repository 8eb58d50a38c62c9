import { defineTemplate } from "../schema";

/** Platform construction (平台建设): 清溪 综治视联网建设 (seed 002), 黄埔 系统平台 / 视联网 (seed 004). */
export default defineTemplate({
  id: "platform-construction",
  name: { zh: "平台建设", en: "Platform construction" },
  description: {
    zh: "视联网、信息平台等建设项目：链路及延保费用、建设点位数量、验收通过率、运行稳定性、完成及时率、系统使用率、使用人员满意度。",
    en: "Building a video network or information platform: link and warranty cost, sites built, acceptance, stability, timeliness, usage, user satisfaction.",
  },
  kind: "indicators",
  framework: "2021",
  group: "70-platform",
  source:
    "seed 002 (清溪 综治视联网建设专项费用, 企业风险预警系统) and seed 004 (黄埔 出租屋门禁系统, 综治视联网); budget = 13.45万元 so the cost fits (the seed's 92400 did not, docs/domain.md §6)",
  defaults: {
    name: "综治视联网建设专项费用",
    type: "其他特定目标类（部门职能类）",
    budget: 134500,
    periodGoal: "建设并维护综治视联网系统，保障系统安全稳定运行，为综治业务开展提供支撑。",
    annualGoal: "{year}年度建设两级点位23个，系统验收通过率100%，系统使用率不低于80%。",
  },
  rows: [
    {
      l1: "成本指标",
      l2: "经济成本指标",
      l3: "通讯链路及延保费用",
      period: "≤13.45万元/年",
      annual: "≤13.45万元/年",
      source: "seed 002 清溪 综治视联网: 通讯链路费及延保费13.45万元/年 (≤ added)",
    },
    {
      l1: "产出指标",
      l2: "数量指标",
      l3: "建设点位数量",
      period: "23个",
      annual: "23个",
      source: "seed 002 清溪 综治视联网: 设施设备数量 23个",
    },
    {
      l1: "产出指标",
      l2: "质量指标",
      l3: "系统平台验收通过率",
      period: "100%",
      annual: "100%",
      source: "seed 004 黄埔 出租屋门禁系统: 系统平台验收通过率 100%",
    },
    {
      l1: "产出指标",
      l2: "质量指标",
      l3: "系统运行稳定性",
      period: "稳定",
      annual: "稳定",
      source: "seed 002 清溪 综治视联网: 系统运行稳定性 稳定",
    },
    {
      l1: "产出指标",
      l2: "时效指标",
      l3: "任务完成及时率",
      period: "≥95%",
      annual: "≥95%",
      source: "seed 002 清溪 综治视联网: 任务完成及时率(%) ≥95%",
    },
    {
      l1: "效益指标",
      l2: "社会效益指标",
      l3: "系统使用率",
      period: "≥80%",
      annual: "≥80%",
      source: "seed 002 清溪 企业风险预警系统 goal: 系统使用率大于80%",
    },
    {
      l1: "满意度指标",
      l2: "服务对象满意度指标",
      l3: "使用人员满意度",
      period: "≥90%",
      annual: "≥90%",
      source: "seed 002 清溪 综治视联网: 使用人员满意度 ≥90%",
    },
  ],
});
