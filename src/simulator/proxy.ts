/**
 * Office.js batching semantics: proxy objects queue their method calls, loads and property sets
 * on the RequestContext; `context.sync()` runs the queue in order against the model. Properties
 * read before load + sync throw PropertyNotLoaded; `*OrNullObject` proxies learn `isNullObject`
 * at sync.
 */
import type { SheetModel, SheetState, WorkbookModel } from "./model";
import type { CellRange } from "../domain/model/types";
import { invalidArgument, propertyNotLoaded, SimErrorCodes, SimRichApiError } from "./errors";

export interface RunOptions {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

export interface ChangeEvent {
  sheetId: string;
  rect: CellRange;
  changeType: string;
  details?: { valueBefore: unknown; valueAfter: unknown; valueTypeBefore: string; valueTypeAfter: string };
}

/** What the proxies need from the simulator. */
export interface SimHost {
  readonly wb: WorkbookModel;
  supports(version: string): boolean;
  countSync(ctx: SimContext): void;
  cellEditWait(delay: boolean): Promise<void>;
  commitRecord(before: Map<string, SheetState>, label: string): void;
  dispatchChanges(events: ChangeEvent[], fromAddin: boolean): void;
  dispatchActivated(sheetId: string): void;
  registerHandler(
    kind: "changed" | "activated",
    scope: string | null,
    handler: (args: unknown) => unknown,
    ctx: SimContext,
  ): number;
  removeHandler(id: number): void;
  eventsEnabled: boolean;
  /** Called when merged areas are read (models office-js #5918 when that quirk is on). */
  mergedAreasRead(): void;
  log(entry: string): void;
  notify(): void;
}

interface Op {
  name: string;
  run: () => void;
}

export class SimContext {
  private queue: Op[] = [];
  private record: Map<string, SheetState> | null = null;
  private changes: ChangeEvent[] = [];
  private activations: string[] = [];
  private wrote = false;
  /** A range was selected in this batch: the preview redraws the outline (no undo record, no change event). */
  selectionMoved = false;
  private labels: string[] = [];
  /** Set by SimWorkbook's constructor (the root of the object model). */
  workbook!: unknown;
  readonly trackedObjects = { add: (): void => {}, remove: (): void => {} };
  readonly runtime: { enableEvents: boolean };
  readonly application: { suspendScreenUpdatingUntilNextSync(): void; suspendApiCalculationUntilNextSync(): void };

  constructor(
    readonly host: SimHost,
    readonly options: RunOptions = {},
  ) {
    const self = this;
    this.runtime = {
      get enableEvents() {
        return self.host.eventsEnabled;
      },
      set enableEvents(v: boolean) {
        self.enqueue("runtime.enableEvents", () => {
          self.host.eventsEnabled = v;
        });
      },
    };
    this.application = {
      suspendScreenUpdatingUntilNextSync: () =>
        this.enqueue("application.suspendScreenUpdatingUntilNextSync", () => {}),
      suspendApiCalculationUntilNextSync: () =>
        this.enqueue("application.suspendApiCalculationUntilNextSync", () => {}),
    };
  }

  enqueue(name: string, run: () => void): void {
    this.queue.push({ name, run });
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Called by write operations before they change a sheet: takes the undo snapshot once per record. */
  touch(sheet: SheetModel, label: string): void {
    this.wrote = true;
    if (!this.record) this.record = new Map();
    if (!this.record.has(sheet.id)) this.record.set(sheet.id, sheet.snapshot());
    if (!this.labels.includes(label)) this.labels.push(label);
  }

  changed(ev: ChangeEvent): void {
    this.changes.push(ev);
  }

  activated(sheetId: string): void {
    this.activations.push(sheetId);
  }

  private get merging(): boolean {
    return this.options.mergeUndoGroup === true && this.host.supports("1.20");
  }

  async sync<T>(passThrough?: T): Promise<T | undefined> {
    this.host.countSync(this);
    await this.host.cellEditWait(this.options.delayForCellEdit === true);
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    let failure: unknown = null;
    for (const op of ops) {
      try {
        this.host.log(op.name);
        op.run();
      } catch (e) {
        failure = e;
        break;
      }
    }
    this.afterBatch();
    if (failure !== null) throw toRichError(failure);
    return passThrough;
  }

  private afterBatch(): void {
    if (!this.merging) this.closeRecord();
    const changes = this.changes;
    const activations = this.activations;
    this.changes = [];
    this.activations = [];
    if (changes.length > 0) this.host.dispatchChanges(changes, true);
    for (const id of activations) this.host.dispatchActivated(id);
    if (this.wrote || activations.length > 0 || this.selectionMoved) this.host.notify();
    this.wrote = false;
    this.selectionMoved = false;
  }

  /** Ends the undo record (per sync, or per run with mergeUndoGroup on 1.20+). */
  closeRecord(): void {
    if (this.record && this.record.size > 0) this.host.commitRecord(this.record, this.labels.join(", "));
    this.record = null;
    this.labels = [];
  }
}

function toRichError(e: unknown): Error {
  if (e instanceof SimRichApiError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new SimRichApiError(SimErrorCodes.generalException, msg);
}

/** A load request as a list of property paths; `["*"]` means all scalar properties. */
export type LoadPath = string[];

export function parseLoad(opt: unknown): LoadPath[] {
  if (opt === undefined || opt === null) return [["*"]];
  if (typeof opt === "string") {
    return opt
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => s.split("/").map((x) => x.trim()));
  }
  if (Array.isArray(opt)) return opt.flatMap((o) => parseLoad(String(o)));
  if (typeof opt === "object") {
    const o = opt as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      const sel = o.select === undefined ? [["*"]] : parseLoad(o.select);
      const exp = o.expand === undefined ? [] : parseLoad(o.expand).map((p) => [...p, "*"]);
      return [...sel, ...exp];
    }
    const out: LoadPath[] = [];
    for (const [k, v] of Object.entries(o)) {
      if (v === true) out.push([k]);
      else if (v && typeof v === "object") for (const p of parseLoad(v)) out.push([k, ...p]);
    }
    return out;
  }
  throw invalidArgument("load");
}

/**
 * Base of every simulated ClientObject. `T` is what the proxy points at once resolved
 * (undefined = not synced yet, null = null object).
 */
export abstract class SimObject<T = unknown> {
  /** @internal */ _t: T | null | undefined = undefined;
  /** @internal */ _loaded: Record<string, unknown> = {};
  /** @internal */ _nav = new Map<string, SimObject<unknown>>();
  protected abstract readonly _entity: string;
  /** Scalar properties that load() can fetch. */
  protected abstract readonly _props: readonly string[];

  /** @internal Derived children (navigation properties) compute their target from the parent on demand. */
  private _derive: (() => T | null) | null = null;

  /**
   * `resolver` runs in the queue at the position of the call that made this proxy (method calls),
   * or lazily when `derived` (navigation properties: their target follows from the parent's).
   */
  constructor(
    /** @internal */ readonly _c: SimContext,
    resolver: (() => T | null) | null,
    opName?: string,
    derived = false,
  ) {
    if (resolver && derived) this._derive = resolver;
    else if (resolver) {
      _c.enqueue(opName ?? "resolve", () => {
        this._t = resolver();
      });
    }
  }

  get context(): SimContext {
    return this._c;
  }

  get isNullObject(): boolean {
    if (this._t === undefined && this._derive) {
      try {
        this._t = this._derive();
      } catch {
        /* parent not synced yet */
      }
    }
    if (this._t === undefined) throw propertyNotLoaded("isNullObject", this._entity);
    return this._t === null;
  }

  /** @internal For ops: the resolved target; null objects make the op a no-op via `null`. */
  _target(): T | null {
    if (this._t === undefined && this._derive) this._t = this._derive();
    if (this._t === undefined)
      throw new SimRichApiError(SimErrorCodes.invalidObjectPath, "The object path is not valid.", this._entity);
    return this._t;
  }

  /** @internal */ _setResolved(t: T | null): this {
    this._t = t;
    return this;
  }

  protected get_<V>(prop: string): V {
    if (!(prop in this._loaded)) throw propertyNotLoaded(prop, this._entity);
    return this._loaded[prop] as V;
  }

  protected set_(prop: string, value: unknown, apply: (t: T, v: unknown) => void): void {
    this._loaded[prop] = value;
    this._c.enqueue(`${this._entity}.${prop}=`, () => {
      const t = this._target();
      if (t !== null) apply(t, value);
    });
  }

  /** Queues a method call that runs against the target at sync. */
  protected call_(name: string, run: (t: T) => void): void {
    this._c.enqueue(`${this._entity}.${name}()`, () => {
      const t = this._target();
      if (t !== null) run(t);
    });
  }

  /** Navigation property: one cached child proxy per name. */
  protected nav_<C extends SimObject<unknown>>(name: string, make: () => C): C {
    let c = this._nav.get(name);
    if (!c) {
      c = make();
      this._nav.set(name, c);
    }
    return c as C;
  }

  load(opt?: unknown): this {
    const paths = parseLoad(opt);
    this._c.enqueue(`${this._entity}.load(${paths.map((p) => p.join("/")).join(",")})`, () => this._doLoad(paths));
    return this;
  }

  /** @internal Runs inside sync. */
  _doLoad(paths: LoadPath[]): void {
    const t = this._target();
    if (t === null) return;
    const byNav = new Map<string, LoadPath[]>();
    for (const p of paths) {
      const [head, ...rest] = p;
      if (head === "*" || head === "$all") {
        for (const prop of this._props) this._loaded[prop] = this._read(prop, t);
      } else if (rest.length === 0 && this._props.includes(head)) {
        this._loaded[head] = this._read(head, t);
      } else if (this._navNames().includes(head)) {
        byNav.set(head, [...(byNav.get(head) ?? []), rest.length ? rest : ["*"]]);
      } else {
        throw invalidArgument(`${this._entity}.load`, `The property '${head}' is not valid for ${this._entity}.`);
      }
    }
    for (const [name, sub] of byNav) this._navChild(name)._doLoad(sub);
  }

  /** @internal Names of navigation properties that load paths may go through. */
  _navNames(): readonly string[] {
    return [];
  }

  /** @internal */ _navChild(name: string): SimObject<unknown> {
    return (this as unknown as Record<string, SimObject<unknown>>)[name];
  }

  protected abstract _read(prop: string, t: T): unknown;

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { ...this._loaded };
    for (const [k, c] of this._nav) {
      const j = c.toJSON();
      if (Object.keys(j).length > 0) out[k] = j;
    }
    return out;
  }

  /** `obj.set({...})`: assigns scalar properties through their setters and recurses into navigation. */
  set(props: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(props)) {
      const self = this as unknown as Record<string, unknown>;
      if (this._navNames().includes(k) && v && typeof v === "object")
        (self[k] as SimObject).set(v as Record<string, unknown>);
      else self[k] = v;
    }
  }
}

/** `getCount()` and similar: a ClientResult whose value exists after sync. */
export class SimClientResult<V> {
  /** @internal */ _v: V | undefined;
  /** @internal */ _done = false;
  get value(): V {
    if (!this._done) throw propertyNotLoaded("value", "ClientResult");
    return this._v as V;
  }
}

export function result<V>(ctx: SimContext, name: string, compute: () => V): SimClientResult<V> {
  const r = new SimClientResult<V>();
  ctx.enqueue(name, () => {
    r._v = compute();
    r._done = true;
  });
  return r;
}
