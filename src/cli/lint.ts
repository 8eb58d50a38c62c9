/** `jixiao lint FILE… [--sheet] [--format] [--framework] [--config] [--lang] [--progress]` */
import type { Locale, Summary } from "../domain";
import { DEFAULT_MAX_CELLS } from "../domain/model/limits";
import { clipText, inertText } from "../domain/model/display";
import { boolOpt, stringOpt, type OptionSpec, type ParsedArgs } from "./args";
import { addSummaries, checkWorkbook, expandInputs, loadConfig, type FrameworkOption } from "./check";
import { bilingual, CliError, describe, cliText, readFailure } from "./errors";
import { formatJsonError, formatJsonReport } from "./formatters/json";
import { formatTextReport, summaryLine } from "./formatters/text";
import { EXIT, type CliIO } from "./io";
import { loadWorkbook } from "./read-xlsx";
import { ignoresFromWorkbook } from "./ignores";

export const LOCALES = ["zh-CN", "en-US"] as const;
export const FRAMEWORKS = ["auto", "2020", "2021"] as const;

/** Options every checking command understands. */
export const COMMON_OPTIONS: OptionSpec[] = [
  { name: "sheet", type: "string" },
  { name: "max-cells", type: "string" },
  { name: "framework", type: "string", choices: FRAMEWORKS },
  { name: "config", type: "string" },
  { name: "lang", type: "string", choices: LOCALES },
  { name: "help", short: "h", type: "boolean" },
];

export const LINT_OPTIONS: OptionSpec[] = [
  ...COMMON_OPTIONS,
  { name: "format", type: "string", choices: ["text", "json"] },
  { name: "progress", type: "boolean" },
  // findings ignored in the workbook (忽略此条 in the pane) are left out unless this is given
  { name: "no-ignores", type: "boolean" },
];

/** `--max-cells N` (a positive whole number, "20000000" or "20,000,000"), else the default. */
export function maxCellsOpt(p: ParsedArgs): number {
  const raw = stringOpt(p, "max-cells");
  if (raw === undefined) return DEFAULT_MAX_CELLS;
  const n = Number(raw.replace(/[,_]/g, ""));
  if (!Number.isSafeInteger(n) || n < 1)
    throw new CliError(cliText("badNumber", { flag: "--max-cells", value: clipText(raw, 40) }));
  return n;
}

/** Progress lines appear from this many files on. */
export const PROGRESS_MIN_FILES = 5;

export async function lintCommand(p: ParsedArgs, io: CliIO): Promise<number> {
  if (p.positionals.length === 0) throw new CliError(cliText("noFiles"));
  const locale = (stringOpt(p, "lang") ?? "zh-CN") as Locale;
  const json = stringOpt(p, "format") === "json";
  const sheet = stringOpt(p, "sheet");
  const maxCells = maxCellsOpt(p);
  const config = await loadConfig(
    stringOpt(p, "config"),
    stringOpt(p, "framework") as FrameworkOption | undefined,
    locale,
  );

  const entries = await expandInputs(p.positionals);
  const many = entries.length > 1;
  const showProgress = entries.length >= PROGRESS_MIN_FILES && (io.isTTY || boolOpt(p, "progress"));
  let total: Summary = { errors: 0, warnings: 0, infos: 0 };
  let failed = false;
  let printedBlock = false;
  let checked = 0;
  let ignored = 0;
  const honourIgnores = !boolOpt(p, "no-ignores");

  const fail = (file: string, e: unknown) => {
    failed = true;
    const err = e instanceof CliError ? e : new CliError(readFailure("unreadable", file, describe(e)));
    io.stderr.write(`${err.message}\n`);
    if (json) io.stdout.write(`${formatJsonError(file, bilingual(err))}\n`);
  };

  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (showProgress) io.stderr.write(`[${i + 1}/${entries.length}] ${inertText(entry.file)}\n`);
    if ("error" in entry) {
      fail(entry.file, entry.error);
      continue;
    }
    let report;
    try {
      const wb = await loadWorkbook(entry.file, { maxCells });
      report = await checkWorkbook(wb, entry.file, sheet, config, honourIgnores ? ignoresFromWorkbook(wb) : undefined);
    } catch (e) {
      fail(entry.file, e);
      continue;
    }
    checked++;
    total = addSummaries(total, report.summary);
    for (const s of report.sheets) ignored += s.ignored ?? 0;
    if (json) {
      io.stdout.write(`${formatJsonReport(report, locale)}\n`);
      continue;
    }
    const lines = formatTextReport(report, locale);
    if (lines.length === 0) continue;
    if (many) {
      if (printedBlock) lines.unshift("");
      lines.unshift(inertText(entry.file));
    }
    printedBlock = true;
    io.stdout.write(`${lines.join("\n")}\n`);
  }

  // When nothing could be read, the error line(s) on stderr are the whole story.
  if (!json && checked > 0) {
    if (printedBlock) io.stdout.write("\n");
    if (ignored > 0) io.stdout.write(`${ignoredLine(ignored, locale)}\n`);
    io.stdout.write(`${summaryLine(total, locale, many ? entries.length : undefined)}\n`);
  }
  if (failed) return EXIT.failure;
  return total.errors > 0 ? EXIT.findings : EXIT.ok;
}

/** Said before the summary when the workbook's ignores left findings out. */
export function ignoredLine(n: number, locale: Locale): string {
  return locale === "en-US"
    ? `${n} finding(s) marked ignored in the workbook are not shown (--no-ignores shows them).`
    : `另有 ${n} 条已在工作簿中忽略，未列出（--no-ignores 显示全部）。`;
}
