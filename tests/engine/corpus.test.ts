/**
 * The real tables of ../shared/corpus (thirteen forms from nine provinces) and the four seed fixtures, read by the
 * command's own reader:
 * - the indicator rows read equal the reviewer's count (meta.indicatorRows);
 * - every mistake the reviewer lists is reported (warning or error) at one of its cells;
 * - no error that is not one of the listed mistakes (completeness on a truncated table excepted: it lacks its later blocks);
 * - the whole findings list equals its reviewed snapshot in tests/engine/findings/, so that a new false positive (or a
 *   lost finding) fails here. After reviewing a change: `npm run snapshots` rewrites them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fromA1, lintSheet, type Finding, type LintResult } from "../../src/domain";
import { FIXTURES, SHARED, SHARED_FIXTURES, describeShared, readSheets } from "../helpers/workbooks";

const CORPUS = path.join(SHARED, "corpus");
const SNAPSHOTS = path.join(__dirname, "findings");
const UPDATE = process.env.JIXIAO_UPDATE_SNAPSHOTS === "1";

interface Meta {
  indicatorRows: number;
  truncated: boolean;
  mistakes: { cells: string[]; what: string; category: string }[];
}

function corpusNames(): string[] {
  return fs.existsSync(CORPUS)
    ? fs
        .readdirSync(CORPUS)
        .filter((f) => f.endsWith(".meta.json"))
        .map((f) => f.replace(/\.meta\.json$/, ""))
        .sort()
    : [];
}

/** Does the finding's range hold one of the cells? */
function covers(f: Finding, cells: readonly string[]): boolean {
  return cells.some((c) => {
    const p = fromA1(c)!;
    return p.r1 >= f.range.r1 && p.r1 <= f.range.r2 && p.c1 >= f.range.c1 && p.c1 <= f.range.c2;
  });
}

function indicatorRows(r: LintResult): number {
  return r.tables.reduce((n, t) => n + t.indicators.filter((i) => (i.level3 ?? "").trim() !== "").length, 0);
}

/** One line per finding: what the snapshot keeps (language-neutral: ids and data, not the rendered text). */
function lines(r: LintResult): string[] {
  return r.findings.map(
    (f) =>
      `${f.severity} ${f.address} ${f.ruleId} ${f.messageId} ${JSON.stringify(f.data)}${f.fix ? ` fix=${JSON.stringify(f.fix.to)}` : ""}`,
  );
}

function checkSnapshot(name: string, r: LintResult): void {
  const file = path.join(SNAPSHOTS, `${name}.json`);
  const actual = { sheet: r.sheet, indicatorRows: indicatorRows(r), findings: lines(r) };
  if (UPDATE) {
    fs.mkdirSync(SNAPSHOTS, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(actual, null, 2) + "\n");
    return;
  }
  if (!fs.existsSync(file))
    throw new Error(
      `no reviewed snapshot ${path.relative(process.cwd(), file)}: review the findings, then run npm run snapshots`,
    );
  expect(actual).toEqual(JSON.parse(fs.readFileSync(file, "utf8")));
}

async function lintFile(file: string): Promise<LintResult> {
  const sheets = await readSheets(file);
  return lintSheet(sheets[0]);
}

describeShared("corpus: real tables from nine provinces", () => {
  const names = corpusNames();
  test("the corpus is there (13 tables)", () => {
    expect(names.length).toBeGreaterThanOrEqual(13);
  });
  describe.each(names)("%s", (name) => {
    let meta: Meta;
    let r: LintResult;
    beforeAll(async () => {
      meta = JSON.parse(fs.readFileSync(path.join(CORPUS, `${name}.meta.json`), "utf8")) as Meta;
      r = await lintFile(path.join(CORPUS, `${name}.xlsx`));
    });
    test("reads the reviewer's count of indicator rows", () => {
      expect(indicatorRows(r)).toBe(meta.indicatorRows);
    });
    test("reports every listed mistake at one of its cells", () => {
      const serious = r.findings.filter((f) => f.severity !== "info");
      const missed = meta.mistakes
        .filter((m) => !serious.some((f) => covers(f, m.cells)))
        .map((m) => `${m.cells.join(",")}: ${m.what}`);
      expect(missed).toEqual([]);
    });
    test("reports no error that is not a listed mistake", () => {
      const cells = meta.mistakes.flatMap((m) => m.cells);
      const extra = r.findings
        .filter(
          (f) => f.severity === "error" && !covers(f, cells) && !(meta.truncated && f.category === "completeness"),
        )
        .map((f) => `${f.address} ${f.ruleId}`);
      expect(extra).toEqual([]);
    });
    test("findings equal the reviewed snapshot", () => {
      checkSnapshot(`corpus-${name}`, r);
    });
  });
});

describeShared("seed fixtures: findings equal the reviewed snapshots", () => {
  test.each(Object.entries(FIXTURES))("%s", async (key, file) => {
    checkSnapshot(`seed-${key}`, await lintFile(path.join(SHARED_FIXTURES, file)));
  });
});
