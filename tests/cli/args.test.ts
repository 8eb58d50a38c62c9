/** Argument handling: help, version, unknown flags and commands, bad values. All in-process. */
import { parseArgs } from "../../src/cli/args";
import { CliError } from "../../src/cli/errors";
import { LINT_OPTIONS } from "../../src/cli/lint";
import { expectOneBilingualLine, fixture, runCli } from "./helpers";

import pkg from "../../package.json";

describe("parseArgs", () => {
  test("long, short, --x=v and positionals in any order", () => {
    const p = parseArgs(["a.xlsx", "--format=json", "--sheet", "项目 甲", "b.xlsx", "--progress", "-h"], LINT_OPTIONS);
    expect(p.positionals).toEqual(["a.xlsx", "b.xlsx"]);
    expect(p.values).toEqual({ format: "json", sheet: "项目 甲", progress: true, help: true });
  });
  test("-- ends the options", () => {
    expect(parseArgs(["--", "--weird.xlsx"], LINT_OPTIONS).positionals).toEqual(["--weird.xlsx"]);
  });
  test.each([
    [["--nope"], /--nope/],
    [["-x"], /-x/],
    [["--format"], /--format/],
    [["--format", "--sheet", "x"], /--format/],
    [["--format", "xml"], /xml/],
    [["--framework", "2019"], /2019/],
    [["--progress=yes"], /--progress/],
    [["--sheet", "a", "--sheet", "b"], /--sheet/],
  ])("%j is rejected", (argv, mentions) => {
    let err: unknown;
    try {
      parseArgs(argv, LINT_OPTIONS);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).code).toBe(2);
    expect((err as CliError).message).toMatch(mentions);
  });
});

describe("run: help and version", () => {
  test("--help and -h print usage, exit 0", async () => {
    for (const flag of ["--help", "-h"]) {
      const r = await runCli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/lint/);
      expect(r.stdout).toMatch(/annotate/);
      expect(r.stdout).toMatch(/用法/);
      expect(r.stderr).toBe("");
    }
  });
  test("lint --help lists the lint options", async () => {
    const r = await runCli(["lint", "--help"]);
    expect(r.code).toBe(0);
    for (const o of ["--sheet", "--format", "--framework", "--config", "--lang", "--progress"])
      expect(r.stdout).toContain(o);
  });
  test("--version prints package.json's version", async () => {
    const r = await runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
  test("no arguments: usage on stderr, exit 2", async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/jixiao <command>/);
  });
});

describe("run: wrong arguments exit 2 with one bilingual line", () => {
  test.each([
    ["unknown command", ["check", "a.xlsx"], /check/],
    ["unknown flag", ["lint", fixture("project-2021-clean.xlsx"), "--colour"], /--colour/],
    ["unknown flag before the command", ["--colour"], /--colour/],
    ["bad --format", ["lint", fixture("project-2021-clean.xlsx"), "--format", "xml"], /xml/],
    ["bad --lang", ["lint", fixture("project-2021-clean.xlsx"), "--lang", "fr"], /fr/],
    ["missing value", ["lint", fixture("project-2021-clean.xlsx"), "--sheet"], /--sheet/],
    ["no files", ["lint", "--format", "json"], /xlsx/],
    ["annotate without -o", ["annotate", fixture("project-2021-clean.xlsx")], /-o/],
    [
      "annotate with two inputs",
      ["annotate", fixture("project-2021-clean.xlsx"), fixture("project-mistakes.xlsx"), "-o", "x.xlsx"],
      /annotate/,
    ],
  ])("%s", async (_name, argv, mentions) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expectOneBilingualLine(r.stderr);
    expect(r.stderr).toMatch(mentions);
  });

  test("--sheet naming a sheet that does not exist", async () => {
    const r = await runCli(["lint", fixture("two-sheets.xlsx"), "--sheet", "项目丙"]);
    expect(r.code).toBe(2);
    expectOneBilingualLine(r.stderr);
    expect(r.stderr).toContain("项目丙");
    expect(r.stderr).toContain("项目甲"); // lists the sheets that do exist
  });
});
