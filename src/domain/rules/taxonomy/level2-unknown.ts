import { defineRule } from "../define";
import { at } from "../utils";

export default defineRule<"unknown" | "isLevel1">({
  id: "taxonomy/level2-unknown",
  code: "JX203",
  category: "taxonomy",
  defaultSeverity: "error",
  docs: {
    "zh-CN": {
      title: "二级指标不在指标体系中",
      description:
        "二级指标应取自指标体系：产出下的数量、质量、时效（2020年框架另有成本），效益下的经济效益、社会效益、生态效益、可持续影响，满意度下的服务对象满意度；2021年框架成本下为经济成本、社会成本、生态环境成本。",
    },
    "en-US": {
      title: "Unknown 二级 indicator",
      description:
        "A 二级 indicator must come from the taxonomy (数量/质量/时效[/成本] under 产出, 经济/社会/生态效益 and 可持续影响 under 效益, 服务对象满意度 under 满意度; 经济/社会/生态环境成本 under 成本 in 2021).",
    },
  },
  messages: {
    "zh-CN": {
      unknown:
        "二级指标“{text}”不在指标体系中，应为所属一级指标下的二级指标，如“数量指标”“社会效益指标”“服务对象满意度指标”。",
      isLevel1: "二级指标列填的是一级指标“{text}”，应填二级指标。",
    },
    "en-US": {
      unknown:
        "Unknown 二级 indicator “{text}”; expected a 二级 of its 一级, such as 数量指标, 社会效益指标 or 服务对象满意度指标.",
      isLevel1: "The 二级 column holds the 一级 name “{text}”; expected a 二级 indicator.",
    },
  },
  create(ctx) {
    return {
      row(r, t) {
        if (!r.l2Explicit || !r.l2Cell) return;
        // a column of mostly unknown names was not understood: structure/table-partly-read says so once
        if (r.l2State === "unknown" && !t.unreadable.includes("l2"))
          ctx.report({ messageId: "unknown", at: at(r.l2Cell), data: { text: r.l2Cell.text } });
        else if (r.l2State === "is-level1")
          ctx.report({ messageId: "isLevel1", at: at(r.l2Cell), data: { text: r.l2Cell.text } });
      },
    };
  },
});
