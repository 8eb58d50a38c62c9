import { defineRule } from "../define";
import { norm, TextMap } from "../../model/text";
import type { TextField } from "../../engine/model";

/** Texts shorter than this are labels or names, not descriptions. */
const MIN_LENGTH = 6;

/**
 * Two descriptive fields of one form with the same text (项目设立必要性 = 项目概况, 年度绩效总目标 = 职能概述): the second
 * says nothing of its own.
 */
export default defineRule<"repeated">({
  id: "project/text-repeated",
  code: "JX604",
  category: "project",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "两栏内容重复",
      description:
        "表头的说明栏目各有用途：项目概况、立项依据、设立必要性、保障措施、年度目标……。一栏照抄另一栏（如年度绩效总目标照抄职能概述）等于没有填写，应按各栏要求分别填写。",
    },
    "en-US": {
      title: "A field repeats another",
      description:
        "Each descriptive field of a form has its own purpose (项目概况, 立项依据, 必要性, 保障措施, 年度目标 …). One that copies another (年度绩效总目标 = 职能概述) says nothing; fill each as asked.",
    },
  },
  messages: {
    "zh-CN": { repeated: "“{label}”照抄了“{first}”的内容，应按该栏要求填写。" },
    "en-US": { repeated: "“{label}” repeats “{first}” word for word; expected its own content." },
  },
  create(ctx) {
    const check = (texts: readonly TextField[]) => {
      const seen = new TextMap<TextField>(); // long texts: see TextMap
      for (const t of texts) {
        const k = norm(t.cell.text).replace(/[。.;；]$/, "");
        if (k.length < MIN_LENGTH) continue;
        const first = seen.get(k);
        if (first && first.label !== t.label)
          ctx.report({
            messageId: "repeated",
            at: { row: t.cell.row, col: t.cell.col },
            data: { label: t.label, first: first.label },
          });
        else if (!first) seen.set(k, t);
      }
    };
    return {
      project(p) {
        check(p.texts);
      },
      department(d) {
        check(d.texts);
      },
    };
  },
});
