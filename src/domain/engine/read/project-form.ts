/**
 * Project forms (项目绩效目标表 / 项目支出绩效目标申报表 / 专项资金绩效目标表): label rows above the indicator table.
 * Provinces word them differently (项目名称 / 专项名称 / 专项资金名称; 主管部门及代码; 项目属性), put two label–value
 * pairs on a row, or a label and its value in one cell (年度资金总额:203). The budget has many names (YYYY年预算金额,
 * 年度资金总额, 当年预算, 项目金额, 项目预算金额(万元), 资金总额 beside 当年资金总额, 中期 beside 年度预算资金总额), a unit
 * in the label, in a block label (项目资金(万元)), in a 单位：万元 line or in the amount itself (854万), and 其中 parts
 * under it ((一)财政拨款小计 / 1、一般公共预算 …, 其中:财政拨款 + 其他资金).
 */
import type { Grid } from "../grid";
import type { AmountCell, Breakdown, ProjectModel, TextCell } from "../model";
import { norm, shownDecimals } from "../../model/text";
import { parseAmount } from "../../model/value";
import { amountCell, textCell } from "./cells";
import { bareLabel, unitFactorFrom } from "./labels";
import type { ReadContext } from "./options";

const FIELDS: [RegExp, string][] = [
  [/^(项目|专项|专项资金|资金|申报项目|项目专项)名称$/, "name"],
  [/^(项目|专项)(类型|属性|类别)$/, "type"],
  [/^项目等级$/, "level"],
  [/^(业务)?主管(部门|单位)(及(代码|编码))?$|^部门名称$/, "dept"],
  [/^(申报|用款|实施|项目|预算|填报|编制)单位$|^单位信息$/, "unit"],
];

/** Labels of free-text fields (their texts are compared: a field that repeats another says nothing). */
const TEXT_LABEL =
  /^(项目概况|项目简介|项目内容|主要内容|(专项|项目)?立项依据|(项目)?设立(的)?必要性|必要性|保证项目实施的制度、?措施|(项目)?实施(保障)?措施|(项目|专项)?实施(进度)?计划|(专项)?(总体|年度|中期|长期|中长期|当年|实施期)(绩效)?(总)?目标|年度总体目标|(部门)?职能职责(概述)?|年度重点工作|绩效目标)$/;

const OTHER_LABEL =
  /^(项目负责人|项目经办人|负责人|联系人|联系电话|项目期|项目期限|项目起止时间|实施周期|项目周期|起始年度|开始年度|到期年度|结束年度|截止年度|预算执行率权重)/;

type BudgetKind = "annual" | "period" | "generic";

/** What a budget label is: the year's money, the whole period's, or a total that is the year's unless a 当年 one is printed. */
export function budgetLabel(k: string): { kind: BudgetKind; year: number | null } | null {
  if (k.length > 16 || /执行|率|权重|单位/.test(k)) return null;
  const seed = /^(\d{4})年度?(项目)?预算(金额|资金|数|资金总额)?$/.exec(k);
  if (seed) return { kind: "annual", year: Number(seed[1]) };
  if (
    /^(本年度|当年度|当年|年度|本年)(项目)?(财政)?(预算)?(资金)?(总额|金额|预算|预算数|合计)?$/.test(k) &&
    /预算|资金|金额/.test(k)
  )
    return { kind: "annual", year: null };
  if (
    /^(中期|实施期|实施周期|项目期|总)(预算)?(资金)?(总额|金额|预算)?$|^项目总(预算|投资|金额)$|^总投资$/.test(k) &&
    /预算|资金|投资|金额/.test(k)
  )
    return { kind: "period", year: null };
  if (
    /^(项目)?(预算)?(资金)?(总额|金额)$|^项目(预算|资金)$|^预算$|^(申报|申请)(金额|资金)$|^预算安排$|^安排资金$/.test(
      k,
    ) &&
    k.length >= 3
  )
    return { kind: "generic", year: null };
  return null;
}

const PART_MARK_1 = /^(其中)?:?[(（][一二三四五六七八九十]+[)）]|^(其中)?:?[一二三四五六七八九十]+、/;
const PART_MARK_2 = /^(其中)?:?(\d+|[①②③④⑤⑥⑦⑧⑨])[、.．)）]?(?=\D)/;
const PART_WORD =
  /^其中|财政拨款|财政资金|其他资金|自有资金|其他收入|一般公共预算|政府性基金|国有资本|事业收入|经营(性)?收入|中央|省级|省级|市级|区级|县级|镇级|乡级|本级|上级|自筹|社会资金|贷款|专户/;
/** An amount at the end of a label cell: 其中:财政拨款 203, 年度资金总额:203. */
const TRAILING_AMOUNT = /^(.*?)[\s:]*([-+]?\d[\d,]*(?:\.\d+)?)(万元|元|万)?$/;

interface OpenBreakdown {
  labelCol: number;
  amountCol: number;
  bd: Breakdown;
}

/** What a project form's reader keeps while it reads the form's rows (per form: no state beyond one read). */
export interface ProjectScratch {
  /** Unit of the form's money: from a block label (项目资金(万元)), a 单位：万元 line, or before the form. */
  factor: number | null;
  candidates: {
    kind: BudgetKind;
    year: number | null;
    label: TextCell;
    amount: AmountCell | null;
    factor: number | null;
  }[];
  open: OpenBreakdown[];
  /** Sub-labels of a header-like row (总体目标 | 中期目标 | 年度目标) whose texts are on the rows below. */
  pendingTexts: Map<number, string>;
  /** Label classification by key, shared by the forms of one read. */
  labels: Map<string, LabelInfo>;
}

export function startProject(
  g: Grid,
  r: number,
  cx: ReadContext,
  factor: number | null,
): { project: ProjectModel; scratch: ProjectScratch } {
  const id = cx.nextId("p");
  return {
    project: {
      id,
      range: { r1: r, c1: g.firstCol, r2: r, c2: g.lastCol },
      source: "form",
      name: null,
      slots: {},
      texts: [],
      startYear: null,
      endYear: null,
      budgetYear: null,
      budgetLabel: null,
      budget: null,
      budgetFactor: null,
      periodBudget: null,
      breakdowns: [],
      tables: [],
    },
    scratch: {
      factor,
      candidates: [],
      open: [],
      pendingTexts: new Map(),
      labels: cx.cache<LabelInfo>("project-labels"),
    },
  };
}

function fieldOf(label: string): string | null {
  for (const [re, f] of FIELDS) if (re.test(label)) return f;
  return null;
}

/** A label and a value in one cell: 年度资金总额:203, 填报单位:桃源县财政局. */
function splitCell(text: string): { label: string; value: string } | null {
  const m = /^([^:：]{2,16})[:：]\s*(.+)$/.exec(text.trim());
  return m ? { label: m[1], value: m[2].trim() } : null;
}

function isLabelWords(k: string): boolean {
  return (
    fieldOf(k) !== null ||
    budgetLabel(k) !== null ||
    TEXT_LABEL.test(k) ||
    OTHER_LABEL.test(k) ||
    k === "其他资金" ||
    /^其中/.test(k)
  );
}

/** What a cell's key says as a label: its words, a value in the same cell, and which kind of label it is. */
interface LabelInfo {
  label: string;
  /** The value after a colon in the same cell (年度资金总额:203), when the words before it are a label. */
  inCell: string | null;
  field: string | null;
  budget: { kind: BudgetKind; year: number | null } | null;
  text: boolean;
  /** Any label of the form, alone or with its value in the cell. */
  isLabel: boolean;
}

const NOT_A_LABEL: LabelInfo = { label: "", inCell: null, field: null, budget: null, text: false, isLabel: false };

/**
 * The last characters of every label word above (名称, 类型, 属性, 等级, 部门, 代码, 单位, 金额, 预算, 资金, 合计, 概况,
 * 依据, 措施, 计划, 目标, 负责人, 电话, 期限, 时间, 年度, 权重, 安排 …): a cell ending otherwise is a value (a project's name, a
 * unit's name), and is never run through the label patterns. Labels starting with 其中 end in anything.
 */
const LABEL_LAST = new Set(
  [..."称型性别级门码位息额算数金计资况介容据施划标责述作人话期限间度重排"].map((c) => c.charCodeAt(0)),
);

function classify(key: string): LabelInfo {
  if (key.length > 40) return NOT_A_LABEL;
  let label = bareLabel(key);
  if (!key.includes(":") && !LABEL_LAST.has(label.charCodeAt(label.length - 1)) && !label.startsWith("其中"))
    return { ...NOT_A_LABEL, label };
  let inCell: string | null = null;
  if (key.includes(":")) {
    const sp = splitCell(key);
    const words = sp ? bareLabel(sp.label) : "";
    if (sp && (fieldOf(words) || budgetLabel(words) || TEXT_LABEL.test(words))) {
      label = words;
      inCell = sp.value;
    }
  }
  const isLabel = isLabelWords(label);
  if (!isLabel && inCell === null) return { ...NOT_A_LABEL, label };
  return { label, inCell, field: fieldOf(label), budget: budgetLabel(label), text: TEXT_LABEL.test(label), isLabel };
}

/**
 * Could the key be a label at all? Labels are short words; numbers, amounts, years and long texts are values and are
 * never classified (nor kept in the cache: values are mostly unique).
 */
function maybeLabel(key: string): boolean {
  if (key.length === 0 || key.length > 40) return false;
  // a plain number (92400, 4,157.41, -3) is a value; 2025年预算金额 starts with digits and is a label
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 43 || c === 44 || c === 45 || c === 46)) return true;
  }
  return false;
}

/** The key's label info, classified once per read. */
function labelInfo(s: ProjectScratch, key: string): LabelInfo {
  if (!maybeLabel(key)) return NOT_A_LABEL;
  let info = s.labels.get(key);
  if (!info) s.labels.set(key, (info = classify(key)));
  return info;
}

/**
 * A budget label with another budget label right beside it labels the block (项目资金(万元) | 年度资金总额 …), not an
 * amount. (One with an empty cell between is a label whose amount is empty: 中期预算资金总额 | | 年度预算资金总额.)
 */
function isBlockLabel(g: Grid, r: number, c: number, s: ProjectScratch): boolean {
  const k = g.key(r, c + 1);
  return k !== "" && labelInfo(s, k).budget !== null;
}

/** An amount column's header in place of an amount: 金额(万元). */
function isAmountHeader(key: string): boolean {
  return !/\d/.test(key) && /^(金额|资金|预算)?(数|金额)?\(?(万元|元)\)?$|^金额/.test(key);
}

function pieceOf(cell: TextCell, text: string): TextCell {
  return { ...cell, text };
}

function amountOf(cell: TextCell, text: string): AmountCell {
  const a = parseAmount(text);
  return { ...cell, text, value: a.value, readable: a.readable, decimals: shownDecimals(text), unit: a.unit };
}

/** A block label over money: 资金来源, 项目资金, 预算情况, 经费 … */
const MONEY_BLOCK = /资金|预算|金额|经费|投资/;
/** A total among money labels side by side: 合计 | 财政拨款 | 自筹资金. */
const SIDE_TOTAL = /^(合计|总计|小计|总额|资金总额|预算总额|合计金额|资金合计)$/;

/**
 * Money labels side by side in one row, their amounts in the row below (资金来源(万元) | 合计 | 财政拨款 | 自筹资金 over
 * | 30 | 25 | 5): a breakdown, the total's amount under its label (or the parts alone). Every cell after the first is a
 * total or a part, and the row below holds an amount under the first of them. True when the row was one.
 */
function sideBySideBudget(g: Grid, r: number, p: ProjectModel, s: ProjectScratch): boolean {
  const start = g.rowStart(r),
    end = g.rowEnd(r);
  if (end - start < 2 || r + 1 > g.lastRow) return false;
  // first a look at the row below (this runs on every row of a form): an amount under the second cell
  const under = g.find(r + 1, g.colAt(start + 1));
  const d = under >= 0 ? g.textAt(under).charCodeAt(0) : 0;
  if (d < 48 || d > 57) return false;
  let total: number | null = null;
  const parts: number[] = [];
  for (let k = start; k < end; k++) {
    const key = bareLabel(g.keyAt(k));
    if (SIDE_TOTAL.test(key) && total === null && parts.length === 0) total = g.colAt(k);
    else if (PART_WORD.test(key) && key.length <= 12 && !/\d/.test(key)) parts.push(g.colAt(k));
    else if (k !== start || !MONEY_BLOCK.test(key)) return false; // (the first may name the block: 资金来源(万元))
  }
  if (parts.length + (total !== null ? 1 : 0) < 2) return false;
  const below = (c: number) => (g.find(r + 1, c) >= 0 ? amountCell(g, r + 1, c) : null);
  const amounts = parts.map(below);
  const totalAmount = total !== null ? below(total) : null;
  if (![totalAmount, ...amounts].some((a) => a !== null && a.value !== null)) return false;
  const label = textCell(g, r, total ?? g.colAt(start))!;
  let factor: number | null = null;
  for (let k = start; k < end && factor === null; k++) factor = unitFactorFrom(g.keyAt(k));
  const bd: Breakdown = {
    label,
    total: totalAmount,
    factor,
    parts: parts.flatMap((c, i) => {
      const a = amounts[i];
      return a ? [{ label: textCell(g, r, c)!, amount: a }] : [];
    }),
  };
  p.breakdowns.push(bd);
  s.candidates.push({ kind: "generic", year: null, label, amount: totalAmount, factor });
  return true;
}

export function readProjectRow(g: Grid, r: number, p: ProjectModel, s: ProjectScratch): void {
  const start = g.rowStart(r),
    end = g.rowEnd(r);
  if (start === end) return;
  if (s.open.length === 0 && sideBySideBudget(g, r, p, s)) return;
  // columns already taken as a part's label or amount, or as a label's value (a few per row: an array is cheaper than a Set)
  const consumed: number[] = [];

  // 其中 parts under a budget label: same label column, amounts in the same amount column
  for (const ob of s.open) {
    const k = g.find(r, ob.labelCol);
    if (k < 0) continue;
    const t = g.textAt(k);
    const key = g.keyAt(k);
    const level = PART_MARK_1.test(key) ? 1 : PART_MARK_2.test(key) ? 2 : PART_WORD.test(key) ? 1 : 0;
    if (level === 0) {
      ob.labelCol = -1; // the parts ended
      continue;
    }
    const label = textCell(g, r, ob.labelCol)!;
    let amount = g.find(r, ob.amountCol) >= 0 ? amountCell(g, r, ob.amountCol) : null;
    const trailing = TRAILING_AMOUNT.exec(key);
    if (!amount && trailing && trailing[1] !== "") amount = amountOf(label, trailing[2] + (trailing[3] ?? ""));
    if (!amount) amount = { row: r, col: ob.amountCol, text: "", raw: null, value: null, readable: true, decimals: 0 };
    ob.bd.parts.push({ label: pieceOf(label, t), amount });
    consumed.push(ob.labelCol);
    consumed.push(ob.amountCol);
  }
  if (s.open.some((ob) => ob.labelCol < 0)) s.open = s.open.filter((ob) => ob.labelCol >= 0);

  // texts under the sub-labels of the row above (总体目标 | 中期目标 | 年度目标)
  if (s.pendingTexts.size > 0) {
    let used = false;
    for (const [c, label] of s.pendingTexts) {
      const cell = textCell(g, r, c);
      if (cell && !labelInfo(s, g.key(r, c)).isLabel) {
        p.texts.push({ label, cell });
        consumed.push(c);
        used = true;
      }
    }
    s.pendingTexts.clear();
    if (used) return;
  }

  for (let i = start; i < end; i++) {
    const c = g.colAt(i);
    if (consumed.includes(c)) continue;
    const key = g.keyAt(i);
    const info = labelInfo(s, key);
    const { label } = info;
    // the form's unit: a 单位：万元 line, or a block label such as 项目资金(万元) / 资金情况(万元)
    if (
      key.length <= 20 &&
      key.includes("元") &&
      (key.includes("单位") || key.includes("资金") || key.includes("预算") || key.includes("金额"))
    ) {
      const f = unitFactorFrom(key);
      if (f !== null && !/^\d/.test(key)) s.factor ??= f;
    }
    if (!info.isLabel && info.inCell === null) continue;
    const cell = textCell(g, r, c)!;
    // the value as written in the cell (the key has no spaces)
    const inCell = info.inCell !== null ? (splitCell(cell.text)?.value ?? info.inCell) : null;
    const valueCol = inCell === null ? nextValue(g, r, c, s) : null;
    const field = info.field;
    if (field) {
      const value = inCell !== null ? pieceOf(cell, inCell) : valueCol !== null ? textCell(g, r, valueCol) : null;
      p.slots[field] ??= {
        label: inCell !== null ? pieceOf(cell, label) : cell,
        value,
        at: { row: r, col: inCell !== null ? c : c + 1 },
      };
      if (field === "name" && !p.name && value) p.name = value;
      if (valueCol !== null) consumed.push(valueCol);
      continue;
    }
    const b = info.budget;
    if (b && inCell === null && isBlockLabel(g, r, c, s)) continue;
    if (b) {
      const labelCell = inCell !== null ? pieceOf(cell, label) : cell;
      let amount: AmountCell | null;
      let amountCol = c + 1;
      let factor = unitFactorFrom(key);
      if (inCell !== null) amount = amountOf(cell, inCell);
      else if (valueCol !== null && isAmountHeader(g.key(r, valueCol))) {
        amount = null; // 年度资金总额 | 金额(万元): the amounts are the parts below, in that column
        amountCol = valueCol;
        factor ??= unitFactorFrom(g.key(r, valueCol));
      } else if (valueCol !== null) {
        amount = amountCell(g, r, valueCol);
        amountCol = valueCol;
      } else amount = { row: r, col: c + 1, text: "", raw: null, value: null, readable: true, decimals: 0 };
      if (valueCol !== null) consumed.push(valueCol);
      const bd: Breakdown = { label: labelCell, total: amount, factor, parts: [] };
      p.breakdowns.push(bd);
      s.open.push({ labelCol: c, amountCol, bd });
      s.candidates.push({ kind: b.kind, year: b.year, label: labelCell, amount, factor });
      continue;
    }
    if (info.text) {
      if (inCell !== null) p.texts.push({ label, cell: pieceOf(cell, inCell) });
      else if (valueCol !== null && !labelInfo(s, g.key(r, valueCol)).isLabel) {
        p.texts.push({ label, cell: textCell(g, r, valueCol)! });
        consumed.push(valueCol);
      } else {
        // a header-like row: the sub-labels right of it name the texts on the next row
        for (let j = i + 1; j < end; j++) {
          const sub = labelInfo(s, g.keyAt(j));
          if (sub.text) s.pendingTexts.set(g.colAt(j), sub.label);
        }
        if (s.pendingTexts.size === 0) s.pendingTexts.set(c + 1, label);
        return;
      }
      continue;
    }
    if (/^(起始|开始)年度$/.test(label)) p.startYear = yearCell(g, r, c);
    else if (/^(到期|结束|截止)年度$/.test(label)) p.endYear = yearCell(g, r, c);
  }
}

/** The value right of a label: the next filled cell within three columns, unless that is a label itself. */
function nextValue(g: Grid, r: number, c: number, s: ProjectScratch): number | null {
  const vc = g.rightOf(r, c, 3);
  if (vc === null) return null;
  const k = g.key(r, vc);
  return labelInfo(s, k).isLabel && !isAmountHeader(k) ? null : vc;
}

function yearCell(g: Grid, r: number, c: number): TextCell {
  const vc = g.rightOf(r, c, 2);
  return vc !== null ? textCell(g, r, vc)! : { row: r, col: c + 1, text: "", raw: null };
}

/** Settles the budget: the year's amount (当年 / 年度 over a plain 资金总额), the period's beside it, and their unit. */
export function finishProject(p: ProjectModel, s: ProjectScratch): void {
  // keep only the top level of each breakdown: (一)(二)(三) over 1、2、
  for (const bd of p.breakdowns) {
    const top = bd.parts.filter((x) => PART_MARK_1.test(norm(x.label.text)));
    if (top.length > 0) bd.parts = top;
    bd.factor ??= s.factor ?? bd.total?.unit ?? null;
  }
  const annual = s.candidates.find((c) => c.kind === "annual");
  const generic = s.candidates.find((c) => c.kind === "generic");
  const periodOnly = s.candidates.find((c) => c.kind === "period");
  const chosen = annual ?? generic ?? periodOnly;
  const period = periodOnly ?? (annual ? generic : undefined);
  if (chosen) {
    p.budgetLabel = chosen.label;
    p.budget = chosen.amount;
    p.budgetYear = chosen.year;
    // the seed forms' YYYY年预算金额 is in 元 unless they say otherwise
    const seedStyle = chosen.year !== null || norm(chosen.label.text).startsWith("预算金额");
    p.budgetFactor = chosen.amount?.unit ?? chosen.factor ?? s.factor ?? (seedStyle ? 1 : null);
  }
  if (period && period !== chosen) p.periodBudget = period.amount;
}
