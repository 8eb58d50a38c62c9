import { defineRule } from "../define";
import type { Quantity } from "../../model/value";
import { isCostRow } from "../utils";

// module-level predicates: an arrow written inside `row` would be a new function object per row
const percentAtMost = (q: Quantity) => q.kind === "percent" && (q.cmp === "≤" || q.cmp === "<");
const moneyAtLeast = (q: Quantity) => q.kind === "money" && (q.cmp === "≥" || q.cmp === ">");

export default defineRule<"satisfaction" | "cost" | "rate">({
  id: "value/direction",
  code: "JX307",
  category: "value",
  defaultSeverity: "error",
  docs: {
    "zh-CN": {
      title: "比较方向写反",
      description: "满意度、质量和时效类比率越高越好，应写“≥”或“=”；成本越低越好，应写“≤”“<”或“=”。",
    },
    "en-US": {
      title: "Comparison the wrong way",
      description:
        "Satisfaction, quality and timeliness rates are higher-is-better (≥ or =); costs are lower-is-better (≤, < or =).",
    },
  },
  messages: {
    "zh-CN": {
      satisfaction: "满意度目标“{text}”方向写反，应为“≥”。",
      cost: "成本目标“{text}”方向写反，成本应为“≤”。",
      rate: "“{name}”越高越好，目标“{text}”应为“≥”。",
    },
    "en-US": {
      satisfaction: "The satisfaction target “{text}” points the wrong way; expected “≥”.",
      cost: "The cost target “{text}” points the wrong way; expected “≤”.",
      rate: "“{name}” is higher-is-better; expected “≥” in “{text}”.",
    },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      row(r) {
        const sat = cache.isSatisfactionRow(r);
        const cost = isCostRow(r) && !cache.isBudgetExecRate(r);
        const rate = !sat && !cost && cache.isHigherBetterRate(r);
        if (!sat && !cost && !rate) return;
        for (const t of cache.valueTargets(r)) {
          const qs = t.cells[0].parsed.q;
          const text = t.cells[0].text;
          if (sat && qs.some(percentAtMost)) ctx.report({ messageId: "satisfaction", at: t.range, data: { text } });
          else if (cost && qs.some(moneyAtLeast)) ctx.report({ messageId: "cost", at: t.range, data: { text } });
          else if (rate && qs.some(percentAtMost))
            ctx.report({ messageId: "rate", at: t.range, data: { text, name: r.l3?.text ?? "" } });
        }
      },
    };
  },
});
