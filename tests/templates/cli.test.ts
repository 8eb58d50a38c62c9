/**
 * `jixiao templates` and `jixiao new`, in-process through `run` from src/cli/main.ts: every template
 * becomes a workbook that `jixiao lint` passes (exit 0), with the form's merges and dropdowns; an
 * existing output is never overwritten without --force.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { FRAMEWORKS, TEMPLATES, buildBlock, level2Names } from "../../src/domain/templates";
import { readSheets } from "../../src/cli/read-xlsx";
import { expectBilingualLine, runCli } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-new-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});
const out = (name: string) => path.join(dir, name);

async function readSheet(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0];
}

describe("jixiao templates", () => {
  test("lists every template with id, name, kind and framework", async () => {
    const r = await runCli(["templates"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    for (const t of TEMPLATES) {
      const line = lines.find((l) => l.startsWith(`${t.id} `));
      expect(line).toBeDefined();
      expect(line).toContain(t.name.zh);
      expect(line).toMatch(new RegExp(`${t.framework}$`));
    }
  });
  test("--lang en-US shows the English names", async () => {
    const r = await runCli(["templates", "--lang", "en-US"]);
    expect(r.code).toBe(0);
    for (const t of TEMPLATES) expect(r.stdout).toContain(t.name.en);
    expect(r.stdout).toContain("indicator set");
  });
  test("--format json is one JSON array with id, name, kind, framework", async () => {
    const r = await runCli(["templates", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    const list = JSON.parse(r.stdout) as {
      id: string;
      name: { zh: string; en: string };
      kind: string;
      framework: string;
      indicators: number;
    }[];
    expect(list.map((x) => x.id)).toEqual(TEMPLATES.map((t) => t.id));
    for (const [i, x] of list.entries()) {
      expect(x).toMatchObject({
        name: TEMPLATES[i].name,
        kind: TEMPLATES[i].kind,
        framework: TEMPLATES[i].framework,
        indicators: TEMPLATES[i].rows.length,
      });
    }
  });
  test("a stray argument is refused (exit 2)", async () => {
    const r = await runCli(["templates", "x.xlsx"]);
    expect(r.code).toBe(2);
    expectBilingualLine(r.stderr);
  });
});

describe.each(TEMPLATES.map((t) => [t.id, t] as const))("jixiao new --template %s", (id, t) => {
  const file = () => out(`${id}.xlsx`);
  test("writes a workbook that jixiao lint passes with exit 0", async () => {
    const r = await runCli(["new", "--template", id, "-o", file(), "--year", "2025"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(file());
    const lint = await runCli(["lint", file(), "--format", "json"]);
    expect(lint.code).toBe(0);
    const report = JSON.parse(lint.stdout) as { summary: { errors: number; warnings: number } };
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
  });
  test("the workbook holds the block's values, merges and dropdowns", async () => {
    const block = buildBlock(t, { budgetYear: 2025 });
    const ws = await readSheet(file());
    // values: exactly the block (read the way `lint` reads them)
    const [sheet] = await readSheets(file());
    block.cells.forEach((line, i) =>
      line.forEach((v, j) => expect([i + 1, j + 1, sheet.values[i]?.[j] ?? null]).toEqual([i + 1, j + 1, v])),
    );
    // merges: the block's, including 绩效指标 over the table and the merged 一级 cells
    const merges = new Set((ws.model as { merges: string[] }).merges);
    expect(merges.size).toBe(block.merges.length);
    const table = block.table;
    const last = block.cells.length;
    expect(merges).toContain(`A${table.headerRow}:A${last}`);
    expect([...merges].some((m) => /^B(\d+):B\d+$/.test(m) && Number(/^B(\d+)/.exec(m)![1]) > table.headerRow)).toBe(
      true,
    ); // a run of one 一级 merged
    // dropdowns on the 一级 and 二级 columns
    const l1 = ws.getCell(`B${table.headerRow + 1}`).dataValidation;
    expect(l1).toMatchObject({ type: "list", formulae: [`"${FRAMEWORKS[block.framework].level1.join(",")}"`] });
    const l2 = ws.getCell(`C${last}`).dataValidation;
    expect(l2).toMatchObject({ type: "list", formulae: [`"${level2Names(block.framework).join(",")}"`] });
    expect(ws.getCell(`D${table.headerRow + 1}`).dataValidation?.type).toBeUndefined();
    // formats: bold header, borders, widths
    expect(ws.getCell(`B${table.headerRow}`).font?.bold).toBe(true);
    expect(ws.getCell(`F${last}`).border?.bottom?.style).toBe("thin");
    expect(ws.getColumn(4).width).toBe(block.formats.columnWidths[3]);
  });
});

describe("jixiao new with parameters and indicator sets", () => {
  test("a 2020 project form built from two sets (one written for 2021) with the user's values", async () => {
    const f = out("combo.xlsx");
    const r = await runCli([
      "new",
      "-t",
      "project-2020",
      "--indicators",
      "labour-dispatch-staff,uniforms-equipment",
      "--name",
      "网格员经费",
      "--budget",
      "300000",
      "--year",
      "2026",
      "--start",
      "2026",
      "--end",
      "2099",
      "--dept",
      "东莞市某镇网格管理中心",
      "-o",
      f,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2020年框架");
    const ws = await readSheet(f);
    expect(ws.getCell("B3").value).toBe("网格员经费");
    expect(ws.getCell("A9").value).toBe("2026年预算金额");
    expect(ws.getCell("B9").value).toBe(300000);
    const lint = await runCli(["lint", f]);
    expect(lint.code).toBe(0);
    expect(lint.stdout).toMatch(/^0 个错误，0 个警告/m);
  });

  test("--lang en-US reports in English", async () => {
    const r = await runCli(["new", "-t", "community-subsidy", "-o", out("en.xlsx"), "--lang", "en-US"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Wrote .*en\.xlsx: a project form \(2020 framework\) with 6 indicators/);
    expect(r.stdout).toMatch(/Still to fill in: B3/);
  });

  test.each([
    ["no template", ["new", "-o", "x.xlsx"]],
    ["an unknown template", ["new", "-t", "nope", "-o", "x.xlsx"]],
    ["a form given as an indicator set", ["new", "-t", "project-2021", "--indicators", "project-2020", "-o", "x.xlsx"]],
    ["no output", ["new", "-t", "project-2021"]],
    ["an output that is not .xlsx", ["new", "-t", "project-2021", "-o", "x.csv"]],
    ["a negative budget", ["new", "-t", "project-2021", "--budget=-5", "-o", "x.xlsx"]],
    ["a bad year", ["new", "-t", "project-2021", "--year", "25", "-o", "x.xlsx"]],
    ["start after end", ["new", "-t", "project-2021", "--start", "2027", "--end", "2025", "-o", "x.xlsx"]],
    ["a bad sheet name", ["new", "-t", "project-2021", "--sheet", "a/b", "-o", "x.xlsx"]],
    ["a positional argument", ["new", "-t", "project-2021", "y.xlsx", "-o", "x.xlsx"]],
  ])("%s: exit 2 with one zh + en line, nothing written", async (_name, argv) => {
    const r = await runCli(argv.map((a) => (/^x\.(xlsx|csv)$/.test(a) ? out(a) : a)));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expectBilingualLine(r.stderr);
    expect(fs.existsSync(out("x.xlsx"))).toBe(false);
    expect(fs.existsSync(out("x.csv"))).toBe(false);
  });

  test("the budget error names the field in Chinese first", async () => {
    const r = await runCli(["new", "-t", "project-2021", "--budget=-5", "-o", out("neg.xlsx")]);
    expect(r.stderr).toMatch(/^参数有误：预算金额（budget）：应为不小于 0 的金额（元） \/ Invalid parameters: budget/);
  });
});

describe("an existing output", () => {
  test("is refused without --force (exit 2) and left untouched", async () => {
    const f = out("existing.xlsx");
    fs.writeFileSync(f, "not mine to overwrite");
    const r = await runCli(["new", "-t", "project-2021", "-o", f]);
    expect(r.code).toBe(2);
    expectBilingualLine(r.stderr);
    expect(r.stderr).toContain("--force");
    expect(fs.readFileSync(f, "utf8")).toBe("not mine to overwrite");
  });
  test("is replaced with --force", async () => {
    const f = out("existing.xlsx");
    const r = await runCli(["new", "-t", "project-2021", "-o", f, "--force"]);
    expect(r.code).toBe(0);
    expect((await runCli(["lint", f])).code).toBe(0);
  });
  test("a folder is never overwritten, even with --force", async () => {
    const d = out("folder.xlsx");
    fs.mkdirSync(d);
    const r = await runCli(["new", "-t", "project-2021", "-o", d, "--force"]);
    expect(r.code).toBe(2);
    expectBilingualLine(r.stderr);
    expect(fs.statSync(d).isDirectory()).toBe(true);
  });
});

test("jixiao --help lists the two commands", async () => {
  const r = await runCli(["--help"]);
  expect(r.stdout).toMatch(/^\s+templates\s/m);
  expect(r.stdout).toMatch(/^\s+new\s/m);
  const h = await runCli(["new", "--help"]);
  expect(h.code).toBe(0);
  expect(h.stdout).toContain("--force");
});
