/**
 * The templates view's pure parts (tested without rendering): the insert form's values → a block,
 * the library rows offered for a 二级 group, and the user's own templates as stored in the workbook
 * (zod-validated; a bad stored value is kept untouched until the user saves).
 */
import * as z from "zod";
import type { Framework } from "../../../domain";
import { enUS, zhCN } from "../../../domain/i18n";
import {
  FRAMEWORKS,
  TEMPLATES,
  buildRows,
  convertPair,
  templateSchema,
  tryBuildBlock,
  type Bilingual,
  type Block,
  type Template,
} from "../../../domain/templates";

export type Where = "below" | "selection";

export interface InsertFormValues {
  /** `b:<id>` for a built-in template, `u:<id>` for one of the user's. */
  template: string;
  /** Indicator sets that fill the table (same keys). */
  sets: string[];
  name: string;
  type: string;
  level: string;
  dept: string;
  unit: string;
  startYear: string;
  endYear: string;
  budgetYear: string;
  budget: string;
  where: Where;
  allowShift: boolean;
}

export const PARAM_FIELDS = [
  "name",
  "type",
  "level",
  "dept",
  "unit",
  "startYear",
  "endYear",
  "budgetYear",
  "budget",
] as const;
export type ParamField = (typeof PARAM_FIELDS)[number];
/** A department form has no 项目类型/等级, 用款单位 or period. */
export const DEPARTMENT_FIELDS: readonly ParamField[] = ["name", "budgetYear", "budget"];

export function initialForm(): InsertFormValues {
  return {
    template: "b:project-2021",
    sets: [],
    name: "",
    type: "",
    level: "",
    dept: "",
    unit: "",
    startYear: "",
    endYear: "",
    budgetYear: "",
    budget: "",
    where: "below",
    allowShift: true,
  };
}

export interface Library {
  builtIn: readonly Template[];
  user: readonly Template[];
}

export const keyOf = (t: Template, user: boolean): string => `${user ? "u" : "b"}:${t.id}`;

export function templateByKey(lib: Library, key: string): Template | undefined {
  const [kind, id] = [key.slice(0, 1), key.slice(2)];
  return (kind === "u" ? lib.user : lib.builtIn).find((t) => t.id === id);
}

/** The fields the form shows for a template. */
export function fieldsFor(t: Template | undefined): readonly ParamField[] {
  return t?.kind === "department" ? DEPARTMENT_FIELDS : PARAM_FIELDS;
}

/** What the user typed, without the blanks (blank = the template's default, flagged as still to fill). */
export function paramsFromForm(v: InsertFormValues, t: Template | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fieldsFor(t)) {
    const s = v[f].trim();
    if (s !== "") out[f] = s;
  }
  return out;
}

export type BuildFromForm = { ok: true; block: Block } | { ok: false; error: Bilingual };

export function buildFromForm(
  v: InsertFormValues,
  lib: Library,
  defaultYear = new Date().getFullYear(),
): BuildFromForm {
  const t = templateByKey(lib, v.template);
  if (!t) return { ok: false, error: { zh: zhCN.tplChooseTemplate, en: enUS.tplChooseTemplate } };
  const sets = v.sets
    .map((k) => templateByKey(lib, k))
    .filter((x): x is Template => x !== undefined && x.kind === "indicators" && x.id !== t.id);
  return tryBuildBlock(t, paramsFromForm(v, t), { sets, defaultYear });
}

/** (一级, 二级) pairs of a framework, in form order (the choices of 添加标准指标). */
export function groupsOf(fw: Framework): { l1: string; l2: string }[] {
  const f = FRAMEWORKS[fw];
  return f.level1.flatMap((l1) => [...f.level2[l1], ...(f.extraLevel2[l1] ?? [])].map((l2) => ({ l1, l2 })));
}

export interface LibraryRow {
  key: string;
  /** [一级, 二级, 三级, 实施周期指标值, 年度指标值] in the table's framework. */
  row: string[];
  from: Bilingual;
  /** The table already has this 三级. */
  present: boolean;
}

const key3 = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

/** Library indicators for one group of a table of framework `fw`, matching `query` (三级 or target text). */
export function libraryRowsFor(
  lib: Library,
  fw: Framework,
  group: { l1: string; l2: string },
  existing: readonly string[],
  query = "",
): LibraryRow[] {
  const have = new Set(existing.map(key3));
  const q = key3(query).toLowerCase();
  const seen = new Set<string>();
  const out: LibraryRow[] = [];
  for (const t of [...lib.builtIn, ...lib.user]) {
    for (const row of buildRows(t, fw)) {
      const pair = convertPair(row[0], row[1], fw);
      if (pair.l1 !== group.l1 || pair.l2 !== group.l2) continue;
      const k = key3(row[2]);
      if (seen.has(k)) continue;
      seen.add(k);
      if (q !== "" && !key3(`${row[2]}${row[3]}${row[4]}`).toLowerCase().includes(q)) continue;
      out.push({ key: k, row: [pair.l1, pair.l2, row[2], row[3], row[4]], from: t.name, present: have.has(k) });
    }
  }
  return out;
}

// ---------------------------------------------------------------- the user's templates in the workbook

export const USER_TEMPLATES_VERSION = 1;

export const userTemplatesSchema = z
  .object({
    version: z.literal(USER_TEMPLATES_VERSION),
    templates: z.array(templateSchema).max(500),
  })
  .strict();

export interface UserTemplatesLoad {
  templates: Template[];
  /** Why the stored value is not used (it stays in the workbook until the user saves). */
  problem: "invalid" | null;
}

/** Validates what the workbook holds. Never throws. */
export function readUserTemplates(raw: unknown): UserTemplatesLoad {
  if (raw === null || raw === undefined) return { templates: [], problem: null };
  const r = userTemplatesSchema.safeParse(raw);
  return r.success ? { templates: r.data.templates, problem: null } : { templates: [], problem: "invalid" };
}

export function storedUserTemplates(list: readonly Template[]): z.output<typeof userTemplatesSchema> {
  return userTemplatesSchema.parse({ version: USER_TEMPLATES_VERSION, templates: list });
}

/** `incoming` added to `list`; a template with the same id replaces the old one. Built-in ids are taken. */
export function mergeTemplates(
  list: readonly Template[],
  incoming: readonly Template[],
): { templates: Template[]; renamed: number } {
  const out = [...list];
  let renamed = 0;
  for (const t0 of incoming) {
    let t = t0;
    if (TEMPLATES.some((b) => b.id === t.id)) {
      t = { ...t, id: `user-${t.id}`.slice(0, 80) };
      renamed++;
    }
    const i = out.findIndex((x) => x.id === t.id);
    if (i >= 0) out[i] = t;
    else out.push(t);
  }
  return { templates: out, renamed };
}

export { pick } from "../../../domain/i18n";
