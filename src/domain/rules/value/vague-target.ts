import { defineRule } from "../define";

export default defineRule<"vague">({
  id: "value/vague-target",
  code: "JX303",
  category: "value",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "目标值不可衡量",
      description:
        "“提升”“有效提高”“明显”“良好”等笼统说法无法在年底核对是否完成。应写成可衡量的值，如“≥95%”“不少于12次”，或明确的定性标准如“达标”“及时”。",
    },
    "en-US": {
      title: "Target not measurable",
      description:
        "Words such as 提升, 有效提高, 明显 or 良好 cannot be checked at year end. State a measurable value (≥95%, 不少于12次) or a clear qualitative standard (达标, 及时).",
    },
  },
  messages: {
    "zh-CN": { vague: "目标值“{text}”不可衡量，应写成可核对的值，如“≥95%”“不少于12次”。" },
    "en-US": {
      vague: "The target “{text}” is not measurable; expected a checkable value such as “≥95%” or “不少于12次”.",
    },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      row(r) {
        for (const t of cache.valueTargets(r))
          if (t.cells[0].parsed.vague) ctx.report({ messageId: "vague", at: t.range, data: { text: t.cells[0].text } });
      },
    };
  },
});
