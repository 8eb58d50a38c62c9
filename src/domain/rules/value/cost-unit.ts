import { defineRule } from "../define";
import type { Quantity } from "../../model/value";
import { isMoneyCostRow, withUnitCell } from "../utils";

// at module level: an arrow written inside `row` is a new function object per row
const isMoney = (q: Quantity) => q.kind === "money";
const isAmbiguousMoney = (q: Quantity) => q.kind === "money-ambiguous";

export default defineRule<"notMoney" | "ambiguous">({
  id: "value/cost-unit",
  code: "JX308",
  category: "value",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "成本指标缺少金额单位",
      description:
        "成本指标（经济成本）的目标应是金额标准，带“元”或“万元”，如“≤500元/套”“21.01万元/年”。只写“250万”不清楚是万元还是万个。社会成本、生态环境成本常不以金额表述，不在此列。",
    },
    "en-US": {
      title: "Cost without a money unit",
      description:
        "A cost (economic cost) target is a money standard with 元 or 万元 (≤500元/套, 21.01万元/年). “250万” alone is ambiguous. Social and ecological costs, often stated without money, are left alone.",
    },
  },
  messages: {
    "zh-CN": {
      notMoney: "成本指标的目标“{text}”没有金额，应写成金额标准，如“≤500元/套”。",
      ambiguous: "成本目标“{text}”单位不明，应写明“万元”或“元”。",
    },
    "en-US": {
      notMoney: "The cost target “{text}” has no amount of money; expected a money standard such as “≤500元/套”.",
      ambiguous: "The unit of the cost target “{text}” is unclear; expected “万元” or “元”.",
    },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      row(r) {
        if (!r.l3 || !isMoneyCostRow(r) || cache.isBudgetExecRate(r)) return;
        for (const t of cache.valueTargets(r)) {
          const p = t.cells[0].parsed;
          if (p.kind !== "quantity" && p.kind !== "qualitative") continue;
          if (p.q.some(isMoney)) continue;
          const ambiguous = p.q.some(isAmbiguousMoney);
          ctx.report({
            messageId: ambiguous ? "ambiguous" : "notMoney",
            at: withUnitCell(t.range, r),
            data: { text: t.cells[0].text },
          });
        }
      },
    };
  },
});
