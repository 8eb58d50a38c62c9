/**
 * Finding WPS 表格's application object: `wps.EtApplication()` in an add-in's pages (some builds throw from
 * it), else the global `Application`. Null outside WPS. The only place that reads those globals.
 */
import type { EtApplication } from "./et";

interface WpsGlobals {
  wps?: { EtApplication?: () => unknown };
  Application?: unknown;
}

function looksLikeEt(v: unknown): v is EtApplication {
  if (typeof v !== "object" || v === null) return false;
  try {
    return "ActiveSheet" in v && "ApiEvent" in v;
  } catch {
    return false;
  }
}

export function getEtApplication(scope: object = globalThis): EtApplication | null {
  const g = scope as WpsGlobals;
  if (typeof g.wps?.EtApplication === "function") {
    try {
      const app = g.wps.EtApplication();
      if (looksLikeEt(app)) return app;
    } catch {
      // fall back to the global Application
    }
  }
  return looksLikeEt(g.Application) ? g.Application : null;
}
