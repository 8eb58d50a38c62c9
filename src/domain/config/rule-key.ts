/**
 * How a rule is named wherever a person names one (config severity overrides, the pane's rule switches, the
 * command's config checks, lookups by id or code): its id (`value/unit-missing`) or its code (`JX202`), in any
 * letter case. The one definition; no imports, so the pane can use it without loading the engine.
 */

/** The form in which rule keys are compared. */
export function ruleKey(idOrCode: string): string {
  return idOrCode.toLowerCase();
}

/** True when `key` names the rule with this id or code. */
export function ruleKeyMatches(key: string, id: string, code?: string): boolean {
  const k = ruleKey(key);
  return k === ruleKey(id) || (code !== undefined && k === ruleKey(code));
}
