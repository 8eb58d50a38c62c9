/**
 * Shared pane state (Context + useReducer) and the actions components call. The live-validation
 * loop starts once the stored settings are loaded.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, type Dispatch, type ReactNode } from "react";
import { Toast, ToastBody, ToastTitle, Toaster, useId, useToastController } from "@fluentui/react-components";
import type { Fix } from "../../domain";
import { fmt, uiStrings, type UiStrings } from "../../domain/i18n";
import type { Capabilities } from "../../excel/gateway";
import { useGateway } from "./GatewayContext";
import { useLiveValidation } from "../hooks/useLiveValidation";
import { initialPaneState, paneReducer, type Action, type PaneState } from "../state/paneReducer";
import { effectiveLiveHighlighting, loadPaneSettings, serializePaneSettings, type PaneSettings } from "../state/settings";
import { errorText } from "../state/errors";
import type { View } from "../state/locale";

export interface PaneActions {
  /** 检查本表: full re-read + lint + highlight refresh. */
  checkNow(): void;
  applyFix(sheet: string, fix: Fix): void;
  select(sheet: string, address: string): void;
  saveSettings(settings: PaneSettings): Promise<boolean>;
}

export interface PaneContextValue {
  state: PaneState;
  dispatch: Dispatch<Action>;
  strings: UiStrings;
  capabilities: Capabilities;
  /** Live highlighting as in effect (stored choice, else the Excel-version default). */
  liveHighlighting: boolean;
  actions: PaneActions;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const v = useContext(PaneContext);
  if (!v) throw new Error("usePane must be used inside <PaneProvider>");
  return v;
}

export interface PaneProviderProps {
  capabilities: Capabilities;
  locale: PaneState["locale"];
  view: View;
  children?: ReactNode;
}

export function PaneProvider(props: PaneProviderProps) {
  const gateway = useGateway();
  const { capabilities, locale } = props;
  const [state, dispatch] = useReducer(paneReducer, undefined, () => initialPaneState(locale, props.view));
  const strings = uiStrings(state.locale);
  const toasterId = useId("toaster");
  const { dispatchToast } = useToastController(toasterId);

  const reportError = useCallback(
    (e: unknown) => {
      const text = errorText(e);
      dispatch({ type: "notify", intent: "error", title: "errorTitle", body: text ? { text } : { key: "errorUnknown" } });
    },
    [dispatch],
  );

  useEffect(() => {
    let live = true;
    gateway.loadSettings().then(
      (raw) => live && dispatch({ type: "settingsLoaded", load: loadPaneSettings(raw) }),
      (e) => {
        if (!live) return;
        reportError(e);
        dispatch({ type: "settingsLoaded", load: loadPaneSettings(null) });
      },
    );
    return () => {
      live = false;
    };
  }, [gateway, reportError]);

  const liveHighlighting = effectiveLiveHighlighting(state.settings, capabilities.undoGrouping);
  const options = useMemo(
    () => ({ config: state.settings.config, liveHighlighting, highlightsShown: state.settings.highlightsShown }),
    [state.settings.config, liveHighlighting, state.settings.highlightsShown],
  );
  const controller = useLiveValidation(gateway, dispatch, options, state.settingsLoaded);

  const toast = useCallback(
    (intent: "success" | "warning" | "error", title: string, body?: string) =>
      dispatchToast(
        <Toast>
          <ToastTitle>{title}</ToastTitle>
          {body ? <ToastBody>{body}</ToastBody> : null}
        </Toast>,
        { intent, politeness: intent === "success" ? "polite" : "assertive" },
      ),
    [dispatchToast],
  );

  const actions = useMemo<PaneActions>(
    () => ({
      checkNow: () => void controller.current?.checkNow(),
      applyFix: (sheet, fix) => {
        const ctl = controller.current;
        if (!ctl) return;
        void ctl.applyFix(sheet, fix).then((r) => {
          if (r === "applied") toast("success", fmt(strings.fixApplied, { address: fix.address }));
          else if (r === "stale") toast("warning", strings.fixStaleTitle, fmt(strings.fixStaleBody, { address: fix.address }));
          else toast("error", fmt(strings.fixFailed, { address: fix.address }));
        });
      },
      select: (sheet, address) => {
        gateway.select(sheet, address).catch(reportError);
      },
      saveSettings: async (settings) => {
        try {
          const value = serializePaneSettings(settings);
          await gateway.saveSettings(value);
          dispatch({ type: "settingsSaved", settings: value });
          toast("success", strings.settingsSaved);
          return true;
        } catch (e) {
          reportError(e);
          return false;
        }
      },
    }),
    [controller, gateway, reportError, strings, toast],
  );

  const value = useMemo<PaneContextValue>(
    () => ({ state, dispatch, strings, capabilities, liveHighlighting, actions }),
    [state, strings, capabilities, liveHighlighting, actions],
  );

  return (
    <PaneContext.Provider value={value}>
      {props.children}
      <Toaster toasterId={toasterId} position="bottom" pauseOnHover pauseOnWindowBlur />
    </PaneContext.Provider>
  );
}
