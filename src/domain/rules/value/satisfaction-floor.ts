import { defineRule } from "../define";
import type { Quantity } from "../../model/value";

export default defineRule<"low">({
  id: "value/satisfaction-floor",
  code: "JX310",
  category: "value",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "满意度目标偏低",
      description:
        "国家没有统一下限，实际表格多为≥85%至≥98%。低于设定下限（默认80%，可在设置中修改）的目标容易被退回。",
    },
    "en-US": {
      title: "Satisfaction target low",
      description:
        "There is no national floor; real forms use ≥85% to ≥98%. Targets below the configured floor (80% by default) are often sent back.",
    },
  },
  messages: {
    "zh-CN": { low: "满意度目标“{text}”低于{floor}%，应不低于{floor}%。" },
    "en-US": { low: "The satisfaction target “{text}” is below {floor}%; expected at least {floor}%." },
  },
  create(ctx) {
    const { cache } = ctx;
    const floor = ctx.config.satisfactionFloor;
    // made once per lint, not once per row
    const below = (q: Quantity) =>
      q.kind === "percent" && q.unit === "%" && q.cmp !== "≤" && q.cmp !== "<" && q.num < floor;
    return {
      row(r) {
        if (!r.l3 || !cache.isSatisfactionRow(r)) return;
        for (const t of cache.valueTargets(r)) {
          const low = t.cells[0].parsed.q.some(below);
          if (low) ctx.report({ messageId: "low", at: t.range, data: { text: t.cells[0].text, floor } });
        }
      },
    };
  },
});
