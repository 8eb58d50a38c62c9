import { useId } from "react";
import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  Input,
  OverlayDrawer,
  Radio,
  RadioGroup,
  Switch,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { allRules, CATEGORIES } from "../../../domain";
import { fmt } from "../../../domain/i18n";
import { usePane } from "../../context/PaneContext";
import { useSettingsPanelStyles } from "./SettingsPanel.styles";
import { useSettingsDraft, type FrameworkChoice } from "./useSettingsDraft";

const FRAMEWORKS: readonly FrameworkChoice[] = ["auto", "2020", "2021"];

/** Settings in an overlay drawer. Edits are a draft until Save (then stored in the workbook and applied). */
export function SettingsPanel() {
  const { state, dispatch, strings: s } = usePane();
  const close = () => dispatch({ type: "openSettings", open: false });
  return (
    <OverlayDrawer
      open={state.settingsOpen}
      position="end"
      size="full"
      onOpenChange={(_, d) => dispatch({ type: "openSettings", open: d.open })}
      aria-label={s.settingsTitle}
      data-testid="settings-panel"
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={<Button appearance="subtle" aria-label={s.dismiss} icon={<DismissRegular />} onClick={close} data-testid="settings-close" />}
        >
          {s.settingsTitle}
        </DrawerHeaderTitle>
      </DrawerHeader>
      {state.settingsOpen ? <SettingsForm onClose={close} /> : null}
    </OverlayDrawer>
  );
}

export interface SettingsFormProps {
  onClose(): void;
}

export function SettingsForm(props: SettingsFormProps) {
  const styles = useSettingsPanelStyles();
  const { state, strings: s, capabilities, actions } = usePane();
  const draft = useSettingsDraft(state.settings, capabilities.undoGrouping);
  const undoInfoId = useId();
  const locale = state.locale;

  const save = async () => {
    const next = draft.build();
    if (next) await actions.saveSettings(next);
  };

  return (
    <>
      <DrawerBody className={styles.body}>
        <fieldset className={styles.section}>
          <legend className={styles.heading}>{s.settingsFramework}</legend>
          <RadioGroup
            value={draft.framework}
            onChange={(_, d) => draft.setFramework(d.value as FrameworkChoice)}
            aria-label={s.settingsFramework}
            data-testid="settings-framework"
          >
            {FRAMEWORKS.map((fw) => (
              <Radio key={fw} value={fw} label={s[`framework_${fw}`]} data-testid={`settings-framework-${fw}`} />
            ))}
          </RadioGroup>
        </fieldset>

        <Field
          label={s.settingsFloor}
          hint={s.settingsFloorHint}
          validationState={draft.floorValid ? "none" : "error"}
          validationMessage={draft.floorValid ? undefined : s.settingsFloorInvalid}
        >
          <Input
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            value={draft.floorText}
            onChange={(_, d) => draft.setFloorText(d.value)}
            data-testid="settings-floor"
          />
        </Field>

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
            {capabilities.undoGrouping ? s.undoInfoSupported : s.undoInfoUnsupported}
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
            const rules = allRules.filter((r) => r.category === cat);
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
                      label={
                        <>
                          {title} <span className={styles.ruleCode}>{r.code}</span>
                        </>
                      }
                      aria-label={fmt(s.ruleSwitchAria, { title: `${title} ${r.code}` })}
                      data-testid={`settings-rule-${r.id}`}
                    />
                  );
                })}
              </div>
            );
          })}
        </section>
      </DrawerBody>
      <DrawerFooter className={styles.footer}>
        <Button appearance="primary" disabled={!draft.floorValid} onClick={() => void save()} data-testid="settings-save">
          {s.save}
        </Button>
        <Button onClick={props.onClose} data-testid="settings-cancel">
          {s.cancel}
        </Button>
      </DrawerFooter>
    </>
  );
}
