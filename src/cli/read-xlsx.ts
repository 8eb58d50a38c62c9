/**
 * Reading workbooks: file checks (missing, empty, encrypted, corrupt, not an xlsx) and
 * exceljs worksheets → the engine's plain `SheetInput`.
 */
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { CellRange, CellValue, SheetInput } from "../domain";
import { fromA1 } from "../domain";
import { CliError, describe, messages, readFailure } from "./errors";

/** exceljs `ValueType` (a declared enum; spelled out here so isolated modules need no runtime import of it). */
const VT = {
  Null: 0,
  Merge: 1,
  Number: 2,
  String: 3,
  Date: 4,
  Hyperlink: 5,
  Formula: 6,
  SharedString: 7,
  RichText: 8,
  Boolean: 9,
  Error: 10,
} as const;

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_EMPTY_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** Worksheet parts the linter never looks at; skipping them makes `lint` load faster. Never used by `annotate`. */
export const LINT_IGNORE_NODES = [
  "conditionalFormatting",
  "dataValidations",
  "extLst",
  "picture",
  "drawing",
  "headerFooter",
  "pageSetup",
  "printOptions",
  "rowBreaks",
  "autoFilter",
];

export interface LoadOptions {
  /** exceljs worksheet nodes to skip (lint only). */
  ignoreNodes?: string[];
}

/**
 * Reads and parses a workbook. Throws `CliError` (exit 2) with a one-line zh+en message for
 * every way the file can be unreadable.
 */
export async function loadWorkbook(file: string, opts: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  let buf: Buffer;
  try {
    const st = await fsp.stat(file);
    if (!st.isFile()) throw new CliError(readFailure("not-a-file", file));
    if (st.size === 0) throw new CliError(readFailure("empty", file));
    buf = await fsp.readFile(file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new CliError(readFailure("missing", file));
    throw new CliError(readFailure("unreadable", file, code ?? describe(e)));
  }
  return parseWorkbook(buf, file, opts);
}

/** Classifies the bytes, then lets exceljs parse them. */
export async function parseWorkbook(buf: Buffer, file: string, opts: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  if (buf.length === 0) throw new CliError(readFailure("empty", file));
  if (buf.subarray(0, 8).equals(CFB_MAGIC)) throw new CliError(readFailure("encrypted", file));
  const isZip = buf.subarray(0, 4).equals(ZIP_MAGIC) || buf.subarray(0, 4).equals(ZIP_EMPTY_MAGIC);
  if (!isZip) {
    throw new CliError(readFailure(looksLikeXlsxName(file) ? "corrupt" : "not-xlsx", file));
  }
  // Zip entry names are stored uncompressed: a zip without this part is a .docx, .zip, … not a workbook.
  if (!buf.includes("xl/workbook.xml")) {
    throw new CliError(readFailure(looksLikeXlsxName(file) ? "corrupt" : "not-xlsx", file));
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer, opts.ignoreNodes ? { ignoreNodes: opts.ignoreNodes } : undefined);
  } catch {
    throw new CliError(readFailure("corrupt", file));
  }
  return wb;
}

function looksLikeXlsxName(file: string): boolean {
  return /\.xls[xm]$/i.test(path.basename(file));
}

/** Finds a worksheet by name; `CliError` listing the real names when absent. */
export function pickSheets(wb: ExcelJS.Workbook, sheet: string | undefined, file: string): ExcelJS.Worksheet[] {
  const all = wb.worksheets;
  if (sheet === undefined) return all;
  const ws = all.find((w) => w.name === sheet) ?? all.find((w) => w.name.trim() === sheet.trim());
  if (!ws) {
    throw new CliError(messages.sheetNotFound(sheet, file, all.map((w) => w.name)));
  }
  return [ws];
}

/** Excel's date cells as `YYYY-MM-DD` (exceljs hands them over as UTC midnight). */
function dateText(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, "0");
  const day = String(d.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${day}`;
}

function richText(v: unknown): string {
  const runs = (v as { richText?: { text?: unknown }[] }).richText;
  if (!Array.isArray(runs)) return "";
  let s = "";
  for (const r of runs) if (r && r.text != null) s += String(r.text);
  return s;
}

/** Any exceljs value (including a formula's cached result) → a plain engine value. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "string":
    case "number":
    case "boolean":
      return v;
    case "object":
      break;
    default:
      return String(v);
  }
  if (v instanceof Date) return dateText(v);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return richText(o);
  if (typeof o.error === "string") return o.error;
  if ("formula" in o || "sharedFormula" in o || "result" in o) return plainValue(o.result);
  if ("hyperlink" in o || "text" in o) {
    const t = o.text;
    return t !== null && typeof t === "object" ? richText(t) : t == null ? null : String(t);
  }
  return null;
}

/** One exceljs cell → engine value. Non-top-left cells of a merge are null (exceljs echoes the master). */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  switch (cell.type as number) {
    case VT.Null:
    case VT.Merge:
      return null;
    case VT.Number:
    case VT.String:
    case VT.Boolean:
      return cell.value as CellValue;
    default:
      return plainValue(cell.value);
  }
}

interface RangeLike {
  model?: { top: number; left: number; bottom: number; right: number };
}

/** Merged areas, 1-based and inclusive. */
export function sheetMerges(ws: ExcelJS.Worksheet): CellRange[] {
  const out: CellRange[] = [];
  // `_merges` (master address → Range) is what the worksheet model's `merges` list is built from;
  // reading it directly avoids building the whole model (every row and cell) just for this list.
  const internal = (ws as unknown as { _merges?: Record<string, RangeLike> })._merges;
  if (internal && typeof internal === "object") {
    for (const r of Object.values(internal)) {
      const m = r && r.model;
      if (m && m.top > 0 && m.left > 0) out.push({ r1: m.top, c1: m.left, r2: m.bottom, c2: m.right });
    }
    return out;
  }
  for (const a of (ws.model as { merges?: string[] }).merges ?? []) {
    const r = fromA1(a);
    if (r) out.push(r);
  }
  return out;
}

/**
 * A worksheet as the engine's input: values from A1, ragged rows, merges, slave cells null, and the number format of
 * every number cell that has one (so that 0.95 formatted 0% reads as 95%, as the clerk sees it).
 */
export function toSheetInput(ws: ExcelJS.Worksheet): SheetInput {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const line: CellValue[] = [];
    let fmts: (string | null)[] | null = null;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cellValue(cell);
      if (v === null || v === "") return;
      while (line.length < c - 1) line.push(null);
      line[c - 1] = v;
      const f = typeof v === "number" ? cell.numFmt : undefined;
      if (f && f !== "General") (fmts ??= [])[c - 1] = f;
    });
    if (line.length === 0) return;
    while (values.length < r - 1) values.push([]);
    values[r - 1] = line;
    if (fmts) formats[r - 1] = fmts;
  });
  const merges = sheetMerges(ws);
  // Belt and braces: whatever the file says, only the top-left cell of a merge holds the value.
  for (const m of merges) {
    for (let r = m.r1; r <= m.r2 && r <= values.length; r++) {
      const line = values[r - 1];
      for (let c = m.c1; c <= m.c2 && c <= line.length; c++) {
        if (r === m.r1 && c === m.c1) continue;
        line[c - 1] = null;
      }
    }
  }
  return { name: ws.name, values, origin: { row: 1, col: 1 }, merges, ...(formats.length > 0 ? { formats } : {}) };
}
