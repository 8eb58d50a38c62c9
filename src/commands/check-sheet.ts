/**
 * The ribbon's 检查本表 / Check Sheet command: read the active sheet, lint it, show the findings as the add-in's
 * highlights. Office-free (the Gateway does all Excel work), so it is unit-tested with a fake gateway.
 */
import { lintSheet, parseConfig, type Config } from "../domain";
import { highlighted, parseIgnores, splitIgnored } from "../domain/ignores";
import type { Gateway } from "../host/gateway";
import { hostErrorText, isHostErrorLike } from "../domain/i18n/host";

/** What a function command receives from Office (Office.AddinCommands.Event), reduced to what we use. */
export interface CommandEvent {
  completed(): void;
}

export type CheckOutcome =
  { ok: true; sheet: string; findings: number; writes: number } | { ok: false; message: string };

/**
 * The engine config inside the pane's stored settings (`{ version, config, ... }`, see
 * src/taskpane/state/settings.ts). Settings are untrusted workbook data: anything that does not parse
 * gives the defaults (undefined), as the pane does.
 */
export function configFromSettings(raw: unknown): Config | undefined {
  if (typeof raw !== "object" || raw === null || !("config" in raw)) return undefined;
  const parsed = parseConfig(raw.config);
  return parsed.ok ? parsed.config : undefined;
}

/** A gateway's error in both languages (it carries a message id, not text); anything else by its message. */
function describeError(err: unknown): string {
  if (isHostErrorLike(err)) {
    const t = hostErrorText(err);
    return `${t.zh} ${t.en}`;
  }
  return err instanceof Error ? err.message : String(err);
}

export async function checkSheet(event: CommandEvent, gateway: Gateway): Promise<CheckOutcome> {
  try {
    const sheet = await gateway.readActiveSheet();
    const result = lintSheet(sheet, configFromSettings(await gateway.loadSettings()));
    // as the pane shows them: without the findings the user ignored (忽略此条) and without 提示
    const { shown } = splitIgnored(result, sheet, parseIgnores(await gateway.loadIgnores()));
    const { writes } = await gateway.setHighlights(sheet.name, highlighted(shown));
    return { ok: true, sheet: sheet.name, findings: shown.length, writes };
  } catch (err) {
    // A function command has no UI to show this in; the pane shows errors when it is open.
    const message = `检查失败 / Check failed: ${describeError(err)}`;
    console.error(message);
    return { ok: false, message };
  } finally {
    event.completed(); // always, or Office shows the command as still running
  }
}
