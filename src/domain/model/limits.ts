/**
 * Resource limits shared by the command and the task pane, so that a hostile or huge workbook gets a clear
 * refusal instead of exhausting memory. The command can raise the cell limit with `--max-cells`.
 */

/** The size of a worksheet in Excel (and in WPS): rows and columns. The one definition; everything else imports it. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/**
 * Cells one read of values may span: Excel returns null for `values` of a larger range (excel-add-ins-ranges-large.md).
 * The Excel gateway reads a sheet in blocks under it, the WPS gateway applies the same ceiling, and the simulated
 * Excel returns null above it. Not the checking limit (`DEFAULT_MAX_CELLS`), which is about the whole sheet.
 */
export const MAX_CELLS_PER_READ = 5_000_000;

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

// The refusals that quote these limits are messages: `too-many-cells-sheet` (src/domain/i18n/host.ts) and
// `tooManyCells` … `zipBomb` (src/cli/messages.ts).
