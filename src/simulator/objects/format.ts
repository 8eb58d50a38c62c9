/** The simulated RangeFormat: fill, font, borders (and colour normalisation). */
import type { CellRange } from "../../domain/model/types";
import { MAX_COLS } from "../../domain/model/limits";
import { invalidArgument, SimErrorCodes, SimRichApiError } from "../errors";
import { BORDER_SIDES, type BorderSide, type CellFormat, type SimBorder } from "../model";
import { type SimContext, SimObject } from "../proxy";
import { forEachCell, type RangeT, uniform } from "./shared";

function writeFormat(ctx: SimContext, t: RangeT, label: string, update: (f: CellFormat) => CellFormat): void {
  ctx.touch(t.sheet, label);
  forEachCell(t.rects, (row, col) => t.sheet.updateFormat(row, col, update));
}

export class SimRangeFormat extends SimObject<RangeT> {
  protected readonly _entity = "RangeFormat";
  protected readonly _props = [
    "wrapText",
    "columnWidth",
    "rowHeight",
    "horizontalAlignment",
    "verticalAlignment",
  ] as const;

  override _navNames(): readonly string[] {
    return ["fill", "font", "borders"];
  }

  get fill(): SimRangeFill {
    return this.nav_("fill", () => new SimRangeFill(this._c, () => this._target(), "RangeFormat.fill", true));
  }
  get font(): SimRangeFont {
    return this.nav_("font", () => new SimRangeFont(this._c, () => this._target(), "RangeFormat.font", true));
  }
  get borders(): SimRangeBorderCollection {
    return this.nav_(
      "borders",
      () => new SimRangeBorderCollection(this._c, () => this._target(), "RangeFormat.borders", true),
    );
  }

  get wrapText(): boolean | null {
    return this.get_("wrapText");
  }
  set wrapText(v: boolean | null) {
    this.set_("wrapText", v, (t, val) =>
      writeFormat(this._c, t, "format.wrapText", (f) => ({ ...f, wrapText: Boolean(val) })),
    );
  }
  get horizontalAlignment(): string | null {
    return this.get_("horizontalAlignment");
  }
  set horizontalAlignment(v: string | null) {
    this.set_("horizontalAlignment", v, (t, val) =>
      writeFormat(this._c, t, "format.horizontalAlignment", (f) => ({ ...f, horizontalAlignment: String(val) })),
    );
  }
  get verticalAlignment(): string | null {
    return this.get_("verticalAlignment");
  }
  set verticalAlignment(v: string | null) {
    this.set_("verticalAlignment", v, (t, val) =>
      writeFormat(this._c, t, "format.verticalAlignment", (f) => ({ ...f, verticalAlignment: String(val) })),
    );
  }
  get columnWidth(): number | null {
    return this.get_("columnWidth");
  }
  set columnWidth(v: number | null) {
    this.set_("columnWidth", v, (t, val) => {
      this._c.touch(t.sheet, "format.columnWidth");
      for (const r of t.rects) for (let c = r.c1; c <= r.c2; c++) t.sheet.colWidths.set(c, Number(val));
    });
  }
  get rowHeight(): number | null {
    return this.get_("rowHeight");
  }
  set rowHeight(v: number | null) {
    this.set_("rowHeight", v, (t, val) => {
      this._c.touch(t.sheet, "format.rowHeight");
      for (const r of t.rects)
        for (let row = r.r1; row <= Math.min(r.r2, r.r1 + 100_000); row++) t.sheet.rowHeights.set(row, Number(val));
    });
  }

  autofitColumns(): void {
    this.call_("autofitColumns", () => {});
  }
  autofitRows(): void {
    this.call_("autofitRows", () => {});
  }

  protected _read(prop: string, t: RangeT): unknown {
    switch (prop) {
      case "wrapText":
        return uniform(t, (f) => f.wrapText);
      case "horizontalAlignment":
        return uniform(t, (f) => f.horizontalAlignment);
      case "verticalAlignment":
        return uniform(t, (f) => f.verticalAlignment);
      case "columnWidth": {
        const ws = t.rects.flatMap((r) =>
          Array.from({ length: Math.min(r.c2 - r.c1 + 1, MAX_COLS) }, (_, i) => t.sheet.columnWidth(r.c1 + i)),
        );
        return ws.every((w) => w === ws[0]) ? ws[0] : null;
      }
      case "rowHeight": {
        const hs = t.rects.flatMap((r) =>
          Array.from({ length: Math.min(r.r2 - r.r1 + 1, 100_000) }, (_, i) => t.sheet.rowHeight(r.r1 + i)),
        );
        return hs.every((h) => h === hs[0]) ? hs[0] : null;
      }
    }
    return undefined;
  }
}

export class SimRangeFill extends SimObject<RangeT> {
  protected readonly _entity = "RangeFill";
  protected readonly _props = ["color"] as const;

  get color(): string | null {
    return this.get_("color");
  }
  set color(v: string | null) {
    this.set_("color", v, (t, val) =>
      writeFormat(this._c, t, "format.fill", (f) => ({ ...f, fill: normalizeColor(val) })),
    );
  }
  clear(): void {
    this.call_("clear", (t) => writeFormat(this._c, t, "format.fill.clear", (f) => ({ ...f, fill: null })));
  }
  protected _read(prop: string, t: RangeT): unknown {
    // Excel reports "#FFFFFF" for no fill
    return prop === "color" ? uniform(t, (f) => f.fill ?? "#FFFFFF") : undefined;
  }
}

export class SimRangeFont extends SimObject<RangeT> {
  protected readonly _entity = "RangeFont";
  protected readonly _props = ["bold", "italic", "underline", "color", "size", "name"] as const;

  private prop<K extends "bold" | "italic" | "underline" | "color" | "size" | "name">(k: K, v: unknown): void {
    this.set_(k, v, (t, val) =>
      writeFormat(this._c, t, `format.font.${k}`, (f) => ({
        ...f,
        font: {
          ...f.font,
          [k]:
            k === "color"
              ? (normalizeColor(val) ?? "#000000")
              : k === "size"
                ? Number(val)
                : k === "bold" || k === "italic"
                  ? Boolean(val)
                  : String(val),
        },
      })),
    );
  }
  get bold(): boolean | null {
    return this.get_("bold");
  }
  set bold(v: boolean | null) {
    this.prop("bold", v);
  }
  get italic(): boolean | null {
    return this.get_("italic");
  }
  set italic(v: boolean | null) {
    this.prop("italic", v);
  }
  get underline(): string | null {
    return this.get_("underline");
  }
  set underline(v: string | null) {
    this.prop("underline", v);
  }
  get color(): string | null {
    return this.get_("color");
  }
  set color(v: string | null) {
    this.prop("color", v);
  }
  get size(): number | null {
    return this.get_("size");
  }
  set size(v: number | null) {
    this.prop("size", v);
  }
  get name(): string | null {
    return this.get_("name");
  }
  set name(v: string | null) {
    this.prop("name", v);
  }

  protected _read(prop: string, t: RangeT): unknown {
    return uniform(t, (f) => (f.font as unknown as Record<string, unknown>)[prop]);
  }
}

type BorderIndex = BorderSide | "InsideHorizontal" | "InsideVertical";
const BORDER_INDEXES: readonly BorderIndex[] = [...BORDER_SIDES, "InsideHorizontal", "InsideVertical"];

export class SimRangeBorderCollection extends SimObject<RangeT> {
  protected readonly _entity = "RangeBorderCollection";
  protected readonly _props = ["count"] as const;
  private _items: SimRangeBorder[] | undefined;

  get count(): number {
    return this.get_("count");
  }
  get items(): SimRangeBorder[] {
    if (!this._items)
      throw new SimRichApiError(
        SimErrorCodes.propertyNotLoaded,
        "The property 'items' is not available.",
        this._entity,
      );
    return this._items;
  }
  override _doLoad(paths: string[][]): void {
    const t = this._target();
    if (!t) return;
    const own = paths.filter((p) => p[0] === "count" || p[0] === "*");
    if (own.length) this._loaded.count = BORDER_INDEXES.length;
    this._items = BORDER_INDEXES.map((i) => new SimRangeBorder(this._c, null, i)._setResolved(t));
    const sub = paths
      .filter((p) => p[0] !== "count")
      .map((p) => (p[0] === "items" ? p.slice(1) : p))
      .map((p) => (p.length ? p : ["*"]));
    for (const it of this._items) it._doLoad(sub);
  }
  getItem(index: string): SimRangeBorder {
    if (!BORDER_INDEXES.includes(index as BorderIndex)) {
      const b = new SimRangeBorder(
        this._c,
        () => {
          throw invalidArgument(`RangeBorderCollection.getItem(${index})`);
        },
        "EdgeTop",
      );
      return b;
    }
    return new SimRangeBorder(this._c, () => this._target(), index as BorderIndex, true);
  }
  protected _read(): unknown {
    return BORDER_INDEXES.length;
  }
}

/** Border sides a write to `index` of range `r` touches, per cell. */
function bordersFor(index: BorderIndex, r: CellRange, row: number, col: number): BorderSide[] {
  switch (index) {
    case "EdgeTop":
      return row === r.r1 ? ["EdgeTop"] : [];
    case "EdgeBottom":
      return row === r.r2 ? ["EdgeBottom"] : [];
    case "EdgeLeft":
      return col === r.c1 ? ["EdgeLeft"] : [];
    case "EdgeRight":
      return col === r.c2 ? ["EdgeRight"] : [];
    case "InsideHorizontal":
      return [
        ...(row > r.r1 ? (["EdgeTop"] as BorderSide[]) : []),
        ...(row < r.r2 ? (["EdgeBottom"] as BorderSide[]) : []),
      ];
    case "InsideVertical":
      return [
        ...(col > r.c1 ? (["EdgeLeft"] as BorderSide[]) : []),
        ...(col < r.c2 ? (["EdgeRight"] as BorderSide[]) : []),
      ];
  }
}

const NO_BORDER: SimBorder = { style: "None", color: "#000000", weight: "Thin" };

export class SimRangeBorder extends SimObject<RangeT> {
  protected readonly _entity = "RangeBorder";
  protected readonly _props = ["sideIndex", "style", "color", "weight"] as const;

  constructor(
    ctx: SimContext,
    resolver: (() => RangeT | null) | null,
    private readonly index: BorderIndex,
    derived = false,
  ) {
    super(ctx, resolver, `RangeBorder(${index})`, derived);
  }

  get sideIndex(): string {
    return this.get_("sideIndex");
  }
  get style(): string | null {
    return this.get_("style");
  }
  set style(v: string | null) {
    this.write("style", v);
  }
  get color(): string | null {
    return this.get_("color");
  }
  set color(v: string | null) {
    this.write("color", v);
  }
  get weight(): string | null {
    return this.get_("weight");
  }
  set weight(v: string | null) {
    this.write("weight", v);
  }

  private write(k: "style" | "color" | "weight", v: unknown): void {
    this.set_(k, v, (t) => {
      this._c.touch(t.sheet, `format.borders.${k}`);
      for (const r of t.rects) {
        forEachCell([r], (row, col) => {
          const sides = bordersFor(this.index, r, row, col);
          if (sides.length === 0) return;
          t.sheet.updateFormat(row, col, (f) => {
            const borders = { ...f.borders };
            for (const side of sides) {
              const cur = borders[side] ?? { ...NO_BORDER, style: "Continuous" };
              const next = { ...cur, [k]: k === "color" ? (normalizeColor(v) ?? "#000000") : String(v) };
              if (next.style === "None") delete borders[side];
              else borders[side] = next;
            }
            return { ...f, borders };
          });
        });
      }
    });
  }

  protected _read(prop: string, t: RangeT): unknown {
    if (prop === "sideIndex") return this.index;
    const r = t.rects[0];
    const side: BorderSide =
      this.index === "InsideHorizontal" ? "EdgeBottom" : this.index === "InsideVertical" ? "EdgeRight" : this.index;
    return uniform(t, (f, row, col) => {
      if (row !== 0 && bordersFor(this.index, r, row, col).length === 0) return undefined;
      const b = f.borders[side] ?? NO_BORDER;
      return (b as unknown as Record<string, unknown>)[prop];
    });
  }
}

export function normalizeColor(v: unknown): string | null {
  if (v === null || v === undefined || v === "") return null;
  const s = String(v).trim();
  const named: Record<string, string> = {
    red: "#FF0000",
    yellow: "#FFFF00",
    white: "#FFFFFF",
    black: "#000000",
    pink: "#FFC0CB",
    lightgreen: "#90EE90",
    blue: "#0000FF",
    green: "#008000",
  };
  if (named[s.toLowerCase()]) return named[s.toLowerCase()];
  if (/^#?[0-9a-f]{6}$/i.test(s)) return `#${s.replace("#", "").toUpperCase()}`;
  return s;
}
