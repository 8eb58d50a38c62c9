import { defineRule } from "../define";
import { at, isCostRow } from "../utils";

export default defineRule<"asCost">({
  id: "taxonomy/budget-execution-rate",
  code: "JX207",
  category: "taxonomy",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "预算执行率当作成本指标",
      description: "预算执行率在绩效评价中单独计分，不是成本指标。成本指标应写成本控制的金额标准，如“≤500元/套”。",
    },
    "en-US": {
      title: "Budget execution rate as a cost",
      description:
        "The budget execution rate is scored separately in evaluations; it is not a cost indicator. A cost indicator states a money standard such as “≤500元/套”.",
    },
  },
  messages: {
    "zh-CN": { asCost: "“{name}”不是成本指标（预算执行率单独计分），应改为成本金额标准，如“≤500元/套”。" },
    "en-US": {
      asCost:
        "“{name}” is not a cost indicator (the execution rate is scored separately); expected a money standard such as “≤500元/套”.",
    },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      row(r) {
        if (r.l3 && isCostRow(r) && cache.isBudgetExecRate(r))
          ctx.report({ messageId: "asCost", at: at(r.l3), data: { name: r.l3.text } });
      },
    };
  },
});
