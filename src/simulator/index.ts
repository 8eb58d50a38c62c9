/** The in-browser (and Node) workbook simulator. Node-only helpers live in ./node (not re-exported). */
export {
  Simulator,
  createSimulator,
  installSimulator,
  workbookFromRows,
  type SimulatorOptions,
  type UndoEntry,
} from "./simulator";
export {
  WorkbookModel,
  SheetModel,
  DEFAULT_FORMAT,
  displayFill,
  displayFillsIn,
  cfApplies,
  sheetFingerprint,
  type CellFormat,
  type CfModel,
} from "./model";
export { workbookFromXlsx } from "./xlsx";
export { SimRichApiError, SimErrorCodes } from "./errors";
export { parseArea, parseAreas, rectToA1, qualified } from "./address";
export {
  WpsSimulator,
  installWpsSimulator,
  uninstallWpsSimulator,
  type WpsSimulatorOptions,
  type SimTaskPane,
} from "./wps/wps-simulator";
export { hexToBgr, bgrToHex, EtError } from "./wps/et-objects";

import type { CellFormat as Fmt } from "./model";
import type { SheetModel as Sheet, WorkbookModel as Book } from "./model";
import type { UndoEntry as Undo } from "./simulator";
/** What the preview and the browser tests use of either simulator (Simulator and WpsSimulator both implement it). */
export interface HostSimulator {
  wb: Book;
  readonly undoStack: Undo[];
  undoClears: number;
  readonly syncCount: number;
  readonly settingsSaved: Record<string, unknown>;
  subscribe(listener: () => void): () => void;
  userEdit(sheet: string, address: string, value: unknown): Promise<void>;
  userActivate(sheet: string): void;
  userSelect(sheet: string, address: string): void;
  undo(): Promise<Undo | null>;
  replaceWorkbook(wb: Book): void;
  holdReady(gate: Promise<unknown>): void;
  sheet(name: string): Sheet;
  cellFormat(sheet: string, address: string): Fmt;
  displayFill(sheet: string, address: string): string | null;
  fingerprint(sheet: string): string;
  setCellEditMode(on: boolean): void;
}
