/**
 * Saving a block from the sheet as a template: the rows are read with the engine's reader, so a
 * built block gives back exactly the rows it was built from, wherever it sits on the sheet.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { lintSheet, type CellValue, type SheetInput } from "../../src/domain";
import { readSheets } from "../../src/cli/read-xlsx";
import {
  TEMPLATES,
  USER_GROUP,
  blockToSheet,
  buildBlock,
  placeBlock,
  templateFromBlock,
  templateSchema,
  type Block,
} from "../../src/domain/templates";
import { describeFindings, lintBlock } from "./helpers";
import { SHARED_FIXTURES } from "../helpers/workbooks";

const YEAR = { defaultYear: 2025 };
const expectedRows = (b: Block) =>
  b.table.rows
    .filter((r) => r.l3 !== null)
    .map((r) => ({ l1: r.l1, l2: r.l2, l3: r.l3, period: r.period, annual: r.annual }));

describe.each(TEMPLATES.map((t) => [t.id, t] as const))("%s", (_id, t) => {
  test("templateFromBlock on the built block gives back the same rows", () => {
    const block = buildBlock(t, {}, YEAR);
    const sheet = blockToSheet(block, "表1");
    const r = templateFromBlock(sheet, placeBlock(block).range);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.skipped).toEqual([]);
    expect(r.template.rows).toEqual(expectedRows(block));
    expect(r.template.rows.length).toBe(t.rows.length);
    expect(r.template.framework).toBe(block.framework);
    expect(r.template.kind).toBe("indicators");
    expect(r.template.group).toBe(USER_GROUP);
    expect(templateSchema.safeParse(r.template).success).toBe(true);
  });
});

/** Two blocks stacked on one sheet with other content around them; values laid into one grid. */
function stack(
  blocks: { block: Block; origin: { row: number; col: number } }[],
  extra: [number, number, CellValue][],
): SheetInput {
  const values: CellValue[][] = [];
  const merges = [];
  for (const { block, origin } of blocks) {
    const p = placeBlock(block, origin);
    block.cells.forEach((line, i) =>
      line.forEach((v, j) => {
        const r = origin.row + i - 1,
          c = origin.col + j - 1;
        while (values.length <= r) values.push([]);
        values[r][c] = v;
      }),
    );
    merges.push(...p.merges);
  }
  for (const [r, c, v] of extra) {
    while (values.length < r) values.push([]);
    values[r - 1][c - 1] = v;
  }
  return { name: "Sheet1", values: values.map((l) => Array.from(l, (v) => v ?? null)), merges };
}

test("picking one of two blocks on a busy sheet reads only that block", () => {
  const a = buildBlock(
    TEMPLATES.find((t) => t.id === "labour-dispatch-staff")!,
    {},
    YEAR,
  );
  const b = buildBlock(
    TEMPLATES.find((t) => t.id === "training-events")!,
    {},
    YEAR,
  );
  const bOrigin = { row: a.cells.length + 4, col: 2 };
  const sheet = stack(
    [
      { block: a, origin: { row: 1, col: 1 } },
      { block: b, origin: bOrigin },
    ],
    [[a.cells.length + 2, 1, "备注：以上为派遣人员经费"]],
  );
  const all = lintSheet(sheet);
  expect(all.tables).toHaveLength(2);
  const r = templateFromBlock(sheet, placeBlock(b, bOrigin).range, {
    id: "my-training",
    name: { zh: "我的培训", en: "My training" },
  });
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.template.id).toBe("my-training");
  expect(r.template.framework).toBe("2020");
  expect(r.template.rows).toEqual(expectedRows(b));
  // the saved template builds a block that lints clean again
  const again = buildBlock(r.template, {}, YEAR);
  expect(describeFindings(lintBlock(again))).toEqual([]);
});

test("a default id is stable for the same rows and differs for other rows", () => {
  const block = buildBlock(TEMPLATES[4], {}, YEAR);
  const sheet = blockToSheet(block);
  const range = placeBlock(block).range;
  const r1 = templateFromBlock(sheet, range),
    r2 = templateFromBlock(sheet, range);
  const other = buildBlock(TEMPLATES[5], {}, YEAR);
  const r3 = templateFromBlock(blockToSheet(other), placeBlock(other).range);
  expect(r1.ok && r2.ok && r3.ok).toBe(true);
  if (r1.ok && r2.ok && r3.ok) {
    expect(r1.template.id).toMatch(/^user-[a-z0-9]+$/);
    expect(r1.template.id).toBe(r2.template.id);
    expect(r3.template.id).not.toBe(r1.template.id);
  }
});

test("a range without an indicator table gives a clear message in both languages", () => {
  const block = buildBlock(TEMPLATES[1], {}, YEAR);
  const sheet = blockToSheet(block);
  const r = templateFromBlock(sheet, { r1: 1, c1: 1, r2: 9, c2: 6 });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.zh).toMatch(/A1:F9.*没有可读的绩效指标表/);
  expect(r.error.en).toMatch(/^No readable indicator table in Sheet1!A1:F9/);
});

test("rows without a known 一级/二级 are left out and reported", () => {
  const block = buildBlock(TEMPLATES[1], {}, YEAR);
  const sheet = blockToSheet(block);
  const row = sheet.values.findIndex((l) => l[3] === "资金使用合规率");
  sheet.values[row][2] = "奇怪指标"; // an unknown 二级 name
  const r = templateFromBlock(sheet, placeBlock(block).range);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.skipped).toEqual([row + 1]);
  expect(r.template.rows.map((x) => x.l3)).not.toContain("资金使用合规率");
  expect(r.template.rows).toHaveLength(TEMPLATES[1].rows.length - 1);
});

const SHARED = SHARED_FIXTURES;
const hasShared = fs.existsSync(path.join(SHARED, "qingxi-2025-dept-and-projects.xlsx"));
if (!hasShared) console.warn("from-block.test.ts: ../shared/fixtures absent — skipping the real-workbook case");
(hasShared ? test : test.skip)("a project block of the real 清溪 workbook can be saved as a template", async () => {
  const [sheet] = await readSheets(path.join(SHARED, "qingxi-2025-dept-and-projects.xlsx"));
  const res = lintSheet(sheet);
  const project = res.blocks.find((b) => b.kind === "project" && b.title === "购买社工服务岗位经费");
  expect(project).toBeDefined();
  const r = templateFromBlock(sheet, project!.range);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.template.framework).toBe("2021");
  expect(r.template.rows.map((x) => x.l3)).toEqual(
    expect.arrayContaining(["费用标准", "单位聘用人员数量", "服务对象满意"]),
  );
  expect(r.template.name.zh).toContain("购买社工服务岗位经费");
});
