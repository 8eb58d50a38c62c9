import * as z from "zod/mini";
import { configSchema, type Config } from "./schema";

export type ConfigParseResult = { ok: true; config: Config } | { ok: false; error: string };

/** Validates untrusted settings (workbook settings, a `--config` file). Never throws. */
export function parseConfig(raw: unknown): ConfigParseResult {
  const r = configSchema.safeParse(raw ?? {});
  if (r.success) return { ok: true, config: r.data };
  return { ok: false, error: z.prettifyError(r.error) };
}

export function defaultConfig(): Config {
  return configSchema.parse({});
}
