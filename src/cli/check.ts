/**
 * What `lint` and `annotate` share: the config file, the list of input files, and running the
 * engine over the sheets of one workbook.
 */
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import * as z from "zod";
import {
  lintSheet,
  parseConfig,
  summarize,
  type Config,
  type Finding,
  type LintResult,
  type Locale,
  type Summary,
} from "../domain";
import { splitIgnored, type IgnoreStore } from "../domain/ignores";
import { configProblem } from "./config-errors";
import { CliError, describe, cliText } from "./errors";
import { pickSheets, type SheetRef, type XlsxWorkbook } from "./read-xlsx";

export type FrameworkOption = "auto" | "2020" | "2021";

export interface SheetReport {
  name: string;
  /** The worksheet's part in the package. */
  ref: SheetRef;
  /** The findings left once those ignored in the workbook (忽略此条) are taken out. */
  result: LintResult;
  /** How many findings the workbook's ignores took out. */
  ignored?: number;
}

export interface FileReport {
  file: string;
  sheets: SheetReport[];
  summary: Summary;
}

/**
 * Reads `--config` (JSON) and applies `--framework` on top. A bad file → `CliError`: one line in both
 * languages saying what is wrong where (config-errors.ts); `null`, unknown settings and unknown rule ids included.
 */
export async function loadConfig(
  configPath: string | undefined,
  framework: FrameworkOption | undefined,
  locale: Locale = "zh-CN",
): Promise<Config> {
  z.config(locale === "zh-CN" ? z.locales.zhCN() : z.locales.en());
  let raw: unknown = {};
  if (configPath !== undefined) {
    let text: string;
    try {
      text = await fsp.readFile(configPath, "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") throw new CliError(cliText("configMissing", { file: configPath }));
      throw new CliError(cliText("cannotRead", { file: configPath, detail: code ?? describe(e) }));
    }
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (e) {
      throw new CliError(cliText("configNotJson", { file: configPath, detail: describe(e) }));
    }
  }
  if (framework !== undefined) {
    raw = raw !== null && typeof raw === "object" && !Array.isArray(raw) ? { ...raw, framework } : raw;
  }
  const problem = configProblem(raw);
  if (problem) throw new CliError(cliText("configInvalid", { file: configPath ?? "--framework", what: problem }));
  const parsed = parseConfig(raw);
  if (!parsed.ok)
    throw new CliError(
      cliText("configInvalid", { file: configPath ?? "--framework", what: cliText("configInvalidValue") }),
    );
  return parsed.config;
}

export type InputEntry = { file: string } | { file: string; error: CliError };

/**
 * Expands the command's file arguments: folders are searched recursively for `*.xlsx`
 * (lock files `~$…` and hidden entries skipped), files are taken as given, order kept, duplicates dropped
 * (also two paths to one file). Symbolic links are followed, each folder entered once (a link loop ends
 * there); a link to nothing is listed, so it is reported rather than skipped. A missing path or a folder
 * without workbooks becomes an entry with an error, so the rest still run.
 */
export async function expandInputs(args: readonly string[]): Promise<InputEntry[]> {
  const out: InputEntry[] = [];
  const seen = new Set<string>();
  const add = async (e: InputEntry) => {
    const key = await fsp.realpath(e.file).catch(() => path.resolve(e.file));
    if (seen.has(key)) return;
    seen.add(key);
    out.push(e);
  };
  const dirs = new Set<string>();
  for (const arg of args) {
    let st;
    try {
      st = await fsp.stat(arg);
    } catch {
      await add({ file: arg }); // reported as missing when read
      continue;
    }
    if (!st.isDirectory()) {
      await add({ file: arg });
      continue;
    }
    const found = await walk(arg, dirs);
    if (found.length === 0) await add({ file: arg, error: new CliError(cliText("noXlsxInFolder", { dir: arg })) });
    for (const f of found) await add({ file: f });
  }
  return out;
}

/** Workbooks under `dir`, sorted by name; `dirs` holds the real paths of folders already entered. */
async function walk(dir: string, dirs: Set<string>): Promise<string[]> {
  const found: string[] = [];
  let real: string;
  let entries;
  try {
    real = await fsp.realpath(dir);
    if (dirs.has(real)) return found;
    dirs.add(real);
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name.startsWith("~$") || e.name === "node_modules") continue;
    const p = path.join(dir, e.name);
    const xlsx = /\.xlsx$/i.test(e.name);
    if (e.isSymbolicLink()) {
      const st = await fsp.stat(p).catch(() => null);
      if (st?.isDirectory()) found.push(...(await walk(p, dirs)));
      else if (xlsx && (st === null || st.isFile())) found.push(p); // a dangling link is reported as missing
    } else if (e.isDirectory()) found.push(...(await walk(p, dirs)));
    else if (e.isFile() && xlsx) found.push(p);
  }
  return found;
}

/**
 * Runs the engine on the chosen sheets of an open workbook: the package limits first (nothing large read
 * yet), then one sheet at a time, read, checked and let go. Findings ignored in the workbook are left out when
 * `ignores` is given (忽略此条, see ./ignores.ts).
 */
export async function checkWorkbook(
  wb: XlsxWorkbook,
  file: string,
  sheet: string | undefined,
  config: Config,
  ignores?: IgnoreStore,
): Promise<FileReport> {
  const refs = pickSheets(wb, sheet, file);
  await wb.checkLimits(refs);
  const sheets: SheetReport[] = [];
  const all: Finding[] = [];
  for (const ref of refs) {
    const input = await wb.readSheet(ref);
    let result = lintSheet(input, config);
    let ignored = 0;
    if (ignores && ignores.items.some((e) => e.sheet === ref.name)) {
      const split = splitIgnored(result, input, ignores);
      ignored = split.ignored.length;
      result = { ...result, findings: split.shown };
    }
    sheets.push(ignored > 0 ? { name: ref.name, ref, result, ignored } : { name: ref.name, ref, result });
    for (const f of result.findings) all.push(f);
  }
  return { file, sheets, summary: summarize(all) };
}

export function addSummaries(a: Summary, b: Summary): Summary {
  return { errors: a.errors + b.errors, warnings: a.warnings + b.warnings, infos: a.infos + b.infos };
}
