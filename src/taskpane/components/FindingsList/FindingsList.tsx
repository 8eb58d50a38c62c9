import { useMemo, useState } from "react";
import { Button, Text, mergeClasses } from "@fluentui/react-components";
import { ChevronRightRegular } from "@fluentui/react-icons";
import type { BlockInfo, Finding } from "../../../domain";
import { format } from "../../../domain/i18n";
import { usePane } from "../../context/PaneContext";
import { blockHeading, messageOf, ruleTitleOf, type KindGroup } from "../../state/selectors";
import { CountPill } from "../CountPill/CountPill";
import { FindingItem } from "../FindingItem/FindingItem";
import { IgnoredList } from "../IgnoredList/IgnoredList";
import { SeverityIcon } from "../SeverityIcon/SeverityIcon";
import { useFindingsListStyles } from "./FindingsList.styles";
import {
  FINDING_ACTION_ATTR,
  FINDING_ITEM_ATTR,
  FINDING_MAIN_ATTR,
  ListFocusContext,
  useFindingsList,
  useListFocus,
} from "./useFindingsList";

/**
 * The findings, errors first: each kind of finding (a rule's message) is one line however often it occurs — a
 * single place shows the finding itself; several show a count that expands into the places, with 全部修复 (N)
 * when they have fixes. ↑/↓ move between lines, → reaches a line's buttons. 已忽略 lists the ignored findings.
 */
export function FindingsList() {
  const styles = useFindingsListStyles();
  const { strings: s, dispatch } = usePane();
  const list = useFindingsList();
  const { state, kinds, hiddenInfos, rootRef, focus, onKeyDown } = list;
  const { result } = state;
  const blocks = useMemo(() => new Map((result?.blocks ?? []).map((b) => [b.id, b])), [result]);

  if (!result) return null;
  const ignored = result.ignored.length > 0 ? <IgnoredList /> : null;
  const infosNote =
    hiddenInfos > 0 ? (
      <p className={styles.note} data-testid="infos-hidden">
        {format(s.infosHidden, { count: hiddenInfos })}{" "}
        <Button
          size="small"
          appearance="transparent"
          onClick={() => dispatch({ type: "toggleSeverity", severity: "info" })}
          data-testid="show-infos"
        >
          {s.showInfos}
        </Button>
      </p>
    ) : null;
  if (result.findings.length === 0)
    return (
      <>
        <p className={styles.empty} data-testid="no-findings">
          {s.noFindings}
        </p>
        {ignored}
      </>
    );
  if (kinds.length === 0)
    return (
      <>
        <p className={styles.empty} data-testid="no-matches">
          {s.noMatches}
        </p>
        {infosNote}
        {ignored}
      </>
    );

  const caption = (f: Finding): string | undefined => {
    const b: BlockInfo | undefined = f.blockId !== undefined ? blocks.get(f.blockId) : undefined;
    return b ? blockHeading(b, state.locale) : undefined;
  };

  return (
    <ListFocusContext.Provider value={focus}>
      <section
        className={styles.root}
        aria-label={s.findingsLabel}
        aria-describedby="jixiao-keys"
        onKeyDown={onKeyDown}
        ref={rootRef}
        data-testid="findings"
      >
        <p id="jixiao-keys" className={styles.keys}>
          {s.keyboardHint}
        </p>
        <ul className={styles.list}>
          {kinds.map((g) =>
            g.findings.length === 1 ? (
              <FindingItem key={g.key} finding={g.findings[0]} sheet={result.sheet} caption={caption(g.findings[0])} />
            ) : (
              <KindItem key={g.key} group={g} sheet={result.sheet} caption={caption} list={list} />
            ),
          )}
        </ul>
        {infosNote}
      </section>
      {ignored}
    </ListFocusContext.Provider>
  );
}

interface KindItemProps {
  group: KindGroup;
  sheet: string;
  caption(f: Finding): string | undefined;
  list: Pick<ReturnType<typeof useFindingsList>, "isOpen" | "toggle" | "limitFor" | "showAll">;
}

/** A kind that occurs in several places: one line with the count (and 全部修复), the places below when opened. */
function KindItem({ group: g, sheet, caption, list }: KindItemProps) {
  const styles = useFindingsListStyles();
  const { state, strings: s, actions } = usePane();
  const focus = useListFocus();
  const [busy, setBusy] = useState(false);
  const locale = state.locale;
  const title = ruleTitleOf(g.findings[0], locale);
  // one message for all places (麻涌's twenty “无”) is said once on the line; compared by id and data, not by text
  const first = g.findings[0];
  const firstData = JSON.stringify(first.data);
  const common = g.findings.every((f) => f.messageId === first.messageId && JSON.stringify(f.data) === firstData)
    ? messageOf(first, locale)
    : null;
  const fixes = g.findings.flatMap((f) => (f.fix ? [f.fix] : []));
  const open = list.isOpen(g.key);
  const limit = list.limitFor(g.key);
  const panelId = `kind-${g.key.replace(/[^a-z0-9]+/gi, "-")}`;

  const fixAll = async (el: HTMLElement) => {
    if (busy) return;
    setBusy(true);
    focus.leaving(el);
    const ok = await actions.applyFixes(sheet, fixes);
    if (!ok) setBusy(false);
  };

  return (
    <li
      className={styles.kind}
      data-testid={`kind-${g.ruleId}`}
      data-severity={g.severity}
      data-count={g.findings.length}
      {...{ [FINDING_ITEM_ATTR]: `kind:${g.key}` }}
    >
      <div className={styles.kindHeader}>
        <button
          type="button"
          className={styles.kindMain}
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={format(s.kindAria, { severity: s[`severity_${g.severity}`], title, count: g.findings.length })}
          onClick={() => list.toggle(g.key)}
          {...{ [FINDING_MAIN_ATTR]: "" }}
          data-testid="kind-toggle"
        >
          <ChevronRightRegular aria-hidden className={mergeClasses(styles.chevron, open && styles.chevronOpen)} />
          <SeverityIcon severity={g.severity} className={styles.kindIcon} />
          <span className={styles.kindText}>
            <span className={styles.kindTitle}>{title}</span>
            {common ? <span className={styles.kindMessage}>{common}</span> : null}
          </span>
          <CountPill count={g.findings.length} severity={g.severity} aria-hidden />
        </button>
        {fixes.length >= 2 ? (
          <Button
            size="small"
            tabIndex={-1}
            disabled={busy}
            className={styles.fixAll}
            aria-label={format(s.fixAllAria, { title, count: fixes.length })}
            onClick={(e) => void fixAll(e.currentTarget)}
            {...{ [FINDING_ACTION_ATTR]: "" }}
            data-testid="fix-all"
          >
            {format(s.fixAll, { count: fixes.length })}
          </Button>
        ) : null}
      </div>
      <Text size={200} className={styles.kindCount}>
        {format(s.kindCount, { count: g.findings.length })}
      </Text>
      {open ? (
        <ul id={panelId} className={styles.places}>
          {g.findings.slice(0, limit).map((f, i) => (
            <FindingItem key={`${f.address}#${i}`} finding={f} sheet={sheet} caption={caption(f)} compact />
          ))}
          {g.findings.length > limit ? (
            <li>
              <Button
                appearance="subtle"
                size="small"
                onClick={() => list.showAll(g.key)}
                data-testid={`show-more-${g.ruleId}`}
              >
                {format(s.showMore, { count: g.findings.length - limit })}
              </Button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}
