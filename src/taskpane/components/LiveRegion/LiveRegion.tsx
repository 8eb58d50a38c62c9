import { makeStyles } from "@fluentui/react-components";
import { usePane } from "../../context/PaneContext";
import { announcement } from "../../state/selectors";

const useStyles = makeStyles({
  // Visually hidden, still read by screen readers.
  root: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/** Announces the summary after each check (aria-live="polite"). */
export function LiveRegion() {
  const styles = useStyles();
  const { state } = usePane();
  const text = announcement(state);
  // A zero-width space on every other check makes an unchanged summary count as new text.
  return (
    <div className={styles.root} role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {text ? text + (state.checks % 2 === 0 ? "\u200b" : "") : ""}
    </div>
  );
}
