import { defineTemplate } from "../schema";

/** Publicity events (宣传活动): 清溪 部门表 / 成立法学会 (seed 002), 黄埔 平安宣传 (seed 004). */
export default defineTemplate({
  id: "publicity-events",
  name: { zh: "宣传活动", en: "Publicity events" },
  description: {
    zh: "普法、平安等宣传宣讲活动：单场费用、活动场次、资料发放、宣传覆盖率、完成及时率、群众知晓率、满意度。",
    en: "Legal-awareness and public-safety publicity: cost per event, number of events, leaflets, coverage, timeliness, public awareness, satisfaction.",
  },
  kind: "indicators",
  framework: "2021",
  group: "40-events",
  source: "seed 002 (清溪 部门表, 成立法学会) and seed 004 (黄埔 平安宣传经费, 扫黑除恶斗争工作经费)",
  defaults: {
    name: "平安法治宣传经费",
    type: "其他特定目标类（部门职能类）",
    budget: 100000,
    periodGoal: "开展平安法治宣传宣讲活动，提高群众的法治意识和安全防范意识，营造良好的法治氛围。",
    annualGoal: "{year}年度开展宣传活动不少于12场，发放宣传资料不少于5000份，普法宣传覆盖率不低于95%。",
  },
  rows: [
    { l1: "成本指标", l2: "经济成本指标", l3: "单场宣传活动费用", period: "≤6000元/场", annual: "≤6000元/场", source: "seed 002 清溪 成立法学会: 每次宣传活动费用≤6000元" },
    { l1: "产出指标", l2: "数量指标", l3: "宣传活动场次", period: "≥12场", annual: "≥12场", source: "seed 002 清溪 部门表: 宣传活动次数 ≥12次; seed 004 黄埔: 平安宣讲 12场" },
    { l1: "产出指标", l2: "数量指标", l3: "宣传资料发放数量", period: "≥5000份", annual: "≥5000份", source: "seed 004 黄埔 平安宣传经费: 平安黄埔宣传 5000份" },
    { l1: "产出指标", l2: "质量指标", l3: "普法宣传覆盖率", period: "≥95%", annual: "≥95%", source: "seed 002 清溪 成立法学会: 普法宣传覆盖率 ≥95%" },
    { l1: "产出指标", l2: "时效指标", l3: "任务完成及时率", period: "≥95%", annual: "≥95%", source: "seed 002 清溪 成立法学会: 任务完成及时率（%） ≥95%" },
    { l1: "效益指标", l2: "社会效益指标", l3: "群众法治知晓率", period: "≥90%", annual: "≥90%", source: "docs/domain.md §3 common practice (seed 004 names 平安创建知晓率 as an aim)" },
    { l1: "满意度指标", l2: "服务对象满意度指标", l3: "受惠对象满意率", period: "≥92%", annual: "≥92%", source: "seed 002 清溪 成立法学会: 受惠对象满意率 ≥92%" },
  ],
});
