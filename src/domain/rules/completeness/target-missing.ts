import { defineRule } from "../define";
import { at, span } from "../utils";

export default defineRule<"annual" | "noName">({
  id: "completeness/target-missing",
  code: "JX403",
  category: "completeness",
  defaultSeverity: "error",
  docs: {
    "zh-CN": {
      title: "缺少目标值或指标名称",
      description: "有三级指标名称的行至少要填年度指标值；有目标值的行要有三级指标名称。",
    },
    "en-US": {
      title: "Missing target or name",
      description: "A row with a 三级 name needs at least the annual target; a row with targets needs a 三级 name.",
    },
  },
  messages: {
    "zh-CN": { annual: "“{name}”没有年度指标值，应填写。", noName: "本行有目标值但没有三级指标名称，应填写名称。" },
    "en-US": {
      annual: "“{name}” has no annual target; expected one.",
      noName: "This row has targets but no 三级 name; expected one.",
    },
  },
  create(ctx) {
    return {
      row(r, t) {
        if (r.l3 && (!r.annual || r.annual.text === "")) {
          // the name and the empty value cell: the finding is about the row's indicator
          const where =
            r.source === "coded"
              ? at(r.l3)
              : r.annual
                ? span(r.l3, r.annual)
                : t.cols?.annual != null
                  ? span(r.l3, { row: r.row, col: t.cols.annual })
                  : at(r.l3);
          ctx.report({ messageId: "annual", at: where, data: { name: r.l3.text } });
        } else if (!r.l3 && r.source === "table" && !r.placeholder && t.cols && r.shift !== 1) {
          ctx.report({ messageId: "noName", at: { row: r.row, col: t.cols.l3 + r.shift } });
        }
      },
    };
  },
});
