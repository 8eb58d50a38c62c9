import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import type { Severity } from "../../../domain";

const useStyles = makeStyles({
  root: { flexShrink: 0, fontSize: "16px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

export interface SeverityIconProps {
  severity: Severity;
  className?: string;
}

/** Decorative: the severity is always also given as text or in an aria-label. */
export function SeverityIcon(props: SeverityIconProps) {
  const styles = useStyles();
  const className = mergeClasses(styles.root, styles[props.severity], props.className);
  if (props.severity === "error") return <ErrorCircleFilled aria-hidden className={className} />;
  if (props.severity === "warning") return <WarningFilled aria-hidden className={className} />;
  return <InfoFilled aria-hidden className={className} />;
}
