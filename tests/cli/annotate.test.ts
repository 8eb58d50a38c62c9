/**
 * `jixiao annotate` with the real engine, on our fixtures and (when present) ../shared/fixtures:
 * the input is never modified, and the copy differs only by the fills and notes on flagged cells.
 * The invariant half holds with any engine; "flags something" needs the real rules.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { fromA1 } from "../../src/domain";
import { SEVERITY_FILL } from "../../src/cli/annotate";
import {
  cellKeys,
  expectOnlyAnnotationsChanged,
  fixture,
  lines,
  parseReport,
  runCli,
  SHARED_FIXTURES,
} from "./helpers";
import { listSharedFixtures } from "../helpers/workbooks";

const RANK = { error: 3, warning: 2, info: 1 } as const;

const cases: [string, string][] = [
  ["project-mistakes.xlsx", fixture("project-mistakes.xlsx")],
  ["department-unbalanced.xlsx", fixture("department-unbalanced.xlsx")],
  ["project-list-coded.xlsx", fixture("project-list-coded.xlsx")],
  ["two-sheets.xlsx", fixture("two-sheets.xlsx")],
];
if (SHARED_FIXTURES) {
  for (const f of listSharedFixtures()) cases.push([`shared/${f}`, path.join(SHARED_FIXTURES, f)]);
} else {
  console.warn("annotate.test.ts: ../shared/fixtures absent — running on tests/fixtures only");
}

describe.each(cases)("annotate %s", (_name, original) => {
  let dir: string;
  let input: string;
  let output: string;
  let before: { bytes: Buffer; mtimeMs: number };
  let worst: Map<string, Map<string, keyof typeof RANK>>;
  let code: number;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-annotate-real-"));
    input = path.join(dir, path.basename(original));
    output = path.join(dir, "annotated.xlsx");
    fs.copyFileSync(original, input);
    const past = new Date(Date.UTC(2024, 0, 2));
    fs.utimesSync(input, past, past);
    before = { bytes: fs.readFileSync(input), mtimeMs: fs.statSync(input).mtimeMs };

    const lint = await runCli(["lint", input, "--format", "json"]);
    const rep = parseReport(lines(lint.stdout)[0]);
    worst = new Map();
    for (const s of rep.sheets) {
      const m = new Map<string, keyof typeof RANK>();
      for (const f of s.findings) {
        const r = fromA1(f.address)!;
        for (const k of cellKeys(r)) {
          const prev = m.get(k);
          if (!prev || RANK[f.severity as keyof typeof RANK] > RANK[prev]) m.set(k, f.severity as keyof typeof RANK);
        }
      }
      worst.set(s.name, m);
    }
    const r = await runCli(["annotate", input, "-o", output]);
    expect(r.stderr).toBe("");
    code = r.code;
    expect(code).toBe(lint.code);
  });

  test("the input is unchanged (bytes and mtime)", () => {
    expect(fs.readFileSync(input).equals(before.bytes)).toBe(true);
    expect(fs.statSync(input).mtimeMs).toBe(before.mtimeMs);
  });

  test("the copy differs only by fills and notes on flagged cells; fills follow the worst severity", async () => {
    const src = new ExcelJS.Workbook();
    await src.xlsx.readFile(input);
    const dst = new ExcelJS.Workbook();
    await dst.xlsx.readFile(output);
    const flagged = new Map([...worst].map(([k, m]) => [k, new Set(m.keys())]));
    const stats = expectOnlyAnnotationsChanged(src, dst, flagged);
    expect(stats.compared).toBeGreaterThan(50);
    for (const [sheet, m] of worst) {
      const ws = dst.getWorksheet(sheet)!;
      for (const [key, sev] of m) {
        const [r, c] = key.split(",").map(Number);
        expect({ key, argb: (ws.getCell(r, c).fill as ExcelJS.FillPattern).fgColor?.argb }).toEqual({
          key,
          argb: SEVERITY_FILL[sev],
        });
      }
    }
  });

  test("needs the engine: something is flagged", () => {
    expect([...worst.values()].reduce((n, m) => n + m.size, 0)).toBeGreaterThan(0);
  });
});
