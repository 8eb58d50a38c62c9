/**
 * The command's own behaviour with findings present, independent of the real rules: the engine's
 * `lintSheet`/`formatFinding` are replaced by a small fake that flags known cells of the fixtures.
 * Covers exit codes, the text and JSON formats with findings, and every annotate invariant.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, Finding, LintResult, Locale, SheetInput, TableInfo } from "../../src/domain";
import {
  cellKeys,
  expectOnlyAnnotationsChanged,
  fixture,
  lines,
  parseReport,
  runCli,
  SUMMARY_EN,
  SUMMARY_ZH,
  TEXT_LINE,
} from "./helpers";

jest.mock("../../src/domain", () => {
  const actual = jest.requireActual("../../src/domain");
  const rangeOf = (r: number, c: number, r2 = r, c2 = c) => ({ r1: r, c1: c, r2, c2 });
  function finding(
    ruleId: string,
    severity: Finding["severity"],
    range: Finding["range"],
    data: Record<string, string>,
    fix?: Finding["fix"],
  ): Finding {
    return {
      ruleId,
      code: "JX999",
      category: ruleId.split("/")[0] as Finding["category"],
      severity,
      messageId: ruleId.split("/")[1],
      data,
      range,
      address: actual.rangeToA1(range),
      fix,
    };
  }
  /** Flags: 有效提高 (error + info on the same cell), 无 (warning), LaTeX (warning with a fix), placeholder rows (info on a range). */
  function fakeLint(input: SheetInput): LintResult {
    const findings: Finding[] = [];
    const tables: TableInfo[] = [];
    const o = input.origin ?? { row: 1, col: 1 };
    let header = -1;
    input.values.forEach((line, i) =>
      line.forEach((v: CellValue, j: number) => {
        const r = o.row + i;
        const c = o.col + j;
        if (v === "一级指标") header = r;
        if (v === "有效提高") {
          findings.push(finding("value/vague-target", "error", rangeOf(r, c), { value: v }));
          findings.push(finding("value/needs-unit", "info", rangeOf(r, c), { value: v }));
        }
        if (v === "无") findings.push(finding("value/period-none", "warning", rangeOf(r, c), { value: v }));
        if (typeof v === "string" && v.includes("\\geq")) {
          findings.push(
            finding(
              "value/latex-leftover",
              "warning",
              rangeOf(r, c),
              { value: v },
              { row: r, col: c, address: actual.toA1(r, c), from: v, to: "≥90%" },
            ),
          );
        }
      }),
    );
    if (header > 0) {
      const at = (r: number, c: number) => (input.values[r - o.row]?.[c - o.col] ?? null) as string | null;
      const indicators = [];
      let r = header + 1;
      for (; r - o.row < input.values.length && input.values[r - o.row].length > 0; r++) {
        indicators.push({
          row: r,
          level1: at(r, 2),
          level2: at(r, 3),
          level3: at(r, 4),
          period: at(r, 5),
          annual: at(r, 6),
        });
        if (at(r, 3) && !at(r, 4))
          findings.push(
            finding("completeness/placeholder-row", "info", rangeOf(r, 3, r, 6), { name: String(at(r, 3)) }),
          );
      }
      const range = rangeOf(header, 1, r - 1, 6);
      tables.push({ blockId: "b1", range, address: actual.rangeToA1(range), framework: "2020", indicators });
    }
    return { sheet: input.name, blocks: [], tables, findings };
  }
  return {
    ...actual,
    lintSheet: jest.fn(fakeLint),
    formatFinding: jest.fn((f: Finding, locale: Locale) =>
      locale === "en-US"
        ? `Fake ${f.messageId} for “${f.data.value ?? f.data.name}”.`
        : `假的${f.messageId}：“${f.data.value ?? f.data.name}”。`,
    ),
  };
});

const MISTAKES = fixture("project-mistakes.xlsx");

describe("exit codes and formats with findings (fake engine)", () => {
  test("text: one line per finding in the documented format, then the summary; errors → exit 1", async () => {
    const r = await runCli(["lint", MISTAKES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const out = lines(r.stdout);
    const findingLines = out.slice(0, -1);
    for (const l of findingLines) expect(l).toMatch(TEXT_LINE);
    expect(findingLines).toContain("麻涌网格管理中心!F21  错误  假的vague-target：“有效提高”。  (value/vague-target)");
    expect(findingLines.filter((l) => / {2}警告 {2}假的period-none/.test(l)).length).toBe(7); // 无 in 实施周期指标值
    const m = SUMMARY_ZH.exec(out[out.length - 1])!;
    expect(m).not.toBeNull();
    expect(Number(m[1]) + Number(m[2]) + Number(m[3])).toBe(findingLines.length);
    expect(Number(m[1])).toBe(1);
  });

  test("--lang en-US renders words and messages in English", async () => {
    const r = await runCli(["lint", MISTAKES, "--lang", "en-US"]);
    const out = lines(r.stdout);
    expect(out).toContain("麻涌网格管理中心!F21  error  Fake vague-target for “有效提高”.  (value/vague-target)");
    expect(out[out.length - 1]).toMatch(SUMMARY_EN);
    expect(out[out.length - 1]).toBe("1 error, 8 warnings, 2 infos"); // 7 × 无 + 1 LaTeX; 有效提高 + 1 placeholder
  });

  test("only warnings → exit 0", async () => {
    // department-unbalanced has no 有效提高 (error) but placeholder rows (info)
    const r = await runCli(["lint", fixture("department-unbalanced.xlsx")]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).some((l) => / {2}提示 {2}/.test(l))).toBe(true);
  });

  test("json: tables with indicators, findings with address, message and fix", async () => {
    const r = await runCli(["lint", MISTAKES, "--format", "json"]);
    expect(r.code).toBe(1);
    const report = parseReport(lines(r.stdout)[0]);
    const sheet = report.sheets[0];
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.tables[0].range).toBe("A14:F26");
    expect(sheet.tables[0].indicators[0]).toEqual({
      row: 15,
      level1: "产出指标",
      level2: "数量指标",
      level3: "定制服装人数",
      period: "无",
      annual: "≥ 20",
    });
    const latex = sheet.findings.find((f) => f.ruleId === "value/latex-leftover")!;
    expect(latex.fix).toEqual({ address: "F19", from: "$\\geq 90\\%$", to: "≥90%" });
    expect(latex.message).toBe("假的latex-leftover：“$\\geq 90\\%$”。");
    const placeholder = sheet.findings.find((f) => f.ruleId === "completeness/placeholder-row")!;
    expect(placeholder.address).toMatch(/^C\d+:F\d+$/);
    expect(sheet.findings.filter((f) => !f.fix).every((f) => !("fix" in f))).toBe(true);
  });

  test("several files in text mode: a header per file, one summary for all", async () => {
    const r = await runCli(["lint", MISTAKES, fixture("department-unbalanced.xlsx")]);
    const out = lines(r.stdout);
    expect(out).toContain(MISTAKES);
    expect(out).toContain(fixture("department-unbalanced.xlsx"));
    expect(out[out.length - 1]).toMatch(/（2 个文件）$/);
    expect(r.code).toBe(1);
  });
});

describe("annotate (fake engine)", () => {
  let dir: string;
  let out: string;
  let before: { bytes: Buffer; mtimeMs: number };
  let run: Awaited<ReturnType<typeof runCli>>;
  let src: ExcelJS.Workbook;
  let dst: ExcelJS.Workbook;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-annotate-"));
    const input = path.join(dir, "in.xlsx");
    fs.copyFileSync(MISTAKES, input);
    const past = new Date(Date.UTC(2024, 5, 1));
    fs.utimesSync(input, past, past);
    before = { bytes: fs.readFileSync(input), mtimeMs: fs.statSync(input).mtimeMs };
    out = path.join(dir, "out.xlsx");
    run = await runCli(["annotate", input, "-o", out]);
    src = new ExcelJS.Workbook();
    await src.xlsx.readFile(input);
    dst = new ExcelJS.Workbook();
    await dst.xlsx.readFile(out);
  });

  test("reports and exits like lint", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(lines(run.stdout)[0]).toMatch(SUMMARY_ZH);
    expect(run.stdout).toContain(out);
  });

  test("the input file is untouched (bytes and mtime)", () => {
    const input = path.join(dir, "in.xlsx");
    expect(fs.readFileSync(input).equals(before.bytes)).toBe(true);
    expect(fs.statSync(input).mtimeMs).toBe(before.mtimeMs);
  });

  test("flagged cells get the severity fill; the worst severity wins", () => {
    const ws = dst.worksheets[0];
    const solid = (a1: string) => (ws.getCell(a1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(solid("F21")).toBe("FFFFC7CE"); // error + info on the same cell → error
    expect(solid("E15")).toBe("FFFFEB9C"); // 无 → warning
    expect(solid("C20")).toBe("FFDDEBF7"); // placeholder row C20:F20 → info on every cell
    expect(solid("F20")).toBe("FFDDEBF7");
    expect(ws.getCell("F21").fill).toMatchObject({ type: "pattern", pattern: "solid" });
  });

  test("notes: one per anchored cell listing every finding; the user's note is kept above ours", () => {
    const ws = dst.worksheets[0];
    const note = (a1: string) => {
      const n = ws.getCell(a1).note as string | { texts: { text: string }[] } | undefined;
      return typeof n === "string" ? n : n ? n.texts.map((t) => t.text).join("") : "";
    };
    const f21 = note("F21");
    expect(f21.startsWith("经办人：此项待补充量化指标")).toBe(true);
    expect(f21).toContain("假的vague-target");
    expect(f21).toContain("假的needs-unit");
    expect(f21.indexOf("经办人")).toBeLessThan(f21.indexOf("绩效目标表助手"));
    expect(note("E15")).toMatch(/警告：假的period-none/);
    expect(note("C20")).toContain("placeholder-row");
    expect(note("D20")).toBe(""); // only the top-left cell of a range gets the note
    expect(note("A1")).toBe("");
  });

  test("everything else is unchanged: values, full styles (fill only where flagged), merges, widths, heights, sheet names", async () => {
    const stats = expectOnlyAnnotationsChanged(src, dst, await flaggedCells(path.join(dir, "in.xlsx")));
    expect(stats.compared).toBeGreaterThan(100);
    expect(stats.flagged).toBeGreaterThan(5);
  });

  test("-o equal to the input is refused, exit 2, nothing written", async () => {
    const input = path.join(dir, "in.xlsx");
    for (const o of [input, path.join(dir, ".", "in.xlsx")]) {
      const r = await runCli(["annotate", input, "-o", o]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/不能与输入文件相同.* \/ The output must differ from the input/);
    }
    expect(fs.readFileSync(input).equals(before.bytes)).toBe(true);
  });

  test("--lang en-US writes English notes; --sheet limits the sheets annotated", async () => {
    const o2 = path.join(dir, "two.xlsx");
    const r = await runCli(["annotate", fixture("two-sheets.xlsx"), "-o", o2, "--sheet", "项目乙", "--lang", "en-US"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^1 error, /);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(o2);
    const noted = (name: string) => {
      let n = 0;
      wb.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => void (cell.note ? n++ : 0)));
      return n;
    };
    expect(noted("项目甲")).toBe(0);
    expect(noted("项目乙")).toBeGreaterThan(3);
    const n = wb.getWorksheet("项目乙")!.getCell("F21").note;
    expect(typeof n === "string" ? n : JSON.stringify(n)).toMatch(/error: Fake vague-target/);
  });

  test("an unreadable input → exit 2, one line, no output file", async () => {
    const o3 = path.join(dir, "never.xlsx");
    const r = await runCli(["annotate", fixture("encrypted.xlsx"), "-o", o3]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(fs.existsSync(o3)).toBe(false);
  });
});

/** The cells the fake engine flags, per sheet, from the same reader the command uses. */
async function flaggedCells(file: string): Promise<Map<string, Set<string>>> {
  const { readSheets } = jest.requireActual<typeof import("../../src/cli/read-xlsx")>("../../src/cli/read-xlsx");
  const { lintSheet } = jest.requireMock<typeof import("../../src/domain")>("../../src/domain");
  const out = new Map<string, Set<string>>();
  for (const sheet of await readSheets(file)) {
    const set = new Set<string>();
    for (const f of lintSheet(sheet).findings) for (const k of cellKeys(f.range)) set.add(k);
    out.set(sheet.name, set);
  }
  return out;
}
