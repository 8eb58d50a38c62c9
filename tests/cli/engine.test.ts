/**
 * The command with the real engine over the synthetic fixtures (tests/fixtures, made by scripts/gen-fixtures.mjs):
 * each planted docs/domain.md §6 mistake is found at its cell by the rule that names it, with its severity.
 */
import { fixture, lines, parseReport, runCli, type JsonReport, TEXT_LINE, SUMMARY_ZH } from "./helpers";

async function report(file: string, ...args: string[]): Promise<{ code: number; report: JsonReport }> {
  const r = await runCli(["lint", fixture(file), "--format", "json", ...args]);
  expect(r.stderr).toBe("");
  return { code: r.code, report: parseReport(lines(r.stdout)[0]) };
}

const inRows = (address: string, r1: number, r2: number) => {
  const rows = address.match(/\d+/g)!.map(Number);
  return rows.every((r) => r >= r1 && r <= r2);
};

describe("needs the engine: clean 2021 project form", () => {
  test("no errors, exit 0; one 2021 table holding its 7 named indicators (placeholder rows optional)", async () => {
    const { code, report: rep } = await report("project-2021-clean.xlsx");
    expect(rep.summary.errors).toBe(0);
    expect(code).toBe(0);
    const tables = rep.sheets[0].tables;
    expect(tables).toHaveLength(1);
    expect(tables[0].framework).toBe("2021");
    const rows = tables[0].indicators.map((i) => i.row);
    expect(rows).toEqual(expect.arrayContaining([15, 18, 19, 20, 21, 22, 24]));
    expect(rows.every((r) => r >= 15 && r <= 24)).toBe(true);
    const row19 = tables[0].indicators.find((i) => i.row === 19)!;
    expect(row19).toMatchObject({ level3: "参训人次", period: "≥1200人次", annual: "≥400人次" });
  });
});

describe("needs the engine: project form with docs/domain.md §6 mistakes", () => {
  let rep: JsonReport;
  let code: number;
  beforeAll(async () => {
    ({ code, report: rep } = await report("project-mistakes.xlsx"));
  });
  const at = (address: string) =>
    rep.sheets[0].findings.filter((f) => f.address === address || f.address.startsWith(`${address}:`));
  /** The findings at exactly this address, as "rule severity". */
  const exactly = (address: string) =>
    rep.sheets[0].findings.filter((f) => f.address === address).map((f) => `${f.ruleId} ${f.severity}`);

  test("errors → exit 1, detected as the 2020 framework", () => {
    expect(code).toBe(1);
    expect(rep.summary.errors).toBeGreaterThan(0);
    expect(rep.sheets[0].tables[0]?.framework).toBe("2020");
  });
  test("无 in 实施周期指标值 is a warning (E15)", () => {
    expect(exactly("E15")).toEqual(["value/period-not-set warning"]);
  });
  test("LaTeX leftover at F19: warning with a fix to ≥90%", () => {
    expect(exactly("F19")).toEqual(["value/latex-leftover warning"]);
    const f = at("F19").find((x) => x.fix);
    expect(f).toBeDefined();
    expect(f!.fix!.to.replace(/\s/g, "")).toBe("≥90%");
  });
  test("vague target 有效提高 (F21) is flagged", () => {
    expect(exactly("F21")).toEqual(["value/vague-target warning"]);
  });
  test("cost and satisfaction rows misfiled under 效益 (D22, D23) are flagged", () => {
    expect(exactly("D22")).toEqual(["taxonomy/indicator-misfiled warning"]);
    expect(exactly("D23")).toEqual(["taxonomy/indicator-misfiled warning"]);
    expect(rep.sheets[0].findings.filter((f) => inRows(f.address, 22, 23)).map((f) => f.address)).toEqual([
      "D22",
      "D23",
    ]);
  });
  test("satisfaction with ≤ (E26) and a formula as the target (F26) are errors", () => {
    expect(exactly("E26")).toEqual(["value/direction error"]);
    expect(exactly("F26")).toEqual(["value/definition-as-target error"]);
  });
  test("duplicate 三级 (rows 24/25) is a warning at the second one (D25)", () => {
    expect(
      rep.sheets[0].findings
        .filter((f) => f.category === "completeness" && inRows(f.address, 24, 25))
        .map((f) => `${f.address} ${f.ruleId} ${f.severity}`),
    ).toEqual(["D25 completeness/duplicate-level3 warning"]);
  });
  test("text output: every finding line in the documented format", async () => {
    const r = await runCli(["lint", fixture("project-mistakes.xlsx")]);
    const out = lines(r.stdout);
    expect(out.length).toBeGreaterThan(5);
    for (const l of out.slice(0, -1)) expect(l).toMatch(TEXT_LINE);
    expect(out[out.length - 1]).toMatch(SUMMARY_ZH);
    expect(r.code).toBe(1);
  });
});

describe("needs the engine: department form and project list", () => {
  test("unbalanced department budget → a budget error on rows 6–7", async () => {
    const { code, report: rep } = await report("department-unbalanced.xlsx");
    expect(code).toBe(1);
    const budget = rep.sheets[0].findings.filter((f) => f.category === "budget" && f.severity === "error");
    expect(budget.map((f) => `${f.address} ${f.ruleId}`)).toEqual(["C6:E7 budget/department-balance"]);
  });

  test("coded indicator text: tables parsed from the 绩效指标 cells, problems reported at those cells", async () => {
    const { code, report: rep } = await report("project-list-coded.xlsx");
    expect(code).toBe(1);
    const s = rep.sheets[0];
    expect(s.tables.length).toBeGreaterThanOrEqual(3);
    expect(s.tables.flatMap((t) => t.indicators).some((i) => i.level3 === "宣传宣讲活动")).toBe(true);
    expect(s.findings.some((f) => f.address === "G12" && f.category === "taxonomy" && f.severity === "error")).toBe(
      true,
    ); // 1-产出指标；22-社会效益
    expect(s.findings.some((f) => f.address === "G13" && f.severity === "error")).toBe(true); // a formula as target
    expect(s.findings.some((f) => f.address === "G11")).toBe(false); // 涉密项目 is exempt
  });

  test("--sheet picks the clean or the faulty sheet", async () => {
    expect((await runCli(["lint", fixture("two-sheets.xlsx"), "--sheet", "项目甲"])).code).toBe(0);
    expect((await runCli(["lint", fixture("two-sheets.xlsx"), "--sheet", "项目乙"])).code).toBe(1);
  });
});
