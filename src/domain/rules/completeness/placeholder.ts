import { defineRule } from "../define";
import { at } from "../utils";

export default defineRule<"empty">({
  id: "completeness/placeholder",
  code: "JX404",
  category: "completeness",
  defaultSeverity: "info",
  docs: {
    "zh-CN": {
      title: "空的二级指标行",
      description:
        "只列二级指标、没有三级指标和目标值的行（如工资类项目的生态效益指标）在批复表中很常见，不算错误，仅作提示。",
    },
    "en-US": {
      title: "Empty 二级 row",
      description:
        "A 二级 listed with no 三级 and no targets (such as 生态效益 on a payroll project) is common in approved forms; noted, not an error.",
    },
  },
  messages: {
    "zh-CN": { empty: "“{name}”下未设三级指标（可留空）。" },
    "en-US": { empty: "No 三级 under “{name}” (may stay empty)." },
  },
  create(ctx) {
    return {
      table(t) {
        if (t.kind !== "table") return;
        // a handful of distinct 一级 at most: an array is cheaper than a set
        const l1WithIndicators: (string | null)[] = [];
        for (const r of t.rows) if (r.l3 && !l1WithIndicators.includes(r.l1)) l1WithIndicators.push(r.l1);
        for (const r of t.rows) {
          if (!r.placeholder || !l1WithIndicators.includes(r.l1)) continue;
          if (t.levelsInOneColumn && !r.l2Cell) continue; // a 一级 heading over its 二级 rows, not an empty 二级
          const cell =
            r.l2Explicit && r.l2Cell && r.l2Cell.row === r.row
              ? r.l2Cell
              : r.l1Explicit && r.l1Cell && r.l1Cell.row === r.row
                ? r.l1Cell
                : null;
          if (cell) ctx.report({ messageId: "empty", at: at(cell), data: { name: r.l2 ?? cell.text } });
        }
      },
    };
  },
});
