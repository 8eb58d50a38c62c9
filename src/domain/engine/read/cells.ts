/** Cells as the readers hand them to the rules, and the one factory of row models. */
import { cellText, shownDecimals } from "../../model/text";
import { parseAmount } from "../../model/value";
import type { Grid } from "../grid";
import type { AmountCell, RowModel, TextCell } from "../model";

export function textCell(g: Grid, r: number, c: number): TextCell | null {
  const k = g.find(r, c);
  return k < 0 ? null : { row: r, col: c, text: g.textAt(k), raw: g.rawAt(k) };
}

export function amountCell(g: Grid, r: number, c: number | null): AmountCell | null {
  if (c === null) return null;
  const raw = g.get(r, c);
  const a = parseAmount(raw);
  // decimals as shown: 4157.4 formatted #,##0.00 shows two
  const k = g.find(r, c);
  const text = k >= 0 ? g.textAt(k) : cellText(raw);
  return {
    row: r,
    col: c,
    text,
    raw,
    value: a.value,
    readable: a.readable,
    decimals: shownDecimals(typeof raw === "number" ? text : raw),
    unit: a.unit,
  };
}

/** Every row model is made here, with every field in one order: one object shape for the rules' hot reads. */
export function makeRow(
  f: Pick<
    RowModel,
    | "ordinal"
    | "row"
    | "source"
    | "l1"
    | "l2"
    | "l1Cell"
    | "l2Cell"
    | "l1State"
    | "l2State"
    | "l3"
    | "period"
    | "annual"
  > &
    Partial<RowModel>,
): RowModel {
  return {
    ordinal: f.ordinal,
    row: f.row,
    source: f.source,
    l1: f.l1,
    l2: f.l2,
    l1Cell: f.l1Cell,
    l2Cell: f.l2Cell,
    l1Explicit: f.l1Explicit ?? false,
    l2Explicit: f.l2Explicit ?? false,
    l1State: f.l1State,
    l2State: f.l2State,
    l1Inferred: f.l1Inferred ?? false,
    l3: f.l3,
    period: f.period,
    annual: f.annual,
    unitText: f.unitText ?? null,
    unitCell: f.unitCell ?? null,
    nature: f.nature ?? null,
    weight: f.weight ?? null,
    explain: f.explain ?? null,
    explainAt: f.explainAt ?? null,
    l2EndRow: f.l2EndRow,
    shift: f.shift ?? 0,
    strayLabel: f.strayLabel ?? null,
    placeholder: f.placeholder ?? false,
    codes: f.codes,
  };
}
