/** Runs a LiveValidationController for the component's lifetime and feeds its events to the reducer. */
import { useEffect, useRef, type Dispatch } from "react";
import type { Gateway } from "../../host/gateway";
import { LiveValidationController, type LiveOptions } from "../live/LiveValidationController";
import type { Action } from "../state/paneReducer";
import { errorText } from "../state/errors";

export function useLiveValidation(
  gateway: Gateway,
  dispatch: Dispatch<Action>,
  options: LiveOptions,
  enabled: boolean,
): React.RefObject<LiveValidationController | null> {
  const ref = useRef<LiveValidationController | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  useEffect(() => {
    if (!enabled) return;
    const ctl = new LiveValidationController({ gateway }, optionsRef.current, {
      // a live check after an edit takes a few milliseconds: no "checking" state (a whole re-render of the pane) for it
      onCheckStarted: (seq, reason) => {
        if (reason === "initial" || reason === "manual" || reason === "config") dispatch({ type: "checkStarted", seq });
      },
      onResult: (seq, result) => dispatch({ type: "checkFinished", seq, result }),
      onError: (seq, e) => {
        const text = errorText(e);
        if (seq !== null) dispatch({ type: "checkFailed", seq, error: text });
        else
          dispatch({
            type: "notify",
            intent: "error",
            title: "errorTitle",
            body: text ? { text } : { key: "errorUnknown" },
          });
      },
    });
    ref.current = ctl;
    void ctl.start();
    return () => {
      ref.current = null;
      void ctl.stop();
    };
  }, [gateway, dispatch, enabled]);

  useEffect(() => {
    void ref.current?.setOptions(options);
  }, [options]);

  return ref;
}
