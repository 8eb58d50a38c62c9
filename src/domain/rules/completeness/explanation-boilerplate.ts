import { defineRule } from "../define";
import { norm, TextMap } from "../../model/text";
import type { TextCell } from "../../engine/model";

/** The same explanation on most rows (该指标值数据合理) explains none of them. Short category words (计划标准) are choices, not explanations. */
const MIN_LENGTH = 7;

export default defineRule<"same">({
  id: "completeness/explanation-boilerplate",
  code: "JX407",
  category: "completeness",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "指标值说明千篇一律",
      description:
        "指标值说明（指标解释）应说明每个指标值如何确定、依据是什么。多数行填同一句话（如“该指标值数据合理”）等于没有说明。",
    },
    "en-US": {
      title: "The same explanation everywhere",
      description:
        "The explanation column says how each value was set and on what basis. The same sentence on most rows (该指标值数据合理) explains nothing.",
    },
  },
  messages: {
    "zh-CN": { same: "{count}个指标的说明都是“{text}”，应分别说明各指标值的确定依据。" },
    "en-US": { same: "{count} indicators share the explanation “{text}”; expected how each value was set." },
  },
  create(ctx) {
    return {
      table(t) {
        if (!t.cols || t.cols.explain === null) return;
        const groups = new TextMap<TextCell[]>(); // explanations can be 32,767 characters long: see TextMap
        let named = 0;
        for (const r of t.rows) {
          if (!r.l3) continue;
          named++;
          if (!r.explain) continue;
          const k = norm(r.explain.text);
          if (k.length < MIN_LENGTH) continue;
          const g = groups.get(k);
          if (g) g.push(r.explain);
          else groups.set(k, [r.explain]);
        }
        for (const cells of groups.values()) {
          if (cells.length < 3 || cells.length * 2 < named) continue;
          const first = cells[0],
            last = cells[cells.length - 1];
          ctx.report({
            messageId: "same",
            at: { r1: first.row, c1: first.col, r2: last.row, c2: last.col },
            data: { count: cells.length, text: first.text.slice(0, 30) },
          });
        }
      },
    };
  },
});
