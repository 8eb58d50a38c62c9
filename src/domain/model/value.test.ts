import { chineseNumber, columnUnit, comparisonOf, isUnitWord, parseAmount, parseValue, withColumns } from "./value";

describe("parseValue: valid quantities (docs/domain.md §3)", () => {
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
    ["≧90%", "≥", 90, "%", "percent"],
    ["=10个", "=", 10, "个", "count"],
    ["大于90%", ">", 90, "%", "percent"],
    ["一场", null, 1, "场", "count"],
    ["两个", null, 2, "个", "count"],
    ["不少于十二次", "≥", 12, "次", "count"],
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
  test.each([
    "满意度=（一般+满意+非常满意）/评价数量",
    "抽查服务对象满意或基本满意份数/抽查服务对象数",
    "网格事件正常办结率=正常办结数/上报数",
    "窗口人员评价器差评率",
  ])("%s is a definition, not a target", (t) => expect(parseValue(t).kind).toBe("definition"));
  test.each([
    "提升",
    "有效提高",
    "明显",
    "逐步提高",
    "进一步加强",
    "平稳下降",
    "良好",
    "正常",
    "充分调动积极性",
    "提升网格员业务水平",
    "减轻",
    "认知度显著提升",
  ])("%s is vague", (t) => expect(parseValue(t)).toMatchObject({ kind: "qualitative", vague: true }));
  test.each(["达标", "及时", "持续稳定", "满意", "全覆盖", "准确", "稳定", "所有链路运行正常"])(
    "%s is an acceptable qualitative target",
    (t) => expect(parseValue(t)).toMatchObject({ kind: "qualitative", vague: false }),
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

describe("parseAmount: units and notes in the cell", () => {
  test.each([
    ["2279.048 万元", 2279.048, 10000],
    ["854万(高标准农田建设400万元,示范建设295万元)", 854, 10000],
    ["30.00", 30, null],
    ["45.89万", 45.89, 10000],
    ["1.2亿元", 1.2, 100000000],
    ["380元", 380, 1],
  ])("%s", (v, value, unit) => expect(parseAmount(v)).toEqual({ value, readable: true, unit }));
  test("an amount written twice is unreadable", () =>
    expect(parseAmount("854万854万(高标准农田建设400万元)").readable).toBe(false));
});

describe("Chinese numerals", () => {
  test.each([
    ["一", 1],
    ["两", 2],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["一百零五", 105],
    ["两千", 2000],
    ["一二", null],
  ])("%s → %s", (s, n) => expect(chineseNumber(s)).toBe(n));
  test("十分 is an adverb, 一般 a vague word: no quantity", () => {
    expect(parseValue("十分满意").kind).toBe("qualitative");
    expect(parseValue("一般")).toMatchObject({ kind: "qualitative", vague: true });
  });
});

describe("targets spread over columns", () => {
  test("comparison, value and unit in three columns read as one target; a value's own unit or sign wins", () => {
    expect(withColumns(parseValue(95), "≥", "%").q[0]).toMatchObject({ cmp: "≥", num: 95, unit: "%", kind: "percent" });
    expect(withColumns(parseValue("9.31"), "≥", "万元").q[0]).toMatchObject({ cmp: "≥", kind: "money", yuan: 93100 });
    expect(withColumns(parseValue("≤12场"), "≥", "人").q[0]).toMatchObject({ cmp: "≤", unit: "场" });
    expect(withColumns(parseValue("按时完成"), "=", "%").kind).toBe("qualitative");
  });
  test.each([
    ["≥", "≥"],
    [">=", "≥"],
    ["＞", ">"],
    ["＝", "="],
    ["≦", "≤"],
    ["定性", null],
    ["不少于", "≥"],
  ])("comparison %s → %s", (t, c) => expect(comparisonOf(t)).toBe(c));
  test.each([
    ["-", null],
    ["—", null],
    ["/", null],
    ["", null],
    ["人", "人"],
    ["万元", "万元"],
  ])("unit column %s → %s", (t, u) => expect(columnUnit(t)).toBe(u));
  test.each([
    ["人", true],
    ["元/人/年", true],
    ["%", true],
    ["人次", true],
    ["满意度", false],
    ["发放人数", false],
  ])("unit word %s: %s", (t, yes) => expect(isUnitWord(t)).toBe(yes));
});

describe("qualitative targets: checkable standards against statements", () => {
  test.each([
    "及时",
    "全覆盖",
    "达标",
    "所有链路运行正常",
    "系统正常运行",
    "岗位人员全部到位，业务工作按时完成",
    "不发生涉精神障碍患者危害社会安全事件",
    "建立专门的服务热线",
  ])("%s is measurable", (t) => expect(parseValue(t)).toMatchObject({ kind: "qualitative", vague: false }));
  test.each([
    "有效及时处理信访事项，化解信访矛盾",
    "协助完成市域社会治理、法治建设等年度工作任务",
    "专项补助使用符合政策规定",
    "协助做好相关工作",
    "长期",
    "高中低",
  ])("%s is not", (t) => expect(parseValue(t)).toMatchObject({ kind: "qualitative", vague: true }));
});
