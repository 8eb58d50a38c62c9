import { defineRule } from "../define";
import { at } from "../utils";
import type { TextCell } from "../../engine/model";

const OPEN_ENDED = 2099;

function year(c: TextCell | null): number | null | "bad" {
  if (!c || c.text === "") return null;
  const m = /^(\d{4})(年|年度)?$/.exec(c.text.replace(/\s/g, ""));
  return m ? Number(m[1]) : "bad";
}

export default defineRule<"order" | "budgetYear" | "unreadable">({
  id: "project/years",
  code: "JX601",
  category: "project",
  defaultSeverity: "error",
  docs: {
    "zh-CN": {
      title: "实施周期与预算年度不符",
      description: "起始年度应不晚于到期年度，预算年度应在实施周期之内（到期年度2099表示长期项目）。",
    },
    "en-US": {
      title: "Years out of order",
      description:
        "起始年度 must not be after 到期年度, and the budget year must lie within the period (2099 means open-ended).",
    },
  },
  messages: {
    "zh-CN": {
      order: "起始年度 {start} 晚于到期年度 {end}，应不晚于到期年度。",
      budgetYear: "预算年度 {year} 不在实施周期 {start}–{end} 之内，应调整起始年度或到期年度，使其包含预算年度。",
      unreadable: "年度“{text}”无法读取，应为四位年份，如“2025”。",
    },
    "en-US": {
      order: "起始年度 {start} is after 到期年度 {end}; expected not later.",
      budgetYear:
        "The budget year {year} lies outside the period {start}–{end}; the start or end year should be changed to include it.",
      unreadable: "Cannot read the year “{text}”; expected four digits such as “2025”.",
    },
  },
  create(ctx) {
    return {
      project(p) {
        const s = year(p.startYear),
          e = year(p.endYear);
        if (s === "bad")
          ctx.report({ messageId: "unreadable", at: at(p.startYear!), data: { text: p.startYear!.text } });
        if (e === "bad") ctx.report({ messageId: "unreadable", at: at(p.endYear!), data: { text: p.endYear!.text } });
        if (typeof s === "number" && typeof e === "number" && s > e) {
          ctx.report({ messageId: "order", at: at(p.endYear!), data: { start: s, end: e } });
          return;
        }
        const y = p.budgetYear;
        if (y === null || !p.budgetLabel) return;
        const before = typeof s === "number" && y < s;
        const after = typeof e === "number" && e !== OPEN_ENDED && y > e;
        if (before || after)
          ctx.report({
            messageId: "budgetYear",
            at: at(p.budgetLabel),
            data: { year: y, start: typeof s === "number" ? s : "?", end: typeof e === "number" ? e : "?" },
          });
      },
    };
  },
});
