import { Button, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SettingsRegular } from "@fluentui/react-icons";
import { usePane } from "../../context/PaneContext";
import type { View } from "../../state/locale";
import { Filters } from "../Filters/Filters";
import { FindingsList } from "../FindingsList/FindingsList";
import { LiveRegion } from "../LiveRegion/LiveRegion";
import { Notices } from "../Notices/Notices";
import { SettingsPanel } from "../SettingsPanel/SettingsPanel";
import { Summary } from "../Summary/Summary";
import { TemplatesStub } from "../TemplatesStub/TemplatesStub";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} 0 ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  tabs: { backgroundColor: tokens.colorNeutralBackground1 },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
});

export function App() {
  const styles = useStyles();
  const { state, dispatch, strings: s } = usePane();
  return (
    <div className={styles.root} lang={state.locale}>
      <header className={styles.header}>
        <Text as="h1" weight="semibold" size={400} className={styles.title}>
          {s.appTitle}
        </Text>
        <Button
          appearance="subtle"
          icon={<SettingsRegular />}
          aria-label={s.openSettings}
          title={s.openSettings}
          onClick={() => dispatch({ type: "openSettings", open: true })}
          data-testid="settings-open"
        />
      </header>
      <TabList
        className={styles.tabs}
        selectedValue={state.view}
        onTabSelect={(_, d) => dispatch({ type: "setView", view: d.value as View })}
        aria-label={s.tabsLabel}
        size="small"
      >
        <Tab value="check" data-testid="tab-check">
          {s.tabCheck}
        </Tab>
        <Tab value="templates" data-testid="tab-templates">
          {s.tabTemplates}
        </Tab>
      </TabList>
      <main className={styles.main}>
        <Notices />
        {state.view === "templates" ? (
          <TemplatesStub />
        ) : (
          <>
            <Summary />
            {state.result && state.result.findings.length > 0 ? <Filters /> : null}
            <FindingsList />
          </>
        )}
      </main>
      <SettingsPanel />
      <LiveRegion />
    </div>
  );
}
