import { defineRule } from "../define";
import { parseValue } from "../../model/value";
import { span } from "../utils";

/** A rate named with its own target (…质量达标率100%) whose value says another (≥98%): one of the two is wrong. */
export default defineRule<"differs">({
  id: "value/name-value-conflict",
  code: "JX316",
  category: "value",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "指标名称与指标值矛盾",
      description:
        "三级指标名称里写了目标（如“质量达标率100%”），指标值却是另一个数（如“≥98%”）。应去掉名称中的数值，只在指标值中填写。",
    },
    "en-US": {
      title: "Name and value disagree",
      description:
        "The 三级 name states a target (质量达标率100%) and the value another (≥98%). Keep the number in the value only.",
    },
  },
  messages: {
    "zh-CN": { differs: "名称“{name}”中写的是{inName}，指标值却是“{text}”，应一致（名称中不写数值）。" },
    "en-US": {
      differs: "The name “{name}” says {inName} but the value is “{text}”; expected the same (no number in the name).",
    },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      row(r) {
        // (a template's "(≥**%)" is completeness/template-leftover's)
        if (!r.l3 || !r.l3.text.includes("%") || r.l3.text.includes("**")) return;
        const inName = parseValue(r.l3.text).q.find((q) => q.kind === "percent");
        if (!inName) return;
        for (const v of cache.values(r)) {
          const q = v.parsed.q.find((x) => x.kind === "percent");
          if (!q || q.num === inName.num) continue;
          ctx.report({
            messageId: "differs",
            at: span(r.l3, v),
            data: { name: r.l3.text.slice(0, 30), inName: `${inName.num}%`, text: v.text },
          });
          return;
        }
      },
    };
  },
});
