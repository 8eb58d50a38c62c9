/**
 * One pass: read the sheet into the document model, then let every enabled rule visit it.
 * Never throws: a rule that fails becomes a `structure/internal-error` finding and the others go on.
 */
import type { CellRange, Finding, LintResult, Severity, SheetInput } from "../model/types";
import type { Config, ConfigInput } from "../config/schema";
import { ruleKeyMatches } from "../config/rule-key";
import { rangeToA1 } from "../model/a1";
import { allRules } from "../rules/index";
import { RowCache } from "../rules/cache";
import type { Report, Rule, Visitors } from "../rules/define";
import { Grid } from "./grid";
import type { DocModel, TableModel } from "./model";
import { blocksOf, readModel, resolveConfig, tableInfo } from "./tables";

interface Instance {
  rule: Rule;
  severity: Severity;
  v: Visitors;
}

/** The blocks a rule visits one by one, and what each visitor is handed. */
type BlockKind = "project" | "department" | "projectList" | "table";
type BlockOf<K extends BlockKind> = Parameters<NonNullable<Visitors[K]>>[0];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function severityFor(rule: Rule, config: Config): Severity | "off" {
  const rules = config.rules;
  for (const key of Object.keys(rules)) if (ruleKeyMatches(key, rule.id, rule.code)) return rules[key];
  return rule.defaultSeverity;
}

export function lintSheet(input: SheetInput, configInput?: ConfigInput | Config): LintResult {
  const name = input && typeof input.name === "string" ? input.name : "";
  const result: LintResult = { sheet: name, blocks: [], tables: [], findings: [] };
  let grid: Grid;
  let doc: DocModel;
  const config = resolveConfig(configInput);
  try {
    grid = new Grid(input ?? { name: "", values: [] });
    doc = readModel(grid, config);
  } catch (e) {
    result.findings.push(internalError("structure/reader", { r1: 1, c1: 1, r2: 1, c2: 1 }, e));
    return result;
  }
  const bounds = doc.bounds;
  result.blocks = blocksOf(doc);
  result.tables = doc.tables.map(tableInfo);
  if (!bounds) return result;

  let currentBlock: string | undefined;
  const instances: Instance[] = [];
  const cache = new RowCache(doc.rowCount);
  for (const rule of allRules) {
    const severity = severityFor(rule, config);
    if (severity === "off") continue;
    const ctx = {
      config,
      cache,
      report(rep: Report<string>) {
        const range = clamp(
          "r1" in rep.at ? rep.at : { r1: rep.at.row, c1: rep.at.col, r2: rep.at.row, c2: rep.at.col },
          bounds,
        );
        const address = rangeToA1(range);
        const f: Finding = {
          ruleId: rule.id,
          code: rule.code,
          category: rule.category,
          severity,
          messageId: rep.messageId,
          data: rep.data ?? {},
          range,
          address,
        };
        const blockId = rep.blockId ?? currentBlock;
        if (blockId) f.blockId = blockId;
        if (rep.fix && range.r1 === range.r2 && range.c1 === range.c2 && rep.fix.to !== rep.fix.from) {
          f.fix = { row: range.r1, col: range.c1, address, from: rep.fix.from, to: rep.fix.to };
        }
        result.findings.push(f);
      },
    };
    try {
      instances.push({ rule, severity, v: rule.create(ctx) });
    } catch (e) {
      result.findings.push(internalError(rule.id, bounds, e));
    }
  }
  // A rule that throws is reported once and skipped from then on. No closure per call, and loops by index (a for…of
  // iterator is an object per loop here: the calls inside are megamorphic, so V8 keeps it): these loops run once per
  // block and table, and for every row.
  const failed = new Set<string>();
  const fail = (inst: Instance, e: unknown) => {
    failed.add(inst.rule.id);
    result.findings.push(internalError(inst.rule.id, bounds, e));
  };
  function visitAll<K extends BlockKind>(visitors: Instance[], kind: K, node: BlockOf<K>): void {
    for (let i = 0; i < visitors.length; i++) {
      const inst = visitors[i];
      if (failed.has(inst.rule.id)) continue;
      try {
        (inst.v[kind] as (n: BlockOf<K>) => void)(node);
      } catch (e) {
        fail(inst, e);
      }
    }
  }
  const having = (kind: keyof Visitors) => instances.filter((i) => i.v[kind] !== undefined);
  const tableVisitors = having("table");
  const rowVisitors = having("row");
  // Each table is checked right after its block, while its rows are still in the processor's cache (the document of a
  // large sheet is far larger): no rule looks at one block after another.
  const pending = new Set(doc.tables);
  const visitTable = (t: TableModel) => {
    if (!pending.delete(t)) return;
    currentBlock = t.blockId;
    visitAll(tableVisitors, "table", t);
    // hot loop: one try per rule and table
    const rows = t.rows;
    for (let i = 0; i < rowVisitors.length; i++) {
      const inst = rowVisitors[i];
      if (failed.has(inst.rule.id)) continue;
      const visit = inst.v.row!;
      try {
        for (let j = 0; j < rows.length; j++) visit(rows[j], t);
      } catch (e) {
        fail(inst, e);
      }
    }
  };

  const sheetVisitors = having("sheet");
  for (let i = 0; i < sheetVisitors.length; i++) {
    const inst = sheetVisitors[i];
    try {
      inst.v.sheet!(doc);
    } catch (e) {
      fail(inst, e);
    }
  }
  const projectVisitors = having("project");
  for (const p of doc.projects) {
    currentBlock = p.id;
    visitAll(projectVisitors, "project", p);
    for (const t of p.tables) visitTable(t);
  }
  const departmentVisitors = having("department");
  for (const d of doc.departments) {
    currentBlock = d.id;
    visitAll(departmentVisitors, "department", d);
    for (const t of d.tables) visitTable(t);
  }
  const listVisitors = having("projectList");
  for (const l of doc.lists) {
    currentBlock = l.id;
    visitAll(listVisitors, "projectList", l);
    for (const r of l.rows) if (r.table) visitTable(r.table);
  }
  for (const t of doc.tables) visitTable(t);
  result.findings.sort(
    (a, b) =>
      a.range.r1 - b.range.r1 ||
      a.range.c1 - b.range.c1 ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  dropRepeats(result.findings);
  return result;
}

/**
 * A finding reported twice (same rule, message, range and data) is kept once: the first reported. Done on the sorted
 * list, where findings at one cell stand together and the sort keeps the order they were reported in — cheaper than
 * a key per finding while the rules run.
 */
function dropRepeats(findings: Finding[]): void {
  let n = 0;
  next: for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    for (let j = n - 1; j >= 0; j--) {
      const kept = findings[j];
      if (kept.range.r1 !== f.range.r1 || kept.range.c1 !== f.range.c1) break;
      if (sameFinding(kept, f)) continue next;
    }
    findings[n++] = f;
  }
  findings.length = n;
}

function sameFinding(a: Finding, b: Finding): boolean {
  if (a.ruleId !== b.ruleId || a.messageId !== b.messageId || a.address !== b.address) return false;
  for (const k in a.data) if (!(k in b.data) || String(a.data[k]) !== String(b.data[k])) return false;
  for (const k in b.data) if (!(k in a.data)) return false;
  return true;
}

function within(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Math.floor(Number.isFinite(v) ? v : lo)));
}

function clamp(r: CellRange, b: CellRange): CellRange {
  const c = within;
  const r1 = c(Math.min(r.r1, r.r2), b.r1, b.r2),
    r2 = c(Math.max(r.r1, r.r2), b.r1, b.r2);
  const c1 = c(Math.min(r.c1, r.c2), b.c1, b.c2),
    c2 = c(Math.max(r.c1, r.c2), b.c1, b.c2);
  return { r1, c1, r2, c2 };
}

function internalError(ruleId: string, at: CellRange, e: unknown): Finding {
  const range = { r1: at.r1, c1: at.c1, r2: at.r1, c2: at.c1 };
  return {
    ruleId: "structure/internal-error",
    code: "JX199",
    category: "structure",
    severity: "error",
    messageId: "failed",
    data: { rule: ruleId, detail: String(e instanceof Error ? e.message : e).slice(0, 120) },
    range,
    address: rangeToA1(range),
  };
}
