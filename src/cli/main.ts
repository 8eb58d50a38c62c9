/**
 * The `jixiao` command: argument dispatch only. Each subcommand lives in its own module and is
 * registered in `COMMANDS`; `bin/jixiao.js` calls `run` with the process streams, tests call it
 * in-process with string buffers.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs, boolOpt, type OptionSpec, type ParsedArgs } from "./args";
import { ANNOTATE_OPTIONS, annotateCommand } from "./annotate";
import { bilingual, CliError, describe, cliText } from "./errors";
import { EXIT, type CliIO } from "./io";
import { inertText } from "../domain/model/display";
import { LINT_OPTIONS, lintCommand } from "./lint";
import { NEW_OPTIONS, newCommand } from "./new";
import { TEMPLATES_OPTIONS, templatesCommand } from "./templates";

export type { CliIO } from "./io";

export interface Command {
  /** Usage line(s) shown by `jixiao <command> --help`. */
  usage: string;
  /** One line for the command list: Chinese / English. */
  summary: string;
  options: OptionSpec[];
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}

const COMMON_HELP = `  --sheet NAME                 只检查这个工作表 / check only this sheet
  --framework auto|2020|2021   指标体系（默认 auto，按表识别）/ indicator framework (default auto: per table)
  --config FILE                JSON 配置文件 / JSON config file
  --lang zh-CN|en-US           输出语言（默认 zh-CN）/ output language (default zh-CN)
  --max-cells N                每个工作表最多检查的单元格数（默认 16,000,000）/ cells a sheet may span (default 16,000,000)
  -h, --help                   显示帮助 / show help`;

export const COMMANDS: Record<string, Command> = {
  lint: {
    summary: "检查绩效目标表 / check performance-target tables",
    usage: `jixiao lint FILE.xlsx|FOLDER … [options]

${COMMON_HELP}
  --format text|json           输出格式（默认 text；json 每个文件一行）/ output format (json: one line per file)
  --progress                   文件较多时在 stderr 显示进度 / show progress on stderr for many files
  --no-ignores                 也列出在任务窗格中“忽略此条”的问题 / also list findings ignored in the pane

退出码 / exit codes: 0 无错误 no errors · 1 有错误 errors found · 2 无法读取或参数有误 unreadable input or bad arguments`,
    options: LINT_OPTIONS,
    run: lintCommand,
  },
  annotate: {
    summary: "输出一份标注了问题的副本 / write a copy with the findings highlighted",
    usage: `jixiao annotate IN.xlsx -o OUT.xlsx [options]

  -o, --output OUT.xlsx        输出文件（不能与输入相同）/ output file (must differ from the input)
${COMMON_HELP}`,
    options: ANNOTATE_OPTIONS,
    run: annotateCommand,
  },
  templates: {
    summary: "列出模板库 / list the template library",
    usage: `jixiao templates [options]

  --format text|json           输出格式（默认 text）/ output format (default text)
  --lang zh-CN|en-US           输出语言（默认 zh-CN）/ output language (default zh-CN)
  -h, --help                   显示帮助 / show help`,
    options: TEMPLATES_OPTIONS,
    run: templatesCommand,
  },
  new: {
    summary: "用模板新建一份绩效目标表 / write a new workbook from a template",
    usage: `jixiao new --template ID -o OUT.xlsx [options]

  -t, --template ID            模板（jixiao templates 列出）/ template (see jixiao templates)
  -i, --indicators ID,ID       用这些指标组组成指标表 / build the table from these indicator sets
  --framework 2020|2021        指标体系（默认随模板）/ indicator framework (default: the template's)
  --name TEXT                  项目名称（部门表为部门名称）/ project name (department name for a department form)
  --type TEXT  --level TEXT    项目类型、项目等级 / project type and level
  --dept TEXT  --unit TEXT     主管部门、用款单位 / department in charge, spending unit
  --budget AMOUNT              预算金额，元（部门表为项目支出）/ budget in 元 (project spending for a department form)
  --year YYYY                  预算年度（默认今年）/ budget year (default: this year)
  --start YYYY  --end YYYY     实施周期起始、到期年度（2099 表示长期）/ period start and end (2099: open-ended)
  --sheet NAME                 工作表名称（默认“绩效目标表”）/ sheet name (default 绩效目标表)
  -o, --output OUT.xlsx        输出文件 / output file
  --force                      覆盖已存在的输出文件 / overwrite an existing output file
  --lang zh-CN|en-US           输出语言（默认 zh-CN）/ output language (default zh-CN)
  -h, --help                   显示帮助 / show help

退出码 / exit codes: 0 已写入 written · 2 参数有误或文件已存在 bad arguments or the file exists`,
    options: NEW_OPTIONS,
    run: newCommand,
  },
};

export function version(): string {
  // dist/node/cli/main.js and src/cli/main.ts are both two folders below the package root.
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const p = path.join(dir, "package.json");
    try {
      const pkg = JSON.parse(fs.readFileSync(p, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "jixiao" && pkg.version) return pkg.version;
    } catch {
      // keep looking upwards
    }
    dir = path.dirname(dir);
  }
  return "0.0.0";
}

export function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  const list = Object.entries(COMMANDS)
    .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
    .join("\n");
  return `jixiao ${version()} — 绩效目标表助手 / performance-target table checker

用法 / usage:
  jixiao <command> [options]
  npx jixiao lint FILE.xlsx

命令 / commands:
${list}

  -h, --help     显示帮助 / show help
  -v, --version  显示版本 / show version

jixiao <command> --help 查看命令的选项 / shows a command's options.
`;
}

/**
 * Inert output: whatever a workbook or a file name smuggles in (ESC sequences, BEL, NUL, bidi overrides) reaches
 * the terminal as a visible `\uXXXX` escape. Line breaks the command writes stay; JSON stays valid JSON.
 */
function inertIO(io: CliIO): CliIO {
  const wrap = (o: CliIO["stdout"]) => ({ write: (chunk: string) => o.write(inertText(chunk, true)) });
  return { stdout: wrap(io.stdout), stderr: wrap(io.stderr), isTTY: io.isTTY };
}

/** Runs the command line `argv` (without `node` and the script). Never throws; returns the exit code. */
export async function run(argv: readonly string[], rawIO: CliIO): Promise<number> {
  const io = inertIO(rawIO);
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.stderr.write(helpText());
      return EXIT.failure;
    }
    if (first === "-h" || first === "--help" || first === "help") {
      io.stdout.write(helpText());
      return EXIT.ok;
    }
    if (first === "-v" || first === "--version") {
      io.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    if (first.startsWith("-")) throw new CliError(cliText("unknownFlag", { flag: first.split("=")[0] }));
    const cmd = Object.prototype.hasOwnProperty.call(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!cmd) throw new CliError(cliText("unknownCommand", { command: first }));
    const parsed = parseArgs(rest, cmd.options);
    if (boolOpt(parsed, "help")) {
      io.stdout.write(`${cmd.usage}\n`);
      return EXIT.ok;
    }
    return await cmd.run(parsed, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr.write(`${e.message}\n`);
      return e.code;
    }
    io.stderr.write(`${bilingual(cliText("internal", { detail: describe(e) }))}\n`);
    return EXIT.failure;
  }
}
