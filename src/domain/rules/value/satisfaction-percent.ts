import { defineRule } from "../define";
import type { Quantity } from "../../model/value";

// at module level: an arrow written inside `row` is a new function object per row
const isPercent = (q: Quantity) => q.kind === "percent";

export default defineRule<"notPercent">({
  id: "value/satisfaction-percent",
  code: "JX309",
  category: "value",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "满意度目标不是百分比",
      description: "满意度目标应写成百分比，如“≥90%”，便于调查后核对；“满意”“85分以上”无法直接核对。",
    },
    "en-US": {
      title: "Satisfaction not a percentage",
      description:
        "A satisfaction target is a percentage such as “≥90%”, checkable against a survey; “满意” or “85分以上” is not.",
    },
  },
  messages: {
    "zh-CN": { notPercent: "满意度目标“{text}”应为百分比，如“≥90%”。" },
    "en-US": { notPercent: "The satisfaction target “{text}” should be a percentage such as “≥90%”." },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      row(r) {
        if (!r.l3 || !cache.isSatisfactionRow(r)) return;
        for (const t of cache.valueTargets(r)) {
          const p = t.cells[0].parsed;
          if (p.kind === "quantity" && p.q.some(isPercent)) continue;
          if (p.kind === "quantity" || p.kind === "qualitative")
            ctx.report({ messageId: "notPercent", at: t.range, data: { text: t.cells[0].text } });
        }
      },
    };
  },
});
