import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular, CheckmarkCircleFilled } from "@fluentui/react-icons";
import { SEVERITIES } from "../../../domain/model/types";
// 提示 are not counted here: they are hidden unless asked for (the list says how many there are)
import { format } from "../../../domain/i18n";
import { usePane } from "../../context/PaneContext";
import { selectSummary, verdictOf } from "../../state/selectors";
import { CountPill } from "../CountPill/CountPill";
import { SeverityIcon } from "../SeverityIcon/SeverityIcon";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS + " " + tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  count: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  sheet: { color: tokens.colorNeutralForeground2 },
  status: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS + " " + tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
  },
  ready: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
  },
  notReady: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
  },
  readyIcon: { fontSize: "20px", flexShrink: 0 },
  note: { color: tokens.colorNeutralForeground3 },
  spin: {
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "1s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": { animationName: "none" },
  },
});

export function Summary() {
  const styles = useStyles();
  const { state, strings: s, liveHighlighting, actions } = usePane();
  const summary = selectSummary(state.result);
  const verdict = verdictOf(state.result);
  const ready = verdict === "noErrors" || verdict === "clean";
  const counts = { error: summary?.errors ?? 0, warning: summary?.warnings ?? 0, info: summary?.infos ?? 0 };
  const labels = { error: s.errors, warning: s.warnings, info: s.infos };
  const showHighlightNote = !liveHighlighting && state.settings.highlightsShown;

  return (
    <section className={styles.root} aria-label={s.summaryLabel} data-testid="summary">
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<ArrowClockwiseRegular className={state.checking ? styles.spin : undefined} />}
          aria-busy={state.checking}
          onClick={actions.checkNow}
          title={s.checkSheetHint}
          data-testid="check-sheet"
        >
          {s.checkSheet}
        </Button>
        <Text size={200} className={styles.sheet} data-testid="summary-sheet">
          {state.checking && !state.result
            ? s.checking
            : state.result
              ? format(s.sheetLabel, { sheet: state.result.sheet })
              : s.notChecked}
        </Text>
      </div>
      {summary ? (
        <>
          <div className={styles.row}>
            {SEVERITIES.filter((sev) => sev !== "info").map((sev) => (
              <span
                key={sev}
                className={styles.count}
                role="img"
                aria-label={format(s.countAria, { count: counts[sev], label: labels[sev] })}
                data-testid={`summary-count-${sev}`}
                data-count={counts[sev]}
              >
                <SeverityIcon severity={sev} />
                <Text size={200} aria-hidden>
                  {labels[sev]}
                </Text>
                <CountPill count={counts[sev]} severity={sev} aria-hidden />
              </span>
            ))}
          </div>
          <div
            className={mergeClasses(
              styles.status,
              ready ? styles.ready : verdict === "errors" ? styles.notReady : undefined,
            )}
            data-testid={verdict === "errors" ? "not-ready" : verdict === "unrecognised" ? "unrecognised" : "no-errors"}
          >
            {ready ? (
              <CheckmarkCircleFilled aria-hidden className={styles.readyIcon} />
            ) : (
              <SeverityIcon severity={verdict === "errors" ? "error" : "info"} />
            )}
            <div>
              <Text weight="semibold">
                {verdict === "errors"
                  ? format(s.notReady, { count: counts.error })
                  : verdict === "unrecognised"
                    ? s.unrecognised
                    : verdict === "clean"
                      ? s.clean
                      : s.noErrors}
              </Text>
              {verdict !== "errors" ? (
                <div>
                  <Text size={200}>
                    {verdict === "unrecognised"
                      ? s.unrecognisedDetail
                      : verdict === "clean"
                        ? s.cleanDetail
                        : format(s.noErrorsDetail, { warnings: counts.warning, infos: counts.info })}
                  </Text>
                </div>
              ) : null}
            </div>
          </div>
        </>
      ) : null}
      {showHighlightNote ? (
        <Text size={200} className={styles.note} data-testid="live-off-note">
          {s.liveOffNote}
        </Text>
      ) : null}
    </section>
  );
}
