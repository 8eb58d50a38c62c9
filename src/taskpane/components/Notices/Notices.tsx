import { makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../../context/PaneContext";
import { NoticeBar } from "./NoticeBar";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalM}`,
  },
});

/** Dismissible messages: settings that could not be read, and errors from Excel. Toasts are apart (Toasts.tsx). */
export function Notices() {
  const styles = useStyles();
  const { state, dispatch, strings } = usePane();
  const notices = state.notices.filter((n) => !n.transient);
  if (!state.settingsProblem && notices.length === 0) return null;
  const old = state.settingsProblem === "old";
  return (
    <div className={styles.root} data-testid="notices">
      {state.settingsProblem ? (
        <NoticeBar
          notice={{
            intent: "warning",
            title: old ? "settingsOldTitle" : "settingsInvalidTitle",
            body: { key: old ? "settingsOldBody" : "settingsInvalidBody" },
          }}
          strings={strings}
          locale={state.locale}
          onDismiss={() => dispatch({ type: "dismissSettingsProblem" })}
          data-testid="settings-problem"
        />
      ) : null}
      {notices.map((n) => (
        <NoticeBar
          key={n.id}
          notice={n}
          strings={strings}
          locale={state.locale}
          onDismiss={() => dispatch({ type: "dismissNotice", id: n.id })}
          data-testid={`notice-${n.id}`}
        />
      ))}
    </div>
  );
}
