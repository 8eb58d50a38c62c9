import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, CounterBadge, Text } from "@fluentui/react-components";
import { fmt } from "../../../domain/i18n";
import { usePane } from "../../context/PaneContext";
import { blockHeading } from "../../state/selectors";
import { FindingItem } from "../FindingItem/FindingItem";
import { SeverityIcon } from "../SeverityIcon/SeverityIcon";
import { useFindingsListStyles } from "./FindingsList.styles";
import { groupValue, severityValue, useFindingsList } from "./useFindingsList";

/** Findings grouped by block, then by severity; both levels collapsible. */
export function FindingsList() {
  const styles = useFindingsListStyles();
  const { strings: s } = usePane();
  const { state, groups, openValues, onToggle, onKeyDown } = useFindingsList();
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
      <Accordion multiple collapsible openItems={openValues(groups.map(groupValue))} onToggle={onToggle}>
        {groups.map((g) => {
          const heading = blockHeading(g.block, locale);
          return (
            <AccordionItem key={groupValue(g)} value={groupValue(g)} data-testid={`block-${g.id || "other"}`}>
              <AccordionHeader as="h3" expandIconPosition="start" className={styles.blockHeader}>
                <span className={styles.headerInner}>
                  <span className={styles.headerText} title={heading}>
                    {heading}
                  </span>
                  <CounterBadge count={g.count} color="informative" appearance="ghost" size="small" aria-label={fmt(s.groupCount, { count: g.count })} />
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <Accordion
                  multiple
                  collapsible
                  openItems={openValues(g.severities.map((sg) => severityValue(g, sg.severity)))}
                  onToggle={onToggle}
                  className={styles.severityPanel}
                >
                  {g.severities.map((sg) => (
                    <AccordionItem key={sg.severity} value={severityValue(g, sg.severity)}>
                      <AccordionHeader as="h4" size="small" expandIconPosition="start">
                        <span className={styles.headerInner}>
                          <SeverityIcon severity={sg.severity} />
                          <Text size={200}>
                            {s[`severity_${sg.severity}`]} · {fmt(s.groupCount, { count: sg.findings.length })}
                          </Text>
                        </span>
                      </AccordionHeader>
                      <AccordionPanel>
                        <ul className={styles.list}>
                          {sg.findings.map((f, i) => (
                            <FindingItem key={`${f.ruleId}@${f.address}#${i}`} finding={f} sheet={result.sheet} />
                          ))}
                        </ul>
                      </AccordionPanel>
                    </AccordionItem>
                  ))}
                </Accordion>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}
