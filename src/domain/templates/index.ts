/**
 * The template library: every built-in template (one file each under `<NN-group>/<id>.ts`, listed
 * here in path order — a test checks this list equals the folder listing) and the functions that
 * build, save, export and import templates.
 */
import type { Bilingual, Template, TemplateKind } from "./schema";
import t0 from "./10-forms/department-2021";
import t1 from "./10-forms/project-2020";
import t2 from "./10-forms/project-2021";
import t3 from "./20-staff/labour-dispatch-staff";
import t4 from "./20-staff/social-worker-service";
import t5 from "./30-it/leased-lines";
import t6 from "./30-it/system-maintenance";
import t7 from "./40-events/publicity-events";
import t8 from "./40-events/training-events";
import t9 from "./50-purchase/uniforms-equipment";
import t10 from "./60-subsidy/community-subsidy";
import t11 from "./70-platform/platform-construction";

export * from "./schema";
export * from "./frameworks";
export * from "./params";
export * from "./build-rows";
export * from "./build-block";
export * from "./from-block";
export * from "./io";

/** Built-in templates, sorted by `group/id`. */
export const TEMPLATES: readonly Template[] = [t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11];

/** Display names of the numbered groups. */
export const TEMPLATE_GROUPS: Readonly<Record<string, Bilingual>> = {
  "10-forms": { zh: "表样", en: "Forms" },
  "20-staff": { zh: "人员经费", en: "Staff" },
  "30-it": { zh: "信息化运维", en: "IT operations" },
  "40-events": { zh: "宣传与培训", en: "Publicity and training" },
  "50-purchase": { zh: "货物购置", en: "Purchases" },
  "60-subsidy": { zh: "补助", en: "Subsidies" },
  "70-platform": { zh: "平台建设", en: "Platforms" },
  "90-user": { zh: "我的模板", en: "My templates" },
};

export const KIND_NAMES: Readonly<Record<TemplateKind, Bilingual>> = {
  project: { zh: "项目表", en: "project form" },
  department: { zh: "部门表", en: "department form" },
  indicators: { zh: "指标组", en: "indicator set" },
};

/** A built-in template by id (or, given `extra`, a user template too). */
export function templateById(id: string, extra: readonly Template[] = []): Template | undefined {
  return TEMPLATES.find((t) => t.id === id) ?? extra.find((t) => t.id === id);
}
