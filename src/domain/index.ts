/** The engine's public face: what the task pane, the command and the tests import. */
export * from "./model/types";
export { columnName, columnIndex, toA1, rangeToA1, fromA1 } from "./model/a1";
export { configSchema, type Config, type ConfigInput, type SeveritySetting } from "./config/schema";
export { parseConfig, defaultConfig, type ConfigParseResult } from "./config/parse";
export { lintSheet } from "./engine/lint";
export { readSheet, findTables, type SheetReading, type TableLayout, type TableColumns } from "./engine/tables";
export { formatFinding, ruleTitle, summarize, type Summary } from "./engine/format";
export { allRules, ruleById } from "./rules/index";
