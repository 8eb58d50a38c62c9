import { defineRule } from "../define";
import { at } from "../utils";
import type { AmountCell } from "../../engine/model";

export default defineRule<"unreadable" | "taskAmount">({
  id: "budget/amount-unreadable",
  code: "JX505",
  category: "budget",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "金额无法读取",
      description: "金额单元格应只填数字（可带千分位逗号），不填金额用“-”或0。无法读取的金额不参与合计核对。",
    },
    "en-US": {
      title: "Amount unreadable",
      description:
        "Amount cells hold only a number (thousands separators allowed); use “-” or 0 for none. Unreadable amounts are left out of the sums.",
    },
  },
  messages: {
    "zh-CN": {
      unreadable: "金额“{text}”无法读取，应只填数字，如“4,157.41”。",
      taskAmount: "任务“{name}”没有拟投入的资金，应填写金额。",
    },
    "en-US": {
      unreadable: "Cannot read the amount “{text}”; expected a number such as “4,157.41”.",
      taskAmount: "The task “{name}” has no amount; expected one.",
    },
  },
  create(ctx) {
    const check = (c: AmountCell | null | undefined) => {
      if (c && !c.readable) ctx.report({ messageId: "unreadable", at: at(c), data: { text: c.text } });
    };
    return {
      department(d) {
        for (const c of Object.values(d.amounts)) check(c);
        for (const t of d.tasks) {
          if (t.amount) check(t.amount);
          else ctx.report({ messageId: "taskAmount", at: at(t.name), data: { name: t.name.text.slice(0, 30) } });
        }
      },
      project(p) {
        // the budget itself is project/budget-missing's; its 其中 parts and the period's amount are read here
        for (const bd of p.breakdowns) {
          if (bd.total !== p.budget) check(bd.total);
          for (const x of bd.parts) check(x.amount);
        }
        if (p.periodBudget && !p.breakdowns.some((b) => b.total === p.periodBudget)) check(p.periodBudget);
      },
      projectList(l) {
        for (const r of l.rows) for (const c of [r.total, r.fiscal, r.special, r.other]) check(c);
      },
    };
  },
});
