import * as z from "zod";

export const severitySetting = z.enum(["off", "info", "warning", "error"]);
export type SeveritySetting = z.infer<typeof severitySetting>;

/**
 * The user's settings. Everything has a default, so `{}` is a valid config.
 * Parse only at the boundaries (workbook settings, `--config` file) with `parseConfig`.
 */
export const configSchema = z
  .object({
    /** Which indicator framework to check against; `auto` detects it per table (DOMAIN §2). */
    framework: z.enum(["auto", "2020", "2021"]).default("auto"),
    /** Satisfaction targets below this percentage are flagged (DOMAIN §3: common practice, not law). */
    satisfactionFloor: z.number().min(0).max(100).default(80),
    /** Per-rule severity overrides, keyed by rule id (`value/vague-target`) or code (`JX203`), case-insensitive. */
    rules: z.record(z.string(), severitySetting).default({}),
    /** Budget-software indicator codes (DOMAIN §2): code → normalised name. Replaces the defaults when given. */
    codes: z
      .object({
        level1: z.record(z.string().regex(/^\d+$/), z.string().min(1)),
        level2: z.record(z.string().regex(/^\d+$/), z.string().min(1)),
      })
      .optional(),
    /** Extra words that make a target vague when they are the whole target. */
    vagueWords: z.array(z.string().min(1)).default([]),
    /**
     * What a project's indicator weights may add up to: 100, or 90 where the province keeps 10 for 预算执行率 outside
     * the list (四川, 重庆). Any other sum is a finding.
     */
    weightTotals: z.array(z.number().positive().max(1000)).min(1).default([100, 90]),
  })
  .strict();

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;
