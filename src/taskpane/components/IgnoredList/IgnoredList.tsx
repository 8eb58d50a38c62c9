import { useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { format } from "../../../domain/i18n";
import { usePane } from "../../context/PaneContext";
import { messageOf } from "../../state/selectors";
import { Collapsible } from "../Collapsible/Collapsible";

const useStyles = makeStyles({
  root: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalL}` },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    alignItems: "start",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
  },
  address: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  text: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  reason: { color: tokens.colorNeutralForeground3 },
});

/** 已忽略: the findings the user ignored on this sheet, each with its reason and 恢复. */
export function IgnoredList() {
  const styles = useStyles();
  const { state, strings: s, actions } = usePane();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const ignored = state.result?.ignored ?? [];
  if (ignored.length === 0) return null;
  return (
    <section className={styles.root} data-testid="ignored">
      <Collapsible
        level={3}
        open={open}
        onToggle={() => setOpen((v) => !v)}
        header={<Text weight="semibold">{format(s.ignoredTitle, { count: ignored.length })}</Text>}
        data-testid="ignored-toggle"
      >
        <ul className={styles.list}>
          {ignored.map(({ finding: f, entry }) => {
            const message = messageOf(f, state.locale);
            return (
              <li key={entry.key} className={styles.item} data-testid={`ignored-${f.address}-${f.ruleId}`}>
                <span className={styles.text}>
                  <span className={styles.address}>{f.address}</span>
                  <span>{message}</span>
                  <Text size={200} className={styles.reason}>
                    {entry.reason ? format(s.ignoredReason, { reason: entry.reason }) : s.ignoredNoReason}
                    {entry.at ? ` · ${entry.at}` : ""}
                  </Text>
                </span>
                <Button
                  size="small"
                  disabled={busy === entry.key}
                  aria-label={format(s.restoreAria, { address: f.address, message })}
                  onClick={() => {
                    setBusy(entry.key);
                    void actions.restore(entry).finally(() => setBusy(null));
                  }}
                  data-testid="ignored-restore"
                >
                  {s.restore}
                </Button>
              </li>
            );
          })}
        </ul>
      </Collapsible>
    </section>
  );
}
