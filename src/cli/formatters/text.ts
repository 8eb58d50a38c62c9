/**
 * Human-readable output: one line per finding, `Sheet!C12  错误  message  (rule id)`,
 * then a summary line. Messages are rendered by the engine (`formatFinding`).
 */
import { formatFinding, type Finding, type Locale, type Severity, type Summary } from "../../domain";
import { inertText } from "../../domain/model/display";
import type { FileReport } from "../check";
import { cliSays, counted, type CliMessageId } from "../messages";

const SEVERITY_IDS = {
  error: "severityError",
  warning: "severityWarning",
  info: "severityInfo",
} as const satisfies Record<Severity, CliMessageId>;

export function severityWord(s: Severity, locale: Locale): string {
  return cliSays(SEVERITY_IDS[s], {}, locale);
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
  const counts = {
    errors: counted(s.errors, "errors"),
    warnings: counted(s.warnings, "warnings"),
    infos: counted(s.infos, "infos"),
  };
  return files !== undefined
    ? cliSays("summaryFiles", { ...counts, files: counted(files, "files") }, locale)
    : cliSays("summary", counts, locale);
}

/** The finding lines of one workbook (no summary), in sheet order then the engine's order. */
export function formatTextReport(report: FileReport, locale: Locale): string[] {
  const lines: string[] = [];
  for (const s of report.sheets) for (const f of s.result.findings) lines.push(findingLine(s.name, f, locale));
  return lines;
}
