/**
 * The parameters of a block (项目名称, 项目类型, 项目等级, 主管部门, 用款单位, 起始年度, 到期年度,
 * 预算年度, 预算金额 …): a zod schema for what a caller may give, and `parseParams`, which fills every
 * missing value from the template's defaults so that "filled with its defaults" is a complete block.
 * Messages are zh-CN in the schema (authoritative) with an en-US twin in `PARAM_MESSAGES`.
 */
import * as z from "zod";
import { defineMessages, formatBoth } from "../i18n/messages";
import { templateMessages } from "./messages";
import type { Bilingual, Task, Template } from "./schema";
import { taskSchema } from "./schema";

/** The parameter checks' texts: zod carries the zh-CN one as its message; `parseParams` shows the pair. */
export const PARAM_MESSAGES = defineMessages({
  year: { zh: "应为 1990–2099 之间的四位年份", en: "Expected a four-digit year between 1990 and 2099" },
  money: { zh: "应为不小于 0 的金额（元）", en: "Expected an amount in yuan that is not negative" },
  count: { zh: "应为不小于 0 的整数", en: "Expected a whole number that is not negative" },
  text: { zh: "不能为空，且不超过 200 个字", en: "Must not be empty or longer than 200 characters" },
  longText: { zh: "不能为空，且不超过 2000 个字", en: "Must not be empty or longer than 2000 characters" },
  order: { zh: "起始年度不能晚于到期年度", en: "The start year must not be after the end year" },
  budgetYear: {
    zh: "预算年度应在实施周期（起始年度至到期年度）之内",
    en: "The budget year must lie within the period (start year to end year)",
  },
  tasks: {
    zh: "年度重点工作任务的金额合计超过了项目支出",
    en: "The tasks' amounts add up to more than the project spending",
  },
});

const ZH_TO_EN = new Map<string, string>(Object.values(PARAM_MESSAGES).map((m) => [m.zh, m.en]));

/** Field names for messages. */
export const PARAM_LABELS: Record<string, Bilingual> = {
  name: { zh: "项目名称", en: "name" },
  type: { zh: "项目类型", en: "project type" },
  level: { zh: "项目等级", en: "project level" },
  dept: { zh: "主管部门", en: "department in charge" },
  unit: { zh: "用款单位", en: "spending unit" },
  startYear: { zh: "起始年度", en: "start year" },
  endYear: { zh: "到期年度", en: "end year" },
  budgetYear: { zh: "预算年度", en: "budget year" },
  budget: { zh: "预算金额", en: "budget" },
  periodGoal: { zh: "实施周期总目标", en: "period goal" },
  annualGoal: { zh: "年度目标", en: "annual goal" },
  staff: { zh: "财政供养人员数", en: "staff count" },
  basicBudget: { zh: "基本支出", en: "basic spending" },
  tasks: { zh: "年度重点工作任务", en: "key tasks" },
  otherTasks: { zh: "其他需完成的任务", en: "other tasks" },
};

/** "2025" → 2025, "1,234.50" → 1234.5; anything else is left for zod to reject. */
function numeric(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const s = v.trim().replace(/,/g, "");
  return /^[-+]?\d+(\.\d+)?$/.test(s) ? Number(s) : v;
}

const year = z.preprocess(
  numeric,
  z
    .number({ error: PARAM_MESSAGES.year.zh })
    .int({ error: PARAM_MESSAGES.year.zh })
    .min(1990, { error: PARAM_MESSAGES.year.zh })
    .max(2099, { error: PARAM_MESSAGES.year.zh }),
);
const money = z.preprocess(
  numeric,
  z
    .number({ error: PARAM_MESSAGES.money.zh })
    .finite({ error: PARAM_MESSAGES.money.zh })
    .min(0, { error: PARAM_MESSAGES.money.zh })
    .max(1e12, { error: PARAM_MESSAGES.money.zh }),
);
const count = z.preprocess(
  numeric,
  z
    .number({ error: PARAM_MESSAGES.count.zh })
    .int({ error: PARAM_MESSAGES.count.zh })
    .min(0, { error: PARAM_MESSAGES.count.zh })
    .max(1e6, { error: PARAM_MESSAGES.count.zh }),
);
const text = z
  .string({ error: PARAM_MESSAGES.text.zh })
  .trim()
  .min(1, { error: PARAM_MESSAGES.text.zh })
  .max(200, { error: PARAM_MESSAGES.text.zh });
const longText = z
  .string({ error: PARAM_MESSAGES.longText.zh })
  .trim()
  .min(1, { error: PARAM_MESSAGES.longText.zh })
  .max(2000, { error: PARAM_MESSAGES.longText.zh });

/** What a caller may give. Every field is optional; strings of digits are accepted for numbers (the command line). */
export const paramsSchema = z
  .object({
    name: text.optional(),
    type: text.optional(),
    level: text.optional(),
    dept: text.optional(),
    unit: text.optional(),
    startYear: year.optional(),
    endYear: year.optional(),
    budgetYear: year.optional(),
    budget: money.optional(),
    periodGoal: longText.optional(),
    annualGoal: longText.optional(),
    staff: count.optional(),
    basicBudget: money.optional(),
    tasks: z.array(taskSchema).max(50).optional(),
    otherTasks: longText.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.startYear !== undefined && p.endYear !== undefined && p.startYear > p.endYear) {
      ctx.addIssue({ code: "custom", path: ["endYear"], message: PARAM_MESSAGES.order.zh });
    }
    if (p.budgetYear !== undefined) {
      if (
        (p.startYear !== undefined && p.budgetYear < p.startYear) ||
        (p.endYear !== undefined && p.endYear !== OPEN_ENDED && p.budgetYear > p.endYear)
      ) {
        ctx.addIssue({ code: "custom", path: ["budgetYear"], message: PARAM_MESSAGES.budgetYear.zh });
      }
    }
    if (p.tasks && p.budget !== undefined && p.tasks.reduce((s, t) => s + t.amount, 0) > p.budget + 0.005) {
      ctx.addIssue({ code: "custom", path: ["tasks"], message: PARAM_MESSAGES.tasks.zh });
    }
  });

export type ParamsInput = z.input<typeof paramsSchema>;

/** 到期年度 2099 means open-ended (docs/domain.md §5). */
export const OPEN_ENDED = 2099;

/** Every parameter resolved: what the block is built from. Money in 元. */
export interface BlockParams {
  name: string;
  type: string;
  level: string;
  dept: string;
  unit: string;
  startYear: number;
  endYear: number;
  budgetYear: number;
  budget: number;
  periodGoal: string;
  annualGoal: string;
  staff: number;
  basicBudget: number;
  tasks: Task[];
  otherTasks: string;
}
export type ParamKey = keyof BlockParams;

export const PLACEHOLDER = {
  projectName: "（请填写项目名称）",
  deptName: "（请填写部门名称）",
  dept: "（请填写主管部门）",
  unit: "（请填写用款单位）",
} as const;

export const GENERIC_DEFAULTS = {
  type: "其他特定目标类（部门职能类）",
  level: "二级项目",
  budget: 100000,
  periodGoal: "{name}：按计划完成各项工作任务，实现项目绩效目标，资金使用规范、有效。",
  annualGoal: "{year}年度按计划完成{name}的各项工作任务，各项绩效指标达到年度目标值。",
  deptGoal: "目标1：完成年度重点工作任务，各项绩效指标达到年度目标值。目标2：保障部门正常运转，资金使用规范、有效。",
  staff: 10,
  basicBudget: 500000,
  /** 其他需完成的任务 is optional (可选填): left blank unless given. */
  otherTasks: "",
};

export type ParseParamsResult =
  | { ok: true; params: BlockParams; defaulted: ParamKey[] }
  | { ok: false; error: Bilingual; issues: { zh: string[]; en: string[] } };

export interface ParamsOptions {
  /** Indicator sets the table is built from (their defaults feed the project's name, budget and goals). */
  sets?: readonly Template[];
  /** Budget year when none is given (default: the current year). */
  defaultYear?: number;
}

function fill(s: string, p: { name: string; year: number; budget: number }): string {
  return s
    .replace(/\{name\}/g, p.name)
    .replace(/\{year\}/g, String(p.year))
    .replace(/\{budgetWan\}/g, formatWan(p.budget));
}

/** 元 → 万元 text with at most 2 decimals, no trailing zeros: 190000 → "19", 217085 → "21.71". */
export function formatWan(yuan: number): string {
  return String(Math.round(yuan / 100) / 100);
}

/** Where the defaults come from: the template itself, or the indicator sets its table is built from. */
function defaultsSources(template: Template, sets: readonly Template[]): Template[] {
  const own = template.kind === "indicators" ? [template] : [];
  const all = [...own, ...sets];
  if (template.kind === "indicators") return all;
  return sets.length === 1 ? [sets[0], template] : [template];
}

/**
 * Validates `input` and fills the gaps. `defaulted` lists the parameters that took a default (the
 * cells built from name, dept, unit, budget and goals are then "still to fill" for the user).
 */
export function parseParams(template: Template, input: unknown = {}, options: ParamsOptions = {}): ParseParamsResult {
  const r = paramsSchema.safeParse(input ?? {});
  if (!r.success) {
    const zh: string[] = [];
    const en: string[] = [];
    for (const i of r.error.issues.slice(0, 8)) {
      const key = String(i.path[0] ?? "");
      const label = PARAM_LABELS[key];
      zh.push(`${label ? `${label.zh}（${key}）` : key}：${i.message}`);
      en.push(`${label && label.en !== key ? `${key} (${label.en})` : key}: ${ZH_TO_EN.get(i.message) ?? i.message}`);
    }
    return {
      ok: false,
      error: formatBoth(templateMessages.paramsInvalid, { issues: { zh: zh.join("；"), en: en.join("; ") } }),
      issues: { zh, en },
    };
  }
  const given = r.data;
  const sets = options.sets ?? [];
  const sources = defaultsSources(template, sets);
  const pick = <K extends keyof NonNullable<Template["defaults"]>>(k: K) => {
    for (const s of sources) {
      const v = s.defaults?.[k];
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const defaulted: ParamKey[] = [];
  const take = <T>(key: ParamKey, v: T | undefined, fallback: () => T): T => {
    if (v !== undefined) return v;
    defaulted.push(key);
    return fallback();
  };
  const dept = template.kind === "department";

  // years: whatever was given wins; the rest adapts so that the defaults never contradict it
  const thisYear = options.defaultYear ?? new Date().getFullYear();
  let by = given.budgetYear;
  if (by === undefined) {
    by = thisYear;
    if (given.startYear !== undefined && by < given.startYear) by = given.startYear;
    if (given.endYear !== undefined && given.endYear !== OPEN_ENDED && by > given.endYear) by = given.endYear;
  }
  const budgetYear = take("budgetYear", given.budgetYear, () => by);
  const startYear = take("startYear", given.startYear, () => Math.min(budgetYear, given.endYear ?? budgetYear));
  const endYear = take("endYear", given.endYear, () => Math.min(OPEN_ENDED, Math.max(startYear, budgetYear) + 2));

  // budget: the sets' budgets add up when a table is built from several of them
  const setBudgets = (template.kind === "indicators" ? [template, ...sets] : sets).map((s) => s.defaults?.budget);
  const budget = take("budget", given.budget, () =>
    setBudgets.some((b) => b !== undefined)
      ? setBudgets.reduce<number>((s, b) => s + (b ?? 0), 0)
      : (template.defaults?.budget ?? GENERIC_DEFAULTS.budget),
  );

  const name = take("name", given.name, () => pick("name") ?? (dept ? PLACEHOLDER.deptName : PLACEHOLDER.projectName));
  const ctx = { name, year: budgetYear, budget };
  const params: BlockParams = {
    name,
    type: take("type", given.type, () => pick("type") ?? GENERIC_DEFAULTS.type),
    level: take("level", given.level, () => pick("level") ?? GENERIC_DEFAULTS.level),
    dept: take("dept", given.dept, () => PLACEHOLDER.dept),
    // 用款单位 is usually the 主管部门 itself: taken from it, it is not a guess left to fill
    unit: take("unit", given.unit ?? given.dept, () => PLACEHOLDER.unit),
    startYear,
    endYear,
    budgetYear,
    budget,
    periodGoal: take("periodGoal", given.periodGoal, () =>
      fill(pick("periodGoal") ?? (dept ? GENERIC_DEFAULTS.deptGoal : GENERIC_DEFAULTS.periodGoal), ctx),
    ),
    annualGoal: take("annualGoal", given.annualGoal, () =>
      fill(pick("annualGoal") ?? GENERIC_DEFAULTS.annualGoal, ctx),
    ),
    staff: take("staff", given.staff, () => pick("staff") ?? GENERIC_DEFAULTS.staff),
    basicBudget: take("basicBudget", given.basicBudget, () => pick("basicBudget") ?? GENERIC_DEFAULTS.basicBudget),
    tasks: take("tasks", given.tasks, () => defaultTasks(pick("tasks"), budget, name)),
    otherTasks: take("otherTasks", given.otherTasks, () => pick("otherTasks") ?? GENERIC_DEFAULTS.otherTasks),
  };
  return { ok: true, params, defaulted };
}

/** The template's tasks when they fit the budget; otherwise one task carrying the whole 项目支出. */
function defaultTasks(tasks: readonly Task[] | undefined, budget: number, name: string): Task[] {
  if (tasks && tasks.length > 0 && tasks.reduce((s, t) => s + t.amount, 0) <= budget + 0.005)
    return tasks.map((t) => ({ ...t }));
  return [
    {
      name: "年度重点工作任务（请填写）",
      content: `（请填写${name}本年度的主要实施内容）`,
      amount: budget,
      goal: "（请填写期望达到的目标）",
    },
  ];
}
