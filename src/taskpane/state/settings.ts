/**
 * The pane's settings as stored in the workbook (Gateway.loadSettings/saveSettings): a versioned
 * object validated with zod on load. The engine part (`config`) must pass the domain's parseConfig.
 * Bad or old settings give defaults plus a problem flag; the raw value is kept untouched until the
 * user saves (we never write on load). The types and pure helpers are here; the zod validation is in
 * ./settingsSchema.ts, which loads with the engine.
 */
import type { ConfigInput, SeveritySetting } from "../../domain/config/schema";
import { ruleKeyMatches } from "../../domain/config/rule-key";

export const SETTINGS_VERSION = 1;

/** The pane's settings as stored in the workbook (validated by ./settingsSchema.ts, in the engine chunk). */
export interface PaneSettings {
  version: typeof SETTINGS_VERSION;
  /** Engine config (ConfigInput), exactly what the user chose. */
  config: ConfigInput;
  /** null = follow Excel: on with undo grouping (ExcelApi 1.20), off otherwise (docs/office.md §2). */
  liveHighlighting: boolean | null;
  highlightsShown: boolean;
}

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

export function effectiveLiveHighlighting(s: PaneSettings, undoGrouping: boolean): boolean {
  return s.liveHighlighting ?? undoGrouping;
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
export function setRuleEnabled(
  config: ConfigInput,
  id: string,
  code: string | undefined,
  enabled: boolean,
): ConfigInput {
  const rules: Record<string, SeveritySetting> = {};
  for (const [k, v] of Object.entries(config.rules ?? {})) {
    if (ruleKeyMatches(k, id, code) && (v === "off" || !enabled)) continue;
    rules[k] = v;
  }
  if (!enabled) rules[id] = "off";
  return { ...config, rules };
}
