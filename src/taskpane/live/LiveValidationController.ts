/**
 * The real-time loop, in plain TS so it can be tested with a fake Gateway and fake timers.
 *
 * - start(): subscribe, then read + lint the active sheet.
 * - edits/activation → debounce (50 ms after the last event, at most 600 ms after the first, so a stream of
 *   events cannot starve the list), coalesce, re-read the active sheet, re-lint. No write for this. Excel raises
 *   onChanged when an edit is committed, not per keystroke, so a short debounce only merges bursts (paste, fill).
 * - Highlights (the only writes): live mode writes only when the set of flagged cells (address +
 *   severity) changed; with live highlighting off (the default without ExcelApi 1.20, where any
 *   write wipes the user's undo history, OFFICE-NOTES §4) only checkNow() (检查本表) and an applied
 *   fix write. Turning "highlights shown" off clears them.
 * - Overlapping reads: each has a sequence number; a result is dropped when a newer read started.
 */
import { lintSheet, type ConfigInput, type Fix, type LintResult, type SheetInput } from "../../domain";
import type { FixResult, Gateway, SheetChange } from "../../host/gateway";
import { highlightKey } from "../state/selectors";

export type CheckReason = "initial" | "live" | "manual" | "fix" | "config";

export interface LiveOptions {
  config: ConfigInput;
  /** Write highlights after edits (when the flagged set changed). */
  liveHighlighting: boolean;
  /** Highlights in the sheet at all. */
  highlightsShown: boolean;
}

export interface LiveEvents {
  onCheckStarted(seq: number, reason: CheckReason): void;
  onResult(seq: number, result: LintResult, reason: CheckReason): void;
  /** seq is the failed check's number, or null for a failure outside a check (highlights, subscribe). */
  onError(seq: number | null, error: unknown): void;
}

export interface LiveDeps {
  gateway: Gateway;
  lint?: (input: SheetInput, config: ConfigInput) => LintResult;
  debounceMs?: number;
  maxWaitMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export const DEBOUNCE_MS = 50;
export const MAX_WAIT_MS = 600;

export class LiveValidationController {
  private readonly gateway: Gateway;
  private readonly lint: (input: SheetInput, config: ConfigInput) => LintResult;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  private options: LiveOptions;
  private timer: unknown = null;
  /** Runs the pending check at the latest MAX_WAIT_MS after the first of a stream of events. */
  private maxTimer: unknown = null;
  private seq = 0;
  private stopped = false;
  private unsubscribe: (() => Promise<void>) | null = null;
  /** A 检查本表 ("manual") or fix whose read may be overtaken: its highlight refresh is owed to the next result. */
  private owed: "none" | "fix" | "manual" = "none";
  private lastResult: LintResult | null = null;
  /** What we last wrote per sheet (highlightKey); absent = unknown. */
  private readonly written = new Map<string, string>();

  constructor(deps: LiveDeps, options: LiveOptions, private readonly events: LiveEvents) {
    this.gateway = deps.gateway;
    this.lint = deps.lint ?? ((input, config) => lintSheet(input, config));
    this.debounceMs = deps.debounceMs ?? DEBOUNCE_MS;
    this.maxWaitMs = deps.maxWaitMs ?? MAX_WAIT_MS;
    this.setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
    this.options = { ...options };
  }

  get currentSheet(): string | null {
    return this.lastResult?.sheet ?? null;
  }

  async start(): Promise<void> {
    try {
      const unsubscribe = await this.gateway.subscribe((c) => this.onChange(c));
      if (this.stopped) await unsubscribe();
      else this.unsubscribe = unsubscribe;
    } catch (e) {
      this.events.onError(null, e);
    }
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
    return this.check("manual");
  }

  async applyFix(sheet: string, fix: Fix): Promise<FixResult> {
    let r: FixResult;
    try {
      r = await this.gateway.applyFix(sheet, fix);
    } catch (e) {
      this.events.onError(null, e);
      r = "failed";
    }
    this.cancelTimer();
    // The fix itself was a write the user asked for; its highlight may follow even with live highlighting off.
    if (r === "applied" && this.owed === "none") this.owed = "fix";
    await this.check("fix");
    return r;
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
      await this.check("config");
    } else if (shownAgain) {
      await this.refreshHighlights(true);
    } else if (!prev.liveHighlighting && next.liveHighlighting) {
      await this.refreshHighlights(false);
    }
  }

  private onChange(change: SheetChange): void {
    if (this.stopped) return;
    // An edit on a sheet we are not showing does not change what we show.
    if (change.kind !== "activate" && this.currentSheet !== null && change.sheet !== this.currentSheet) return;
    const fire = () => {
      this.cancelTimer();
      void this.check("live");
    };
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(fire, this.debounceMs);
    if (this.maxTimer === null) this.maxTimer = this.setTimer(fire, this.maxWaitMs);
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
    if (this.maxTimer !== null) {
      this.clearTimer(this.maxTimer);
      this.maxTimer = null;
    }
  }

  private async check(reason: CheckReason): Promise<void> {
    const seq = ++this.seq;
    if (reason === "manual") this.owed = "manual";
    this.events.onCheckStarted(seq, reason);
    let input: SheetInput;
    try {
      input = await this.gateway.readActiveSheet();
    } catch (e) {
      if (!this.stopped && seq === this.seq) this.events.onError(seq, e);
      return;
    }
    if (this.stopped || seq !== this.seq) return; // stale: a newer read started and will deliver
    let result: LintResult;
    try {
      result = this.lint(input, this.options.config);
    } catch (e) {
      this.events.onError(seq, e);
      return;
    }
    this.deliver(seq, result, reason);
    const owed = this.owed;
    this.owed = "none";
    await this.refreshHighlights(owed === "manual", owed === "fix");
  }

  private deliver(seq: number, result: LintResult, reason: CheckReason): void {
    this.lastResult = result;
    this.events.onResult(seq, result, reason);
  }

  /**
   * force: write even if the key is unchanged (检查本表, highlights turned back on).
   * userAction: write if changed even with live highlighting off (an applied fix already wrote).
   */
  private async refreshHighlights(force: boolean, userAction = false): Promise<void> {
    const r = this.lastResult;
    if (!r || !this.options.highlightsShown || this.stopped) return;
    const key = highlightKey(r.findings);
    const changed = this.written.get(r.sheet) !== key;
    if (!(force || (changed && (this.options.liveHighlighting || userAction)))) return;
    try {
      // Record first so an overlapping refresh does not write the same thing twice.
      this.written.set(r.sheet, key);
      await this.gateway.setHighlights(
        r.sheet,
        r.findings.map((f) => ({ address: f.address, severity: f.severity })),
      );
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
