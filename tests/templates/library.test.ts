/**
 * The library itself: every template validates with zod, the index equals the folder listing, ids
 * equal file names, every default target says where it comes from, and the framework lists agree
 * with the engine's taxonomy. The schema is also shown to reject what it must.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parentOf } from "../../src/domain/model/taxonomy";
import {
  FRAMEWORKS,
  TEMPLATES,
  TEMPLATE_GROUPS,
  convertPair,
  isPair,
  level2Names,
  templateById,
  templateSchema,
  type Template,
} from "../../src/domain/templates";

const DIR = path.resolve(__dirname, "../../src/domain/templates");
const LIBRARY_FILES = fs
  .readdirSync(DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory() && /^\d{2}-/.test(e.name))
  .flatMap((d) =>
    fs
      .readdirSync(path.join(DIR, d.name))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => `${d.name}/${f.replace(/\.ts$/, "")}`),
  )
  .sort();

test("the index lists exactly the template files, sorted by path", () => {
  expect(LIBRARY_FILES.length).toBeGreaterThanOrEqual(12);
  expect(TEMPLATES.map((t) => `${t.group}/${t.id}`)).toEqual(LIBRARY_FILES);
});

test("the index imports each file once, in the same order (no hand-edited drift)", () => {
  const src = fs.readFileSync(path.join(DIR, "index.ts"), "utf8");
  const imported = [...src.matchAll(/from "\.\/(\d{2}-[^"]+)"/g)].map((m) => m[1]);
  expect(imported).toEqual(LIBRARY_FILES);
});

test("ids are unique", () => {
  expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
});

describe.each(TEMPLATES.map((t) => [t.id, t] as const))("%s", (_id, t: Template) => {
  test("validates with the zod schema", () => {
    const r = templateSchema.safeParse(t);
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });
  test("id = file name, group = folder, group has a display name", () => {
    expect(LIBRARY_FILES).toContain(`${t.group}/${t.id}`);
    expect(TEMPLATE_GROUPS[t.group]).toBeDefined();
    expect(templateById(t.id)).toBe(t);
  });
  test("says where its defaults come from, row by row", () => {
    expect(t.source).toMatch(/seed \d{3}|docs\/domain\.md §/);
    for (const r of t.rows) expect(r.source).toMatch(/^(seed \d{3}|docs\/domain\.md §)|seed \d{3}/);
  });
  test("never uses 预算执行率 as an indicator (it is a separately scored item)", () => {
    for (const r of t.rows) expect(r.l3).not.toMatch(/预算执行率|资金执行率|支出进度/);
  });
  test("every 满意度 target is a percentage at or above 85%", () => {
    const sat = t.rows.filter((r) => r.l1 === "满意度指标");
    expect(sat.length).toBeGreaterThan(0);
    for (const r of sat) {
      for (const v of [r.period, r.annual]) {
        const m = /^(≥|=)?(\d+(?:\.\d+)?)%$/.exec(v);
        expect(m).not.toBeNull();
        expect(Number(m![2])).toBeGreaterThanOrEqual(85);
      }
    }
  });
  test("has rows under every 一级 of its framework and a 数量 row", () => {
    for (const l1 of FRAMEWORKS[t.framework].level1) expect(t.rows.some((r) => r.l1 === l1)).toBe(true);
    expect(t.rows.some((r) => r.l2 === "数量指标")).toBe(true);
  });
});

test("the library covers both frameworks and every kind the issue names", () => {
  const kinds = new Set(TEMPLATES.map((t) => t.kind));
  expect([...kinds].sort()).toEqual(["department", "indicators", "project"]);
  expect(
    TEMPLATES.filter((t) => t.kind === "project")
      .map((t) => t.framework)
      .sort(),
  ).toEqual(["2020", "2021"]);
  const sets = TEMPLATES.filter((t) => t.kind === "indicators").map((t) => t.id);
  for (const id of [
    "labour-dispatch-staff",
    "social-worker-service",
    "system-maintenance",
    "leased-lines",
    "publicity-events",
    "training-events",
    "uniforms-equipment",
    "community-subsidy",
    "platform-construction",
  ]) {
    expect(sets).toContain(id);
  }
});

describe("framework lists agree with the engine's taxonomy", () => {
  test.each(["2020", "2021"] as const)("%s", (fw) => {
    const f = FRAMEWORKS[fw];
    for (const l1 of f.level1)
      for (const l2 of [...f.level2[l1], ...(f.extraLevel2[l1] ?? [])]) expect(parentOf(l2, fw)).toBe(l1);
    // and nothing the taxonomy knows is missing from the dropdown
    const names = level2Names(fw);
    for (const n of [
      "数量指标",
      "质量指标",
      "时效指标",
      "经济效益指标",
      "社会效益指标",
      "生态效益指标",
      "可持续影响指标",
      "服务对象满意度指标",
    ])
      expect(names).toContain(n);
    expect(names.includes("成本指标")).toBe(fw === "2020");
    expect(names.includes("经济成本指标")).toBe(fw === "2021");
  });
  test("conversion moves cost between the frameworks and back", () => {
    expect(convertPair("成本指标", "经济成本指标", "2020")).toEqual({ l1: "产出指标", l2: "成本指标" });
    expect(convertPair("产出指标", "成本指标", "2021")).toEqual({ l1: "成本指标", l2: "经济成本指标" });
    expect(convertPair("效益指标", "社会效益指标", "2020")).toEqual({ l1: "效益指标", l2: "社会效益指标" });
    expect(isPair("2020", "产出指标", "成本指标")).toBe(true);
    expect(isPair("2021", "产出指标", "成本指标")).toBe(false);
  });
});

describe("the schema rejects what it must", () => {
  const base = TEMPLATES.find((t) => t.id === "project-2021")!;
  const bad = (patch: Partial<Template> | ((t: Template) => Template)) =>
    templateSchema.safeParse(
      typeof patch === "function" ? patch(structuredClone(base)) : { ...structuredClone(base), ...patch },
    );

  test.each([
    [
      "a 二级 under the wrong 一级",
      (t: Template) => ({ ...t, rows: [{ ...t.rows[0], l1: "效益指标", l2: "质量指标" }, ...t.rows] }),
      "rows",
    ],
    [
      "成本指标 under 产出 in a 2021 template",
      (t: Template) => ({ ...t, rows: [{ ...t.rows[0], l1: "产出指标", l2: "成本指标" }, ...t.rows] }),
      "rows",
    ],
    ["an unknown 一级", (t: Template) => ({ ...t, rows: [{ ...t.rows[0], l1: "效果指标" }, ...t.rows] }), "rows"],
    [
      "an unknown placeholder",
      (t: Template) => ({ ...t, rows: [{ ...t.rows[0], annual: "≤{price}元" }, ...t.rows.slice(1)] }),
      "rows",
    ],
    ["a form without 满意度", (t: Template) => ({ ...t, rows: t.rows.filter((r) => r.l1 !== "满意度指标") }), "rows"],
    ["a non-kebab id", (t: Template) => ({ ...t, id: "Project 2021" }), "id"],
    ["a bad group", (t: Template) => ({ ...t, group: "forms" }), "group"],
    ["an empty target", (t: Template) => ({ ...t, rows: [{ ...t.rows[0], period: " " }, ...t.rows.slice(1)] }), "rows"],
    ["an unknown field", (t: Template) => ({ ...t, colour: "red" }) as Template, ""],
  ])("%s", (_name, patch, where) => {
    const r = bad(patch);
    expect(r.success).toBe(false);
    if (!r.success && where) expect(r.error.issues.some((i) => i.path[0] === where)).toBe(true);
  });
});
