/**
 * A collapsible section following the WAI-ARIA accordion pattern (a heading holding a button with
 * aria-expanded, controlling a region). Fluent's Accordion costs ~25 KB gzip with its motion
 * library; this costs a few hundred bytes and keeps the bundle budget.
 */
import { useId, type ReactNode } from "react";
import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChevronRightRegular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: "inherit", fontWeight: "inherit" },
  button: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    minHeight: "32px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    background: "none",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ...createFocusOutlineStyle(),
  },
  chevron: {
    flexShrink: 0,
    fontSize: "16px",
    transitionProperty: "transform",
    transitionDuration: tokens.durationFaster,
  },
  open: { transform: "rotate(90deg)" },
  panel: { paddingLeft: tokens.spacingHorizontalS },
});

export interface CollapsibleProps {
  /** h3 for blocks, h4 for severities. */
  level: 3 | 4;
  header: ReactNode;
  open: boolean;
  onToggle(): void;
  className?: string;
  headerClassName?: string;
  children?: ReactNode;
  "data-testid"?: string;
}

export function Collapsible(props: CollapsibleProps) {
  const styles = useStyles();
  const id = useId();
  const Heading = props.level === 3 ? "h3" : "h4";
  return (
    <div className={props.className} data-testid={props["data-testid"]}>
      <Heading className={mergeClasses(styles.heading, props.headerClassName)}>
        <button
          type="button"
          className={styles.button}
          aria-expanded={props.open}
          aria-controls={`${id}-panel`}
          id={`${id}-header`}
          onClick={props.onToggle}
        >
          <ChevronRightRegular aria-hidden className={mergeClasses(styles.chevron, props.open && styles.open)} />
          {props.header}
        </button>
      </Heading>
      <div
        id={`${id}-panel`}
        role="region"
        aria-labelledby={`${id}-header`}
        hidden={!props.open}
        className={styles.panel}
      >
        {props.open ? props.children : null}
      </div>
    </div>
  );
}
