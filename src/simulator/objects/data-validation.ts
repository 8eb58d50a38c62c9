/** The simulated DataValidation. */
import type { CellRange } from "../../domain/model/types";
import { contains, intersects, subtract } from "../address";
import { SimObject } from "../proxy";
import type { RangeT } from "./shared";

export class SimDataValidation extends SimObject<RangeT> {
  protected readonly _entity = "DataValidation";
  protected readonly _props = ["rule", "type", "valid", "ignoreBlanks", "errorAlert"] as const;

  get rule(): unknown {
    return this.get_("rule");
  }
  set rule(v: unknown) {
    this.set_("rule", v, (t, val) => {
      this._c.touch(t.sheet, "dataValidation.rule");
      const rest = t.sheet.dvs.flatMap((dv) =>
        t.rects
          .reduce<CellRange[]>((acc, q) => acc.flatMap((r) => subtract(r, q)), [dv.range])
          .map((range) => ({ ...dv, range })),
      );
      t.sheet.dvs = [
        ...rest,
        ...t.rects.map((range) => ({ range: { ...range }, rule: JSON.parse(JSON.stringify(val)) })),
      ];
    });
  }
  /** Kept on the rules inside the range (set the rule first, as in Excel). */
  get errorAlert(): unknown {
    return this.get_("errorAlert");
  }
  set errorAlert(v: unknown) {
    this.set_("errorAlert", v, (t, val) => {
      this._c.touch(t.sheet, "dataValidation.errorAlert");
      const alert = JSON.parse(JSON.stringify(val));
      t.sheet.dvs = t.sheet.dvs.map((dv) =>
        t.rects.some((r) => contains(r, dv.range.r1, dv.range.c1) && contains(r, dv.range.r2, dv.range.c2))
          ? { ...dv, errorAlert: alert }
          : dv,
      );
    });
  }
  get type(): string {
    return this.get_("type");
  }
  get valid(): boolean {
    return this.get_("valid");
  }
  get ignoreBlanks(): boolean {
    return this.get_("ignoreBlanks");
  }

  clear(): void {
    this.call_("clear", (t) => {
      this._c.touch(t.sheet, "dataValidation.clear");
      t.sheet.dvs = t.sheet.dvs.flatMap((dv) =>
        t.rects
          .reduce<CellRange[]>((acc, q) => acc.flatMap((r) => subtract(r, q)), [dv.range])
          .map((range) => ({ ...dv, range })),
      );
    });
  }

  protected _read(prop: string, t: RangeT): unknown {
    const dv = t.sheet.dvs.find((d) => t.rects.some((r) => intersects(d.range, r)));
    switch (prop) {
      case "rule":
        return dv?.rule ?? {};
      case "type": {
        const k = dv ? Object.keys(dv.rule as object)[0] : undefined;
        return k ? k.charAt(0).toUpperCase() + k.slice(1) : "None";
      }
      case "valid":
        return true;
      case "ignoreBlanks":
        return true;
      case "errorAlert":
        return dv?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" };
    }
    return undefined;
  }
}
