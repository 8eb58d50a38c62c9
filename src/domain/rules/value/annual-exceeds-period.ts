import { defineRule } from "../define";
import { at } from "../utils";

export default defineRule<"exceeds">({
  id: "value/annual-exceeds-period",
  code: "JX311",
  category: "value",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "年度值大于实施周期值",
      description: "数量和金额类指标的年度目标是实施周期目标的一部分，不应大于实施周期指标值。比率类两者通常相同。",
    },
    "en-US": {
      title: "Annual above the period",
      description:
        "For counts and money the annual target is part of the period target and should not exceed it; rates are usually equal.",
    },
  },
  messages: {
    "zh-CN": { exceeds: "年度指标值“{annual}”大于实施周期指标值“{period}”，应不大于实施周期值。" },
    "en-US": {
      exceeds: "The annual target “{annual}” exceeds the period target “{period}”; expected at most the period value.",
    },
  },
  create(ctx) {
    return {
      row(r) {
        const p = r.period?.parsed,
          a = r.annual?.parsed;
        if (!r.period || !r.annual || !p || !a || p.kind !== "quantity" || a.kind !== "quantity") return;
        const qp = p.q[0],
          qa = a.q[0];
        if (qp.kind === "percent" || qp.kind === "none" || qp.unit !== qa.unit) return;
        const vp = qp.yuan ?? qp.num,
          va = qa.yuan ?? qa.num;
        if (va > vp)
          ctx.report({
            messageId: "exceeds",
            at: at(r.annual),
            data: { annual: r.annual.text, period: r.period.text },
          });
      },
    };
  },
});
