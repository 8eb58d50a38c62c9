/**
 * Template insertion on Office.js (loaded on demand by the gateway, so the pane's first load stays
 * small). Each operation is one Excel.run: queue the reads, one sync, decide with the pure planner
 * (src/domain/insert), queue every write (one 2-D values write, merges, formats per range, data
 * validation per range), one sync. Never onto a non-empty cell: rows are inserted or it refuses.
 */
import type { CellRange, SheetInput } from "../domain/model/types";
import { rangeToA1 } from "../domain/model/a1";
import type {
  AddIndicatorsRequest,
  AddIndicatorsResult,
  InsertBlockRequest,
  InsertBlockResult,
  InsertRefusal,
} from "./gateway";
import { GatewayError, toGatewayError } from "../host/errors";
import { queueSafeValues } from "./safe-write";
import { parseAreaList } from "./areas";
import {
  FIELD_ALERT,
  INDICATOR_ALERT,
  planAddRows,
  planBlockWrites,
  planPlacement,
  refuse,
  type BlockWrites,
} from "../domain/insert";
import { REVIEW_COLOR, reviewFormula } from "../host/highlights";
import { toCellValue as cellValue } from "../host/cells";
import { MAX_COLS } from "../domain/model/limits";

export interface InsertHooks {
  runOptions: Excel.RunOptions;
  /** ExcelApi 1.13: merged areas can be read. */
  mergedAreas: boolean;
  /** ExcelApi 1.9: getRanges (several areas in one call). */
  api19: boolean;
  /** Tells the gateway's self-write guard which addresses this write touched (for builds below 1.14). */
  markWritten(sheet: string, addresses: string[]): void;
}

const BORDER_ITEMS = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;
/** getRanges fails somewhere above ~500 areas or ~8,200 characters (docs/office.md §4): stay well below. */
const AREAS_PER_CALL = 150;

/** A warning, not a stop: 项目类型 / 项目等级 of other provinces and a user's own names are accepted after it. */
const alertOf = (field: boolean) => ({ showAlert: true, style: "Warning", ...(field ? FIELD_ALERT : INDICATOR_ALERT) });

function rangeOf(ws: Excel.Worksheet, r: CellRange): Excel.Range {
  return ws.getRangeByIndexes(r.r1 - 1, r.c1 - 1, r.r2 - r.r1 + 1, r.c2 - r.c1 + 1);
}

/** One format for several ranges: getRanges in chunks (ExcelApi 1.9), one range at a time below that. */
function eachArea(
  ws: Excel.Worksheet,
  ranges: readonly CellRange[],
  api19: boolean,
  apply: (target: Excel.Range | Excel.RangeAreas) => void,
): void {
  if (!api19) {
    for (const r of ranges) apply(rangeOf(ws, r));
    return;
  }
  for (let i = 0; i < ranges.length; i += AREAS_PER_CALL)
    apply(
      ws.getRanges(
        ranges
          .slice(i, i + AREAS_PER_CALL)
          .map(rangeToA1)
          .join(","),
      ),
    );
}

function setBorders(target: Excel.Range): void {
  for (const side of BORDER_ITEMS) {
    const b = target.format.borders.getItem(side);
    b.style = "Continuous";
    b.weight = "Thin";
    b.color = "#000000";
  }
}

function setDropdown(ws: Excel.Worksheet, r: CellRange, list: readonly string[], field = false): void {
  const dv = rangeOf(ws, r).dataValidation;
  dv.clear();
  dv.rule = { list: { inCellDropDown: true, source: list.join(",") } };
  dv.errorAlert = alertOf(field) as Excel.DataValidationErrorAlert;
}

/** 请核对: one conditional format per marked cell, shown while the cell holds its seeded value (highlights.ts). */
function markForReview(ws: Excel.Worksheet, review: BlockWrites["review"]): void {
  for (const r of review) {
    const cf = rangeOf(ws, r.cell).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = reviewFormula(r.cell, r.value);
    cf.custom.format.fill.color = REVIEW_COLOR;
  }
}

/** Queues every write of a placed block (no sync). */
function queueBlock(ws: Excel.Worksheet, w: BlockWrites, shifted: boolean, api19: boolean): void {
  const target = rangeOf(ws, w.range);
  if (shifted) {
    // new rows may take the formats of the row above them (Excel's insert): start from plain cells
    target.format.fill.clear();
    target.format.font.bold = false;
    target.format.font.italic = false;
  }
  queueSafeValues(target, w.values);
  for (const m of w.merges) rangeOf(ws, m).merge(false);
  target.format.verticalAlignment = "Center";
  if (w.bold.length > 0) eachArea(ws, w.bold, api19, (t) => (t.format.font.bold = true));
  if (w.wrap.length > 0) eachArea(ws, w.wrap, api19, (t) => (t.format.wrapText = true));
  if (w.borders) setBorders(rangeOf(ws, w.borders));
  for (const n of w.numberFormats) {
    const rows = n.range.r2 - n.range.r1 + 1;
    const cols = n.range.c2 - n.range.c1 + 1;
    rangeOf(ws, n.range).numberFormat = Array.from({ length: rows }, () =>
      Array.from({ length: cols }, () => n.format),
    );
  }
  for (const c of w.columnWidths) ws.getRangeByIndexes(0, c.col - 1, 1, 1).format.columnWidth = c.points;
  for (const h of w.rowHeights) ws.getRangeByIndexes(h.row - 1, w.range.c1 - 1, 1, 1).format.rowHeight = h.points;
  for (const v of w.validations) setDropdown(ws, v.range, v.list, v.field === true);
  markForReview(ws, w.review);
}

function isInvalidArgument(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "InvalidArgument";
}

export async function runInsertBlock(req: InsertBlockRequest, hooks: InsertHooks): Promise<InsertBlockResult> {
  const height = req.block.cells.length;
  const width = req.block.cells[0]?.length ?? 0;
  try {
    return await Excel.run(hooks.runOptions, async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      const used = ws.getUsedRangeOrNullObject(false);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const merged = hooks.mergedAreas ? ws.getRange().getMergedAreasOrNullObject() : null;
      merged?.load("address");
      let sel: Excel.Range | null = null;
      let area: Excel.Range | null = null;
      if (req.where === "selection") {
        sel = context.workbook.getSelectedRange();
        sel.load("rowIndex,columnIndex");
        area = sel.getCell(0, 0).getResizedRange(height - 1, width - 1);
        area.load("values");
      }
      try {
        await context.sync(); // 1: what is there
      } catch (e) {
        // the area the block needs runs past the sheet's edge
        if (area && isInvalidArgument(e)) return refusal(refuse("no-room", { rows: height, cols: width }));
        throw e;
      }

      const usedRect: CellRange | null = used.isNullObject
        ? null
        : {
            r1: used.rowIndex + 1,
            c1: used.columnIndex + 1,
            r2: used.rowIndex + used.rowCount,
            c2: used.columnIndex + used.columnCount,
          };
      const merges = merged && !merged.isNullObject ? parseAreaList(merged.address) : [];
      const plan = planPlacement({
        where: req.where,
        allowShift: req.allowShift,
        height,
        width,
        used: usedRect,
        anchor: sel ? { row: sel.rowIndex + 1, col: sel.columnIndex + 1 } : undefined,
        area: area ? (area.values as unknown[][]).map((line) => line.map(cellValue)) : undefined,
        merges,
      });
      if (plan.kind === "refuse") return refusal(plan);

      const shifted = plan.kind === "shift" ? { at: plan.at, count: plan.count } : null;
      if (shifted)
        ws.getRangeByIndexes(shifted.at - 1, 0, shifted.count, 1)
          .getEntireRow()
          .insert("Down");
      const writes = planBlockWrites(req.block, plan.row, plan.col, usedRect, shifted);
      queueBlock(ws, writes, shifted !== null, hooks.api19);
      // show the new block: select the first cell the user must still fill, else its top-left (not an undo step)
      ws.getRange(writes.focus).select();
      await context.sync(); // 2: every write at once

      const address = rangeToA1(writes.range);
      const touched = [address];
      if (shifted)
        touched.push(
          `${shifted.at}:${shifted.at + shifted.count - 1}`,
          rangeToA1({ r1: shifted.at, c1: 1, r2: shifted.at + shifted.count - 1, c2: MAX_COLS }),
        );
      hooks.markWritten(ws.name, touched);
      return {
        ok: true as const,
        sheet: ws.name,
        address,
        range: writes.range,
        shifted,
        required: writes.required,
        review: writes.review.map((r) => rangeToA1(r.cell)),
        syncs: 2,
      };
    });
  } catch (e) {
    throw toGatewayError(e, "write");
  }
}

function refusal(r: { code: InsertRefusal["code"]; data: InsertRefusal["data"] }): InsertRefusal {
  return { ok: false, code: r.code, data: r.data };
}

export async function runAddIndicators(req: AddIndicatorsRequest, hooks: InsertHooks): Promise<AddIndicatorsResult> {
  try {
    return await Excel.run(hooks.runOptions, async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("values,rowIndex,columnIndex");
      const merged = hooks.mergedAreas ? ws.getRange().getMergedAreasOrNullObject() : null;
      merged?.load("address");
      await context.sync(); // 1: the sheet

      if (used.isNullObject) return refusal(refuse("no-table", { area: rangeToA1(req.table) }));
      if (!Array.isArray(used.values)) throw new GatewayError("too-large");
      const sheet: SheetInput = {
        name: ws.name,
        values: (used.values as unknown[][]).map((line) => line.map(cellValue)),
        origin: { row: used.rowIndex + 1, col: used.columnIndex + 1 },
        merges: merged && !merged.isNullObject ? parseAreaList(merged.address) : [],
      };
      const plan = planAddRows({ sheet, table: req.table, l1: req.l1, l2: req.l2, rows: req.rows });
      if (plan.kind === "refuse") return refusal(plan);

      const { insert } = plan;
      if (insert.count > 0)
        ws.getRangeByIndexes(insert.at - 1, 0, insert.count, 1)
          .getEntireRow()
          .insert("Down");
      for (const w of plan.widen) rangeOf(ws, w.to).merge(false);
      if (plan.newRows && plan.newValues) {
        // the new rows are new cells: one 2-D write over them
        const target = rangeOf(ws, plan.newRows);
        target.format.fill.clear();
        queueSafeValues(target, plan.newValues);
        setBorders(target);
        target.format.wrapText = true;
        target.format.verticalAlignment = "Center";
      }
      for (const v of plan.validations) setDropdown(ws, v.range, v.list);
      // the group's empty row: only its empty cells, one by one
      for (const c of plan.fillCells) queueSafeValues(ws.getRangeByIndexes(c.row - 1, c.col - 1, 1, 1), [[c.value]]);
      await context.sync(); // 2: every write at once

      const last = plan.written.r2;
      const address = rangeToA1(plan.written);
      const touched = [address, ...plan.cells.map((c) => rangeToA1({ r1: c.row, c1: c.col, r2: c.row, c2: c.col }))];
      if (insert.count > 0)
        touched.push(`${insert.at}:${last}`, rangeToA1({ r1: insert.at, c1: 1, r2: last, c2: MAX_COLS }));
      if (plan.newRows) touched.push(rangeToA1(plan.newRows));
      hooks.markWritten(ws.name, touched);
      return {
        ok: true as const,
        sheet: ws.name,
        address,
        added: plan.added,
        skipped: plan.skipped,
        inserted: insert,
        syncs: 2,
      };
    });
  } catch (e) {
    throw toGatewayError(e, "write");
  }
}
