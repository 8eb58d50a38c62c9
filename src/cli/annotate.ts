/**
 * `jixiao annotate IN.xlsx -o OUT.xlsx`: a copy of the workbook with every finding's cells filled by
 * severity and explained in a cell note. The input file is only ever read. The copy is the input's package
 * patched (patch-xlsx.ts): every part other than the styles, the flagged cells of the checked sheets and the
 * notes is byte-identical — charts, images, sparklines, extLst validations, custom properties, VBA, all
 * kept. An existing OUT is replaced only with --force, and always through a temporary file (files.ts).
 */
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import { formatFinding, type Finding, type Locale, type Severity } from "../domain";
import { inertText } from "../domain/model/display";
import { boolOpt, stringOpt, type OptionSpec, type ParsedArgs } from "./args";
import { checkWorkbook, loadConfig, type FileReport, type FrameworkOption } from "./check";
import { CliError, describe, cliText } from "./errors";
import { checkOutput, writeFileAtomic } from "./files";
import { severityWord, summaryLine } from "./formatters/text";
import { cliSays } from "./messages";
import { EXIT, type CliIO } from "./io";
import { COMMON_OPTIONS, maxCellsOpt } from "./lint";
import { annotatePackage, SEVERITY_FILL, type SheetMarks } from "./patch-xlsx";
import { loadWorkbook, type SheetRef } from "./read-xlsx";

export { SEVERITY_FILL };

export const ANNOTATE_OPTIONS: OptionSpec[] = [
  ...COMMON_OPTIONS,
  { name: "output", short: "o", type: "string" },
  { name: "force", type: "boolean" },
];

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** A finding with a huge range (a whole table) fills at most this many cells. */
const MAX_FILL_CELLS = 5000;

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

/** Our note text for the findings anchored on one cell (messages quote at most MESSAGE_TEXT_MAX characters of a cell). */
export function noteText(findings: readonly Finding[], locale: Locale): string {
  const line = (f: Finding) =>
    cliSays(
      "noteLine",
      { severity: severityWord(f.severity, locale), message: formatFinding(f, locale), rule: f.ruleId },
      locale,
    );
  return [cliSays("noteHeading", {}, locale), ...findings.map(line)].join("\n");
}

/** One sheet's findings → the cells to fill (worst severity wins) and the notes (one per finding's top-left cell). */
export function sheetMarks(ref: SheetRef, findings: readonly Finding[], locale: Locale): SheetMarks {
  const fills: SheetMarks["fills"] = new Map();
  const anchored = new Map<string, { row: number; col: number; findings: Finding[] }>();
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
    const n = anchored.get(key);
    if (n) n.findings.push(f);
    else anchored.set(key, { row: r1, col: c1, findings: [f] });
  }
  const notes: SheetMarks["notes"] = new Map();
  for (const [key, a] of anchored) notes.set(key, { row: a.row, col: a.col, text: noteText(a.findings, locale) });
  return { ref, fills, notes };
}

export async function annotateCommand(p: ParsedArgs, io: CliIO): Promise<number> {
  if (p.positionals.length === 0) throw new CliError(cliText("noFiles"));
  if (p.positionals.length > 1) throw new CliError(cliText("annotateOneFile"));
  const input = p.positionals[0];
  const output = stringOpt(p, "output");
  if (output === undefined) throw new CliError(cliText("annotateNeedsOutput"));
  if (!/\.xlsx$/i.test(output)) throw new CliError(cliText("outputNotXlsx", { file: output }));
  if (await sameFile(input, output)) throw new CliError(cliText("annotateSamePath", { file: input }));
  const force = boolOpt(p, "force");
  const maxCells = maxCellsOpt(p);
  const locale = (stringOpt(p, "lang") ?? "zh-CN") as Locale;
  const config = await loadConfig(
    stringOpt(p, "config"),
    stringOpt(p, "framework") as FrameworkOption | undefined,
    locale,
  );
  await checkOutput(output, force);

  const wb = await loadWorkbook(input, { maxCells });
  const report: FileReport = await checkWorkbook(wb, input, stringOpt(p, "sheet"), config);
  const marks = report.sheets.map((s) => sheetMarks(s.ref, s.result.findings, locale));
  let chunks: Buffer[];
  try {
    chunks = await annotatePackage(wb, marks);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(cliText("cannotAnnotate", { file: input, detail: describe(e) }));
  }
  await writeFileAtomic(output, chunks, force);
  const cells = marks.reduce((n, m) => n + m.fills.size, 0);
  io.stdout.write(`${summaryLine(report.summary, locale)}\n`);
  io.stdout.write(
    locale === "en-US"
      ? `Marked ${cells} cell${cells === 1 ? "" : "s"}; wrote ${inertText(output)}\n`
      : `已标注 ${cells} 个单元格，写入 ${inertText(output)}\n`,
  );
  return report.summary.errors > 0 ? EXIT.findings : EXIT.ok;
}
