/** Shared bits of the CLI tests: run the command in-process, fixture paths, the JSON shape as a zod schema. */
import * as path from "node:path";
import { isDeepStrictEqual } from "node:util";
import type ExcelJS from "exceljs";
import * as z from "zod";
import { run } from "../../src/cli/main";
import { CATEGORIES, SEVERITIES } from "../../src/domain";
import { sharedFixturesDir } from "../helpers/workbooks";

export const REPO = path.resolve(__dirname, "../..");
export const FIXTURES = path.join(REPO, "tests", "fixtures");
export const fixture = (name: string) => path.join(FIXTURES, name);

/** ../shared/fixtures (the four real workbooks); null when ../shared is absent. */
export const SHARED_FIXTURES = sharedFixturesDir();

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], opts: { isTTY?: boolean } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    isTTY: opts.isTTY ?? false,
  });
  return { code, stdout, stderr };
}

export const lines = (s: string) => s.split("\n").filter((l) => l.length > 0);

/** A one-line bilingual message: some Chinese, then ` / `, then English; no stack frames. */
export function expectOneBilingualLine(stderr: string): void {
  const ls = lines(stderr);
  expect(ls).toHaveLength(1);
  const [zh, en] = ls[0].split(" / ");
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
  expect(en).toMatch(/^[A-Z][a-z]/);
  expect(en).not.toMatch(/[，。：（）“”、]/); // no Chinese punctuation in the English half
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/Error:|TypeError|\.ts:\d+|\.js:\d+/);
}

const cellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const a1 = /^[A-Z]{1,3}[1-9]\d*(:[A-Z]{1,3}[1-9]\d*)?$/;

export const jsonFindingSchema = z
  .object({
    ruleId: z.string().regex(/^[a-z]+\/[a-z0-9-]+$/),
    category: z.enum(CATEGORIES as unknown as [string, ...string[]]),
    severity: z.enum(SEVERITIES as unknown as [string, ...string[]]),
    address: z.string().regex(a1),
    message: z.string().min(1),
    fix: z
      .object({ address: z.string().regex(a1), from: cellValue, to: z.string() })
      .strict()
      .optional(),
  })
  .strict();

export const jsonReportSchema = z
  .object({
    file: z.string().min(1),
    sheets: z.array(
      z
        .object({
          name: z.string(),
          tables: z.array(
            z
              .object({
                range: z.string().regex(a1),
                framework: z.enum(["2020", "2021"]),
                indicators: z.array(
                  z
                    .object({
                      row: z.number().int().positive(),
                      level1: z.string().nullable(),
                      level2: z.string().nullable(),
                      level3: z.string().nullable(),
                      period: z.string().nullable(),
                      annual: z.string().nullable(),
                    })
                    .strict(),
                ),
              })
              .strict(),
          ),
          findings: z.array(jsonFindingSchema),
        })
        .strict(),
    ),
    summary: z
      .object({ errors: z.number().int().min(0), warnings: z.number().int().min(0), infos: z.number().int().min(0) })
      .strict(),
  })
  .strict();

export const jsonErrorSchema = z.object({ file: z.string().min(1), error: z.string().min(1) }).strict();

export type JsonReport = z.infer<typeof jsonReportSchema>;

/** Parses and validates a report; also checks the summary agrees with the findings. */
export function parseReport(line: string): JsonReport {
  const r = jsonReportSchema.parse(JSON.parse(line));
  const count = { errors: 0, warnings: 0, infos: 0 };
  for (const s of r.sheets)
    for (const f of s.findings)
      count[f.severity === "error" ? "errors" : f.severity === "warning" ? "warnings" : "infos"]++;
  expect(r.summary).toEqual(count);
  return r;
}

/** `Sheet!C12  错误  message  (rule id)` (sheet names may be quoted). */
export const TEXT_LINE =
  /^(?:'[^']+'|[^\s!']+)![A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)? {2}(错误|警告|提示|error|warning|info) {2}\S.* {2}\([a-z]+\/[a-z0-9-]+\)$/;
export const SUMMARY_ZH = /^(\d+) 个错误，(\d+) 个警告，(\d+) 个提示(（\d+ 个文件）)?$/;
export const SUMMARY_EN = /^(\d+) errors?, (\d+) warnings?, (\d+) infos?( \(\d+ files?\))?$/;

/** "r,c" keys of every cell in a range. */
export function cellKeys(r: { r1: number; c1: number; r2: number; c2: number }): string[] {
  const keys: string[] = [];
  for (let row = r.r1; row <= r.r2; row++) for (let col = r.c1; col <= r.c2; col++) keys.push(`${row},${col}`);
  return keys;
}

/** exceljs writes every xf with a font and a border; its font 0 is always this one. */
const EXCELJS_DEFAULT_FONT = { size: 11, color: { theme: 1 }, name: "Calibri", family: 2, scheme: "minor" };

/**
 * A cell that had no style of its own (exceljs reads `{}`) renders with the workbook's font 0 and no
 * border. Giving it a fill makes exceljs write an xf that names font 0 and border 0 explicitly, so it
 * reads back with those two keys: the same look, spelled out. Only those exact defaults are accepted.
 */
function withExplicitDefaults(src: Partial<ExcelJS.Style>, dst: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  const out = { ...src };
  if (!("font" in src) && isDeepStrictEqual({ ...dst.font }, EXCELJS_DEFAULT_FONT)) out.font = dst.font;
  if (!("border" in src) && dst.border && Object.keys(dst.border).length === 0) out.border = dst.border;
  return out;
}

/**
 * The annotate invariant: `dst` equals `src` in sheet names, merges, column widths, row heights and
 * every cell's value and full style object, except `fill` (and the note) on the flagged cells.
 */
export function expectOnlyAnnotationsChanged(
  src: ExcelJS.Workbook,
  dst: ExcelJS.Workbook,
  flagged: Map<string, Set<string>>,
): { compared: number; flagged: number } {
  expect(dst.worksheets.map((w) => w.name)).toEqual(src.worksheets.map((w) => w.name));
  let compared = 0;
  let flaggedCount = 0;
  for (const ws of src.worksheets) {
    const wd = dst.getWorksheet(ws.name)!;
    const marks = flagged.get(ws.name) ?? new Set<string>();
    flaggedCount += marks.size;
    expect([...wd.model.merges].sort()).toEqual([...ws.model.merges].sort());
    const maxCol = Math.max(ws.columnCount, wd.columnCount);
    const maxRow = Math.max(ws.rowCount, wd.rowCount);
    for (let c = 1; c <= maxCol; c++) expect(wd.getColumn(c).width).toEqual(ws.getColumn(c).width);
    for (let r = 1; r <= maxRow; r++) {
      expect(wd.getRow(r).height).toEqual(ws.getRow(r).height);
      for (let c = 1; c <= maxCol; c++) {
        const a = ws.getCell(r, c);
        const b = wd.getCell(r, c);
        const where = `${ws.name}!${r},${c}`;
        expect({ where, value: b.value }).toEqual({ where, value: a.value });
        if (marks.has(`${r},${c}`)) {
          const { fill: _fa, ...sa } = a.style;
          const { fill: _fb, ...sb } = b.style;
          expect({ where, style: sb }).toEqual({ where, style: withExplicitDefaults(sa, sb) });
        } else {
          expect({ where, style: b.style, note: b.note }).toEqual({ where, style: a.style, note: a.note });
        }
        compared++;
      }
    }
  }
  return { compared, flagged: flaggedCount };
}
