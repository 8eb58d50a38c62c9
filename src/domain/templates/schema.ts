/**
 * The template library's data shape (CONTRIBUTING.md: 加一个模板 · Adding a template), as zod schemas: built-in templates, user templates
 * saved from a sheet and imported JSON all pass the same `templateSchema`. Row names are checked
 * against the framework's taxonomy, so a template cannot carry a 二级 under the wrong 一级.
 */
import * as z from "zod";
import { looksLikeFormula } from "../model/safe-text";
import { FRAMEWORKS, isPair } from "./frameworks";
import { formatBoth, list, type Bilingual, type MessageData } from "../i18n/messages";
import { templateMessages } from "./messages";

/** Names and descriptions in both languages: the message system's one bilingual type. */
export type { Bilingual };

export const TEMPLATE_KINDS = ["project", "department", "indicators"] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** Kebab-case ASCII, equal to the file name for built-in templates. */
export const TEMPLATE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `NN-name`: the numbered folder a built-in template lives in (numbers with gaps, office-js-snippets). */
export const TEMPLATE_GROUP = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Placeholders a row value may hold; filled from the block's parameters (build-rows.ts). */
export const ROW_TOKENS = ["budget", "budgetWan"] as const;

/**
 * Template text is text only: nothing Excel would take as a formula when the block is written (an imported
 * file with "=HYPERLINK(…)" or "=WEBSERVICE(…)" in a field is refused, not written).
 */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((t) => !looksLikeFormula(t), {
      message: templateMessages.schemaFormula.zh,
      params: { en: templateMessages.schemaFormula.en },
    });

export const bilingualSchema = z.object({ zh: text(200), en: text(300) }).strict();

export const indicatorRowSchema = z
  .object({
    l1: text(20),
    l2: text(20),
    l3: text(100),
    /** 实施周期指标值 */
    period: text(200),
    /** 年度指标值 */
    annual: text(200),
    /** Where the default target comes from (a seed, or "docs/domain.md §3 common practice"). */
    source: text(300).optional(),
  })
  .strict();

export const taskSchema = z
  .object({
    name: text(100),
    content: text(1000),
    /** 元 */
    amount: z.number().finite().min(0).max(1e12),
    goal: text(1000),
  })
  .strict();

/** Defaults for the block's parameters (params.ts); everything optional. */
export const templateDefaultsSchema = z
  .object({
    name: text(200).optional(),
    type: text(100).optional(),
    level: text(50).optional(),
    /** 元: 预算金额 of a project, 项目支出 of a department. */
    budget: z.number().finite().min(0).max(1e12).optional(),
    periodGoal: text(2000).optional(),
    annualGoal: text(2000).optional(),
    staff: z.number().int().min(0).max(1e6).optional(),
    /** 元: 基本支出 of a department. */
    basicBudget: z.number().finite().min(0).max(1e12).optional(),
    tasks: z.array(taskSchema).max(50).optional(),
    otherTasks: text(1000).optional(),
  })
  .strict();

export const templateSchema = z
  .object({
    id: z.string().min(1).max(80),
    name: bilingualSchema,
    description: bilingualSchema,
    kind: z.enum(TEMPLATE_KINDS),
    framework: z.enum(["2020", "2021"]),
    group: z.string().min(1).max(80),
    /** Where the template's defaults come from, in one line. */
    source: text(500).optional(),
    rows: z.array(indicatorRowSchema).min(1).max(300),
    defaults: templateDefaultsSchema.optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const issue = (path: (string | number)[], id: keyof typeof templateMessages, data: MessageData = {}) => {
      const m = formatBoth(templateMessages[id], data);
      ctx.addIssue({ code: "custom", path, message: m.zh, params: { en: m.en } });
    };
    if (!TEMPLATE_ID.test(t.id)) issue(["id"], "schemaId", { id: t.id });
    if (!TEMPLATE_GROUP.test(t.group)) issue(["group"], "schemaGroup", { group: t.group });
    const fw = t.framework;
    t.rows.forEach((r, i) => {
      if (!FRAMEWORKS[fw].level1.includes(r.l1)) {
        issue(["rows", i, "l1"], "schemaLevel1", { l1: r.l1, framework: fw, expected: list(FRAMEWORKS[fw].level1) });
      } else if (!isPair(fw, r.l1, r.l2)) {
        issue(["rows", i, "l2"], "schemaLevel2", { l1: r.l1, l2: r.l2, framework: fw });
      }
      for (const field of ["period", "annual"] as const) {
        for (const m of r[field].matchAll(/\{([^}]*)\}/g)) {
          if (!(ROW_TOKENS as readonly string[]).includes(m[1])) {
            issue(["rows", i, field], "schemaToken", {
              token: `{${m[1]}}`,
              expected: list(ROW_TOKENS.map((k) => `{${k}}`)),
            });
          }
        }
      }
    });
    if (t.kind !== "indicators") {
      // a form template carries a complete table: every required 一级 has a 三级, 产出 has a 数量 row
      for (const l1 of FRAMEWORKS[fw].level1) {
        if (!t.rows.some((r) => r.l1 === l1)) {
          issue(["rows"], "schemaLevel1Missing", { l1 });
        }
      }
      if (!t.rows.some((r) => r.l1 === "产出指标" && r.l2 === "数量指标")) {
        issue(["rows"], "schemaQuantityMissing");
      }
    }
  });

export type IndicatorRow = z.output<typeof indicatorRowSchema>;
export type Task = z.output<typeof taskSchema>;
export type TemplateDefaults = z.output<typeof templateDefaultsSchema>;
export type Template = z.output<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;

/**
 * Zod issues as one readable line per issue, `rows[2].l1: message`, in the given language: our own
 * checks carry both texts (message = zh, params.en); zod's built-in ones follow zod's locale.
 */
export function issueLines(error: z.ZodError, lang: "zh" | "en", max = 8, label?: (key: string) => string): string[] {
  const out = error.issues.slice(0, max).map((i) => {
    const where = i.path
      .map((p, k) =>
        typeof p === "number" ? `[${p}]` : `${k === 0 ? "" : "."}${label && k === 0 ? label(String(p)) : String(p)}`,
      )
      .join("");
    const en = (i as { params?: { en?: unknown } }).params?.en;
    const msg = lang === "en" && typeof en === "string" ? en : i.message;
    return where ? `${where}: ${msg}` : msg;
  });
  if (error.issues.length > max) out.push(`… (+${error.issues.length - max})`);
  return out;
}

/** Define a built-in template: the object is validated by the tests, typed here. */
export function defineTemplate(t: TemplateInput): Template {
  return t;
}
