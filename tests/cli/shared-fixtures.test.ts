/**
 * The four real workbooks in ../shared/fixtures (never copied into the repo). Skipped, with a printed
 * reason, when ../shared is absent.
 */
import * as path from "node:path";
import { readSheets } from "../../src/cli/read-xlsx";
import { lines, parseReport, runCli, SHARED_FIXTURES } from "./helpers";
import { SHARED_FIXTURES as SHARED_FIXTURES_PATH } from "../helpers/workbooks";

const FILES = [
  "houjie-2025-dept.xlsx",
  "machong-2024-projects.xlsx",
  "qingxi-2025-dept-and-projects.xlsx",
  "huangpu-project-expenditure.xlsx",
];
const shared = (f: string) => path.join(SHARED_FIXTURES ?? "", f);

if (!SHARED_FIXTURES) {
  console.warn(`SKIPPED tests/cli/shared-fixtures.test.ts: ${SHARED_FIXTURES_PATH} is absent`);
}
const d = SHARED_FIXTURES ? describe : describe.skip;

d("real workbooks (../shared/fixtures)", () => {
  test.each(FILES)("%s reads and lints without an input error", async (f) => {
    const r = await runCli(["lint", shared(f), "--format", "json"]);
    expect(r.code).not.toBe(2);
    expect(r.stderr).toBe("");
    const rep = parseReport(lines(r.stdout)[0]);
    expect(rep.sheets).toHaveLength(1);
  });

  test("厚街: merged 一级/二级 cells read blank below the top-left cell", async () => {
    const [s] = await readSheets(shared("houjie-2025-dept.xlsx"));
    const at = (r: number, c: number) => s.values[r - 1]?.[c - 1] ?? null;
    expect(at(23, 2)).toBe("产出指标"); // B23:B36
    expect(at(24, 2)).toBeNull();
    expect(at(36, 3)).toBeNull(); // C23:C36
    expect(at(24, 4)).toBe("上报各类隐患、事件次数");
    expect(at(10, 3)).toBe(1281.77);
    expect(s.merges).toContainEqual({ r1: 22, c1: 1, r2: 44, c2: 1 });
  });

  test("the folder as a whole: one JSON line per workbook", async () => {
    const r = await runCli(["lint", SHARED_FIXTURES!, "--format", "json"]);
    expect(lines(r.stdout)).toHaveLength(FILES.length);
  });
});

d("needs the engine: real workbooks (docs/domain.md §6)", () => {
  test.each(FILES)("%s has errors → exit 1", async (f) => {
    expect((await runCli(["lint", shared(f)])).code).toBe(1);
  });

  test("清溪: the department totals do not balance (budget error)", async () => {
    const rep = parseReport(
      lines((await runCli(["lint", shared("qingxi-2025-dept-and-projects.xlsx"), "--format", "json"])).stdout)[0],
    );
    expect(rep.sheets[0].findings.some((f) => f.category === "budget" && f.severity === "error")).toBe(true);
  });

  test("黄埔: coded 二级 under the wrong 一级 are taxonomy errors in column G", async () => {
    const rep = parseReport(
      lines((await runCli(["lint", shared("huangpu-project-expenditure.xlsx"), "--format", "json"])).stdout)[0],
    );
    expect(rep.sheets[0].findings.some((f) => f.category === "taxonomy" && /^G\d+$/.test(f.address))).toBe(true);
  });

  test("麻涌: 无 as 实施周期指标值 is warned about", async () => {
    const rep = parseReport(
      lines((await runCli(["lint", shared("machong-2024-projects.xlsx"), "--format", "json"])).stdout)[0],
    );
    expect(rep.sheets[0].findings.some((f) => f.address === "E14" && f.severity === "warning")).toBe(true);
  });
});
