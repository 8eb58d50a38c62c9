/** State hook of the findings list: filtered groups, which groups are collapsed, arrow-key movement. */
import { useCallback, useMemo, useState, type KeyboardEvent } from "react";
import { usePane } from "../../context/PaneContext";
import { filterFindings, groupFindings, type BlockGroup } from "../../state/selectors";

export const OTHER_GROUP = "__other";
/** About how many findings are rendered open at first (the rest start collapsed). */
export const RENDER_BUDGET = 150;
/** Findings shown per severity group before a "show more" button. */
export const ITEMS_PER_GROUP = 100;
export const groupValue = (g: BlockGroup) => g.id || OTHER_GROUP;
export const severityValue = (g: BlockGroup, severity: string) => `${groupValue(g)}|${severity}`;

/** Marks the focusable main part of each finding, for arrow-key movement. */
export const FINDING_MAIN_ATTR = "data-finding-main";

export function useFindingsList() {
  const { state } = usePane();
  const { result, filters, locale } = state;
  const filtered = useMemo(() => (result ? filterFindings(result.findings, filters, locale) : []), [result, filters, locale]);
  const groups = useMemo(() => (result ? groupFindings(result.blocks, filtered) : []), [result, filtered]);

  // Blocks start open until about RENDER_BUDGET findings are shown; the rest start collapsed, so that a sheet
  // with thousands of findings still renders at once. What the user toggles is remembered.
  const defaultOpen = useMemo(() => {
    const open = new Set<string>();
    let shown = 0;
    for (const g of groups) {
      if (open.size > 0 && shown + g.count > RENDER_BUDGET) break;
      open.add(groupValue(g));
      shown += g.count;
    }
    return open;
  }, [groups]);
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(() => new Set());
  const isOpen = (value: string) => (value.includes("|") || defaultOpen.has(value)) !== flipped.has(value);
  // Items shown per severity group before a "show more" button; groups the user expanded show everything.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const limitFor = (value: string) => (expanded.has(value) ? Infinity : ITEMS_PER_GROUP);
  const showAll = useCallback((value: string) => setExpanded((prev) => new Set(prev).add(value)), []);
  const toggle = useCallback((value: string) => {
    setFlipped((prev) => {
      const next = new Set(prev);
      if (next.has(value)) next.delete(value);
      else next.add(value);
      return next;
    });
  }, []);

  /** Up/Down/Home/End move between findings (Tab still goes through every control). */
  const onKeyDown = useCallback((e: KeyboardEvent<HTMLElement>) => {
    if (!["ArrowDown", "ArrowUp", "Home", "End"].includes(e.key)) return;
    const target = e.target as HTMLElement;
    if (!target.hasAttribute(FINDING_MAIN_ATTR)) return;
    const all = Array.from(e.currentTarget.querySelectorAll<HTMLElement>(`[${FINDING_MAIN_ATTR}]`));
    const i = all.indexOf(target);
    const j = e.key === "Home" ? 0 : e.key === "End" ? all.length - 1 : e.key === "ArrowDown" ? Math.min(i + 1, all.length - 1) : Math.max(i - 1, 0);
    if (j !== i && all[j]) {
      e.preventDefault();
      all[j].focus();
    }
  }, []);

  return { state, filtered, groups, isOpen, toggle, onKeyDown, limitFor, showAll };
}
