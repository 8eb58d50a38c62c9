/**
 * The pane's shared state: one discriminated-union Action, one pure reducer (tested without
 * rendering). Derived views (grouping, filtering, summary) live in ./selectors.ts.
 */
import {
  CATEGORIES,
  SEVERITIES,
  type Category,
  type LintResult,
  type Locale,
  type Severity,
} from "../../domain/model/types";
import type { IgnoredFinding } from "../../domain/ignores";
import type { UiStringKey } from "../../domain/i18n";
import type { Bilingual } from "../../domain/i18n";
import { defaultPaneSettings, type PaneSettings, type SettingsLoad, type SettingsProblem } from "./settings";
import type { View } from "./locale";

/**
 * The filter chips mean "show only this" (several may be pressed): no severity pressed shows errors and warnings
 * (提示 only when asked for, by pressing 提示); no category pressed shows every category.
 */
export interface Filters {
  /** Severities pressed; empty = errors and warnings. */
  severities: Severity[];
  /** Categories pressed; empty = all. */
  categories: Category[];
  text: string;
}

/** What the pane shows of a check: the findings not ignored, and the ignored ones. */
export interface ShownResult extends LintResult {
  ignored: IgnoredFinding[];
}

export type NoticeBody = { text: Bilingual } | { key: UiStringKey; data?: Record<string, string | number> };

export interface Notice {
  id: number;
  intent: "error" | "warning" | "info" | "success";
  title: UiStringKey;
  /** Placeholders of the title. */
  data?: Record<string, string | number>;
  body?: NoticeBody;
  /** A toast: shown apart from the message bars and dismissed by itself after a few seconds. */
  transient?: boolean;
}

export interface PaneState {
  locale: Locale;
  view: View;
  /** Highest check sequence number started. */
  startedSeq: number;
  /** Sequence number of the result shown (0 = none yet). */
  shownSeq: number;
  /** A check is under way (a newer one than the result shown). */
  checking: boolean;
  result: ShownResult | null;
  /** Counts finished checks: a new value makes the live region speak again. */
  checks: number;
  filters: Filters;
  settings: PaneSettings;
  settingsLoaded: boolean;
  settingsProblem: SettingsProblem | null;
  /** What the workbook held when we loaded it: kept, never rewritten, until the user saves. */
  storedRaw: unknown;
  settingsOpen: boolean;
  notices: Notice[];
  nextNoticeId: number;
}

export type Action =
  | { type: "checkStarted"; seq: number }
  | { type: "checkFinished"; seq: number; result: ShownResult }
  | { type: "checkFailed"; seq: number; error: Bilingual | null }
  | { type: "toggleSeverity"; severity: Severity }
  | { type: "toggleCategory"; category: Category }
  | { type: "setSearch"; text: string }
  | { type: "clearFilters" }
  | { type: "settingsLoaded"; load: SettingsLoad }
  | { type: "settingsSaved"; settings: PaneSettings }
  | { type: "dismissSettingsProblem" }
  | { type: "openSettings"; open: boolean }
  | { type: "setView"; view: View }
  | {
      type: "notify";
      intent: Notice["intent"];
      title: UiStringKey;
      body?: NoticeBody;
      transient?: boolean;
      data?: Record<string, string | number>;
    }
  | { type: "dismissNotice"; id: number };

export function defaultFilters(): Filters {
  return { severities: [], categories: [], text: "" };
}

/** A result with nothing ignored (tests, and hosts that give a plain LintResult). */
export function shownResult(r: LintResult): ShownResult {
  return { ...r, ignored: [] };
}

export function initialPaneState(locale: Locale, view: View = "check"): PaneState {
  return {
    locale,
    view,
    startedSeq: 0,
    shownSeq: 0,
    checking: false,
    result: null,
    checks: 0,
    filters: defaultFilters(),
    settings: defaultPaneSettings(),
    settingsLoaded: false,
    settingsProblem: null,
    storedRaw: null,
    settingsOpen: false,
    notices: [],
    nextNoticeId: 1,
  };
}

function toggle<T>(list: readonly T[], item: T, order: readonly T[]): T[] {
  const set = new Set(list);
  if (set.has(item)) set.delete(item);
  else set.add(item);
  return order.filter((x) => set.has(x));
}

/** At most this many notices are kept; the oldest go first. */
export const MAX_NOTICES = 5;

export function paneReducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case "checkStarted":
      if (action.seq <= state.startedSeq) return state;
      return { ...state, startedSeq: action.seq, checking: true };
    case "checkFinished":
      // Stale: a newer check started (its result will come) or a newer result is already shown.
      if (action.seq < state.startedSeq || action.seq <= state.shownSeq) return state;
      return { ...state, result: action.result, shownSeq: action.seq, checking: false, checks: state.checks + 1 };
    case "checkFailed": {
      if (action.seq < state.startedSeq || action.seq <= state.shownSeq) return state;
      const failed = { ...state, shownSeq: action.seq, checking: false };
      return paneReducer(failed, {
        type: "notify",
        intent: "error",
        title: "errorTitle",
        body: action.error ? { text: action.error } : { key: "errorUnknown" },
      });
    }
    case "toggleSeverity":
      return {
        ...state,
        filters: { ...state.filters, severities: toggle(state.filters.severities, action.severity, SEVERITIES) },
      };
    case "toggleCategory":
      return {
        ...state,
        filters: { ...state.filters, categories: toggle(state.filters.categories, action.category, CATEGORIES) },
      };
    case "setSearch":
      return { ...state, filters: { ...state.filters, text: action.text } };
    case "clearFilters":
      return { ...state, filters: defaultFilters() };
    case "settingsLoaded":
      return {
        ...state,
        settings: action.load.settings,
        settingsProblem: action.load.problem,
        storedRaw: action.load.raw,
        settingsLoaded: true,
      };
    case "settingsSaved":
      return {
        ...state,
        settings: action.settings,
        storedRaw: action.settings,
        settingsProblem: null,
        settingsOpen: false,
      };
    case "dismissSettingsProblem":
      return { ...state, settingsProblem: null };
    case "openSettings":
      return { ...state, settingsOpen: action.open };
    case "setView":
      return { ...state, view: action.view, settingsOpen: false };
    case "notify": {
      const notice: Notice = {
        id: state.nextNoticeId,
        intent: action.intent,
        title: action.title,
        ...(action.data ? { data: action.data } : {}),
        ...(action.body ? { body: action.body } : {}),
        ...(action.transient ? { transient: true } : {}),
      };
      return {
        ...state,
        notices: [...state.notices, notice].slice(-MAX_NOTICES),
        nextNoticeId: state.nextNoticeId + 1,
      };
    }
    case "dismissNotice":
      return { ...state, notices: state.notices.filter((n) => n.id !== action.id) };
  }
}
