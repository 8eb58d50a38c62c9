/**
 * The two views (检查 / 模板) as an ARIA tablist: arrow keys move between tabs, Enter/Space or
 * click selects. (Fluent's TabList adds ~25 KB gzip with its motion library.)
 */
import { useRef, type KeyboardEvent } from "react";
import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  tab: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: "none",
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    background: "none",
    color: tokens.colorNeutralForeground2,
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1 },
    ...createFocusOutlineStyle(),
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

export interface ViewTabsProps<T extends string> {
  label: string;
  tabs: readonly { value: T; label: string }[];
  selected: T;
  onSelect(value: T): void;
}

export function ViewTabs<T extends string>(props: ViewTabsProps<T>) {
  const styles = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const n = props.tabs.length;
    const j =
      e.key === "ArrowRight"
        ? (i + 1) % n
        : e.key === "ArrowLeft"
          ? (i - 1 + n) % n
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? n - 1
              : -1;
    if (j < 0) return;
    e.preventDefault();
    refs.current[j]?.focus();
    props.onSelect(props.tabs[j].value);
  };
  return (
    <div role="tablist" aria-label={props.label} className={styles.root}>
      {props.tabs.map((t, i) => {
        const selected = t.value === props.selected;
        return (
          <button
            key={t.value}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            className={mergeClasses(styles.tab, selected && styles.selected)}
            onClick={() => props.onSelect(t.value)}
            onKeyDown={(e) => onKeyDown(e, i)}
            data-testid={`tab-${t.value}`}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}
