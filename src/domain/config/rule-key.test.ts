import { ruleKey, ruleKeyMatches } from "./rule-key";

describe("ruleKeyMatches: a rule named by id or code, in any letter case", () => {
  test.each([
    ["value/unit-missing", true],
    ["VALUE/Unit-Missing", true],
    ["JX202", true],
    ["jx202", true],
    ["unit-missing", false],
    ["JX203", false],
    ["", false],
  ])("%s → %s", (key, expected) => {
    expect(ruleKeyMatches(key, "value/unit-missing", "JX202")).toBe(expected);
  });
  test("without a code only the id matches", () => {
    expect(ruleKeyMatches("value/unit-missing", "value/unit-missing")).toBe(true);
    expect(ruleKeyMatches("JX202", "value/unit-missing")).toBe(false);
  });
  test("ruleKey is the compared form", () => {
    expect(ruleKey("JX202")).toBe(ruleKey("jx202"));
  });
});
