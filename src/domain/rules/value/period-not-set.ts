import { defineRule } from "../define";
import { at } from "../utils";

export default defineRule<"notSet">({
  id: "value/period-not-set",
  code: "JX302",
  category: "value",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": { title: "实施周期指标值未设定", description: "实施周期指标值填“无”等于没有设定目标。多年项目应填整个实施周期的目标；单年项目可与年度指标值相同。" },
    "en-US": { title: "Period target not set", description: "“无” in 实施周期指标值 means no target was set. Multi-year projects state the target for the whole period; one-year projects may repeat the annual target." },
  },
  messages: {
    "zh-CN": { notSet: "实施周期指标值为“{{text}}”，应填写实施周期的目标值（可与年度指标值相同）。" },
    "en-US": { notSet: "The period target is “{{text}}”; expected a target for the whole period (it may equal the annual one)." },
  },
  create(ctx) {
    return {
      row(r) {
        if (r.period && r.period.parsed.kind === "not-set") ctx.report({ messageId: "notSet", at: at(r.period), data: { text: r.period.text } });
      },
    };
  },
});
