import { defineRule } from "../define";

export default defineRule<"none">({
  id: "structure/sheet-unrecognised",
  code: "JX105",
  category: "structure",
  defaultSeverity: "info",
  docs: {
    "zh-CN": {
      title: "未识别到绩效目标表",
      description:
        "本表有内容，但没有找到项目绩效目标表、部门整体支出绩效目标表、指标表（表头含一级指标、二级指标、三级指标）或项目支出绩效目标表。",
    },
    "en-US": {
      title: "No form recognised",
      description:
        "The sheet has content but no project form, department form, indicator table (header with 一级指标, 二级指标, 三级指标) or project list was found.",
    },
  },
  messages: {
    "zh-CN": {
      none: "本表未识别到绩效目标表：应有含“一级指标、二级指标、三级指标”的表头，或“项目名称”“部门名称”等栏目。",
    },
    "en-US": {
      none: "No performance-target form found on this sheet; expected a header with 一级指标, 二级指标, 三级指标, or labels such as 项目名称 or 部门名称.",
    },
  },
  create(ctx) {
    return {
      sheet(doc) {
        if (doc.unrecognised && doc.bounds)
          ctx.report({ messageId: "none", at: { row: doc.bounds.r1, col: doc.bounds.c1 } });
      },
    };
  },
});
