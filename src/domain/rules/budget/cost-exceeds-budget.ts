import { defineRule } from "../define";
import type { Quantity } from "../../model/value";
import type { TableModel } from "../../engine/model";
import { at, isCostRow } from "../utils";
import { projectBudget, show } from "./money";

const YEARLY: Record<string, number> = { 年: 1, 月: 12 };

/** Count of a measure word (人, 次, 场 …) stated by a quantity indicator of the same table. */
function countOf(t: TableModel, word: string): number | null {
  for (const r of t.rows) {
    if (r.l1 !== "产出指标" || !r.l3) continue;
    // a plain loop: this runs for every row of the table, for each cost indicator
    const qs = (r.annual ?? r.period)?.parsed.q;
    if (!qs) continue;
    for (const x of qs)
      if (x.kind === "count" && x.unit === word && (x.cmp === null || x.cmp === "=" || x.cmp === "≥")) return x.num;
  }
  return null;
}

function yearlyTotal(q: Quantity, t: TableModel): number | null {
  if (q.kind !== "money" || q.yuan === undefined) return null;
  if (q.cmp === "≥" || q.cmp === ">") return null;
  let total = q.yuan;
  for (const d of q.per) {
    if (YEARLY[d] !== undefined) total *= YEARLY[d];
    else {
      const n = countOf(t, d);
      if (n === null) return null;
      total *= n;
    }
  }
  return total;
}

export default defineRule<"exceeds">({
  id: "budget/cost-exceeds-budget",
  code: "JX508",
  category: "budget",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "成本指标超过项目预算",
      description:
        "成本指标折算成全年总额（单价 × 数量指标中的人数、次数等，按月的 × 12）后，不应超过项目的年度预算金额。",
    },
    "en-US": {
      title: "Cost above the project budget",
      description:
        "A cost indicator turned into a yearly total (unit cost × the count from the quantity indicators, × 12 for monthly) should not exceed the project's budget.",
    },
  },
  messages: {
    "zh-CN": {
      exceeds: "成本“{text}”折合全年 {cost}，超过项目预算 {budget}，应核对单价、数量或预算金额，使全年成本不超过预算。",
    },
    "en-US": {
      exceeds:
        "The cost “{text}” comes to {cost} a year, above the project budget {budget}; the unit cost, the quantity or the budget should be corrected so that the cost stays within the budget.",
    },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      project(p) {
        const budget = projectBudget(p);
        if (budget === null || budget <= 0) return;
        for (const t of p.tables) {
          for (const r of t.rows) {
            if (!r.l3 || !isCostRow(r) || cache.isBudgetExecRate(r)) continue;
            const cell = r.annual && r.annual.text !== "" ? r.annual : r.period;
            if (!cell) continue;
            for (const q of cell.parsed.q) {
              const total = yearlyTotal(q, t);
              if (total !== null && total > budget + 0.005) {
                ctx.report({
                  messageId: "exceeds",
                  at: at(cell),
                  data: { text: cell.text, cost: show(total, 1), budget: show(budget, 1) },
                });
                break;
              }
            }
          }
        }
      },
    };
  },
});
