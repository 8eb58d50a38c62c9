import { defineRule } from "../define";
import { at } from "../utils";

export default defineRule<"noLabel" | "empty" | "unreadable">({
  id: "project/budget-missing",
  code: "JX602",
  category: "project",
  defaultSeverity: "error",
  docs: {
    "zh-CN": { title: "缺少项目预算金额", description: "项目绩效目标表应有“YYYY年预算金额”一栏并填写金额（元），成本指标和资金核对都以它为准。" },
    "en-US": { title: "Project budget missing", description: "A project form needs a “YYYY年预算金额” row with an amount (元); costs are checked against it." },
  },
  messages: {
    "zh-CN": {
      noLabel: "项目“{{name}}”没有“预算金额”一栏，应填写“YYYY年预算金额”。",
      empty: "预算金额未填写，应填写金额（元）。",
      unreadable: "预算金额“{{text}}”无法读取，应只填数字。",
    },
    "en-US": {
      noLabel: "The project “{{name}}” has no 预算金额 row; expected “YYYY年预算金额”.",
      empty: "The budget amount is empty; expected an amount (元).",
      unreadable: "Cannot read the budget “{{text}}”; expected a number.",
    },
  },
  create(ctx) {
    return {
      project(p) {
        if (!p.budgetLabel || !p.budget) {
          const where = p.labels.name ?? p.name;
          if (where) ctx.report({ messageId: "noLabel", at: at(where), data: { name: p.name?.text ?? "" } });
          return;
        }
        if (p.budget.text === "") ctx.report({ messageId: "empty", at: at(p.budget) });
        else if (!p.budget.readable) ctx.report({ messageId: "unreadable", at: at(p.budget), data: { text: p.budget.text } });
      },
    };
  },
});
