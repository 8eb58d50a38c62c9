import { Button, Input, Text, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import { CATEGORIES, SEVERITIES } from "../../../domain";
import { fmt } from "../../../domain/i18n";
import { usePane } from "../../context/PaneContext";
import { filterFindings, filtersActive } from "../../state/selectors";
import { SeverityIcon } from "../SeverityIcon/SeverityIcon";

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
      <Input
        type="search"
        value={filters.text}
        onChange={(_, d) => dispatch({ type: "setSearch", text: d.value })}
        contentBefore={<SearchRegular aria-hidden />}
        placeholder={s.searchPlaceholder}
        aria-label={s.searchLabel}
        data-testid="filter-search"
      />
      <div className={styles.group} role="group" aria-label={s.filterSeverity}>
        {SEVERITIES.map((sev) => (
          <ToggleButton
            key={sev}
            size="small"
            checked={filters.severities.includes(sev)}
            icon={<SeverityIcon severity={sev} />}
            onClick={() => dispatch({ type: "toggleSeverity", severity: sev })}
            data-testid={`filter-severity-${sev}`}
          >
            {s[`severity_${sev}`]}
          </ToggleButton>
        ))}
      </div>
      <div className={styles.group} role="group" aria-label={s.filterCategory}>
        {CATEGORIES.map((cat) => (
          <ToggleButton
            key={cat}
            size="small"
            shape="circular"
            checked={filters.categories.includes(cat)}
            onClick={() => dispatch({ type: "toggleCategory", category: cat })}
            data-testid={`filter-category-${cat}`}
          >
            {s[`category_${cat}`]}
          </ToggleButton>
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
