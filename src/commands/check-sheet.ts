/**
 * The ribbon's 检查本表 / Check Sheet command: read the active sheet, lint it, show the findings as the add-in's
 * highlights. Office-free (the Gateway does all Excel work), so it is unit-tested with a fake gateway.
 */
import { lintSheet, parseConfig } from "../domain";
import type { Gateway } from "../excel/gateway";

/** What a function command receives from Office (Office.AddinCommands.Event), reduced to what we use. */
export interface CommandEvent {
  completed(): void;
}

export type CheckOutcome =
  | { ok: true; sheet: string; findings: number; writes: number }
  | { ok: false; message: string };

export async function checkSheet(event: CommandEvent, gateway: Gateway): Promise<CheckOutcome> {
  try {
    const sheet = await gateway.readActiveSheet();
    // Settings are untrusted workbook data: use them only when they parse as a config, else the defaults.
    const parsed = parseConfig((await gateway.loadSettings()) ?? {});
    const result = lintSheet(sheet, parsed.ok ? parsed.config : undefined);
    const { writes } = await gateway.setHighlights(sheet.name, result.findings);
    return { ok: true, sheet: sheet.name, findings: result.findings.length, writes };
  } catch (err) {
    // A function command has no UI to show this in; the pane shows errors when it is open.
    const message = `检查失败 / Check failed: ${err instanceof Error ? err.message : String(err)}`;
    console.error(message);
    return { ok: false, message };
  } finally {
    event.completed(); // always, or Office shows the command as still running
  }
}
