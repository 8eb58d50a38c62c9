/**
 * Every message the command prints about bad input: one line, Chinese first, then English.
 * No stack traces ever reach the user; `CliError` carries the text and the exit code.
 */
import { clipText, inertText } from "../domain/model/display";
import { groupDigits, tooManyCellsMessage } from "../domain/model/limits";

export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * One line: `中文。 / English.` Control characters and bidi overrides from file names or cell text are
 * written as visible escapes, so the message stays one inert line whatever it quotes.
 */
export function bilingual(m: Bilingual): string {
  return inertText(`${m.zh} / ${m.en}`);
}

/** An expected failure: a readable message (one line) and an exit code (2 = unreadable input or wrong arguments). */
export class CliError extends Error {
  readonly code: number;
  readonly zh: string;
  readonly en: string;
  /** Extra text after the message, on the same line. */
  readonly detail?: string;
  constructor(m: Bilingual, code = 2, detail?: string) {
    super(bilingual(m) + (detail ? ` ${inertText(detail)}` : ""));
    this.name = "CliError";
    this.zh = m.zh;
    this.en = m.en;
    this.code = code;
    this.detail = detail;
  }
}

/** Why a workbook could not be read. */
export type ReadFailure =
  | "missing"
  | "not-a-file"
  | "empty"
  | "encrypted"
  | "corrupt"
  | "not-xlsx"
  | "unreadable"
  | "no-sheets";

export function readFailure(kind: ReadFailure, file: string, detail?: string): Bilingual {
  switch (kind) {
    case "missing":
      return { zh: `找不到文件：${file}`, en: `File not found: ${file}` };
    case "not-a-file":
      return { zh: `不是文件：${file}`, en: `Not a file: ${file}` };
    case "empty":
      return { zh: `文件是空的（0 字节）：${file}`, en: `The file is empty (0 bytes): ${file}` };
    case "encrypted":
      return {
        zh: `无法读取 ${file}：文件已加密或是旧版 .xls 格式，请在 Excel 中取消密码或另存为 .xlsx`,
        en: `Cannot read ${file}: the file is encrypted or an old .xls; remove the password or save it as .xlsx in Excel`,
      };
    case "corrupt":
      return {
        zh: `无法读取 ${file}：文件已损坏，不是有效的 .xlsx 工作簿`,
        en: `Cannot read ${file}: the file is corrupt, not a valid .xlsx workbook`,
      };
    case "not-xlsx":
      return {
        zh: `无法读取 ${file}：不是 .xlsx 工作簿`,
        en: `Cannot read ${file}: not an .xlsx workbook`,
      };
    case "no-sheets":
      return { zh: `工作簿中没有工作表：${file}`, en: `The workbook has no worksheets: ${file}` };
    case "unreadable":
    default:
      return {
        zh: `无法读取 ${file}${detail ? `（${detail}）` : ""}`,
        en: `Cannot read ${file}${detail ? ` (${detail})` : ""}`,
      };
  }
}

export const messages = {
  unknownCommand: (cmd: string): Bilingual => ({
    zh: `未知命令“${cmd}”，请运行 jixiao --help 查看用法`,
    en: `Unknown command "${cmd}"; run jixiao --help for usage`,
  }),
  unknownFlag: (flag: string): Bilingual => ({
    zh: `未知选项 ${flag}，请运行 jixiao --help 查看用法`,
    en: `Unknown option ${flag}; run jixiao --help for usage`,
  }),
  missingValue: (flag: string): Bilingual => ({
    zh: `选项 ${flag} 需要一个值`,
    en: `Option ${flag} needs a value`,
  }),
  badValue: (flag: string, value: string, allowed: readonly string[]): Bilingual => ({
    zh: `选项 ${flag} 的值“${value}”无效，可选：${allowed.join("、")}`,
    en: `Invalid value "${value}" for ${flag}; expected one of: ${allowed.join(", ")}`,
  }),
  badNumber: (flag: string, value: string): Bilingual => ({
    zh: `选项 ${flag} 的值“${clipText(value, 40)}”无效，应为正整数`,
    en: `Invalid value "${clipText(value, 40)}" for ${flag}; expected a positive whole number`,
  }),
  noValueExpected: (flag: string): Bilingual => ({
    zh: `选项 ${flag} 不接受值`,
    en: `Option ${flag} takes no value`,
  }),
  repeated: (flag: string): Bilingual => ({
    zh: `选项 ${flag} 只能给一次`,
    en: `Option ${flag} may be given only once`,
  }),
  noFiles: (): Bilingual => ({
    zh: "请指定要检查的 .xlsx 文件或文件夹",
    en: "Name the .xlsx files or folders to check",
  }),
  noXlsxInFolder: (dir: string): Bilingual => ({
    zh: `文件夹中没有 .xlsx 文件：${dir}`,
    en: `No .xlsx files in folder: ${dir}`,
  }),
  sheetNotFound: (sheet: string, file: string, names: readonly string[]): Bilingual => ({
    zh: `${file} 中没有名为“${sheet}”的工作表（现有：${names.join("、") || "无"}）`,
    en: `No sheet named "${sheet}" in ${file} (sheets: ${names.join(", ") || "none"})`,
  }),
  annotateOneFile: (): Bilingual => ({
    zh: "annotate 只接受一个输入文件",
    en: "The annotate command takes exactly one input file",
  }),
  annotateNeedsOutput: (): Bilingual => ({
    zh: "annotate 需要用 -o 指定输出文件",
    en: "The annotate command needs an output file: -o OUT.xlsx",
  }),
  annotateSamePath: (file: string): Bilingual => ({
    zh: `输出文件不能与输入文件相同（${file}），原文件不会被修改`,
    en: `The output must differ from the input (${file}); the input is never modified`,
  }),
  annotateOutputNotXlsx: (file: string): Bilingual => ({
    zh: `输出文件应以 .xlsx 结尾：${file}`,
    en: `The output file should end in .xlsx: ${file}`,
  }),
  outputExists: (file: string): Bilingual => ({
    zh: `输出文件已存在：${file}，不会覆盖；如确需覆盖请加 --force`,
    en: `The output file already exists: ${file}; it is left alone (add --force to overwrite it)`,
  }),
  outputIsDirectory: (file: string): Bilingual => ({
    zh: `输出路径是一个文件夹：${file}`,
    en: `The output path is a folder: ${file}`,
  }),
  cannotWrite: (file: string, detail: string): Bilingual => ({
    zh: `无法写入 ${file}（${detail}）`,
    en: `Cannot write ${file} (${detail})`,
  }),
  cannotAnnotate: (file: string, detail: string): Bilingual => ({
    zh: `无法标注 ${file}：工作簿的结构不完整（${detail}），未写入任何文件`,
    en: `Cannot annotate ${file}: the workbook's structure is incomplete (${detail}); nothing was written`,
  }),
  configMissing: (file: string): Bilingual => ({
    zh: `找不到配置文件：${file}`,
    en: `Config file not found: ${file}`,
  }),
  cannotRead: (file: string, detail: string): Bilingual => ({
    zh: `无法读取 ${file}（${detail}）`,
    en: `Cannot read ${file} (${detail})`,
  }),
  configNotJson: (file: string, detail: string): Bilingual => ({
    zh: `配置文件不是有效的 JSON：${file}（${detail}）`,
    en: `The config file is not valid JSON: ${file} (${detail})`,
  }),
  configInvalid: (file: string, what: Bilingual): Bilingual => ({
    zh: `配置文件有误：${file}：${what.zh}`,
    en: `Invalid config file: ${file}: ${what.en}`,
  }),
  internal: (detail: string): Bilingual => ({
    zh: `jixiao 内部错误：${detail}`,
    en: `jixiao internal error: ${detail}`,
  }),
};

const MAX_CELLS_HINT = { zh: "（可用 --max-cells 提高上限）", en: " (raise it with --max-cells)" };

/** "1.2 GB" */
export function byteSize(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${groupDigits(n)} B`;
}

/** The package limits of read-xlsx.ts, refused in one line before anything large is read. */
export const limitMessages = {
  tooManyCells: (file: string, sheet: string, cells: number, max: number, counted = false): Bilingual =>
    tooManyCellsMessage(cells, max, { zh: `${file} 的工作表“${clipText(sheet, 40)}”`, en: `Sheet "${clipText(sheet, 40)}" in ${file}` }, counted, MAX_CELLS_HINT),
  tooManyBytes: (file: string, bytes: number, max: number): Bilingual => ({
    zh: `${file} 太大，未检查：解压后 ${byteSize(bytes)}，超过上限 ${byteSize(max)}${MAX_CELLS_HINT.zh}`,
    en: `Not checked: ${file} is ${byteSize(bytes)} uncompressed, over the limit of ${byteSize(max)}${MAX_CELLS_HINT.en}`,
  }),
  partTooLarge: (file: string, part: string, bytes: number, max: number): Bilingual => ({
    zh: `${file} 太大，未检查：${clipText(part, 60)} 解压后 ${byteSize(bytes)}，超过上限 ${byteSize(max)}`,
    en: `Not checked: ${clipText(part, 60)} in ${file} is ${byteSize(bytes)} uncompressed, over the limit of ${byteSize(max)}`,
  }),
  zipBomb: (file: string, part: string, ratio: number, max: number): Bilingual => ({
    zh: `${file} 未检查：${clipText(part, 60)} 的压缩比为 ${Math.round(ratio)}:1，正常工作簿不超过 ${max}:1，疑似压缩炸弹`,
    en: `Not checked: ${clipText(part, 60)} in ${file} is compressed ${Math.round(ratio)}:1, beyond the ${max}:1 of any real workbook (a zip bomb?)`,
  }),
};

/** A short, single-line description of an unexpected error (never a stack). */
export function describe(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split("\n")[0].slice(0, 200);
}
