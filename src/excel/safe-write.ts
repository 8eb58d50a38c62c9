/**
 * Queuing writes of user-visible text on Office.js so that Excel keeps it as that text (never a formula, a
 * number or a date): every cell that `safeCellWrite` says needs it gets the text number format ("@") first,
 * in the same batch, before its value. Used by fixes, template insertion and 添加标准指标; batch fixes and
 * any future writer of text must go through here too. Queues only: the caller syncs.
 */
import type { CellValue } from "../domain/model/types";
import { TEXT_FORMAT, textFormatMask } from "../domain/model/safe-text";

/** Queues `values` into `range` (same shape), text-formatting first the cells that need it. */
export function queueSafeValues(range: Excel.Range, values: readonly (readonly CellValue[])[]): void {
  const mask = textFormatMask(values);
  if (mask) {
    for (let i = 0; i < mask.length; i++)
      for (let j = 0; j < mask[i].length; j++) if (mask[i][j]) range.getCell(i, j).numberFormat = [[TEXT_FORMAT]];
  }
  range.values = values.map((line) => line.map((v) => (v === null ? "" : v))) as unknown[][];
}
