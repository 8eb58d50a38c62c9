import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import { CATEGORIES, SEVERITIES } from "../../../domain";
import { fmt } from "../../../domain/i18n";
import { usePane } from "../../context/PaneContext";
import { filterFindings, filtersActive } from "../../state/selectors";
import { SeverityIcon } from "../SeverityIcon/SeverityIcon";
import { TextInput } from "../TextInput/TextInput";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS + " " + tokens.spacingHorizontalM,
  },
  group: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  footer: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  count: { color: tokens.colorNeutralForeground3 },
  // Pressed = shown: a brand outline; not pressed = dimmed and struck through, so the state is not told by colour alone.
  on: { border: `${tokens.strokeWidthThin} solid ${tokens.colorCompoundBrandStroke}`, color: tokens.colorNeutralForeground1 },
  off: {
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground3,
    textDecorationLine: "line-through",
  },
});

export function Filters() {
  const styles = useStyles();
  const { state, dispatch, strings: s } = usePane();
  const { filters } = state;
  const total = state.result?.findings.length ?? 0;
  const shown = state.result ? filterFindings(state.result.findings, filters, state.locale).length : 0;
  const active = filtersActive(filters);

  return (
    <div className={styles.root} role="search" aria-label={s.filtersLabel} data-testid="filters">
      <TextInput
        type="search"
        value={filters.text}
        onChange={(e) => dispatch({ type: "setSearch", text: e.target.value })}
        contentBefore={<SearchRegular aria-hidden />}
        placeholder={s.searchPlaceholder}
        aria-label={s.searchLabel}
        data-testid="filter-search"
      />
      <div className={styles.group} role="group" aria-label={s.filterSeverity}>
        {SEVERITIES.map((sev) => (
          <Button
            key={sev}
            size="small"
            appearance={filters.severities.includes(sev) ? "secondary" : "subtle"}
            className={filters.severities.includes(sev) ? styles.on : styles.off}
            aria-pressed={filters.severities.includes(sev)}
            icon={<SeverityIcon severity={sev} />}
            onClick={() => dispatch({ type: "toggleSeverity", severity: sev })}
            data-testid={`filter-severity-${sev}`}
          >
            {s[`severity_${sev}`]}
          </Button>
        ))}
      </div>
      <div className={styles.group} role="group" aria-label={s.filterCategory}>
        {CATEGORIES.map((cat) => (
          <Button
            key={cat}
            size="small"
            shape="circular"
            appearance={filters.categories.includes(cat) ? "secondary" : "subtle"}
            className={filters.categories.includes(cat) ? styles.on : styles.off}
            aria-pressed={filters.categories.includes(cat)}
            onClick={() => dispatch({ type: "toggleCategory", category: cat })}
            data-testid={`filter-category-${cat}`}
          >
            {s[`category_${cat}`]}
          </Button>
        ))}
      </div>
      {active ? (
        <div className={styles.footer}>
          <Text size={200} className={styles.count} data-testid="filter-count">
            {fmt(s.showingCount, { shown, total })}
          </Text>
          <Button size="small" appearance="subtle" onClick={() => dispatch({ type: "clearFilters" })} data-testid="filter-clear">
            {s.clearFilters}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
