/**
 * 插入模板: template (form or indicator set), optional indicator sets for the table, the project's
 * fields, where to insert. Builds the block (pure), inserts it through the gateway (one Excel.run),
 * then re-checks the sheet and lists the cells still to fill.
 */
import { useId, useMemo, useState } from "react";
import { Button, mergeClasses } from "@fluentui/react-components";
import { format, formatBoth, type UiStringKey } from "../../../domain/i18n";
import { REFUSALS } from "../../../domain/insert";
import { TEMPLATE_GROUPS, type Template } from "../../../domain/templates";
import { useGateway } from "../../context/GatewayContext";
import { usePane } from "../../context/PaneContext";
import { errorText } from "../../state/errors";
import { TextInput } from "../TextInput/TextInput";
import { useTemplatesStyles } from "./Templates.styles";
import {
  buildFromForm,
  fieldsFor,
  initialForm,
  keyOf,
  pick,
  templateByKey,
  type InsertFormValues,
  type Library,
  type ParamField,
} from "./templatesLogic";

const LABELS: Record<ParamField, UiStringKey> = {
  name: "tplName",
  type: "tplType",
  level: "tplLevel",
  dept: "tplDept",
  unit: "tplUnit",
  startYear: "tplStartYear",
  endYear: "tplEndYear",
  budgetYear: "tplBudgetYear",
  budget: "tplBudget",
};
const NUMERIC: readonly ParamField[] = ["startYear", "endYear", "budgetYear", "budget"];
const WIDE: readonly ParamField[] = ["name", "type", "dept", "unit"];

export interface InsertFormProps {
  lib: Library;
}

interface Done {
  sheet: string;
  address: string;
  /** 请核对: cells holding a default or a figure from another town's form (marked on the sheet until edited). */
  review: string[];
}

export function InsertForm(props: InsertFormProps) {
  const styles = useTemplatesStyles();
  const gateway = useGateway();
  const { state, dispatch, strings: s, actions } = usePane();
  const locale = state.locale;
  const id = useId();
  const [v, setV] = useState<InsertFormValues>(initialForm);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const chosen = templateByKey(props.lib, v.template);
  const isForm = chosen !== undefined && chosen.kind !== "indicators";
  const set = <K extends keyof InsertFormValues>(k: K, value: InsertFormValues[K]) =>
    setV((old) => ({ ...old, [k]: value }));

  const groups = useMemo(() => {
    const all: { key: string; t: Template }[] = [
      ...props.lib.builtIn.map((t) => ({ key: keyOf(t, false), t })),
      ...props.lib.user.map((t) => ({ key: keyOf(t, true), t })),
    ];
    const by = new Map<string, { key: string; t: Template }[]>();
    for (const x of all) by.set(x.t.group, [...(by.get(x.t.group) ?? []), x]);
    return [...by.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  }, [props.lib]);
  const sets = groups.flatMap(([, list]) => list).filter((x) => x.t.kind === "indicators");

  const submit = async () => {
    setError(null);
    setDone(null);
    const built = buildFromForm(v, props.lib);
    if (!built.ok) {
      setError(pick(built.error, locale));
      return;
    }
    setBusy(true);
    try {
      const r = await gateway.insertBlock({ block: built.block, where: v.where, allowShift: v.allowShift });
      if (r.ok) {
        setDone({ sheet: r.sheet, address: r.address, review: r.review });
        dispatch({
          type: "notify",
          transient: true,
          intent: "success",
          title: "tplInserted",
          data: { address: r.address },
        });
        actions.checkNow(); // the pane re-checks the sheet at once
      } else {
        const text = formatBoth(REFUSALS[r.code], r.data);
        setError(pick(text, locale));
        dispatch({ type: "notify", intent: "warning", title: "tplNotInserted", body: { text } });
      }
    } catch (e) {
      const text = errorText(e);
      setError(text ? pick(text, locale) : s.errorUnknown);
      dispatch({
        type: "notify",
        intent: "error",
        title: "errorTitle",
        body: text ? { text } : { key: "errorUnknown" },
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.section}
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="tpl-insert-form"
    >
      <h2 id={`${id}-title`} className={styles.title}>
        {s.templatesTitle}
      </h2>
      <p className={styles.note}>{s.templatesNote}</p>
      <label className={styles.field}>
        {s.tplTemplate}
        <select
          className={styles.select}
          value={v.template}
          onChange={(e) => set("template", e.target.value)}
          data-testid="tpl-template"
        >
          {groups.map(([g, list]) => (
            <optgroup key={g} label={TEMPLATE_GROUPS[g] ? pick(TEMPLATE_GROUPS[g], locale) : g}>
              {list.map((x) => (
                <option key={x.key} value={x.key}>
                  {pick(x.t.name, locale)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {chosen ? <p className={styles.muted}>{pick(chosen.description, locale)}</p> : null}
      {isForm && sets.length > 0 ? (
        <fieldset className={styles.section}>
          <legend className={styles.subtitle}>{s.tplSets}</legend>
          <span className={styles.muted}>{s.tplSetsHint}</span>
          <div className={styles.checks} data-testid="tpl-sets">
            {sets.map((x) => (
              <label key={x.key} className={styles.check}>
                <input
                  type="checkbox"
                  className={styles.checkInput}
                  checked={v.sets.includes(x.key)}
                  onChange={(e) =>
                    set("sets", e.target.checked ? [...v.sets, x.key] : v.sets.filter((k) => k !== x.key))
                  }
                  data-testid={`tpl-set-${x.t.id}`}
                />
                <span>{pick(x.t.name, locale)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <fieldset className={styles.section}>
        <legend className={styles.subtitle}>{s.tplProjectInfo}</legend>
        <div className={styles.grid}>
          {fieldsFor(chosen).map((f) => (
            <label key={f} className={mergeClasses(styles.field, WIDE.includes(f) && styles.wide)}>
              {chosen?.kind === "department"
                ? f === "name"
                  ? s.tplDeptName
                  : f === "budget"
                    ? s.tplDeptBudget
                    : s[LABELS[f]]
                : s[LABELS[f]]}
              <TextInput
                value={v[f]}
                inputMode={NUMERIC.includes(f) ? "decimal" : undefined}
                onChange={(e) => set(f, e.target.value)}
                data-testid={`tpl-field-${f}`}
              />
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className={styles.section}>
        <legend className={styles.subtitle}>{s.tplWhere}</legend>
        {(["below", "selection"] as const).map((w) => (
          <label key={w} className={styles.check}>
            <input
              type="radio"
              className={styles.checkInput}
              name={`${id}-where`}
              checked={v.where === w}
              onChange={() => set("where", w)}
              data-testid={`tpl-where-${w}`}
            />
            <span>{w === "below" ? s.tplWhereBelow : s.tplWhereSelection}</span>
          </label>
        ))}
        {v.where === "selection" ? (
          <label className={styles.check}>
            <input
              type="checkbox"
              className={styles.checkInput}
              checked={v.allowShift}
              onChange={(e) => set("allowShift", e.target.checked)}
              data-testid="tpl-allow-shift"
            />
            <span>{s.tplAllowShift}</span>
          </label>
        ) : null}
      </fieldset>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy} data-testid="templates-insert">
          {busy ? s.tplWorking : s.templatesButton}
        </Button>
      </div>
      {error ? (
        <p className={styles.error} role="alert" data-testid="tpl-insert-error">
          {error}
        </p>
      ) : null}
      {done ? (
        <div className={styles.result} role="status" data-testid="tpl-insert-result">
          <span>{format(s.tplInserted, { address: done.address })}</span>
          {done.review.length > 0 ? (
            <>
              <span>{format(s.tplReview, { count: done.review.length })}</span>
              <ul className={styles.cells}>
                {done.review.map((a) => (
                  <li key={a}>
                    <button
                      type="button"
                      className={styles.cellLink}
                      aria-label={format(s.tplGoTo, { address: a })}
                      onClick={() => actions.select(done.sheet, a)}
                      data-testid={`tpl-review-${a}`}
                    >
                      {a}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <span>{s.tplToFillNone}</span>
          )}
        </div>
      ) : null}
    </form>
  );
}
