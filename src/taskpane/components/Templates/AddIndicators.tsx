/**
 * 添加标准指标: pick a table found by the last check, a 二级 group and indicators from the library
 * (searchable); the rows go right after the group's last row (entire rows inserted, nothing overwritten).
 */
import { useId, useMemo, useState } from "react";
import { Button } from "@fluentui/react-components";
import { format, formatBoth } from "../../../domain/i18n";
import { REFUSALS } from "../../../domain/insert";
import { useGateway } from "../../context/GatewayContext";
import { usePane } from "../../context/PaneContext";
import { errorText } from "../../state/errors";
import { TextInput } from "../TextInput/TextInput";
import { useTemplatesStyles } from "./Templates.styles";
import { groupsOf, libraryRowsFor, pick, type Library } from "./templatesLogic";

export interface AddIndicatorsProps {
  lib: Library;
}

export function AddIndicators(props: AddIndicatorsProps) {
  const styles = useTemplatesStyles();
  const gateway = useGateway();
  const { state, dispatch, strings: s, actions } = usePane();
  const locale = state.locale;
  const id = useId();
  // tables with columns (a coded 绩效指标 cell of a project list has none to add to)
  const tables = useMemo(
    () => (state.result?.tables ?? []).filter((t) => t.range.c2 - t.range.c1 >= 2),
    [state.result],
  );
  const [tableIndex, setTableIndex] = useState(0);
  const table = tables[Math.min(tableIndex, tables.length - 1)];
  const groups = table ? groupsOf(table.framework) : [];
  const firstPresent = table
    ? groups.findIndex((g) => table.indicators.some((i) => i.level1 === g.l1 && i.level2 === g.l2))
    : -1;
  const [groupChoice, setGroupChoice] = useState<number | null>(null);
  const groupIndex = groupChoice ?? Math.max(0, firstPresent);
  const group = groups[groupIndex];
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const rows = useMemo(
    () =>
      table && group
        ? libraryRowsFor(
            props.lib,
            table.framework,
            group,
            table.indicators.map((i) => i.level3 ?? ""),
            query,
          )
        : [],
    [props.lib, table, group, query],
  );

  const add = async () => {
    if (!table || !group) return;
    const picked = rows.filter((r) => chosen.includes(r.key) && !r.present).map((r) => r.row);
    if (picked.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const r = await gateway.addIndicatorRows({ table: table.range, l1: group.l1, l2: group.l2, rows: picked });
      if (r.ok) {
        setChosen([]);
        dispatch({
          type: "notify",
          transient: true,
          intent: "success",
          title: "tplAdded",
          data: { address: r.address, count: r.added },
        });
        actions.checkNow();
      } else {
        const text = formatBoth(REFUSALS[r.code], r.data);
        setError(pick(text, locale));
        dispatch({ type: "notify", intent: "warning", title: "tplNotAdded", body: { text } });
      }
    } catch (e) {
      const text = errorText(e);
      setError(text ? pick(text, locale) : s.errorUnknown);
    } finally {
      setBusy(false);
    }
  };

  const count = rows.filter((r) => chosen.includes(r.key) && !r.present).length;
  return (
    <section className={styles.section} aria-labelledby={`${id}-title`} data-testid="tpl-add">
      <h2 id={`${id}-title`} className={styles.title}>
        {s.tplAddTitle}
      </h2>
      {!table ? (
        <p className={styles.note}>{s.tplAddNoTable}</p>
      ) : (
        <>
          {tables.length > 1 ? (
            <label className={styles.field}>
              {s.tplAddTable}
              <select
                className={styles.select}
                value={tables.indexOf(table)}
                onChange={(e) => {
                  setTableIndex(Number(e.target.value));
                  setGroupChoice(null);
                  setChosen([]);
                }}
                data-testid="tpl-add-table"
              >
                {tables.map((t, i) => {
                  const title = state.result?.blocks.find((b) => b.id === t.blockId)?.title;
                  return (
                    <option key={t.address} value={i}>
                      {title ? `${title} · ${t.address}` : t.address}
                    </option>
                  );
                })}
              </select>
            </label>
          ) : null}
          <label className={styles.field}>
            {s.tplAddGroup}
            <select
              className={styles.select}
              value={groupIndex}
              onChange={(e) => {
                setGroupChoice(Number(e.target.value));
                setChosen([]);
              }}
              data-testid="tpl-add-group"
            >
              {groups.map((g, i) => (
                <option key={`${g.l1}|${g.l2}`} value={i}>
                  {`${g.l1} / ${g.l2}`}
                </option>
              ))}
            </select>
          </label>
          <TextInput
            aria-label={s.tplAddSearch}
            placeholder={s.tplAddSearch}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="tpl-add-search"
          />
          {rows.length === 0 ? (
            <p className={styles.muted}>{s.tplAddNone}</p>
          ) : (
            <div className={styles.checks} data-testid="tpl-add-rows">
              {rows.map((r) => (
                <label key={r.key} className={styles.check}>
                  <input
                    type="checkbox"
                    className={styles.checkInput}
                    disabled={r.present}
                    checked={r.present || chosen.includes(r.key)}
                    onChange={(e) =>
                      setChosen(e.target.checked ? [...chosen, r.key] : chosen.filter((k) => k !== r.key))
                    }
                    data-testid={`tpl-add-row-${r.row[2]}`}
                  />
                  <span>
                    {r.row[2]}：{r.row[4]}
                    <span className={styles.muted}>
                      {r.present ? ` · ${s.tplAddPresent}` : ` · ${pick(r.from, locale)}`}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          )}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={busy || count === 0}
              onClick={() => void add()}
              data-testid="tpl-add-button"
            >
              {busy ? s.tplWorking : format(s.tplAddButton, { count })}
            </Button>
          </div>
          {error ? (
            <p className={styles.error} role="alert" data-testid="tpl-add-error">
              {error}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
