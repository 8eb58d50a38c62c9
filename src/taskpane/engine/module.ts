/**
 * What the pane loads on demand, in a chunk of its own ("engine"), requested as the pane starts: the checking
 * engine (reader, rules with their texts, zod/mini config) and the validation of the stored settings. The pane's
 * up-front scripts are React, Fluent and the pane itself; see ./engine.ts.
 */
export { allRules, defaultConfig, formatFinding, lintSheet, ruleById } from "../../domain";
export { loadPaneSettings, serializePaneSettings } from "../state/settingsSchema";
