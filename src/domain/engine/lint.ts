import type { LintResult, SheetInput } from "../model/types";
import type { ConfigInput } from "../config/schema";

/** STUB — being written. Lints one sheet. Never throws. */
export function lintSheet(input: SheetInput, _config?: ConfigInput): LintResult {
  return { sheet: input.name, blocks: [], tables: [], findings: [] };
}
