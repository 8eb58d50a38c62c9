import { defineRule } from "../define";
import type { TextCell } from "../../engine/model";

/** Fill-in marks of a template left in the cell: (≥**人), **, ××, ___. */
const LEFTOVER = /\*\*|××|(?<![a-zA-Z])[xX]{2,}(?![a-zA-Z])|_{3,}|＿{2,}/;
/** The characters every mark above starts with: a cell with none of them (most cells) skips the pattern above. */
const MARK = /[*×xX_＿]/;

export default defineRule<"leftover">({
  id: "completeness/template-leftover",
  code: "JX406",
  category: "completeness",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "模板占位符未替换",
      description:
        "指标名称或指标值里留着模板的占位符（如“(≥**人)”“**%”“××万元”），说明这一行没有填完：应把占位符换成实际数值，或删去提示文字。",
    },
    "en-US": {
      title: "Template placeholder left",
      description:
        "A name or value still holds a template's placeholder ((≥**人), **%, ××万元): the row was not finished. Replace it with the real figure or delete the hint.",
    },
  },
  messages: {
    "zh-CN": { leftover: "“{text}”中留有模板占位符，应填写实际内容。" },
    "en-US": { leftover: "“{text}” still holds a template placeholder; expected the real content." },
  },
  create(ctx) {
    const check = (c: TextCell | null) => {
      if (c && c.text.length < 400 && MARK.test(c.text) && LEFTOVER.test(c.text))
        ctx.report({ messageId: "leftover", at: { row: c.row, col: c.col }, data: { text: c.text.slice(0, 40) } });
    };
    return {
      row(r) {
        if (r.source !== "table") return;
        check(r.l3);
        check(r.period);
        check(r.annual);
      },
    };
  },
});
