/** Our highlights as conditional formats through Office.js: read them by their marker, bring them to the plan. */
import type { Finding } from "../domain/model/types";
import type { HighlightResult } from "./gateway";
import { toGatewayError } from "../host/errors";
import {
  type HighlightArea,
  HIGHLIGHT_COLORS,
  keyFromFormula,
  markerFormula,
  plannedHighlights,
  planReconcile,
  sameKeys,
} from "../host/highlights";
import { ensureOffice, type GatewayContext, runOptions } from "./office-context";

/** Loads our conditional formats on the sheet (no sync). */
export function loadOurFormats(ws: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const cfs = ws.getRange().conditionalFormats;
  cfs.load("items/type,items/customOrNullObject/rule/formula");
  return cfs;
}

/**
 * Queues the changes that bring the loaded conditional formats to `desired` (no sync): deletes the ones no
 * longer wanted (and duplicates), adds the missing ones. Returns how many were queued.
 */
export function queueReconcile(
  ws: Excel.Worksheet,
  cfs: Excel.ConditionalFormatCollection,
  desired: Map<string, HighlightArea>,
): number {
  const keys = cfs.items.map((cf) =>
    cf.type !== "Custom" || cf.customOrNullObject.isNullObject
      ? null
      : keyFromFormula(cf.customOrNullObject.rule.formula),
  );
  const plan = planReconcile(keys, desired);
  for (const i of plan.remove) cfs.items[i].delete();
  for (const area of plan.add) {
    const a = area.rect;
    const target = ws.getRangeByIndexes(a.r1 - 1, a.c1 - 1, a.r2 - a.r1 + 1, a.c2 - a.c1 + 1);
    const cf = target.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = markerFormula(area);
    cf.custom.format.fill.color = HIGHLIGHT_COLORS[area.severity];
  }
  return plan.remove.length + plan.add.length;
}

/**
 * Reads our conditional formats on the sheet (by their marker) and brings them to `desired`:
 * deletes the ones no longer wanted (and duplicates), adds the missing ones, in one write sync.
 */
async function reconcile(sheetName: string, desired: Map<string, HighlightArea>): Promise<HighlightResult> {
  let syncs = 0;
  let writes = 0;
  await Excel.run(runOptions(true), async (context) => {
    const ws = context.workbook.worksheets.getItem(sheetName);
    const cfs = loadOurFormats(ws);
    await context.sync(); // 1: what is there
    syncs++;
    writes = queueReconcile(ws, cfs, desired);
    if (writes > 0) {
      await context.sync(); // 2: every change at once
      syncs++;
    }
  });
  return { writes, syncs };
}

export async function setHighlights(
  ctx: GatewayContext,
  sheetName: string,
  findings: readonly Pick<Finding, "address" | "severity">[],
): Promise<HighlightResult> {
  const { shown } = ctx.state;
  ensureOffice();
  const desired = plannedHighlights(findings);
  const current = shown.get(sheetName);
  if (current && sameKeys(current, desired)) return { writes: 0, syncs: 0 };
  try {
    const res = await reconcile(sheetName, desired);
    shown.set(sheetName, desired);
    return res;
  } catch (e) {
    shown.delete(sheetName); // unknown state: rediscover next time
    throw toGatewayError(e, "write");
  }
}

export async function clearHighlights(ctx: GatewayContext, sheetName?: string): Promise<HighlightResult> {
  const { shown } = ctx.state;
  ensureOffice();
  try {
    if (sheetName !== undefined) {
      const res = await reconcile(sheetName, new Map());
      shown.set(sheetName, new Map());
      return res;
    }
    let syncs = 0;
    let writes = 0;
    await Excel.run(runOptions(true), async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      syncs++;
      const all = sheets.items.map((ws) => {
        const cfs = ws.getRange().conditionalFormats;
        cfs.load("items/type,items/customOrNullObject/rule/formula");
        return cfs;
      });
      await context.sync();
      syncs++;
      for (const cfs of all)
        for (const cf of cfs.items) {
          if (cf.type !== "Custom" || cf.customOrNullObject.isNullObject) continue;
          if (keyFromFormula(cf.customOrNullObject.rule.formula) === null) continue;
          cf.delete();
          writes++;
        }
      if (writes > 0) {
        await context.sync();
        syncs++;
      }
      for (const ws of sheets.items) shown.set(ws.name, new Map());
    });
    return { writes, syncs };
  } catch (e) {
    if (sheetName !== undefined) shown.delete(sheetName);
    else shown.clear();
    throw toGatewayError(e, "write");
  }
}
