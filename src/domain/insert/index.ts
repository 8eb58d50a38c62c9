/**
 * Template insertion, planned (pure: no Office.js, no WPS API): where a block goes, every write it needs, and which
 * rows 添加标准指标 inserts into an existing table. The hosts (src/excel/insert-block.ts, src/wps/insert.ts) read
 * what is there, ask these planners, and carry the plan out; the plan never writes into a non-empty cell.
 */
export { REFUSALS, refuse, type Bilingual, type RefuseCode, type Refusal } from "./refusals";
export { planPlacement, type InsertWhere, type Placement, type PlacementInput } from "./placement";
export {
  FIELD_ALERT,
  INDICATOR_ALERT,
  blockValidations,
  charsToPoints,
  level2Choices,
  planBlockWrites,
  type BlockWrites,
} from "./block-writes";
export {
  findTable,
  planAddRows,
  type AddRowsInput,
  type AddRowsPlan,
  type ColumnRoles,
  type FoundTable,
} from "./add-rows";
