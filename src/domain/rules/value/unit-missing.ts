import { defineRule } from "../define";
import { isUnitWord } from "../../model/value";
import { isMoneyCostRow, natureOf, withUnitCell } from "../utils";

/** The unit given in the name: 资金使用合规性（%）, 实施营造林总面积(亩), 保障在职职工人数(人). (At module level: a literal in `row` is a new object per row.) */
const UNIT_IN_NAME = /[(（]\s*([^()（）]{1,8}?)\s*[)）]$/;

function unitInName(n: string): boolean {
  const last = n.charCodeAt(n.length - 1);
  if (last !== 0x29 /* ) */ && last !== 0xff09 /* ） */) return false; // most names: no scan of the name
  const m = UNIT_IN_NAME.exec(n);
  return m !== null && (isUnitWord(m[1]) || /^[%％]$/.test(m[1]));
}

export default defineRule<"noUnit">({
  id: "value/unit-missing",
  code: "JX305",
  category: "value",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "数值缺少计量单位",
      description:
        "数值目标应带单位（人、次、%、元……），否则“≥20”究竟是20人还是20%无从判断。表中有“计量单位”列时以该列为准（“-”表示没有单位）；指标名称末尾括号里的单位（如“面积(亩)”）也算。定性指标不需要单位。",
    },
    "en-US": {
      title: "Number without a unit",
      description:
        "A numeric target needs a unit (人, 次, %, 元 …); “≥20” could be 20 people or 20%. A 计量单位 column counts as the unit (“-” means none), and so does a unit in brackets at the end of the name (面积(亩)). Qualitative (定性) indicators need none.",
    },
  },
  messages: {
    "zh-CN": { noUnit: "目标值“{text}”缺少计量单位，应写明单位，如“{text}人”或“{text}%”。" },
    "en-US": { noUnit: "The target “{text}” has no unit; expected one, such as “{text}人” or “{text}%”." },
  },
  create(ctx) {
    const { cache } = ctx;
    return {
      row(r) {
        // a cost without money is value/cost-unit's
        if (r.unitText || natureOf(r) === "qualitative" || (isMoneyCostRow(r) && !cache.isBudgetExecRate(r))) return;
        if (unitInName(cache.name3(r))) return;
        for (const t of cache.valueTargets(r)) {
          const p = t.cells[0].parsed;
          // (0 is nothing in any unit: 差错率 0, 事故 0)
          if (p.kind === "quantity" && !p.embedded && p.q.length === 1 && p.q[0].kind === "none" && p.q[0].num !== 0)
            ctx.report({ messageId: "noUnit", at: withUnitCell(t.range, r), data: { text: t.cells[0].text } });
        }
      },
    };
  },
});
