import { enUS, format, placeholders, uiStrings, zhCN, type UiStringKey } from "./index";

const zhKeys = Object.keys(zhCN).sort();
const enKeys = Object.keys(enUS).sort();

describe("UI string tables", () => {
  it("have the same keys in zh-CN and en-US", () => {
    expect(enKeys).toEqual(zhKeys);
    expect(zhKeys.length).toBeGreaterThan(50);
  });

  it.each(zhKeys)("%s is non-empty in both locales and uses the same placeholders", (key) => {
    const k = key as UiStringKey;
    expect(zhCN[k].trim()).not.toBe("");
    expect(enUS[k].trim()).not.toBe("");
    expect(placeholders(enUS[k])).toEqual(placeholders(zhCN[k]));
  });

  it("zh-CN strings are Chinese and en-US strings contain no CJK (catches untranslated copies)", () => {
    const cjk = /[\u4e00-\u9fff]/;
    const untranslated = zhKeys.filter(
      (k) => zhCN[k as UiStringKey] === enUS[k as UiStringKey] && cjk.test(zhCN[k as UiStringKey]),
    );
    expect(untranslated).toEqual([]);
    const cjkInEnglish = enKeys.filter((k) => cjk.test(enUS[k as UiStringKey]));
    expect(cjkInEnglish).toEqual([]);
  });

  it("uiStrings picks the table by locale", () => {
    expect(uiStrings("zh-CN").checkSheet).toBe("检查本表");
    expect(uiStrings("en-US").checkSheet).toBe("Check this sheet");
  });
});

describe("format", () => {
  it("fills known placeholders and leaves unknown ones", () => {
    expect(format("显示 {shown} / {total} 条", { shown: 3, total: 10 })).toBe("显示 3 / 10 条");
    expect(format("{a}-{b}", { a: "x" })).toBe("x-{b}");
  });
  it("does not interpret replacement patterns in data", () => {
    expect(format("{v}", { v: "$& $1" })).toBe("$& $1");
  });
});
