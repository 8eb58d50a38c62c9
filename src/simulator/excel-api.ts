/**
 * The simulated Excel object model: the part of the Excel JavaScript API the add-in uses
 * (and what template insertion will need). Every class is a proxy in the Office.js sense:
 * methods and sets are queued, loads are fulfilled at `context.sync()`.
 *
 * One file per seam in ./objects: shared.ts (the range target and cell helpers), workbook.ts (workbook, events,
 * worksheets), range.ts (Range, RangeAreas, RangeCollection), format.ts (fill, font, borders),
 * conditional-format.ts, data-validation.ts.
 */
export { type RangeT, grid } from "./objects/shared";
export { SimWorkbook, SimEventHandlerResult, SimWorksheetCollection, SimWorksheet } from "./objects/workbook";
export { SimRange, SimRangeAreas, SimRangeCollection } from "./objects/range";
export {
  SimRangeFormat,
  SimRangeFill,
  SimRangeFont,
  SimRangeBorderCollection,
  SimRangeBorder,
  normalizeColor,
} from "./objects/format";
export {
  SimConditionalFormatCollection,
  SimConditionalFormat,
  SimCfSpecific,
  SimCfRule,
  SimCfFormat,
  SimCfFill,
  SimCfFont,
} from "./objects/conditional-format";
export { SimDataValidation } from "./objects/data-validation";
