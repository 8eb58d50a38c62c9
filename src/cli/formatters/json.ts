/**
 * Machine-readable output: one JSON object per workbook (one line each), in the shape the issue fixes:
 * `{ file, sheets: [{ name, tables: [{ range, framework, indicators }], findings }], summary }`,
 * or `{ file, error }` when the workbook could not be read.
 */
import { formatFinding, type Finding, type Locale, type Summary, type TableInfo } from "../../domain";
import type { FileReport } from "../check";

export interface JsonFinding {
  ruleId: string;
  category: string;
  severity: string;
  address: string;
  message: string;
  fix?: { address: string; from: unknown; to: string };
}

export interface JsonTable {
  range: string;
  framework: string;
  indicators: {
    row: number;
    level1: string | null;
    level2: string | null;
    level3: string | null;
    period: string | null;
    annual: string | null;
  }[];
}

export interface JsonFileReport {
  file: string;
  /** `ignored`: findings left out because the workbook marks them ignored (忽略此条); absent when none. */
  sheets: { name: string; tables: JsonTable[]; findings: JsonFinding[]; ignored?: number }[];
  summary: Summary;
}

export function jsonFinding(f: Finding, locale: Locale): JsonFinding {
  const out: JsonFinding = {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    address: f.address,
    message: formatFinding(f, locale),
  };
  if (f.fix) out.fix = { address: f.fix.address, from: f.fix.from, to: f.fix.to };
  return out;
}

export function jsonTable(t: TableInfo): JsonTable {
  return {
    range: t.address,
    framework: t.framework,
    indicators: t.indicators.map((i) => ({
      row: i.row,
      level1: i.level1,
      level2: i.level2,
      level3: i.level3,
      period: i.period,
      annual: i.annual,
    })),
  };
}

export function toJsonReport(report: FileReport, locale: Locale): JsonFileReport {
  return {
    file: report.file,
    sheets: report.sheets.map((s) => ({
      name: s.name,
      tables: s.result.tables.map(jsonTable),
      findings: s.result.findings.map((f) => jsonFinding(f, locale)),
      ...(s.ignored ? { ignored: s.ignored } : {}),
    })),
    summary: report.summary,
  };
}

export function formatJsonReport(report: FileReport, locale: Locale): string {
  return JSON.stringify(toJsonReport(report, locale));
}

export function formatJsonError(file: string, error: string): string {
  return JSON.stringify({ file, error });
}
