/**
 * `jixiao lint` with whatever engine is in src/domain: unreadable inputs, several files and folders,
 * the JSON shape, --sheet, --config. Nothing here depends on the engine finding anything
 * (that is engine.test.ts and fake-engine.test.ts).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  expectOneBilingualLine,
  fixture,
  jsonErrorSchema,
  lines,
  parseReport,
  runCli,
  SUMMARY_EN,
  SUMMARY_ZH,
  TEXT_LINE,
} from "./helpers";

describe("unreadable input: exit 2, one line (Chinese, then English), no stack", () => {
  test.each([
    ["missing", "does-not-exist.xlsx", /找不到文件.*File not found/],
    ["empty (0 bytes)", "empty.xlsx", /空.*empty/],
    ["corrupt (zip garbage)", "corrupt.xlsx", /损坏.*corrupt/],
    ["encrypted / old .xls (CFB header)", "encrypted.xlsx", /加密.*\.xls.*encrypted or an old \.xls/],
    ["not an xlsx", "not-xlsx.txt", /不是 \.xlsx.*not an \.xlsx/],
    ["a folder without workbooks", "../stubs", /没有 \.xlsx.*No \.xlsx/],
  ])("%s", async (_name, file, pattern) => {
    for (const format of ["text", "json"]) {
      const r = await runCli(["lint", fixture(file), "--format", format]);
      expect(r.code).toBe(2);
      expectOneBilingualLine(r.stderr);
      expect(r.stderr).toMatch(pattern);
      if (format === "json") {
        const out = lines(r.stdout);
        expect(out).toHaveLength(1);
        expect(jsonErrorSchema.parse(JSON.parse(out[0])).file).toBe(fixture(file));
      } else {
        expect(r.stdout).toBe("");
      }
    }
  });

  test("a .xls-named CFB file says encrypted or old .xls too", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-xls-"));
    const f = path.join(dir, "旧表.xls");
    fs.copyFileSync(fixture("encrypted.xlsx"), f);
    const r = await runCli(["lint", f]);
    expect(r.code).toBe(2);
    expectOneBilingualLine(r.stderr);
    expect(r.stderr).toMatch(/old \.xls/);
  });

  test("a zip that is not a workbook", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-zip-"));
    const f = path.join(dir, "notes.xlsx");
    // a minimal valid zip with one stored entry "a.txt"
    const name = Buffer.from("a.txt");
    const data = Buffer.from("hello");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(0x3610a686, 14); // crc32("hello")
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    fs.writeFileSync(f, Buffer.concat([local, name, data]));
    const r = await runCli(["lint", f]);
    expect(r.code).toBe(2);
    expectOneBilingualLine(r.stderr);
    expect(r.stderr).toMatch(/损坏.*corrupt/);
  });
});

describe("--format json", () => {
  test("prints exactly one JSON object of the documented shape", async () => {
    const r = await runCli(["lint", fixture("project-2021-clean.xlsx"), "--format", "json"]);
    expect(r.stderr).toBe("");
    const out = lines(r.stdout);
    expect(out).toHaveLength(1);
    const report = parseReport(out[0]);
    expect(report.file).toBe(fixture("project-2021-clean.xlsx"));
    expect(report.sheets.map((s) => s.name)).toEqual(["项目绩效目标表"]);
    expect(r.code).toBe(report.summary.errors > 0 ? 1 : 0);
  });

  test("an empty workbook is fine: one sheet, nothing found, exit 0", async () => {
    const r = await runCli(["lint", fixture("empty-workbook.xlsx"), "--format", "json"]);
    expect(r.code).toBe(0);
    const report = parseReport(lines(r.stdout)[0]);
    expect(report.sheets).toEqual([{ name: "Sheet1", tables: [], findings: [] }]);
  });

  test("--sheet limits the report to that sheet", async () => {
    const both = parseReport(lines((await runCli(["lint", fixture("two-sheets.xlsx"), "--format", "json"])).stdout)[0]);
    expect(both.sheets.map((s) => s.name)).toEqual(["项目甲", "项目乙"]);
    const one = parseReport(
      lines((await runCli(["lint", fixture("two-sheets.xlsx"), "--format", "json", "--sheet", "项目乙"])).stdout)[0],
    );
    expect(one.sheets.map((s) => s.name)).toEqual(["项目乙"]);
    expect(one.sheets[0]).toEqual(both.sheets[1]);
  });
});

describe("text output", () => {
  test("zh-CN by default: finding lines then a summary line", async () => {
    const r = await runCli(["lint", fixture("project-mistakes.xlsx")]);
    const out = lines(r.stdout);
    expect(out.length).toBeGreaterThanOrEqual(1);
    const summary = out[out.length - 1];
    const m = SUMMARY_ZH.exec(summary);
    expect(m).not.toBeNull();
    for (const l of out.slice(0, -1)) expect(l).toMatch(TEXT_LINE);
    expect(out.length - 1).toBe(Number(m![1]) + Number(m![2]) + Number(m![3]));
    expect(r.code).toBe(Number(m![1]) > 0 ? 1 : 0);
  });

  test("--lang en-US", async () => {
    const r = await runCli(["lint", fixture("project-2021-clean.xlsx"), "--lang", "en-US"]);
    const out = lines(r.stdout);
    expect(out[out.length - 1]).toMatch(SUMMARY_EN);
    for (const l of out.slice(0, -1)) expect(l).toMatch(/ {2}(error|warning|info) {2}/);
  });
});

describe("several files and folders", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-batch-"));
    fs.mkdirSync(path.join(dir, "镇街", "深层"), { recursive: true });
    fs.copyFileSync(fixture("project-2021-clean.xlsx"), path.join(dir, "a.xlsx"));
    fs.copyFileSync(fixture("two-sheets.xlsx"), path.join(dir, "镇街", "b.xlsx"));
    fs.copyFileSync(fixture("empty-workbook.xlsx"), path.join(dir, "镇街", "深层", "c.XLSX"));
    fs.copyFileSync(fixture("corrupt.xlsx"), path.join(dir, "镇街", "broken.xlsx"));
    fs.writeFileSync(path.join(dir, "~$a.xlsx"), "lock"); // Excel's lock file: skipped
    fs.writeFileSync(path.join(dir, "readme.txt"), "not a workbook"); // not *.xlsx: skipped
  });

  test("a folder is searched recursively; one JSON line per workbook; the unreadable one does not stop the rest", async () => {
    const r = await runCli(["lint", dir, "--format", "json"]);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    const files = out.map((o) => path.relative(dir, o.file)).sort();
    expect(files).toEqual(
      [
        "a.xlsx",
        path.join("镇街", "b.xlsx"),
        path.join("镇街", "broken.xlsx"),
        path.join("镇街", "深层", "c.XLSX"),
      ].sort(),
    );
    const broken = out.find((o) => o.file.endsWith("broken.xlsx"));
    expect(jsonErrorSchema.parse(broken).error).toMatch(/corrupt/);
    for (const o of out.filter((x) => x !== broken)) parseReport(JSON.stringify(o));
    expect(lines(r.stderr)).toHaveLength(1); // the broken file's line; no progress (4 files, not a TTY)
    expect(r.code).toBe(2); // 2 wins over 1
  });

  test("files and a missing one in text mode: the others are still checked", async () => {
    const r = await runCli(["lint", fixture("project-2021-clean.xlsx"), "nope.xlsx", fixture("two-sheets.xlsx")]);
    expect(r.code).toBe(2);
    expectOneBilingualLine(r.stderr);
    expect(r.stderr).toContain("nope.xlsx");
    const out = lines(r.stdout);
    expect(out[out.length - 1]).toMatch(/（3 个文件）$/);
  });

  test("duplicates are checked once", async () => {
    const r = await runCli(["lint", path.join(dir, "a.xlsx"), path.join(dir, "a.xlsx"), "--format", "json"]);
    expect(lines(r.stdout)).toHaveLength(1);
  });

  test("progress on stderr from 5 files, only with --progress or a TTY", async () => {
    const five = [
      "project-2021-clean.xlsx",
      "two-sheets.xlsx",
      "empty-workbook.xlsx",
      "value-types.xlsx",
      "project-list-coded.xlsx",
    ].map(fixture);
    const quiet = await runCli(["lint", ...five, "--format", "json"]);
    expect(quiet.stderr).toBe("");
    const withFlag = await runCli(["lint", ...five, "--format", "json", "--progress"]);
    expect(lines(withFlag.stderr)).toEqual(five.map((f, i) => `[${i + 1}/5] ${f}`));
    expect(lines(withFlag.stdout)).toHaveLength(5);
    const tty = await runCli(["lint", ...five, "--format", "json"], { isTTY: true });
    expect(lines(tty.stderr)).toHaveLength(5);
    const four = await runCli(["lint", ...five.slice(0, 4), "--progress"]);
    expect(four.stderr).toBe("");
  });
});

describe("--config and --framework", () => {
  let dir: string;
  const write = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-config-"));
  });

  test("a valid config is accepted", async () => {
    const cfg = write("ok.json", JSON.stringify({ framework: "2021", satisfactionFloor: 85, rules: {} }));
    const r = await runCli(["lint", fixture("project-2021-clean.xlsx"), "--config", cfg, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).not.toBe(2);
  });

  test("not JSON → exit 2 with one line", async () => {
    const cfg = write("bad.json", "{ framework: 2021 ");
    const r = await runCli(["lint", fixture("project-2021-clean.xlsx"), "--config", cfg]);
    expect(r.code).toBe(2);
    expectOneBilingualLine(r.stderr);
    expect(r.stderr).toMatch(/JSON/);
    expect(r.stdout).toBe("");
  });

  test("fails the schema → one line in both languages naming each problem, exit 2 (issue 9, item 9)", async () => {
    const cfg = write("wrong.json", JSON.stringify({ satisfactionFloor: 120, colour: "red" }));
    for (const lang of ["zh-CN", "en-US"]) {
      const r = await runCli(["lint", fixture("project-2021-clean.xlsx"), "--config", cfg, "--lang", lang]);
      expect(r.code).toBe(2);
      expectOneBilingualLine(r.stderr);
      expect(r.stderr).toMatch(
        /配置文件有误.*satisfactionFloor：应不大于 100.*未知的设置项“colour”.* \/ Invalid config file: .*satisfactionFloor: must be at most 100.*unknown setting "colour"/,
      );
    }
  });

  test.each<[string, string, RegExp]>([
    [
      "1e999",
      '{"satisfactionFloor": 1e999}',
      /satisfactionFloor：应为有限的数字.* \/ .*satisfactionFloor: expected a finite number/,
    ],
    ["null", "null", /应为 JSON 对象.*实际是null \/ .*expected a JSON object.*got null/],
    ["an array", "[]", /应为 JSON 对象.* \/ .*got array/],
    [
      "an unknown rule id",
      '{"rules": {"value/vague-targt": "off"}}',
      /“value\/vague-targt”不是规则编号或 id，是否想写“JX\d{3}”（value\/vague-target）.* \/ .*did you mean "JX\d{3}" \(value\/vague-target\)/,
    ],
    [
      "an unknown rule code",
      '{"rules": {"JX9999": "off", "framework-mixd": "error"}}',
      /JX9999.*framework-mixd.*taxonomy\/framework-mixed/,
    ],
    ["a bad severity", '{"rules": {"JX303": "loud"}}', /rules\.JX303：应为 off、info、warning、error 之一/],
    [
      "a misspelt setting",
      '{"framwork": "2021"}',
      /未知的设置项“framwork”（是否想写“framework”？）.*"framwork" \(did you mean "framework"\?\)/,
    ],
  ])("%s → one bilingual line, exit 2 (issue 9, item 9)", async (_name, text, pattern) => {
    const cfg = write(`c-${Math.random().toString(36).slice(2)}.json`, text);
    const r = await runCli(["lint", fixture("project-2021-clean.xlsx"), "--config", cfg]);
    expect(r.code).toBe(2);
    expectOneBilingualLine(r.stderr);
    expect(r.stderr).toMatch(pattern);
    expect(r.stdout).toBe("");
  });

  test("rule ids and codes that exist, in any case, are accepted", async () => {
    const cfg = write("rules-ok.json", JSON.stringify({ rules: { "VALUE/VAGUE-TARGET": "off", jx303: "error" } }));
    const r = await runCli(["lint", fixture("project-2021-clean.xlsx"), "--config", cfg, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).not.toBe(2);
  });

  test("missing config file → exit 2", async () => {
    const r = await runCli(["lint", fixture("project-2021-clean.xlsx"), "--config", path.join(dir, "none.json")]);
    expect(r.code).toBe(2);
    expectOneBilingualLine(r.stderr);
  });

  test("--framework is accepted with and without a config", async () => {
    for (const fw of ["auto", "2020", "2021"]) {
      const r = await runCli(["lint", fixture("project-2021-clean.xlsx"), "--framework", fw, "--format", "json"]);
      expect(r.code).not.toBe(2);
      parseReport(lines(r.stdout)[0]);
    }
  });
});
