import { defineRule } from "../define";
import { lookupName } from "../../model/taxonomy";
import type { TextCell } from "../../engine/model";
import { at } from "../utils";

export default defineRule<"variant">({
  id: "taxonomy/name-variant",
  code: "JX209",
  category: "taxonomy",
  defaultSeverity: "info",
  fixable: true,
  docs: {
    "zh-CN": {
      title: "指标名称为旧称或别称",
      description: "如“效果指标”“环境效益指标”“进度指标”，现行名称为“效益指标”“生态效益指标”“时效指标”。",
    },
    "en-US": {
      title: "Old or variant indicator name",
      description: "Names such as 效果指标, 环境效益指标 or 进度指标 are now 效益指标, 生态效益指标 and 时效指标.",
    },
  },
  messages: {
    "zh-CN": { variant: "“{text}”是旧称，应为“{expected}”。" },
    "en-US": { variant: "“{text}” is an older name; expected “{expected}”." },
  },
  create(ctx) {
    const check = (explicit: boolean, cell: TextCell | null) => {
      if (!explicit || !cell) return;
      const info = lookupName(cell.text);
      if (info.variant && info.canonical)
        ctx.report({
          messageId: "variant",
          at: at(cell),
          data: { text: cell.text, expected: info.canonical },
          fix: { from: cell.raw, to: info.canonical },
        });
    };
    return {
      row(r) {
        if (r.source !== "table") return;
        check(r.l1Explicit, r.l1Cell);
        check(r.l2Explicit, r.l2Cell);
      },
    };
  },
});
