/**
 * What many rules ask about a row (its normalised 三级 name, its value cells, what its name says), worked out once
 * per lint rather than once per rule. lintSheet makes one RowCache for each lint and hands it to every rule as
 * `ctx.cache`: nothing is written on the document model, and nothing outlives the lint.
 *
 * The answers live in arrays indexed by the row model's ordinal (0 … doc.rowCount − 1, given by the reader): as
 * fast as fields on the row; a Map or WeakMap keyed by the row object is slower in `npm run bench`.
 */
import { norm } from "../model/text";
import type { CellRange } from "../model/types";
import type { RowModel, ValueCell, ValueTarget } from "../engine/model";

// Patterns live at module level: a regular expression literal inside a function is a new object each call.
const SATISFACTION_WORD = /满意(度|率|程度)/;
const HIGHER_BETTER_WORD = /(及时|完成|合格|达标|覆盖|准确|验收|到位|办结|出勤|使用|运行)/;
/** (Each alternative has 执行 or 进度: factsOf relies on that.) */
const BUDGET_EXEC = /预算执行率|资金执行率|支出进度|预算执行进度/;
/** Rates where lower is better: 差错率, 投诉率, 故障率 … */
const LOWER_BETTER = /(差|错|误|投诉|故障|事故|失|损|违|缺陷|不合格|流失|发生|下降|减少|降低|空置|超支|闲置)/;

// facts bits: computed, 满意 in the name, budget execution rate, higher-is-better rate
const FACTS_DONE = 1,
  SATISFACTION_NAME = 2,
  BUDGET_EXEC_NAME = 4,
  HIGHER_BETTER = 8;

// shared by rows without values; not frozen: a frozen array takes for…of off V8's fast path
const NONE: readonly never[] = [];

/** A packed array of n nulls (a `new Array(n)` would be holey: slower to read). */
function nulls<T>(n: number): (T | null)[] {
  const a: (T | null)[] = [];
  for (let i = 0; i < n; i++) a.push(null);
  return a;
}

export class RowCache {
  private readonly names: (string | null)[];
  private readonly facts: Uint8Array;
  private readonly cells: (readonly ValueCell[] | null)[];
  private readonly targets: (readonly ValueTarget[] | null)[];

  /** rowCount: the document's (DocModel.rowCount); the ordinals of its rows are below it. */
  constructor(rowCount: number) {
    // one array grown by push, two copies of it (a copy of a packed array is made at its size in one go)
    const empty = nulls<never>(rowCount);
    this.names = empty.slice();
    this.facts = new Uint8Array(rowCount);
    this.cells = empty.slice();
    this.targets = empty;
  }

  /** The normalised 三级 name ("" when none). */
  name3(r: RowModel): string {
    let n3 = this.names[r.ordinal];
    if (n3 == null) this.names[r.ordinal] = n3 = r.l3 ? norm(r.l3.text) : "";
    return n3;
  }

  /** 满意度 rows: under the 满意度 一级, or 满意度 / 满意率 in the name. */
  isSatisfactionRow(r: RowModel): boolean {
    return r.l1 === "满意度指标" || (this.factsOf(r) & SATISFACTION_NAME) !== 0;
  }

  /** 预算执行率, 资金执行率, 支出进度 …: a rate of spending, not a cost. */
  isBudgetExecRate(r: RowModel): boolean {
    return (this.factsOf(r) & BUDGET_EXEC_NAME) !== 0;
  }

  /** Rates where higher is better (合格率, 及时率, 覆盖率 …; not 差错率, 投诉率 …). */
  isHigherBetterRate(r: RowModel): boolean {
    return (this.factsOf(r) & HIGHER_BETTER) !== 0;
  }

  /** The row's non-empty value cells, 实施周期 before 年度. */
  values(r: RowModel): readonly ValueCell[] {
    let v = this.cells[r.ordinal];
    if (v == null) this.cells[r.ordinal] = v = valuesOf(r);
    return v;
  }

  /**
   * The row's value cells to report on. When 实施周期 and 年度 hold the same text side by side, they are
   * one target (one finding over both cells) rather than two.
   */
  valueTargets(r: RowModel): readonly ValueTarget[] {
    let t = this.targets[r.ordinal];
    if (t == null) this.targets[r.ordinal] = t = targetsOf(this.values(r));
    return t;
  }

  /** What many rules want to know about a row's name, as bit flags (see above). */
  private factsOf(r: RowModel): number {
    let f = this.facts[r.ordinal];
    if (f === 0) {
      const n3 = this.name3(r);
      f = FACTS_DONE;
      // includes() first: far cheaper than a regular expression, and most names have neither word
      if (n3.includes("满意") && SATISFACTION_WORD.test(n3)) f |= SATISFACTION_NAME;
      if ((n3.includes("执行") || n3.includes("进度")) && BUDGET_EXEC.test(n3)) f |= BUDGET_EXEC_NAME;
      if (higherBetter(r, n3)) f |= HIGHER_BETTER;
      this.facts[r.ordinal] = f;
    }
    return f;
  }
}

function higherBetter(r: RowModel, n: string): boolean {
  if (!n.includes("率") && !n.includes("覆盖面") && !n.includes("达标")) return false;
  if (LOWER_BETTER.test(n)) return false;
  return r.l2 === "质量指标" || r.l2 === "时效指标" || HIGHER_BETTER_WORD.test(n);
}

function valuesOf(r: RowModel): readonly ValueCell[] {
  const p = r.period && r.period.text !== "" ? r.period : null;
  const a = r.annual && r.annual.text !== "" ? r.annual : null;
  return p && a ? [p, a] : p ? [p] : a ? [a] : NONE;
}

/**
 * Value cells a finding is about: one cell, or 实施周期 and 年度 side by side on one row with the same
 * text. Its range is worked out from the cells when a rule reports (rarely), not stored for every row.
 */
class Target implements ValueTarget {
  constructor(readonly cells: readonly ValueCell[]) {}

  get range(): CellRange {
    const a = this.cells[0],
      b = this.cells[this.cells.length - 1];
    return { r1: a.row, c1: Math.min(a.col, b.col), r2: a.row, c2: Math.max(a.col, b.col) };
  }
}

// A target's cells are the values array itself where they are the same cells (both are read-only).
function targetsOf(v: readonly ValueCell[]): readonly ValueTarget[] {
  if (v.length === 0) return NONE;
  if (v.length === 1) return [new Target(v)];
  if (v[0].text === v[1].text && v[0].row === v[1].row && Math.abs(v[0].col - v[1].col) <= 1) return [new Target(v)];
  return [new Target([v[0]]), new Target([v[1]])];
}
