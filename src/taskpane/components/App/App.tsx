import { useEffect, useRef } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SettingsRegular } from "@fluentui/react-icons";
import { usePane } from "../../context/PaneContext";
import type { View } from "../../state/locale";
import { Filters } from "../Filters/Filters";
import { FindingsList } from "../FindingsList/FindingsList";
import { LiveRegion } from "../LiveRegion/LiveRegion";
import { Notices } from "../Notices/Notices";
import { SettingsPanel } from "../SettingsPanel/SettingsPanel";
import { Summary } from "../Summary/Summary";
import { LazyTemplatesView } from "../Templates/lazy";
import { Toasts } from "../Toasts/Toasts";
import { ViewTabs } from "../ViewTabs/ViewTabs";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} 0 ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { flexGrow: 1, minWidth: 0, margin: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  main: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
  },
});

export function App() {
  const styles = useStyles();
  const { state, dispatch, strings: s } = usePane();
  const settingsButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(state.settingsOpen);

  // Closing the settings gives focus back to the button that opened them.
  useEffect(() => {
    if (wasOpen.current && !state.settingsOpen) settingsButton.current?.focus();
    wasOpen.current = state.settingsOpen;
  }, [state.settingsOpen]);

  const tabs: { value: View; label: string }[] = [
    { value: "check", label: s.tabCheck },
    { value: "templates", label: s.tabTemplates },
  ];

  return (
    <div className={styles.root} lang={state.locale}>
      <header className={styles.header}>
        <Text as="h1" weight="semibold" size={400} className={styles.title}>
          {s.appTitle}
        </Text>
        <Button
          ref={settingsButton}
          appearance="subtle"
          icon={<SettingsRegular />}
          aria-label={s.openSettings}
          aria-expanded={state.settingsOpen}
          title={s.openSettings}
          onClick={() => dispatch({ type: "openSettings", open: !state.settingsOpen })}
          data-testid="settings-open"
        />
      </header>
      <ViewTabs
        label={s.tabsLabel}
        tabs={tabs}
        selected={state.view}
        onSelect={(view) => dispatch({ type: "setView", view })}
      />
      <main className={styles.main}>
        <Notices />
        {state.settingsOpen ? (
          <SettingsPanel />
        ) : state.view === "templates" ? (
          <LazyTemplatesView />
        ) : (
          <>
            <Summary />
            {state.result && state.result.findings.length > 0 ? <Filters /> : null}
            <FindingsList />
          </>
        )}
      </main>
      <Toasts />
      <LiveRegion />
    </div>
  );
}
