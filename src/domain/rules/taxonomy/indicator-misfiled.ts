import { defineRule } from "../define";
import { at, isBudgetExecRate, name3 } from "../utils";

const SATISFACTION = /满意(度|率|程度)/;
const COST = /(成本|费用|单价|工资|薪酬|经费|补贴标准|补助标准|开支|价格|支出标准|费$)/;
const ECOLOGY = /(生态|环境|绿|节能|节约|能耗|排放|污染|碳|水|空气|噪|垃圾|废|资源|植|林|土壤|河|湖|海|环保|节电|能源)/;

export default defineRule<"satisfaction" | "cost" | "ecology">({
  id: "taxonomy/indicator-misfiled",
  code: "JX206",
  category: "taxonomy",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": { title: "三级指标归类不当", description: "三级指标的内容明显属于别的类别：满意度放在效益或产出下，成本、费用放在效益下，与生态无关的指标放在生态效益下。" },
    "en-US": { title: "Misfiled indicator", description: "The 三级 plainly belongs elsewhere: satisfaction under 效益 or 产出, costs under 效益, or a non-ecological indicator under 生态效益." },
  },
  messages: {
    "zh-CN": {
      satisfaction: "“{{name}}”是满意度指标，应放在“满意度指标 / 服务对象满意度指标”下。",
      cost: "“{{name}}”是成本指标，应放在“{{expected}}”下。",
      ecology: "“{{name}}”与生态效益无关，应放在“社会效益指标”或其他合适的二级指标下。",
    },
    "en-US": {
      satisfaction: "“{{name}}” is a satisfaction indicator; expected under 满意度指标 / 服务对象满意度指标.",
      cost: "“{{name}}” is a cost indicator; expected under “{{expected}}”.",
      ecology: "“{{name}}” is not an ecological benefit; expected under 社会效益指标 or another fitting 二级.",
    },
  },
  create(ctx) {
    return {
      row(r, t) {
        if (!r.l3) return;
        const n = name3(r);
        const name = r.l3.text;
        if (SATISFACTION.test(n) && r.l1 !== null && r.l1 !== "满意度指标") {
          ctx.report({ messageId: "satisfaction", at: at(r.l3), data: { name } });
        } else if (COST.test(n) && r.l1 === "效益指标" && !isBudgetExecRate(r)) {
          ctx.report({ messageId: "cost", at: at(r.l3), data: { name, expected: t.framework === "2021" ? "成本指标 / 经济成本指标" : "产出指标 / 成本指标" } });
        } else if (r.l2 === "生态效益指标" && !ECOLOGY.test(n)) {
          ctx.report({ messageId: "ecology", at: at(r.l3), data: { name } });
        }
      },
    };
  },
});
