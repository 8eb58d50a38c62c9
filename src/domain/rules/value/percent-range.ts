import { defineRule } from "../define";
import type { Quantity } from "../../model/value";
import { GROWTH, replaceFix } from "../utils";

// at module level: an arrow written inside `row` is a new function object per row
const over100 = (q: Quantity) => q.kind === "percent" && q.unit === "%" && q.num > 100;

/** ≥100% for a rate: a rate cannot go above 100%, so the target is exactly 100%. */
const atLeast100 = (q: Quantity) =>
  q.kind === "percent" && q.unit === "%" && q.num === 100 && (q.cmp === "≥" || q.cmp === ">");

export default defineRule<"over100" | "atLeast100">({
  id: "value/percent-range",
  code: "JX306",
  category: "value",
  defaultSeverity: "warning",
  fixable: true,
  docs: {
    "zh-CN": {
      title: "百分比超过100%",
      description:
        "完成率、合格率、覆盖率等不会超过100%；只有增长类指标可以超过。“≥100%”的比率只能等于100%，应写作“100%”。",
    },
    "en-US": {
      title: "Percentage over 100%",
      description:
        "Completion, pass or coverage rates cannot exceed 100%; only growth-type indicators can. A rate “≥100%” can only be 100%: write “100%”.",
    },
  },
  messages: {
    "zh-CN": {
      over100: "目标值“{text}”超过100%，应在0–100%之间（增长类指标除外）。",
      atLeast100: "比率不会超过100%，目标值“{text}”应写作“100%”。",
    },
    "en-US": {
      over100: "The target “{text}” is over 100%; expected 0–100% (growth indicators excepted).",
      atLeast100: "A rate cannot exceed 100%; expected “100%” rather than “{text}”.",
    },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      row(r) {
        // the name is looked at only when a target would be reported (a regular expression per row costs more)
        let growth: boolean | null = null;
        for (const t of cache.valueTargets(r)) {
          const p = t.cells[0].parsed;
          const over = p.q.some(over100);
          if (!over && !(p.q.length === 1 && !p.embedded && atLeast100(p.q[0]))) continue;
          if ((growth ??= GROWTH.test(cache.name3(r)))) return;
          if (over) ctx.report({ messageId: "over100", at: t.range, data: { text: t.cells[0].text } });
          else
            ctx.report({
              messageId: "atLeast100",
              at: t.range,
              data: { text: t.cells[0].text },
              fix: replaceFix(r, t.cells[0], "100%"),
            });
        }
      },
    };
  },
});
