import { defineRule } from "../define";
import type { AmountCell } from "../../engine/model";

/**
 * The indicator weights of a project add up to 100, or to 90 where the province keeps 10 for 预算执行率 outside the
 * list (四川, 重庆); the allowed sums are configurable (weightTotals).
 */
export default defineRule<"sum">({
  id: "value/weight-total",
  code: "JX313",
  category: "value",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "指标权重合计不对",
      description:
        "一个项目的指标权重（分值）合计应为100；部分省份（如四川、重庆）把10分留给预算执行率、不列入指标表，合计为90。允许的合计可在设置中修改。",
    },
    "en-US": {
      title: "Weights do not add up",
      description:
        "A project's indicator weights add up to 100, or to 90 where the province keeps 10 for 预算执行率 outside the list (四川, 重庆). The allowed sums are configurable.",
    },
  },
  messages: {
    "zh-CN": { sum: "指标权重合计为{sum}，应为{expected}。" },
    "en-US": { sum: "The weights add up to {sum}; expected {expected}." },
  },
  create(ctx) {
    const allowed = ctx.config.weightTotals;
    return {
      table(t) {
        if (!t.cols || t.cols.weight === null) return;
        const cells: AmountCell[] = [];
        for (const r of t.rows) if (r.weight && r.weight.value !== null) cells.push(r.weight);
        if (cells.length < 2) return;
        let sum = 0;
        for (const c of cells) sum += c.value!;
        // weights written as fractions (0.2 …) add up to 1
        const scaled = sum <= 1.0001 && cells.every((c) => c.value! <= 1) ? sum * 100 : sum;
        if (allowed.some((a) => Math.abs(scaled - a) < 0.01)) return;
        const first = cells[0],
          last = cells[cells.length - 1];
        ctx.report({
          messageId: "sum",
          at: { r1: first.row, c1: first.col, r2: last.row, c2: last.col },
          data: { sum: Number(scaled.toFixed(2)), expected: allowed.join(" / ") },
        });
      },
    };
  },
});
