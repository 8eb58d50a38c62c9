import { defineRule } from "../define";
import { parseValue } from "../../model/value";
import { projectBudget, show, yuan } from "./money";

/** The plan's own total: 合计50万元, 共计…, 总计…. */
const TOTAL = /(合计|共计|总计|共需|总需)[:：]?\s*约?(\d+(?:\.\d+)?)\s*(万元|元|亿元)/g;
const PLAN_LABEL = /实施计划|资金测算|测算依据|资金安排|支出计划/;

/** The money a plan text asks for: its stated total, or the sum of its amounts when it lists two or more. */
function planTotal(text: string): number | null {
  let total: number | null = null;
  for (const m of text.matchAll(TOTAL)) total = Number(m[2]) * (m[3] === "万元" ? 1e4 : m[3] === "亿元" ? 1e8 : 1);
  if (total !== null) return total;
  const money = parseValue(text).q.filter((q) => q.kind === "money" && q.per.length === 0);
  return money.length >= 2 ? money.reduce((s, q) => s + (q.yuan ?? 0), 0) : null;
}

export default defineRule<"exceeds">({
  id: "budget/plan-exceeds-budget",
  code: "JX509",
  category: "budget",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "实施计划所需资金超过预算",
      description:
        "项目实施计划（资金测算）中列出的资金合计，不应超过表中的预算金额（有中期预算时以中期为准）。超过时，预算或计划必有一处不对。",
    },
    "en-US": {
      title: "Plan needs more than the budget",
      description:
        "The money the implementation plan lists must not exceed the form's budget (the mid-term budget where one is printed). Where it does, the budget or the plan is wrong.",
    },
  },
  messages: {
    "zh-CN": { exceeds: "“{label}”所列资金合计{plan}，超过预算{budget}，应不超过。" },
    "en-US": { exceeds: "“{label}” adds up to {plan}, more than the budget {budget}; expected at most that." },
  },
  create(ctx) {
    return {
      project(p) {
        const year = projectBudget(p);
        const period = yuan(p.periodBudget, p.budgetFactor);
        const budget = Math.max(year ?? 0, period ?? 0);
        if (budget <= 0) return;
        for (const t of p.texts) {
          if (!PLAN_LABEL.test(t.label)) continue;
          const plan = planTotal(t.cell.text);
          if (plan === null || plan <= budget * 1.0001 + 0.5) continue;
          const f = p.budgetFactor ?? 1;
          ctx.report({
            messageId: "exceeds",
            at: { row: t.cell.row, col: t.cell.col },
            data: { label: t.label, plan: show(plan, f), budget: show(budget, f) },
          });
        }
      },
    };
  },
});
