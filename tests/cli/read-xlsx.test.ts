/**
 * The command's streaming reader: every value kind, merges, number formats, the OOXML forms other producers
 * write (rows and cells without `r`, inline strings, prefixed elements, escapes), and honest failures.
 */
import ExcelJS from "exceljs";
import { parseWorkbook, readSheets } from "../../src/cli/read-xlsx";
import type { CellValue, SheetInput } from "../../src/domain";
import { fromA1, lintSheet } from "../../src/domain";
import { fixture, runCli, expectOneBilingualLine } from "./helpers";
import { workbook, worksheet, NS, zipParts, unzipParts } from "../helpers/xlsx-parts";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

function at(s: SheetInput, a1: string): CellValue | undefined {
  const { r1: row, c1: col } = fromA1(a1)!;
  const o = s.origin ?? { row: 1, col: 1 };
  return s.values[row - o.row]?.[col - o.col] ?? null;
}

const fmt = (s: SheetInput, r: number, c: number) => s.formats?.[r - 1]?.[c - 1] ?? null;

async function one(buf: Buffer): Promise<SheetInput> {
  const [s] = await readSheets(buf);
  return s;
}

describe("value-types.xlsx (written by exceljs)", () => {
  let s: SheetInput;
  beforeAll(async () => {
    [s] = await readSheets(fixture("value-types.xlsx"));
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
    ["B4", null], // other cells of the merge are null
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

describe("merged blocks read as blank below their top-left cell", () => {
  test("the indicator table's merged 一级/二级 cells", async () => {
    const [s] = await readSheets(fixture("project-2021-clean.xlsx"));
    expect(at(s, "B15")).toBe("成本指标");
    expect(at(s, "B16")).toBeNull();
    expect(at(s, "B17")).toBeNull();
    expect(at(s, "B18")).toBe("产出指标");
    expect(at(s, "C19")).toBeNull();
    expect(at(s, "D19")).toBe("参训人次");
    expect(s.merges).toContainEqual({ r1: 18, c1: 2, r2: 21, c2: 2 });
  });

  test("a workbook written by exceljs round-trips to the same values", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("B2").value = "一级指标";
    ws.getCell("D5").value = 3;
    ws.mergeCells("B3:C4");
    ws.getCell("B3").value = "产出指标";
    const s = await one(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(s.values).toEqual([[], [null, "一级指标"], [null, "产出指标"], [], [null, null, null, 3]]);
  });
});

describe("number formats beside the values (SheetInput.formats)", () => {
  test("built-in ids 9/10, custom codes, General left out, dates turned into text", async () => {
    const s = await one(
      workbook(
        [
          {
            name: "F",
            xml: '<row r="1"><c r="A1" s="1"><v>0.95</v></c><c r="B1" s="2"><v>0.9512</v></c><c r="C1" s="4"><v>0.5</v></c><c r="D1"><v>7</v></c><c r="E1" s="6"><v>1281.77</v></c></row><row r="2"><c r="A2" s="3"><v>45747</v></c><c r="B2" s="5"><v>45747</v></c><c r="C2" s="1" t="s"><v>0</v></c></row>',
          },
        ],
        { sst: ["文字"] },
      ),
    );
    expect(s.values).toEqual([
      [0.95, 0.9512, 0.5, 7, 1281.77],
      ["2025-03-31", "2025-03-31", "文字"],
    ]);
    expect(fmt(s, 1, 1)).toBe("0%");
    expect(fmt(s, 1, 2)).toBe("0.00%");
    expect(fmt(s, 1, 3)).toBe("0.0%");
    expect(fmt(s, 1, 4)).toBeNull(); // General
    expect(fmt(s, 1, 5)).toBe("#,##0.00");
    expect(fmt(s, 2, 3)).toBeNull(); // text cells need none
  });

  test("the 1904 date system", async () => {
    const s = await one(
      workbook([{ name: "D", xml: '<row r="1"><c r="A1" s="3"><v>44285</v></c></row>' }], {
        workbookPr: '<workbookPr date1904="1"/>',
      }),
    );
    expect(s.values).toEqual([["2025-03-31"]]);
  });
});

describe("OOXML as other producers write it", () => {
  test("rows and cells without an r attribute follow the one before them", async () => {
    const s = await one(
      workbook([
        {
          name: "R",
          xml: '<row><c t="inlineStr"><is><t>一级指标</t></is></c><c><v>2</v></c></row><row/><row><c r="C3"><v>3</v></c><c><v>4</v></c></row>',
        },
      ]),
    );
    expect(s.values).toEqual([["一级指标", 2], [], [null, null, 3, 4]]);
  });

  test("inline strings, rich inline strings without phonetic guides, t=str, booleans, errors", async () => {
    const s = await one(
      workbook([
        {
          name: "I",
          xml:
            '<row r="1"><c r="A1" t="inlineStr"><is><r><t>产出</t></r><r><rPr><b/></rPr><t>指标</t></r><rPh sb="0" eb="2"><t>チャンシュツ</t></rPh></is></c>' +
            '<c r="B1" t="str"><f>A1</f><v>≥90%</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#REF!</v></c><c r="E1"><f>1+1</f></c></row>',
        },
      ]),
    );
    expect(s.values).toEqual([["产出指标", "≥90%", true, "#REF!"]]);
  });

  test("shared strings: rich text joined, phonetic runs left out, _xHHHH_ escapes and entities resolved", async () => {
    const sst = `<sst ${NS}><si><r><t>满意</t></r><r><t>度</t></r><rPh><t>x</t></rPh></si><si><t>a_x001B_[2J&amp;&lt;b&gt;&#x263A;</t></si><si/><si><t><![CDATA[<c>]]></t></si></sst>`;
    const s = await one(
      workbook(
        [
          {
            name: "S",
            xml: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>',
          },
        ],
        { sst },
      ),
    );
    expect(s.values).toEqual([["满意度", "a\u001b[2J&<b>☺", null, "<c>"]]);
  });

  test("prefixed SpreadsheetML elements (x:worksheet, x:c …)", async () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>效益指标</x:t></x:is></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="B2:C3"/></x:mergeCells></x:worksheet>`;
    const s = await one(workbook([{ name: "P", xml }]));
    expect(s.values).toEqual([[], [null, "效益指标"]]);
    expect(s.merges).toEqual([{ r1: 2, c1: 2, r2: 3, c2: 3 }]);
  });

  test("text longer than Excel's 32,767 characters per cell is cut to it", async () => {
    const long = "长".repeat(40000);
    const s = await one(
      workbook([{ name: "L", xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], { sst: [long] }),
    );
    expect((s.values[0][0] as string).length).toBe(32767);
  });

  test("lint of such a workbook: rows without r are not 'corrupt' (issue 9, item 9)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-nor-"));
    const f = path.join(dir, "no-r.xlsx");
    fs.writeFileSync(
      f,
      workbook([
        {
          name: "表",
          xml: '<row><c t="inlineStr"><is><t>三级指标</t></is></c></row><row><c t="inlineStr"><is><t>培训场次</t></is></c></row>',
        },
      ]),
    );
    const r = await runCli(["lint", f, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });
});

describe("broken packages are refused, not passed (issue 9, item 7)", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-broken-"));
  });
  const write = (name: string, buf: Buffer) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, buf);
    return f;
  };

  test("no worksheet at all → exit 2 with the no-sheets message (lint and annotate)", async () => {
    const f = write("nosheets.xlsx", workbook([]));
    for (const argv of [
      ["lint", f],
      ["lint", f, "--format", "json"],
      ["annotate", f, "-o", path.join(dir, "out.xlsx")],
    ]) {
      const r = await runCli(argv);
      expect(r.code).toBe(2);
      expectOneBilingualLine(r.stderr);
      expect(r.stderr).toMatch(/没有工作表.*no worksheets/);
    }
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  test("a listed sheet whose part is missing → corrupt", async () => {
    const parts = workbook([{ name: "A", xml: "" }]);
    const all = Object.fromEntries([...unzipParts(parts)].filter(([n]) => n !== "xl/worksheets/sheet1.xml"));
    const r = await runCli(["lint", write("missing-part.xlsx", zipParts(all))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/损坏.*corrupt/);
  });

  test("cells of type s without a shared-strings part → corrupt, not string indices", async () => {
    const f = write(
      "nosst.xlsx",
      workbook([{ name: "A", xml: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' }]),
    );
    const r = await runCli(["lint", f]);
    expect(r.code).toBe(2);
    expectOneBilingualLine(r.stderr);
    expect(r.stderr).toMatch(/损坏.*corrupt/);
  });

  test("a shared-string index past the table → corrupt", async () => {
    const f = write(
      "badindex.xlsx",
      workbook([{ name: "A", xml: '<row r="1"><c r="A1" t="s"><v>5</v></c></row>' }], { sst: ["x"] }),
    );
    expect((await runCli(["lint", f])).code).toBe(2);
  });

  test.each([
    [
      "a DOCTYPE (XXE, billion laughs)",
      `<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol;</t></is></c></row></sheetData></worksheet>`,
    ],
    [
      "an unknown entity",
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`,
    ],
    ["unclosed XML", `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c>`],
    [
      "a cell past column XFD",
      `<worksheet ${NS}><sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>`,
    ],
    [
      "a row past 1,048,576",
      `<worksheet ${NS}><sheetData><row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData></worksheet>`,
    ],
  ])("%s → corrupt, exit 2", async (_name, xml) => {
    const r = await runCli([
      "lint",
      write(`bad-${Math.random().toString(36).slice(2)}.xlsx`, workbook([{ name: "A", xml }])),
    ]);
    expect(r.code).toBe(2);
    expectOneBilingualLine(r.stderr);
    expect(r.stderr).toMatch(/损坏.*corrupt/);
  });

  test("a part that inflates to more than its directory entry says → corrupt", async () => {
    const buf = workbook([{ name: "A", xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }]);
    // lower the declared size of the worksheet part in the central directory
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    let p = buf.lastIndexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02])]));
    while (p >= 0 && !buf.subarray(p + 46, p + 46 + name.length).equals(name))
      p = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p - 1);
    buf.writeUInt32LE(10, p + 24);
    const r = await runCli(["lint", write("liar.xlsx", buf)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/损坏.*corrupt/);
  });

  test("parseWorkbook on the fixture's bytes lists its worksheets", async () => {
    const wb = await parseWorkbook(fs.readFileSync(fixture("two-sheets.xlsx")), "two-sheets.xlsx");
    expect(wb.sheets.map((s) => s.name)).toEqual(["项目甲", "项目乙"]);
  });
});

test("the engine reads what the reader gives: a clean form stays clean", async () => {
  const [s] = await readSheets(fixture("project-2021-clean.xlsx"));
  expect(lintSheet(s).findings.filter((f) => f.severity === "error")).toEqual([]);
});

test("empty worksheet parts and <sheetData/> read as empty sheets", async () => {
  const s = await one(workbook([{ name: "E", xml: `<worksheet ${NS}><dimension ref="A1"/><sheetData/></worksheet>` }]));
  expect(s.values).toEqual([]);
  expect(worksheet("")).toContain("<sheetData></sheetData>");
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
    const s = await one(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(s.formats?.[2]?.[4]).toBe("0%");
    const r = lintSheet(s);
    expect(r.tables[0].indicators.map((i) => i.annual)).toEqual(["80人", "95%", "120人", "90.5%"]);
    expect(r.findings.filter((f) => f.ruleId === "value/unit-missing")).toEqual([]);
  });
});
