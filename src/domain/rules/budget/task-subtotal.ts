import { defineRule } from "../define";
import type { AmountCell } from "../../engine/model";
import { rangeOf, show, tolerance, yuan } from "./money";

/**
 * A task list whose money is split into 小计 and its parts (市财政拨款, 其他资金): each row's 小计 is the sum of its
 * parts, and the 合计 row is the sum of the rows, column by column.
 */
export default defineRule<"blank" | "row" | "total">({
  id: "budget/task-subtotal",
  code: "JX511",
  category: "budget",
  defaultSeverity: "error",
  docs: {
    "zh-CN": {
      title: "任务资金小计、合计不符",
      description:
        "年度主要任务的资金分“小计”和各来源（如市财政拨款、其他资金）填写时，每行小计应等于各来源之和，“合计”行应等于各任务之和。",
    },
    "en-US": {
      title: "Task subtotals do not add up",
      description:
        "Where task money is split into 小计 and its sources (市财政拨款, 其他资金), each row's 小计 equals the sum of its sources, and the 合计 row equals the sum of the tasks.",
    },
  },
  messages: {
    "zh-CN": {
      blank: "{count}项任务的“小计”未填写，应填写各资金来源之和。",
      row: "“{name}”的小计{subtotal}不等于各来源之和{sum}，应相等。",
      total: "合计行的“{what}”为{shown}，各项之和为{sum}，应相等。",
    },
    "en-US": {
      blank: "The 小计 of {count} tasks is empty; expected the sum of their sources.",
      row: "The 小计 of “{name}”, {subtotal}, is not the sum of its sources, {sum}; expected equal.",
      total: "The total row's “{what}” is {shown} while the items add up to {sum}; expected equal.",
    },
  },
  create(ctx) {
    return {
      department(d) {
        const f = d.tasksFactor;
        const sumOf = (cells: readonly (AmountCell | null | undefined)[]) => {
          let s = 0;
          for (const c of cells) s += yuan(c, f) ?? 0;
          return s;
        };
        const rows = d.tasks.filter((t) => t.parts !== undefined);
        if (rows.length === 0) return;
        const blanks: AmountCell[] = [];
        for (const t of rows) {
          const parts = t.parts!;
          if (parts.some((p) => p.text !== "" && !p.readable)) continue;
          const sum = sumOf(parts);
          if (!t.subtotal) continue;
          if (t.subtotal.text === "") {
            if (sum !== 0) blanks.push(t.subtotal);
            continue;
          }
          const sub = yuan(t.subtotal, f);
          if (sub !== null && Math.abs(sub - sum) > tolerance([t.subtotal, ...parts], f))
            ctx.report({
              messageId: "row",
              at: rangeOf([t.subtotal, ...parts])!,
              data: { name: t.name.text.slice(0, 20), subtotal: show(sub, f), sum: show(sum, f) },
            });
        }
        if (blanks.length > 0) ctx.report({ messageId: "blank", at: rangeOf(blanks)!, data: { count: blanks.length } });
        const total = d.taskTotal;
        if (!total) return;
        // the 合计 row's own 小计 against its parts, then each of its columns against the tasks above
        if (total.subtotal && total.subtotal.text !== "" && total.subtotal.readable) {
          const parts = sumOf(total.parts);
          const shown = yuan(total.subtotal, f)!;
          if (Math.abs(shown - parts) > tolerance([total.subtotal, ...total.parts], f)) {
            ctx.report({
              messageId: "total",
              at: rangeOf([total.subtotal, ...total.parts])!,
              data: { what: "小计", shown: show(shown, f), sum: show(parts, f) },
            });
            return;
          }
        }
        total.parts.forEach((cell, i) => {
          if (cell.text === "" || !cell.readable) return;
          const items = rows.map((t) => t.parts![i]);
          const sum = sumOf(items);
          const shown = yuan(cell, f)!;
          if (Math.abs(shown - sum) > tolerance([cell, ...items], f))
            ctx.report({
              messageId: "total",
              at: { row: cell.row, col: cell.col },
              data: { what: total.partLabels[i] ?? "", shown: show(shown, f), sum: show(sum, f) },
            });
        });
      },
    };
  },
});
