import { defineRule } from "../define";

export default defineRule<"definition">({
  id: "value/definition-as-target",
  code: "JX304",
  category: "value",
  defaultSeverity: "error",
  docs: {
    "zh-CN": {
      title: "目标值写成了公式或指标名称",
      description:
        "目标值一栏写的是计算公式（如“满意度=（一般+满意+非常满意）/评价数量”）或指标名称（如“差评率”），没有给出要达到的数值。公式可写进“指标解释”。",
    },
    "en-US": {
      title: "Formula or name instead of a target",
      description:
        "The target cell holds a formula (满意度=…/评价数量) or an indicator name (差评率) rather than the value to reach. Put formulas in 指标解释.",
    },
  },
  messages: {
    "zh-CN": { definition: "目标值“{text}”是公式或指标名称，不是目标，应填要达到的值，如“≥90%”。" },
    "en-US": {
      definition: "“{text}” is a formula or a name, not a target; expected the value to reach, such as “≥90%”.",
    },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      row(r) {
        for (const t of cache.valueTargets(r))
          if (t.cells[0].parsed.kind === "definition")
            ctx.report({ messageId: "definition", at: t.range, data: { text: t.cells[0].text } });
      },
    };
  },
});
