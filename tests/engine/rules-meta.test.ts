/**
 * Meta-tests over the rule registry (stylelint / typescript-eslint / ESLint checkRuleFiles):
 * ids, codes, files, docs and messages in both languages, and that the rule tests hit every message.
 * The six category case tables are imported (they do not register their jest tests when imported) and
 * run here again through the same checks, to collect the (ruleId, messageId) pairs they hit.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CATEGORIES, allRules, formatFinding, lintSheet, ruleById, type Finding } from "../../src/domain";
import { fromLocaleTables, parityProblems } from "../../src/domain/i18n";
import { checkCase, checkTable, cleanTable, hitPairs, set, type CategoryCases } from "./rule-tester";
import { cases as structure } from "./rules/structure.test";
import { cases as taxonomy } from "./rules/taxonomy.test";
import { cases as value } from "./rules/value.test";
import { cases as completeness } from "./rules/completeness.test";
import { cases as budget } from "./rules/budget.test";
import { cases as project } from "./rules/project.test";

const RULES_DIR = path.resolve(__dirname, "../../src/domain/rules");
const TABLES: Record<string, CategoryCases> = { structure, taxonomy, value, completeness, budget, project };
const DIGIT: Record<string, string> = {
  structure: "1",
  taxonomy: "2",
  value: "3",
  completeness: "4",
  budget: "5",
  project: "6",
};
/** Reported by the engine when a rule throws, never by a rule's create(). */
const ENGINE_REPORTED = "structure/internal-error";
/**
 * Messages allowed to use a locale-named placeholder ({zh} / {en}) that only their own locale shows.
 * project/field-missing passes the field's name in both languages as data; reported to the lead.
 */
const LOCALE_PLACEHOLDERS: Record<string, string[]> = {};

const caseCount = { valid: 0, invalid: 0 };
const problems: string[] = [];
beforeAll(() => {
  for (const [category, table] of Object.entries(TABLES)) {
    for (const [ruleId, rc] of Object.entries(table)) {
      if (!ruleId.startsWith(`${category}/`)) problems.push(`${ruleId} is in the ${category} case table`);
      for (const p of checkTable(ruleId, rc)) problems.push(`${ruleId}: ${p}`);
      rc.valid.forEach((c, i) => {
        caseCount.valid++;
        for (const p of checkCase(ruleId, "valid", c)) problems.push(`${ruleId} valid #${i + 1}: ${p}`);
      });
      rc.invalid.forEach((c, i) => {
        caseCount.invalid++;
        for (const p of checkCase(ruleId, "invalid", c)) problems.push(`${ruleId} invalid #${i + 1}: ${p}`);
      });
    }
  }
});

test("every case of the six category tables passes when run from here too", () => {
  expect(problems).toEqual([]);
  expect(caseCount.valid).toBeGreaterThanOrEqual(allRules.length - 1);
  expect(caseCount.invalid).toBeGreaterThanOrEqual(allRules.length - 1);
});

test("rule ids and codes are unique; the registry is sorted by id", () => {
  const ids = allRules.map((r) => r.id);
  const codes = allRules.map((r) => r.code);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(codes).size).toBe(codes.length);
  expect(ids).toEqual([...ids].sort());
});

test("every file under rules/<category>/ that defines a rule is registered", () => {
  const defined: string[] = [];
  for (const category of CATEGORIES) {
    for (const f of fs.readdirSync(path.join(RULES_DIR, category))) {
      if (!f.endsWith(".ts") || f.endsWith(".test.ts")) continue;
      if (fs.readFileSync(path.join(RULES_DIR, category, f), "utf8").includes("defineRule"))
        defined.push(`${category}/${f.slice(0, -3)}`);
    }
  }
  expect(defined.sort()).toEqual(allRules.map((r) => r.id).sort());
});

describe.each(allRules.map((r) => [r.id, r] as const))("%s", (id, rule) => {
  test("id is category/kebab-name, in its category folder, in its own file", () => {
    expect(id).toMatch(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/);
    const [category, name] = id.split("/");
    expect(CATEGORIES).toContain(rule.category);
    expect(category).toBe(rule.category);
    expect(fs.existsSync(path.join(RULES_DIR, category, `${name}.ts`))).toBe(true);
    expect(ruleById(id)).toBe(rule);
    expect(ruleById(rule.code.toLowerCase())).toBe(rule);
  });

  test("code is JX + three digits, the hundreds digit naming the category", () => {
    expect(rule.code).toMatch(/^JX\d{3}$/);
    expect(rule.code[2]).toBe(DIGIT[rule.category]);
  });

  test("zh-CN and en-US docs have a title and a description", () => {
    for (const loc of ["zh-CN", "en-US"] as const) {
      expect(rule.docs[loc].title.trim()).not.toBe("");
      expect(rule.docs[loc].description.trim()).not.toBe("");
    }
    expect(rule.docs["zh-CN"].title).toMatch(/[\u4e00-\u9fa5]/);
    expect(rule.docs["en-US"].title).toMatch(/^[A-Z0-9一-龥]/);
  });

  test("both locales have the same messageIds, each with the same placeholders", () => {
    const zh = rule.messages["zh-CN"],
      en = rule.messages["en-US"];
    expect(Object.keys(zh).length).toBeGreaterThan(0);
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const allowed = Object.fromEntries(Object.keys(zh).map((m) => [m, LOCALE_PLACEHOLDERS[`${id}|${m}`] ?? []]));
    expect(parityProblems(fromLocaleTables(rule.messages), allowed)).toEqual([]);
  });

  test("zh messages end with 。, en messages start with a capital or a quote and end with a period", () => {
    for (const [m, text] of Object.entries(rule.messages["zh-CN"]))
      expect({ m, end: text.slice(-1) }).toEqual({ m, end: "。" });
    for (const [m, text] of Object.entries(rule.messages["en-US"])) {
      expect({ m, end: text.slice(-1) }).toEqual({ m, end: "." });
      expect({ m, start: /^[A-Z“一-龥{]/.test(text) }).toEqual({ m, start: true });
    }
  });

  if (id === ENGINE_REPORTED) {
    test("is reported by the engine (message 'failed'), never by its own create()", () => {
      expect(Object.keys(rule.messages["zh-CN"])).toEqual(["failed"]);
      const r = lintSheet({ name: "S", values: set(cleanTable(), "B2", "未知指标") });
      expect(r.findings.filter((f) => f.ruleId === ENGINE_REPORTED)).toEqual([]);
    });
  } else {
    test("every messageId is hit by an invalid rule-test case", () => {
      const missing = Object.keys(rule.messages["zh-CN"]).filter((m) => !hitPairs().has(`${id}|${m}`));
      expect(missing).toEqual([]);
    });
  }
});

describe("structure/internal-error as the engine reports it", () => {
  afterEach(() => jest.restoreAllMocks());

  test("a rule that throws becomes one internal-error finding, rendered with the registered messages", () => {
    const victim = allRules.find((r) => r.id === "value/vague-target")!;
    jest.spyOn(victim, "create").mockImplementation(() => ({
      row() {
        throw new Error("boom");
      },
    }));
    const r = lintSheet({ name: "S", values: cleanTable() });
    const errs = r.findings.filter((f) => f.ruleId === ENGINE_REPORTED);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({
      code: "JX199",
      category: "structure",
      severity: "error",
      messageId: "failed",
      data: { rule: "value/vague-target", detail: "boom" },
    });
    const meta = ruleById(ENGINE_REPORTED)!;
    for (const loc of ["zh-CN", "en-US"] as const) {
      const expected = meta.messages[loc].failed.replace(/\{(\w+)\}/g, (_, k: string) => String(errs[0].data[k]));
      expect(formatFinding(errs[0], loc)).toBe(expected);
    }
  });
});

describe("the tester itself can fail", () => {
  const STRAY = set(cleanTable(), "A6", "镇财政分局批复意见");
  const ID = "structure/label-in-table";
  const FIXABLE = set(cleanTable(), "B3", "质量指标");

  test.each<[string, () => string[], RegExp]>([
    [
      "a finding in a valid case",
      () => checkCase(ID, "valid", { rows: STRAY }),
      /expected no findings[\s\S]*unexpected: .*@A6/,
    ],
    [
      "the wrong address",
      () => checkCase(ID, "invalid", { rows: STRAY, errors: [{ messageId: "stray", address: "A7" }] }),
      /missing: +stray @A7/,
    ],
    [
      "the wrong data",
      () =>
        checkCase(ID, "invalid", { rows: STRAY, errors: [{ messageId: "stray", address: "A6", data: { text: "x" } }] }),
      /missing/,
    ],
    [
      "an unknown messageId",
      () => checkCase(ID, "invalid", { rows: STRAY, errors: [{ messageId: "nope", address: "A6" }] }),
      /not a message of/,
    ],
    [
      "too few expected errors",
      () =>
        checkCase(ID, "invalid", {
          rows: set(STRAY, "A3", "审核意见"),
          errors: [{ messageId: "stray", address: "A6" }],
        }),
      /unexpected: .*@A3/,
    ],
    [
      "an invalid case expecting nothing",
      () => checkCase(ID, "invalid", { rows: cleanTable(), errors: [] }),
      /at least one error/,
    ],
    [
      "an invalid config",
      () => checkCase(ID, "valid", { rows: cleanTable(), config: { satisfactionFloor: 200 } }),
      /invalid config/,
    ],
    [
      "the wrong severity",
      () =>
        checkCase(ID, "invalid", { rows: STRAY, errors: [{ messageId: "stray", address: "A6", severity: "error" }] }),
      /missing/,
    ],
    [
      "the wrong fix",
      () =>
        checkCase("taxonomy/level1-is-level2", "invalid", {
          rows: FIXABLE,
          errors: [{ messageId: "level2", address: "B3", fix: { to: "效益指标" } }],
        }),
      /missing/,
    ],
    [
      "a fix where none was expected",
      () =>
        checkCase("taxonomy/level1-is-level2", "invalid", {
          rows: FIXABLE,
          errors: [{ messageId: "level2", address: "B3", fix: null }],
        }),
      /missing/,
    ],
    [
      "duplicate cases",
      () =>
        checkTable(ID, {
          valid: [{ rows: STRAY }, { rows: [...STRAY, [null]] }],
          invalid: [{ rows: STRAY, errors: [{ messageId: "stray", address: "A6" }] }],
        }),
      /same sheet/,
    ],
    [
      "a messageId no invalid case expects",
      () =>
        checkTable("structure/row-shifted", {
          valid: [{ rows: cleanTable() }],
          invalid: [{ rows: STRAY, errors: [{ messageId: "left", address: "A1" }] }],
        }),
      /"right" is not expected/,
    ],
  ])("%s", (_, run, pattern) => {
    const out = run();
    expect(out.length).toBeGreaterThan(0);
    expect(out.join("\n")).toMatch(pattern);
  });

  test("only the rule under test runs: other rules' findings never reach a case", () => {
    const off: Finding[] = lintSheet({ name: "S", values: STRAY }, { rules: { [ID]: "off" } }).findings;
    expect(off.some((f) => f.ruleId === ID)).toBe(false);
    expect(checkCase("value/vague-target", "valid", { rows: STRAY })).toEqual([]);
  });
});

/**
 * A finding says what to type (issue 8): every message of a rule that reports a mistake names the expected form
 * (应… / expected …), whether or not it has a one-click fix. Left out: the engine's own failure report and the two
 * notes that ask nothing of the clerk (an empty 二级 row may stay empty; an unrecognised sheet).
 */
const SAYS_NOTHING_TO_TYPE = new Set([
  "structure/internal-error",
  "completeness/placeholder",
  "structure/sheet-unrecognised",
]);

test.each(allRules.filter((r) => !SAYS_NOTHING_TO_TYPE.has(r.id)).map((r) => [r.id, r] as const))(
  "%s: every message says what to type",
  (_id, rule) => {
    const missing: string[] = [];
    for (const [id, text] of Object.entries(rule.messages["zh-CN"]))
      if (!/应/.test(text)) missing.push(`zh ${id}: ${text}`);
    for (const [id, text] of Object.entries(rule.messages["en-US"]))
      if (!/\b(expected|Expected|should)\b/.test(text)) missing.push(`en ${id}: ${text}`);
    expect(missing).toEqual([]);
  },
);
