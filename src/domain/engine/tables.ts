/**
 * The reader's public face: which blocks and tables a sheet holds, where each starts and ends, its header rows and
 * the roles of its columns — read by `readDocument` alone, without running a single rule. lintSheet runs the rules
 * on this same reading (and reports the same blocks and tables); template insertion plans on it.
 */
import type { BlockInfo, CellRange, IndicatorInfo, SheetInput, TableInfo } from "../model/types";
import { configSchema, type Config, type ConfigInput } from "../config/schema";
import { rangeToA1 } from "../model/a1";
import { norm } from "../model/text";
import { DEFAULT_CODES } from "../model/taxonomy";
import { Grid } from "./grid";
import type { ColumnMap, DocModel, RowModel, TableModel } from "./model";
import { readDocument } from "./read/index";

/** The column of each role in a table (1-based sheet columns, null when the table has none), as the reader mapped them. */
export type TableColumns = Readonly<ColumnMap>;

/** A table as the reader found it: lintSheet's TableInfo plus its layout. */
export interface TableLayout extends TableInfo {
  /** "table": cells in columns; "coded": all indicators as coded text in one cell of a project list (no columns). */
  kind: "table" | "coded";
  /** First and last header row (they differ for a two-row header); the indicator rows start below headerRow. */
  headerTop: number;
  headerRow: number;
  /** null for coded text. */
  columns: TableColumns | null;
  /** No 一级 / 二级 columns: a flat list of indicators. */
  flat: boolean;
}

export interface SheetReading {
  sheet: string;
  /** Bounds of the sheet's content; null on a blank sheet. */
  bounds: CellRange | null;
  /** Every block (forms, tables, lists), top to bottom, as lintSheet reports them. */
  blocks: BlockInfo[];
  tables: TableLayout[];
  /** The reader failed on this input (lintSheet reports that as structure/internal-error); nothing was read. */
  failed?: string;
}

/** The config as lintSheet uses it: parsed, or the defaults when it does not parse. */
export function resolveConfig(input: ConfigInput | Config | undefined): Config {
  const r = configSchema.safeParse(input ?? {});
  return r.success ? r.data : configSchema.parse({});
}

/** The document model of a grid under a config (the one place the config becomes the reader's options). */
export function readModel(grid: Grid, config: Config): DocModel {
  return readDocument(grid, {
    framework: config.framework,
    codes: config.codes ?? DEFAULT_CODES,
    vague: new Set(config.vagueWords.map((w) => norm(w))),
  });
}

/**
 * What the sheet holds: its blocks and tables with their extents, kinds, header rows and column roles. Pure and rule
 * free (no lint runs); never throws.
 */
export function readSheet(input: SheetInput, configInput?: ConfigInput | Config): SheetReading {
  const name = input && typeof input.name === "string" ? input.name : "";
  let doc: DocModel;
  try {
    doc = readModel(new Grid(input ?? { name: "", values: [] }), resolveConfig(configInput));
  } catch (e) {
    return {
      sheet: name,
      bounds: null,
      blocks: [],
      tables: [],
      failed: String(e instanceof Error ? e.message : e).slice(0, 120),
    };
  }
  return { sheet: name, bounds: doc.bounds, blocks: blocksOf(doc), tables: doc.tables.map(tableLayout) };
}

/** The sheet's tables (readSheet's `tables`), top to bottom in reading order. */
export function findTables(input: SheetInput, configInput?: ConfigInput | Config): TableLayout[] {
  return readSheet(input, configInput).tables;
}

export function blocksOf(doc: DocModel): BlockInfo[] {
  const out: BlockInfo[] = [];
  const add = (id: string, kind: BlockInfo["kind"], range: CellRange, title?: string) =>
    out.push({ id, kind, range, address: rangeToA1(range), ...(title ? { title } : {}) });
  for (const p of doc.projects) {
    const end = Math.max(p.range.r2, ...p.tables.map((t) => t.range.r2));
    add(p.id, "project", { ...p.range, r2: end }, p.name?.text);
  }
  for (const d of doc.departments) {
    const end = Math.max(d.range.r2, ...d.tables.map((t) => t.range.r2));
    add(d.id, "department", { ...d.range, r2: end }, d.name?.text);
  }
  for (const l of doc.lists) {
    add(l.id, "project-list", l.range);
    for (const r of l.rows)
      if (r.table)
        add(r.table.blockId, "project", { r1: r.row, c1: l.range.c1, r2: r.row, c2: l.range.c2 }, r.name.text);
  }
  for (const t of doc.tables) if (t.blockId === t.id && t.kind === "table") add(t.id, "table", t.range, t.title);
  out.sort((a, b) => a.range.r1 - b.range.r1);
  return out;
}

function indicatorOf(r: RowModel): IndicatorInfo {
  return {
    row: r.row,
    level1: r.l1 ?? (r.l1Cell ? norm(r.l1Cell.text) : null),
    level2: r.l2 ?? (r.l2Cell ? norm(r.l2Cell.text) : null),
    level3: r.l3 ? r.l3.text : null,
    period: r.period && r.period.text !== "" ? r.period.text : null,
    annual: r.annual && r.annual.text !== "" ? r.annual.text : null,
  };
}

/** A table as lintSheet reports it. */
export function tableInfo(t: TableModel): TableInfo {
  const indicators: IndicatorInfo[] = [];
  for (const r of t.rows) if (r.l3 !== null) indicators.push(indicatorOf(r));
  return {
    blockId: t.blockId,
    range: t.range,
    address: rangeToA1(t.range),
    framework: t.framework,
    indicators,
  };
}

function tableLayout(t: TableModel): TableLayout {
  return {
    ...tableInfo(t),
    range: { ...t.range },
    kind: t.kind,
    headerTop: t.headerTop,
    headerRow: t.headerRow,
    columns: t.cols ? { ...t.cols } : null,
    flat: t.flat,
  };
}
