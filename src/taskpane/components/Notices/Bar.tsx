/**
 * A message bar: icon, title, text, actions. Fluent's MessageBar brings its own set of intent icons (and ~3 KB gzip);
 * this one uses the pane's own severity icons and a check mark, so there is one icon set.
 */
import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircleFilled } from "@fluentui/react-icons";
import { SeverityIcon } from "../SeverityIcon/SeverityIcon";

export type BarIntent = "error" | "warning" | "info" | "success";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
  },
  info: {},
  icon: { flexShrink: 0, marginTop: "2px", fontSize: "16px" },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  body: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  title: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexShrink: 0 },
});

export interface BarProps {
  intent: BarIntent;
  title: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  className?: string;
  "data-testid"?: string;
}

export function Bar(props: BarProps) {
  const styles = useStyles();
  return (
    <div
      className={mergeClasses(styles.root, styles[props.intent], props.className)}
      role="group"
      data-testid={props["data-testid"]}
    >
      {props.intent === "success" ? (
        <CheckmarkCircleFilled aria-hidden className={mergeClasses(styles.icon, styles.ok)} />
      ) : (
        <SeverityIcon severity={props.intent} className={styles.icon} />
      )}
      <div className={styles.body}>
        <span className={styles.title}>{props.title}</span>
        {props.children}
      </div>
      {props.actions ? <div className={styles.actions}>{props.actions}</div> : null}
    </div>
  );
}
