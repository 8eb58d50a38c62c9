import { defineRule } from "../define";
import { parentOf } from "../../model/taxonomy";
import { at } from "../utils";

export default defineRule<"parent" | "codedParent">({
  id: "taxonomy/level2-wrong-parent",
  code: "JX204",
  category: "taxonomy",
  defaultSeverity: "error",
  fixable: true,
  docs: {
    "zh-CN": {
      title: "二级指标放错了一级指标",
      description: "每个二级指标只属于一个一级指标，例如社会效益属于效益指标，不属于产出指标。",
    },
    "en-US": {
      title: "二级 under the wrong 一级",
      description: "Each 二级 belongs to one 一级; for example 社会效益 belongs to 效益指标, not 产出指标.",
    },
  },
  messages: {
    "zh-CN": {
      parent: "二级指标“{l2}”不属于一级指标“{l1}”，应属于“{expected}”。",
      codedParent: "“{l2code}-{l2name}”不属于“{l1code}-{l1name}”，应为“{fixed}”。",
    },
    "en-US": {
      parent: "二级 “{l2}” does not belong to 一级 “{l1}”; expected under “{expected}”.",
      codedParent: "“{l2code}-{l2name}” does not belong to “{l1code}-{l1name}”; expected “{fixed}”.",
    },
  },
  create(ctx) {
    const codes = () => ctx.config.codes?.level1 ?? { "1": "产出指标", "2": "效益指标", "3": "满意度指标" };
    return {
      row(r, t) {
        if (!r.l1 || !r.l2 || r.l2State !== "ok" || !r.l2Cell) return;
        if (!r.l2Explicit && !r.l1Explicit) return;
        if (r.l2 === "服务对象满意度指标" && r.l1 === "效益指标") return; // old forms: satisfaction-under-benefit
        const expected = parentOf(r.l2, t.framework);
        if (!expected || expected === r.l1) return;
        if (r.source === "coded" && r.codes) {
          const code = Object.entries(codes()).find(([, n]) => n === expected)?.[0];
          const short = expected.replace(/指标$/, "") + "指标";
          const fixed = code ? `${code}-${short}` : short;
          const full = r.codes.cellText;
          const newBody = r.codes.text.replace(/^(\d+)\s*[-－—]\s*[^：:；;，,]+?(?=\s*[：:；;，,])/, fixed);
          const fix = newBody !== r.codes.text ? { from: full, to: full.replace(r.codes.text, newBody) } : undefined;
          ctx.report({
            messageId: "codedParent",
            at: at(r.l2Cell),
            data: {
              l1code: r.codes.l1Code,
              l1name: r.codes.l1Name,
              l2code: r.codes.l2Code,
              l2name: r.codes.l2Name,
              fixed,
            },
            fix,
          });
        } else {
          ctx.report({ messageId: "parent", at: at(r.l2Cell), data: { l1: r.l1, l2: r.l2, expected } });
        }
      },
    };
  },
});
