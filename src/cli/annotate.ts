/**
 * `jixiao annotate IN.xlsx -o OUT.xlsx`: a copy of the workbook with every finding's cells filled by
 * severity and explained in a cell note. The input file is only ever read. Apart from the fills and
 * notes, the copy keeps every value and format of the input.
 */
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { formatFinding, type Finding, type Locale, type Severity } from "../domain";
import { stringOpt, type OptionSpec, type ParsedArgs } from "./args";
import { checkWorkbook, loadConfig, type FileReport, type FrameworkOption } from "./check";
import { CliError, describe, messages } from "./errors";
import { severityWord, summaryLine } from "./formatters/text";
import { EXIT, type CliIO } from "./io";
import { COMMON_OPTIONS } from "./lint";
import { loadWorkbook } from "./read-xlsx";

export const ANNOTATE_OPTIONS: OptionSpec[] = [...COMMON_OPTIONS, { name: "output", short: "o", type: "string" }];

/** Solid fills by severity (Excel's own "bad / neutral / note" palette). */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: "FFDDEBF7",
};

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** A finding with a huge range (a whole table) fills at most this many cells. */
const MAX_FILL_CELLS = 5000;

const NOTE_HEADING: Record<Locale, string> = {
  "zh-CN": "绩效目标表助手：",
  "en-US": "Performance-target checker:",
};

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [ra, rb] = await Promise.all([fsp.realpath(a), fsp.realpath(b)]);
    if (ra === rb) return true;
    const [sa, sb] = await Promise.all([fsp.stat(a), fsp.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Our note text for the findings anchored on one cell. */
export function noteText(findings: readonly Finding[], locale: Locale): string {
  const line =
    locale === "en-US"
      ? (f: Finding) => `• ${severityWord(f.severity, locale)}: ${formatFinding(f, locale)} (${f.ruleId})`
      : (f: Finding) => `• ${severityWord(f.severity, locale)}：${formatFinding(f, locale)}（${f.ruleId}）`;
  return [NOTE_HEADING[locale], ...findings.map(line)].join("\n");
}

type NoteValue = string | { texts?: { text: string }[] } | undefined;

/** Appends our text below an existing note, keeping theirs (and its formatting) intact. */
export function appendNote(existing: NoteValue, ours: string): ExcelJS.Comment | string {
  if (existing === undefined || existing === null || existing === "") return ours;
  if (typeof existing === "string") return `${existing}\n\n${ours}`;
  const texts = Array.isArray(existing.texts) ? existing.texts : [];
  return { ...(existing as ExcelJS.Comment), texts: [...texts, { text: `\n\n${ours}` }] } as ExcelJS.Comment;
}

/** Applies fills and notes for one sheet's findings. Returns the number of cells touched. */
export function annotateSheet(ws: ExcelJS.Worksheet, findings: readonly Finding[], locale: Locale): number {
  const fills = new Map<string, { row: number; col: number; severity: Severity }>();
  const notes = new Map<string, { row: number; col: number; findings: Finding[] }>();
  for (const f of findings) {
    const { r1, c1, r2, c2 } = f.range;
    let budget = MAX_FILL_CELLS;
    for (let r = r1; r <= r2 && budget > 0; r++) {
      for (let c = c1; c <= c2 && budget > 0; c++, budget--) {
        const key = `${r},${c}`;
        const prev = fills.get(key);
        if (!prev || RANK[f.severity] > RANK[prev.severity]) fills.set(key, { row: r, col: c, severity: f.severity });
      }
    }
    const key = `${r1},${c1}`;
    const n = notes.get(key);
    if (n) n.findings.push(f);
    else notes.set(key, { row: r1, col: c1, findings: [f] });
  }
  for (const { row, col, severity } of fills.values()) {
    const cell = ws.getCell(row, col);
    // exceljs shares one style object between cells loaded with the same style id: assigning
    // `cell.fill` would repaint all of them. Give this cell its own copy instead.
    cell.style = {
      ...cell.style,
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[severity] } },
    };
  }
  for (const { row, col, findings: fs } of notes.values()) {
    const cell = ws.getCell(row, col);
    cell.note = appendNote(cell.note as NoteValue, noteText(fs, locale));
  }
  return fills.size;
}

export async function annotateCommand(p: ParsedArgs, io: CliIO): Promise<number> {
  if (p.positionals.length === 0) throw new CliError(messages.noFiles());
  if (p.positionals.length > 1) throw new CliError(messages.annotateOneFile());
  const input = p.positionals[0];
  const output = stringOpt(p, "output");
  if (output === undefined) throw new CliError(messages.annotateNeedsOutput());
  if (!/\.xlsx$/i.test(output)) throw new CliError(messages.annotateOutputNotXlsx(output));
  if (await sameFile(input, output)) throw new CliError(messages.annotateSamePath(input));
  const locale = (stringOpt(p, "lang") ?? "zh-CN") as Locale;
  const config = await loadConfig(stringOpt(p, "config"), stringOpt(p, "framework") as FrameworkOption | undefined, locale);

  const wb = await loadWorkbook(input);
  const report: FileReport = checkWorkbook(wb, input, stringOpt(p, "sheet"), config);
  let cells = 0;
  for (const s of report.sheets) {
    const ws = wb.getWorksheet(s.name);
    if (ws) cells += annotateSheet(ws, s.result.findings, locale);
  }
  try {
    const buf = await wb.xlsx.writeBuffer();
    await fsp.writeFile(output, Buffer.from(buf as ArrayBuffer));
  } catch (e) {
    throw new CliError(messages.cannotWrite(output, describe(e)));
  }
  io.stdout.write(`${summaryLine(report.summary, locale)}\n`);
  io.stdout.write(
    locale === "en-US" ? `Marked ${cells} cell${cells === 1 ? "" : "s"}; wrote ${output}\n` : `已标注 ${cells} 个单元格，写入 ${output}\n`,
  );
  return report.summary.errors > 0 ? EXIT.findings : EXIT.ok;
}
