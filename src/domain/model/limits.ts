/**
 * Resource limits shared by the command and the task pane, so that a hostile or huge workbook gets a clear
 * refusal instead of exhausting memory. The command can raise the cell limit with `--max-cells`.
 */

/** The size of a worksheet in Excel (and in WPS): rows and columns. The one definition; everything else imports it. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/**
 * Cells a sheet may span for checking: the sum over rows of the last used column (what the engine walks).
 * 16,000,000 covers a full-height sheet of 15 columns (1,048,576 × 15 = 15.7 million) and stays near 1 GB.
 */
export const DEFAULT_MAX_CELLS = 16_000_000;

/** Excel holds at most this many characters in a cell; longer text in a file is cut to it when read. */
export const MAX_CELL_TEXT = 32_767;

/** "16,000,000" */
export function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * The refusal for a sheet over the cell limit, in both languages. `where` names the sheet (and file);
 * `counted`: the number is a count reached while reading rather than an estimate.
 */
export function tooManyCellsMessage(
  cells: number,
  max: number,
  where: { zh: string; en: string },
  counted = false,
  hint: { zh: string; en: string } = { zh: "", en: "" },
): { zh: string; en: string } {
  return {
    zh: `${where.zh}太大，未检查：${counted ? "超过" : "约"} ${groupDigits(cells)} 个单元格，上限 ${groupDigits(max)} 个${hint.zh}`,
    en: `${where.en} is too large to check: ${counted ? "over" : "about"} ${groupDigits(cells)} cells, over the limit of ${groupDigits(max)}${hint.en}`,
  };
}
