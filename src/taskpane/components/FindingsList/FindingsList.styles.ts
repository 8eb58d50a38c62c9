import { makeStyles, tokens } from "@fluentui/react-components";

export const useFindingsListStyles = makeStyles({
  root: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalL}` },
  empty: {
    padding: tokens.spacingVerticalL + " " + tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground3,
  },
  blockHeader: { fontWeight: tokens.fontWeightSemibold },
  headerText: { flexGrow: 1, overflow: "hidden", textOverflow: "ellipsis" },
  headerInner: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  severityPanel: { paddingLeft: tokens.spacingHorizontalS },
});
