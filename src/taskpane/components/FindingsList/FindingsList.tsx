import { Button, Text } from "@fluentui/react-components";
import { fmt } from "../../../domain/i18n";
import { usePane } from "../../context/PaneContext";
import { blockHeading } from "../../state/selectors";
import { Collapsible } from "../Collapsible/Collapsible";
import { CountPill } from "../CountPill/CountPill";
import { FindingItem } from "../FindingItem/FindingItem";
import { SeverityIcon } from "../SeverityIcon/SeverityIcon";
import { useFindingsListStyles } from "./FindingsList.styles";
import { groupValue, severityValue, useFindingsList } from "./useFindingsList";

/** Findings grouped by block, then by severity; both levels collapsible; ↑/↓ move between findings. */
export function FindingsList() {
  const styles = useFindingsListStyles();
  const { strings: s } = usePane();
  const { state, groups, isOpen, toggle, onKeyDown, limitFor, showAll } = useFindingsList();
  const { result, locale } = state;

  if (!result) return null;
  if (result.findings.length === 0)
    return (
      <p className={styles.empty} data-testid="no-findings">
        {s.noFindings}
      </p>
    );
  if (groups.length === 0)
    return (
      <p className={styles.empty} data-testid="no-matches">
        {s.noMatches}
      </p>
    );

  return (
    <section className={styles.root} aria-label={s.findingsLabel} onKeyDown={onKeyDown} data-testid="findings">
      {groups.map((g) => {
        const heading = blockHeading(g.block, locale);
        const value = groupValue(g);
        return (
          <Collapsible
            key={value}
            level={3}
            open={isOpen(value)}
            onToggle={() => toggle(value)}
            headerClassName={styles.blockHeader}
            data-testid={`block-${g.id || "other"}`}
            header={
              <span className={styles.headerInner}>
                <span className={styles.headerText} title={heading}>
                  {heading}
                </span>
                <CountPill count={g.count} />
              </span>
            }
          >
            {g.severities.map((sg) => {
              const sv = severityValue(g, sg.severity);
              return (
                <Collapsible
                  key={sg.severity}
                  level={4}
                  open={isOpen(sv)}
                  onToggle={() => toggle(sv)}
                  header={
                    <span className={styles.headerInner}>
                      <SeverityIcon severity={sg.severity} />
                      <Text size={200}>
                        {s[`severity_${sg.severity}`]} · {fmt(s.groupCount, { count: sg.findings.length })}
                      </Text>
                    </span>
                  }
                >
                  <ul className={styles.list}>
                    {sg.findings.slice(0, limitFor(sv)).map((f, i) => (
                      <FindingItem key={`${f.ruleId}@${f.address}#${i}`} finding={f} sheet={result.sheet} />
                    ))}
                  </ul>
                  {sg.findings.length > limitFor(sv) ? (
                    <Button appearance="subtle" size="small" onClick={() => showAll(sv)} data-testid={`show-more-${sv}`}>
                      {fmt(s.showMore, { count: sg.findings.length - limitFor(sv) })}
                    </Button>
                  ) : null}
                </Collapsible>
              );
            })}
          </Collapsible>
        );
      })}
    </section>
  );
}
