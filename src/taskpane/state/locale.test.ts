import { pickLocale, pickView } from "./locale";
import { pick } from "../../domain/i18n";
import { errorText } from "./errors";
import { GatewayError, toGatewayError, tooManyCells } from "../../host/errors";
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
    // what the gateways throw: a GatewayError, which carries a message id of hostMessages and data, not text
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
    // an insertion refusal (InsertRefusal) carries a code of REFUSALS and its data, not text
    const refusal: InsertRefusal = { ok: false, code: "occupied", data: { area: "B2:D5", cell: "C4" } };
    expect(errorText(refusal)).toEqual({
      zh: "未插入：目标区域 B2:D5 不是空的（C4 有内容或属于合并单元格）。模板不会覆盖已有内容；请选择空白位置，或勾选“目标区域非空时插入新行”。",
      en: "Not inserted: the area B2:D5 is not empty (C4 holds something or is part of a merged area). A template never overwrites a cell; pick an empty place, or tick “Insert new rows when the area is not empty”.",
    });
    // a code outside REFUSALS is not taken for a refusal
    expect(errorText({ ok: false, code: "toString", data: {} })).toBeNull();
    // the old { messageZh, messageEn } shape is no longer read (nothing produces it)
    expect(errorText({ messageZh: "丁", messageEn: "D" })).toBeNull();
    expect(errorText(new Error("boom"))).toEqual({ zh: "boom", en: "boom" });
    expect(errorText({ zh: "只有中文" })).toEqual({ zh: "只有中文", en: "只有中文" });
    expect(errorText(undefined)).toBeNull();
    expect(errorText({})).toBeNull();
    expect(pick({ zh: "甲", en: "A" }, "en-US")).toBe("A");
    expect(pick({ zh: "甲", en: "A" }, "zh-CN")).toBe("甲");
  });
});
