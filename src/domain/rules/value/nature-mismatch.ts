import { defineRule } from "../define";
import { natureOf, span } from "../utils";

/**
 * The 指标性质 / 指标值类型 column and the value must agree (the 预算管理一体化 systems check this when a form is
 * saved): a 定性 indicator has no number, a 定量 one (or one with a comparison sign) has one, and 定量（其他）
 * needs an explanation (指标值说明).
 */
export default defineRule<"qualitativeNumber" | "quantitativeText" | "otherNoExplanation">({
  id: "value/nature-mismatch",
  code: "JX314",
  category: "value",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "指标性质与指标值不符",
      description:
        "“指标性质/指标值类型”列与指标值应一致：定性指标不填数值，定量指标（或填了≥、=等符号的）应有数值，“定量（其他）”须在指标值说明中解释。预算管理一体化系统保存时也做这些检查。",
    },
    "en-US": {
      title: "Nature and value disagree",
      description:
        "The 指标性质 / 指标值类型 column and the value must agree: a qualitative (定性) indicator has no number, a quantitative one (定量, or a comparison sign) has one, and 定量（其他） needs an explanation. The budget systems check this on save.",
    },
  },
  messages: {
    "zh-CN": {
      qualitativeNumber: "指标值“{text}”是数值，但指标性质填的是“定性”，应改为定量或改写指标值。",
      quantitativeText: "指标性质为“{nature}”，指标值“{text}”却没有数值，应填写数值。",
      otherNoExplanation: "指标性质为“定量（其他）”，应在指标值说明中解释如何取值。",
    },
    "en-US": {
      qualitativeNumber:
        "The value “{text}” is a number but the nature says 定性 (qualitative); expected 定量 or another value.",
      quantitativeText: "The nature is “{nature}” but the value “{text}” has no number; expected a number.",
      otherNoExplanation: "The nature is 定量（其他）; expected an explanation of the value in 指标值说明.",
    },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      row(r) {
        const nature = natureOf(r);
        if (nature === null || !r.l3 || !r.nature) return;
        const v = cache.values(r);
        const cell = v[v.length - 1];
        if (nature === "qualitative") {
          if (cell && cell.parsed.kind === "quantity" && !cell.parsed.embedded && cell.parsed.q[0].kind !== "none")
            ctx.report({ messageId: "qualitativeNumber", at: span(cell, r.nature), data: { text: cell.text } });
        } else if (
          cell &&
          cell.parsed.kind !== "quantity" &&
          cell.parsed.kind !== "empty" &&
          cell.parsed.kind !== "not-set"
        ) {
          ctx.report({
            messageId: "quantitativeText",
            at: span(cell, r.nature),
            data: { text: cell.text.slice(0, 40), nature: r.nature.text },
          });
        } else if (nature === "other" && r.explainAt && !r.explain) {
          ctx.report({ messageId: "otherNoExplanation", at: r.explainAt });
        }
      },
    };
  },
});
