import { defineRule } from "../define";
import { rangeOf, show, tolerance, yuan } from "./money";

export default defineRule<"exceeds">({
  id: "budget/tasks-exceed",
  code: "JX504",
  category: "budget",
  defaultSeverity: "error",
  docs: {
    "zh-CN": {
      title: "重点工作任务资金超过项目支出",
      description: "年度重点工作任务与其他需完成任务拟投入的资金合计不应超过项目支出。注意任务表头的单位（元或万元）。",
    },
    "en-US": {
      title: "Task funds above project spending",
      description:
        "The funds of the key and other tasks together must not exceed 项目支出. Mind the unit in the task header (元 or 万元).",
    },
  },
  messages: {
    "zh-CN": { exceeds: "重点工作任务和其他任务的资金合计 {tasks}，超过项目支出 {project}，应不超过。" },
    "en-US": { exceeds: "The task funds add up to {tasks}, more than 项目支出 {project}; expected at most that." },
  },
  create(ctx) {
    return {
      department(d) {
        const project = yuan(d.amounts.project, d.factor);
        const amounts = d.tasks.map((t) => t.amount).filter((a) => a && a.value !== null);
        if (project === null || amounts.length === 0) return;
        const sum = amounts.reduce((s, a) => s + a!.value! * d.tasksFactor, 0);
        const tol = Math.max(tolerance(amounts, d.tasksFactor), tolerance([d.amounts.project], d.factor));
        if (sum <= project + tol) return;
        const where = rangeOf(amounts);
        if (where)
          ctx.report({
            messageId: "exceeds",
            at: where,
            data: { tasks: show(sum, d.factor), project: show(project, d.factor) },
          });
      },
    };
  },
});
