import { defineRule } from "../define";
import { at } from "../utils";

export default defineRule<"old">({
  id: "taxonomy/satisfaction-under-benefit",
  code: "JX205",
  category: "taxonomy",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "满意度指标放在效益指标下",
      description: "较早的表样把服务对象满意度放在效益指标下；现行要求满意度指标是单独的一级指标。",
    },
    "en-US": {
      title: "Satisfaction under 效益",
      description: "Older forms put 服务对象满意度 under 效益指标; it is now a 一级 of its own (满意度指标).",
    },
  },
  messages: {
    "zh-CN": { old: "“{text}”放在了效益指标下，应作为一级指标“满意度指标”下的二级指标。" },
    "en-US": { old: "“{text}” is under 效益指标; expected as the 二级 of its own 一级 满意度指标." },
  },
  create(ctx) {
    return {
      table(t) {
        // said once per table, at the first such label (with its second line when it is printed over two rows)
        for (const r of t.rows) {
          if (!(r.l2Explicit && r.l2Cell && r.l2 === "服务对象满意度指标" && r.l1 === "效益指标")) continue;
          const c = r.l2Cell;
          ctx.report({
            messageId: "old",
            at: r.l2EndRow ? { r1: c.row, c1: c.col, r2: r.l2EndRow, c2: c.col } : at(c),
            data: { text: c.text },
          });
          return;
        }
      },
    };
  },
});
