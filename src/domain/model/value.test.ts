import { parseAmount, parseValue } from "./value";

describe("parseValue: valid quantities (DOMAIN §3)", () => {
  test.each([
    ["≥90%", "≥", 90, "%", "percent"],
    ["≥ 90 %", "≥", 90, "%", "percent"],
    ["90%以上", "≥", 90, "%", "percent"],
    ["不少于1场", "≥", 1, "场", "count"],
    ["≤9万元/人/年", "≤", 9, "万元/人/年", "money"],
    ["≤ 2085 元/人", "≤", 2085, "元/人", "money"],
    ["600000栋/间/次", null, 600000, "栋/间/次", "count"],
    ["12次", null, 12, "次", "count"],
    ["21.01万元/年", null, 21.01, "万元/年", "money"],
    ["9939.75元/月/人", null, 9939.75, "元/月/人", "money"],
    ["少于2000元/人/月", "<", 2000, "元/人/月", "money"],
    [">=95%", "≥", 95, "%", "percent"],
    ["＞＝95％", "≥", 95, "%", "percent"],
    ["≥200宗", "≥", 200, "宗", "count"],
    ["250万", null, 250, "万", "money-ambiguous"],
    ["85分以上", "≥", 85, "分", "score"],
    ["≥ 20", "≥", 20, "", "none"],
  ])("%s", (text, cmp, num, unit, kind) => {
    const p = parseValue(text);
    expect(p.kind).toBe("quantity");
    expect(p.q[0]).toMatchObject({ cmp, num, unit, kind });
  });

  test("money is converted to 元", () => {
    expect(parseValue("13.45万元/年").q[0].yuan).toBeCloseTo(134500);
    expect(parseValue("119277元/人/年").q[0]).toMatchObject({ yuan: 119277, per: ["人", "年"] });
  });

  test("a quantity inside words is embedded", () => {
    const p = parseValue("通讯链路费及延保费13.45万元/年");
    expect(p).toMatchObject({ kind: "quantity", embedded: true });
    expect(parseValue("≥95%").embedded).toBe(false);
  });

  test("numbers as cells are quantities without unit", () => {
    expect(parseValue(184)).toMatchObject({ kind: "quantity", q: [{ num: 184, unit: "", kind: "none" }] });
  });
});

describe("parseValue: other kinds", () => {
  test.each(["无", " 无 ", "/", "—"])("%s is not set", (t) => expect(parseValue(t).kind).toBe("not-set"));
  test.each(["", "   "])("blank is empty", (t) => expect(parseValue(t).kind).toBe("empty"));
  test.each(["满意度=（一般+满意+非常满意）/评价数量", "抽查服务对象满意或基本满意份数/抽查服务对象数", "网格事件正常办结率=正常办结数/上报数", "窗口人员评价器差评率"])(
    "%s is a definition, not a target",
    (t) => expect(parseValue(t).kind).toBe("definition"),
  );
  test.each(["提升", "有效提高", "明显", "逐步提高", "进一步加强", "平稳下降", "良好", "正常", "充分调动积极性", "提升网格员业务水平", "减轻", "认知度显著提升"])(
    "%s is vague",
    (t) => expect(parseValue(t)).toMatchObject({ kind: "qualitative", vague: true }),
  );
  test.each(["达标", "及时", "持续稳定", "满意", "全覆盖", "准确", "稳定", "所有链路运行正常"])("%s is an acceptable qualitative target", (t) =>
    expect(parseValue(t)).toMatchObject({ kind: "qualitative", vague: false }),
  );
});

describe("parseValue: leftovers and signs", () => {
  test("LaTeX leftovers are read as their symbol and a fix is offered", () => {
    const p = parseValue("$\\geq 90\\%$");
    expect(p).toMatchObject({ kind: "quantity", latex: true, fixed: "≥90%" });
    expect(p.q[0]).toMatchObject({ cmp: "≥", num: 90, kind: "percent" });
    expect(parseValue("$\\geq$ 95%")).toMatchObject({ latex: true, fixed: "≥95%" });
  });
  test("ASCII comparisons get a canonical form", () => {
    expect(parseValue(">=95%")).toMatchObject({ oddSigns: true, fixed: "≥95%" });
    expect(parseValue("≥95%").oddSigns).toBe(false);
  });
});

describe("parseAmount", () => {
  test.each([
    [4157.41, 4157.41],
    ["4,157.41", 4157.41],
    ["180,000.00", 180000],
    ["-", 0],
    ["", null],
  ])("%s", (v, expected) => expect(parseAmount(v as never).value).toBe(expected));
  test("text is unreadable", () => expect(parseAmount("约五万").readable).toBe(false));
});
