import { defineRule } from "../define";

export default defineRule<"missing">({
  id: "structure/value-column-missing",
  code: "JX103",
  category: "structure",
  // a warning: it says what the reader could not find, which may be a layout it does not know rather than a
  // table without targets, and a false error on a good table costs more than a missed warning
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "缺少指标值列",
      description: "指标表的表头有一级、二级、三级指标，但没有“年度指标值”或“实施周期指标值”之类的列，无法读取目标值。",
    },
    "en-US": {
      title: "No value column",
      description:
        "The indicator header has 一级, 二级 and 三级 columns but no 年度指标值 / 实施周期指标值 column, so no target can be read.",
    },
  },
  messages: {
    "zh-CN": { missing: "指标表表头缺少指标值列，应有“年度指标值”（可另有“实施周期指标值”）。" },
    "en-US": {
      missing: "The indicator header has no value column; expected 年度指标值 (and optionally 实施周期指标值).",
    },
  },
  create(ctx) {
    return {
      table(t) {
        if (t.kind === "table" && t.cols && t.cols.annual === null)
          ctx.report({
            messageId: "missing",
            at: { r1: t.headerRow, c1: t.cols.l1 ?? t.cols.l3, r2: t.headerRow, c2: t.cols.l3 },
          });
      },
    };
  },
});
