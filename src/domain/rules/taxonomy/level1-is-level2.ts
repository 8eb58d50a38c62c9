import { defineRule } from "../define";
import { lookupName } from "../../model/taxonomy";
import { at } from "../utils";

export default defineRule<"level2" | "level2Move">({
  id: "taxonomy/level1-is-level2",
  code: "JX202",
  category: "taxonomy",
  defaultSeverity: "error",
  fixable: true,
  docs: {
    "zh-CN": {
      title: "一级指标列填了二级指标",
      description:
        "一级指标列写的是二级指标名称（如“质量指标”“社会效益”），应填它所属的一级指标（如“产出指标”“效益指标”），二级指标写在二级指标列。",
    },
    "en-US": {
      title: "二级 name in the 一级 column",
      description:
        "The 一级 column holds a 二级 name (such as 质量指标 or 社会效益); it should hold its 一级 (产出指标, 效益指标), with the 二级 in the 二级 column.",
    },
  },
  messages: {
    "zh-CN": {
      level2: "一级指标列填的是二级指标“{text}”，应为“{expected}”。",
      level2Move: "一级指标列填的是二级指标“{text}”：一级指标列应填“{expected}”，并在本行二级指标列填“{l2}”。",
    },
    "en-US": {
      level2: "The 一级 column holds the 二级 name “{text}”; expected “{expected}”.",
      level2Move:
        "The 一级 column holds the 二级 name “{text}”: expected “{expected}” in the 一级 column and “{l2}” in this row's 二级 column.",
    },
  },
  create(ctx) {
    return {
      row(r) {
        if (!r.l1Explicit || r.l1State !== "is-level2" || !r.l1Cell || !r.l1) return;
        // fixable when the 二级 column of the same row already holds the 二级
        if (r.source === "table" && r.shift === 0 && r.l2Explicit && r.l2State === "ok") {
          ctx.report({
            messageId: "level2",
            at: at(r.l1Cell),
            data: { text: r.l1Cell.text, expected: r.l1 },
            fix: { from: r.l1Cell.raw, to: r.l1 },
          });
          return;
        }
        // Not one cell to change (the 二级 column is empty too, or the row is shifted): say what goes where.
        const l2 = lookupName(r.l1Cell.text).canonical;
        if (r.source === "table" && !r.l2Explicit && l2)
          ctx.report({ messageId: "level2Move", at: at(r.l1Cell), data: { text: r.l1Cell.text, expected: r.l1, l2 } });
        else ctx.report({ messageId: "level2", at: at(r.l1Cell), data: { text: r.l1Cell.text, expected: r.l1 } });
      },
    };
  },
});
