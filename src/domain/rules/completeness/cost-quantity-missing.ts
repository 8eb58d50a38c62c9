import { defineRule } from "../define";
import type { RowModel } from "../../engine/model";
import type { RowCache } from "../cache";
import type { Quantity } from "../../model/value";
import { isCostRow } from "../utils";

/** Divisors that are spans of time, not things counted (元/年, 元/月/人 → 人 is checked, 月 is not). */
const TIME = new Set(["年", "月", "日", "天", "周", "季度", "小时", "时", "次年"]);

/** The units the table's 数量 indicators count in (元/人 → 人), distinct; a table has a handful. */
function quantityUnits(rows: readonly RowModel[], cache: RowCache): string[] {
  const units: string[] = [];
  for (const r of rows) {
    if (r.l2 !== "数量指标" || !r.l3) continue;
    for (const v of cache.values(r))
      for (const q of v.parsed.q) {
        if (q.kind !== "count") continue;
        const slash = q.unit.indexOf("/");
        const u = slash < 0 ? q.unit : q.unit.slice(0, slash);
        if (!units.includes(u)) units.push(u);
      }
  }
  return units;
}

/** The first divisor of a money amount per something that is not a span of time (1600元/亩 → 亩), or null. */
function perUnit(q: Quantity): string | null {
  if (q.kind !== "money") return null;
  for (const d of q.per) if (!TIME.has(d)) return d;
  return null;
}

/** Measure words that count the same things: events (场 = 次 = 期), people, items, areas, lengths. */
const SAME: Record<string, string> = {
  次: "场",
  场次: "场",
  期: "场",
  批次: "场",
  名: "人",
  人次: "人",
  项: "个",
  "㎡": "平方米",
  千米: "公里",
  km: "公里",
};

/** 万人次 counts 人次 (in tens of thousands): the measure word without its 万. */
function measure(u: string): string {
  const w = u.length > 1 && u.charCodeAt(0) === 0x4e07 /* 万 */ ? u.slice(1) : u;
  return SAME[w] ?? w;
}

function sameUnit(a: string, b: string): boolean {
  const x = measure(a),
    y = measure(b);
  return x === y || x.startsWith(y) || y.startsWith(x);
}

/**
 * A cost per unit (1600元/亩) needs a 数量 indicator in that unit (the area in 亩), or the total cannot be checked.
 * Only where the table states its quantities with units, and none of them is in the cost's unit.
 */
export default defineRule<"noQuantity">({
  id: "completeness/cost-quantity-missing",
  code: "JX408",
  category: "completeness",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "单位成本没有对应的数量指标",
      description:
        "按单位计的成本（如“1600元/亩”“≤500元/人”）要和同单位的数量指标（多少亩、多少人）一起才能核算总额。数量指标里没有这个单位时，应补充相应的数量指标。",
    },
    "en-US": {
      title: "Unit cost without its quantity",
      description:
        "A cost per unit (1600元/亩, ≤500元/人) can only be totalled with a 数量 indicator in the same unit (how many 亩, how many people). Add that quantity when none is given.",
    },
  },
  messages: {
    "zh-CN": { noQuantity: "成本“{text}”按“{unit}”计，但数量指标中没有以“{unit}”计的数量，应补充。" },
    "en-US": {
      noQuantity: "The cost “{text}” is per “{unit}” but no 数量 indicator counts in “{unit}”; expected one.",
    },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      table(t) {
        let units: string[] | null = null;
        for (const r of t.rows) {
          if (!r.l3 || !isCostRow(r)) continue;
          for (const v of cache.values(r)) {
            let per: string | null = null;
            for (const q of v.parsed.q) if ((per = perUnit(q)) !== null) break;
            if (per === null) continue;
            units ??= quantityUnits(t.rows, cache);
            if (units.length === 0) return; // the quantities give no units to compare with
            if (!units.some((u) => sameUnit(u, per)))
              ctx.report({
                messageId: "noQuantity",
                at: { row: v.row, col: v.col },
                data: { text: v.text, unit: per },
              });
            break;
          }
        }
      },
    };
  },
});
