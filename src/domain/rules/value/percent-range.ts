import { defineRule } from "../define";
import type { Quantity } from "../../model/value";
import { GROWTH, name3, valueTargets } from "../utils";

// at module level: an arrow written inside `row` is a new function object per row
const over100 = (q: Quantity) => q.kind === "percent" && q.unit === "%" && q.num > 100;

export default defineRule<"over100">({
  id: "value/percent-range",
  code: "JX306",
  category: "value",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": { title: "百分比超过100%", description: "完成率、合格率、覆盖率等不会超过100%；只有增长类指标可以超过。" },
    "en-US": { title: "Percentage over 100%", description: "Completion, pass or coverage rates cannot exceed 100%; only growth-type indicators can." },
  },
  messages: {
    "zh-CN": { over100: "目标值“{{text}}”超过100%，应在0–100%之间（增长类指标除外）。" },
    "en-US": { over100: "The target “{{text}}” is over 100%; expected 0–100% (growth indicators excepted)." },
  },
  create(ctx) {
    return {
      row(r) {
        if (GROWTH.test(name3(r))) return;
        for (const t of valueTargets(r)) {
          const p = t.cells[0].parsed;
          if (p.q.some(over100)) ctx.report({ messageId: "over100", at: t.range, data: { text: t.cells[0].text } });
        }
      },
    };
  },
});
