/**
 * 忽略此条 (domain/ignores.ts): an ignored finding is known by what it is about, not where it is — it stays ignored
 * when rows are inserted above it and comes back when its cell's content changes; damaged stores lose only the
 * damaged entries; the engine's own failure report is never hidden.
 */
import { lintSheet, type LintResult, type SheetInput } from "../../src/domain";
import {
  addIgnore,
  emptyIgnores,
  findingKeys,
  parseIgnores,
  removeIgnore,
  splitIgnored,
  type IgnoreEntry,
  type IgnoreStore,
} from "../../src/domain/ignores";
import { cleanRows, edit, ind, projectForm, type Rows } from "./rule-tester";

const sheet = (rows: Rows, name = "S"): SheetInput => ({
  name,
  values: rows.map((r) => r.map((v) => (v === undefined ? null : v))),
});
const lint = (input: SheetInput): LintResult => lintSheet(input);

/** A project form with two vague targets (E10 and E14) and the same vague word twice. */
function withVague(): Rows {
  return edit(projectForm({}, [...cleanRows(), ind(null, "社会效益指标", "群众安全感", "有效提高", "有效提高")]), {
    E10: "明显",
    F10: "明显",
  });
}

function ignoreAll(result: LintResult, input: SheetInput, pick: (ruleId: string) => boolean): IgnoreStore {
  const keys = findingKeys(result, input);
  let store = emptyIgnores();
  result.findings.forEach((f, i) => {
    if (pick(f.ruleId))
      store = addIgnore(store, {
        key: keys[i],
        sheet: result.sheet,
        ruleId: f.ruleId,
        address: f.address,
        reason: "已确认",
        at: "2025-03-01",
      });
  });
  return store;
}

test("an ignored finding stays ignored when rows are inserted above it, and its address moves", () => {
  const input = sheet(withVague());
  const r = lint(input);
  const vague = r.findings.filter((f) => f.ruleId === "value/vague-target");
  expect(vague.length).toBe(2);
  const store = ignoreAll(r, input, (id) => id === "value/vague-target");
  // three rows inserted at the top
  const moved = sheet([["（新增说明）"], [], [], ...withVague()]);
  const r2 = lint(moved);
  const split = splitIgnored(r2, moved, store);
  expect(split.ignored.map((i) => i.finding.address)).toEqual(
    vague.map((f) => f.address.replace(/\d+/g, (n) => String(Number(n) + 3))),
  );
  expect(split.shown.some((f) => f.ruleId === "value/vague-target")).toBe(false);
});

test("it comes back when its cell's content changes (another vague text), the other one stays ignored", () => {
  const input = sheet(withVague());
  const store = ignoreAll(lint(input), input, (id) => id === "value/vague-target");
  const changed = sheet(edit(withVague(), { E10: "较好", F10: "较好" }));
  const split = splitIgnored(lint(changed), changed, store);
  expect(split.shown.filter((f) => f.ruleId === "value/vague-target").map((f) => f.address)).toEqual(["E10:F10"]);
  expect(split.ignored.map((i) => i.finding.address)).toEqual(["E15:F15"]);
});

test("the same finding in two blocks, or twice in one block, has a key of its own each", () => {
  const one = projectForm({ 项目名称: "甲项目" }, [
    ...cleanRows(),
    ind(null, "社会效益指标", "群众安全感", "明显", "明显"),
    ind(null, null, "群众获得感", "明显", "明显"),
  ]);
  const two = projectForm({ 项目名称: "乙项目" }, [
    ...cleanRows(),
    ind(null, "社会效益指标", "群众安全感", "明显", "明显"),
  ]);
  const input = sheet([...one, [], ...two]);
  const r = lint(input);
  const keys = findingKeys(r, input).filter((_, i) => r.findings[i].ruleId === "value/vague-target");
  expect(keys).toHaveLength(3);
  expect(new Set(keys).size).toBe(3);
  // ignoring the second project's one leaves the first project's two
  const i = r.findings.findIndex((f, k) => f.ruleId === "value/vague-target" && findingKeys(r, input)[k] === keys[2]);
  const store = addIgnore(emptyIgnores(), {
    key: keys[2],
    sheet: "S",
    ruleId: "value/vague-target",
    address: r.findings[i].address,
    reason: "",
    at: "",
  });
  expect(splitIgnored(r, input, store).shown.filter((f) => f.ruleId === "value/vague-target")).toHaveLength(2);
  // another sheet's entries do not apply
  const elsewhere = addIgnore(emptyIgnores(), {
    key: keys[2],
    sheet: "别的表",
    ruleId: "value/vague-target",
    address: "E1",
    reason: "",
    at: "",
  });
  expect(splitIgnored(r, input, elsewhere).ignored).toEqual([]);
});

test("恢复 removes the entry; adding twice keeps one", () => {
  const e: IgnoreEntry = {
    key: "abc",
    sheet: "S",
    ruleId: "value/vague-target",
    address: "E5",
    reason: "原因",
    at: "2025-01-01",
  };
  const twice = addIgnore(addIgnore(emptyIgnores(), e), { ...e, reason: "新原因" });
  expect(twice.items).toEqual([{ ...e, reason: "新原因" }]);
  expect(removeIgnore(twice, "S", "abc").items).toEqual([]);
  expect(removeIgnore(twice, "T", "abc").items).toHaveLength(1);
});

test("a damaged store loses only its damaged entries; anything else reads as empty", () => {
  const good = { key: "k1", sheet: "S", ruleId: "value/vague-target", address: "E5", reason: "ok", at: "2025-01-01" };
  expect(
    parseIgnores({ version: 1, items: [good, { key: 5 }, null, "x", { ...good, key: "k2", reason: 7 }] }).items,
  ).toEqual([good, { ...good, key: "k2", reason: "" }]);
  for (const bad of [null, "text", 5, [], { version: 2, items: [good] }, { version: 1, items: "x" }])
    expect(parseIgnores(bad)).toEqual(emptyIgnores());
});

test("the engine's failure report is never hidden", () => {
  const input = sheet(withVague());
  const r = lint(input);
  const failure = {
    ruleId: "structure/internal-error",
    code: "JX199",
    category: "structure" as const,
    severity: "error" as const,
    messageId: "failed",
    data: { rule: "x", detail: "y" },
    range: { r1: 1, c1: 1, r2: 1, c2: 1 },
    address: "A1",
  };
  const withFailure = { ...r, findings: [failure, ...r.findings] };
  const store = ignoreAll(withFailure, input, () => true);
  expect(splitIgnored(withFailure, input, store).shown).toEqual([failure]);
});
