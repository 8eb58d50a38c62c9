import { looksLikeFormula, needsTextFormat, safeCellWrite, textFormatMask } from "./safe-text";
import { clipText, inertText } from "./display";
import fc from "fast-check";
import { boundedKey, CACHE_KEY_MAX, cellText, norm, TextMap } from "./text";

describe("looksLikeFormula: what Excel takes as a formula when typed", () => {
  test.each<[string, boolean]>([
    ["=1+1", true],
    ['=HYPERLINK("http://x","点我")', true],
    ["=WEBSERVICE(A1)", true],
    [" =1", true],
    ["+A1", true],
    ["-A1", true],
    ["@SUM(A1)", true],
    ["--1", true],
    ["=", false],
    ["-", false],
    ["+", false],
    ["-5%", false],
    ["+3", false],
    ["-1,000.5", false],
    ["＝100%", false],
    ["≥90%", false],
    ["100%", false],
    ["社区服务", false],
  ])("%s → %s", (text, expected) => {
    expect(looksLikeFormula(text)).toBe(expected);
  });
});

describe("needsTextFormat: text Excel would not keep as typed", () => {
  test.each<[string, boolean]>([
    ["=100%", true],
    ["+5", true],
    ["-", true],
    ["@x", true],
    ["'abc", true],
    ["90%", true],
    ["100%", true],
    ["1,000", true],
    ["2025-03-31", true],
    ["12个月", true],
    ["０.５", true],
    ["$5", true],
    ["¥5", true],
    ["(5)", true],
    ["#N/A", true],
    ["TRUE", true],
    ["false", true],
    ["上午9:00", true],
    ["  90%", true],
    ["≥90%", false],
    ["≤500元/人", false],
    ["＝100%", true],
    ["产出指标", false],
    ["Expected", false],
    ["", false],
  ])("%s → %s", (text, expected) => {
    expect(needsTextFormat(text)).toBe(expected);
  });

  test("safeCellWrite leaves numbers, booleans and null alone", () => {
    expect(safeCellWrite(0.9)).toEqual({ value: 0.9, numberFormat: null });
    expect(safeCellWrite(true)).toEqual({ value: true, numberFormat: null });
    expect(safeCellWrite(null)).toEqual({ value: null, numberFormat: null });
    expect(safeCellWrite("90%")).toEqual({ value: "90%", numberFormat: "@" });
  });

  test("textFormatMask: null when nothing needs it", () => {
    expect(textFormatMask([["a", 1, null]])).toBeNull();
    expect(
      textFormatMask([
        ["a", "90%"],
        [null, "=x"],
      ]),
    ).toEqual([
      [false, true],
      [false, true],
    ]);
  });
});

describe("display helpers", () => {
  test("clipText cuts with … and never halves a surrogate pair", () => {
    expect(clipText("abc", 5)).toBe("abc");
    expect(clipText("abcdefgh", 5)).toBe("abcd…");
    expect(clipText("ab😀😀", 4)).toBe("ab…");
    expect(clipText("长".repeat(100000)).length).toBe(120);
  });

  test("inertText escapes C0, DEL, C1, bidi controls; keeps newlines only when asked", () => {
    expect(inertText("a\u001b[2Jb\u0007\u0000\u202e\u2066\u009b\u007f")).toBe(
      "a\\u001B[2Jb\\u0007\\u0000\\u202E\\u2066\\u009B\\u007F",
    );
    expect(inertText("a\nb\tc")).toBe("a\\u000Ab\\u0009c");
    expect(inertText("a\nb", true)).toBe("a\nb");
    expect(inertText("正常文字 ≥90%")).toBe("正常文字 ≥90%");
    expect(JSON.parse(inertText(JSON.stringify({ s: "x\u202ey\u0085" })))).toEqual({ s: "x\u202ey\u0085" });
  });

  test("boundedKey: short text as is, long text bounded and still distinct", () => {
    expect(boundedKey("产出指标")).toBe("产出指标");
    const a = boundedKey(`${"甲".repeat(20000)}1`);
    const b = boundedKey(`${"甲".repeat(20000)}2`);
    expect(a.length).toBeLessThan(CACHE_KEY_MAX);
    expect(a).not.toBe(b);
    expect(boundedKey(`${"甲".repeat(20000)}1`)).toBe(a);
  });
});

describe("TextMap: a Map for text of any length", () => {
  test("long texts that share length, head and tail (differing only in the middle) stay distinct", () => {
    const m = new TextMap<number>();
    const texts = Array.from(
      { length: 50 },
      (_, i) => `${"甲".repeat(10000)}${String(i).padStart(4, "0")}${"乙".repeat(10000)}`,
    );
    texts.forEach((t, i) => m.set(t, i));
    texts.forEach((t, i) => expect(m.get(t)).toBe(i));
    // an equal text in another string object is found; an unknown one is not
    expect(m.get(`${"甲".repeat(10000)}0007${"乙".repeat(10000)}`)).toBe(7);
    expect(m.get(`${"甲".repeat(10000)}9999${"乙".repeat(10000)}`)).toBeUndefined();
    expect(m.get("短")).toBeUndefined();
    m.set("短", -1);
    expect(m.get("短")).toBe(-1);
  });

  test("norm of long text is cached through it and still right", () => {
    const raw = `${"产出 指标".repeat(100)}`;
    expect(norm(raw)).toBe("产出指标".repeat(100));
    expect(norm(raw)).toBe("产出指标".repeat(100));
    expect(raw.length).toBeGreaterThan(CACHE_KEY_MAX);
  });
});

describe("cellText: a string cell's text is the string trimmed", () => {
  // every white space and line terminator trim() removes, and characters beside them that it keeps
  const SPACE = [..."\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"];
  const KEPT = [..."a1%≥≤（）、。一指\u200b\u3001\u2265\u00a1~!\u007f\u0080"];
  test("the same as trim() for any mix of white space and text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SPACE, ...KEPT, "产出指标", "≥95%"), { maxLength: 8 }), (parts) => {
        const s = parts.join("");
        expect(cellText(s)).toBe(s.trim());
      }),
      { numRuns: 3000 },
    );
  });
  test("numbers, booleans and empty cells", () => {
    expect([cellText(0.95), cellText(true), cellText(null), cellText(" "), cellText("")]).toEqual([
      "0.95",
      "TRUE",
      "",
      "",
      "",
    ]);
  });
});
