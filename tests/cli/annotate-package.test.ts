/**
 * annotate patches the package (issue 9, items 5 and 6): every zip part of the output is compared with the
 * input's. Only the styles, the checked sheets' cells and the notes (comments, VML drawing, the sheet's
 * relationships, [Content_Types].xml for new parts) may differ; every other part keeps even its compressed
 * bytes. Run on our fixtures, on rich-parts.xlsx (chart, image, sparklines, x14 dropdown from another sheet,
 * custom properties, a user's note, a control character) and on ../shared/fixtures when present.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readSheets } from "../../src/cli/read-xlsx";
import { rawData, readZip } from "../../src/cli/zip";
import { expectOneBilingualLine, fixture, lines, parseReport, runCli, SHARED_FIXTURES } from "./helpers";
import { listSharedFixtures } from "../helpers/workbooks";
import { rowsXml, unzipParts, workbook } from "../helpers/xlsx-parts";
import { scanXml } from "../../src/cli/xml-scan";
import { columnIndex, columnName, fromA1 } from "../../src/domain";
import { SEVERITY_FILL } from "../../src/cli/patch-xlsx";
import { cleanTable, set } from "../engine/rule-tester";

const cases: [string, string][] = [
  "project-mistakes.xlsx",
  "department-unbalanced.xlsx",
  "project-list-coded.xlsx",
  "two-sheets.xlsx",
  "rich-parts.xlsx",
  "value-types.xlsx",
].map((f) => [f, fixture(f)]);
if (SHARED_FIXTURES) {
  for (const f of listSharedFixtures()) cases.push([`shared/${f}`, path.join(SHARED_FIXTURES, f)]);
} else {
  console.warn("annotate-package.test.ts: ../shared/fixtures absent — running on tests/fixtures only");
}

/** A worksheet's XML without what annotate may change: cell styles, empty styled cells, spans, dimension, legacyDrawing. */
function sheetSkeleton(xml: string): string {
  return xml
    .replace(/<(\w+:)?c r="[A-Z]+\d+" s="\d+"\/>/g, "")
    .replace(/(<(?:\w+:)?c\b[^>]*?)\ss="\d+"/g, "$1")
    .replace(/<(\w+:)?row r="\d+"><\/(\w+:)?row>/g, "")
    .replace(/ spans="[^"]*"/g, "")
    .replace(/<(\w+:)?dimension ref="[^"]*"\/>/, "")
    .replace(/<(\w+:)?legacyDrawing [^>]*\/>/, "");
}

const NOTE_PARTS = /^xl\/(comments\d*\.xml|drawings\/vmlDrawing\d+\.vml|worksheets\/_rels\/sheet\d+\.xml\.rels)$/;

describe.each(cases)("annotate %s: the package is patched, not re-saved", (name, original) => {
  let dir: string;
  let input: string;
  let output: string;
  let before: Map<string, Buffer>;
  let after: Map<string, Buffer>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-pkg-"));
    input = path.join(dir, "in.xlsx");
    output = path.join(dir, "out.xlsx");
    fs.copyFileSync(original, input);
    const r = await runCli(["annotate", input, "-o", output]);
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.code);
    before = unzipParts(fs.readFileSync(input));
    after = unzipParts(fs.readFileSync(output));
  });

  test("every part is kept; only styles, worksheets and note parts differ; untouched parts keep their compressed bytes", () => {
    const inBuf = fs.readFileSync(input);
    const outBuf = fs.readFileSync(output);
    const inRaw = new Map(readZip(inBuf).map((e) => [e.name, rawData(inBuf, e)]));
    const outRaw = new Map(readZip(outBuf).map((e) => [e.name, rawData(outBuf, e)]));
    const changed: string[] = [];
    for (const [part, bytes] of before) {
      expect({ part, kept: after.has(part) }).toEqual({ part, kept: true });
      if (after.get(part)!.equals(bytes)) {
        expect({ part, raw: outRaw.get(part)!.equals(inRaw.get(part)!) }).toEqual({ part, raw: true });
      } else changed.push(part);
    }
    for (const part of changed) {
      expect(part).toMatch(
        /^(xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml|\[Content_Types\]\.xml)$|^xl\/(comments\d*\.xml|drawings\/vmlDrawing\d+\.vml|worksheets\/_rels\/sheet\d+\.xml\.rels)$/,
      );
    }
    for (const part of after.keys()) if (!before.has(part)) expect(part).toMatch(NOTE_PARTS);
    expect(changed).toContain("xl/styles.xml");
  });

  test("a touched worksheet differs only in its cells' styles, new empty cells, dimension and legacyDrawing", () => {
    for (const [part, bytes] of before) {
      if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part)) continue;
      expect({ part, xml: sheetSkeleton(after.get(part)!.toString("utf8")) }).toEqual({
        part,
        xml: sheetSkeleton(bytes.toString("utf8")),
      });
    }
  });

  test("styles.xml: the input's fills and cell styles come first, unchanged; ours are appended", () => {
    const xfs = (x: string) =>
      [
        ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(x)?.[1] ?? "").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g),
      ].map((m) => m[0]);
    const fills = (x: string) =>
      [...(/<fills[^>]*>([\s\S]*?)<\/fills>/.exec(x)?.[1] ?? "").matchAll(/<fill>[\s\S]*?<\/fill>/g)].map((m) => m[0]);
    const a = before.get("xl/styles.xml")!.toString("utf8");
    const b = after.get("xl/styles.xml")!.toString("utf8");
    expect(xfs(b).slice(0, xfs(a).length)).toEqual(xfs(a));
    expect(fills(b).slice(0, fills(a).length)).toEqual(fills(a));
    expect(fills(b).length).toBe(fills(a).length + 3);
    // outside fills and cellXfs, nothing else changed but their count attributes
    const rest = (x: string) => x.replace(/<fills[\s\S]*?<\/fills>/, "").replace(/<cellXfs[\s\S]*?<\/cellXfs>/, "");
    expect(rest(b)).toBe(rest(a));
  });

  test("every value reads the same", async () => {
    const [x, y] = await Promise.all([readSheets(input), readSheets(output)]);
    expect(y.map((s) => [s.name, s.values, s.merges])).toEqual(x.map((s) => [s.name, s.values, s.merges]));
    if (name === "rich-parts.xlsx") expect(x[0].values[59][0]).toBe("控制符\u001b[2J与\u0007");
  });
});

describe("rich-parts.xlsx keeps what a re-save dropped", () => {
  let before: Map<string, Buffer>;
  let after: Map<string, Buffer>;
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-rich-"));
    const out = path.join(dir, "out.xlsx");
    await runCli(["annotate", fixture("rich-parts.xlsx"), "-o", out]);
    before = unzipParts(fs.readFileSync(fixture("rich-parts.xlsx")));
    after = unzipParts(fs.readFileSync(out));
  });

  test.each([
    "docProps/custom.xml",
    "xl/charts/chart1.xml",
    "xl/media/image1.png",
    "xl/drawings/drawing1.xml",
    "xl/drawings/_rels/drawing1.xml.rels",
    "_rels/.rels",
    "xl/sharedStrings.xml",
  ])("%s byte-identical", (part) => {
    expect(after.get(part)?.equals(before.get(part)!)).toBe(true);
  });

  test("sparklines, the x14 dropdown from another sheet and the control character stay in the worksheet", () => {
    const xml = after.get("xl/worksheets/sheet1.xml")!.toString("utf8");
    expect(xml).toContain("<x14:sparkline><xm:f>项目表!C8:E8</xm:f><xm:sqref>F8</xm:sqref></x14:sparkline>");
    expect(xml).toContain("<xm:f>下拉!$A$1:$A$3</xm:f>");
    expect(xml).toContain("控制符_x001B_[2J与_x0007_");
  });

  test("the user's note is kept, ours is added below it; new notes get VML shapes", () => {
    const comments = after.get("xl/comments1.xml")!.toString("utf8");
    expect(comments).toContain("经办人：此项待补充量化指标");
    expect(comments.indexOf("经办人")).toBeLessThan(comments.indexOf("绩效目标表助手："));
    const refs = [...comments.matchAll(/<comment ref="([A-Z]+\d+)"/g)].map((m) => m[1]);
    const vml = after.get("xl/drawings/vmlDrawing1.vml")!.toString("utf8");
    expect([...vml.matchAll(/<x:ClientData ObjectType="Note">/g)].length).toBe(refs.length);
  });
});

describe("the output file (issue 9, item 5)", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-out-"));
  });

  test("an existing -o is refused without --force, exit 2, left untouched", async () => {
    const out = path.join(dir, "out.xlsx");
    fs.writeFileSync(out, "previous");
    const r = await runCli(["annotate", fixture("project-mistakes.xlsx"), "-o", out]);
    expect(r.code).toBe(2);
    expectOneBilingualLine(r.stderr);
    expect(r.stderr).toMatch(/已存在.*--force.*already exists/);
    expect(fs.readFileSync(out, "utf8")).toBe("previous");
  });

  test("--force replaces it; no temporary file is left beside it", async () => {
    const out = path.join(dir, "out.xlsx");
    fs.writeFileSync(out, "previous");
    const r = await runCli(["annotate", fixture("project-mistakes.xlsx"), "-o", out, "--force"]);
    expect([0, 1]).toContain(r.code);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(fs.readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  test("a write error (ENOSPC) → exit 2, one line, the previous file intact, no partial file", async () => {
    const out = path.join(dir, "out.xlsx");
    fs.writeFileSync(out, "previous");
    const real = fs.promises.open;
    const spy = jest
      .spyOn(fs.promises, "open")
      .mockImplementation(async (...args: Parameters<typeof fs.promises.open>) => {
        const fh = await real(...args);
        if (!String(args[0]).endsWith(".tmp")) return fh;
        const failing = Object.create(fh) as typeof fh;
        failing.write = async () => {
          throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
        };
        failing.close = () => fh.close();
        failing.sync = () => fh.sync();
        return failing;
      });
    try {
      const r = await runCli(["annotate", fixture("project-mistakes.xlsx"), "-o", out, "--force"]);
      expect(r.code).toBe(2);
      expectOneBilingualLine(r.stderr);
      expect(r.stderr).toMatch(/无法写入.*ENOSPC.*Cannot write/);
    } finally {
      spy.mockRestore();
    }
    expect(fs.readFileSync(out, "utf8")).toBe("previous");
    expect(fs.readdirSync(dir)).toEqual(["out.xlsx"]);
  });
});

describe("patching packages other producers write", () => {
  // a form with one known mistake: F3 "＞＝95％" (sign-format, a fix) and a LaTeX target in E7
  const rows = set(set(cleanTable(), "F3", "＞＝95％"), "E7", "$\\geq 90\\%$");
  const cases: [string, Buffer][] = [
    ["rows and cells without r", workbook([{ name: "表", xml: rowsXml(rows, true) }])],
    ["no styles part at all", workbook([{ name: "表", xml: rowsXml(rows) }], { styles: null })],
    [
      "prefixed SpreadsheetML (x:worksheet) without an r: namespace",
      workbook([
        {
          name: "表",
          xml: `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${`<sheetData>${rowsXml(rows)}</sheetData>`.replace(/<(\/?)(sheetData|row|c|is|t)\b/g, "<$1x:$2")}</x:worksheet>`,
        },
      ]),
    ],
    [
      "a styled row and spans",
      workbook([
        {
          name: "表",
          xml: rowsXml(rows).replace(/<row r="(\d+)">/g, '<row r="$1" spans="1:6" s="6" customFormat="1">'),
        },
      ]),
    ],
  ];

  /** Each cell's fill colour in a package, read the OOXML way (rows and cells without r, any prefix). */
  function fills(buf: Buffer): Map<string, string | undefined> {
    const parts = unzipParts(buf);
    const fillRgb: (string | undefined)[] = [];
    const xfFill: number[] = [];
    let where = "";
    scanXml(parts.get("xl/styles.xml")?.toString("utf8") ?? "<styleSheet/>", {
      open(name, s) {
        if (name === "fills" || name === "cellXfs") where = name;
        else if (name === "fill" && where === "fills") fillRgb.push(undefined);
        else if (name === "fgColor" && where === "fills") fillRgb[fillRgb.length - 1] = s.attr("rgb");
        else if (name === "xf" && where === "cellXfs") xfFill.push(Number(s.attr("fillId") ?? 0));
      },
      close(name) {
        if (name === "fills" || name === "cellXfs") where = "";
      },
    });
    const out = new Map<string, string | undefined>();
    let row = 0;
    let col = 0;
    scanXml(parts.get("xl/worksheets/sheet1.xml")!.toString("utf8"), {
      open(name, s) {
        if (name === "row") {
          row = s.attr("r") ? Number(s.attr("r")) : row + 1;
          col = 0;
        } else if (name === "c") {
          const ref = s.attr("r");
          col = ref ? columnIndex(ref.replace(/\d+$/, "")) : col + 1;
          out.set(`${columnName(col)}${row}`, fillRgb[xfFill[Number(s.attr("s") ?? 0)]]);
        }
      },
      close() {},
    });
    return out;
  }

  test.each(cases)(
    "%s: the flagged cells are filled, nothing else, values unchanged, notes added",
    async (_name, buf) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-other-"));
      const input = path.join(dir, "in.xlsx");
      const output = path.join(dir, "out.xlsx");
      fs.writeFileSync(input, buf);
      // the worst severity per flagged cell, from lint's own report
      const rank = { error: 3, warning: 2, info: 1 } as const;
      const worst = new Map<string, keyof typeof rank>();
      for (const s of parseReport(lines((await runCli(["lint", input, "--format", "json"])).stdout)[0]).sheets)
        for (const finding of s.findings) {
          const g = fromA1(finding.address)!;
          for (let row = g.r1; row <= g.r2; row++)
            for (let col = g.c1; col <= g.c2; col++) {
              const k = `${columnName(col)}${row}`;
              const sev = finding.severity as keyof typeof rank;
              if (!worst.has(k) || rank[sev] > rank[worst.get(k)!]) worst.set(k, sev);
            }
        }
      expect(worst.has("F3")).toBe(true);
      expect(worst.has("E7")).toBe(true);
      const r = await runCli(["annotate", input, "-o", output]);
      expect(r.stderr).toBe("");
      const out = fs.readFileSync(output);
      const f = fills(out);
      for (const [cell, sev] of worst) expect({ cell, rgb: f.get(cell) }).toEqual({ cell, rgb: SEVERITY_FILL[sev] });
      const before = fills(buf);
      for (const [cell, rgb] of before) if (!worst.has(cell)) expect({ cell, rgb: f.get(cell) }).toEqual({ cell, rgb });
      const comments = [...unzipParts(out)].find(([n]) => /comments\d*\.xml$/.test(n))![1].toString("utf8");
      expect(comments).toMatch(/<comment ref="F3"[\s\S]*绩效目标表助手/);
      const [a, b] = await Promise.all([readSheets(input), readSheets(output)]);
      expect(b[0].values).toEqual(a[0].values);
    },
  );
});
