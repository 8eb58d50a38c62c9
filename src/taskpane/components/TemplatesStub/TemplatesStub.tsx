import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../../context/PaneContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  note: { color: tokens.colorNeutralForeground2 },
});

/** Placeholder for 插入模板 (another issue): a disabled button and a short note. */
export function TemplatesStub() {
  const styles = useStyles();
  const { strings: s } = usePane();
  return (
    <section className={styles.root} aria-labelledby="templates-title" data-testid="templates-view">
      <h2 id="templates-title" className={styles.title}>
        {s.templatesTitle}
      </h2>
      <Text className={styles.note}>{s.templatesNote}</Text>
      <Button disabled data-testid="templates-insert">
        {s.templatesButton}
      </Button>
    </section>
  );
}
