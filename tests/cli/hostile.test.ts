/**
 * Hostile and huge workbooks at the command (issue 9): limits refused in one line before the work, inert
 * terminal output, long text cut in messages and notes, no engine map keyed by unbounded text, symlinks.
 * The full-size figures (1,048,576 rows, the 200 MB zip bomb, 6,000 × 20,000-character names, 100,000 fuzzed
 * grids) are `npm run stress`; these are the same cases small enough for every test run.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { lintSheet } from "../../src/domain";
import { CACHE_KEY_MAX } from "../../src/domain/model/text";
import { cleanTable, set } from "../engine/rule-tester";
import { rowsXml, unzipParts, workbook, worksheet } from "../helpers/xlsx-parts";
import { expectOneBilingualLine, lines, runCli } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-hostile-"));
});
const write = (name: string, buf: Buffer | string) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, buf);
  return f;
};

/** Characters a terminal acts on, or that reorder text, none of which may reach it raw. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe("item 3: text output is inert", () => {
  const NASTY = "＞＝95％\u001b]0;pwned\u0007\u001b[2J\u0000\u202eexe.jpg";
  let file: string;
  beforeAll(() => {
    file = write("escape.xlsx", workbook([{ name: "表\u202e格", xml: rowsXml(set(cleanTable(), "F3", NASTY)) }]));
  });

  test("text: ESC, BEL, NUL and U+202E from cells and sheet names are shown as \\uXXXX escapes", async () => {
    const r = await runCli(["lint", file]);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain("\\u001B]0;pwned\\u0007\\u001B[2J\\u0000\\u202Eexe.jpg");
    expect(r.stdout).toContain("表\\u202E格");
  });

  test("json: still valid JSON holding the very text, with nothing raw on the wire", async () => {
    const r = await runCli(["lint", file, "--format", "json"]);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    const report = JSON.parse(lines(r.stdout)[0]);
    expect(report.sheets[0].name).toBe("表\u202e格");
    expect(report.sheets[0].findings.some((f: { message: string }) => f.message.includes("\u001b]0;pwned\u0007"))).toBe(
      true,
    );
  });

  test("a file name with a newline or ESC gives one line", async () => {
    const r = await runCli(["lint", path.join(dir, "a\nb\u001b[31m.xlsx")]);
    expect(r.code).toBe(2);
    expectOneBilingualLine(r.stderr);
    expect(r.stderr).toContain("a\\u000Ab\\u001B[31m.xlsx");
  });

  test("annotate: the note keeps the characters, stored as XML can hold them (_x001B_)", async () => {
    const out = path.join(dir, "escape-out.xlsx");
    const r = await runCli(["annotate", file, "-o", out]);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    const comments = [...unzipParts(fs.readFileSync(out))]
      .find(([n]) => /comments\d*\.xml$/.test(n))![1]
      .toString("utf8");
    expect(comments).toContain("_x001B_]0;pwned_x0007__x001B_[2J_x0000_");
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
    expect(comments).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});

describe("item 9: a 100,000-character cell is not quoted in full", () => {
  test("messages and notes cut it to MESSAGE_TEXT_MAX characters with …", async () => {
    const long = `＞＝95％${"很长的说明".repeat(20000)}`;
    const f = write("long.xlsx", workbook([{ name: "表", xml: rowsXml(set(cleanTable(), "F3", long)) }]));
    const r = await runCli(["lint", f]);
    const line = lines(r.stdout).find((l) => l.includes("F3"))!;
    expect(line).toContain("…");
    expect(line.length).toBeLessThan(400);
    const out = path.join(dir, "long-out.xlsx");
    await runCli(["annotate", f, "-o", out]);
    const comments = [...unzipParts(fs.readFileSync(out))]
      .find(([n]) => /comments\d*\.xml$/.test(n))![1]
      .toString("utf8");
    expect(comments.length).toBeLessThan(3000);
    expect(comments).toContain("…");
  });
});

describe("item 2: no map in the engine is keyed by unbounded cell text", () => {
  test("linting 32,767-character names and values never stores a key longer than CACHE_KEY_MAX + a few characters", () => {
    const rows = cleanTable();
    for (let i = 0; i < 12; i++) {
      const name = `${"社区居家养老服务中心".repeat(3276)}${i}`.slice(-32767);
      rows.push([null, null, null, name, `≥${i}${"个".repeat(20000)}`, name]);
    }
    let longest = 0;
    const mapSet = Map.prototype.set;
    const setAdd = Set.prototype.add;
    const measure = (k: unknown) => {
      if (typeof k === "string" && k.length > longest) longest = k.length;
    };
    Map.prototype.set = function (this: Map<unknown, unknown>, k: unknown, v: unknown) {
      measure(k);
      return mapSet.call(this, k, v);
    };
    Set.prototype.add = function (this: Set<unknown>, k: unknown) {
      measure(k);
      return setAdd.call(this, k);
    };
    try {
      lintSheet({ name: "长", values: rows });
    } finally {
      Map.prototype.set = mapSet;
      Set.prototype.add = setAdd;
    }
    expect(longest).toBeGreaterThan(10);
    expect(longest).toBeLessThanOrEqual(CACHE_KEY_MAX + 200);
  });

  test("distinct long names stay distinct: duplicates are still found, and only real ones", () => {
    const a = `${"甲".repeat(20000)}1`;
    const b = `${"甲".repeat(20000)}2`;
    const rows = cleanTable([
      [null, null, null, a, "≥1个", "≥1个"],
      [null, null, null, b, "≥1个", "≥1个"],
      [null, null, null, a, "≥1个", "≥1个"],
    ]);
    const dups = lintSheet({ name: "重复", values: rows }).findings.filter(
      (f) => f.ruleId === "completeness/duplicate-level3",
    );
    expect(dups).toHaveLength(1);
  });
});

describe("item 1: limits are checked before the work, refused in one line, exit 2", () => {
  const grid = (n: number) => Array.from({ length: n }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));

  test("estimated from <dimension> and the part's size, before reading", async () => {
    const f = write(
      "dim.xlsx",
      workbook([{ name: "大表", xml: worksheet(rowsXml(grid(300)), "", '<dimension ref="A1:J300"/>') }]),
    );
    const r = await runCli(["lint", f, "--max-cells", "1000"]);
    expect(r.code).toBe(2);
    expectOneBilingualLine(r.stderr);
    expect(r.stderr).toMatch(
      /工作表“大表”太大，未检查：约 3,000 个单元格，上限 1,000 个（可用 --max-cells 提高上限） \/ .*Sheet "大表" in .*dim\.xlsx is too large to check: about 3,000 cells, over the limit of 1,000 \(raise it with --max-cells\)/,
    );
    expect(r.stdout).toBe("");
  });

  test("counted while reading when the dimension is missing or lies", async () => {
    const f = write(
      "liar.xlsx",
      workbook([{ name: "大表", xml: worksheet(rowsXml(grid(300)), "", '<dimension ref="A1"/>') }]),
    );
    const r = await runCli(["lint", f, "--max-cells", "1000", "--format", "json"]);
    expect(r.code).toBe(2);
    expectOneBilingualLine(r.stderr);
    expect(r.stderr).toMatch(/超过 1,0\d\d 个单元格，上限 1,000 个/);
    expect(JSON.parse(lines(r.stdout)[0]).error).toMatch(/too large/);
  });

  test("--max-cells raises the limit; bad values are refused", async () => {
    const f = write(
      "ok.xlsx",
      workbook([{ name: "大表", xml: worksheet(rowsXml(grid(300)), "", '<dimension ref="A1:J300"/>') }]),
    );
    expect((await runCli(["lint", f, "--max-cells", "5,000", "--format", "json"])).code).not.toBe(2);
    for (const bad of ["0", "-5", "1.5", "many"]) {
      const r = await runCli(["lint", f, `--max-cells=${bad}`]);
      expect(r.code).toBe(2);
      expectOneBilingualLine(r.stderr);
      expect(r.stderr).toMatch(/--max-cells.*正整数.*positive whole number/);
    }
  });

  test("a zip bomb (a worksheet compressed far beyond any real one) is refused without being inflated", async () => {
    const row = "<row><c><v>1</v></c><c><v>1</v></c><c><v>1</v></c><c><v>1</v></c></row>";
    const f = write("bomb.xlsx", workbook([{ name: "炸弹", xml: worksheet(row.repeat(40000)) }]));
    expect(fs.statSync(f).size).toBeLessThan(30_000);
    for (const argv of [
      ["lint", f],
      ["annotate", f, "-o", path.join(dir, "bomb-out.xlsx")],
    ]) {
      const r = await runCli(argv);
      expect(r.code).toBe(2);
      expectOneBilingualLine(r.stderr);
      expect(r.stderr).toMatch(
        /压缩比为 \d+:1，正常工作簿不超过 100:1，疑似压缩炸弹 \/ .*compressed \d+:1, beyond the 100:1 of any real workbook/,
      );
    }
    expect(fs.existsSync(path.join(dir, "bomb-out.xlsx"))).toBe(false);
  });

  test("a cell far to the right on many rows counts what the engine would walk", async () => {
    const xml = Array.from({ length: 200 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join(
      "",
    );
    const r = await runCli(["lint", write("wide.xlsx", workbook([{ name: "宽", xml }])), "--max-cells", "1000000"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/超过 1,0\d\d,\d{3} 个单元格/);
  });
});

describe("item 9: symbolic links are followed once", () => {
  test("a link to a workbook is checked, a link loop ends, a dangling link is reported", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-links-"));
    fs.mkdirSync(path.join(root, "sub"));
    const real = path.join(root, "sub", "real.xlsx");
    fs.writeFileSync(real, workbook([{ name: "表", xml: rowsXml(cleanTable()) }]));
    fs.symlinkSync(real, path.join(root, "link.xlsx"));
    fs.symlinkSync(root, path.join(root, "sub", "loop"));
    fs.symlinkSync(path.join(root, "gone.xlsx"), path.join(root, "dangling.xlsx"));
    const r = await runCli(["lint", root, "--format", "json"]);
    const out = lines(r.stdout).map((l) => JSON.parse(l) as { file: string; error?: string });
    expect(out.map((o) => path.relative(root, o.file)).sort()).toEqual(["dangling.xlsx", "link.xlsx"]);
    expect(out.find((o) => o.file.endsWith("dangling.xlsx"))!.error).toMatch(/not found/);
    expect(r.code).toBe(2);
  });
});
