import { defineRule } from "../define";
import type { RowModel, TableModel } from "../../engine/model";
import { at, replaceFix } from "../utils";

/** A year cell as a number, or null when blank or not a year. */
function year(c: { text: string } | null | undefined): number | null {
  if (!c) return null;
  const m = /^\s*(\d{4})\s*(年)?\s*$/.exec(c.text);
  return m ? Number(m[1]) : null;
}

/**
 * One-year project: 起始年度 = 到期年度 (2025–2025). Its period is its one year, so its 实施周期指标值 is its 年度指标值:
 * a fix that cannot be wrong. Multi-year and open-ended (2099) projects set a target for the whole period: no fix.
 */
function singleYear(t: TableModel): boolean {
  const p = t.project;
  if (!p) return false;
  const start = year(p.startYear);
  return start !== null && start === year(p.endYear);
}

function annualText(r: RowModel): string | null {
  const a = r.annual;
  if (!a || a.text.trim() === "" || a.parsed.kind === "not-set" || a.parsed.kind === "empty") return null;
  return a.text;
}

export default defineRule<"notSet" | "notSetOneYear">({
  id: "value/period-not-set",
  code: "JX302",
  category: "value",
  defaultSeverity: "warning",
  fixable: true,
  docs: {
    "zh-CN": {
      title: "实施周期指标值未设定",
      description:
        "实施周期指标值填“无”等于没有设定目标。多年项目应填整个实施周期的目标；单年项目（起始年度 = 到期年度）的实施周期就是这一年，填与年度指标值相同的值即可，可一键修复。",
    },
    "en-US": {
      title: "Period target not set",
      description:
        "“无” in 实施周期指标值 means no target was set. Multi-year projects state the target for the whole period; a one-year project (start year = end year) repeats its annual target, which the one-click fix does.",
    },
  },
  messages: {
    "zh-CN": {
      notSet:
        "实施周期指标值为“{text}”，应填写整个实施周期的目标值：数量和金额填整个周期的总量，比率和定性目标可与年度指标值相同。",
      notSetOneYear: "实施周期指标值为“{text}”；本项目只有一年，应与年度指标值相同，填“{annual}”。",
    },
    "en-US": {
      notSet:
        "The period target is “{text}”; expected a target for the whole period: counts and money for all its years, while rates and qualitative targets may equal the annual one.",
      notSetOneYear:
        "The period target is “{text}”; this is a one-year project, so expected the annual target “{annual}”.",
    },
  },
  create(ctx) {
    return {
      row(r, t) {
        if (!r.period || r.period.parsed.kind !== "not-set") return;
        const annual = annualText(r);
        if (annual !== null && r.source === "table" && singleYear(t)) {
          ctx.report({
            messageId: "notSetOneYear",
            at: at(r.period),
            data: { text: r.period.text, annual },
            fix: replaceFix(r, r.period, annual),
          });
        } else ctx.report({ messageId: "notSet", at: at(r.period), data: { text: r.period.text } });
      },
    };
  },
});
