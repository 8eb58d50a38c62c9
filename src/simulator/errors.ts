/** Errors shaped like OfficeExtension.Error: `name`, `code`, `message`, `debugInfo`. */
export const SimErrorCodes = {
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  itemNotFound: "ItemNotFound",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  notImplemented: "NotImplemented",
  invalidObjectPath: "InvalidObjectPath",
} as const;

export class SimRichApiError extends Error {
  override name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  /** Tests look for this to tell simulator errors from bugs. */
  readonly simulated = true;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = errorLocation ? { code, message, errorLocation } : { code, message };
  }
}

export function propertyNotLoaded(prop: string, entity: string): SimRichApiError {
  return new SimRichApiError(
    SimErrorCodes.propertyNotLoaded,
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${prop}`,
  );
}

export function itemNotFound(what: string): SimRichApiError {
  return new SimRichApiError(SimErrorCodes.itemNotFound, "The requested resource doesn't exist.", what);
}

export function invalidArgument(
  where: string,
  detail = "The argument is invalid or missing or has an incorrect format.",
): SimRichApiError {
  return new SimRichApiError(SimErrorCodes.invalidArgument, detail, where);
}

export function apiNotFound(api: string, set: string): SimRichApiError {
  return new SimRichApiError(
    SimErrorCodes.apiNotFound,
    `The API you are trying to use could not be found. It may be available in a newer version of Excel (${api} needs ExcelApi ${set}).`,
    api,
  );
}
