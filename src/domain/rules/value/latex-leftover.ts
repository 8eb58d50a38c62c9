import { defineRule } from "../define";
import { at, replaceFix } from "../utils";

export default defineRule<"latex">({
  id: "value/latex-leftover",
  code: "JX301",
  category: "value",
  defaultSeverity: "warning",
  fixable: true,
  docs: {
    "zh-CN": {
      title: "目标值含公式排版残留",
      description:
        "从PDF或识别软件复制来的文字常带有 $\\geq 90\\%$ 这样的排版代码。助手已按“≥90%”读取，请替换为正常符号。",
    },
    "en-US": {
      title: "Typesetting leftovers",
      description:
        "Text copied from PDFs or OCR often carries codes such as $\\geq 90\\%$. It was read as “≥90%”; replace it with the plain symbols.",
    },
  },
  messages: {
    "zh-CN": { latex: "目标值“{text}”含公式排版代码，应为“{fixed}”。" },
    "en-US": { latex: "The target “{text}” contains typesetting codes; expected “{fixed}”." },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      row(r) {
        for (const cell of cache.values(r)) {
          if (!cell.parsed.latex || cell.parsed.fixed === undefined) continue;
          ctx.report({
            messageId: "latex",
            at: at(cell),
            data: { text: cell.text, fixed: cell.parsed.fixed },
            fix: replaceFix(r, cell, cell.parsed.fixed),
          });
        }
      },
    };
  },
});
