/**
 * Template insertion on WPS 表格: the same pure planning as on Excel (src/domain/insert decides where a
 * block goes, what to write, which rows to insert), carried out with ET calls: read what is there, decide, then
 * write (entire rows inserted with xlShiftDown, one 2-D Value2 write, merges, formats per range, dropdowns as
 * Validation lists). Never onto a non-empty cell: rows are inserted or it refuses.
 */
import { rangeToA1 } from "../domain/model/a1";
import type { CellRange, SheetInput } from "../domain/model/types";
import { cut, filledBox, toCellValue } from "../host/cells";
import type {
  AddIndicatorsRequest,
  AddIndicatorsResult,
  InsertBlockRequest,
  InsertBlockResult,
  InsertRefusal,
} from "../host/gateway";
import {
  FIELD_ALERT,
  INDICATOR_ALERT,
  planAddRows,
  planBlockWrites,
  planPlacement,
  refuse,
  type BlockWrites,
} from "../domain/insert";
import { bgr, type EtApplication, type EtRange, type EtWorksheet, XL } from "./et";
import { GatewayError } from "../host/errors";
import { REVIEW_COLOR, reviewFormula } from "../host/highlights";
import { MAX_COLS, MAX_ROWS } from "../domain/model/limits";
import { writeSafeValues } from "./safe-write";

export interface WpsInsertHooks {
  app: EtApplication;
  /** Tells the gateway's self-write guard what this write touched (and that merges changed). */
  markWritten(sheet: string, addresses: string[]): void;
  merges(ws: EtWorksheet, area: CellRange): CellRange[];
}

const BORDERS = [XL.edgeLeft, XL.edgeTop, XL.edgeBottom, XL.edgeRight, XL.insideVertical, XL.insideHorizontal];

const at = (ws: EtWorksheet, r: CellRange): EtRange => ws.Range(rangeToA1(r));

/** Points (what the planner gives) → ET's column width in characters of the standard font. */
export function pointsToChars(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

function setBorders(target: EtRange): void {
  for (const i of BORDERS) {
    const b = target.Borders.Item(i);
    b.LineStyle = XL.continuous;
    b.Weight = XL.thin;
    b.Color = 0;
  }
}

function setDropdown(ws: EtWorksheet, r: CellRange, list: readonly string[], field = false): void {
  const v = at(ws, r).Validation;
  v.Delete();
  v.Add(XL.validateList, XL.validAlertWarning, XL.between, list.join(","));
  v.InCellDropdown = true;
  v.ShowError = true;
  const alert = field ? FIELD_ALERT : INDICATOR_ALERT;
  v.ErrorTitle = alert.title;
  v.ErrorMessage = alert.message;
}

/** 请核对: one conditional format per marked cell, shown while the cell holds its seeded value (highlights.ts). */
function markForReview(ws: EtWorksheet, review: BlockWrites["review"]): void {
  for (const r of review) {
    const fcs = at(ws, r.cell).FormatConditions;
    const fc = fcs.Add(XL.expression, undefined, reviewFormula(r.cell, r.value)) ?? fcs.Item(fcs.Count);
    fc.Interior.Color = bgr(REVIEW_COLOR);
  }
}

/** Merging cells that hold values may ask the user in WPS's UI: DisplayAlerts off for our own merges. */
function quietly<T>(app: EtApplication, fn: () => T): T {
  const a = app as unknown as { DisplayAlerts?: unknown };
  let before: unknown;
  try {
    before = a.DisplayAlerts;
    a.DisplayAlerts = false;
  } catch {
    before = undefined;
  }
  try {
    return fn();
  } finally {
    try {
      if (before !== undefined) a.DisplayAlerts = before;
    } catch {
      // nothing to restore
    }
  }
}

function writeBlock(ws: EtWorksheet, w: BlockWrites, shifted: boolean): void {
  const target = at(ws, w.range);
  if (shifted) {
    // new rows may take the formats of the row above them: start from plain cells
    target.Interior.ColorIndex = XL.none;
    target.Font.Bold = false;
    target.Font.Italic = false;
  }
  writeSafeValues(ws, w.range.r1, w.range.c1, target, w.values);
  for (const m of w.merges) at(ws, m).Merge(false);
  target.VerticalAlignment = XL.vAlignCenter;
  for (const b of w.bold) at(ws, b).Font.Bold = true;
  for (const r of w.wrap) at(ws, r).WrapText = true;
  if (w.borders) setBorders(at(ws, w.borders));
  for (const n of w.numberFormats) at(ws, n.range).NumberFormat = n.format;
  for (const c of w.columnWidths) ws.Columns.Item(c.col).ColumnWidth = pointsToChars(c.points);
  for (const h of w.rowHeights) ws.Rows.Item(h.row).RowHeight = h.points;
  for (const v of w.validations) setDropdown(ws, v.range, v.list, v.field === true);
  markForReview(ws, w.review);
}

function refusal(r: { code: InsertRefusal["code"]; data: InsertRefusal["data"] }): InsertRefusal {
  return { ok: false, code: r.code, data: r.data };
}

function activeSheet(app: EtApplication): EtWorksheet {
  const ws = app.ActiveSheet;
  if (!ws) throw new GatewayError("no-workbook", { messageId: "no-sheet" });
  return ws;
}

function usedRect(ws: EtWorksheet): { rect: CellRange | null; range: EtRange } {
  const used = ws.UsedRange;
  const rows = used.Rows.Count;
  const cols = used.Columns.Count;
  const rect = { r1: used.Row, c1: used.Column, r2: used.Row + rows - 1, c2: used.Column + cols - 1 };
  // a blank sheet's UsedRange is an empty A1
  const blank = rows === 1 && cols === 1 && toCellValue(used.Value2) === null && used.MergeCells === false;
  return { rect: blank ? null : rect, range: used };
}

export function runInsertBlock(req: InsertBlockRequest, hooks: WpsInsertHooks): InsertBlockResult {
  const { app } = hooks;
  const height = req.block.cells.length;
  const width = req.block.cells[0]?.length ?? 0;
  const ws = activeSheet(app);
  const name = ws.Name;
  const used = usedRect(ws).rect;
  const merges = used ? hooks.merges(ws, used) : [];
  let anchor: { row: number; col: number } | undefined;
  let area: ReturnType<typeof toCellValue>[][] | undefined;
  if (req.where === "selection") {
    const sel = app.Selection;
    if (!sel) throw new GatewayError("select-failed");
    anchor = { row: sel.Row, col: sel.Column };
    // the part of the block's area that lies on the sheet (planPlacement refuses what does not fit)
    const r2 = Math.min(MAX_ROWS, anchor.row + height - 1);
    const c2 = Math.min(MAX_COLS, anchor.col + width - 1);
    if (width > 0 && height > 0) {
      const got = at(ws, { r1: anchor.row, c1: anchor.col, r2, c2 }).Value2;
      const rows = r2 - anchor.row + 1;
      const cols = c2 - anchor.col + 1;
      area = (Array.isArray(got) ? (got as unknown[][]) : [[got]])
        .slice(0, rows)
        .map((line) => (Array.isArray(line) ? line : [line]).slice(0, cols).map(toCellValue));
    }
  }
  const plan = planPlacement({
    where: req.where,
    allowShift: req.allowShift,
    height,
    width,
    used,
    anchor,
    area,
    merges,
  });
  if (plan.kind === "refuse") return refusal(plan);

  const shifted = plan.kind === "shift" ? { at: plan.at, count: plan.count } : null;
  const writes = planBlockWrites(req.block, plan.row, plan.col, used, shifted);
  const address = rangeToA1(writes.range);
  const touched = [address];
  if (shifted) touched.push(`${shifted.at}:${shifted.at + shifted.count - 1}`);
  hooks.markWritten(name, touched);
  quietly(app, () => {
    if (shifted) ws.Rows.Item(`${shifted.at}:${shifted.at + shifted.count - 1}`).Insert(XL.shiftDown);
    writeBlock(ws, writes, shifted !== null);
    // show the new block: the first cell the user must still fill, else its top-left
    ws.Range(writes.focus).Select();
  });
  return {
    ok: true,
    sheet: name,
    address,
    range: writes.range,
    shifted,
    required: writes.required,
    review: writes.review.map((r) => rangeToA1(r.cell)),
    syncs: 0,
  };
}

export function runAddIndicators(req: AddIndicatorsRequest, hooks: WpsInsertHooks): AddIndicatorsResult {
  const { app } = hooks;
  const ws = activeSheet(app);
  const name = ws.Name;
  const { rect, range } = usedRect(ws);
  if (!rect) return refusal(refuse("no-table", { area: rangeToA1(req.table) }));
  const rows = rect.r2 - rect.r1 + 1;
  const cols = rect.c2 - rect.c1 + 1;
  const v2 = range.Value2;
  const raw = (rows === 1 && cols === 1 ? [[v2]] : (v2 as unknown[][])).map((line) => line.map(toCellValue));
  const box = filledBox(raw);
  if (!box) return refusal(refuse("no-table", { area: rangeToA1(req.table) }));
  const sheet: SheetInput = {
    name,
    values: cut(raw, box),
    origin: { row: rect.r1 + box.r1, col: rect.c1 + box.c1 },
    merges: hooks.merges(ws, rect),
  };
  const plan = planAddRows({ sheet, table: req.table, l1: req.l1, l2: req.l2, rows: req.rows });
  if (plan.kind === "refuse") return refusal(plan);

  const { insert } = plan;
  const last = plan.written.r2;
  const address = rangeToA1(plan.written);
  const touched = [address, ...plan.cells.map((c) => rangeToA1({ r1: c.row, c1: c.col, r2: c.row, c2: c.col }))];
  if (insert.count > 0) touched.push(`${insert.at}:${last}`);
  if (plan.newRows) touched.push(rangeToA1(plan.newRows));
  hooks.markWritten(name, touched);
  quietly(app, () => {
    if (insert.count > 0) ws.Rows.Item(`${insert.at}:${last}`).Insert(XL.shiftDown);
    for (const w of plan.widen) at(ws, w.to).Merge(false);
    if (plan.newRows && plan.newValues) {
      const r = plan.newRows;
      const target = at(ws, r);
      target.Interior.ColorIndex = XL.none;
      writeSafeValues(ws, r.r1, r.c1, target, plan.newValues);
      setBorders(target);
      target.WrapText = true;
      target.VerticalAlignment = XL.vAlignCenter;
    }
    for (const v of plan.validations) setDropdown(ws, v.range, v.list);
    // the group's empty row: only its empty cells, one by one
    for (const c of plan.fillCells) writeSafeValues(ws, c.row, c.col, ws.Cells.Item(c.row, c.col), [[c.value]]);
  });
  return { ok: true, sheet: name, address, added: plan.added, skipped: plan.skipped, inserted: insert, syncs: 0 };
}
