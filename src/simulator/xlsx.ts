/**
 * xlsx → simulated workbook, through exceljs. The exceljs module is passed in, so the preview
 * can hand over the browser build (exceljs/dist/exceljs.min.js) and Node the package itself;
 * this file imports no exceljs code.
 */
import type * as ExcelJSTypes from "exceljs";
import type { CellRange } from "../domain/model/types";
import { parseArea, splitAreas } from "./address";
import {
  type CellFormat,
  type CfModel,
  DEFAULT_FORMAT,
  sameFormat,
  type SimBorder,
  type SimValue,
  WorkbookModel,
} from "./model";

type ExcelJSModule = Pick<typeof ExcelJSTypes, "Workbook">;

/** Office theme colours by SpreadsheetML theme index (0 = lt1, 1 = dk1, ...), tint ignored. */
const THEME = [
  "#FFFFFF",
  "#000000",
  "#E7E6E6",
  "#44546A",
  "#4472C4",
  "#ED7D31",
  "#A5A5A5",
  "#FFC000",
  "#5B9BD5",
  "#70AD47",
];
const INDEXED: Record<number, string> = {
  8: "#000000",
  9: "#FFFFFF",
  10: "#FF0000",
  11: "#00FF00",
  12: "#0000FF",
  13: "#FFFF00",
  64: "#000000",
};

export function colorOf(c: Partial<ExcelJSTypes.Color> | undefined | null): string | null {
  if (!c) return null;
  if (typeof c.argb === "string" && /^[0-9a-f]{8}$/i.test(c.argb)) return `#${c.argb.slice(2).toUpperCase()}`;
  if (typeof c.argb === "string" && /^[0-9a-f]{6}$/i.test(c.argb)) return `#${c.argb.toUpperCase()}`;
  if (typeof c.theme === "number") return THEME[c.theme] ?? null;
  const indexed = (c as { indexed?: number }).indexed;
  if (typeof indexed === "number") return INDEXED[indexed] ?? null;
  return null;
}

function borderOf(b: Partial<ExcelJSTypes.Border> | undefined): SimBorder | undefined {
  if (!b || !b.style) return undefined;
  const color = colorOf(b.color) ?? "#000000";
  const map: Record<string, [string, string]> = {
    thin: ["Continuous", "Thin"],
    medium: ["Continuous", "Medium"],
    thick: ["Continuous", "Thick"],
    hair: ["Continuous", "Hairline"],
    dotted: ["Dot", "Thin"],
    dashed: ["Dash", "Thin"],
    mediumDashed: ["Dash", "Medium"],
    dashDot: ["DashDot", "Thin"],
    mediumDashDot: ["DashDot", "Medium"],
    dashDotDot: ["DashDotDot", "Thin"],
    mediumDashDotDot: ["DashDotDot", "Medium"],
    slantDashDot: ["SlantDashDot", "Medium"],
    double: ["Double", "Thick"],
  };
  const [style, weight] = map[b.style] ?? ["Continuous", "Thin"];
  return { style, color, weight };
}

const H_ALIGN: Record<string, string> = {
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};
const V_ALIGN: Record<string, string> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
};

export function formatOf(style: Partial<ExcelJSTypes.Style> | undefined): CellFormat {
  if (!style) return DEFAULT_FORMAT;
  const fill =
    style.fill && style.fill.type === "pattern" && style.fill.pattern !== "none" ? colorOf(style.fill.fgColor) : null;
  const f = style.font;
  const font = {
    bold: f?.bold === true,
    italic: f?.italic === true,
    underline: f?.underline ? (f.underline === true || f.underline === "single" ? "Single" : "Double") : "None",
    color: colorOf(f?.color) ?? "#000000",
    size: typeof f?.size === "number" ? f.size : 11,
    name: f?.name ?? "Calibri",
  };
  const borders: CellFormat["borders"] = {};
  const b = style.border;
  const top = borderOf(b?.top);
  const bottom = borderOf(b?.bottom);
  const left = borderOf(b?.left);
  const right = borderOf(b?.right);
  if (top) borders.EdgeTop = top;
  if (bottom) borders.EdgeBottom = bottom;
  if (left) borders.EdgeLeft = left;
  if (right) borders.EdgeRight = right;
  const out: CellFormat = {
    fill,
    font,
    borders,
    numberFormat: style.numFmt || "General",
    wrapText: style.alignment?.wrapText === true,
    horizontalAlignment: H_ALIGN[style.alignment?.horizontal ?? ""] ?? "General",
    verticalAlignment: V_ALIGN[style.alignment?.vertical ?? ""] ?? "Bottom",
  };
  return sameFormat(out, DEFAULT_FORMAT) ? DEFAULT_FORMAT : out;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function valueOf(v: ExcelJSTypes.CellValue): { value: SimValue | null; formula?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "number" || typeof v === "boolean") return { value: v };
  if (typeof v === "string") return { value: v === "" ? null : v };
  if (v instanceof Date) return { value: (v.getTime() - EXCEL_EPOCH) / 86400000 };
  const o = v as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText)) return { value: (o.richText as { text: string }[]).map((t) => t.text).join("") };
  if ("formula" in o || "sharedFormula" in o) {
    const r = o.result as ExcelJSTypes.CellValue | undefined;
    const inner = r === undefined ? { value: null } : valueOf(r);
    const formula = typeof o.formula === "string" ? `=${o.formula}` : undefined;
    return formula ? { value: inner.value, formula } : { value: inner.value };
  }
  if ("error" in o) return { value: String(o.error) };
  if ("text" in o) return valueOf(o.text as ExcelJSTypes.CellValue);
  return { value: String(v) };
}

/** exceljs column width (characters) → Excel JS columnWidth (points). */
export function widthToPoints(chars: number): number {
  return Math.round(Math.trunc(chars * 7 + 5) * 0.75 * 100) / 100;
}

const CF_OPERATORS: Record<string, string> = {
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
};

function rectsOf(ref: string): CellRange[] {
  return splitAreas(ref.replace(/\s+/g, ",")).flatMap((a) => {
    const p = parseArea(a);
    return p ? [p.rect] : [];
  });
}

/** Loads an .xlsx (ArrayBuffer / Buffer) into a WorkbookModel: values, merges, cell formats, widths, heights, CFs, DVs. */
export async function workbookFromXlsx(
  buffer: ArrayBuffer | Uint8Array,
  ExcelJS: ExcelJSModule,
): Promise<WorkbookModel> {
  const xwb = new ExcelJS.Workbook();
  await xwb.xlsx.load(buffer as never);
  const wb = new WorkbookModel();
  const activeTab = (xwb.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  let index = 0;
  xwb.eachSheet((ws) => {
    const s = wb.addSheet(ws.name);
    if (ws.state === "hidden") s.visibility = "Hidden";
    if (ws.state === "veryHidden") s.visibility = "VeryHidden";
    if (index === activeTab) wb.activeSheetId = s.id;
    index++;
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (row.height && (row as unknown as { customHeight?: boolean }).customHeight !== false)
        s.rowHeights.set(rowNumber, row.height);
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        const slave = cell.isMerged && cell.master !== cell;
        const v = slave ? { value: null } : valueOf(cell.value);
        const format = formatOf(cell.style);
        const c: { value: SimValue | null; formula?: string; format?: CellFormat } = { value: v.value };
        if (v.formula) c.formula = v.formula;
        if (format !== DEFAULT_FORMAT) c.format = format;
        s.setCell(rowNumber, colNumber, c);
      });
    });
    for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
      const p = parseArea(m);
      if (p) s.merges.push(p.rect);
    }
    (ws.columns ?? []).forEach((col, i) => {
      if (col && typeof col.width === "number") s.colWidths.set(i + 1, widthToPoints(col.width));
    });
    const cfs =
      (ws as unknown as { conditionalFormattings?: { ref: string; rules: Record<string, unknown>[] }[] })
        .conditionalFormattings ?? [];
    const imported: (CfModel & { prio: number })[] = [];
    for (const block of cfs) {
      const ranges = rectsOf(block.ref);
      for (const rule of block.rules) {
        const style = rule.style as Partial<ExcelJSTypes.Style> | undefined;
        const fillDef = style?.fill as
          { type?: string; bgColor?: ExcelJSTypes.Color; fgColor?: ExcelJSTypes.Color } | undefined;
        const fill = fillDef ? (colorOf(fillDef.bgColor) ?? colorOf(fillDef.fgColor)) : null;
        const formulae = (rule.formulae as unknown[] | undefined)?.map(String) ?? [];
        const base = {
          id: wb.newId("cf"),
          ranges,
          fill,
          fontColor: colorOf(style?.font?.color),
          fontBold: style?.font?.bold ?? null,
          stopIfTrue: rule.stopIfTrue === true,
          prio: typeof rule.priority === "number" ? rule.priority : 1000,
        };
        if (rule.type === "expression")
          imported.push({ ...base, type: "Custom", formula: `=${formulae[0] ?? "FALSE"}` });
        else if (rule.type === "cellIs")
          imported.push({
            ...base,
            type: "CellValue",
            formula: `=${formulae[0] ?? "0"}`,
            formula2: formulae[1] !== undefined ? `=${formulae[1]}` : undefined,
            operator: CF_OPERATORS[String(rule.operator)] ?? "EqualTo",
          });
      }
    }
    s.cfs = imported.sort((a, b) => a.prio - b.prio).map(({ prio: _p, ...cf }) => cf);
    const dvs =
      (ws as unknown as { dataValidations?: { model?: Record<string, Record<string, unknown>> } }).dataValidations
        ?.model ?? {};
    for (const [addr, dv] of Object.entries(dvs)) {
      const rects = rectsOf(addr.replace(/^range:/, ""));
      const f = (dv.formulae as unknown[] | undefined)?.map(String) ?? [];
      const rule =
        dv.type === "list"
          ? { list: { inCellDropDown: dv.showDropDown !== true, source: f[0]?.replace(/^"|"$/g, "") ?? "" } }
          : { custom: { formula: `=${f[0] ?? ""}` } };
      for (const range of rects) s.dvs.push({ range, rule });
    }
  });
  if (wb.sheets.length === 0) wb.addSheet("Sheet1");
  return wb;
}
