import { makeStyles, tokens } from "@fluentui/react-components";
import { plainButton } from "../shared/plainButton";

export const useFindingsListStyles = makeStyles({
  root: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalM}` },
  empty: {
    padding: tokens.spacingVerticalL + " " + tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground3,
    margin: 0,
  },
  note: {
    margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS} 0`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  // said to screen readers (aria-describedby), not shown: the keys are those of any list
  keys: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    margin: 0,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  kind: {
    display: "flex",
    flexDirection: "column",
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  kindHeader: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  kindMain: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    flexGrow: 1,
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    ...plainButton,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  chevron: {
    flexShrink: 0,
    fontSize: "16px",
    marginTop: "2px",
    transitionProperty: "transform",
    transitionDuration: tokens.durationFaster,
  },
  chevronOpen: { transform: "rotate(90deg)" },
  kindIcon: { marginTop: "2px" },
  kindText: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, gap: tokens.spacingVerticalXXS },
  kindTitle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  kindMessage: { fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  kindCount: {
    color: tokens.colorNeutralForeground3,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} 44px`,
  },
  fixAll: { flexShrink: 0, marginTop: tokens.spacingVerticalXS },
  places: { listStyleType: "none", margin: 0, padding: `0 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}` },
});
