import { defineRule } from "../define";
import { at, name3 } from "../utils";

export default defineRule<"duplicate">({
  id: "completeness/duplicate-level3",
  code: "JX405",
  category: "completeness",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": { title: "三级指标重复", description: "同一张指标表里同一个三级指标出现了两次，通常是复制时多粘了一行。" },
    "en-US": { title: "Duplicate 三级", description: "The same 三级 appears twice in one table, usually an extra pasted row." },
  },
  messages: {
    "zh-CN": { duplicate: "三级指标“{{name}}”重复（第{{first}}行已有）。" },
    "en-US": { duplicate: "Duplicate 三级 “{{name}}” (already on row {{first}})." },
  },
  create(ctx) {
    return {
      table(t) {
        const seen = new Map<string | null, Map<string, number>>();
        for (const r of t.rows) {
          if (!r.l3) continue;
          let group = seen.get(r.l2);
          if (!group) seen.set(r.l2, (group = new Map()));
          const n = name3(r);
          const first = group.get(n);
          if (first === undefined) group.set(n, r.row);
          else if (r.source === "table") ctx.report({ messageId: "duplicate", at: at(r.l3), data: { name: r.l3.text, first } });
          else ctx.report({ messageId: "duplicate", at: at(r.l3), data: { name: r.l3.text, first: r.row } });
        }
      },
    };
  },
});
