import type { Finding } from "./types";

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

/** Errors, warnings and 提示 counted. */
export function summarize(findings: readonly Pick<Finding, "severity">[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error") s.errors++;
    else if (f.severity === "warning") s.warnings++;
    else s.infos++;
  }
  return s;
}
