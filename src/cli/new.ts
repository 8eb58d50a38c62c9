/**
 * `jixiao new --template ID [--indicators ID,ID] [--name --budget --year --start --end --dept …] -o OUT.xlsx`:
 * a fresh workbook holding one block built from the template library (src/domain/templates), with the
 * form's merges, bold labels, borders, number formats and the 一级/二级 dropdowns. `jixiao lint`
 * passes it with no error. An existing OUT is never overwritten without --force.
 */
import type ExcelJS from "exceljs";
import type { CellValue, Locale } from "../domain";
import {
  KIND_NAMES,
  TEMPLATES,
  placeBlock,
  templateById,
  tryBuildBlock,
  type Block,
  type Template,
} from "../domain/templates";
import { boolOpt, stringOpt, type OptionSpec, type ParsedArgs } from "./args";
import { CliError, cliText, describe } from "./errors";
import { checkOutput, writeFileAtomic } from "./files";
import { inertText } from "../domain/model/display";
import { safeCellWrite } from "../domain/model/safe-text";
import { EXIT, type CliIO } from "./io";
import { LOCALES } from "./lint";

export const NEW_OPTIONS: OptionSpec[] = [
  { name: "template", short: "t", type: "string" },
  { name: "indicators", short: "i", type: "string" },
  { name: "framework", type: "string", choices: ["2020", "2021"] },
  { name: "name", type: "string" },
  { name: "type", type: "string" },
  { name: "level", type: "string" },
  { name: "dept", type: "string" },
  { name: "unit", type: "string" },
  { name: "budget", type: "string" },
  { name: "year", type: "string" },
  { name: "start", type: "string" },
  { name: "end", type: "string" },
  { name: "sheet", type: "string" },
  { name: "output", short: "o", type: "string" },
  { name: "force", type: "boolean" },
  { name: "lang", type: "string", choices: LOCALES },
  { name: "help", short: "h", type: "boolean" },
];

export const DEFAULT_SHEET = "绩效目标表";

const ids = (list: readonly Template[]) => list.map((t) => t.id).join(", ");

/** The command-line values as template parameters (only those given). */
export function paramsFromArgs(p: ParsedArgs): Record<string, string> {
  const map: [string, string][] = [
    ["name", "name"],
    ["type", "type"],
    ["level", "level"],
    ["dept", "dept"],
    ["unit", "unit"],
    ["budget", "budget"],
    ["year", "budgetYear"],
    ["start", "startYear"],
    ["end", "endYear"],
  ];
  const out: Record<string, string> = {};
  for (const [flag, key] of map) {
    const v = stringOpt(p, flag);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

const THIN = { style: "thin" as const };

/** Writes a placed block into a worksheet: values, merges, formats, dropdowns. */
export function writeBlock(ws: ExcelJS.Worksheet, block: Block, origin = { row: 1, col: 1 }): void {
  const placed = placeBlock(block, origin);
  const f = placed.formats;
  f.columnWidths.forEach((w, i) => {
    ws.getColumn(origin.col + i).width = w;
  });
  placed.cells.forEach((line, i) => {
    line.forEach((v: CellValue, j) => {
      if (v === null) return;
      // exceljs stores strings as text already; the text format keeps them text when the user edits the cell
      const w = safeCellWrite(v);
      const cell = ws.getCell(origin.row + i, origin.col + j);
      cell.value = w.value;
      if (w.numberFormat) cell.numFmt = w.numberFormat;
    });
  });
  const wrap = new Set(f.wrapColumns);
  for (let r = f.border.r1; r <= f.border.r2; r++) {
    for (let c = f.border.c1; c <= f.border.c2; c++) {
      const cell = ws.getCell(r, c);
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      cell.alignment = { vertical: "middle", wrapText: wrap.has(c) };
    }
  }
  for (let r = placed.range.r1; r < f.border.r1; r++)
    ws.getCell(r, origin.col).alignment = { horizontal: "center", vertical: "middle" };
  for (const b of f.bold)
    for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) ws.getCell(r, c).font = { bold: true };
  for (const n of f.numberFormats)
    for (let r = n.range.r1; r <= n.range.r2; r++)
      for (let c = n.range.c1; c <= n.range.c2; c++) ws.getCell(r, c).numFmt = n.format;
  for (const h of f.rowHeights) ws.getRow(h.row).height = h.height;
  for (const m of placed.merges) ws.mergeCells(m.r1, m.c1, m.r2, m.c2);
  for (const v of placed.validations) {
    const formula = `"${v.list.join(",")}"`;
    for (let r = v.range.r1; r <= v.range.r2; r++) {
      for (let c = v.range.c1; c <= v.range.c2; c++) {
        ws.getCell(r, c).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [formula],
          showErrorMessage: true,
          errorStyle: "warning",
          errorTitle: "指标名称",
          error: `应为：${v.list.join("、")}`,
        };
      }
    }
  }
}

export async function newCommand(p: ParsedArgs, io: CliIO): Promise<number> {
  if (p.positionals.length > 0) throw new CliError(cliText("newNoArguments", { arg: p.positionals[0] }));
  const locale = (stringOpt(p, "lang") ?? "zh-CN") as Locale;
  const id = stringOpt(p, "template");
  if (id === undefined) throw new CliError(cliText("newNeedTemplate", { available: ids(TEMPLATES) }));
  const template = templateById(id);
  if (!template) throw new CliError(cliText("newUnknownTemplate", { id, available: ids(TEMPLATES) }));
  const sets: Template[] = [];
  for (const sid of (stringOpt(p, "indicators") ?? "")
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter((s) => s !== "")) {
    const s = templateById(sid);
    if (!s) throw new CliError(cliText("newUnknownTemplate", { id: sid, available: ids(TEMPLATES) }));
    if (s.kind !== "indicators")
      throw new CliError(
        cliText("newNotASet", { id: sid, available: ids(TEMPLATES.filter((t) => t.kind === "indicators")) }),
      );
    sets.push(s);
  }
  const output = stringOpt(p, "output");
  if (output === undefined) throw new CliError(cliText("newNeedOutput"));
  if (!/\.xlsx$/i.test(output)) throw new CliError(cliText("outputNotXlsx", { file: output }));
  const sheet = stringOpt(p, "sheet") ?? DEFAULT_SHEET;
  if (sheet.length > 31 || /[\\/?*[\]:]/.test(sheet) || /^'|'$/.test(sheet))
    throw new CliError(cliText("newBadSheet", { name: sheet }));
  const force = boolOpt(p, "force");

  const framework = stringOpt(p, "framework") as Template["framework"] | undefined;
  const built = tryBuildBlock(template, paramsFromArgs(p), { sets, ...(framework ? { framework } : {}) });
  if (!built.ok) throw new CliError(built.error);
  const block = built.block;

  await checkOutput(output, force);

  // exceljs is loaded only here: it takes a third of a second, which every other command does without
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exceljs = require("exceljs") as typeof import("exceljs");
  const wb = new exceljs.Workbook();
  wb.creator = "jixiao";
  const ws = wb.addWorksheet(sheet);
  writeBlock(ws, block);
  let buf: Buffer;
  try {
    buf = Buffer.from(await wb.xlsx.writeBuffer());
  } catch (e) {
    throw new CliError(cliText("cannotWrite", { file: output, detail: describe(e) }));
  }
  await writeFileAtomic(output, [buf], force);

  const indicators = block.table.rows.filter((r) => r.l3 !== null).length;
  const kind = KIND_NAMES[block.kind];
  const todo = block.required;
  if (locale === "en-US") {
    io.stdout.write(
      `Wrote ${inertText(output)}: a ${kind.en} (${block.framework} framework) with ${indicators} indicators on sheet ${inertText(sheet)}.\n`,
    );
    if (todo.length > 0) io.stdout.write(`Still to fill in: ${todo.join(", ")}\n`);
  } else {
    io.stdout.write(
      `已写入 ${inertText(output)}：${kind.zh}（${block.framework}年框架），${indicators} 个指标，工作表“${inertText(sheet)}”。\n`,
    );
    if (todo.length > 0) io.stdout.write(`请填写或核对：${todo.join("、")}\n`);
  }
  return EXIT.ok;
}
