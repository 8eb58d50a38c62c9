import { pickLocale, pickView } from "./locale";
import { errorText, pickText } from "./errors";
import { GatewayError, toGatewayError, tooManyCells } from "../../excel/errors";
import type { InsertRefusal } from "../../host/gateway";

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
    // what the gateways throw: a GatewayError, an Error whose zh and en are fields (its message holds both at once)
    expect(errorText(new GatewayError("cell-edit"))).toEqual({
      zh: "正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。",
      en: "A cell is being edited. Press Enter or Esc, then try again.",
    });
    expect(errorText(toGatewayError({ code: "ItemNotFound" }, "read"))).toEqual({
      zh: "找不到该工作表或单元格，可能已被删除或重命名。（ItemNotFound）",
      en: "The sheet or cell was not found; it may have been deleted or renamed. (ItemNotFound)",
    });
    const big = errorText(tooManyCells("表一", 20_000_000, 16_000_000))!;
    expect(big.zh).toMatch(/^工作表“表一”太大，未检查/);
    expect(big.en).toMatch(/^Sheet "表一" is too large to check/);
    // an insertion refusal (InsertRefusal) carries its text as message: { zh, en }
    const refusal: InsertRefusal = { ok: false, code: "occupied", message: { zh: "丙", en: "C" } };
    expect(errorText(refusal)).toEqual({ zh: "丙", en: "C" });
    expect(errorText(new Error("boom"))).toEqual({ zh: "boom", en: "boom" });
    expect(errorText({ zh: "只有中文" })).toEqual({ zh: "只有中文", en: "只有中文" });
    expect(errorText(undefined)).toBeNull();
    expect(errorText({})).toBeNull();
    expect(pickText({ zh: "甲", en: "A" }, "en-US")).toBe("A");
    expect(pickText({ zh: "甲", en: "A" }, "zh-CN")).toBe("甲");
  });
});
