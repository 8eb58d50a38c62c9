import { defineTemplate } from "../schema";

/** Information-system maintenance (系统运维): 清溪 企业风险预警系统 / 综治视联网 (seed 002), 厚街 软件维护 (seed 000). */
export default defineTemplate({
  id: "system-maintenance",
  name: { zh: "信息系统运维", en: "Information-system maintenance" },
  description: {
    zh: "业务系统、平台的年度运行维护：运维费用、维护系统数量、运维合格率、事件处置及时率、系统正常运行率、使用人员满意度。",
    en: "Yearly maintenance of business systems and platforms: cost, systems maintained, maintenance quality, timeliness, uptime, user satisfaction.",
  },
  kind: "indicators",
  framework: "2021",
  group: "30-it",
  source: "seed 002 (清溪 企业风险预警系统专项经费, 综治视联网建设专项费用) and seed 000 (厚街 软件维护)",
  defaults: {
    name: "信息系统运维专项经费",
    type: "其他特定目标类（部门职能类）",
    budget: 210100,
    periodGoal: "对业务信息系统进行运行维护，保障系统安全稳定运行，保障软硬件正常运转，为业务开展提供支撑。",
    annualGoal: "{year}年度完成系统运行维护，系统正常运行率不低于80%，事件处置及时率不低于80%。",
  },
  rows: [
    { l1: "成本指标", l2: "经济成本指标", l3: "系统运维费用", period: "≤21.01万元/年", annual: "≤21.01万元/年", source: "seed 000 厚街: 软件维护费用 21.01万元/年 (≤ added)" },
    { l1: "产出指标", l2: "数量指标", l3: "维护软件系统数量", period: "2套", annual: "2套", source: "seed 000 厚街: 软件系统维护数量 2套" },
    { l1: "产出指标", l2: "数量指标", l3: "事件上报数", period: "≥200宗", annual: "≥200宗", source: "seed 002 清溪 企业风险预警系统: 事件上报数 ≥200宗" },
    { l1: "产出指标", l2: "质量指标", l3: "平台系统运行维护合格率", period: "≥95%", annual: "≥95%", source: "seed 000 厚街: 平台系统运行维护合格率 ≥95%" },
    { l1: "产出指标", l2: "质量指标", l3: "事件上报准确率", period: "≥80%", annual: "≥80%", source: "seed 002 清溪 企业风险预警系统: 事件上报准确性 ≥80%" },
    { l1: "产出指标", l2: "时效指标", l3: "事件处置及时率", period: "≥80%", annual: "≥80%", source: "seed 002 清溪 企业风险预警系统: 事件处置及时率 ≥80%" },
    { l1: "效益指标", l2: "社会效益指标", l3: "系统正常运行率", period: "≥80%", annual: "≥80%", source: "seed 002 清溪 企业风险预警系统 / 综治视联网: 系统正常运行率 ≥80%" },
    { l1: "满意度指标", l2: "服务对象满意度指标", l3: "使用人员满意度", period: "≥92%", annual: "≥92%", source: "seed 002 清溪 企业风险预警系统: 使用人员满意度 92% (≥ added)" },
  ],
});
