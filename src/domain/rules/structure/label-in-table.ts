import { defineRule } from "../define";
import { at } from "../utils";

export default defineRule<"stray">({
  id: "structure/label-in-table",
  code: "JX102",
  category: "structure",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "表格中夹有其他栏目标签",
      description:
        "指标表的标签列里出现了别的栏目名称（例如“财政分局批复意见”），通常是排版或合并单元格出错，会让审核人看错这一段属于哪里。",
    },
    "en-US": {
      title: "Section label inside a table",
      description:
        "A label from another section (such as 财政分局批复意见) appears in the indicator table's label column, usually a layout or merge mistake that makes reviewers misread the rows.",
    },
  },
  messages: {
    "zh-CN": { stray: "指标表中出现栏目标签“{text}”，应移到表格之外。" },
    "en-US": { stray: "The section label “{text}” appears inside the indicator table; expected outside it." },
  },
  create(ctx) {
    return {
      row(r) {
        if (r.strayLabel) ctx.report({ messageId: "stray", at: at(r.strayLabel), data: { text: r.strayLabel.text } });
      },
    };
  },
});
