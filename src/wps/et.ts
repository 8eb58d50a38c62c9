/**
 * The part of WPS 表格's JavaScript object model (ET, reached through `window.Application` or
 * `wps.EtApplication()`) that the add-in uses, as WPS's developer documentation and its `wps-jsapi` typings
 * describe it: a synchronous, VBA-like model; collections and Range/Cells are 1-based; `Value2` of a
 * multi-cell range is a 2-D array (a single cell gives a scalar); enums are passed as numbers, never as names.
 * Type-only plus the enum values; the WPS simulator (src/simulator/wps) implements the same shapes.
 */

/** Enum values used here (Excel's VBA numbers, which ET shares). */
export const XL = {
  /** XlFormatConditionType */
  cellValue: 1,
  expression: 2,
  /** XlDVType / XlDVAlertStyle / XlFormatConditionOperator */
  validateList: 3,
  validAlertStop: 1,
  validAlertWarning: 2,
  between: 1,
  /** XlInsertShiftDirection */
  shiftDown: -4121,
  /** XlVAlign */
  vAlignCenter: -4108,
  /** xlNone: no fill (Interior.ColorIndex) */
  none: -4142,
  /** XlBordersIndex */
  edgeLeft: 7,
  edgeTop: 8,
  edgeBottom: 9,
  edgeRight: 10,
  insideVertical: 11,
  insideHorizontal: 12,
  /** XlLineStyle / XlBorderWeight */
  continuous: 1,
  thin: 2,
  /** MsoDocProperties: string */
  propertyTypeString: 4,
  /** MsoAppLanguageID: the UI language */
  languageIdUi: 2,
  /** MsoCTPDockPosition */
  dockRight: 2,
} as const;

export interface EtCollection<T> {
  readonly Count: number;
  /** 1-based index, or a name where the collection has names. */
  Item(index: number | string): T;
}

export interface EtInterior {
  /** BGR: red + green·256 + blue·65536. */
  Color: number;
  ColorIndex: number;
}

export interface EtFont {
  Bold: boolean;
  Italic: boolean;
}

export interface EtBorder {
  LineStyle: number;
  Weight: number;
  Color: number;
}

export interface EtFormatCondition {
  readonly Type: number;
  readonly Formula1: string;
  readonly Interior: EtInterior;
  readonly AppliesTo: EtRange;
  StopIfTrue: boolean;
  Delete(): void;
}

export interface EtFormatConditions extends EtCollection<EtFormatCondition> {
  /** Returns the new condition (VBA); some builds' typings say void, so callers fall back to Item(Count). */
  Add(type: number, operator?: number, formula1?: string, formula2?: string): EtFormatCondition | undefined;
  Delete(): void;
}

export interface EtValidation {
  readonly Type: number;
  readonly Formula1: string;
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string, formula2?: string): void;
  Delete(): void;
  InCellDropdown: boolean;
  ShowError: boolean;
  ErrorTitle: string;
  ErrorMessage: string;
}

/** A range's A1 address without `$`: ET documents Address as a method; some builds expose a plain property. */
export function addressOf(range: Pick<EtRange, "Address">): string {
  const a = range.Address as unknown;
  return (typeof a === "function" ? range.Address(false, false) : String(a)).replace(/\$/g, "");
}

export interface EtRange {
  /** 1-based first row / column. */
  readonly Row: number;
  readonly Column: number;
  /** .Count = number of rows / columns; .Item(i) = the i-th row / column (1-based), or "5:7" / "B:D". */
  readonly Rows: EtRange & { Item(index: number | string): EtRange };
  readonly Columns: EtRange & { Item(index: number | string): EtRange };
  readonly Count: number;
  /** 2-D array for several cells, a scalar for one; empty cells are null, undefined or "". */
  Value2: unknown;
  Formula: unknown;
  readonly HasFormula: unknown;
  /** One format code for a single cell; for several: a 2-D array (ET), or one code when all agree / null when they differ (VBA). */
  NumberFormat: unknown;
  readonly Text: unknown;
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  /** true when every cell is merged, false when none, null when mixed. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  Merge(across?: boolean): void;
  readonly EntireRow: EtRange;
  Insert(shift?: number, copyOrigin?: number): void;
  Select(): void;
  readonly FormatConditions: EtFormatConditions;
  readonly Validation: EtValidation;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Borders: EtCollection<EtBorder>;
  WrapText: boolean;
  VerticalAlignment: number;
  /** In characters of the standard font (VBA), not points. */
  ColumnWidth: number;
  /** In points. */
  RowHeight: number;
}

export interface EtWorksheet {
  readonly Name: string;
  readonly UsedRange: EtRange;
  readonly Cells: EtRange & { Item(row: number, column: number): EtRange };
  readonly Rows: EtRange & { Item(index: number | string): EtRange };
  readonly Columns: EtRange & { Item(index: number | string): EtRange };
  Range(address: string): EtRange;
  Activate(): void;
}

export interface EtDocumentProperty {
  readonly Name: string;
  readonly Value: unknown;
  Delete(): void;
}

export interface EtDocumentProperties extends EtCollection<EtDocumentProperty> {
  Add(name: string, linkToContent: boolean, type: number, value: unknown): EtDocumentProperty;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtCollection<EtWorksheet>;
  readonly CustomDocumentProperties: EtDocumentProperties;
}

export type EtEventName = "SheetChange" | "SheetActivate" | "WindowActivate" | "SheetSelectionChange";

export interface EtApiEvent {
  AddApiEventListener(name: EtEventName, callback: (...args: never[]) => void): void;
  RemoveApiEventListener(name: EtEventName, callback?: (...args: never[]) => void): void;
}

export interface EtApplication {
  /** null when no workbook is open (the start page). */
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  readonly Selection: EtRange | null;
  readonly ApiEvent: EtApiEvent;
  readonly LanguageSettings?: { LanguageID(kind: number): number };
}
