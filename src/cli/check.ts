/**
 * What `lint` and `annotate` share: the config file, the list of input files, and running the
 * engine over the sheets of one workbook.
 */
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import * as z from "zod";
import { lintSheet, parseConfig, summarize, type Config, type Finding, type LintResult, type Locale, type Summary } from "../domain";
import { CliError, describe, messages } from "./errors";
import { pickSheets, type SheetRef, type XlsxWorkbook } from "./read-xlsx";

export type FrameworkOption = "auto" | "2020" | "2021";

export interface SheetReport {
  name: string;
  /** The worksheet's part in the package. */
  ref: SheetRef;
  result: LintResult;
}

export interface FileReport {
  file: string;
  sheets: SheetReport[];
  summary: Summary;
}

/**
 * Reads `--config` (JSON) and applies `--framework` on top. Bad file → `CliError` with zod's prettified
 * text, in the output language (zod's locale is global; the command sets it here, once per run).
 */
export async function loadConfig(configPath: string | undefined, framework: FrameworkOption | undefined, locale: Locale = "zh-CN"): Promise<Config> {
  z.config(locale === "zh-CN" ? z.locales.zhCN() : z.locales.en());
  let raw: unknown = {};
  if (configPath !== undefined) {
    let text: string;
    try {
      text = await fsp.readFile(configPath, "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") throw new CliError(messages.configMissing(configPath));
      throw new CliError(messages.cannotRead(configPath, code ?? describe(e)));
    }
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (e) {
      throw new CliError(messages.configNotJson(configPath, describe(e)));
    }
  }
  if (framework !== undefined) {
    raw = raw !== null && typeof raw === "object" && !Array.isArray(raw) ? { ...raw, framework } : raw;
  }
  const parsed = parseConfig(raw);
  if (!parsed.ok) throw new CliError(messages.configInvalid(configPath ?? "--framework"), 2, parsed.error);
  return parsed.config;
}

export type InputEntry = { file: string } | { file: string; error: CliError };

/**
 * Expands the command's file arguments: folders are searched recursively for `*.xlsx`
 * (lock files `~$…` and hidden entries skipped), files are taken as given, order kept, duplicates dropped.
 * A missing path or a folder without workbooks becomes an entry with an error, so the rest still run.
 */
export async function expandInputs(args: readonly string[]): Promise<InputEntry[]> {
  const out: InputEntry[] = [];
  const seen = new Set<string>();
  const add = (e: InputEntry) => {
    const key = path.resolve(e.file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(e);
  };
  for (const arg of args) {
    let st;
    try {
      st = await fsp.stat(arg);
    } catch {
      add({ file: arg }); // reported as missing when read
      continue;
    }
    if (!st.isDirectory()) {
      add({ file: arg });
      continue;
    }
    const found = await walk(arg);
    if (found.length === 0) add({ file: arg, error: new CliError(messages.noXlsxInFolder(arg)) });
    for (const f of found) add({ file: f });
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const found: string[] = [];
  let entries;
  try {
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name.startsWith("~$") || e.name === "node_modules") continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) found.push(...(await walk(p)));
    else if (e.isFile() && /\.xlsx$/i.test(e.name)) found.push(p);
  }
  return found;
}

/**
 * Runs the engine on the chosen sheets of an open workbook: the package limits first (nothing large read
 * yet), then one sheet at a time, read, checked and let go.
 */
export async function checkWorkbook(wb: XlsxWorkbook, file: string, sheet: string | undefined, config: Config): Promise<FileReport> {
  const refs = pickSheets(wb, sheet, file);
  await wb.checkLimits(refs);
  const sheets: SheetReport[] = [];
  const all: Finding[] = [];
  for (const ref of refs) {
    const result = lintSheet(await wb.readSheet(ref), config);
    sheets.push({ name: ref.name, ref, result });
    for (const f of result.findings) all.push(f);
  }
  return { file, sheets, summary: summarize(all) };
}

export function addSummaries(a: Summary, b: Summary): Summary {
  return { errors: a.errors + b.errors, warnings: a.warnings + b.warnings, infos: a.infos + b.infos };
}
