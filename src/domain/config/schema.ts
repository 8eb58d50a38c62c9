// zod/mini: the same schemas as zod's classic API, written as functions so that a bundle keeps only what it
// uses (the task pane loads this up front; classic zod cost it ~25 KB gzip).
import * as z from "zod/mini";

export const severitySetting = z.enum(["off", "info", "warning", "error"]);
export type SeveritySetting = z.infer<typeof severitySetting>;

const code = z.string().check(z.regex(/^\d+$/));
const name = z.string().check(z.minLength(1));

/**
 * The user's settings. Everything has a default, so `{}` is a valid config.
 * Parse only at the boundaries (workbook settings, `--config` file) with `parseConfig`.
 */
export const configSchema = z.strictObject({
  /** Which indicator framework to check against; `auto` detects it per table (docs/domain.md §2). */
  framework: z._default(z.enum(["auto", "2020", "2021"]), "auto"),
  /** Satisfaction targets below this percentage are flagged (docs/domain.md §3: common practice, not law). */
  satisfactionFloor: z._default(z.number().check(z.minimum(0), z.maximum(100)), 80),
  /** Per-rule severity overrides, keyed by rule id (`value/vague-target`) or code (`JX203`), case-insensitive. */
  rules: z._default(z.record(z.string(), severitySetting), {}),
  /** Budget-software indicator codes (docs/domain.md §2): code → normalised name. Replaces the defaults when given. */
  codes: z.optional(
    z.object({
      level1: z.record(code, name),
      level2: z.record(code, name),
    }),
  ),
  /** Extra words that make a target vague when they are the whole target. */
  vagueWords: z._default(z.array(name), []),
  /**
   * What a project's indicator weights may add up to: 100, or 90 where the province keeps 10 for 预算执行率 outside
   * the list (四川, 重庆). Any other sum is a finding.
   */
  weightTotals: z._default(z.array(z.number().check(z.positive(), z.maximum(1000))).check(z.minLength(1)), [100, 90]),
});

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;
