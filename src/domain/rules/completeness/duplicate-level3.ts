import { defineRule } from "../define";
import type { RowModel, TextCell } from "../../engine/model";
import { TextMap } from "../../model/text";
import { at } from "../utils";

/** Tables up to this many rows are searched row by row (cheaper than a map for the usual 20–40 rows). */
const SMALL_TABLE = 64;

export default defineRule<"duplicate">({
  id: "completeness/duplicate-level3",
  code: "JX405",
  category: "completeness",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": { title: "三级指标重复", description: "同一张指标表里同一个三级指标出现了两次，通常是复制时多粘了一行。" },
    "en-US": {
      title: "Duplicate 三级",
      description: "The same 三级 appears twice in one table, usually an extra pasted row.",
    },
  },
  messages: {
    "zh-CN": { duplicate: "三级指标“{name}”重复（第{first}行已有），应删去多余的一行，或改成另一个指标。" },
    "en-US": {
      duplicate:
        "Duplicate 三级 “{name}” (already on row {first}); the extra row should be deleted or made another indicator.",
    },
  },
  create(ctx) {
    const { cache } = ctx;
    const report = (r: RowModel, l3: TextCell, first: number) => {
      if (r.source === "table") ctx.report({ messageId: "duplicate", at: at(l3), data: { name: l3.text, first } });
      else ctx.report({ messageId: "duplicate", at: at(l3), data: { name: l3.text, first: r.row } });
    };
    return {
      table(t) {
        const rows = t.rows;
        if (rows.length <= SMALL_TABLE) {
          // the earliest row above with the same 二级 and name, looked for directly: no map per table
          for (let i = 1; i < rows.length; i++) {
            const r = rows[i];
            const l3 = r.l3;
            if (!l3) continue;
            const n = cache.name3(r);
            for (let j = 0; j < i; j++) {
              const o = rows[j];
              if (o.l3 && o.l2 === r.l2 && cache.name3(o) === n) {
                report(r, l3, o.row);
                break;
              }
            }
          }
          return;
        }
        // Duplicates are per 二级 and name. One map by name holds the first row with each name, which
        // settles the usual case; only a name met again under another 二级 needs a map per 二级.
        const firstByName = new TextMap<RowModel>(); // names can be 32,767 characters long: see TextMap
        let byL2: Map<string | null, TextMap<number>> | null = null;
        for (const r of rows) {
          const l3 = r.l3;
          if (!l3) continue;
          const n = cache.name3(r);
          let first: number | undefined;
          const f = firstByName.get(n);
          if (f === undefined) firstByName.set(n, r);
          else if (f.l2 === r.l2) first = f.row;
          else {
            byL2 ??= new Map();
            let group = byL2.get(r.l2);
            if (!group) byL2.set(r.l2, (group = new TextMap()));
            first = group.get(n);
            if (first === undefined) group.set(n, r.row);
          }
          if (first !== undefined) report(r, l3, first);
        }
      },
    };
  },
});
