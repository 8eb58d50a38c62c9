/** Document settings through Office.js: our settings, the user's templates and the ignored findings. */
import { GatewayError, toGatewayError } from "../host/errors";
import { ensureOffice } from "./office-context";
import { SETTINGS_KEY } from "../host/constants";

export { IGNORES_KEY, SETTINGS_KEY, TEMPLATES_KEY } from "../host/constants";

export async function loadSettings(key: string = SETTINGS_KEY): Promise<unknown | null> {
  ensureOffice();
  try {
    const v = Office.context.document.settings.get(key) as unknown;
    return v === undefined ? null : v;
  } catch (e) {
    throw toGatewayError(e, "settings");
  }
}

export async function saveSettings(value: unknown, key: string = SETTINGS_KEY): Promise<void> {
  ensureOffice();
  try {
    Office.context.document.settings.set(key, value);
  } catch (e) {
    throw toGatewayError(e, "settings");
  }
  await new Promise<void>((resolve, reject) => {
    Office.context.document.settings.saveAsync((r: Office.AsyncResult<void>) => {
      if (r.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new GatewayError("settings-failed", { detail: r.error?.message, cause: r.error }));
    });
  });
}
