import { defineRule } from "../define";
import { at } from "../utils";
import { rangeOf, show, tolerance, yuan } from "./money";

export default defineRule<"mismatch" | "missing">({
  id: "budget/department-levels",
  code: "JX502",
  category: "budget",
  defaultSeverity: "error",
  docs: {
    "zh-CN": {
      title: "按预算级次划分与总额不符",
      description:
        "按预算级次划分的资金（本级使用资金 + 拟用于对下转移支付资金）应等于部门预算总额（财政拨款 + 其他资金）。",
    },
    "en-US": {
      title: "Budget-level split does not add up",
      description:
        "The split by budget level (本级使用资金 + 拟用于对下转移支付资金) must equal the total (财政拨款 + 其他资金).",
    },
  },
  messages: {
    "zh-CN": {
      mismatch: "按预算级次划分合计 {split}，不等于预算总额 {total}，应相等。",
      missing: "“{label}”未填写金额，按预算级次划分合计应等于预算总额 {total}。",
    },
    "en-US": {
      mismatch: "The split by budget level adds up to {split}, not the total {total}; expected equal.",
      missing: "“{label}” has no amount; the split by budget level should add up to the total {total}.",
    },
  },
  create(ctx) {
    return {
      department(d) {
        const a = d.amounts;
        if (!d.labels.ownLevel && !d.labels.transfer) return;
        const fiscal = yuan(a.fiscal, d.factor);
        if (fiscal === null) return;
        const total = fiscal + (yuan(a.other, d.factor) ?? 0);
        const own = yuan(a.ownLevel, d.factor),
          transfer = yuan(a.transfer, d.factor);
        if (own === null && (transfer === null || transfer === 0)) {
          if (total === 0) return;
          const cell = a.ownLevel ?? a.transfer;
          if (cell)
            ctx.report({
              messageId: "missing",
              at: at(cell),
              data: { label: (d.labels.ownLevel ?? d.labels.transfer)!.text, total: show(total, d.factor) },
            });
          return;
        }
        const split = (own ?? 0) + (transfer ?? 0);
        const cells = [a.ownLevel, a.transfer, a.fiscal, a.other];
        if (Math.abs(split - total) <= tolerance(cells, d.factor)) return;
        const where = rangeOf([a.ownLevel, a.transfer]);
        if (where)
          ctx.report({
            messageId: "mismatch",
            at: where,
            data: { split: show(split, d.factor), total: show(total, d.factor) },
          });
      },
    };
  },
});
