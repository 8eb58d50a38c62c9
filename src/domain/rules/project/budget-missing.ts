import { defineRule } from "../define";
import { at } from "../utils";

/**
 * The budget row of a project form, when printed, must hold an amount (or its 其中 parts). A form without any budget
 * row is not reported: many provinces' forms put the money elsewhere (a project list, the department form).
 */
export default defineRule<"empty" | "unreadable">({
  id: "project/budget-missing",
  code: "JX602",
  category: "project",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "项目预算金额未填或无法读取",
      description:
        "项目表印有预算金额一栏（YYYY年预算金额、年度资金总额、当年预算等）时，应填写金额（或其中各项），成本指标和资金核对都以它为准。",
    },
    "en-US": {
      title: "Project budget empty or unreadable",
      description:
        "Where a project form prints a budget row (YYYY年预算金额, 年度资金总额, 当年预算 …), it needs an amount (or its parts); costs are checked against it.",
    },
  },
  messages: {
    "zh-CN": {
      empty: "“{label}”未填写，应填写金额。",
      unreadable: "预算金额“{text}”无法读取，应只填数字（可带单位，如“854万元”）。",
    },
    "en-US": {
      empty: "“{label}” is empty; expected an amount.",
      unreadable: "Cannot read the budget “{text}”; expected a number (a unit such as 万元 may follow).",
    },
  },
  create(ctx) {
    return {
      project(p) {
        if (!p.budgetLabel || p.source !== "form") return;
        const b = p.budget;
        if (b && b.text !== "" && !b.readable) {
          ctx.report({ messageId: "unreadable", at: at(b), data: { text: b.text.slice(0, 40) } });
          return;
        }
        const parts = p.breakdowns.find((x) => x.label === p.budgetLabel)?.parts ?? [];
        if ((!b || b.text === "") && !parts.some((x) => x.amount.text !== "")) {
          ctx.report({ messageId: "empty", at: b ? at(b) : at(p.budgetLabel), data: { label: p.budgetLabel.text } });
        }
      },
    };
  },
});
