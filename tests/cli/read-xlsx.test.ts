/** exceljs → SheetInput: every value kind, merges, and the merge echo that exceljs does. */
import ExcelJS from "exceljs";
import { loadWorkbook, plainValue, toSheetInput, LINT_IGNORE_NODES } from "../../src/cli/read-xlsx";
import { lintSheet, type CellValue, type SheetInput } from "../../src/domain";
import { fixture } from "./helpers";

function at(s: SheetInput, a1: string): CellValue | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  const o = s.origin ?? { row: 1, col: 1 };
  return s.values[row - o.row]?.[col - o.col] ?? null;
}

describe("toSheetInput on value-types.xlsx", () => {
  let s: SheetInput;
  beforeAll(async () => {
    const wb = await loadWorkbook(fixture("value-types.xlsx"));
    s = toSheetInput(wb.worksheets[0]);
  });

  test.each<[string, CellValue]>([
    ["A1", "三级指标"], // string
    ["B1", "培训场次"], // rich text joined
    ["A2", 12.5], // number
    ["B2", 25], // formula → cached result
    ["C2", "#DIV/0!"], // formula with an error result
    ["D2", "≥90%"], // formula with a string result
    ["A3", "2025-03-31"], // date
    ["B3", "#N/A"], // error value
    ["C3", "政策文件"], // hyperlink → its text
    ["D3", true], // booleans stay booleans
    ["E3", false],
    ["A4", "成本指标"], // top-left of a merge keeps the value
    ["B4", null], // other cells of the merge are null (exceljs echoes the master)
    ["A5", null],
    ["B6", null],
    ["C4", "合并"],
    ["C5", null],
    ["F9", "远处"],
    ["Z99", null],
  ])("%s", (a1, expected) => {
    expect(at(s, a1)).toEqual(expected);
  });

  test("merges are 1-based and inclusive", () => {
    const merges = [...(s.merges ?? [])].sort((a, b) => a.c1 - b.c1);
    expect(merges).toEqual([
      { r1: 4, c1: 1, r2: 6, c2: 2 },
      { r1: 4, c1: 3, r2: 5, c2: 3 },
    ]);
  });

  test("name and origin", () => {
    expect(s.name).toBe("类型");
    expect(s.origin).toEqual({ row: 1, col: 1 });
  });
});

describe("plainValue", () => {
  test.each<[unknown, CellValue]>([
    [null, null],
    [undefined, null],
    ["x", "x"],
    [0, 0],
    [{ formula: "A1", result: undefined }, null],
    [{ sharedFormula: "A1", result: 3 }, 3],
    [{ formula: "TODAY()", result: new Date(Date.UTC(2024, 11, 31)) }, "2024-12-31"],
    [{ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "http://x" }, "ab"],
    [{ richText: [] }, ""],
    [{ error: "#REF!" }, "#REF!"],
    [new Date(NaN), null],
  ])("%j → %j", (v, expected) => {
    expect(plainValue(v)).toEqual(expected);
  });
});

describe("merged blocks read as blank below their top-left cell", () => {
  test("the indicator table's merged 一级/二级 cells", async () => {
    const s = toSheetInput((await loadWorkbook(fixture("project-2021-clean.xlsx"))).worksheets[0]);
    // B15:B17 成本指标, B18:B21 产出指标 (see scripts/gen-fixtures.mjs)
    expect(at(s, "B15")).toBe("成本指标");
    expect(at(s, "B16")).toBeNull();
    expect(at(s, "B17")).toBeNull();
    expect(at(s, "B18")).toBe("产出指标");
    expect(at(s, "C19")).toBeNull();
    expect(at(s, "D19")).toBe("参训人次");
    expect(s.merges).toContainEqual({ r1: 18, c1: 2, r2: 21, c2: 2 });
  });

  test("lint's reduced load reads the same values as a full load", async () => {
    const full = toSheetInput((await loadWorkbook(fixture("project-mistakes.xlsx"))).worksheets[0]);
    const lean = toSheetInput((await loadWorkbook(fixture("project-mistakes.xlsx"), { ignoreNodes: LINT_IGNORE_NODES })).worksheets[0]);
    expect(lean).toEqual(full);
    expect(full.values.length).toBeGreaterThan(20);
  });

  test("a workbook written by exceljs round-trips to the same values", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("B2").value = "一级指标";
    ws.getCell("D5").value = 3;
    ws.mergeCells("B3:C4");
    ws.getCell("B3").value = "产出指标";
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await wb.xlsx.writeBuffer());
    const s = toSheetInput(again.worksheets[0]);
    expect(s.values).toEqual([[], [null, "一级指标"], [null, "产出指标"], [], [null, null, null, 3]]);
  });
});

describe("percent and unit formats: the clerk typed 95% (Excel stores 0.95 formatted 0%)", () => {
  test("the command reads 95%, not 0.95 without a unit", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("项目");
    ws.addRows([
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      [null, "产出指标", "数量指标", "发放人数", 80],
      [null, null, "质量指标", "发放准确率", 0.95],
      [null, "效益指标", "社会效益指标", "受益人数", 120],
      [null, "满意度指标", "服务对象满意度指标", "满意度", 0.905],
    ]);
    ws.getCell("E2").numFmt = '0"人"';
    ws.getCell("E3").numFmt = "0%";
    ws.getCell("E4").numFmt = '0"人"';
    ws.getCell("E5").numFmt = "0.0%";
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const s = toSheetInput(back.worksheets[0]);
    expect(s.formats?.[2]?.[4]).toBe("0%");
    const r = lintSheet(s);
    expect(r.tables[0].indicators.map((i) => i.annual)).toEqual(["80人", "95%", "120人", "90.5%"]);
    expect(r.findings.filter((f) => f.ruleId === "value/unit-missing")).toEqual([]);
  });
});
