/**
 * Human-readable output: one line per finding, `Sheet!C12  错误  message  (rule id)`,
 * then a summary line. Messages are rendered by the engine (`formatFinding`).
 */
import { formatFinding, type Finding, type Locale, type Severity, type Summary } from "../../domain";
import { inertText } from "../../domain/model/display";
import type { FileReport } from "../check";

const SEVERITY_WORDS: Record<Locale, Record<Severity, string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  "en-US": { error: "error", warning: "warning", info: "info" },
};

export function severityWord(s: Severity, locale: Locale): string {
  return SEVERITY_WORDS[locale][s];
}

/** `Sheet1`, or `'My sheet'` when Excel would quote the name in a reference. */
export function sheetRef(name: string): string {
  if (/^[\p{L}\p{N}_.]+$/u.test(name) && !/^\d/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** One finding, one line: line breaks in the quoted text become spaces, control characters visible escapes. */
export function findingLine(sheet: string, f: Finding, locale: Locale): string {
  const message = formatFinding(f, locale).replace(/\s*[\n\r\u2028\u2029]\s*/g, " ");
  return inertText(`${sheetRef(sheet)}!${f.address}  ${severityWord(f.severity, locale)}  ${message}  (${f.ruleId})`);
}

export function summaryLine(s: Summary, locale: Locale, files?: number): string {
  if (locale === "en-US") {
    const n = (k: number, w: string) => `${k} ${w}${k === 1 ? "" : "s"}`;
    const base = `${n(s.errors, "error")}, ${n(s.warnings, "warning")}, ${n(s.infos, "info")}`;
    return files !== undefined ? `${base} (${n(files, "file")})` : base;
  }
  const base = `${s.errors} 个错误，${s.warnings} 个警告，${s.infos} 个提示`;
  return files !== undefined ? `${base}（${files} 个文件）` : base;
}

/** The finding lines of one workbook (no summary), in sheet order then the engine's order. */
export function formatTextReport(report: FileReport, locale: Locale): string[] {
  const lines: string[] = [];
  for (const s of report.sheets) for (const f of s.result.findings) lines.push(findingLine(s.name, f, locale));
  return lines;
}
