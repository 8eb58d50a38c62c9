/**
 * State hook of the findings list: what is shown (filtered, by kind), which kinds are open, keyboard movement
 * (↑/↓/Home/End between findings, ←/→ within one finding's buttons: one Tab stop per finding), and where focus
 * goes after a finding leaves the list (修复, 全部修复, 忽略): to the next one.
 */
import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from "react";
import { usePane } from "../../context/PaneContext";
import { filterFindings, groupByKind } from "../../state/selectors";

/** Marks the focusable main part of each finding (and of each kind's header): the one Tab stop it has. */
export const FINDING_MAIN_ATTR = "data-finding-main";
/** Marks a finding (or a kind's header) as a whole; holds its id. */
export const FINDING_ITEM_ATTR = "data-finding-item";
/** Marks the buttons of a finding reached with ←/→ (not with Tab). */
export const FINDING_ACTION_ATTR = "data-finding-action";
/** Places shown per kind before a "show more" button. */
export const ITEMS_PER_KIND = 100;

export interface ListFocus {
  /** Call before an action that takes the finding `from` out of the list: focus will go to the next one. */
  leaving(from: HTMLElement): void;
}

export const ListFocusContext = createContext<ListFocus>({ leaving: () => {} });
export const useListFocus = () => useContext(ListFocusContext);

function mains(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`[${FINDING_MAIN_ATTR}]`));
}

export function useFindingsList() {
  const { state } = usePane();
  const { result, filters, locale } = state;
  const filtered = useMemo(
    () => (result ? filterFindings(result.findings, filters, locale) : []),
    [result, filters, locale],
  );
  const kinds = useMemo(() => groupByKind(filtered), [filtered]);
  const hiddenInfos = useMemo(
    () => (result && filters.severities.length === 0 ? result.findings.filter((f) => f.severity === "info").length : 0),
    [result, filters.severities.length],
  );

  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const isOpen = (key: string) => open.has(key);
  const toggle = useCallback((key: string) => {
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const limitFor = (key: string) => (expanded.has(key) ? Infinity : ITEMS_PER_KIND);
  const showAll = useCallback((key: string) => setExpanded((prev) => new Set(prev).add(key)), []);

  // Focus after a finding leaves: the id of the one to focus next, applied once the new result is on screen.
  const rootRef = useRef<HTMLElement | null>(null);
  const focusNext = useRef<{ id: string | null; index: number } | null>(null);
  const focus = useMemo<ListFocus>(
    () => ({
      leaving(from) {
        const root = rootRef.current;
        const item = from.closest<HTMLElement>(`[${FINDING_ITEM_ATTR}]`);
        if (!root || !item) return;
        const all = mains(root);
        const own = all.filter((m) => item.contains(m));
        const i = all.indexOf(own[0]);
        const after = all.find((m, j) => j > i && !item.contains(m));
        let before: HTMLElement | undefined;
        for (let j = i - 1; j >= 0 && !before; j--) if (!item.contains(all[j])) before = all[j];
        const next = after ?? before;
        focusNext.current = {
          id: next?.closest<HTMLElement>(`[${FINDING_ITEM_ATTR}]`)?.getAttribute(FINDING_ITEM_ATTR) ?? null,
          index: Math.max(0, i),
        };
      },
    }),
    [],
  );
  useLayoutEffect(() => {
    const want = focusNext.current;
    const root = rootRef.current;
    if (!want || !root) return;
    focusNext.current = null;
    const items = Array.from(root.querySelectorAll<HTMLElement>(`[${FINDING_ITEM_ATTR}]`));
    const target = (want.id !== null && items.find((el) => el.getAttribute(FINDING_ITEM_ATTR) === want.id)) || null;
    const el =
      target?.querySelector<HTMLElement>(`[${FINDING_MAIN_ATTR}]`) ??
      mains(root)[Math.min(want.index, mains(root).length - 1)];
    el?.focus();
  }, [result]);

  /** ↑/↓/Home/End move between findings; ←/→ between the focused finding's own buttons. */
  const onKeyDown = useCallback((e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    if (target.tagName === "INPUT" || target.tagName === "TEXTAREA") return;
    if (["ArrowDown", "ArrowUp", "Home", "End"].includes(e.key)) {
      const all = mains(e.currentTarget);
      const item = target.closest<HTMLElement>(`[${FINDING_ITEM_ATTR}]`);
      const i = all.findIndex(
        (m) => m === target || (item !== null && item.contains(m) && m.closest(`[${FINDING_ITEM_ATTR}]`) === item),
      );
      if (i < 0) return;
      const j =
        e.key === "Home"
          ? 0
          : e.key === "End"
            ? all.length - 1
            : e.key === "ArrowDown"
              ? Math.min(i + 1, all.length - 1)
              : Math.max(i - 1, 0);
      e.preventDefault();
      all[j]?.focus();
      return;
    }
    if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
      const item = target.closest<HTMLElement>(`[${FINDING_ITEM_ATTR}]`);
      if (!item) return;
      const stops = Array.from(
        item.querySelectorAll<HTMLElement>(`[${FINDING_MAIN_ATTR}], [${FINDING_ACTION_ATTR}]`),
      ).filter((el) => el.closest(`[${FINDING_ITEM_ATTR}]`) === item);
      const i = stops.indexOf(target);
      if (i < 0) return;
      const j = e.key === "ArrowRight" ? Math.min(i + 1, stops.length - 1) : Math.max(i - 1, 0);
      e.preventDefault();
      stops[j]?.focus();
    }
  }, []);

  return { state, filtered, kinds, hiddenInfos, isOpen, toggle, limitFor, showAll, onKeyDown, rootRef, focus };
}
