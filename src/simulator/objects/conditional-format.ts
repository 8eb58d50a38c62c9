/** The simulated conditional formats: the collection, a format, its custom rule and its format. */
import { invalidArgument, itemNotFound, SimErrorCodes, SimRichApiError } from "../errors";
import type { CfModel, CfType, SheetModel } from "../model";
import { result, type SimClientResult, type SimContext, SimObject } from "../proxy";
import { normalizeColor } from "./format";
import { SimRange, SimRangeAreas } from "./range";
import { type RangeT, requireSet } from "./shared";

interface CfT {
  sheet: SheetModel;
  id: string;
}

function cfOf(t: CfT): CfModel {
  const cf = t.sheet.cfs.find((c) => c.id === t.id);
  if (!cf) throw itemNotFound(`ConditionalFormat(${t.id})`);
  return cf;
}

function updateCf(ctx: SimContext, t: CfT, label: string, fn: (cf: CfModel) => CfModel): void {
  const cf = cfOf(t);
  ctx.touch(t.sheet, label);
  t.sheet.cfs = t.sheet.cfs.map((c) => (c === cf ? fn(c) : c));
}

const CF_TYPES: Record<string, CfType> = {
  custom: "Custom",
  cellvalue: "CellValue",
  databar: "DataBar",
  colorscale: "ColorScale",
  iconset: "IconSet",
  topbottom: "TopBottom",
  presetcriteria: "PresetCriteria",
  containstext: "ContainsText",
};

export class SimConditionalFormatCollection extends SimObject<RangeT> {
  protected readonly _entity = "ConditionalFormatCollection";
  protected readonly _props = [] as const;
  private _items: SimConditionalFormat[] | undefined;

  get items(): SimConditionalFormat[] {
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
    this._items = t.sheet
      .cfsIntersecting(t.rects)
      .map((cf) => new SimConditionalFormat(this._c, null)._setResolved({ sheet: t.sheet, id: cf.id }));
    const sub = paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).map((p) => (p.length ? p : ["*"]));
    for (const it of this._items) it._doLoad(sub);
  }

  add(type: string): SimConditionalFormat {
    return new SimConditionalFormat(
      this._c,
      () => {
        const t = this._target();
        if (!t) return null;
        const ty = CF_TYPES[String(type).toLowerCase()];
        if (!ty) throw invalidArgument("ConditionalFormatCollection.add");
        this._c.touch(t.sheet, "conditionalFormats.add");
        const cf: CfModel = {
          id: this._c.host.wb.newId("cf"),
          type: ty,
          ranges: t.rects.map((r) => ({ ...r })),
          formula: "",
          fill: null,
          fontColor: null,
          fontBold: null,
          stopIfTrue: false,
        };
        // "Adds a new conditional format to the collection at the first/top priority."
        t.sheet.cfs = [cf, ...t.sheet.cfs];
        return { sheet: t.sheet, id: cf.id };
      },
      `ConditionalFormatCollection.add(${type})`,
    );
  }

  clearAll(): void {
    this.call_("clearAll", (t) => {
      this._c.touch(t.sheet, "conditionalFormats.clearAll");
      t.sheet.clearCfs(t.rects);
    });
  }

  getCount(): SimClientResult<number> {
    return result(this._c, "ConditionalFormatCollection.getCount()", () => {
      const t = this._target();
      return t ? t.sheet.cfsIntersecting(t.rects).length : 0;
    });
  }

  getItem(id: string): SimConditionalFormat {
    return this.item(`getItem(${id})`, (list) => list.find((c) => c.id === id), false);
  }
  getItemOrNullObject(id: string): SimConditionalFormat {
    return this.item(`getItemOrNullObject(${id})`, (list) => list.find((c) => c.id === id), true);
  }
  getItemAt(index: number): SimConditionalFormat {
    return this.item(`getItemAt(${index})`, (list) => list[index], false);
  }

  private item(name: string, pick: (list: CfModel[]) => CfModel | undefined, orNull: boolean): SimConditionalFormat {
    return new SimConditionalFormat(
      this._c,
      () => {
        const t = this._target();
        if (!t) return null;
        const cf = pick(t.sheet.cfsIntersecting(t.rects));
        if (!cf) {
          if (orNull) return null;
          throw itemNotFound(`ConditionalFormatCollection.${name}`);
        }
        return { sheet: t.sheet, id: cf.id };
      },
      `ConditionalFormatCollection.${name}`,
    );
  }

  protected _read(): unknown {
    return undefined;
  }
}

export class SimConditionalFormat extends SimObject<CfT> {
  protected readonly _entity = "ConditionalFormat";
  protected readonly _props = ["id", "priority", "stopIfTrue", "type"] as const;

  override _navNames(): readonly string[] {
    return ["custom", "customOrNullObject", "cellValue", "cellValueOrNullObject"];
  }

  get id(): string {
    return this.get_("id");
  }
  get type(): string {
    return this.get_("type");
  }
  get priority(): number {
    return this.get_("priority");
  }
  set priority(v: number) {
    this.set_("priority", v, (t, val) => {
      const cf = cfOf(t);
      this._c.touch(t.sheet, "conditionalFormat.priority");
      const rest = t.sheet.cfs.filter((c) => c !== cf);
      const at = Math.max(0, Math.min(rest.length, Number(val)));
      t.sheet.cfs = [...rest.slice(0, at), cf, ...rest.slice(at)];
    });
  }
  get stopIfTrue(): boolean {
    return this.get_("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this.set_("stopIfTrue", v, (t, val) =>
      updateCf(this._c, t, "conditionalFormat.stopIfTrue", (cf) => ({ ...cf, stopIfTrue: Boolean(val) })),
    );
  }

  protected _read(prop: string, t: CfT): unknown {
    const cf = cfOf(t);
    switch (prop) {
      case "id":
        return cf.id;
      case "type":
        return cf.type;
      case "priority":
        return t.sheet.cfs.indexOf(cf);
      case "stopIfTrue":
        return cf.stopIfTrue;
    }
    return undefined;
  }

  private typed(name: string, ty: CfType, orNull: boolean): SimCfSpecific {
    return this.nav_(
      name,
      () =>
        new SimCfSpecific(
          this._c,
          () => {
            const t = this._target();
            if (!t) return null;
            if (cfOf(t).type !== ty) {
              if (orNull) return null;
              throw new SimRichApiError(
                SimErrorCodes.invalidOperation,
                `The conditional format is not of type ${ty}.`,
                `ConditionalFormat.${name}`,
              );
            }
            return t;
          },
          ty,
        ),
    );
  }

  get custom(): SimCfSpecific {
    return this.typed("custom", "Custom", false);
  }
  get customOrNullObject(): SimCfSpecific {
    return this.typed("customOrNullObject", "Custom", true);
  }
  get cellValue(): SimCfSpecific {
    return this.typed("cellValue", "CellValue", false);
  }
  get cellValueOrNullObject(): SimCfSpecific {
    return this.typed("cellValueOrNullObject", "CellValue", true);
  }

  delete(): void {
    this.call_("delete", (t) => {
      const cf = cfOf(t);
      this._c.touch(t.sheet, "conditionalFormat.delete");
      t.sheet.cfs = t.sheet.cfs.filter((c) => c !== cf);
    });
  }

  getRange(): SimRange {
    return new SimRange(
      this._c,
      () => {
        const t = this._target();
        if (!t) return null;
        const cf = cfOf(t);
        if (cf.ranges.length !== 1)
          throw new SimRichApiError(
            SimErrorCodes.invalidOperation,
            "The conditional format applies to more than one range.",
            "ConditionalFormat.getRange",
          );
        return { sheet: t.sheet, rects: [cf.ranges[0]] };
      },
      "ConditionalFormat.getRange()",
    );
  }

  getRangeOrNullObject(): SimRange {
    return new SimRange(
      this._c,
      () => {
        const t = this._target();
        if (!t) return null;
        const cf = cfOf(t);
        return cf.ranges.length === 1 ? { sheet: t.sheet, rects: [cf.ranges[0]] } : null;
      },
      "ConditionalFormat.getRangeOrNullObject()",
    );
  }

  getRanges(): SimRangeAreas {
    return new SimRangeAreas(
      this._c,
      () => {
        requireSet(this._c, "ConditionalFormat.getRanges", "1.9");
        const t = this._target();
        return t ? { sheet: t.sheet, rects: cfOf(t).ranges.map((r) => ({ ...r })) } : null;
      },
      "ConditionalFormat.getRanges()",
    );
  }
}

/** `custom` and `cellValue`: a rule plus a format. */
export class SimCfSpecific extends SimObject<CfT> {
  protected readonly _entity: string;
  protected readonly _props = [] as const;

  constructor(
    ctx: SimContext,
    resolver: () => CfT | null,
    private readonly kind: CfType,
  ) {
    super(ctx, resolver, `ConditionalFormat.${kind}`, true);
    this._entity = kind === "Custom" ? "CustomConditionalFormat" : "CellValueConditionalFormat";
  }

  override _navNames(): readonly string[] {
    return this.kind === "Custom" ? ["rule", "format"] : ["format"];
  }

  get rule(): SimCfRule {
    if (this.kind === "Custom") return this.nav_("rule", () => new SimCfRule(this._c, () => this._target()));
    throw new SimRichApiError(SimErrorCodes.invalidOperation, "use cellValue.rule as a plain object");
  }

  get format(): SimCfFormat {
    return this.nav_("format", () => new SimCfFormat(this._c, () => this._target()));
  }

  protected _read(): unknown {
    return undefined;
  }
}

/** CellValue rules are a plain property on CellValueConditionalFormat; custom rules are an object. */
export class SimCfRule extends SimObject<CfT> {
  protected readonly _entity = "ConditionalFormatRule";
  protected readonly _props = ["formula", "formulaLocal", "formulaR1C1"] as const;

  constructor(ctx: SimContext, resolver: () => CfT | null) {
    super(ctx, resolver, "ConditionalFormatRule", true);
  }

  get formula(): string {
    return this.get_("formula");
  }
  set formula(v: string) {
    this.write("formula", v);
  }
  get formulaLocal(): string {
    return this.get_("formulaLocal");
  }
  set formulaLocal(v: string) {
    this.write("formulaLocal", v);
  }

  private write(k: string, v: unknown): void {
    this.set_(k, v, (t, val) => {
      const f = String(val);
      updateCf(this._c, t, "conditionalFormat.rule", (cf) => ({ ...cf, formula: f.startsWith("=") ? f : `=${f}` }));
    });
  }

  protected _read(prop: string, t: CfT): unknown {
    const cf = cfOf(t);
    return prop === "formulaR1C1" ? null : cf.formula;
  }
}

export class SimCfFormat extends SimObject<CfT> {
  protected readonly _entity = "ConditionalRangeFormat";
  protected readonly _props = ["numberFormat"] as const;

  constructor(ctx: SimContext, resolver: () => CfT | null) {
    super(ctx, resolver, "ConditionalRangeFormat", true);
  }
  override _navNames(): readonly string[] {
    return ["fill", "font"];
  }
  get numberFormat(): unknown {
    return this.get_("numberFormat");
  }
  get fill(): SimCfFill {
    return this.nav_("fill", () => new SimCfFill(this._c, () => this._target()));
  }
  get font(): SimCfFont {
    return this.nav_("font", () => new SimCfFont(this._c, () => this._target()));
  }
  protected _read(): unknown {
    return null;
  }
}

export class SimCfFill extends SimObject<CfT> {
  protected readonly _entity = "ConditionalRangeFill";
  protected readonly _props = ["color"] as const;
  constructor(ctx: SimContext, resolver: () => CfT | null) {
    super(ctx, resolver, "ConditionalRangeFill", true);
  }
  get color(): string | null {
    return this.get_("color");
  }
  set color(v: string | null) {
    this.set_("color", v, (t, val) =>
      updateCf(this._c, t, "conditionalFormat.fill", (cf) => ({ ...cf, fill: normalizeColor(val) })),
    );
  }
  clear(): void {
    this.call_("clear", (t) => updateCf(this._c, t, "conditionalFormat.fill.clear", (cf) => ({ ...cf, fill: null })));
  }
  protected _read(_p: string, t: CfT): unknown {
    return cfOf(t).fill;
  }
}

export class SimCfFont extends SimObject<CfT> {
  protected readonly _entity = "ConditionalRangeFont";
  protected readonly _props = ["color", "bold"] as const;
  constructor(ctx: SimContext, resolver: () => CfT | null) {
    super(ctx, resolver, "ConditionalRangeFont", true);
  }
  get color(): string | null {
    return this.get_("color");
  }
  set color(v: string | null) {
    this.set_("color", v, (t, val) =>
      updateCf(this._c, t, "conditionalFormat.font", (cf) => ({ ...cf, fontColor: normalizeColor(val) })),
    );
  }
  get bold(): boolean | null {
    return this.get_("bold");
  }
  set bold(v: boolean | null) {
    this.set_("bold", v, (t, val) =>
      updateCf(this._c, t, "conditionalFormat.font", (cf) => ({ ...cf, fontBold: Boolean(val) })),
    );
  }
  protected _read(p: string, t: CfT): unknown {
    const cf = cfOf(t);
    return p === "color" ? cf.fontColor : cf.fontBold;
  }
}
