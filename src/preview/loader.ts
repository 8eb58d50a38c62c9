/**
 * Workbooks for the preview: the shared fixtures served by the dev server at /fixtures/<name>.xlsx,
 * a local .xlsx file, or the built-in sample. exceljs's browser build is loaded on demand, in its
 * own chunk, by the preview only.
 */
import { workbookFromXlsx, type WorkbookModel } from "../simulator";
import { sampleWorkbook } from "./sample";

/** The shared fixtures the preview offers (file names without .xlsx); their content is never bundled. */
export const FIXTURE_NAMES = [
  "houjie-2025-dept",
  "huangpu-project-expenditure",
  "machong-2024-projects",
  "qingxi-2025-dept-and-projects",
] as const;

export const SAMPLE = "sample";
export const LOCAL = "local";

type ExcelJSModule = Parameters<typeof workbookFromXlsx>[1];
let exceljs: Promise<ExcelJSModule> | null = null;

function loadExcelJS(): Promise<ExcelJSModule> {
  exceljs ??= import(/* webpackChunkName: "exceljs" */ "exceljs/dist/exceljs.min.js").then(
    (m) => (m as { default?: ExcelJSModule }).default ?? (m as unknown as ExcelJSModule),
  );
  return exceljs;
}

export async function workbookFromBuffer(buffer: ArrayBuffer): Promise<WorkbookModel> {
  return workbookFromXlsx(buffer, await loadExcelJS());
}

export interface Loaded {
  workbook: WorkbookModel;
  /** What was actually loaded: the fixture name, LOCAL or SAMPLE. */
  source: string;
  /** zh / en note when we fell back to the sample. */
  note?: { zh: string; en: string };
}

/** Fetches /fixtures/<name>.xlsx; falls back to the built-in sample (with a note) when it is not served. */
export async function loadFixture(name: string): Promise<Loaded> {
  if (name === SAMPLE) return { workbook: sampleWorkbook(), source: SAMPLE };
  if (name === LOCAL) {
    const stored = readLocalFile();
    if (stored) {
      try {
        return { workbook: await workbookFromBuffer(stored), source: LOCAL };
      } catch {
        return fallback(
          "无法读取本地文件，已改用内置示例。",
          "Could not read the local file; showing the built-in sample.",
        );
      }
    }
    return fallback("没有已打开的本地文件，已改用内置示例。", "No local file is open; showing the built-in sample.");
  }
  try {
    const res = await fetch(`/fixtures/${encodeURIComponent(name)}.xlsx`);
    if (!res.ok)
      return fallback(
        `未找到样例 ${name}（${res.status}），已改用内置示例。`,
        `Fixture ${name} not found (${res.status}); showing the built-in sample.`,
      );
    return { workbook: await workbookFromBuffer(await res.arrayBuffer()), source: name };
  } catch {
    return fallback(
      `无法加载样例 ${name}，已改用内置示例。`,
      `Could not load fixture ${name}; showing the built-in sample.`,
    );
  }
}

function fallback(zh: string, en: string): Loaded {
  return { workbook: sampleWorkbook(), source: SAMPLE, note: { zh, en } };
}

const LOCAL_KEY = "jixiao-preview-local-xlsx";

/** Keeps an opened file across the reload that a language or API-level switch does. */
export function storeLocalFile(buffer: ArrayBuffer): boolean {
  try {
    let bin = "";
    const bytes = new Uint8Array(buffer);
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    sessionStorage.setItem(LOCAL_KEY, btoa(bin));
    return true;
  } catch {
    return false; // too big for sessionStorage: the file is shown until the next reload only
  }
}

function readLocalFile(): ArrayBuffer | null {
  try {
    const b64 = sessionStorage.getItem(LOCAL_KEY);
    if (!b64) return null;
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes.buffer;
  } catch {
    return null;
  }
}
