import { defineTemplate } from "../schema";

/** Leased data lines and mobile terminals (专线/终端租赁): 厚街 智网工程 (seed 000), 黄埔 政法四级网链路 (seed 004). */
export default defineTemplate({
  id: "leased-lines",
  name: { zh: "数据专线及终端租赁", en: "Leased lines and terminals" },
  description: {
    zh: "数据专线、网络链路和移动作业终端的租赁：租赁数量、链路可用率、运维响应及时率、租赁费用、覆盖范围、使用人员满意度。",
    en: "Leased data lines, network links and mobile terminals: quantities, availability, response time, rental cost, coverage, user satisfaction.",
  },
  kind: "indicators",
  framework: "2020",
  group: "30-it",
  source: "seed 000 (厚街 智网工程路线/数据专线/移动作业终端) and seed 004 (黄埔 政法四级网链路租赁经费)",
  defaults: {
    name: "数据专线及移动终端租赁经费",
    type: "其他特定目标类（部门职能类）",
    budget: 259700,
    periodGoal: "租赁数据专线和移动作业终端，保障业务网络链路正常使用，不出现长期断网事故。",
    annualGoal: "{year}年度租赁数据专线5条、移动作业终端81台，链路可用率不低于99%。",
  },
  rows: [
    { l1: "产出指标", l2: "数量指标", l3: "数据专线租赁数量", period: "5条", annual: "5条", source: "seed 000 厚街: 智网工程路线租赁数量 5条" },
    { l1: "产出指标", l2: "数量指标", l3: "移动作业终端租赁数量", period: "81台", annual: "81台", source: "seed 000 厚街: 移动作业终端租赁数量 81台" },
    { l1: "产出指标", l2: "质量指标", l3: "专线链路可用率", period: "≥99%", annual: "≥99%", source: "seed 004 黄埔 政法四级网链路 (所有链路运行正常), as a rate: docs/domain.md §3 common practice" },
    { l1: "产出指标", l2: "时效指标", l3: "运维响应及时率", period: "≥95%", annual: "≥95%", source: "docs/domain.md §3 common practice" },
    { l1: "产出指标", l2: "成本指标", l3: "数据专线费用", period: "≤11.58万元/年", annual: "≤11.58万元/年", source: "seed 000 厚街: 数据专线费用 11.58万元/年 (≤ added)" },
    { l1: "产出指标", l2: "成本指标", l3: "移动终端租赁费用", period: "≤14.39万元/年", annual: "≤14.39万元/年", source: "seed 000 厚街: 手机租赁费用 14.39万元/年 (≤ added)" },
    { l1: "效益指标", l2: "社会效益指标", l3: "网络覆盖范围", period: "全覆盖", annual: "全覆盖", source: "seed 004 黄埔 政法四级网链路: 政法网链路覆盖情况 全覆盖" },
    { l1: "满意度指标", l2: "服务对象满意度指标", l3: "使用人员满意度", period: "≥90%", annual: "≥90%", source: "seed 002 清溪 综治视联网: 使用人员满意度 ≥90%" },
  ],
});
