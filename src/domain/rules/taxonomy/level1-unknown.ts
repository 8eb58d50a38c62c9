import { defineRule } from "../define";
import { requiredL1 } from "../../model/taxonomy";
import { at } from "../utils";

export default defineRule<"unknown">({
  id: "taxonomy/level1-unknown",
  code: "JX201",
  category: "taxonomy",
  defaultSeverity: "error",
  docs: {
    "zh-CN": {
      title: "一级指标不在指标体系中",
      description: "一级指标只能是产出指标、效益指标、满意度指标（2021年框架另有成本指标）。",
    },
    "en-US": {
      title: "Unknown 一级 indicator",
      description: "A 一级 indicator must be 产出指标, 效益指标 or 满意度指标 (and 成本指标 in the 2021 framework).",
    },
  },
  messages: {
    "zh-CN": { unknown: "一级指标“{text}”不在指标体系中，应为{expected}之一。" },
    "en-US": { unknown: "Unknown 一级 indicator “{text}”; expected one of {expected}." },
  },
  create(ctx) {
    return {
      row(r, t) {
        // a column of mostly unknown names was not understood: structure/table-partly-read says so once
        if (r.l1Explicit && r.l1State === "unknown" && r.l1Cell && !t.unreadable.includes("l1"))
          ctx.report({
            messageId: "unknown",
            at: at(r.l1Cell),
            data: { text: r.l1Cell.text, expected: requiredL1(t.framework).join("、") },
          });
      },
    };
  },
});
