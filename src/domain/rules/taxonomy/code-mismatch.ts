import { defineRule } from "../define";
import { DEFAULT_CODES, lookupName } from "../../model/taxonomy";
import { at } from "../utils";

export default defineRule<"level1" | "level2">({
  id: "taxonomy/code-mismatch",
  code: "JX208",
  category: "taxonomy",
  defaultSeverity: "error",
  docs: {
    "zh-CN": {
      title: "指标编码与名称不符",
      description:
        "预算系统的指标编码（1 产出、11 数量、12 质量、13 时效、14 成本、2 效益、21 经济、22 社会、23 生态、24 可持续、3 满意度、31 服务对象满意度）应与名称一致。编码表可在设置中修改。",
    },
    "en-US": {
      title: "Code and name disagree",
      description:
        "Budget-software indicator codes (1 产出, 11 数量 … 31 服务对象满意度) must agree with their names. The code table is configurable.",
    },
  },
  messages: {
    "zh-CN": {
      level1: "一级编码“{code}”对应“{expected}”，但名称是“{name}”。",
      level2: "二级编码“{code}”对应“{expected}”，但名称是“{name}”。",
    },
    "en-US": {
      level1: "一级 code “{code}” stands for “{expected}” but the name is “{name}”.",
      level2: "二级 code “{code}” stands for “{expected}” but the name is “{name}”.",
    },
  },
  create(ctx) {
    const codes = ctx.config.codes ?? DEFAULT_CODES;
    return {
      row(r) {
        if (!r.codes || !r.l1Cell) return;
        const c = r.codes;
        const e1 = codes.level1[c.l1Code];
        const n1 = lookupName(c.l1Name).canonical;
        if (e1 && n1 && e1 !== n1)
          ctx.report({ messageId: "level1", at: at(r.l1Cell), data: { code: c.l1Code, expected: e1, name: c.l1Name } });
        const e2 = codes.level2[c.l2Code];
        const n2 = lookupName(c.l2Name).canonical;
        if (e2 && n2 && e2 !== n2)
          ctx.report({ messageId: "level2", at: at(r.l1Cell), data: { code: c.l2Code, expected: e2, name: c.l2Name } });
      },
    };
  },
});
