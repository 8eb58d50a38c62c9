/** Test helpers: hand-made findings and results, for pane tests that do not run the engine. */
import { fromA1, type BlockInfo, type Category, type Finding, type Fix, type Severity } from "../../domain";
import type { ShownResult } from "../state/paneReducer";

let n = 0;

export function finding(
  address: string,
  severity: Severity,
  opts: Partial<Finding> & { category?: Category } = {},
): Finding {
  const range = fromA1(address);
  if (!range) throw new Error(`bad address ${address}`);
  n++;
  return {
    ruleId: opts.ruleId ?? `${opts.category ?? "value"}/rule-${n}`,
    code: opts.code ?? `JX${100 + n}`,
    category: opts.category ?? "value",
    severity,
    messageId: opts.messageId ?? `message-${n}`,
    data: opts.data ?? {},
    range,
    address,
    ...(opts.blockId !== undefined ? { blockId: opts.blockId } : {}),
    ...(opts.fix ? { fix: opts.fix } : {}),
  };
}

export function fix(address: string, from: Fix["from"], to: string): Fix {
  const r = fromA1(address)!;
  return { row: r.r1, col: r.c1, address, from, to };
}

export function block(id: string, kind: BlockInfo["kind"], address: string, title?: string): BlockInfo {
  return { id, kind, range: fromA1(address)!, address, ...(title ? { title } : {}) };
}

/** A check's result as the pane holds it (nothing ignored unless given). */
export function result(
  sheet: string,
  findings: Finding[],
  blocks: BlockInfo[] = [],
  ignored: ShownResult["ignored"] = [],
): ShownResult {
  return { sheet, blocks, tables: [], findings, ignored };
}
