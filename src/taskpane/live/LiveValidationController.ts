/**
 * The real-time loop, in plain TS so it can be tested with a fake Gateway and fake timers.
 *
 * - start(): subscribe, load the ignored findings (忽略此条), then read + lint the active sheet.
 * - Edits: the first edit after a quiet spell is checked at once; edits that come while a check runs or within
 *   SPACING_MS of the last one are gathered into one check SPACING_MS after it started (a paste, a fill or a
 *   macro costs one or two checks, never one per cell). No write for this.
 * - Incremental: an edit inside one block (a project, a department form, a table…) reads only that block's rows
 *   (Gateway.readRange: one host read) and splices them into the sheet read last; anything else — rows inserted,
 *   another sheet, an edit outside every block or across blocks, Ctrl+Z of several cells — reads the whole sheet.
 *   The whole (spliced) sheet is linted either way, so block detection and cross-block rules stay exact.
 * - Highlights (the only writes besides fixes): live mode writes only when the set of flagged cells (address +
 *   severity; 提示 are not highlighted) changed; with live highlighting off (the default without ExcelApi 1.20,
 *   where any write wipes the user's undo history, docs/office.md §2) only checkNow() (检查本表) and the user's own
 *   actions (修复, 忽略, 恢复) write. Turning "highlights shown" off clears them.
 * - 修复 / 全部修复: the fixed values are linted first, so the fix and the highlight change it causes go to the
 *   host in one call (one Excel.run, one undo step on ExcelApi 1.20). After Ctrl+Z the host reports a change: the
 *   sheet is read again and the gateway looks at the sheet's highlights before writing any (the undo brought the
 *   old ones back), so nothing is written and the redo step survives.
 * - Overlapping reads: each has a sequence number; a result is dropped when a newer read started.
 */
import { fromA1 } from "../../domain/model/a1";
import type { CellRange, Finding, Fix, LintResult, SheetInput } from "../../domain/model/types";
import type { ConfigInput } from "../../domain/config/schema";
import { engine, loadEngine } from "../engine/engine";
import {
  addIgnore,
  emptyIgnores,
  findingKeys,
  highlighted,
  parseIgnores,
  removeIgnore,
  splitIgnored,
  type IgnoreEntry,
  type IgnoredFinding,
  type IgnoreStore,
} from "../../domain/ignores";
import type { FixesResult, Gateway, RangeRead, SheetChange } from "../../host/gateway";
import { highlightKey } from "../state/selectors";
import { mergeFixes } from "../state/fixes";
import { relintRows } from "./incremental";

export type CheckReason = "initial" | "live" | "manual" | "fix" | "config" | "ignore";

export interface LiveOptions {
  config: ConfigInput;
  /** Write highlights after edits (when the flagged set changed). */
  liveHighlighting: boolean;
  /** Highlights in the sheet at all. */
  highlightsShown: boolean;
}

/** A check's result as the pane shows it: `findings` are those not ignored. */
export interface PaneResult extends LintResult {
  ignored: IgnoredFinding[];
}

export interface LiveEvents {
  onCheckStarted(seq: number, reason: CheckReason): void;
  onResult(seq: number, result: PaneResult, reason: CheckReason): void;
  /** seq is the failed check's number, or null for a failure outside a check (highlights, subscribe, saving). */
  onError(seq: number | null, error: unknown): void;
}

export interface LiveDeps {
  gateway: Gateway;
  lint?: (input: SheetInput, config: ConfigInput) => LintResult;
  /** Least time between the starts of two checks caused by edits (default SPACING_MS). */
  spacingMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  now?: () => number;
}

export const SPACING_MS = 50;

/**
 * Resolves once the new list is on screen: after the next frame where there are frames (the task pane), else in a
 * later task; a message, so that no timer is involved (tests with fake timers).
 */
function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== "function") return nextTask();
  return new Promise((resolve) => requestAnimationFrame(() => void nextTask().then(resolve)));
}

function nextTask(): Promise<void> {
  if (typeof MessageChannel === "undefined") return Promise.resolve();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/** The sheet's content bounds as read (1-based, inclusive); null for an empty read. */
function boundsOf(input: SheetInput): CellRange | null {
  if (input.values.length === 0) return null;
  const o = input.origin ?? { row: 1, col: 1 };
  let width = 0;
  for (const row of input.values) if (row.length > width) width = row.length;
  if (width === 0) return null;
  return { r1: o.row, c1: o.col, r2: o.row + input.values.length - 1, c2: o.col + width - 1 };
}

/** `input` with `range` replaced by what was read there (a new object; the rows outside are shared). */
export function spliceRange(input: SheetInput, range: CellRange, part: RangeRead): SheetInput {
  const o = input.origin ?? { row: 1, col: 1 };
  const values = input.values.slice();
  for (let i = 0; i < part.values.length; i++) {
    const r = range.r1 - o.row + i;
    const row = (values[r] ?? []).slice();
    const src = part.values[i];
    for (let j = 0; j < src.length; j++) row[range.c1 - o.col + j] = src[j];
    values[r] = row;
  }
  const out: SheetInput = { ...input, values };
  if (input.formats || part.formats) {
    const formats = (input.formats ?? []).slice();
    for (let i = 0; i < part.values.length; i++) {
      const r = range.r1 - o.row + i;
      const row = (formats[r] ?? []).slice();
      for (let j = 0; j < part.values[i].length; j++) row[range.c1 - o.col + j] = part.formats?.[i]?.[j] ?? null;
      formats[r] = row;
    }
    out.formats = formats;
  }
  return out;
}

/** `input` with the fixes' values written (what the sheet will hold once they are applied). */
function withFixes(input: SheetInput, fixes: readonly Fix[]): SheetInput {
  let out = input;
  for (const f of fixes) out = spliceRange(out, { r1: f.row, c1: f.col, r2: f.row, c2: f.col }, { values: [[f.to]] });
  return out;
}

export class LiveValidationController {
  private readonly gateway: Gateway;
  /** The lint a test hands over; else the engine's, from the engine chunk. */
  private readonly lintOverride: ((input: SheetInput, config: ConfigInput) => LintResult) | null;
  private readonly spacingMs: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private readonly now: () => number;

  private options: LiveOptions;
  private timer: unknown = null;
  /** Changes not yet checked. */
  private pending: SheetChange[] = [];
  private lastStart = -Infinity;
  private running = 0;
  private seq = 0;
  private stopped = false;
  private unsubscribe: (() => Promise<void>) | null = null;
  /** A 检查本表 ("manual") or a user's action whose read may be overtaken: its highlight refresh is owed to the next result. */
  private owed: "none" | "user" | "manual" = "none";
  /** The sheet as read last (whole or spliced), what it linted to, and what the pane shows of it. */
  private input: SheetInput | null = null;
  private raw: LintResult | null = null;
  private view: PaneResult | null = null;
  private ignores: IgnoreStore = emptyIgnores();
  /** The findings' keys (ignores.ts) for the last raw result, worked out when needed (an ignore exists or is made). */
  private keys: { raw: LintResult; map: Map<Finding, string> } | null = null;
  /** What we last wrote per sheet (highlightKey); absent = unknown. */
  private readonly written = new Map<string, string>();

  constructor(
    deps: LiveDeps,
    options: LiveOptions,
    private readonly events: LiveEvents,
  ) {
    this.gateway = deps.gateway;
    this.lintOverride = deps.lint ?? null;
    this.spacingMs = deps.spacingMs ?? SPACING_MS;
    this.setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
    this.now = deps.now ?? (() => Date.now());
    this.options = { ...options };
  }

  get currentSheet(): string | null {
    return this.view?.sheet ?? null;
  }

  async start(): Promise<void> {
    try {
      const unsubscribe = await this.gateway.subscribe((c) => this.onChange(c));
      if (this.stopped) await unsubscribe();
      else this.unsubscribe = unsubscribe;
    } catch (e) {
      this.events.onError(null, e);
    }
    await this.loadIgnores();
    if (!this.stopped) await this.check("initial");
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelTimer();
    const u = this.unsubscribe;
    this.unsubscribe = null;
    if (u) {
      try {
        await u();
      } catch {
        // the pane is going away; nothing to tell the user
      }
    }
  }

  /** 检查本表: full re-read + lint + one highlight refresh. */
  checkNow(): Promise<void> {
    this.cancelTimer();
    this.pending = [];
    return this.check("manual");
  }

  /**
   * 修复 (one fix) or 全部修复 (several): written all at once with the highlights they cause, or not at all when a
   * cell changed since the check ("stale": the sheet is read again).
   */
  async applyFixes(sheet: string, fixes: readonly Fix[]): Promise<FixesResult> {
    this.cancelTimer();
    const merged = mergeFixes(fixes);
    let predicted: { input: SheetInput; raw: LintResult; view: PaneResult } | null = null;
    if (this.input && this.input.name === sheet && merged.length > 0) {
      try {
        const input = withFixes(this.input, merged);
        const raw = this.lintNow(input);
        predicted = { input, raw, view: this.split(raw, input) };
      } catch {
        predicted = null;
      }
    }
    const highlights = predicted && this.options.highlightsShown ? highlighted(predicted.view.findings) : undefined;
    let r: FixesResult;
    try {
      r = await this.gateway.applyFixes({ sheet, fixes: merged, ...(highlights ? { highlights } : {}) });
    } catch (e) {
      this.events.onError(null, e);
      r = { status: "failed", applied: 0, stale: [], syncs: 0 };
    }
    if (this.stopped) return r;
    if (r.status === "applied" && predicted) {
      this.input = predicted.input;
      this.raw = predicted.raw;
      const seq = ++this.seq;
      this.events.onCheckStarted(seq, "fix");
      this.deliver(seq, predicted.view, "fix");
      if (highlights) this.written.set(sheet, highlightKey(highlights));
      // Read the fixed block(s) back (one read): the host may store a typed value otherwise than it was sent.
      const rows = this.blockRows(merged.map((f) => ({ r1: f.row, c1: f.col, r2: f.row, c2: f.col })));
      if (rows) await this.check("fix", rows);
      return r;
    }
    if (r.status === "applied" && this.owed === "none") this.owed = "user";
    await this.check("fix");
    return r;
  }

  /** 忽略此条: kept in the workbook; the finding leaves the list, the counts and the highlights. */
  async ignore(finding: Finding, reason: string): Promise<boolean> {
    const view = this.view;
    const key = this.keyMap()?.get(finding);
    if (!view || !key) return false;
    const entry: IgnoreEntry = {
      key,
      sheet: view.sheet,
      ruleId: finding.ruleId,
      address: finding.address,
      reason: reason.trim().slice(0, 500),
      at: new Date(this.now()).toISOString().slice(0, 10),
    };
    return this.changeIgnores(addIgnore(this.ignores, entry));
  }

  /** 恢复: the ignored finding is shown again. */
  async restore(entry: Pick<IgnoreEntry, "sheet" | "key">): Promise<boolean> {
    return this.changeIgnores(removeIgnore(this.ignores, entry.sheet, entry.key));
  }

  /** New settings. A changed config re-reads and re-lints; the highlight toggles write only as they ask. */
  async setOptions(next: LiveOptions): Promise<void> {
    const prev = this.options;
    this.options = { ...next };
    if (this.stopped) return;
    if (prev.highlightsShown && !next.highlightsShown) await this.clearAll();
    const shownAgain = !prev.highlightsShown && next.highlightsShown;
    if (JSON.stringify(prev.config) !== JSON.stringify(next.config)) {
      if (shownAgain) this.owed = "manual";
      this.cancelTimer();
      this.pending = [];
      await this.check("config");
    } else if (shownAgain) {
      await this.refreshHighlights(true);
    } else if (!prev.liveHighlighting && next.liveHighlighting) {
      await this.refreshHighlights(false);
    }
  }

  private async loadIgnores(): Promise<void> {
    try {
      this.ignores = parseIgnores(await this.gateway.loadIgnores());
    } catch (e) {
      this.events.onError(null, e);
    }
  }

  private async changeIgnores(next: IgnoreStore): Promise<boolean> {
    const view = this.view;
    const raw = this.raw;
    const input = this.input;
    // entries of this sheet that no longer match a finding (their cell changed) are dropped as the store is saved
    const keys = this.keyMap();
    const live = keys ? new Set(keys.values()) : null;
    const store: IgnoreStore =
      live && view ? { ...next, items: next.items.filter((e) => e.sheet !== view.sheet || live.has(e.key)) } : next;
    try {
      await this.gateway.saveIgnores(store);
    } catch (e) {
      this.events.onError(null, e);
      return false;
    }
    this.ignores = store;
    if (this.stopped || !raw || !input) return true;
    const seq = ++this.seq;
    this.events.onCheckStarted(seq, "ignore");
    this.deliver(seq, this.split(raw, input), "ignore");
    await this.refreshHighlights(false, true);
    return true;
  }

  /** Lints with the test's lint or the engine's (which a result implies has arrived). */
  private lintNow(input: SheetInput): LintResult {
    if (this.lintOverride) return this.lintOverride(input, this.options.config);
    const e = engine();
    if (!e) throw new Error("engine not loaded");
    return e.lintSheet(input, this.options.config);
  }

  /** Keys of the last result's findings (every finding, shown or ignored); null before a check. */
  private keyMap(): Map<Finding, string> | null {
    const raw = this.raw;
    const input = this.input;
    if (!raw || !input) return null;
    if (this.keys?.raw !== raw) {
      const list = findingKeys(raw, input);
      this.keys = { raw, map: new Map(raw.findings.map((f, i) => [f, list[i]])) };
    }
    return this.keys.map;
  }

  private split(raw: LintResult, input: SheetInput): PaneResult {
    // the keys are worked out only when this sheet has ignored findings (most sheets have none)
    if (!this.ignores.items.some((e) => e.sheet === raw.sheet)) return { ...raw, ignored: [] };
    const s = splitIgnored(raw, input, this.ignores);
    this.keys = { raw, map: new Map(raw.findings.map((f, i) => [f, s.keys[i]])) };
    return { ...raw, findings: s.shown, ignored: s.ignored };
  }

  private onChange(change: SheetChange): void {
    if (this.stopped) return;
    // An edit on a sheet we are not showing does not change what we show.
    if (change.kind !== "activate" && this.currentSheet !== null && change.sheet !== this.currentSheet) return;
    this.pending.push(change);
    if (this.timer !== null) return; // already scheduled
    const wait = this.running > 0 ? this.spacingMs : Math.max(0, this.lastStart + this.spacingMs - this.now());
    this.timer = this.setTimer(() => this.fire(), wait);
  }

  private fire(): void {
    this.timer = null;
    if (this.stopped || this.pending.length === 0) return;
    if (this.running > 0) {
      // a check is under way: the gathered changes go right after it, in one check
      this.timer = this.setTimer(() => this.fire(), this.spacingMs);
      return;
    }
    const changes = this.pending;
    this.pending = [];
    const activated = changes.some((c) => c.kind === "activate");
    void (async () => {
      if (activated) await this.loadIgnores(); // another workbook may have come in with its own
      await this.check("live", activated ? null : this.planFor(changes));
    })();
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
  }

  /**
   * The rows to read again for these changes: one block's rows across the sheet's read width, when every change is
   * an edit of the sheet shown, inside what was read, within the same block; null = read the whole sheet.
   */
  private planFor(changes: readonly SheetChange[]): CellRange | null {
    const input = this.input;
    if (!input || !this.raw) return null;
    const rects: CellRange[] = [];
    for (const c of changes) {
      if (c.kind !== "edit" || c.sheet !== input.name || !c.address) return null;
      const rect = fromA1(c.address.replace(/^.*!/, "").replace(/\$/g, ""));
      if (!rect) return null; // several areas, whole rows or columns …
      rects.push(rect);
    }
    return this.blockRows(rects);
  }

  private blockRows(rects: readonly CellRange[]): CellRange | null {
    const input = this.input;
    const raw = this.raw;
    const bounds = input ? boundsOf(input) : null;
    if (!input || !raw || !bounds || rects.length === 0) return null;
    let rows: { r1: number; r2: number } | null = null;
    for (const rect of rects) {
      if (rect.r1 < bounds.r1 || rect.r2 > bounds.r2 || rect.c1 < bounds.c1 || rect.c2 > bounds.c2) return null;
      let best: CellRange | null = null;
      for (const b of raw.blocks) {
        const r = b.range;
        if (r.r1 <= rect.r1 && rect.r2 <= r.r2 && (!best || r.r2 - r.r1 > best.r2 - best.r1)) best = r;
      }
      if (!best) return null; // outside every block: it may start a new one
      if (rows && (rows.r1 !== best.r1 || rows.r2 !== best.r2)) return null; // across blocks
      rows = { r1: best.r1, r2: best.r2 };
    }
    return rows ? { r1: rows.r1, c1: bounds.c1, r2: rows.r2, c2: bounds.c2 } : null;
  }

  private async check(reason: CheckReason, rows: CellRange | null = null): Promise<void> {
    const seq = ++this.seq;
    if (reason === "manual") this.owed = "manual";
    this.lastStart = this.now();
    this.running++;
    try {
      this.events.onCheckStarted(seq, reason);
      let input: SheetInput;
      const basis = this.input;
      // the engine chunk comes in while the sheet is read (the first time only; after that it is there)
      const ready = this.lintOverride ? null : loadEngine();
      try {
        if (rows && basis) input = spliceRange(basis, rows, await this.gateway.readRange(basis.name, rows));
        else input = await this.gateway.readActiveSheet();
        if (ready) await ready;
      } catch (e) {
        if (!this.stopped && seq === this.seq) this.events.onError(seq, e);
        return;
      }
      if (this.stopped || seq !== this.seq) return; // stale: a newer read started and will deliver
      let raw: LintResult;
      try {
        // the edited block checked on its own when that is the same as a whole check (incremental.ts), else all
        const prev = this.raw;
        raw =
          (rows && basis && prev && relintRows(prev, input, rows.r1, rows.r2, (i) => this.lintNow(i))) ||
          this.lintNow(input);
      } catch (e) {
        this.events.onError(seq, e);
        return;
      }
      this.input = input;
      this.raw = raw;
      this.deliver(seq, this.split(raw, input), reason);
      const owed = this.owed;
      this.owed = "none";
      // the list first: the highlight refresh (a key over every finding, then host calls) waits until it is drawn
      await afterPaint();
      if (this.stopped) return;
      await this.refreshHighlights(owed === "manual", owed === "user");
    } finally {
      this.running--;
    }
  }

  private deliver(seq: number, result: PaneResult, reason: CheckReason): void {
    this.view = result;
    this.events.onResult(seq, result, reason);
  }

  /**
   * force: write even if the key is unchanged (检查本表, highlights turned back on).
   * userAction: write if changed even with live highlighting off (a fix, an ignore, a restore).
   */
  private async refreshHighlights(force: boolean, userAction = false): Promise<void> {
    const r = this.view;
    if (!r || !this.options.highlightsShown || this.stopped) return;
    const flagged = highlighted(r.findings);
    const key = highlightKey(flagged);
    const changed = this.written.get(r.sheet) !== key;
    if (!(force || (changed && (this.options.liveHighlighting || userAction)))) return;
    try {
      // Record first so an overlapping refresh does not write the same thing twice.
      this.written.set(r.sheet, key);
      await this.gateway.setHighlights(r.sheet, flagged);
    } catch (e) {
      this.written.delete(r.sheet);
      this.events.onError(null, e);
    }
  }

  private async clearAll(): Promise<void> {
    const sheets = new Set(this.written.keys());
    if (this.currentSheet) sheets.add(this.currentSheet);
    this.written.clear();
    for (const sheet of sheets) {
      try {
        await this.gateway.clearHighlights(sheet);
      } catch (e) {
        this.events.onError(null, e);
      }
    }
  }
}
