import { defineRule } from "../define";
import type { AmountCell } from "../../engine/model";
import { rangeOf, show, tolerance, yuan } from "./money";

/**
 * A project's money and its 其中 parts (财政拨款 + 其他资金, 1.中央 + 2.市级 + 3.区级 + 4.其他): the parts never add up
 * to more than the total, and where the list is complete (it has an 其他 part) they add up to it.
 */
export default defineRule<"over" | "under">({
  id: "budget/breakdown-sum",
  code: "JX510",
  category: "budget",
  defaultSeverity: "error",
  docs: {
    "zh-CN": {
      title: "资金来源合计与总额不符",
      description:
        "项目资金总额下列出的其中各项（财政拨款、其他资金，或中央、市级、区级、其他资金……）合计不能超过总额；列出了“其他”一项时，各项之和应等于总额。",
    },
    "en-US": {
      title: "Fund parts do not add up",
      description:
        "The 其中 parts under a project's money (财政拨款, 其他资金, or 中央, 市级, 区级, 其他 …) never add up to more than the total; where the list has an 其他 part, they add up to it exactly.",
    },
  },
  messages: {
    "zh-CN": {
      over: "其中各项合计{parts}，超过“{label}”{total}，应不超过。",
      under: "其中各项合计{parts}，不等于“{label}”{total}，应相等。",
    },
    "en-US": {
      over: "The parts add up to {parts}, more than “{label}” {total}; expected at most that.",
      under: "The parts add up to {parts}, not “{label}” {total}; expected equal.",
    },
  },
  create(ctx) {
    return {
      project(p) {
        for (const bd of p.breakdowns) {
          const total = yuan(bd.total, bd.factor);
          if (total === null) continue;
          const parts: AmountCell[] = [];
          let sum = 0;
          for (const x of bd.parts) {
            if (x.amount.text === "") continue;
            const v = yuan(x.amount, bd.factor);
            if (v === null) return; // an unreadable part: amount-unreadable says so, no sum is checked
            parts.push(x.amount);
            sum += v;
          }
          if (parts.length === 0) continue;
          const f = bd.factor ?? 1;
          const tol = tolerance([bd.total, ...parts], f);
          const complete = bd.parts.length >= 2 && bd.parts.some((x) => /其他|其它/.test(x.label.text));
          const where = rangeOf([bd.total, ...parts]);
          if (!where) continue;
          const data = { parts: show(sum, f), total: show(total, f), label: bd.label.text };
          if (sum > total + tol) ctx.report({ messageId: "over", at: where, data });
          else if (complete && sum < total - tol) ctx.report({ messageId: "under", at: where, data });
        }
      },
    };
  },
});
