/**
 * Shared bits of the insertion tests: fixtures loaded into the simulator, a snapshot of everything the
 * user had before an insertion, and a check that it all survived (rows mapped when rows were inserted).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { lintSheet, type CellRange, type Finding, type LintResult } from "../../src/domain";
import { formatBoth, type Bilingual } from "../../src/domain/i18n";
import { REFUSALS, type RefuseCode } from "../../src/domain/insert";
import type { Gateway } from "../../src/excel/gateway";
import * as insertModule from "../../src/excel/insert-block";
import { createOfficeGateway } from "../../src/excel/office-gateway";
import { installSimulator, type Simulator, type SimulatorOptions } from "../../src/simulator";
import type { CellFormat, SheetModel, WorkbookModel } from "../../src/simulator";
import { unkey } from "../../src/simulator/model";
import { workbookFromFile } from "../../src/simulator/node";
import { listSharedFixtures, sharedFixturesDir } from "../helpers/workbooks";

/** The simulator as the Excel/Office globals and the real Office.js gateway on it (insertion module handed over: jest has no native dynamic import). */
export function setup(wb: WorkbookModel, options: SimulatorOptions = {}): { sim: Simulator; gateway: Gateway } {
  const sim = installSimulator(globalThis, wb, options);
  return { sim, gateway: createOfficeGateway({ loadInsertModule: async () => insertModule }) };
}

export { teardown } from "../excel/helpers";

export const OWN_FIXTURES_DIR = path.resolve(__dirname, "../fixtures");

/** Our own fixtures that load as workbooks (corrupt/encrypted ones are the CLI's error cases). */
export async function ownFixtures(): Promise<{ name: string; wb: () => Promise<WorkbookModel> }[]> {
  const out: { name: string; wb: () => Promise<WorkbookModel> }[] = [];
  for (const f of fs
    .readdirSync(OWN_FIXTURES_DIR)
    .filter((x) => x.endsWith(".xlsx"))
    .sort()) {
    const file = path.join(OWN_FIXTURES_DIR, f);
    try {
      await workbookFromFile(file);
      out.push({ name: f, wb: () => workbookFromFile(file) });
    } catch {
      // not a readable workbook (corrupt.xlsx, encrypted.xlsx): not a place to insert into
    }
  }
  return out;
}

export function sharedFixtures(): { name: string; wb: () => Promise<WorkbookModel> }[] {
  const dir = sharedFixturesDir();
  if (!dir) return [];
  return listSharedFixtures().map((f) => ({ name: f, wb: () => workbookFromFile(path.join(dir, f)) }));
}

export interface Snapshot {
  cells: Map<string, { row: number; col: number; value: unknown; formula: string | null; format: CellFormat | null }>;
  merges: CellRange[];
  colWidths: Map<number, number>;
  rowHeights: Map<number, number>;
}

export function snapshot(sheet: SheetModel): Snapshot {
  const cells: Snapshot["cells"] = new Map();
  for (const [k, cell] of sheet.cells) {
    const { row, col } = unkey(k);
    cells.set(`${row},${col}`, {
      row,
      col,
      value: cell.value,
      formula: cell.formula ?? null,
      format: cell.format ? JSON.parse(JSON.stringify(cell.format)) : null,
    });
  }
  return {
    cells,
    merges: sheet.merges.map((m) => ({ ...m })),
    colWidths: new Map(sheet.colWidths),
    rowHeights: new Map(sheet.rowHeights),
  };
}

export const within = (r: CellRange, row: number, col: number): boolean =>
  row >= r.r1 && row <= r.r2 && col >= r.c1 && col <= r.c2;
export const overlaps = (a: CellRange, b: CellRange): boolean =>
  a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;

/**
 * Every cell that existed before is identical (value, formula, format) at its place after the
 * insertion (moved down by `shift.count` when at or below `shift.at`). Cells the new rows/block were
 * written over must have been empty. Returns the problems, [] when none.
 */
export function compare(
  before: Snapshot,
  sheet: SheetModel,
  shift: { at: number; count: number } | null,
  written: CellRange | CellRange[] | null,
  opts: { mergesMayGrow?: boolean } = {},
): string[] {
  const problems: string[] = [];
  const areas = written === null ? [] : Array.isArray(written) ? written : [written];
  const map = (row: number) => (shift && row >= shift.at ? row + shift.count : row);
  for (const c of before.cells.values()) {
    const row = map(c.row);
    const now = sheet.cell(row, c.col);
    if (areas.some((w) => within(w, row, c.col))) {
      if (c.value !== null && c.value !== "")
        problems.push(`overwrote non-empty R${c.row}C${c.col} (${String(c.value)})`);
      continue;
    }
    if ((now?.value ?? null) !== c.value)
      problems.push(`value R${c.row}C${c.col}: ${String(c.value)} → ${String(now?.value)}`);
    if ((now?.formula ?? null) !== c.formula) problems.push(`formula R${c.row}C${c.col}`);
    if (JSON.stringify(now?.format ?? null) !== JSON.stringify(c.format))
      problems.push(`format R${c.row}C${c.col}: ${JSON.stringify(c.format)} → ${JSON.stringify(now?.format ?? null)}`);
  }
  for (const m of before.merges) {
    const r1 = map(m.r1);
    const r2 = shift && m.r1 < shift.at && m.r2 >= shift.at ? m.r2 + shift.count : map(m.r2);
    const found = sheet.merges.find(
      (x) => x.r1 === r1 && x.c1 === m.c1 && x.c2 === m.c2 && (opts.mergesMayGrow ? x.r2 >= r2 : x.r2 === r2),
    );
    if (!found) problems.push(`merge ${JSON.stringify(m)} missing (expected r1 ${r1} r2 ${r2})`);
  }
  for (const [col, w] of before.colWidths)
    if (sheet.colWidths.get(col) !== w) problems.push(`width of column ${col}: ${w} → ${sheet.colWidths.get(col)}`);
  for (const [row, h] of before.rowHeights)
    if (sheet.rowHeights.get(map(row)) !== h)
      problems.push(`height of row ${row}: ${h} → ${sheet.rowHeights.get(map(row))}`);
  return problems;
}

/** Reads the active sheet back through the gateway (as the pane does) and lints it. */
export async function lintThroughGateway(gateway: Gateway): Promise<LintResult> {
  return lintSheet(await gateway.readActiveSheet());
}

export function findingsIn(r: LintResult, range: CellRange, severities: string[] = ["error"]): Finding[] {
  return r.findings.filter((f) => severities.includes(f.severity) && overlaps(f.range, range));
}

export const describeFindings = (fs: Finding[]): string[] =>
  fs.map((f) => `${f.severity} ${f.ruleId} ${f.address} ${JSON.stringify(f.data)}`);

/** The text the pane shows for a refusal (`InsertRefusal`): `REFUSALS[code]` filled with `data`. */
export const refusalText = (r: { code: RefuseCode; data: Readonly<Record<string, string | number>> }): Bilingual =>
  formatBoth(REFUSALS[r.code], r.data);
