/**
 * Checking one block again (src/taskpane/live/incremental.ts) must give exactly what a whole check gives: on every
 * top-level block of the seed workbooks and the corpus tables, unchanged and with an edit inside the block, the
 * merged findings and tables equal those of linting the whole sheet — or it declines (null) and the pane lints the
 * whole sheet. Most blocks must be checkable on their own, or the speed-up would be a fiction.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { lintSheet, type LintResult, type SheetInput } from "../../src/domain";
import { relintRows } from "../../src/taskpane/live/incremental";
import { FIXTURES, SHARED, SHARED_FIXTURES, describeShared, readSheets } from "../helpers/workbooks";
import { cleanRows, ind, projectForm } from "./rule-tester";

const lines = (r: LintResult) =>
  r.findings.map(
    (f) =>
      `${f.severity} ${f.address} ${f.ruleId} ${f.messageId} ${JSON.stringify(f.data)} ${f.blockId ?? ""} ${f.fix ? f.fix.to : ""}`,
  );
const tables = (r: LintResult) =>
  r.tables.map((t) => `${t.blockId} ${t.address} ${t.framework} ${JSON.stringify(t.indicators)}`);

/** Blocks not inside another block. */
function topBlocks(r: LintResult) {
  return r.blocks.filter(
    (b) =>
      !r.blocks.some(
        (o) =>
          o !== b &&
          o.range.r1 <= b.range.r1 &&
          b.range.r2 <= o.range.r2 &&
          (o.range.r1 < b.range.r1 || o.range.r2 > b.range.r2),
      ),
  );
}

/** The input with the first target-like cell inside rows r1..r2 replaced by a vague target. */
function editInside(input: SheetInput, r1: number, r2: number): SheetInput | null {
  const o = input.origin ?? { row: 1, col: 1 };
  for (let r = r1; r <= r2; r++) {
    const row = input.values[r - o.row] ?? [];
    const j = row.findIndex((v) => typeof v === "string" && /^[≥≤]\s*\d/.test(v));
    if (j >= 0) {
      const values = input.values.slice();
      const copy = row.slice();
      copy[j] = "提升";
      values[r - o.row] = copy;
      return { ...input, values };
    }
  }
  return null;
}

function check(input: SheetInput): { blocks: number; declined: number } {
  const full = lintSheet(input);
  let declined = 0;
  const blocks = topBlocks(full);
  for (const b of blocks) {
    const same = relintRows(full, input, b.range.r1, b.range.r2, (i) => lintSheet(i));
    if (!same) {
      declined++;
      continue;
    }
    expect({ block: b.address, lines: lines(same), tables: tables(same) }).toEqual({
      block: b.address,
      lines: lines(full),
      tables: tables(full),
    });
    const edited = editInside(input, b.range.r1, b.range.r2);
    if (!edited) continue;
    const want = lintSheet(edited);
    const got = relintRows(full, edited, b.range.r1, b.range.r2, (i) => lintSheet(i));
    if (got) expect({ block: b.address, lines: lines(got) }).toEqual({ block: b.address, lines: lines(want) });
  }
  return { blocks: blocks.length, declined };
}

test("two project forms one under the other: each is checked on its own, with the same result as a whole check", () => {
  const rows = [
    ...projectForm({ 项目名称: "甲" }),
    [],
    [],
    ...projectForm({ 项目名称: "乙" }, [...cleanRows(), ind(null, "社会效益指标", "群众安全感", "明显", "明显")]),
  ];
  const input: SheetInput = { name: "S", values: rows.map((r) => r.map((v) => (v === undefined ? null : v))) };
  expect(check(input)).toEqual({ blocks: 2, declined: 0 });
});

describeShared("the seed workbooks and the corpus: block by block equals the whole check", () => {
  const files = [
    ...Object.values(FIXTURES).map((f) => path.join(SHARED_FIXTURES, f)),
    ...fs
      .readdirSync(path.join(SHARED, "corpus"))
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => path.join(SHARED, "corpus", f)),
  ];
  const totals = { blocks: 0, declined: 0 };
  afterAll(() => {
    // most blocks are checked on their own (a few unusual layouts are left to the whole check)
    expect(totals.declined / totals.blocks).toBeLessThan(0.2);
  });
  test.each(files.map((f) => [path.basename(f), f]))("%s", async (_name, file) => {
    const [sheet] = await readSheets(file);
    const r = check(sheet);
    totals.blocks += r.blocks;
    totals.declined += r.declined;
    console.log(`${path.basename(file)}: ${r.blocks} blocks, ${r.declined} declined`);
  });
});
