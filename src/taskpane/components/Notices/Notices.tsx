import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { fmt } from "../../../domain/i18n";
import { usePane } from "../../context/PaneContext";
import { pickText } from "../../state/errors";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: `0 ${tokens.spacingHorizontalM}` },
});

/** Dismissible messages: settings that could not be read, and errors from Excel (zh or en by pane language). */
export function Notices() {
  const styles = useStyles();
  const { state, dispatch, strings: s } = usePane();
  if (!state.settingsProblem && state.notices.length === 0) return null;

  const dismiss = (onClick: () => void) => (
    <Button appearance="transparent" size="small" aria-label={s.dismiss} icon={<DismissRegular />} onClick={onClick} />
  );

  return (
    <div className={styles.root} data-testid="notices">
      {state.settingsProblem ? (
        <MessageBar intent="warning" layout="multiline" data-testid="settings-problem">
          <MessageBarBody>
            <MessageBarTitle>{state.settingsProblem === "old" ? s.settingsOldTitle : s.settingsInvalidTitle}</MessageBarTitle>
            {state.settingsProblem === "old" ? s.settingsOldBody : s.settingsInvalidBody}
          </MessageBarBody>
          <MessageBarActions containerAction={dismiss(() => dispatch({ type: "dismissSettingsProblem" }))} />
        </MessageBar>
      ) : null}
      {state.notices.map((n) => (
        <MessageBar key={n.id} intent={n.intent} layout="multiline" data-testid={`notice-${n.id}`}>
          <MessageBarBody>
            <MessageBarTitle>{s[n.title]}</MessageBarTitle>
            {"text" in n.body ? pickText(n.body.text, state.locale) : fmt(s[n.body.key], n.body.data)}
          </MessageBarBody>
          <MessageBarActions containerAction={dismiss(() => dispatch({ type: "dismissNotice", id: n.id }))} />
        </MessageBar>
      ))}
    </div>
  );
}
