import { defineRule } from "../define";
import { rangeOf, show, tolerance, yuan } from "./money";

export default defineRule<"exceeds">({
  id: "budget/special-funds",
  code: "JX503",
  category: "budget",
  defaultSeverity: "error",
  docs: {
    "zh-CN": {
      title: "事业发展性支出超过项目支出",
      description: "财政专项资金 + 其他事业发展性支出不应超过项目支出。",
    },
    "en-US": {
      title: "Development spending above project spending",
      description: "财政专项资金 + 其他事业发展性支出 must not exceed 项目支出.",
    },
  },
  messages: {
    "zh-CN": { exceeds: "财政专项资金 + 其他事业发展性支出 = {dev}，超过项目支出 {project}，应不超过。" },
    "en-US": {
      exceeds: "财政专项资金 + 其他事业发展性支出 = {dev} exceeds 项目支出 {project}; expected at most that.",
    },
  },
  create(ctx) {
    return {
      department(d) {
        const a = d.amounts;
        const project = yuan(a.project, d.factor);
        const special = yuan(a.special, d.factor),
          otherDev = yuan(a.otherDev, d.factor);
        if (project === null || (special === null && otherDev === null)) return;
        const dev = (special ?? 0) + (otherDev ?? 0);
        if (dev <= project + tolerance([a.project, a.special, a.otherDev], d.factor)) return;
        const where = rangeOf([a.special, a.otherDev]);
        if (where)
          ctx.report({
            messageId: "exceeds",
            at: where,
            data: { dev: show(dev, d.factor), project: show(project, d.factor) },
          });
      },
    };
  },
});
