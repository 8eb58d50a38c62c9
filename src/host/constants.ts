/**
 * Values both gateways (Excel's and WPS's) and the command share, so a workbook written by one host reads the same
 * in the other: the names of our document settings, and the timings of the self-write guard and the merged-area cache.
 */

/** Our settings in the document (Office.context.document.settings; a custom document property in WPS). */
export const SETTINGS_KEY = "jixiao";
/** The user's own templates: an entry of their own, so saving the settings never touches them. */
export const TEMPLATES_KEY = "jixiao-templates";
/** 忽略此条: the ignored findings, an entry of their own too (the command reads it from the .xlsx). */
export const IGNORES_KEY = "jixiao-ignores";
/** Events on addresses we wrote this recently are taken as our own (Excel below ExcelApi 1.14, and WPS). */
export const SELF_WRITE_WINDOW_MS = 2_000;
/** Merged areas are read again at most this often while the used range stays the same (office-js #5918). */
export const MERGES_TTL_MS = 60_000;
