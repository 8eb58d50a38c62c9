/**
 * Errors a gateway throws (Excel's and WPS's alike): a stable code plus zh-CN and en-US text (never a stack trace
 * for the user). Pure: toGatewayError maps Office.js error codes; the WPS gateway maps its own failures to codes.
 */
import { tooManyCellsMessage } from "../domain/model/limits";

export type GatewayErrorCode =
  | "not-in-office"
  | "cell-edit"
  | "not-found"
  | "unsupported"
  | "too-large"
  | "too-many-cells"
  | "protected"
  | "read-failed"
  | "write-failed"
  | "select-failed"
  | "subscribe-failed"
  | "settings-failed"
  | "no-workbook";

export type GatewayOperation = "read" | "write" | "select" | "subscribe" | "settings";

/** Texts of the codes every host raises; a host's own codes ("no-workbook": WPS) bring their text along. */
const TEXT: Record<Exclude<GatewayErrorCode, "no-workbook">, { zh: string; en: string }> = {
  "not-in-office": {
    zh: "未在 Excel 或 WPS 表格中运行，无法访问工作簿。",
    en: "Not running inside Excel or WPS Spreadsheets, so the workbook is not available.",
  },
  "cell-edit": {
    zh: "正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。",
    en: "A cell is being edited. Press Enter or Esc, then try again.",
  },
  "not-found": {
    zh: "找不到该工作表或单元格，可能已被删除或重命名。",
    en: "The sheet or cell was not found; it may have been deleted or renamed.",
  },
  unsupported: {
    zh: "当前版本的 Excel 或 WPS 表格不支持此功能。",
    en: "This version of Excel or WPS Spreadsheets does not support this feature.",
  },
  "too-large": {
    zh: "工作表数据量过大，超出单次读写的限制。",
    en: "The sheet is too large for one read or write.",
  },
  "too-many-cells": {
    zh: "工作表太大，未检查。",
    en: "The sheet is too large to check.",
  },
  protected: { zh: "工作表受保护或只读，无法写入。", en: "The sheet is protected or read-only, so it cannot be changed." },
  "read-failed": { zh: "读取工作表失败。", en: "Could not read the sheet." },
  "write-failed": { zh: "写入工作表失败，工作表未被修改。", en: "Could not write to the sheet; it was not changed." },
  "select-failed": { zh: "无法定位到该单元格。", en: "Could not go to that cell." },
  "subscribe-failed": { zh: "无法监听工作表的修改，实时检查不可用。", en: "Could not listen for sheet changes; live checking is off." },
  "settings-failed": { zh: "保存加载项设置失败。", en: "Could not save the add-in settings." },
};

export class GatewayError extends Error {
  readonly code: GatewayErrorCode;
  readonly zh: string;
  readonly en: string;
  /** The Office error code behind it (e.g. "ItemNotFound"), when there was one. */
  readonly officeCode?: string;

  constructor(code: GatewayErrorCode, options: { officeCode?: string; detail?: string; cause?: unknown; text?: { zh: string; en: string } } = {}) {
    const t = options.text ?? (code === "no-workbook" ? TEXT["read-failed"] : TEXT[code]);
    const suffix = options.detail ? `（${options.detail}）` : "";
    const enSuffix = options.detail ? ` (${options.detail})` : "";
    super(`${t.zh}${suffix} ${t.en}${enSuffix}`);
    this.name = "GatewayError";
    this.code = code;
    this.zh = t.zh + suffix;
    this.en = t.en + enSuffix;
    if (options.officeCode) this.officeCode = options.officeCode;
    if (options.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

const FALLBACK: Record<GatewayOperation, GatewayErrorCode> = {
  read: "read-failed",
  write: "write-failed",
  select: "select-failed",
  subscribe: "subscribe-failed",
  settings: "settings-failed",
};

/** Maps whatever Office.js threw to a GatewayError (already-mapped errors pass through). */
export function toGatewayError(e: unknown, op: GatewayOperation): GatewayError {
  if (e instanceof GatewayError) return e;
  const officeCode = typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string" ? (e as { code: string }).code : undefined;
  const opts = { officeCode, detail: officeCode, cause: e };
  switch (officeCode) {
    case "InvalidOperationInCellEditMode":
      return new GatewayError("cell-edit", opts);
    case "ItemNotFound":
      return new GatewayError("not-found", opts);
    case "ApiNotFound":
    case "NotImplemented":
      return new GatewayError("unsupported", opts);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new GatewayError("too-large", opts);
    case "AccessDenied":
    case "EditModeCellLocked":
      return new GatewayError("protected", opts);
  }
  if (e instanceof ReferenceError) return new GatewayError("not-in-office", { cause: e });
  return new GatewayError(FALLBACK[op], opts);
}

/** The refusal for a used range over the cell limit: the command's wording, with what the user can do. */
export function tooManyCells(sheet: string, cells: number, max: number): GatewayError {
  const m = tooManyCellsMessage(cells, max, { zh: `工作表“${sheet}”`, en: `Sheet "${sheet}"` }, false, {
    zh: "。请删除表格以外的空行空列或多余内容后重试，或用命令行 jixiao lint 检查",
    en: ". Delete rows and columns outside the tables, or check it with the jixiao lint command",
  });
  return new GatewayError("too-many-cells", { text: m });
}
