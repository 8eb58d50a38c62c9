import { defineRule } from "../define";
import { withUnitCell } from "../utils";

/** Years as a quantity's unit are a span of time, not a count of what was produced. */
const TIME_NAME = /(年限|期限|年数|时间|周期|年度|时限|工期)/;

export default defineRule<"time">({
  id: "value/quantity-unit",
  code: "JX315",
  category: "value",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "数量指标以年、月计量",
      description:
        "数量指标说的是产出多少（个、场、人、平方米……）。以“年”“月”为单位的（如“制作宣传横幅=1年”）是时间而不是数量，应写明做了多少，或归入时效指标。",
    },
    "en-US": {
      title: "Quantity in years or months",
      description:
        "A 数量 indicator counts what is produced (个, 场, 人, 平方米 …). One measured in 年 or 月 (制作宣传横幅 = 1年) is a span of time, not a quantity: state how many, or file it under 时效指标.",
    },
  },
  messages: {
    "zh-CN": { time: "数量指标“{name}”以“{unit}”计量，这是时间而不是数量，应写明数量（个、场、次……）或归入时效指标。" },
    "en-US": {
      time: "The quantity “{name}” is measured in “{unit}”, a span of time; expected a count (个, 场, 次 …) or a 时效 indicator.",
    },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      row(r) {
        if (r.l2 !== "数量指标" || !r.l3 || TIME_NAME.test(cache.name3(r))) return;
        for (const v of cache.values(r)) {
          const q = v.parsed.q;
          if (v.parsed.kind !== "quantity" || q.length !== 1 || (q[0].unit !== "年" && q[0].unit !== "月")) continue;
          ctx.report({
            messageId: "time",
            at: withUnitCell({ r1: v.row, c1: v.col, r2: v.row, c2: v.col }, r),
            data: { name: r.l3.text.slice(0, 30), unit: q[0].unit },
          });
          return;
        }
      },
    };
  },
});
