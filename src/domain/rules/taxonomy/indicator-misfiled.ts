import { defineRule } from "../define";
import type { RowModel } from "../../engine/model";
import type { RowCache } from "../cache";
import { at } from "../utils";

/** A money amount per something (589元/人, 1600元/亩): a standard, not a quantity. */
function perUnitMoney(r: RowModel, cache: RowCache): boolean {
  for (const v of cache.values(r)) for (const q of v.parsed.q) if (q.kind === "money" && q.per.length > 0) return true;
  return false;
}

const SATISFACTION = /满意(度|率|程度)/;
const COST = /(成本|费用|单价|工资|薪酬|经费|补贴标准|补助标准|开支|价格|支出标准|费$)/;
/** Tax and fee relief is a benefit, not a cost (减税降费 under 经济效益). */
const RELIEF = /(减税|降费|减费|免费|减免|节约|节省)/;
/** A cost standard (补助标准 589元/人) filed under 数量 / 质量 / 时效. */
const STANDARD = /(标准|单价|成本|费用)$/;
const ECOLOGY =
  /(生态|环境|绿|节能|节约|能耗|排放|污染|碳|水|空气|噪|垃圾|废|资源|植|林|土壤|河|湖|海|环保|节电|能源|灌溉|耕地|农田|湿地|草|沙|田)/;

export default defineRule<"satisfaction" | "cost" | "ecology">({
  id: "taxonomy/indicator-misfiled",
  code: "JX206",
  category: "taxonomy",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "三级指标归类不当",
      description:
        "三级指标的内容明显属于别的类别：满意度放在效益或产出下，成本、费用放在效益下（减税降费等减负除外），补助标准、单价等金额标准（如“589元/人”）放在数量、质量或时效指标下，与生态无关的指标放在生态效益下。",
    },
    "en-US": {
      title: "Misfiled indicator",
      description:
        "The 三级 plainly belongs elsewhere: satisfaction under 效益 or 产出, costs under 效益 (relief such as 减税降费 excepted), a money standard per unit (补助标准 589元/人) under 数量, 质量 or 时效, or a non-ecological indicator under 生态效益.",
    },
  },
  messages: {
    "zh-CN": {
      satisfaction: "“{name}”是满意度指标，应放在“满意度指标 / 服务对象满意度指标”下。",
      cost: "“{name}”是成本指标，应放在“{expected}”下。",
      ecology: "“{name}”与生态效益无关，应放在“社会效益指标”或其他合适的二级指标下。",
    },
    "en-US": {
      satisfaction: "“{name}” is a satisfaction indicator; expected under 满意度指标 / 服务对象满意度指标.",
      cost: "“{name}” is a cost indicator; expected under “{expected}”.",
      ecology: "“{name}” is not an ecological benefit; expected under 社会效益指标 or another fitting 二级.",
    },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      row(r, t) {
        if (!r.l3) return;
        const n = cache.name3(r);
        const name = r.l3.text;
        const expected = t.framework === "2021" ? "成本指标 / 经济成本指标" : "产出指标 / 成本指标";
        // the cheap comparisons first: a regular expression on every row's name costs more than all the rest
        if (r.l1 !== null && r.l1 !== "满意度指标" && SATISFACTION.test(n)) {
          // the old form's 满意度 二级 under 效益 is said once for the table (taxonomy/satisfaction-under-benefit)
          if (!(t.oldForm && r.l2 === "服务对象满意度指标"))
            ctx.report({ messageId: "satisfaction", at: at(r.l3), data: { name } });
        } else if (r.l1 === "效益指标" && COST.test(n) && !RELIEF.test(n) && !cache.isBudgetExecRate(r)) {
          ctx.report({ messageId: "cost", at: at(r.l3), data: { name, expected } });
        } else if (
          r.l1 === "产出指标" &&
          r.l2 !== null &&
          r.l2 !== "成本指标" &&
          STANDARD.test(n) &&
          perUnitMoney(r, cache)
        ) {
          const cell = r.annual && r.annual.text !== "" ? r.annual : r.l3;
          ctx.report({
            messageId: "cost",
            at: { r1: r.row, c1: Math.min(r.l3.col, cell.col), r2: r.row, c2: Math.max(r.l3.col, cell.col) },
            data: { name, expected },
          });
        } else if (r.l2 === "生态效益指标" && !ECOLOGY.test(n)) {
          ctx.report({ messageId: "ecology", at: at(r.l3), data: { name } });
        }
      },
    };
  },
});
