/**
 * `templateFromBlock`: a block the user selected on the sheet → a template of their own (kept in the
 * workbook by the task pane). The table rows are read with the engine's own reader (`readSheet`: no rule runs), so
 * whatever the checker understands — merged 一级/二级 cells, synonyms, shifted rows — is understood here.
 */
import { readSheet } from "../engine/tables";
import { rangeToA1 } from "../model/a1";
import type { CellRange, CellValue, Framework, SheetInput } from "../model/types";
import { convertPair, isPair } from "./frameworks";
import { formatBoth, type Bilingual } from "../i18n/messages";
import { templateMessages } from "./messages";
import { templateSchema, issueLines, type IndicatorRow, type Template } from "./schema";

/** The numbered group user templates are filed under. */
export const USER_GROUP = "90-user";

export interface FromBlockMeta {
  id?: string;
  name?: Bilingual;
  description?: Bilingual;
}

export type FromBlockResult =
  | {
      ok: true;
      template: Template;
      /** Table rows left out (no known 一级/二级, or no target at all), by sheet row. */ skipped: number[];
    }
  | { ok: false; error: Bilingual };

/** The part of `input` inside `range` (sheet-absolute), merges clipped to it. */
export function cropSheet(input: SheetInput, range: CellRange): SheetInput {
  const o = input.origin ?? { row: 1, col: 1 };
  const values: CellValue[][] = [];
  for (let r = range.r1; r <= range.r2; r++) {
    const src = input.values[r - o.row] ?? [];
    const line: CellValue[] = [];
    for (let c = range.c1; c <= range.c2; c++) line.push(src[c - o.col] ?? null);
    values.push(line);
  }
  const merges: CellRange[] = [];
  for (const m of input.merges ?? []) {
    // a merge whose top-left lies outside the range hides its value: keep it out
    if (m.r1 < range.r1 || m.c1 < range.c1 || m.r1 > range.r2 || m.c1 > range.c2) continue;
    merges.push({ r1: m.r1, c1: m.c1, r2: Math.min(m.r2, range.r2), c2: Math.min(m.c2, range.c2) });
  }
  return { name: input.name, values, origin: { row: range.r1, col: range.c1 }, merges };
}

/** FNV-1a, base 36: a short stable id for a user template. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export function templateFromBlock(input: SheetInput, blockRange: CellRange, meta: FromBlockMeta = {}): FromBlockResult {
  const range = {
    r1: Math.min(blockRange.r1, blockRange.r2),
    c1: Math.min(blockRange.c1, blockRange.c2),
    r2: Math.max(blockRange.r1, blockRange.r2),
    c2: Math.max(blockRange.c1, blockRange.c2),
  };
  const address = `${input.name ? `${input.name}!` : ""}${rangeToA1(range)}`;
  const result = readSheet(cropSheet(input, range));
  const tables = result.tables.filter((t) => t.indicators.length > 0);
  if (tables.length === 0) {
    return {
      ok: false,
      error: formatBoth(templateMessages.blockNoTable, { address }),
    };
  }
  const framework: Framework = tables[0].framework;
  const rows: IndicatorRow[] = [];
  const skipped: number[] = [];
  for (const t of tables) {
    for (const ind of t.indicators) {
      const period = ind.period ?? ind.annual;
      const annual = ind.annual ?? ind.period;
      if (!ind.level1 || !ind.level2 || !ind.level3 || !period || !annual) {
        skipped.push(ind.row);
        continue;
      }
      const pair = convertPair(ind.level1, ind.level2, framework);
      if (!isPair(framework, pair.l1, pair.l2)) {
        skipped.push(ind.row);
        continue;
      }
      rows.push({ l1: pair.l1, l2: pair.l2, l3: ind.level3, period, annual });
    }
  }
  if (rows.length === 0) {
    return {
      ok: false,
      error: formatBoth(templateMessages.blockNoRows, { address }),
    };
  }
  const title = result.blocks.find((b) => b.title)?.title;
  const candidate = {
    id: meta.id ?? `user-${hash(JSON.stringify(rows))}`,
    name: meta.name ?? (title ? formatBoth(templateMessages.blockName, { title }) : templateMessages.blockNameUntitled),
    description: meta.description ?? formatBoth(templateMessages.blockDescription, { address, count: rows.length }),
    kind: "indicators" as const,
    framework,
    group: USER_GROUP,
    source: `user block ${address}`,
    rows,
  };
  const v = templateSchema.safeParse(candidate);
  if (!v.success) {
    return {
      ok: false,
      error: formatBoth(templateMessages.blockInvalid, {
        issues: { zh: issueLines(v.error, "zh").join("；"), en: issueLines(v.error, "en").join("; ") },
      }),
    };
  }
  return { ok: true, template: v.data, skipped };
}
