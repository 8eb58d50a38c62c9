/** The in-browser (and Node) workbook simulator. Node-only helpers live in ./node (not re-exported). */
export { Simulator, createSimulator, installSimulator, workbookFromRows, type SimulatorOptions, type UndoEntry } from "./simulator";
export { WorkbookModel, SheetModel, DEFAULT_FORMAT, displayFill, cfApplies, sheetFingerprint, type CellFormat, type CfModel } from "./model";
export { workbookFromXlsx } from "./xlsx";
export { SimRichApiError, SimErrorCodes } from "./errors";
export { parseArea, parseAreas, rectToA1, qualified } from "./address";
export { WpsSimulator, installWpsSimulator, uninstallWpsSimulator, type WpsSimulatorOptions, type SimTaskPane } from "./wps/wps-simulator";
export { hexToBgr, bgrToHex, EtError } from "./wps/et-objects";
