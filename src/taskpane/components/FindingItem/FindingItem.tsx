import { useId, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { Button, mergeClasses } from "@fluentui/react-components";
import type { Finding } from "../../../domain/model/types";
import { engine } from "../../engine/engine";
import { format } from "../../../domain/i18n";
import { usePane } from "../../context/PaneContext";
import { fixDiff } from "../../state/fixes";
import { findingId, messageOf, ruleTitleOf } from "../../state/selectors";
import { SeverityIcon } from "../SeverityIcon/SeverityIcon";
import { TextInput } from "../TextInput/TextInput";
import {
  FINDING_ACTION_ATTR,
  FINDING_ITEM_ATTR,
  FINDING_MAIN_ATTR,
  useListFocus,
} from "../FindingsList/useFindingsList";
import { useFindingItemStyles } from "./FindingItem.styles";

export interface FindingItemProps {
  finding: Finding;
  sheet: string;
  /** 项目：… / 部门：…, the block the finding is in. */
  caption?: string;
  /** Inside a kind's group: its title is already said above. */
  compact?: boolean;
}

/** Elements inside an item that must not also move the selection. */
const NO_SELECT = "data-no-select";
const action = { [FINDING_ACTION_ATTR]: "", [NO_SELECT]: "", tabIndex: -1 } as const;

/**
 * One finding: its main button selects the cell (Enter/Space, or a click anywhere on the item) and is the item's
 * one Tab stop; 修复 (shown as the change it makes, not the whole cell), 忽略此条 and 详情 are reached with →.
 * Workbook text is rendered as text.
 */
export function FindingItem(props: FindingItemProps) {
  const styles = useFindingItemStyles();
  const { state, strings: s, actions } = usePane();
  const focus = useListFocus();
  const { finding: f, sheet } = props;
  const locale = state.locale;
  const message = messageOf(f, locale);
  const title = ruleTitleOf(f, locale);
  const severity = s[`severity_${f.severity}`];
  const [details, setDetails] = useState(false);
  const [ignoring, setIgnoring] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const mainRef = useRef<HTMLButtonElement>(null);
  const detailsId = useId();

  const onClick = (e: MouseEvent<HTMLElement>) => {
    if ((e.target as HTMLElement).closest(`[${NO_SELECT}]`)) return;
    actions.select(sheet, f.address);
  };

  const fix = f.fix;
  const diff = fix ? fixDiff(fix.from, fix.to) : null;
  const applyFix = async (el: HTMLElement) => {
    if (!fix || busy) return;
    setBusy(true);
    focus.leaving(el);
    const ok = await actions.applyFixes(sheet, [fix]);
    if (!ok) setBusy(false);
  };

  const confirmIgnore = async (el: HTMLElement) => {
    if (busy) return;
    setBusy(true);
    focus.leaving(el);
    const ok = await actions.ignore(f, reason);
    if (!ok) setBusy(false);
  };
  const cancelIgnore = () => {
    setIgnoring(false);
    setReason("");
    mainRef.current?.focus();
  };
  const onReasonKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      void confirmIgnore(e.currentTarget);
    } else if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      cancelIgnore();
    }
  };

  return (
    <li
      className={mergeClasses(styles.root, props.compact && styles.compact)}
      onClick={onClick}
      data-testid={`finding-${f.address}-${f.ruleId}`}
      data-severity={f.severity}
      {...{ [FINDING_ITEM_ATTR]: findingId(f) }}
    >
      <button
        ref={mainRef}
        type="button"
        className={styles.main}
        {...{ [FINDING_MAIN_ATTR]: "" }}
        aria-label={format(s.goToCellAria, { severity, address: f.address, message })}
        data-testid="finding-main"
      >
        <SeverityIcon severity={f.severity} className={styles.icon} />
        <span className={styles.address}>
          {f.address}
          {props.caption ? <span className={styles.caption}> · {props.caption}</span> : null}
        </span>
        <span className={styles.message}>{message}</span>
      </button>
      <div className={styles.actions}>
        {fix && diff ? (
          <Button
            {...action}
            size="small"
            className={styles.fixButton}
            disabled={busy}
            aria-label={format(s.fixAria, {
              address: fix.address,
              from: diff.before + diff.removed + diff.after || s.emptyValue,
              to: diff.before + diff.added + diff.after || s.emptyValue,
            })}
            onClick={(e) => void applyFix(e.currentTarget)}
            data-testid="finding-fix"
          >
            <span className={styles.fixLabel}>{s.fix}：</span>
            <span className={styles.diff}>
              {diff.before}
              {diff.removed ? <del className={styles.removed}>{diff.removed}</del> : null}
              {diff.added ? <ins className={styles.added}>{diff.added}</ins> : null}
              {diff.after}
            </span>
          </Button>
        ) : null}
        <Button
          {...action}
          size="small"
          appearance="subtle"
          disabled={busy}
          aria-expanded={ignoring}
          aria-label={format(s.ignoreAria, { address: f.address, message })}
          onClick={() => setIgnoring((v) => !v)}
          data-testid="finding-ignore"
        >
          {s.ignore}
        </Button>
        <Button
          {...action}
          size="small"
          appearance="subtle"
          aria-expanded={details}
          aria-controls={detailsId}
          onClick={() => setDetails((v) => !v)}
          data-testid="finding-details"
        >
          {s.details}
        </Button>
        {ignoring ? (
          <div className={styles.ignoreForm} {...{ [NO_SELECT]: "" }} data-testid="ignore-form">
            <TextInput
              autoFocus
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              onKeyDown={onReasonKey}
              placeholder={s.ignoreReason}
              aria-label={s.ignoreReason}
              maxLength={500}
              rootClassName={styles.reason}
              data-testid="ignore-reason"
            />
            <Button
              size="small"
              appearance="primary"
              disabled={busy}
              onClick={(e) => void confirmIgnore(e.currentTarget)}
              data-testid="ignore-confirm"
            >
              {s.ignoreConfirm}
            </Button>
            <Button size="small" onClick={cancelIgnore}>
              {s.cancel}
            </Button>
          </div>
        ) : null}
        {details ? (
          <div id={detailsId} className={styles.details} {...{ [NO_SELECT]: "" }} data-testid="finding-details-text">
            <strong>{title}</strong>
            <p className={styles.description}>
              {engine()?.ruleById(f.ruleId)?.docs[locale]?.description ?? s.noDescription}
            </p>
            <span className={styles.code}>{format(s.ruleCode, { code: f.code, id: f.ruleId })}</span>
          </div>
        ) : null}
      </div>
    </li>
  );
}
