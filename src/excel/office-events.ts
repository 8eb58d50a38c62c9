/** Sheet events through Office.js, and the guard that keeps our own writes from coming back as changes. */
import type { SheetChange } from "./gateway";
import { toGatewayError } from "../host/errors";
import { ensureOffice, type GatewayContext, supported } from "./office-context";
import { SELF_WRITE_WINDOW_MS } from "../host/constants";

export { SELF_WRITE_WINDOW_MS };

/** The self-write guard (below 1.14): remembers that we wrote these addresses of the sheet just now. */
export function noteOwnWrites(ctx: GatewayContext, sheet: string, addresses: readonly string[]): void {
  const at = ctx.now();
  for (const a of addresses) ctx.state.recentWrites.set(`${sheet}!${a}`, at);
}

export async function subscribe(
  ctx: GatewayContext,
  listener: (change: SheetChange) => void,
): Promise<() => Promise<void>> {
  const { now } = ctx;
  const { recentWrites, shown } = ctx.state;
  ensureOffice();
  const useTriggerSource = supported("1.14");
  const names = new Map<string, string>();

  async function nameOf(worksheetId: string, refresh: boolean): Promise<string | null> {
    const known = names.get(worksheetId);
    if (known && !refresh) return known;
    return Excel.run({ delayForCellEdit: true }, async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(worksheetId);
      ws.load("name");
      await context.sync();
      if (ws.isNullObject) return null;
      names.set(worksheetId, ws.name);
      return ws.name;
    });
  }

  function emit(change: SheetChange): void {
    try {
      listener(change);
    } catch (e) {
      console.error("jixiao: change listener failed", e);
    }
  }

  async function onChanged(ev: Excel.WorksheetChangedEventArgs): Promise<void> {
    if (useTriggerSource && ev.triggerSource === "ThisLocalAddin") return;
    const sheet = await nameOf(ev.worksheetId, false);
    if (sheet === null) return;
    if (!useTriggerSource) {
      const at = recentWrites.get(`${sheet}!${ev.address}`);
      if (at !== undefined && now() - at <= SELF_WRITE_WINDOW_MS) return;
    }
    const kind = ev.changeType === "RangeEdited" ? "edit" : "structure";
    // Someone else changed the sheet (the user, or Ctrl+Z, which also brings back earlier highlights): what we
    // believe is highlighted there may be wrong, so the next highlight write looks again instead of trusting it.
    shown.delete(sheet);
    emit({ kind, sheet, address: ev.address });
  }

  async function onActivated(ev: Excel.WorksheetActivatedEventArgs): Promise<void> {
    const sheet = await nameOf(ev.worksheetId, true);
    if (sheet !== null) emit({ kind: "activate", sheet });
  }

  try {
    const handlers = await Excel.run({ delayForCellEdit: true }, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/id,items/name");
      const changed = sheets.onChanged.add(onChanged);
      const activated = sheets.onActivated.add(onActivated);
      await context.sync();
      for (const s of sheets.items) names.set(s.id, s.name);
      return [changed, activated];
    });
    let removed = false;
    return async () => {
      if (removed) return;
      removed = true;
      try {
        await Excel.run(handlers[0].context, async (context) => {
          for (const h of handlers) h.remove();
          await context.sync();
        });
      } catch (e) {
        throw toGatewayError(e, "subscribe");
      }
    };
  } catch (e) {
    throw toGatewayError(e, "subscribe");
  }
}
