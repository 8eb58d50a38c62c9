import type { MouseEvent } from "react";
import { Button } from "@fluentui/react-components";
import { WrenchRegular } from "@fluentui/react-icons";
import { ruleById, type CellValue, type Finding } from "../../../domain";
import { fmt } from "../../../domain/i18n";
import { usePane } from "../../context/PaneContext";
import { messageOf, ruleTitleOf } from "../../state/selectors";
import { SeverityIcon } from "../SeverityIcon/SeverityIcon";
import { FINDING_MAIN_ATTR } from "../FindingsList/useFindingsList";
import { useFindingItemStyles } from "./FindingItem.styles";

export interface FindingItemProps {
  finding: Finding;
  sheet: string;
}

/** Elements inside an item that must not also move the selection. */
const NO_SELECT = "data-no-select";

function shown(v: CellValue, empty: string): string {
  return v === null || v === "" ? empty : String(v);
}

/**
 * One finding. The main button (Enter/Space, or a click anywhere on the item) selects the cell;
 * the fix button and the details expander are separate tab stops. Workbook text is rendered as text.
 */
export function FindingItem(props: FindingItemProps) {
  const styles = useFindingItemStyles();
  const { state, strings: s, actions } = usePane();
  const { finding: f, sheet } = props;
  const locale = state.locale;
  const message = messageOf(f, locale);
  const title = ruleTitleOf(f, locale);
  const description = ruleById(f.ruleId)?.docs[locale]?.description;
  const severity = s[`severity_${f.severity}`];

  const onClick = (e: MouseEvent<HTMLElement>) => {
    if ((e.target as HTMLElement).closest(`[${NO_SELECT}]`)) return;
    actions.select(sheet, f.address);
  };

  return (
    <li className={styles.root} onClick={onClick} data-testid={`finding-${f.address}-${f.ruleId}`} data-severity={f.severity}>
      <button
        type="button"
        className={styles.main}
        {...{ [FINDING_MAIN_ATTR]: "" }}
        aria-label={fmt(s.goToCellAria, { severity, address: f.address, message })}
        data-testid="finding-main"
      >
        <SeverityIcon severity={f.severity} className={styles.icon} />
        <span className={styles.address}>{f.address}</span>
        <span className={styles.message}>{message}</span>
        <span className={styles.rule}>
          {title} · {f.code}
        </span>
      </button>
      <div className={styles.actions}>
        {f.fix ? (
          <Button
            {...{ [NO_SELECT]: "" }}
            size="small"
            icon={<WrenchRegular />}
            className={styles.fixButton}
            aria-label={fmt(s.fixAria, { address: f.fix.address, from: shown(f.fix.from, s.emptyValue), to: shown(f.fix.to, s.emptyValue) })}
            onClick={() => f.fix && actions.applyFix(sheet, f.fix)}
            data-testid="finding-fix"
          >
            {s.fix}: {shown(f.fix.from, s.emptyValue)} → {shown(f.fix.to, s.emptyValue)}
          </Button>
        ) : null}
        <details className={styles.details} {...{ [NO_SELECT]: "" }} data-testid="finding-details">
          <summary className={styles.summary} aria-label={fmt(s.detailsAria, { title })}>
            {s.details}
          </summary>
          <p className={styles.description}>{description ?? s.noDescription}</p>
        </details>
      </div>
    </li>
  );
}
