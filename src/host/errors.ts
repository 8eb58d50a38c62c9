/**
 * Errors a gateway throws (Excel's and WPS's alike): a stable code, a message id of `hostMessages`
 * (src/domain/i18n/host.ts) and its data — never text; the task pane renders them (`hostErrorText`), never a stack
 * trace for the user. Pure: toGatewayError maps Office.js error codes; the WPS gateway maps its own failures to codes.
 */
import type { HostMessageId } from "../domain/i18n/host";
import { groupDigits } from "../domain/model/limits";

export type GatewayErrorCode =
  | "not-in-office"
  | "cell-edit"
  | "not-found"
  | "unsupported"
  | "too-large"
  | "too-many-cells"
  | "protected"
  | "read-failed"
  | "write-failed"
  | "select-failed"
  | "subscribe-failed"
  | "settings-failed"
  | "no-workbook";

export type GatewayOperation = "read" | "write" | "select" | "subscribe" | "settings";

export interface GatewayErrorOptions {
  officeCode?: string;
  /** The host's own words (an Office error code, a WPS error text), shown in brackets after the message. */
  detail?: string;
  cause?: unknown;
  /** The message when it is not the code's own (`hostMessages` has one per code). */
  messageId?: HostMessageId;
  data?: Readonly<Record<string, string | number>>;
}

export class GatewayError extends Error {
  readonly code: GatewayErrorCode;
  /** What to tell the user: an id of `hostMessages`, with `data` for its placeholders. */
  readonly messageId: HostMessageId;
  readonly data: Readonly<Record<string, string | number>>;
  readonly detail?: string;
  /** The Office error code behind it (e.g. "ItemNotFound"), when there was one. */
  readonly officeCode?: string;

  constructor(code: GatewayErrorCode, options: GatewayErrorOptions = {}) {
    const messageId = options.messageId ?? code;
    super(options.detail ? `${messageId} (${options.detail})` : messageId);
    this.name = "GatewayError";
    this.code = code;
    this.messageId = messageId;
    this.data = options.data ?? {};
    if (options.detail) this.detail = options.detail;
    if (options.officeCode) this.officeCode = options.officeCode;
    if (options.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

const FALLBACK: Record<GatewayOperation, GatewayErrorCode> = {
  read: "read-failed",
  write: "write-failed",
  select: "select-failed",
  subscribe: "subscribe-failed",
  settings: "settings-failed",
};

/** Maps whatever Office.js threw to a GatewayError (already-mapped errors pass through). */
export function toGatewayError(e: unknown, op: GatewayOperation): GatewayError {
  if (e instanceof GatewayError) return e;
  const officeCode =
    typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string"
      ? (e as { code: string }).code
      : undefined;
  const opts = { officeCode, detail: officeCode, cause: e };
  switch (officeCode) {
    case "InvalidOperationInCellEditMode":
      return new GatewayError("cell-edit", opts);
    case "ItemNotFound":
      return new GatewayError("not-found", opts);
    case "ApiNotFound":
    case "NotImplemented":
      return new GatewayError("unsupported", opts);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new GatewayError("too-large", opts);
    case "AccessDenied":
    case "EditModeCellLocked":
      return new GatewayError("protected", opts);
  }
  if (e instanceof ReferenceError) return new GatewayError("not-in-office", { cause: e });
  return new GatewayError(FALLBACK[op], opts);
}

/** The refusal for a used range over the cell limit (message `too-many-cells-sheet`). */
export function tooManyCells(sheet: string, cells: number, max: number): GatewayError {
  return new GatewayError("too-many-cells", {
    messageId: "too-many-cells-sheet",
    data: { sheet, cells: groupDigits(cells), max: groupDigits(max) },
  });
}
