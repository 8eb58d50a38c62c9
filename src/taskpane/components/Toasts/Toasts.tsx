/**
 * Short-lived messages (fix applied / cell changed / settings saved) at the bottom of the pane,
 * announced politely and dismissed after TOAST_MS or by the user. (Fluent's Toaster adds ~24 KB gzip.)
 */
import { useEffect } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../../context/PaneContext";
import type { Notice } from "../../state/paneReducer";
import { NoticeBar } from "../Notices/NoticeBar";

export const TOAST_MS = 6000;

const useStyles = makeStyles({
  // Sticky at the bottom of the pane itself (not fixed to the window): in the preview, and wherever the pane is
  // not a window of its own, a toast stays inside the pane instead of covering the sheet.
  root: {
    position: "sticky",
    bottom: tokens.spacingVerticalS,
    margin: `0 ${tokens.spacingHorizontalS}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    zIndex: 1000,
    pointerEvents: "none",
  },
  toast: { pointerEvents: "auto", boxShadow: tokens.shadow8 },
});

export function Toasts() {
  const styles = useStyles();
  const { state } = usePane();
  return (
    <div className={styles.root} role="status" aria-live="polite" data-testid="toasts">
      {state.notices
        .filter((n) => n.transient)
        .map((t) => (
          <TimedToast key={t.id} notice={t} className={styles.toast} />
        ))}
    </div>
  );
}

interface TimedToastProps {
  notice: Notice;
  className: string;
}

function TimedToast(props: TimedToastProps) {
  const { state, dispatch, strings } = usePane();
  const id = props.notice.id;
  useEffect(() => {
    const timer = setTimeout(() => dispatch({ type: "dismissNotice", id }), TOAST_MS);
    return () => clearTimeout(timer);
  }, [id, dispatch]);
  return (
    <NoticeBar
      notice={props.notice}
      strings={strings}
      locale={state.locale}
      className={props.className}
      onDismiss={() => dispatch({ type: "dismissNotice", id })}
      data-testid={`toast-${id}`}
    />
  );
}
