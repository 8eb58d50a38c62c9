import { defineRule } from "../define";
import { at } from "../utils";

export default defineRule<"item">({
  id: "structure/coded-unreadable",
  code: "JX104",
  category: "structure",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "绩效指标文本无法解析",
      description:
        "项目支出表中“绩效指标”单元格的编码文本应为“序号、一级编码-名称；二级编码-名称；三级指标；实施周期指标值：…；年度指标值：…”。这一段不符合该格式，未被检查。",
    },
    "en-US": {
      title: "Coded indicator text unreadable",
      description:
        "Coded indicator text should read “N、code-一级；code-二级；三级；实施周期指标值：…；年度指标值：…”. This part does not, so it was not checked.",
    },
  },
  messages: {
    "zh-CN": {
      item: "无法读取绩效指标文本“{text}…”，应为“1、1-产出指标；11-数量指标；指标名称；实施周期指标值：…；年度指标值：…”。",
    },
    "en-US": {
      item: "Cannot read the indicator text “{text}…”; expected “1、1-产出指标；11-数量指标；name；实施周期指标值：…；年度指标值：…”.",
    },
  },
  create(ctx) {
    return {
      table(t) {
        if (t.kind !== "coded" || !t.codedCell) return;
        for (const text of t.unreadableItems ?? [])
          ctx.report({ messageId: "item", at: at(t.codedCell), data: { text } });
      },
    };
  },
});
