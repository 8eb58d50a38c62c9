/**
 * The rule registry, sorted by id. Generated layout: one import per rule file under rules/<category>/.
 * Codes are permanent and never reused (JX1xx structure, 2xx taxonomy, 3xx value, 4xx completeness,
 * 5xx budget, 6xx project).
 */
import type { RuleMeta } from "./meta";
import type { Rule } from "./define";
import { ruleKey } from "../config/rule-key";
import r0 from "./structure/coded-unreadable";
import r1 from "./structure/internal-error";
import r2 from "./structure/label-in-table";
import r3 from "./structure/row-shifted";
import r4 from "./structure/sheet-unrecognised";
import r5 from "./structure/value-column-missing";
import r6 from "./taxonomy/budget-execution-rate";
import r7 from "./taxonomy/code-mismatch";
import r8 from "./taxonomy/framework-mixed";
import r9 from "./taxonomy/indicator-misfiled";
import r10 from "./taxonomy/level1-is-level2";
import r11 from "./taxonomy/level1-unknown";
import r12 from "./taxonomy/level2-unknown";
import r13 from "./taxonomy/level2-wrong-parent";
import r14 from "./taxonomy/name-variant";
import r15 from "./taxonomy/satisfaction-under-benefit";
import r16 from "./value/annual-exceeds-period";
import r17 from "./value/cost-unit";
import r18 from "./value/definition-as-target";
import r19 from "./value/direction";
import r20 from "./value/latex-leftover";
import r21 from "./value/percent-range";
import r22 from "./value/period-not-set";
import r23 from "./value/satisfaction-floor";
import r24 from "./value/satisfaction-percent";
import r25 from "./value/sign-format";
import r26 from "./value/unit-missing";
import r27 from "./value/vague-target";
import r28 from "./completeness/duplicate-level3";
import r29 from "./completeness/level1-missing";
import r30 from "./completeness/placeholder";
import r31 from "./completeness/quantity-missing";
import r32 from "./completeness/target-missing";
import r33 from "./budget/amount-unreadable";
import r34 from "./budget/cost-exceeds-budget";
import r35 from "./budget/department-balance";
import r36 from "./budget/department-levels";
import r37 from "./budget/list-row-total";
import r38 from "./budget/list-sum";
import r39 from "./budget/special-funds";
import r40 from "./budget/tasks-exceed";
import r41 from "./project/budget-missing";
import r42 from "./project/field-missing";
import r43 from "./project/years";
import r44 from "./structure/table-partly-read";
import r45 from "./value/weight-total";
import r46 from "./value/nature-mismatch";
import r47 from "./value/quantity-unit";
import r48 from "./value/name-value-conflict";
import r49 from "./value/goal-as-indicator";
import r50 from "./completeness/template-leftover";
import r51 from "./completeness/explanation-boilerplate";
import r52 from "./completeness/cost-quantity-missing";
import r53 from "./project/text-repeated";
import r54 from "./budget/plan-exceeds-budget";
import r55 from "./budget/breakdown-sum";
import r56 from "./budget/task-subtotal";

export type { RuleMeta } from "./meta";

export const allRules: readonly Rule[] = [
  r0,
  r1,
  r2,
  r3,
  r4,
  r5,
  r6,
  r7,
  r8,
  r9,
  r10,
  r11,
  r12,
  r13,
  r14,
  r15,
  r16,
  r17,
  r18,
  r19,
  r20,
  r21,
  r22,
  r23,
  r24,
  r25,
  r26,
  r27,
  r28,
  r29,
  r30,
  r31,
  r32,
  r33,
  r34,
  r35,
  r36,
  r37,
  r38,
  r39,
  r40,
  r41,
  r42,
  r43,
  r44,
  r45,
  r46,
  r47,
  r48,
  r49,
  r50,
  r51,
  r52,
  r53,
  r54,
  r55,
  r56,
].sort((a, b) => (a.id < b.id ? -1 : 1));

const byKey = new Map<string, Rule>();
for (const r of allRules) {
  byKey.set(ruleKey(r.id), r);
  byKey.set(ruleKey(r.code), r);
}

/** A rule by id (`value/vague-target`) or code (`JX303`), case-insensitive. */
export function ruleById(idOrCode: string): RuleMeta | undefined {
  return byKey.get(ruleKey(idOrCode));
}
