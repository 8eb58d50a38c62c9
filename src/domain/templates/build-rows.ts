/**
 * Template rows → the rows of an indicator table: placeholders filled from the parameters, rows
 * moved into the block's framework, duplicates dropped, sorted in form order (一级, then 二级), and
 * the empty 二级 rows the real forms list (生态效益指标 on a payroll project …) put in between.
 */
import type { Framework } from "../model/types";
import { FRAMEWORKS, convertPair, pairOrder } from "./frameworks";
import { formatWan } from "./params";
import type { IndicatorRow } from "./schema";

/** One row of the built table; a placeholder row has a 二级 and nothing else. */
export interface TableRow {
  l1: string;
  l2: string;
  l3: string | null;
  period: string | null;
  annual: string | null;
  source?: string;
  /** The targets were computed from the block's own budget ({budget} in the template), not taken from a seed form. */
  fromBudget?: boolean;
}

/** 190000 → "190000", 1234.5 → "1234.50": the way the forms write an amount in a target. */
export function formatYuan(yuan: number): string {
  return Number.isInteger(yuan) ? String(yuan) : yuan.toFixed(2);
}

/** Fills `{budget}` (元) and `{budgetWan}` (万元) in a row's targets. */
export function fillRow(row: IndicatorRow, budget: number): IndicatorRow {
  const f = (s: string) => s.replace(/\{budget\}/g, formatYuan(budget)).replace(/\{budgetWan\}/g, formatWan(budget));
  return { ...row, period: f(row.period), annual: f(row.annual) };
}

const key3 = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

export interface TableRowsOptions {
  /**
   * List every 二级 of the framework, empty where no indicator is given (as the real forms do). Default false: an
   * inserted block must pass the add-in's own checks without a single finding, and an empty 二级 row is a 提示.
   */
  placeholders?: boolean;
}

/**
 * The table of a block built from one or more row lists (a form's own rows, or chosen indicator
 * sets), in `framework`. The first row with a given 三级 name wins.
 */
export function tableRows(
  lists: readonly (readonly IndicatorRow[])[],
  framework: Framework,
  budget: number,
  options: TableRowsOptions = {},
): TableRow[] {
  const seen = new Set<string>();
  const rows: { row: TableRow; order: number; seq: number }[] = [];
  let seq = 0;
  for (const list of lists) {
    for (const raw of list) {
      const r = fillRow(raw, budget);
      const k = key3(r.l3);
      if (seen.has(k)) continue;
      seen.add(k);
      const { l1, l2 } = convertPair(r.l1, r.l2, framework);
      const row: TableRow = { l1, l2, l3: r.l3, period: r.period, annual: r.annual };
      if (r.source !== undefined) row.source = r.source;
      if (/\{budget/.test(raw.period + raw.annual)) row.fromBudget = true;
      rows.push({ row, order: pairOrder(framework, l1, l2), seq: seq++ });
    }
  }
  if (options.placeholders ?? false) {
    const f = FRAMEWORKS[framework];
    const present = new Set(rows.map((x) => `${x.row.l1}|${x.row.l2}`));
    for (const l1 of f.level1) {
      for (const l2 of f.level2[l1]) {
        if (present.has(`${l1}|${l2}`)) continue;
        rows.push({
          row: { l1, l2, l3: null, period: null, annual: null },
          order: pairOrder(framework, l1, l2),
          seq: seq++,
        });
      }
    }
  }
  rows.sort((a, b) => a.order - b.order || a.seq - b.seq);
  return rows.map((x) => x.row);
}

/**
 * The rows an indicator set adds to an existing table (`buildRows`): `[一级, 二级, 三级,
 * 实施周期指标值, 年度指标值]` in the table's framework, placeholders filled, in form order. The task
 * pane writes them with one `writeRows` call.
 */
export function buildRows(
  template: { rows: readonly IndicatorRow[]; framework: Framework; defaults?: { budget?: number } },
  framework: Framework = template.framework,
  budget = template.defaults?.budget ?? 100000,
): string[][] {
  return tableRows([template.rows], framework, budget, { placeholders: false }).map((r) => [
    r.l1,
    r.l2,
    r.l3 ?? "",
    r.period ?? "",
    r.annual ?? "",
  ]);
}
