/**
 * How a rule is written (CONTRIBUTING.md: 加一条规则 · Adding a rule): metadata + messages in both languages + `create(ctx)` returning
 * visitors. A rule detects and reports `{ messageId, at, data, fix? }`; it never writes message text,
 * never sets a severity, never touches Excel.
 */
import type { CellRange, CellValue, Category, Locale, MessageData, Severity } from "../model/types";
import type { Config } from "../config/schema";
import type { DepartmentModel, DocModel, ProjectListModel, ProjectModel, RowModel, TableModel } from "../engine/model";
import type { RowCache } from "./cache";
import type { RuleMeta } from "./meta";

export interface Where {
  row: number;
  col: number;
}

export interface Report<M extends string> {
  messageId: M;
  /** A cell, or a range. */
  at: Where | CellRange;
  data?: MessageData;
  /** One-click fix: put `to` in the cell at `at` (must be a single cell) if it still holds `from`. */
  fix?: { from: CellValue; to: string };
  blockId?: string;
}

export interface RuleContext<M extends string> {
  readonly config: Config;
  /** What many rules ask about a row (its 三级 name, value cells, what the name says), worked out once for this lint. */
  readonly cache: RowCache;
  report(r: Report<M>): void;
}

export interface Visitors {
  sheet?(doc: DocModel): void;
  table?(t: TableModel): void;
  row?(r: RowModel, t: TableModel): void;
  project?(p: ProjectModel): void;
  department?(d: DepartmentModel): void;
  projectList?(l: ProjectListModel): void;
}

export interface RuleDefinition<M extends string> {
  id: `${Category}/${string}`;
  code: string;
  category: Category;
  defaultSeverity: Severity;
  fixable?: boolean;
  docs: Record<Locale, { title: string; description: string }>;
  messages: Record<Locale, Record<M, string>>;
  create(ctx: RuleContext<M>): Visitors;
}

export interface Rule extends RuleMeta {
  create(ctx: RuleContext<string>): Visitors;
}

export function defineRule<M extends string>(def: RuleDefinition<M>): Rule {
  return {
    id: def.id,
    code: def.code,
    category: def.category,
    defaultSeverity: def.defaultSeverity,
    fixable: def.fixable ?? false,
    docs: def.docs,
    messages: def.messages,
    create: def.create,
  };
}
