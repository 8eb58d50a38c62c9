/**
 * The template library's data shape (STYLE §6.10), as zod schemas: built-in templates, user templates
 * saved from a sheet and imported JSON all pass the same `templateSchema`. Row names are checked
 * against the framework's taxonomy, so a template cannot carry a 二级 under the wrong 一级.
 */
import * as z from "zod";
import { looksLikeFormula } from "../model/safe-text";
import { FRAMEWORKS, isPair } from "./frameworks";

export interface Bilingual {
  zh: string;
  en: string;
}

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
      message: "不能以 = + - @ 开头写公式，模板只能包含文字",
      params: { en: "must not start a formula with = + - @; templates hold text only" },
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
    /** Where the default target comes from (a seed, or "DOMAIN §3 common practice"). */
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
    const issue = (path: (string | number)[], zh: string, en: string) => ctx.addIssue({ code: "custom", path, message: zh, params: { en } });
    if (!TEMPLATE_ID.test(t.id)) issue(["id"], `“${t.id}”应为小写英文加短横线，如“labour-dispatch-staff”`, `“${t.id}” must be kebab-case such as “labour-dispatch-staff”`);
    if (!TEMPLATE_GROUP.test(t.group)) issue(["group"], `“${t.group}”应为“两位数字-名称”，如“20-staff”`, `“${t.group}” must look like “20-staff”`);
    const fw = t.framework;
    t.rows.forEach((r, i) => {
      if (!FRAMEWORKS[fw].level1.includes(r.l1)) {
        issue(["rows", i, "l1"], `一级指标“${r.l1}”不属于${fw}年框架，应为：${FRAMEWORKS[fw].level1.join("、")}`, `一级 “${r.l1}” is not in the ${fw} framework; expected one of ${FRAMEWORKS[fw].level1.join(", ")}`);
      } else if (!isPair(fw, r.l1, r.l2)) {
        issue(["rows", i, "l2"], `二级指标“${r.l2}”不属于一级指标“${r.l1}”（${fw}年框架）`, `二级 “${r.l2}” does not belong to “${r.l1}” in the ${fw} framework`);
      }
      for (const field of ["period", "annual"] as const) {
        for (const m of r[field].matchAll(/\{([^}]*)\}/g)) {
          if (!(ROW_TOKENS as readonly string[]).includes(m[1])) {
            issue(["rows", i, field], `未知的占位符“{${m[1]}}”，可用：${ROW_TOKENS.map((k) => `{${k}}`).join("、")}`, `Unknown placeholder “{${m[1]}}”; expected ${ROW_TOKENS.map((k) => `{${k}}`).join(", ")}`);
          }
        }
      }
    });
    if (t.kind !== "indicators") {
      // a form template carries a complete table: every required 一级 has a 三级, 产出 has a 数量 row
      for (const l1 of FRAMEWORKS[fw].level1) {
        if (!t.rows.some((r) => r.l1 === l1)) {
          issue(["rows"], `表格缺少“${l1}”下的指标`, `The table has no indicator under “${l1}”`);
        }
      }
      if (!t.rows.some((r) => r.l1 === "产出指标" && r.l2 === "数量指标")) {
        issue(["rows"], "产出指标下缺少数量指标", "产出指标 has no 数量指标 row");
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
      .map((p, k) => (typeof p === "number" ? `[${p}]` : `${k === 0 ? "" : "."}${label && k === 0 ? label(String(p)) : String(p)}`))
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
