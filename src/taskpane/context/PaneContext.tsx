/**
 * Shared pane state (Context + useReducer) and the actions components call. The live-validation
 * loop starts once the stored settings are loaded.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, type Dispatch, type ReactNode } from "react";
import type { Fix } from "../../domain";
import { uiStrings, type UiStrings } from "../../domain/i18n";
import type { Capabilities } from "../../host/gateway";
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

  const actions = useMemo<PaneActions>(
    () => ({
      checkNow: () => void controller.current?.checkNow(),
      applyFix: (sheet, fix) => {
        const ctl = controller.current;
        if (!ctl) return;
        void ctl.applyFix(sheet, fix).then((r) => {
          const data = { address: fix.address };
          if (r === "applied") dispatch({ type: "notify", transient: true, intent: "success", title: "fixApplied", data });
          else if (r === "stale")
            dispatch({ type: "notify", transient: true, intent: "warning", title: "fixStaleTitle", body: { key: "fixStaleBody", data } });
          else dispatch({ type: "notify", transient: true, intent: "error", title: "fixFailed", data });
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
          dispatch({ type: "notify", transient: true, intent: "success", title: "settingsSaved" });
          return true;
        } catch (e) {
          reportError(e);
          return false;
        }
      },
    }),
    [controller, gateway, reportError],
  );

  const value = useMemo<PaneContextValue>(
    () => ({ state, dispatch, strings, capabilities, liveHighlighting, actions }),
    [state, strings, capabilities, liveHighlighting, actions],
  );

  return (
    <PaneContext.Provider value={value}>{props.children}</PaneContext.Provider>
  );
}
