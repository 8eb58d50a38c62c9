import { defineRule } from "../define";
import { at, replaceFix } from "../utils";

export default defineRule<"signs">({
  id: "value/sign-format",
  code: "JX312",
  category: "value",
  defaultSeverity: "info",
  fixable: true,
  docs: {
    "zh-CN": {
      title: "比较符号写法不规范",
      description: "“>=”“<=”或全角“＞＝”“％”等写法可读，但表内宜统一为“≥”“≤”“%”。",
    },
    "en-US": {
      title: "Comparison signs",
      description: "“>=”, “<=” or full-width signs are readable, but the form should use “≥”, “≤” and “%” throughout.",
    },
  },
  messages: {
    "zh-CN": { signs: "目标值“{text}”的符号应写作“{fixed}”。" },
    "en-US": { signs: "The target “{text}” should be written “{fixed}”." },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      row(r) {
        for (const cell of cache.values(r)) {
          const p = cell.parsed;
          if (!p.oddSigns || p.latex || p.fixed === undefined) continue;
          ctx.report({
            messageId: "signs",
            at: at(cell),
            data: { text: cell.text, fixed: p.fixed },
            fix: replaceFix(r, cell, p.fixed),
          });
        }
      },
    };
  },
});
