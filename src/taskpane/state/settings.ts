/**
 * The pane's settings as stored in the workbook (Gateway.loadSettings/saveSettings): a versioned
 * object validated with zod on load. The engine part (`config`) must pass the domain's parseConfig.
 * Bad or old settings give defaults plus a problem flag; the raw value is kept untouched until the
 * user saves (we never write on load).
 */
import * as z from "zod";
import { parseConfig, type ConfigInput, type SeveritySetting } from "../../domain";

export const SETTINGS_VERSION = 1;

const engineConfig = z.custom<ConfigInput>((v) => typeof v === "object" && v !== null && !Array.isArray(v)).superRefine((v, ctx) => {
  const r = parseConfig(v);
  if (!r.ok) ctx.addIssue({ code: "custom", message: r.error });
});

export const paneSettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Engine config (ConfigInput), exactly what the user chose; validated with parseConfig. */
  config: engineConfig.default({}),
  /** null = follow Excel: on with undo grouping (ExcelApi 1.20), off otherwise (OFFICE-NOTES §4). */
  liveHighlighting: z.boolean().nullable().default(null),
  highlightsShown: z.boolean().default(true),
});

export type PaneSettings = z.output<typeof paneSettingsSchema>;

export type SettingsProblem = "invalid" | "old";

export interface SettingsLoad {
  settings: PaneSettings;
  /** Why defaults are used; null when the stored value was fine or absent. */
  problem: SettingsProblem | null;
  /** zod's explanation, for logs and the details of the message. */
  detail?: string;
  /** What the workbook holds, untouched (kept until the user saves). */
  raw: unknown;
}

export function defaultPaneSettings(): PaneSettings {
  return { version: SETTINGS_VERSION, config: {}, liveHighlighting: null, highlightsShown: true };
}

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

export function effectiveLiveHighlighting(s: PaneSettings, undoGrouping: boolean): boolean {
  return s.liveHighlighting ?? undoGrouping;
}

function ruleKeyMatches(key: string, id: string, code: string | undefined): boolean {
  const k = key.toLowerCase();
  return k === id.toLowerCase() || (code !== undefined && k === code.toLowerCase());
}

/** True unless the config turns the rule off (by id or code, case-insensitive, as the engine reads it). */
export function isRuleEnabled(config: ConfigInput, id: string, code?: string): boolean {
  const rules = config.rules ?? {};
  return !Object.entries(rules).some(([k, v]) => v === "off" && ruleKeyMatches(k, id, code));
}

/**
 * Off → `rules[id] = "off"`. On → removes any "off" for the rule (by id or code) and keeps other
 * overrides (e.g. a severity set in a config file). Returns a new config.
 */
export function setRuleEnabled(config: ConfigInput, id: string, code: string | undefined, enabled: boolean): ConfigInput {
  const rules: Record<string, SeveritySetting> = {};
  for (const [k, v] of Object.entries(config.rules ?? {})) {
    if (ruleKeyMatches(k, id, code) && (v === "off" || !enabled)) continue;
    rules[k] = v;
  }
  if (!enabled) rules[id] = "off";
  return { ...config, rules };
}
