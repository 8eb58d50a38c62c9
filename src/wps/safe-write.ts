/**
 * Writing user-visible text on WPS 表格 so that it stays that text (never a formula, number or date): the same
 * decision as Excel's (src/domain/model/safe-text.ts), applied with ET's NumberFormat before Value2.
 */
import type { CellValue } from "../domain/model/types";
import { TEXT_FORMAT, textFormatMask } from "../domain/model/safe-text";
import type { EtRange, EtWorksheet } from "./et";

/**
 * Writes `values` into `target`, the range of `ws` whose top-left cell is (row, col), same shape; the cells that
 * need it get the text format first.
 */
export function writeSafeValues(
  ws: EtWorksheet,
  row: number,
  col: number,
  target: EtRange,
  values: readonly (readonly CellValue[])[],
): void {
  const mask = textFormatMask(values);
  if (mask) {
    for (let i = 0; i < mask.length; i++)
      for (let j = 0; j < mask[i].length; j++)
        if (mask[i][j]) ws.Cells.Item(row + i, col + j).NumberFormat = TEXT_FORMAT;
  }
  target.Value2 =
    values.length === 1 && values[0].length === 1
      ? (values[0][0] ?? "")
      : values.map((line) => line.map((v) => (v === null ? "" : v)));
}
