import { defineRule } from "../define";
import { requiredL1 } from "../../model/taxonomy";
import { at } from "../utils";

export default defineRule<"missing" | "noSatisfaction">({
  id: "completeness/level1-missing",
  code: "JX401",
  category: "completeness",
  defaultSeverity: "error",
  docs: {
    "zh-CN": {
      title: "缺少一级指标下的三级指标",
      description:
        "每张指标表在产出指标、效益指标、满意度指标（2021年框架另有成本指标）下都至少要有一个三级指标。没有一级/二级列的指标清单至少要有一个满意度指标。旧表样把满意度放在效益指标下时，由“满意度放在效益指标下”一条提示，这里不再重复。",
    },
    "en-US": {
      title: "一级 indicator without 三级",
      description:
        "Every indicator table needs at least one 三级 under 产出, 效益 and 满意度 (and 成本 in the 2021 framework). A flat list without 一级/二级 columns needs at least one satisfaction indicator. Old forms with 满意度 under 效益 are reported once by satisfaction-under-benefit, not here.",
    },
  },
  messages: {
    "zh-CN": {
      missing: "“{l1}”下没有三级指标，应至少填写一个。",
      noSatisfaction: "指标清单中没有满意度指标，应至少填写一个（如“服务对象满意度≥90%”）。",
    },
    "en-US": {
      missing: "No 三级 indicator under “{l1}”; expected at least one.",
      noSatisfaction:
        "The indicator list has no satisfaction indicator; expected at least one (such as 服务对象满意度≥90%).",
    },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      table(t) {
        if (t.flat) {
          // no levels to fill: only a satisfaction indicator can be asked for, told by its name
          const named = t.rows.filter((r) => r.l3);
          if (named.length === 0 || named.some((r) => cache.isSatisfactionRow(r))) return;
          const first = named[0].l3!,
            last = named[named.length - 1].l3!;
          ctx.report({ messageId: "noSatisfaction", at: { r1: first.row, c1: first.col, r2: last.row, c2: last.col } });
          return;
        }
        // a 一级 column the reader did not understand: structure/table-partly-read says so, and what is missing is unknown
        if (t.unreadable.includes("l1")) return;
        const have = new Set<string>();
        for (const r of t.rows) if (r.l3 && r.l1) have.add(r.l1);
        for (const l1 of requiredL1(t.framework)) {
          if (have.has(l1) || (l1 === "满意度指标" && t.oldForm)) continue;
          const holder = t.rows.find((r) => r.l1 === l1 && r.l1Cell);
          const where = holder?.l1Cell
            ? at(holder.l1Cell)
            : t.codedCell
              ? at(t.codedCell)
              : t.cols
                ? { r1: t.headerRow, c1: t.cols.l1 ?? t.cols.l3, r2: t.headerRow, c2: t.cols.l3 }
                : { row: t.range.r1, col: t.range.c1 };
          ctx.report({ messageId: "missing", at: where, data: { l1 } });
        }
      },
    };
  },
});
