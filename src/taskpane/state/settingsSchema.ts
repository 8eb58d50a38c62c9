/**
 * Validation of the pane's settings as stored in the workbook (Gateway.loadSettings/saveSettings): a versioned
 * object checked with zod on load; the engine part (`config`) must pass the domain's parseConfig. Bad or old
 * settings give defaults plus a problem flag; the raw value is kept untouched until the user saves (we never write
 * on load). In the engine chunk (zod/mini is loaded with the engine, not up front).
 */
import * as z from "zod/mini";
import { parseConfig } from "../../domain/config/parse";
import type { ConfigInput } from "../../domain/config/schema";
import { defaultPaneSettings, SETTINGS_VERSION, type PaneSettings, type SettingsLoad } from "./settings";

const engineConfig = z
  .custom<ConfigInput>((v) => typeof v === "object" && v !== null && !Array.isArray(v))
  .check(
    z.superRefine((v, ctx) => {
      const r = parseConfig(v);
      if (!r.ok) ctx.addIssue({ code: "custom", message: r.error, input: v });
    }),
  );

export const paneSettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Engine config (ConfigInput), exactly what the user chose; validated with parseConfig. */
  config: z._default(engineConfig, {}),
  /** null = follow Excel: on with undo grouping (ExcelApi 1.20), off otherwise (docs/office.md §2). */
  liveHighlighting: z._default(z.nullable(z.boolean()), null),
  highlightsShown: z._default(z.boolean(), true),
});

/** Validates what the workbook holds. Never throws. */
export function loadPaneSettings(raw: unknown): SettingsLoad {
  if (raw === null || raw === undefined) return { settings: defaultPaneSettings(), problem: null, raw };
  const r = paneSettingsSchema.safeParse(raw);
  if (r.success) return { settings: r.data, problem: null, raw };
  const version = typeof raw === "object" && raw !== null ? (raw as { version?: unknown }).version : undefined;
  const old = typeof version === "number" && version < SETTINGS_VERSION;
  return { settings: defaultPaneSettings(), problem: old ? "old" : "invalid", detail: z.prettifyError(r.error), raw };
}

/** The value to store. Throws only on a programming error (the UI never builds invalid settings). */
export function serializePaneSettings(s: PaneSettings): PaneSettings {
  return paneSettingsSchema.parse({ ...s, version: SETTINGS_VERSION });
}
