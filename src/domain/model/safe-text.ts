/**
 * Writing text into a cell without Excel (or WPS) turning it into something else. A string written through
 * `range.values` is taken as if typed: "=…" becomes a formula, "+A1", "-HYPERLINK(…)" and "@…" too, "90%"
 * becomes the number 0.9, "2025-03-31" a date, "TRUE" a boolean. Every write of user-visible text — a fix,
 * an inserted template block, an imported template, a batch of fixes — goes through `safeCellWrite`, which
 * says when the cell must get the text number format ("@") first so the text stays exactly that text.
 * Pure: the Office.js, WPS and exceljs writers apply the result.
 */
import type { CellValue } from "./types";

/** Excel's text number format: whatever is written afterwards is kept as typed. */
export const TEXT_FORMAT = "@";

/** What a cell write needs: the value, and the text format to set before it (null: leave the format alone). */
export interface CellWrite {
  value: CellValue;
  numberFormat: typeof TEXT_FORMAT | null;
}

/** A number as Excel reads one typed: sign, digits with optional thousands commas, decimals, exponent, %. */
const NUMBER_LIKE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;

/**
 * True when Excel would read `text`, typed into a General cell, as a formula: a leading "=", or a leading
 * "+", "-" or "@" followed by anything that is not a plain number ("+A1", "-HYPERLINK(…)", "@SUM(…)").
 * A lone "-" or "+" stays text. (Full-width "＝" is not a formula start.)
 */
export function looksLikeFormula(text: string): boolean {
  const t = text.replace(/^[ \t\u3000]+/, "");
  if (t.length < 2) return false;
  const c = t[0];
  if (c === "=") return true;
  if (c !== "+" && c !== "-" && c !== "@") return false;
  if (c !== "@" && NUMBER_LIKE.test(t) && /\d/.test(t)) return false;
  return true;
}

/**
 * True when `text`, written as a value into a General cell, may not come back as the same text: a formula
 * start (= + - @), anything beginning like a number, date, time, currency amount, percentage or error value
 * (a digit, "." "$" "¥" "(" "#" …, full-width forms included), an apostrophe (taken as Excel's text prefix),
 * TRUE/FALSE, or 上午/下午 (a time in Chinese Excel). Text starting with a letter, a CJK character or a sign
 * such as ≥ is kept as typed and needs nothing.
 */
export function needsTextFormat(text: string): boolean {
  const t = text.replace(/^[\s\u3000]+/, "");
  if (t === "") return text !== "";
  if (/^[=+\-@'＝＋－＠＇0-9０-９.．,，$¥￥€£(（#＃%％]/.test(t)) return true;
  if (/^(?:true|false)$/i.test(t)) return true;
  if (/^(?:上午|下午)/.test(t)) return true;
  return false;
}

/** How to write `value` so that the cell holds exactly it: strings that Excel would convert get the text format. */
export function safeCellWrite(value: CellValue): CellWrite {
  if (typeof value === "string" && needsTextFormat(value)) return { value, numberFormat: TEXT_FORMAT };
  return { value, numberFormat: null };
}

/** For a 2-D write: the text-format mask (null when no cell needs it, so the writer can skip the format write). */
export function textFormatMask(values: readonly (readonly CellValue[])[]): boolean[][] | null {
  let any = false;
  const mask = values.map((line) =>
    line.map((v) => {
      const need = typeof v === "string" && needsTextFormat(v);
      if (need) any = true;
      return need;
    }),
  );
  return any ? mask : null;
}
