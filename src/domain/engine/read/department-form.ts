/**
 * Department forms (部门整体支出绩效目标表 / 部门（单位）整体绩效目标): 部门名称, the budget (基本支出, 项目支出, 财政拨款,
 * 其他资金, 事业发展性支出, 按预算级次划分), free-text targets, and the task list (年度重点工作任务 / 年度主要任务 with
 * its money: one amount column, or 小计 / 财政拨款 / 其他资金 under a two-row header, and a 合计 row).
 */
import type { Grid } from "../grid";
import type { AmountCell, DepartmentModel, DeptAmountKey, TaskRow } from "../model";
import { norm, shownDecimals } from "../../model/text";
import { amountCell, textCell } from "./cells";
import { bareLabel, stripColon, unitFactorFrom } from "./labels";

const DEPT_LABELS: [RegExp, DeptAmountKey][] = [
  [/^基本支出$/, "basic"],
  [/^项目支出$/, "project"],
  [/^财政拨款(收入)?$/, "fiscal"],
  [/^其他资金(收入)?$/, "other"],
  [/^财政专项资金$/, "special"],
  [/^其他事业发展性支出$/, "otherDev"],
  [/^(镇|市|区|县|乡|街道)?本级使用资金$/, "ownLevel"],
  [/^拟?用于对下转移支付(资金)?$/, "transfer"],
];

const TEXT_LABEL =
  /^((部门)?职能职责(概述)?|(年度|总体|中期|长期|中长期)(绩效)?(总)?目标(\d+)?|年度绩效总目标|目标\d+|部门整体绩效目标)$/;
const TASK_AMOUNT = /拟投入的?资金|投入资金|资金\(|(年度)?预算(金额|资金|数)|^金额(\(|$)/;
const TASK_NAME = /^(任务)?名称$|^任务$|^工作任务$|^项目名称$/;
const SUBTOTAL = /^(小计|合计|金额小计|总计|总额|资金总额|预算总额|合计金额)$/;
const TOTAL_ROW = /^(合计|金额合计|总计|小计|合计金额)$/;
const NO_TASK = /^(名称|任务名称|无|-|—|\/|暂无)$/;

/** What a department form's reader keeps while it reads the form's rows. */
export interface DeptScratch {
  taskHeader: { row: number; name: number; amount: number } | null;
  /** Money columns of a two-row task header: 小计 and the parts beside it. */
  money: { subtotal: number | null; parts: number[]; partLabels: string[] } | null;
  section: "key" | "other" | null;
  factorSeen: boolean;
}

export function startDepartment(
  g: Grid,
  r: number,
  c: number,
  id: string,
): { department: DepartmentModel; scratch: DeptScratch } {
  const vc = g.rightOf(r, c);
  return {
    department: {
      id,
      range: { r1: r, c1: g.firstCol, r2: r, c2: g.lastCol },
      name: vc !== null ? textCell(g, r, vc) : null,
      labels: {},
      amounts: {},
      factor: 10000,
      tasks: [],
      tasksFactor: 10000,
      taskTotal: null,
      texts: [],
      tables: [],
    },
    scratch: { taskHeader: null, money: null, section: null, factorSeen: false },
  };
}

function labelKey(g: Grid, r: number, c: number): string {
  return stripColon(g.key(r, c));
}

/** The money sub-header under a task table's amount header: 小计 | 市财政拨款 | 其他资金. */
function moneyColumns(g: Grid, r: number, from: number): DeptScratch["money"] {
  let subtotal: number | null = null;
  const parts: number[] = [];
  const partLabels: string[] = [];
  for (const c of g.filledCols(r)) {
    if (c < from) continue;
    const k = bareLabel(g.key(r, c));
    if (SUBTOTAL.test(k)) subtotal ??= c;
    else if (/拨款|资金|收入|经费/.test(k) && k.length <= 12) {
      parts.push(c);
      partLabels.push(g.text(r, c));
    } else return null;
  }
  return subtotal !== null || parts.length > 1 ? { subtotal, parts, partLabels } : null;
}

/** A money label (基本支出, 财政拨款, 小计 …) rather than an amount. */
function isMoneyLabel(k: string): boolean {
  return k !== "" && (SUBTOTAL.test(k) || DEPT_LABELS.some(([re]) => re.test(k)));
}

/**
 * The amount of a budget label: right of it, or below it when the labels stand side by side in one row (基本支出 |
 * 项目支出 | 财政拨款 over 100 | 50 | 140). Null when neither holds one.
 */
function labelAmount(g: Grid, r: number, c: number): AmountCell | null {
  if (!isMoneyLabel(labelKey(g, r, c + 1)) && !isMoneyLabel(labelKey(g, r, c - 1))) return amountCell(g, r, c + 1);
  return r + 1 <= g.lastRow && g.find(r + 1, c) >= 0 ? amountCell(g, r + 1, c) : null;
}

function sumOf(cells: readonly AmountCell[]): AmountCell | null {
  const filled = cells.filter((c) => c.text !== "");
  if (filled.length === 0) return null;
  if (filled.length === 1) return filled[0];
  const readable = filled.every((c) => c.readable);
  return {
    ...filled[0],
    value: readable ? filled.reduce((s, c) => s + (c.value ?? 0), 0) : null,
    readable,
    decimals: Math.max(...filled.map((c) => c.decimals)),
  };
}

export function readDeptRow(g: Grid, r: number, d: DepartmentModel, s: DeptScratch): void {
  const th = s.taskHeader;
  // the money sub-header of the task list (小计 | 财政拨款 | 其他资金): its words label task columns, not the budget
  if (th && s.money && r === th.row + 1) return;
  const cols = g.filledCols(r);
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    const k = labelKey(g, r, c);
    if (/^年度(重点工作|主要)任务|^重点工作任务/.test(k)) s.section = "key";
    else if (/^其他需完成的任务/.test(k)) s.section = "other";
    if (!s.factorSeen && /预算金额/.test(k)) {
      const f = unitFactorFrom(k);
      if (f !== null) {
        d.factor = f;
        s.factorSeen = true;
      }
    }
    if (TASK_AMOUNT.test(k) && cols.length >= 3) {
      const nameCol = cols.find((cc) => TASK_NAME.test(bareLabel(labelKey(g, r, cc))));
      if (nameCol !== undefined && nameCol < c) {
        s.taskHeader = { row: r, name: nameCol, amount: c };
        s.money = r + 1 <= g.lastRow ? moneyColumns(g, r + 1, c) : null;
        d.tasksFactor = unitFactorFrom(k) ?? d.factor;
        return;
      }
    }
    const bare = bareLabel(k);
    if (TEXT_LABEL.test(bare)) {
      const vc = g.rightOf(r, c, 3);
      if (vc !== null) d.texts.push({ label: bare, cell: textCell(g, r, vc)! });
      continue;
    }
    for (const [re, key] of DEPT_LABELS) {
      if (re.test(k) && !d.labels[key]) {
        const amount = labelAmount(g, r, c);
        if (!amount) continue;
        d.labels[key] = textCell(g, r, c)!;
        d.amounts[key] = amount;
      }
    }
  }
  if (!th || r <= th.row || !s.section) return;
  // a section label left of the task names (总体目标, 绩效指标 …) ends the task list
  const first = cols[0];
  if (
    first !== undefined &&
    first < th.name &&
    !/^年度(重点工作|主要)任务|^重点工作任务|^其他需完成的任务/.test(labelKey(g, r, first))
  ) {
    s.section = null;
    return;
  }
  const name = textCell(g, r, th.name);
  if (!name || NO_TASK.test(norm(name.text))) return;
  if (s.money) {
    const subtotal = s.money.subtotal !== null ? amountCell(g, r, s.money.subtotal) : null;
    const parts = s.money.parts.map((c) => amountCell(g, r, c)!);
    if (TOTAL_ROW.test(norm(name.text))) {
      d.taskTotal = { label: name, subtotal, parts, partLabels: s.money.partLabels };
      return;
    }
    const amount = subtotal && subtotal.text !== "" ? subtotal : sumOf(parts);
    d.tasks.push({ name, amount, section: s.section, subtotal, parts } satisfies TaskRow);
    return;
  }
  let amount = amountCell(g, r, th.amount);
  if (amount && amount.text === "") {
    const m = /[-－—–]\s*([\d,]+(?:\.\d+)?)\s*(万元|元)?\s*$/.exec(name.text);
    amount = m
      ? {
          row: r,
          col: name.col,
          text: m[1],
          raw: name.raw,
          value: Number(m[1].replace(/,/g, "")),
          readable: true,
          decimals: shownDecimals(m[1]),
        }
      : null;
  }
  d.tasks.push({ name, amount, section: s.section });
}
