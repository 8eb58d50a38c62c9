import { useEffect, useId, useRef } from "react";
import { Button, Switch } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { CATEGORIES } from "../../../domain/model/types";
import { useEngine, type Engine } from "../../engine/engine";
import { format } from "../../../domain/i18n";
import { hostMessages } from "../../../domain/i18n/host";
import { usePane } from "../../context/PaneContext";
import { TextInput } from "../TextInput/TextInput";
import { useSettingsPanelStyles } from "./SettingsPanel.styles";
import { useSettingsDraft, type FrameworkChoice } from "./useSettingsDraft";

const FRAMEWORKS: readonly FrameworkChoice[] = ["auto", "2020", "2021"];

/**
 * Settings, shown in place of the findings (a task pane is too narrow for a side drawer, and
 * Fluent's Drawer/Dialog would add ~25–29 KB gzip). Focus moves to the heading on open; Escape
 * or Cancel closes. Edits are a draft until Save (then stored in the workbook and applied).
 */
export function SettingsPanel() {
  const styles = useSettingsPanelStyles();
  const { state, dispatch, strings: s } = usePane();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const close = () => dispatch({ type: "openSettings", open: false });
  useEffect(() => {
    if (state.settingsOpen) headingRef.current?.focus();
  }, [state.settingsOpen]);
  if (!state.settingsOpen) return null;
  return (
    <section
      className={styles.root}
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          close();
        }
      }}
      data-testid="settings-panel"
    >
      <div className={styles.header}>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.title}>
          {s.settingsTitle}
        </h2>
        <Button
          appearance="subtle"
          aria-label={s.cancel}
          icon={<DismissRegular />}
          onClick={close}
          data-testid="settings-close"
        />
      </div>
      <SettingsForm onClose={close} />
    </section>
  );
}

export interface SettingsFormProps {
  onClose(): void;
}

export function SettingsForm(props: SettingsFormProps) {
  const e = useEngine();
  const { strings: s } = usePane();
  // the rules and the config's defaults come with the engine, which is on its way since the pane started
  if (!e) return <p data-testid="settings-loading">{s.templatesLoading}</p>;
  return <SettingsFormBody onClose={props.onClose} engine={e} />;
}

function SettingsFormBody(props: SettingsFormProps & { engine: Engine }) {
  const styles = useSettingsPanelStyles();
  const { state, strings: s, capabilities, actions } = usePane();
  const { allRules } = props.engine;
  const draft = useSettingsDraft(state.settings, capabilities.undoGrouping, props.engine.defaultConfig());
  const undoInfoId = useId();
  const formId = useId();
  const locale = state.locale;

  const save = async () => {
    const next = draft.build();
    if (next) await actions.saveSettings(next);
  };

  return (
    <>
      <div className={styles.body}>
        <fieldset className={styles.section} data-testid="settings-framework">
          <legend className={styles.heading}>{s.settingsFramework}</legend>
          {FRAMEWORKS.map((fw) => (
            <label key={fw} className={styles.radio}>
              <input
                type="radio"
                name={`${formId}-framework`}
                value={fw}
                checked={draft.framework === fw}
                onChange={() => draft.setFramework(fw)}
                className={styles.radioInput}
                data-testid={`settings-framework-${fw}`}
              />
              {s[`framework_${fw}`]}
            </label>
          ))}
        </fieldset>

        <div className={styles.section}>
          <label htmlFor={`${formId}-floor`} className={styles.heading}>
            {s.settingsFloor}
          </label>
          <TextInput
            id={`${formId}-floor`}
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            step="any"
            value={draft.floorText}
            onChange={(e) => draft.setFloorText(e.target.value)}
            aria-invalid={!draft.floorValid}
            aria-describedby={`${formId}-floor-hint${draft.floorValid ? "" : ` ${formId}-floor-error`}`}
            rootClassName={styles.floor}
            data-testid="settings-floor"
          />
          <span id={`${formId}-floor-hint`} className={styles.hint}>
            {s.settingsFloorHint}
          </span>
          {draft.floorValid ? null : (
            <span id={`${formId}-floor-error`} className={styles.error} role="alert">
              {s.settingsFloorInvalid}
            </span>
          )}
        </div>

        <section className={styles.section} aria-labelledby="settings-highlighting-heading">
          <h3 id="settings-highlighting-heading" className={styles.heading}>
            {s.settingsHighlighting}
          </h3>
          <Switch
            checked={draft.liveHighlighting}
            onChange={(_, d) => draft.setLiveHighlighting(d.checked)}
            label={s.settingsLiveHighlighting}
            aria-describedby={undoInfoId}
            data-testid="settings-live-highlighting"
          />
          <p id={undoInfoId} className={styles.info} data-testid="settings-undo-info">
            {capabilities.undoNote
              ? format(hostMessages[capabilities.undoNote], {}, locale)
              : capabilities.undoGrouping
                ? s.undoInfoSupported
                : s.undoInfoUnsupported}
          </p>
          <Switch
            checked={draft.highlightsShown}
            onChange={(_, d) => draft.setHighlightsShown(d.checked)}
            label={s.settingsHighlightsShown}
            data-testid="settings-highlights-shown"
          />
        </section>

        <section className={styles.section} aria-labelledby="settings-rules-heading">
          <h3 id="settings-rules-heading" className={styles.heading}>
            {s.settingsRules}
          </h3>
          {allRules.length === 0 ? <p className={styles.info}>{s.settingsNoRules}</p> : null}
          {CATEGORIES.map((cat) => {
            // the engine's own failure report cannot be switched off: it says a check did not run
            const rules = allRules.filter((r) => r.category === cat && r.id !== "structure/internal-error");
            if (rules.length === 0) return null;
            return (
              <div key={cat} role="group" aria-label={s[`category_${cat}`]} data-testid={`settings-rules-${cat}`}>
                <h4 className={styles.subheading}>{s[`category_${cat}`]}</h4>
                {rules.map((r) => {
                  const title = r.docs[locale]?.title ?? r.id;
                  return (
                    <Switch
                      key={r.id}
                      checked={draft.ruleEnabled(r.id, r.code)}
                      onChange={(_, d) => draft.setRule(r.id, r.code, d.checked)}
                      label={title}
                      aria-label={format(s.ruleSwitchAria, { title })}
                      data-testid={`settings-rule-${r.id}`}
                    />
                  );
                })}
              </div>
            );
          })}
        </section>
      </div>
      <div className={styles.footer}>
        <Button
          appearance="primary"
          disabled={!draft.floorValid}
          onClick={() => void save()}
          data-testid="settings-save"
        >
          {s.save}
        </Button>
        <Button onClick={props.onClose} data-testid="settings-cancel">
          {s.cancel}
        </Button>
      </div>
    </>
  );
}
