/** A count in a pill (Fluent's CounterBadge costs ~7 KB gzip; this is a styled span). */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Severity } from "../../../domain";

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    minWidth: "20px",
    height: "20px",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: 1,
    flexShrink: 0,
  },
  neutral: { backgroundColor: tokens.colorNeutralBackground5, color: tokens.colorNeutralForeground1 },
  zero: {
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3, color: tokens.colorNeutralForegroundOnBrand },
  info: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
});

export interface CountPillProps {
  count: number;
  /** Colour by severity; neutral grey when omitted. */
  severity?: Severity;
  className?: string;
  "aria-hidden"?: boolean;
}

export function CountPill(props: CountPillProps) {
  const styles = useStyles();
  const tone = props.count === 0 ? styles.zero : props.severity ? styles[props.severity] : styles.neutral;
  return (
    <span className={mergeClasses(styles.root, tone, props.className)} aria-hidden={props["aria-hidden"]}>
      {props.count}
    </span>
  );
}
