/**
 * What a host (Excel's or WPS's gateway) reports, as message ids: the gateways throw `GatewayError { code, messageId,
 * data }` (src/host/errors.ts) and never build text; the task pane renders them with `hostErrorText`. A host's notes
 * for the settings panel (`Capabilities.undoNote`) are ids here too.
 */
import { defineMessages, format, type Bilingual, type MessageData } from "./messages";

export const hostMessages = defineMessages({
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
  /** The refusal for a used range over the cell limit (`cells` and `max` grouped: 1,200). */
  "too-many-cells-sheet": {
    zh: "工作表“{sheet}”太大，未检查：约 {cells} 个单元格，上限 {max} 个。请删除表格以外的空行空列或多余内容后重试，或用命令行 jixiao lint 检查",
    en: 'Sheet "{sheet}" is too large to check: about {cells} cells, over the limit of {max}. Delete rows and columns outside the tables, or check it with the jixiao lint command',
  },
  protected: {
    zh: "工作表受保护或只读，无法写入。",
    en: "The sheet is protected or read-only, so it cannot be changed.",
  },
  "read-failed": { zh: "读取工作表失败。", en: "Could not read the sheet." },
  "write-failed": { zh: "写入工作表失败，工作表未被修改。", en: "Could not write to the sheet; it was not changed." },
  "select-failed": { zh: "无法定位到该单元格。", en: "Could not go to that cell." },
  "subscribe-failed": {
    zh: "无法监听工作表的修改，实时检查不可用。",
    en: "Could not listen for sheet changes; live checking is off.",
  },
  "settings-failed": { zh: "保存加载项设置失败。", en: "Could not save the add-in settings." },
  /** WPS 表格 may have no workbook open (its start page). */
  "no-workbook": {
    zh: "没有打开的工作簿。请先打开或新建一个表格文件。",
    en: "No workbook is open. Open or create a spreadsheet first.",
  },
  "no-sheet": { zh: "没有打开的工作表。", en: "No sheet is open." },
  /** Any message above with the host's own detail (an Office error code, a WPS error text). */
  "with-detail": { zh: "{text}（{detail}）", en: "{text} ({detail})" },
  /** The settings panel's note on undo, in WPS. */
  "wps-undo-note": {
    zh: "WPS 表格不为加载项的写入保留撤销记录（高亮和修复都不能用 Ctrl+Z 撤销），因此默认关闭实时高亮：问题列表仍会实时更新，高亮只在点击“检查本表”时刷新；关闭高亮会把它们全部移除。",
    en: "WPS Spreadsheets keeps no undo history for add-in writes (highlights and fixes cannot be undone with Ctrl+Z), so live highlighting is off by default: the list still updates live, and highlights refresh only when you click “Check this sheet”; turning highlights off removes them all.",
  },
});

export type HostMessageId = keyof typeof hostMessages;

/** A host error as the gateways throw it (GatewayError has this shape). */
export interface HostErrorLike {
  readonly messageId: HostMessageId;
  readonly data?: MessageData;
  /** Host detail shown in brackets after the message. */
  readonly detail?: string;
}

export function isHostErrorLike(e: unknown): e is HostErrorLike {
  return (
    typeof e === "object" &&
    e !== null &&
    typeof (e as { messageId?: unknown }).messageId === "string" &&
    Object.prototype.hasOwnProperty.call(hostMessages, (e as { messageId: string }).messageId)
  );
}

/** A host error's text in both languages. */
export function hostErrorText(e: HostErrorLike): Bilingual {
  const one = (locale: "zh-CN" | "en-US"): string => {
    const text = format(hostMessages[e.messageId], e.data, locale);
    return e.detail ? format(hostMessages["with-detail"], { text, detail: e.detail }, locale) : text;
  };
  return { zh: one("zh-CN"), en: one("en-US") };
}
