import { pickLocale, pickView } from "./locale";
import { pick } from "../../domain/i18n";
import { errorText } from "./errors";
import { GatewayError } from "../../excel/errors";

describe("pickLocale", () => {
  it("defaults to zh-CN, follows an English Office, and ?lang= overrides", () => {
    expect(pickLocale("", null)).toBe("zh-CN");
    expect(pickLocale("", "zh-CN")).toBe("zh-CN");
    expect(pickLocale("", "fr-FR")).toBe("zh-CN");
    expect(pickLocale("", "en-GB")).toBe("en-US");
    expect(pickLocale("?lang=en", "zh-CN")).toBe("en-US");
    expect(pickLocale("?lang=zh-CN", "en-US")).toBe("zh-CN");
    expect(pickLocale("?lang=xx", "en-US")).toBe("en-US");
  });
  it("?view=templates opens the templates view", () => {
    expect(pickView("?view=templates&lang=en")).toBe("templates");
    expect(pickView("?view=other")).toBe("check");
    expect(pickView("")).toBe("check");
  });
});

describe("errorText", () => {
  it("reads zh + en from the error, falls back to message, else null", () => {
    expect(errorText({ zh: "甲", en: "A" })).toEqual({ zh: "甲", en: "A" });
    expect(errorText(Object.assign(new Error("x"), { messageZh: "乙", messageEn: "B" }))).toEqual({ zh: "乙", en: "B" });
    expect(errorText({ message: { zh: "丙", en: "C" } })).toEqual({ zh: "丙", en: "C" });
    expect(errorText(new Error("boom"))).toEqual({ zh: "boom", en: "boom" });
    expect(errorText({ zh: "只有中文" })).toEqual({ zh: "只有中文", en: "只有中文" });
    expect(errorText(new GatewayError("not-found", { detail: "ItemNotFound" }))).toEqual({
      zh: "找不到该工作表或单元格，可能已被删除或重命名。（ItemNotFound）",
      en: "The sheet or cell was not found; it may have been deleted or renamed. (ItemNotFound)",
    });
    expect(errorText(undefined)).toBeNull();
    expect(errorText({})).toBeNull();
    expect(pick({ zh: "甲", en: "A" }, "en-US")).toBe("A");
    expect(pick({ zh: "甲", en: "A" }, "zh-CN")).toBe("甲");
  });
});
