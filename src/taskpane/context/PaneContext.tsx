/**
 * Shared pane state (Context + useReducer) and the actions components call. The live-validation
 * loop starts once the stored settings are loaded.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  type Dispatch,
  type ReactNode,
} from "react";
import type { Finding, Fix } from "../../domain";
import type { IgnoreEntry } from "../../domain/ignores";
import { uiStrings, type UiStrings } from "../../domain/i18n";
import type { Capabilities } from "../../host/gateway";
import { useGateway } from "./GatewayContext";
import { useLiveValidation } from "../hooks/useLiveValidation";
import { initialPaneState, paneReducer, type Action, type PaneState } from "../state/paneReducer";
import { effectiveLiveHighlighting, type PaneSettings } from "../state/settings";
import { loadEngine } from "../engine/engine";
import { errorText } from "../state/errors";
import type { View } from "../state/locale";

export interface PaneActions {
  /** 检查本表: full re-read + lint + highlight refresh. */
  checkNow(): void;
  /** 修复 (one) / 全部修复 (several): resolves true when written. */
  applyFixes(sheet: string, fixes: readonly Fix[]): Promise<boolean>;
  /** 忽略此条, with an optional reason; resolves true when saved in the workbook. */
  ignore(finding: Finding, reason: string): Promise<boolean>;
  /** 恢复 an ignored finding. */
  restore(entry: IgnoreEntry): Promise<boolean>;
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
      dispatch({
        type: "notify",
        intent: "error",
        title: "errorTitle",
        body: text ? { text } : { key: "errorUnknown" },
      });
    },
    [dispatch],
  );

  useEffect(() => {
    let live = true;
    // the settings are validated by the engine chunk (zod), which is on its way since the pane started
    Promise.all([
      gateway.loadSettings().then(
        (raw) => ({ raw, error: null as unknown }),
        (e: unknown) => ({ raw: null, error: e }),
      ),
      loadEngine(),
    ]).then(
      ([{ raw, error }, e]) => {
        if (!live) return;
        if (error) reportError(error);
        dispatch({ type: "settingsLoaded", load: e.loadPaneSettings(raw) });
      },
      (e) => live && reportError(e),
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
      applyFixes: async (sheet, fixes) => {
        const ctl = controller.current;
        if (!ctl || fixes.length === 0) return false;
        const r = await ctl.applyFixes(sheet, fixes);
        const data = { address: r.stale[0] ?? fixes[0].address, count: r.applied };
        if (r.status === "applied") {
          const undo = capabilities.undo ?? (capabilities.undoGrouping ? "grouped" : "cleared");
          const body = undo === "grouped" ? "undoGrouped" : undo === "cleared" ? "undoCleared" : "undoNotRecorded";
          dispatch({
            type: "notify",
            transient: true,
            intent: "success",
            title: fixes.length === 1 ? "fixApplied" : "fixesApplied",
            data,
            body: { key: body },
          });
        } else if (r.status === "stale")
          dispatch({
            type: "notify",
            transient: true,
            intent: "warning",
            title: "fixStaleTitle",
            body: { key: "fixStaleBody", data },
          });
        else dispatch({ type: "notify", transient: true, intent: "error", title: "fixFailed", data });
        return r.status === "applied";
      },
      ignore: async (finding, reason) => {
        const ok = (await controller.current?.ignore(finding, reason)) ?? false;
        if (ok)
          dispatch({
            type: "notify",
            transient: true,
            intent: "success",
            title: "ignoredToast",
            data: { address: finding.address },
            body: { key: "ignoredToastBody" },
          });
        return ok;
      },
      restore: async (entry) => {
        const ok = (await controller.current?.restore(entry)) ?? false;
        if (ok)
          dispatch({
            type: "notify",
            transient: true,
            intent: "success",
            title: "restoredToast",
            data: { address: entry.address },
          });
        return ok;
      },
      select: (sheet, address) => {
        gateway.select(sheet, address).catch(reportError);
      },
      saveSettings: async (settings) => {
        try {
          const value = (await loadEngine()).serializePaneSettings(settings);
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
    [controller, gateway, reportError, capabilities],
  );

  const value = useMemo<PaneContextValue>(
    () => ({ state, dispatch, strings, capabilities, liveHighlighting, actions }),
    [state, strings, capabilities, liveHighlighting, actions],
  );

  return <PaneContext.Provider value={value}>{props.children}</PaneContext.Provider>;
}
