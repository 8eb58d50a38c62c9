import { defineRule } from "../define";
import { COST_L2_2021 } from "../../model/taxonomy";
import { at } from "../utils";

export default defineRule<"costUnderOutput" | "costL2In2020">({
  id: "taxonomy/framework-mixed",
  code: "JX210",
  category: "taxonomy",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "新旧指标框架混用",
      description:
        "2021年框架（财预〔2021〕101号）把成本指标列为一级指标，下设经济成本、社会成本、生态环境成本；2020年框架把成本指标放在产出指标下。同一张表应只用一种。",
    },
    "en-US": {
      title: "Frameworks mixed",
      description:
        "The 2021 guide makes 成本指标 a 一级 (经济/社会/生态环境成本); the 2020 framework keeps 成本指标 under 产出. A table should use one.",
    },
  },
  messages: {
    "zh-CN": {
      costUnderOutput:
        "本表按2021年框架（成本指标为一级），但“成本指标”又放在了产出指标下，应移到一级“成本指标”下的经济成本指标等。",
      costL2In2020: "本表按2020年框架，“{text}”是2021年框架的二级指标，应为产出指标下的“成本指标”。",
    },
    "en-US": {
      costUnderOutput:
        "This table follows the 2021 framework (成本指标 as 一级) but also has 成本指标 under 产出; expected under the 一级 成本指标 (经济成本指标 …).",
      costL2In2020: "This table follows the 2020 framework, but “{text}” is a 2021 二级; expected 成本指标 under 产出.",
    },
  },
  create(ctx) {
    return {
      row(r, t) {
        if (!r.l2Explicit || !r.l2Cell) return;
        if (t.framework === "2021" && r.l2 === "成本指标" && r.l1 === "产出指标")
          ctx.report({ messageId: "costUnderOutput", at: at(r.l2Cell) });
        if (t.framework === "2020" && r.l2 && COST_L2_2021.has(r.l2))
          ctx.report({ messageId: "costL2In2020", at: at(r.l2Cell), data: { text: r.l2Cell.text } });
      },
    };
  },
});
