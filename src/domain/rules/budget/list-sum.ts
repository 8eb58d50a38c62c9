import { defineRule } from "../define";
import { at } from "../utils";
import type { ListRowModel } from "../../engine/model";
import { show, tolerance, yuan } from "./money";

type Col = "total" | "fiscal" | "special" | "other";
const COLS: Col[] = ["total", "fiscal", "special", "other"];

export default defineRule<"total" | "subtotal">({
  id: "budget/list-sum",
  code: "JX507",
  category: "budget",
  defaultSeverity: "error",
  docs: {
    "zh-CN": {
      title: "合计与项目金额之和不符",
      description: "项目支出表的“合计”行应等于所有项目行之和；部门小计行应等于其下各项目之和。",
    },
    "en-US": {
      title: "Total does not match the projects",
      description:
        "The 合计 row must equal the sum of all project rows; a department subtotal row the sum of its projects.",
    },
  },
  messages: {
    "zh-CN": {
      total: "合计 {shown}，不等于各项目之和 {sum}，应相等。",
      subtotal: "“{name}”小计 {shown}，不等于其下各项目之和 {sum}，应相等。",
    },
    "en-US": {
      total: "The total {shown} differs from the sum of the projects {sum}; expected equal.",
      subtotal: "The subtotal of “{name}”, {shown}, differs from the sum of its projects {sum}; expected equal.",
    },
  },
  create(ctx) {
    return {
      projectList(l) {
        const items = l.rows.filter((r) => r.kind === "project" || r.kind === "secret");
        const check = (row: ListRowModel, members: ListRowModel[], messageId: "total" | "subtotal") => {
          for (const col of COLS) {
            const cell = row[col];
            const shown = yuan(cell, l.factor);
            if (shown === null || cell === null) continue;
            const cells = members.map((m) => m[col]);
            const sum = cells.reduce<number>((s, c) => s + (yuan(c, l.factor) ?? 0), 0);
            if (Math.abs(shown - sum) <= tolerance([cell], l.factor)) continue;
            ctx.report({
              messageId,
              at: at(cell),
              data: { name: row.name.text, shown: show(shown, l.factor), sum: show(sum, l.factor) },
            });
          }
        };
        for (const r of l.rows) if (r.kind === "total") check(r, items, "total");
        // a subtotal row covers the project rows after it, up to the next subtotal
        l.rows.forEach((r, i) => {
          if (r.kind !== "subtotal") return;
          const members: ListRowModel[] = [];
          for (let j = i + 1; j < l.rows.length && l.rows[j].kind !== "subtotal" && l.rows[j].kind !== "total"; j++)
            members.push(l.rows[j]);
          if (members.length > 0) check(r, members, "subtotal");
        });
      },
    };
  },
});
