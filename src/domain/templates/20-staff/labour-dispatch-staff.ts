import { defineTemplate } from "../schema";

/** Staff hired through labour dispatch (劳务派遣): 清溪 机关事业单位派遣人员经费 / 扫黑除恶 (seed 002), 麻涌 (seed 001). */
export default defineTemplate({
  id: "labour-dispatch-staff",
  name: { zh: "劳务派遣人员经费", en: "Staff by labour dispatch" },
  description: {
    zh: "以劳务派遣形式聘用工作人员的经费：薪酬标准、聘用人数、出勤与考核、服务费发放及时率、满意度。",
    en: "Staff hired through a labour-dispatch agency: pay standard, head count, attendance and appraisal, timely payment, satisfaction.",
  },
  kind: "indicators",
  framework: "2021",
  group: "20-staff",
  source: "seed 002 (清溪 机关事业单位派遣人员经费, 扫黑除恶专项斗争经费) and seed 001 (麻涌 机关事业单位派遣人员经费)",
  defaults: {
    name: "机关事业单位派遣人员经费",
    type: "其他运转类（综合类）",
    budget: 190000,
    periodGoal: "通过劳务派遣形式聘用工作人员，缓解人手不足问题，减轻业务工作负担，保障各项业务工作顺利开展。",
    annualGoal: "{year}年度按时足额发放派遣人员服务费，派遣人员全部到岗，及时处理各项业务事项。",
  },
  rows: [
    { l1: "成本指标", l2: "经济成本指标", l3: "人员薪酬标准", period: "≤9万元/人/年", annual: "≤9万元/人/年", source: "seed 002 清溪 机关事业单位派遣人员经费 / 扫黑除恶: 人员薪酬标准 ≤9万元/人/年" },
    { l1: "产出指标", l2: "数量指标", l3: "派遣人员聘用数", period: "2人", annual: "2人", source: "seed 002 清溪 机关事业单位派遣人员经费: 人员聘用数 2人" },
    { l1: "产出指标", l2: "质量指标", l3: "人员出勤率", period: "100%", annual: "100%", source: "seed 002 清溪 机关事业单位派遣人员经费: 人员出勤率 100%" },
    { l1: "产出指标", l2: "质量指标", l3: "人员考核达标率", period: "≥90%", annual: "≥90%", source: "seed 001 麻涌 机关事业单位派遣人员经费: 人员考核达标率 ≥90%" },
    { l1: "产出指标", l2: "时效指标", l3: "工作完成及时率", period: "≥98%", annual: "≥98%", source: "seed 002 清溪 机关事业单位派遣人员经费: 工作完成及时率 ≥98%" },
    { l1: "产出指标", l2: "时效指标", l3: "服务费发放及时率", period: "100%", annual: "100%", source: "seed 002 清溪 部门表 (按时按量发放人员服务费); rate: docs/domain.md §3 common practice" },
    { l1: "效益指标", l2: "社会效益指标", l3: "保障业务工作开展", period: "岗位人员全部到位，业务工作按时完成", annual: "岗位人员全部到位，业务工作按时完成", source: "seed 002 清溪 机关事业单位派遣人员经费: 保障业务工作开展 (qualitative, shortened)" },
    { l1: "满意度指标", l2: "服务对象满意度指标", l3: "受惠对象满意率", period: "≥96%", annual: "≥96%", source: "seed 002 清溪 扫黑除恶专项斗争经费: 受惠对象满意率 ≥96%" },
  ],
});
