/** Reading through Office.js: the active sheet (values, number formats, merged areas) and a range. */
import { parseAreaList } from "./areas";
import type { CellRange, CellValue, SheetInput } from "../domain/model/types";
import type { RangeRead } from "./gateway";
import { GatewayError, toGatewayError, tooManyCells } from "../host/errors";
import { formatsGrid, toCellValue as cellValue } from "../host/cells";
import { ensureOffice, type GatewayContext, runOptions, supported } from "./office-context";
import { MERGES_TTL_MS } from "../host/constants";

/** Rows per values block: the docs suggest 5k–20k rows per read. */
export const BLOCK_ROWS = 20_000;
export { MERGES_TTL_MS };

export async function readActiveSheet(ctx: GatewayContext): Promise<SheetInput> {
  const { now, blockRows, cellLimit, maxCellsPerSync: maxCells } = ctx;
  const { mergeCache } = ctx.state;
  ensureOffice();
  const withMerges = supported("1.13");
  try {
    return await Excel.run(runOptions(false), async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("address,rowIndex,columnIndex,rowCount,columnCount");
      await context.sync(); // 1: name and geometry

      if (used.isNullObject)
        return { name: sheet.name, values: [], origin: { row: 1, col: 1 }, merges: withMerges ? [] : undefined };
      const { rowIndex, columnIndex, rowCount, columnCount } = used;
      // the command's cell limit, before any value is read: a message instead of a pane frozen on a huge sheet
      if (rowCount * columnCount > cellLimit) throw tooManyCells(sheet.name, rowCount * columnCount, cellLimit);
      // Merged areas only when the used range moved or the cache is old: reading them can wipe the
      // user's undo history on some builds (office-js #5918), and live checking reads after every edit.
      const cacheKey = `${sheet.name}|${used.address}`;
      const cached = mergeCache.get(sheet.name);
      const fresh = cached && cached.key === cacheKey && now() - cached.at < MERGES_TTL_MS;
      let merged: Excel.RangeAreas | null = null;
      if (withMerges && !fresh) {
        merged = used.getMergedAreasOrNullObject();
        merged.load("address");
      }
      const rowsPerBlock = Math.max(1, Math.min(blockRows, Math.floor(maxCells / columnCount)));
      const blocksPerSync = Math.max(1, Math.floor(maxCells / (rowsPerBlock * columnCount)));
      const values: CellValue[][] = [];
      const codes: unknown[][] = [];
      // Normal sheets: one more sync. Above 5,000,000 cells: one sync per 5,000,000 cells.
      for (let start = 0; start < rowCount; start += rowsPerBlock * blocksPerSync) {
        const blocks: Excel.Range[] = [];
        for (let b = 0; b < blocksPerSync && start + b * rowsPerBlock < rowCount; b++) {
          const first = start + b * rowsPerBlock;
          const n = Math.min(rowsPerBlock, rowCount - first);
          const block = sheet.getRangeByIndexes(rowIndex + first, columnIndex, n, columnCount);
          block.load("values,numberFormat");
          blocks.push(block);
        }
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 5,000,000 cells: Excel's payload limit
        await context.sync(); // 2: values and number formats (and merged areas)
        for (const block of blocks) {
          if (!Array.isArray(block.values)) throw new GatewayError("too-large");
          for (const row of block.values) values.push(row.map(cellValue));
          if (Array.isArray(block.numberFormat)) for (const row of block.numberFormat) codes.push(row);
        }
      }
      const out: SheetInput = { name: sheet.name, values, origin: { row: rowIndex + 1, col: columnIndex + 1 } };
      const formats = codes.length === values.length ? formatsGrid(codes) : undefined;
      if (formats) out.formats = formats;
      if (merged) {
        const merges = merged.isNullObject ? [] : parseAreaList(merged.address);
        mergeCache.set(sheet.name, { key: cacheKey, at: now(), merges });
        out.merges = merges;
      } else if (withMerges && cached) out.merges = cached.merges.map((m) => ({ ...m }));
      return out;
    });
  } catch (e) {
    throw toGatewayError(e, "read");
  }
}

export async function readRange(ctx: GatewayContext, sheetName: string, range: CellRange): Promise<RangeRead> {
  const { cellLimit } = ctx;
  ensureOffice();
  const rows = range.r2 - range.r1 + 1;
  const cols = range.c2 - range.c1 + 1;
  if (!(rows >= 1 && cols >= 1 && range.r1 >= 1 && range.c1 >= 1)) return { values: [] };
  if (rows * cols > cellLimit) throw tooManyCells(sheetName, rows * cols, cellLimit);
  try {
    return await Excel.run(runOptions(false), async (context) => {
      const block = context.workbook.worksheets
        .getItem(sheetName)
        .getRangeByIndexes(range.r1 - 1, range.c1 - 1, rows, cols);
      block.load("values,numberFormat");
      await context.sync(); // the one read
      if (!Array.isArray(block.values)) throw new GatewayError("too-large");
      const out: RangeRead = { values: block.values.map((row) => row.map(cellValue)) };
      const formats = Array.isArray(block.numberFormat) ? formatsGrid(block.numberFormat) : undefined;
      if (formats) out.formats = formats;
      return out;
    });
  } catch (e) {
    throw toGatewayError(e, "read");
  }
}
