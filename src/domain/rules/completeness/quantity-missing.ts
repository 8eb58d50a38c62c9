import { defineRule } from "../define";
import type { RowModel } from "../../engine/model";
import { at } from "../utils";

export default defineRule<"noQuantity">({
  id: "completeness/quantity-missing",
  code: "JX402",
  category: "completeness",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "产出指标缺少数量指标",
      description: "产出指标下应至少有一个数量指标（做了多少事、服务多少人），这是评价产出的基础。",
    },
    "en-US": {
      title: "No quantity indicator",
      description:
        "产出 needs at least one 数量指标 (how much is done, how many served): the basis for judging output.",
    },
  },
  messages: {
    "zh-CN": { noQuantity: "产出指标下没有数量指标，应至少填写一个。" },
    "en-US": { noQuantity: "No 数量指标 under 产出指标; expected at least one." },
  },
  create(ctx) {
    return {
      table(t) {
        let first: RowModel | null = null;
        for (const r of t.rows) {
          if (r.l1 !== "产出指标" || !r.l3) continue;
          if (r.l2 === "数量指标") return;
          first ??= r;
        }
        if (first === null) return;
        ctx.report({ messageId: "noQuantity", at: at(first.l2Cell ?? first.l1Cell ?? first.l3!) });
      },
    };
  },
});
