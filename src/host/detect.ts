/**
 * Which spreadsheet program the page runs in, from the globals it finds at start-up: WPS 表格 exposes
 * `wps.EtApplication()` and/or an ET `Application` (with ActiveSheet and ApiEvent); Excel loads office.js,
 * which defines `Office`. WPS does not run Office.js add-ins, so WPS wins if both are somehow present.
 * Only presence is checked here; the WPS API itself is used in src/wps alone.
 */
export type HostKind = "excel" | "wps";

function isObject(v: unknown): v is object {
  return (typeof v === "object" && v !== null) || typeof v === "function";
}

function has(o: object, k: string): boolean {
  try {
    return k in o;
  } catch {
    return false;
  }
}

export function detectHost(scope: object = globalThis): HostKind | null {
  const g = scope as { wps?: unknown; Application?: unknown; Office?: unknown };
  if (isObject(g.wps) && has(g.wps, "EtApplication")) return "wps";
  if (isObject(g.Application) && has(g.Application, "ActiveSheet") && has(g.Application, "ApiEvent")) return "wps";
  if (isObject(g.Office)) return "excel";
  return null;
}
