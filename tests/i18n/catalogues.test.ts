/**
 * The parity test of the one message system (src/domain/i18n/messages.ts): every catalogue the project shows text
 * from has every id in zh-CN and en-US, with the same `{placeholders}`, and no `{{name}}` left. A new catalogue is
 * added to CATALOGUES here.
 */
import { allRules } from "../../src/domain";
import {
  format,
  fromLocaleTables,
  parityProblems,
  placeholders,
  uiStringTables,
  type Catalogue,
} from "../../src/domain/i18n";
import { hostMessages } from "../../src/domain/i18n/host";
import { cliMessages, configTypeWords } from "../../src/cli/messages";
import { templateMessages } from "../../src/domain/templates/messages";
import { PARAM_MESSAGES } from "../../src/domain/templates/params";
import { REFUSALS } from "../../src/domain/insert/refusals";

const CATALOGUES: Record<string, Catalogue> = {
  "ui (src/domain/i18n/zh-CN.ts, en-US.ts)": fromLocaleTables(uiStringTables),
  "host (src/domain/i18n/host.ts)": hostMessages,
  "cli (src/cli/messages.ts)": cliMessages,
  "cli type words (src/cli/messages.ts)": configTypeWords,
  "templates (src/domain/templates/messages.ts)": templateMessages,
  "template parameters (src/domain/templates/params.ts)": PARAM_MESSAGES,
  "insert refusals (src/domain/insert/refusals.ts)": REFUSALS,
  ...Object.fromEntries(allRules.map((r) => [`rule ${r.id}`, fromLocaleTables(r.messages)])),
};

describe.each(Object.entries(CATALOGUES))("%s", (_name, catalogue) => {
  test("every id has both languages with the same placeholders", () => {
    expect(Object.keys(catalogue).length).toBeGreaterThan(0);
    expect(parityProblems(catalogue)).toEqual([]);
  });
});

describe("format", () => {
  test("fills {name} placeholders in the chosen language and leaves unknown ones", () => {
    const m = { zh: "第 {row} 行：{what}。", en: "Row {row}: {what}." };
    expect(format(m, { row: 3, what: "甲" }, "zh-CN")).toBe("第 3 行：甲。");
    expect(format(m, { row: 3, what: "A" }, "en-US")).toBe("Row 3: A.");
    expect(format(m, { row: 3 })).toBe("第 3 行：{what}。");
  });
  test("values go in as they are: no replacement patterns, no second pass", () => {
    expect(format("{v}", { v: "$& $1 {v}" })).toBe("$& $1 {v}");
  });
  test("parityProblems names what differs", () => {
    expect(
      parityProblems({ a: { zh: "{x}", en: "{y}" }, b: { zh: "甲", en: "" }, c: { zh: "{{x}}", en: "{{x}}" } }),
    ).toEqual([
      "a: placeholders differ: zh-CN {x} en-US {y}",
      "b: no en-US text",
      "c: uses {{name}}; placeholders are written {name}",
    ]);
    expect(placeholders("{b}{a}{b}")).toEqual(["a", "b"]);
  });
});
