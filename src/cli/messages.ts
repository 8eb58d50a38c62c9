/**
 * The command's messages: every refusal it prints about bad input, in both languages, with `{name}` placeholders
 * (the one message system, src/domain/i18n/messages.ts). Printed as one line, Chinese first, then English
 * (`bilingual` in ./errors.ts). To add one: a new id here, then `new CliError(cliText("id", { … }))`.
 * tests/i18n/catalogues.test.ts checks that both languages have the same placeholders.
 */
import {
  defineMessages,
  format,
  formatBoth,
  type Bilingual,
  type Locale,
  type MessageData,
} from "../domain/i18n/messages";

export const cliMessages = defineMessages({
  // arguments
  unknownCommand: {
    zh: "未知命令“{command}”，请运行 jixiao --help 查看用法",
    en: 'Unknown command "{command}"; run jixiao --help for usage',
  },
  unknownFlag: {
    zh: "未知选项 {flag}，请运行 jixiao --help 查看用法",
    en: "Unknown option {flag}; run jixiao --help for usage",
  },
  missingValue: { zh: "选项 {flag} 需要一个值", en: "Option {flag} needs a value" },
  /** `allowed`: a `list(...)`. */
  badValue: {
    zh: "选项 {flag} 的值“{value}”无效，可选：{allowed}",
    en: 'Invalid value "{value}" for {flag}; expected one of: {allowed}',
  },
  badNumber: {
    zh: "选项 {flag} 的值“{value}”无效，应为正整数",
    en: 'Invalid value "{value}" for {flag}; expected a positive whole number',
  },
  noValueExpected: { zh: "选项 {flag} 不接受值", en: "Option {flag} takes no value" },
  repeated: { zh: "选项 {flag} 只能给一次", en: "Option {flag} may be given only once" },
  noFiles: { zh: "请指定要检查的 .xlsx 文件或文件夹", en: "Name the .xlsx files or folders to check" },
  noXlsxInFolder: { zh: "文件夹中没有 .xlsx 文件：{dir}", en: "No .xlsx files in folder: {dir}" },
  /** `sheets`: a `list(names, { zh: "无", en: "none" })`. */
  sheetNotFound: {
    zh: "{file} 中没有名为“{sheet}”的工作表（现有：{sheets}）",
    en: 'No sheet named "{sheet}" in {file} (sheets: {sheets})',
  },
  annotateOneFile: { zh: "annotate 只接受一个输入文件", en: "The annotate command takes exactly one input file" },
  annotateNeedsOutput: {
    zh: "annotate 需要用 -o 指定输出文件",
    en: "The annotate command needs an output file: -o OUT.xlsx",
  },
  annotateSamePath: {
    zh: "输出文件不能与输入文件相同（{file}），原文件不会被修改",
    en: "The output must differ from the input ({file}); the input is never modified",
  },
  outputNotXlsx: { zh: "输出文件应以 .xlsx 结尾：{file}", en: "The output file should end in .xlsx: {file}" },
  // jixiao new / jixiao templates (`available`: template ids joined with ", ")
  newNeedTemplate: {
    zh: "请用 --template 指定模板（可用：{available}；jixiao templates 查看说明）",
    en: "Name a template with --template (available: {available}; see jixiao templates)",
  },
  newUnknownTemplate: {
    zh: "没有名为“{id}”的模板（可用：{available}）",
    en: 'No template named "{id}" (available: {available})',
  },
  newNotASet: {
    zh: "“{id}”不是指标组，--indicators 只接受指标组（可用：{available}）",
    en: 'Not an indicator set: "{id}"; --indicators takes indicator sets only (available: {available})',
  },
  newNeedOutput: { zh: "new 需要用 -o 指定输出文件", en: "The new command needs an output file: -o OUT.xlsx" },
  newNoArguments: {
    zh: "new 不接受文件参数（收到“{arg}”），输出文件请用 -o 指定",
    en: 'The new command takes no file arguments (got "{arg}"); name the output with -o',
  },
  newBadSheet: {
    zh: "工作表名称“{name}”无效：应为 1–31 个字符，且不含 \\/?*[]: 这些字符",
    en: 'Invalid sheet name "{name}": 1 to 31 characters, none of \\/?*[]:',
  },
  templatesNoArguments: {
    zh: "templates 不接受文件参数（收到“{arg}”）",
    en: 'The templates command takes no file arguments (got "{arg}")',
  },
  // output files
  outputExists: {
    zh: "输出文件已存在：{file}，不会覆盖；如确需覆盖请加 --force",
    en: "The output file already exists: {file}; it is left alone (add --force to overwrite it)",
  },
  outputIsDirectory: { zh: "输出路径是一个文件夹：{file}", en: "The output path is a folder: {file}" },
  cannotWrite: { zh: "无法写入 {file}（{detail}）", en: "Cannot write {file} ({detail})" },
  cannotAnnotate: {
    zh: "无法标注 {file}：工作簿的结构不完整（{detail}），未写入任何文件",
    en: "Cannot annotate {file}: the workbook's structure is incomplete ({detail}); nothing was written",
  },
  // the config file (`what`: a Bilingual from config-errors.ts)
  configMissing: { zh: "找不到配置文件：{file}", en: "Config file not found: {file}" },
  cannotRead: { zh: "无法读取 {file}（{detail}）", en: "Cannot read {file} ({detail})" },
  configNotJson: {
    zh: "配置文件不是有效的 JSON：{file}（{detail}）",
    en: "The config file is not valid JSON: {file} ({detail})",
  },
  configInvalid: { zh: "配置文件有误：{file}：{what}", en: "Invalid config file: {file}: {what}" },
  // what is wrong in it (config-errors.ts); `value`: the value as JSON, clipped
  configInvalidValue: { zh: "值无效", en: "invalid value" },
  configNotObject: {
    zh: '应为 JSON 对象，如 {"rules": {"JX303": "off"}}，实际是{got}',
    en: 'expected a JSON object such as {"rules": {"JX303": "off"}}, got {got}',
  },
  configAt: { zh: "{where}：{problem}", en: "{where}: {problem}" },
  configNotFinite: {
    zh: "应为有限的数字（这个数超出范围）",
    en: "expected a finite number (this one is out of range)",
  },
  /** `expected`, `got`: type words (`configTypeWords`). */
  configWrongType: { zh: "应为{expected}，实际是{got}", en: "expected {expected}, got {got}" },
  configWrongTypeValue: { zh: "应为{expected}，实际是{got} {value}", en: "expected {expected}, got {got} {value}" },
  configTooSmallNumber: { zh: "应不小于 {bound}（实际是 {value}）", en: "must be at least {bound} (got {value})" },
  configTooBigNumber: { zh: "应不大于 {bound}（实际是 {value}）", en: "must be at most {bound} (got {value})" },
  configTooFewChars: { zh: "至少 {bound} 个字符", en: "at least {bound} characters" },
  configTooManyChars: { zh: "至多 {bound} 个字符", en: "at most {bound} characters" },
  configTooFewItems: { zh: "至少 {bound} 项", en: "at least {bound} items" },
  configTooManyItems: { zh: "至多 {bound} 项", en: "at most {bound} items" },
  configNotOneOf: { zh: "应为 {values} 之一（实际是 {value}）", en: "expected one of {values} (got {value})" },
  /** `keys`: a `list` of `configKey` / `configKeyNear`. */
  configUnknownKeys: { zh: "未知的设置项{keys}", en: "unknown setting {keys}" },
  configKey: { zh: "“{key}”", en: '"{key}"' },
  configKeyNear: { zh: "“{key}”（是否想写“{near}”？）", en: '"{key}" (did you mean "{near}"?)' },
  configBadFormat: { zh: "格式不对（{value}）", en: "invalid format ({value})" },
  configBadKey: { zh: "键的格式不对，应为数字编码", en: "invalid key: expected a numeric code" },
  configUnknownRule: {
    zh: "rules：“{key}”不是规则编号或 id，是否想写“{code}”（{id}）？",
    en: 'rules: "{key}" is not a rule code or id; did you mean "{code}" ({id})?',
  },
  /** `problems`: the first three, a `list` joined with ；/ ; */
  configProblemsMore: { zh: "{problems}；另有 {more} 处", en: "{problems}; and {more} more" },
  internal: { zh: "jixiao 内部错误：{detail}", en: "jixiao internal error: {detail}" },
  // workbooks that cannot be read (`readFailure` in ./errors.ts)
  readMissing: { zh: "找不到文件：{file}", en: "File not found: {file}" },
  readNotAFile: { zh: "不是文件：{file}", en: "Not a file: {file}" },
  readEmpty: { zh: "文件是空的（0 字节）：{file}", en: "The file is empty (0 bytes): {file}" },
  readEncrypted: {
    zh: "无法读取 {file}：文件已加密或是旧版 .xls 格式，请在 Excel 中取消密码或另存为 .xlsx",
    en: "Cannot read {file}: the file is encrypted or an old .xls; remove the password or save it as .xlsx in Excel",
  },
  readCorrupt: {
    zh: "无法读取 {file}：文件已损坏，不是有效的 .xlsx 工作簿",
    en: "Cannot read {file}: the file is corrupt, not a valid .xlsx workbook",
  },
  readNotXlsx: { zh: "无法读取 {file}：不是 .xlsx 工作簿", en: "Cannot read {file}: not an .xlsx workbook" },
  readNoSheets: { zh: "工作簿中没有工作表：{file}", en: "The workbook has no worksheets: {file}" },
  readUnreadable: { zh: "无法读取 {file}", en: "Cannot read {file}" },
  readUnreadableDetail: { zh: "无法读取 {file}（{detail}）", en: "Cannot read {file} ({detail})" },
  // the package limits of read-xlsx.ts (`cells`, `max`: grouped digits; `bytes`, `max`: byteSize)
  tooManyCells: {
    zh: "{file} 的工作表“{sheet}”太大，未检查：约 {cells} 个单元格，上限 {max} 个（可用 --max-cells 提高上限）",
    en: 'Sheet "{sheet}" in {file} is too large to check: about {cells} cells, over the limit of {max} (raise it with --max-cells)',
  },
  tooManyCellsCounted: {
    zh: "{file} 的工作表“{sheet}”太大，未检查：超过 {cells} 个单元格，上限 {max} 个（可用 --max-cells 提高上限）",
    en: 'Sheet "{sheet}" in {file} is too large to check: over {cells} cells, over the limit of {max} (raise it with --max-cells)',
  },
  tooManyBytes: {
    zh: "{file} 太大，未检查：解压后 {bytes}，超过上限 {max}（可用 --max-cells 提高上限）",
    en: "Not checked: {file} is {bytes} uncompressed, over the limit of {max} (raise it with --max-cells)",
  },
  partTooLarge: {
    zh: "{file} 太大，未检查：{part} 解压后 {bytes}，超过上限 {max}",
    en: "Not checked: {part} in {file} is {bytes} uncompressed, over the limit of {max}",
  },
  zipBomb: {
    zh: "{file} 未检查：{part} 的压缩比为 {ratio}:1，正常工作簿不超过 {max}:1，疑似压缩炸弹",
    en: "Not checked: {part} in {file} is compressed {ratio}:1, beyond the {max}:1 of any real workbook (a zip bomb?)",
  },
  // report output (formatters/text.ts, annotate.ts, templates.ts). A count has two ids, …One and …Other (English plural).
  severityError: { zh: "错误", en: "error" },
  severityWarning: { zh: "警告", en: "warning" },
  severityInfo: { zh: "提示", en: "info" },
  errorsOne: { zh: "{n} 个错误", en: "{n} error" },
  errorsOther: { zh: "{n} 个错误", en: "{n} errors" },
  warningsOne: { zh: "{n} 个警告", en: "{n} warning" },
  warningsOther: { zh: "{n} 个警告", en: "{n} warnings" },
  infosOne: { zh: "{n} 个提示", en: "{n} info" },
  infosOther: { zh: "{n} 个提示", en: "{n} infos" },
  filesOne: { zh: "{n} 个文件", en: "{n} file" },
  filesOther: { zh: "{n} 个文件", en: "{n} files" },
  /** `errors`, `warnings`, `infos`, `files`: counts (`counted`). */
  summary: { zh: "{errors}，{warnings}，{infos}", en: "{errors}, {warnings}, {infos}" },
  summaryFiles: { zh: "{errors}，{warnings}，{infos}（{files}）", en: "{errors}, {warnings}, {infos} ({files})" },
  noteHeading: { zh: "绩效目标表助手：", en: "Performance-target checker:" },
  noteLine: { zh: "• {severity}：{message}（{rule}）", en: "• {severity}: {message} ({rule})" },
  templatesHeadName: { zh: "名称", en: "Name" },
  templatesHeadKind: { zh: "类别", en: "Kind" },
  templatesHeadFramework: { zh: "框架", en: "Framework" },
  templatesFooter: {
    zh: "共 {count} 个模板。用法：jixiao new --template ID -o 输出.xlsx（指标组可用 --indicators ID,ID 组合进项目表）",
    en: "{count} templates. Usage: jixiao new --template ID -o OUT.xlsx (add indicator sets to a project form with --indicators ID,ID)",
  },
});

export type CliMessageId = keyof typeof cliMessages;

/** A count as a placeholder value: `{n} error` / `{n} errors` by English plural (the ids `<base>One`, `<base>Other`). */
export function counted(n: number, base: "errors" | "warnings" | "infos" | "files"): Bilingual {
  return cliText(`${base}${n === 1 ? "One" : "Other"}`, { n });
}

/** JSON types as the config messages name them (an unknown one is shown as it is). */
export const configTypeWords = defineMessages({
  number: { zh: "数字", en: "number" },
  string: { zh: "文字", en: "string" },
  boolean: { zh: "true 或 false", en: "boolean" },
  object: { zh: "JSON 对象", en: "object" },
  /** `object` where a value was expected. */
  objectExpected: { zh: "JSON 对象", en: "a JSON object" },
  array: { zh: "数组", en: "array" },
  null: { zh: "null", en: "null" },
  undefined: { zh: "空", en: "undefined" },
});

/** A command message filled in both languages, for `new CliError(...)`. */
export function cliText(id: CliMessageId, data: MessageData = {}): Bilingual {
  return formatBoth(cliMessages[id], data);
}

/** A command message in one language (report output follows `--lang`). */
export function cliSays(id: CliMessageId, data: MessageData, locale: Locale): string {
  return format(cliMessages[id], data, locale);
}
