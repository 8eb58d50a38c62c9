import { defineRule } from "../define";
import { at } from "../utils";
import { show, tolerance, yuan } from "./money";

export default defineRule<"row">({
  id: "budget/list-row-total",
  code: "JX506",
  category: "budget",
  defaultSeverity: "error",
  docs: {
    "zh-CN": {
      title: "项目行总计与来源不符",
      description: "项目支出表每一行的总计应等于财政拨款 + 财政专户拨款 + 其他资金。",
    },
    "en-US": {
      title: "Row total does not add up",
      description: "Each row's 总计 must equal 财政拨款 + 财政专户拨款 + 其他资金.",
    },
  },
  messages: {
    "zh-CN": { row: "“{name}”总计 {total}，不等于各来源之和 {parts}，应相等。" },
    "en-US": { row: "“{name}” shows 总计 {total} but its sources add up to {parts}; expected equal." },
  },
  create(ctx) {
    return {
      projectList(l) {
        for (const r of l.rows) {
          const total = yuan(r.total, l.factor);
          const parts = [r.fiscal, r.special, r.other].map((c) => yuan(c, l.factor));
          if (total === null || parts.every((p) => p === null)) continue;
          const sum = parts.reduce<number>((s, p) => s + (p ?? 0), 0);
          if (Math.abs(total - sum) <= tolerance([r.total, r.fiscal, r.special, r.other], l.factor)) continue;
          ctx.report({
            messageId: "row",
            at: at(r.total!),
            data: { name: r.name.text, total: show(total, l.factor), parts: show(sum, l.factor) },
            blockId: r.table?.blockId,
          });
        }
      },
    };
  },
});
