import { defineTemplate } from "../schema";

/** Training events (业务培训): 厚街 队伍建设 (seed 000), 麻涌 智慧网格 (seed 001). */
export default defineTemplate({
  id: "training-events",
  name: { zh: "业务培训", en: "Training events" },
  description: {
    zh: "面向网格员等工作人员的业务培训：培训场次、完成率、考核合格率、及时率、每场费用、培训效果、培训对象满意度。",
    en: "Training for grid workers and other staff: sessions, completion, pass rate, timeliness, cost per session, effect, trainee satisfaction.",
  },
  kind: "indicators",
  framework: "2020",
  group: "40-events",
  source: "seed 000 (厚街 队伍建设专项经费) and seed 001 (麻涌 智慧网格: 开展5场业务培训)",
  defaults: {
    name: "业务培训经费",
    type: "其他特定目标类（部门职能类）",
    budget: 20000,
    periodGoal: "开展业务培训，提升工作人员的业务水平和突发事件应急处置能力，建设一支业务强、素质高的工作队伍。",
    annualGoal: "{year}年度开展业务培训12场，培训工作完成率100%，参训人员考核合格率不低于95%。",
  },
  rows: [
    { l1: "产出指标", l2: "数量指标", l3: "业务培训场次", period: "12场", annual: "12场", source: "seed 000 厚街: 网格员参加线上业务培训次数 12次" },
    { l1: "产出指标", l2: "质量指标", l3: "培训工作完成率", period: "100%", annual: "100%", source: "seed 000 厚街: 培训工作完成率 100%" },
    { l1: "产出指标", l2: "质量指标", l3: "参训人员考核合格率", period: "≥95%", annual: "≥95%", source: "seed 000 厚街: 网格员工作考核合格率 ≥95%" },
    { l1: "产出指标", l2: "时效指标", l3: "培训完成及时率", period: "100%", annual: "100%", source: "seed 000 厚街: 工作任务完成及时率 100%" },
    { l1: "产出指标", l2: "成本指标", l3: "每场培训费用", period: "≤1000元/场", annual: "≤1000元/场", source: "seed 000 厚街: 线上培训每场费用 ≤1000元" },
    { l1: "效益指标", l2: "社会效益指标", l3: "网格员上报隐患事件次数", period: "≥100次", annual: "≥100次", source: "seed 000 厚街: 上报各类隐患、事件次数 ≥100次" },
    { l1: "满意度指标", l2: "服务对象满意度指标", l3: "培训对象满意度", period: "≥90%", annual: "≥90%", source: "seed 000 厚街: 培训对象满意度 (“满意”, made measurable: docs/domain.md §3 common practice ≥90%)" },
  ],
});
