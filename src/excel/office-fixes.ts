/** Applying fixes through Office.js: all or nothing, refused when a cell changed since it was read. */
import type { CellValue } from "../domain/model/types";
import type { FixesRequest, FixesResult } from "./gateway";
import { toGatewayError } from "../host/errors";
import { queueSafeValues } from "./safe-write";
import { toCellValue as cellValue } from "../host/cells";
import { plannedHighlights, unusableFixes } from "../host/highlights";
import { ensureOffice, type GatewayContext, runOptions } from "./office-context";
import { noteOwnWrites } from "./office-events";
import { loadOurFormats, queueReconcile } from "./office-highlights";

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === null || a === "") return b === null || b === "";
  return a === b;
}

export async function applyFixes(ctx: GatewayContext, request: FixesRequest): Promise<FixesResult> {
  const { shown } = ctx.state;
  ensureOffice();
  const { sheet: sheetName, fixes } = request;
  if (unusableFixes(fixes)) return { status: "failed", applied: 0, stale: [], syncs: 0 };
  const desired = request.highlights ? plannedHighlights(request.highlights) : null;
  let syncs = 0;
  try {
    const out = await Excel.run(runOptions(true), async (context): Promise<FixesResult> => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheetName);
      const cells = fixes.map((f) => {
        const cell = ws.getRangeByIndexes(f.row - 1, f.col - 1, 1, 1);
        cell.load("values,formulas");
        return cell;
      });
      const cfs = desired ? loadOurFormats(ws) : null;
      await context.sync(); // 1: what the cells hold now (and our highlights)
      syncs++;
      if (ws.isNullObject) return { status: "failed", applied: 0, stale: [], syncs };
      const stale = fixes
        .filter((f, i) => {
          const formula: unknown = cells[i].formulas[0][0];
          return (
            (typeof formula === "string" && formula.startsWith("=")) ||
            !sameValue(f.from, cellValue(cells[i].values[0][0]))
          );
        })
        .map((f) => f.address);
      if (stale.length > 0) return { status: "stale", applied: 0, stale, syncs };
      fixes.forEach((f, i) => queueSafeValues(cells[i], [[f.to]])); // "90%", "=…" and the like stay the text the fix shows
      if (cfs && desired) queueReconcile(ws, cfs, desired);
      await context.sync(); // 2: the fixes and their highlights, one undo step (mergeUndoGroup)
      syncs++;
      return { status: "applied", applied: fixes.length, stale: [], syncs };
    });
    if (out.status === "applied") {
      noteOwnWrites(
        ctx,
        sheetName,
        fixes.map((f) => f.address),
      );
      if (desired) shown.set(sheetName, desired);
    }
    return out;
  } catch (e) {
    if (desired) shown.delete(sheetName); // unknown state: rediscover next time
    throw toGatewayError(e, "write");
  }
}
