import { defineTemplate } from "../schema";

/** Uniforms and equipment purchase (服装装备购置): 麻涌 货物购置类项目（服装制服） (seed 001), 厚街 机动队服装 (seed 000). */
export default defineTemplate({
  id: "uniforms-equipment",
  name: { zh: "服装及装备购置", en: "Uniforms and equipment purchase" },
  description: {
    zh: "工作服、装备等货物购置：定制人数、质量与验收合格率、发放及时率、单价、统一着装率、使用年限、使用人满意度。",
    en: "Buying uniforms and equipment: people fitted, quality and acceptance, timely issue, unit price, uniform wear, service life, user satisfaction.",
  },
  kind: "indicators",
  framework: "2020",
  group: "50-purchase",
  source: "seed 001 (麻涌 货物购置类项目（服装制服）, budget 41700 = 20 × 2085) and seed 000 (厚街 机动队服装)",
  defaults: {
    name: "货物购置类项目（服装制服）",
    type: "其他运转类（综合类）",
    budget: 41700,
    periodGoal: "为工作人员统一制作工作服，树立统一、规范的队伍形象。",
    annualGoal: "{year}年度为20名工作人员制作巡查服、外套、帽子等工作服，满足日常工作需要。",
  },
  rows: [
    { l1: "产出指标", l2: "数量指标", l3: "定制服装人数", period: "20人", annual: "20人", source: "seed 001 麻涌 服装制服: 定制服装人数 ≥ 20 (unit 人 added)" },
    { l1: "产出指标", l2: "质量指标", l3: "服装质量合格率", period: "100%", annual: "100%", source: "seed 001 麻涌 服装制服: 服装质量合格率 100%" },
    { l1: "产出指标", l2: "质量指标", l3: "服装验收合格率", period: "100%", annual: "100%", source: "seed 000 厚街: 机动队服装验收合格率 100%" },
    { l1: "产出指标", l2: "时效指标", l3: "制服发放及时率", period: "100%", annual: "100%", source: "seed 001 麻涌 服装制服: 制服发放及时性 及时 (as a rate)" },
    { l1: "产出指标", l2: "成本指标", l3: "服装单价", period: "≤2085元/人", annual: "≤2085元/人", source: "seed 001 麻涌 服装制服: 服装单价 ≤ 2085 元/人" },
    { l1: "效益指标", l2: "社会效益指标", l3: "工作人员统一着装率", period: "100%", annual: "100%", source: "seed 001 麻涌 服装制服 goal (统一、规范的队伍形象), as a rate" },
    { l1: "效益指标", l2: "可持续影响指标", l3: "服装使用年限", period: "≥2年", annual: "≥2年", source: "docs/domain.md §3 common practice" },
    { l1: "满意度指标", l2: "服务对象满意度指标", l3: "使用人满意度", period: "≥90%", annual: "≥90%", source: "seed 001 麻涌 服装制服: 使用人满意度 $\\geq 90\\%$ (cleaned)" },
  ],
});
