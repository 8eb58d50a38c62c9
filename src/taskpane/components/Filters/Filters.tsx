import { useMemo } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkRegular, SearchRegular } from "@fluentui/react-icons";
import { CATEGORIES, SEVERITIES, type Category, type Severity } from "../../../domain/model/types";
import { format } from "../../../domain/i18n";
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
  hint: { color: tokens.colorNeutralForeground3 },
  // Pressed = "show only this": filled and ticked; not pressed: an outline. The state is never told by colour alone.
  on: { fontWeight: tokens.fontWeightSemibold },
  off: { fontWeight: tokens.fontWeightRegular },
  number: { marginLeft: tokens.spacingHorizontalXXS, opacity: 0.85 },
});

/** The filter chips: each means "show only this" (several may be pressed); none pressed = errors and warnings, every category. */
export function Filters() {
  const styles = useStyles();
  const { state, dispatch, strings: s } = usePane();
  const { filters } = state;
  const findings = state.result?.findings;
  const total = findings?.length ?? 0;
  const active = filtersActive(filters);
  // how many there are of each (one pass, once per result); how many the filters let through only when some are set
  const counts = useMemo(() => {
    const c = new Map<Severity | Category, number>();
    for (const f of findings ?? []) {
      c.set(f.severity, (c.get(f.severity) ?? 0) + 1);
      c.set(f.category, (c.get(f.category) ?? 0) + 1);
    }
    return c;
  }, [findings]);
  const shown = useMemo(
    () => (findings && active ? filterFindings(findings, filters, state.locale).length : total),
    [findings, filters, state.locale, active, total],
  );
  const bySeverity = (sev: Severity) => counts.get(sev) ?? 0;
  const byCategory = (cat: Category) => counts.get(cat) ?? 0;

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
        {SEVERITIES.map((sev) => {
          const on = filters.severities.includes(sev);
          return (
            <Button
              key={sev}
              size="small"
              appearance={on ? "primary" : "outline"}
              className={on ? styles.on : styles.off}
              aria-pressed={on}
              icon={on ? <CheckmarkRegular /> : <SeverityIcon severity={sev} />}
              onClick={() => dispatch({ type: "toggleSeverity", severity: sev })}
              data-testid={`filter-severity-${sev}`}
            >
              {s[`severity_${sev}`]}
              <span className={styles.number}>{bySeverity(sev)}</span>
            </Button>
          );
        })}
      </div>
      <div className={styles.group} role="group" aria-label={s.filterCategory}>
        {CATEGORIES.filter((cat) => byCategory(cat) > 0 || filters.categories.includes(cat)).map((cat) => {
          const on = filters.categories.includes(cat);
          return (
            <Button
              key={cat}
              size="small"
              shape="circular"
              appearance={on ? "primary" : "outline"}
              className={on ? styles.on : styles.off}
              aria-pressed={on}
              icon={on ? <CheckmarkRegular /> : undefined}
              onClick={() => dispatch({ type: "toggleCategory", category: cat })}
              data-testid={`filter-category-${cat}`}
            >
              {s[`category_${cat}`]}
            </Button>
          );
        })}
      </div>
      <Text size={200} className={styles.hint}>
        {s.filterOnlyHint}
      </Text>
      {active ? (
        <div className={styles.footer}>
          <Text size={200} className={styles.count} data-testid="filter-count">
            {format(s.showingCount, { shown, total })}
          </Text>
          <Button
            size="small"
            appearance="subtle"
            onClick={() => dispatch({ type: "clearFilters" })}
            data-testid="filter-clear"
          >
            {s.clearFilters}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
