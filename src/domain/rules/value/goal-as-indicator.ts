import { defineRule } from "../define";
import { span } from "../utils";

/** A goal's verb at the start of a long name: 促进人口与经济、社会、资源、环境协调和可持续发展. */
const GOAL_VERB = /^(促进|实现|推动|推进|维护|保障|确保|提高|提升|增强|加强|改善|助力|巩固|营造|构建|打造|引导|带动)/;
/** What a measurable indicator's name names: a rate, a count, an amount, a time. */
const METRIC =
  /(率|数|量|度|额|面积|人次|时间|时限|标准|成本|比例|覆盖面|天数|指数|金额|费用|长度|里程|收入|产值|价格|得分|分值)/;

export default defineRule<"goal">({
  id: "value/goal-as-indicator",
  code: "JX317",
  category: "value",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "三级指标是口号而不是指标",
      description:
        "三级指标应是可以衡量的事项（某某率、某某数量、某某时间）。以“促进”“实现”“提高”等开头的一句口号，再配上“100%”之类的值，年底无法核对。应改写为具体指标，如“受益人口数≥500人”。",
    },
    "en-US": {
      title: "A slogan as the indicator",
      description:
        "A 三级 indicator names something measurable (a rate, a count, a time). A slogan starting with 促进 / 实现 / 提高 … given a value such as “100%” cannot be checked at year end; name a concrete indicator instead, such as 受益人口数≥500人.",
    },
  },
  messages: {
    "zh-CN": { goal: "三级指标“{name}”是一句目标口号，配以“{text}”无法衡量，应改写为具体可衡量的指标。" },
    "en-US": {
      goal: "The 三级 “{name}” is a slogan; with “{text}” it cannot be measured. Expected a concrete, measurable indicator.",
    },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      row(r) {
        if (!r.l3) return;
        const n = cache.name3(r);
        if (n.length < 10 || !GOAL_VERB.test(n) || METRIC.test(n)) return;
        const v = cache.values(r);
        const cell = v[v.length - 1];
        // a bare percentage as its value (a count or an amount would make it measurable after all; a vague word is
        // value/vague-target's)
        if (!cell) return;
        const p = cell.parsed;
        if (p.kind === "quantity" && !p.embedded && p.q.length === 1 && p.q[0].kind === "percent")
          ctx.report({
            messageId: "goal",
            at: span(r.l3, cell),
            data: { name: r.l3.text.slice(0, 30), text: cell.text.slice(0, 20) },
          });
      },
    };
  },
});
