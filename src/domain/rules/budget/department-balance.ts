import { defineRule } from "../define";
import { rangeOf, show, tolerance, yuan } from "./money";

export default defineRule<"unbalanced">({
  id: "budget/department-balance",
  code: "JX501",
  category: "budget",
  defaultSeverity: "error",
  docs: {
    "zh-CN": { title: "部门收支不平衡", description: "部门整体预算中，基本支出 + 项目支出应等于财政拨款 + 其他资金。" },
    "en-US": {
      title: "Department budget unbalanced",
      description: "In a department budget, 基本支出 + 项目支出 must equal 财政拨款 + 其他资金.",
    },
  },
  messages: {
    "zh-CN": {
      unbalanced: "支出合计 {spend}（基本支出 + 项目支出）不等于收入合计 {income}（财政拨款 + 其他资金），应相等。",
    },
    "en-US": {
      unbalanced:
        "Spending {spend} (基本支出 + 项目支出) differs from income {income} (财政拨款 + 其他资金); expected equal.",
    },
  },
  create(ctx) {
    return {
      department(d) {
        const a = d.amounts;
        const basic = yuan(a.basic, d.factor),
          project = yuan(a.project, d.factor),
          fiscal = yuan(a.fiscal, d.factor);
        if (basic === null || project === null || fiscal === null) return;
        const other = yuan(a.other, d.factor) ?? 0;
        const spend = basic + project,
          income = fiscal + other;
        const cells = [a.basic, a.project, a.fiscal, a.other];
        if (Math.abs(spend - income) <= tolerance(cells, d.factor)) return;
        const where = rangeOf(cells);
        if (where)
          ctx.report({
            messageId: "unbalanced",
            at: where,
            data: { spend: show(spend, d.factor), income: show(income, d.factor) },
          });
      },
    };
  },
});
