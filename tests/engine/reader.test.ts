/**
 * The reader on its own (src/domain/engine/read/): where tables start and end, which rows are their headers, what
 * each column holds, and what the form readers take from the label rows. Small sheets built here; the real tables'
 * extents and column roles are pinned at the end (those need ../shared).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Grid } from "../../src/domain/engine/grid";
import type { ColumnMap, DocModel } from "../../src/domain/engine/model";
import { readDocument } from "../../src/domain/engine/read/index";
import { headerRole } from "../../src/domain/engine/read/columns";
import { rangeToA1, type CellValue, type SheetInput } from "../../src/domain";
import { SHARED, describeShared, readSheets } from "../helpers/workbooks";

const OPT = { framework: "auto" as const, codes: { level1: {}, level2: {} }, vague: new Set<string>() };

function read(values: CellValue[][], extra: Partial<SheetInput> = {}): DocModel {
  return readDocument(new Grid({ name: "Sheet1", values, ...extra }), OPT);
}

/** The column map's filled roles, as { role: column letter }. */
function roles(cols: ColumnMap | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(cols ?? {}))
    if (typeof v === "number" && v >= 1) out[k] = String.fromCharCode(64 + v);
  return out;
}

function names(doc: DocModel, t = 0): string[] {
  return doc.tables[t].rows.filter((r) => r.l3).map((r) => r.l3!.text);
}

const ROWS: CellValue[][] = [
  ["产出指标", "数量指标", "举办业务培训场次", "≥4场"],
  [null, "质量指标", "培训考核合格率", "≥95%"],
  ["效益指标", "社会效益指标", "参训人员业务能力达标率", "≥90%"],
  ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"],
];
const HEAD = ["一级指标", "二级指标", "三级指标", "指标值"];
/** ROWS' 一级 and 二级 as read (the 一级 carried down), both states "ok". */
const ROWS_READ = [
  ["产出指标", "数量指标", "ok", "ok"],
  ["产出指标", "质量指标", "ok", "ok"],
  ["效益指标", "社会效益指标", "ok", "ok"],
  ["满意度指标", "服务对象满意度指标", "ok", "ok"],
];

describe("header words and column roles", () => {
  test.each([
    ["三级指标", "l3"],
    ["三级指标名称", "l3"],
    ["指标内容", "name"],
    ["指标", "name"],
    ["指标名称", "name"],
    ["指标值", "target"],
    ["目标值", "target"],
    ["指标值及单位", "target"],
    ["指标值(包含数字及文字描述)", "target"],
    ["指标值(实施期)", "period"],
    ["指标值（2024-2026年）", "period"],
    ["指标值(年度)", "annual"],
    ["目标值（2025年）", "annual"],
    ["年度指标值（2025年）", "annual"],
    ["年度指标值", "annual"],
    ["当年度指标值", "annual"],
    ["预期2022年实现值", "annual"],
    ["2021年实际实现值", "actual"],
    ["实施周期指标值", "period"],
    ["中期指标值", "period"],
    ["计量单位", "unit"],
    ["度量单位", "unit"],
    ["指标性质", "nature"],
    ["指标值类型", "nature"],
    ["指标方向性", "nature"],
    ["正向/反向", "nature"],
    ["计算符号", "symbol"],
    ["权重(%)", "weight"],
    ["指标权重", "weight"],
    ["指标分值", "weight"],
    ["指标权数", "weight"],
    ["指标值说明", "explain"],
    ["指标解释", "explain"],
    ["备注", "explain"],
    ["数据来源", "explain"],
    ["指标值设定依据及数据来源", "explain"],
    ["目标值说明", "explain"],
    ["考核方式", "explain"],
    ["评(扣分标准)", "scoring"],
    ["评分标准", "scoring"],
    ["考核标准", "scoring"],
    ["评分办法", "scoring"],
    ["全年目标值", "annual"],
    ["绩效指标", "label"],
    ["专项年度绩效指标", "label"],
    ["单位(专项)名称", "project"],
    ["单位代码", "code"],
    ["资金总额", "amount"],
    ["实施期绩效目标", "goal"],
    ["项目概况", null],
    ["一级指标(必填)", "l1"],
  ])("%s → %s", (key, role) => expect(headerRole(key.replace(/（/g, "(").replace(/）/g, ")"))).toBe(role));

  test("a plain header: 一级 / 二级 / 三级 / 指标值, with a label column left of it", () => {
    const doc = read([["绩效指标", ...HEAD], ...ROWS.map((r) => [null, ...r])]);
    expect(doc.tables).toHaveLength(1);
    expect(roles(doc.tables[0].cols)).toEqual({ label: "A", l1: "B", l2: "C", l3: "D", annual: "E" });
    expect(doc.tables[0].headerRow).toBe(1);
    expect(rangeToA1(doc.tables[0].range)).toBe("A1:E5");
  });

  test("年度目标 over an indicator table's values is its value column (a project's goal only in a project list)", () => {
    const doc = read([["一级指标", "二级指标", "三级指标", "年度目标"], ...ROWS]);
    expect(roles(doc.tables[0].cols)).toEqual({ l1: "A", l2: "B", l3: "C", annual: "D" });
    expect(doc.tables[0].rows.map((r) => r.annual?.text)).toEqual(["≥4场", "≥95%", "≥90%", "≥90%"]);
    // with project columns it stays the goal of each project row
    const list = read([
      ["项目名称", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["培训项目", "完成年度培训任务", ...ROWS[0]],
    ]);
    expect(roles(list.tables[0].cols)).toMatchObject({ project: "A", goal: "B", annual: "F" });
  });

  test("a row-number column (序号) is understood; another column of numbers is still said to be unread", () => {
    const numbered = (head: string) => read([[head, ...HEAD], ...ROWS.map((r, i) => [i + 1, ...r])]).tables[0];
    const t = numbered("序号");
    expect(roles(t.cols)).toEqual({ l1: "B", l2: "C", l3: "D", annual: "E" });
    expect(t.unknownHeaders).toEqual([]);
    expect(numbered("得分").unknownHeaders.map((u) => u.text)).toEqual(["得分"]);
  });

  test("a flat list headed 绩效指标 | 目标值: 绩效指标 heads the names, not a label column", () => {
    const doc = read([
      ["序号", "绩效指标", "目标值"],
      [1, "举办业务培训场次", "≥4场"],
      [2, "培训考核合格率", "≥95%"],
      [3, "参训人员满意度", "≥90%"],
    ]);
    expect(roles(doc.tables[0].cols)).toEqual({ l3: "B", annual: "C" });
    expect(names(doc)).toEqual(["举办业务培训场次", "培训考核合格率", "参训人员满意度"]);
    // beside level columns it is still the label column left of them
    expect(roles(read([["绩效指标", ...HEAD], ...ROWS.map((r) => [null, ...r])]).tables[0].cols)).toMatchObject({
      label: "A",
      l3: "D",
    });
  });

  test("spaced and line-broken labels, fill-in notes inside level names", () => {
    const doc = read([
      ["绩 效 指 标", "一级\n指标", "二级 指标", "三级指标", "指标值及单位"],
      [null, "产出指标", "数量指标 (必填硬性指标)", "举办业务培训场次", "≥4场"],
      [null, null, "质量指标（选填）", "培训考核合格率", "≥95%"],
    ]);
    expect(roles(doc.tables[0].cols)).toEqual({ label: "A", l1: "B", l2: "C", l3: "D", annual: "E" });
    expect(doc.tables[0].rows.map((r) => [r.l2, r.l2State])).toEqual([
      ["数量指标", "ok"],
      ["质量指标", "ok"],
    ]);
  });

  test("columns in any order: unit and nature before the value, weight before the unit", () => {
    const doc = read([
      ["一级指标", "二级指标", "三级指标", "指标权重", "计量单位", "指标性质", "指标值"],
      ["产出指标", "数量指标", "发放人数", 20, "人", "≥", 80],
      [null, "质量指标", "发放准确率", 30, "%", "=", 100],
    ]);
    expect(roles(doc.tables[0].cols)).toEqual({
      l1: "A",
      l2: "B",
      l3: "C",
      weight: "D",
      unit: "E",
      nature: "F",
      annual: "G",
    });
    // symbol + value + unit in three columns are one target
    const q = doc.tables[0].rows.map((r) => r.annual!.parsed.q[0]);
    expect(q.map((x) => [x.cmp, x.num, x.unit, x.kind])).toEqual([
      ["≥", 80, "人", "count"],
      ["=", 100, "%", "percent"],
    ]);
  });

  test("a two-row header: 指标值 over 2021年实际实现值 / 预期2022年实现值 reads the expected column as the target", () => {
    const doc = read(
      [
        ["一级指标", "二级指标", "三级指标", "指标值", null],
        [null, null, null, "2021年实际实现值", "预期2022年实现值"],
        ["产出指标", "数量指标", "举办业务培训场次", "3场", "≥4场"],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", "88%", "≥90%"],
      ],
      {
        merges: [
          { r1: 1, c1: 4, r2: 1, c2: 5 },
          { r1: 1, c1: 1, r2: 2, c2: 1 },
        ],
      },
    );
    const t = doc.tables[0];
    expect([t.headerTop, t.headerRow]).toEqual([1, 2]);
    expect(roles(t.cols)).toMatchObject({ l1: "A", l2: "B", l3: "C", actual: "D", annual: "E" });
    expect(t.rows.map((r) => r.annual!.text)).toEqual(["≥4场", "≥90%"]);
  });

  test.each([
    ["指标值", "实施期", "年度"],
    ["指标值", "2024-2026年", "2025年"],
    ["指标值", "中期", "当年"],
    ["绩效目标", "中期目标", "年度目标"],
  ])("a two-row header: %s over %s / %s splits the period's target from the year's", (top, period, annual) => {
    const doc = read(
      [
        ["一级指标", "二级指标", "三级指标", top, null],
        [null, null, null, period, annual],
        ["产出指标", "数量指标", "举办业务培训场次", "≥12场", "≥4场"],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"],
      ],
      {
        merges: [
          { r1: 1, c1: 1, r2: 2, c2: 1 },
          { r1: 1, c1: 2, r2: 2, c2: 2 },
          { r1: 1, c1: 3, r2: 2, c2: 3 },
          { r1: 1, c1: 4, r2: 1, c2: 5 },
        ],
      },
    );
    const t = doc.tables[0];
    expect([t.headerTop, t.headerRow]).toEqual([1, 2]);
    expect(roles(t.cols)).toEqual({ l1: "A", l2: "B", l3: "C", period: "D", annual: "E" });
    expect(t.rows.map((r) => [r.period?.text, r.annual?.text])).toEqual([
      ["≥12场", "≥4场"],
      ["≥90%", "≥90%"],
    ]);
  });

  test("a two-row header: 上年 / 本年 is the baseline and the target; unknown words under 指标值 are still its second row", () => {
    const sheet = (a: string, b: string): CellValue[][] => [
      ["一级指标", "二级指标", "三级指标", "指标值", null],
      [null, null, null, a, b],
      ["产出指标", "数量指标", "举办业务培训场次", "3场", "≥4场"],
      ["满意度指标", "服务对象满意度指标", "参训人员满意度", "88%", "≥90%"],
    ];
    const merges = [
      { r1: 1, c1: 1, r2: 2, c2: 1 },
      { r1: 1, c1: 2, r2: 2, c2: 2 },
      { r1: 1, c1: 3, r2: 2, c2: 3 },
      { r1: 1, c1: 4, r2: 1, c2: 5 },
    ];
    const t = read(sheet("上年", "本年"), { merges }).tables[0];
    expect(roles(t.cols)).toEqual({ l1: "A", l2: "B", l3: "C", actual: "D", annual: "E" });
    const u = read(sheet("数值", "文字描述"), { merges }).tables[0];
    expect([u.headerTop, u.headerRow]).toEqual([1, 2]);
    expect(u.rows.map((r) => r.row)).toEqual([3, 4]);
    // a row of targets under the header is data, not a second header row
    const data = read(sheet("≥2场", "≥4场"), { merges }).tables[0];
    expect(data.headerRow).toBe(1);
  });

  describe("a two-row header with the level names on its second row", () => {
    const body: CellValue[][] = ROWS.map((r) => [...r, "说明"]);
    test.each<[string, CellValue[], CellValue[], Record<string, string>]>([
      [
        "绩效指标 over 一级 | 二级 | 三级, 指标值 and 备注 merged down",
        ["绩效指标", null, null, "指标值", "备注"],
        ["一级指标", "二级指标", "三级指标", null, null],
        { l1: "A", l2: "B", l3: "C", annual: "D", explain: "E" },
      ],
      [
        "two cells above (指标 | 指标值), 实施期 | 年度 under 指标值",
        ["指标", null, null, "指标值", null],
        ["一级指标", "二级指标", "三级指标", "实施期", "年度"],
        { l1: "A", l2: "B", l3: "C", period: "D", annual: "E" },
      ],
      [
        "two cells above (年度绩效指标 | 指标值), no note column, spaced level words",
        ["年度绩效指标", null, null, "指标值", null],
        ["一 级指标", "二级 指标", "三级指标", null, null],
        { l1: "A", l2: "B", l3: "C", annual: "D" },
      ],
    ])("%s", (_, top, second, expected) => {
      const noNote = !Object.values(expected).includes("E");
      const sheet = [top, second, ...(noNote ? body.map((r) => r.slice(0, 4)) : body)];
      const merges = [
        { r1: 1, c1: 1, r2: 1, c2: 3 },
        ...(second[3] === null ? [{ r1: 1, c1: 4, r2: 2, c2: 4 }] : [{ r1: 1, c1: 4, r2: 1, c2: 5 }]),
      ];
      const doc = read(sheet, { merges });
      expect(doc.tables).toHaveLength(1);
      const t = doc.tables[0];
      expect(roles(t.cols)).toEqual(expected);
      expect([t.headerTop, t.headerRow, rangeToA1(t.range)]).toEqual([1, 2, noNote ? "A1:D6" : "A1:E6"]);
      expect(names(doc)).toEqual(ROWS.map((r) => r[2]));
      expect(t.unknownHeaders).toEqual([]);
    });

    test("a second row of data or of words the reader does not know is no header's second row", () => {
      // 一级 names on the row below 指标 | 指标值 are data: the table starts at them, without a header
      expect(read([["指标", "指标值"], ...ROWS]).tables.map((t) => t.headerTop)).toEqual([2]);
      const unknownWords = read([
        ["绩效指标", null, null, "指标值"],
        ["一级指标", "二级指标", "考核内容", null],
        ...ROWS,
      ]).tables;
      expect(unknownWords.map((t) => [t.headerTop, t.headerRow])).not.toContainEqual([1, 2]);
    });
  });

  test("a target or unit column read from its cells (no header word above it) is inside the table's range", () => {
    const doc = read([
      ["一级指标", "二级指标", "三级指标", null, null],
      ...ROWS.map((r) => [
        r[0],
        r[1],
        r[2],
        String(r[3]).replace(/[^\d≥]/g, ""),
        String(r[3]).includes("%") ? "%" : "场",
      ]),
    ]);
    const t = doc.tables[0];
    expect(roles(t.cols)).toMatchObject({ annual: "D", unit: "E" });
    expect(rangeToA1(t.range)).toBe("A1:E5");
  });

  test.each([
    ["一级/二级指标", "三级指标"],
    ["指标", "指标内容"],
  ])("one column for both levels (%s | %s): 一级 headings, 二级 on the rows below them", (levels, names) => {
    const doc = read([
      [levels, names, "指标值"],
      ["产出指标", null, null],
      ["数量指标", "举办业务培训场次", "≥4场"],
      ["质量指标", "培训考核合格率", "≥95%"],
      ["效益指标", null, null],
      ["社会效益指标", "参训人员业务能力达标率", "≥90%"],
      ["满意度指标", null, null],
      ["服务对象满意度指标", "参训人员满意度", "≥90%"],
    ]);
    const t = doc.tables[0];
    expect(roles(t.cols)).toEqual({ l1: "A", l3: "B", annual: "C" });
    expect(t.levelsInOneColumn).toBe(true);
    expect(t.rows.filter((r) => r.l3).map((r) => [r.l1, r.l2, r.l2State, r.l1State])).toEqual(ROWS_READ);
  });

  test("both levels in one cell (产出指标-数量指标) under a header the reader does not know", () => {
    const doc = read([
      ["指标类别", "三级指标", "指标值"],
      ["产出指标-数量指标", "举办业务培训场次", "≥4场"],
      ["产出指标－质量指标", "培训考核合格率", "≥95%"],
      ["效益指标/社会效益指标", "参训人员业务能力达标率", "≥90%"],
      ["满意度指标-服务对象满意度指标", "参训人员满意度", "≥90%"],
    ]);
    const t = doc.tables[0];
    expect(roles(t.cols)).toEqual({ l1: "A", l3: "B", annual: "C" });
    expect(t.unknownHeaders).toEqual([]);
    expect(t.rows.map((r) => [r.l1, r.l2, r.l1State, r.l2State])).toEqual(ROWS_READ);
  });

  test("both levels in one cell tell the framework too: 成本指标-经济成本指标 is the 2021 one", () => {
    const t = read([
      ["指标类别", "三级指标", "指标值"],
      ["成本指标-经济成本指标", "人均培训成本", "≤500元/人"],
      ["产出指标-数量指标", "举办业务培训场次", "≥4场"],
      ["效益指标-社会效益指标", "参训人员业务能力达标率", "≥90%"],
      ["满意度指标-服务对象满意度指标", "参训人员满意度", "≥90%"],
    ]).tables[0];
    expect(t.framework).toBe("2021");
    expect(t.rows[0].l1).toBe("成本指标");
  });

  test("a header the reader does not know: the levels and the targets are read from the cells", () => {
    const doc = read([["类别", "子类", "项目", "考核要求"], ...ROWS]);
    // no header word is known: the table is found by its 一级 + 二级 names, its target column by its targets
    expect(doc.tables).toHaveLength(1);
    expect(roles(doc.tables[0].cols)).toMatchObject({ l1: "A", l2: "B", l3: "C", annual: "D" });
    expect(names(doc)).toEqual(ROWS.map((r) => r[2]));
  });

  test("the cells read for a column's role: the first rows of the body, not only the first one", () => {
    const doc = read([
      ["一级指标", "二级指标", "三级指标", "考核要求"],
      ["产出指标", "数量指标", "举办业务培训场次", null],
      [null, "质量指标", "培训考核合格率", null],
      ...ROWS.slice(2),
    ]);
    expect(roles(doc.tables[0].cols)).toMatchObject({ annual: "D" });
  });

  test("a header word longer than 24 characters is no column name", () => {
    const long = "指标值（请填写可量化的数值，不能量化的请填写定性描述，并与年度目标保持一致）";
    expect(long.replace(/[（）]/g, "").length).toBeGreaterThan(24);
    expect(headerRole(long)).toBeNull();
    expect(headerRole("指标值")).toBe("target");
  });

  test("an unknown header over the target column: the column is read from its cells", () => {
    const doc = read([["一级指标", "二级指标", "三级指标", "考核要求"], ...ROWS]);
    expect(roles(doc.tables[0].cols)).toMatchObject({ annual: "D" });
    expect(doc.tables[0].unknownHeaders).toEqual([]);
  });

  test("a level column is not understood when three or more of its names, and at least half, are unknown", () => {
    const withL1 = (names: string[]) =>
      read([HEAD, ...names.map((n, i) => [n, "数量指标", `指标${i}`, "1场"])]).tables[0].unreadable;
    expect(withL1(["甲类指标", "乙类指标", "产出指标", "效益指标"])).toEqual([]); // two unknown: each is an error of its own
    expect(withL1(["甲类指标", "乙类指标", "丙类指标", "产出指标"])).toEqual(["l1"]);
    expect(withL1(["甲类指标", "乙类指标", "丙类指标", "产出指标", "效益指标", "满意度指标", "产出指标"])).toEqual([]); // three of seven
  });

  test("a header needs three cells: two short header words alone start nothing", () => {
    expect(
      read([
        ["三级指标", "指标值"],
        ["举办业务培训场次", "≥4场"],
      ]).tables,
    ).toHaveLength(0);
  });

  test("a flat list with no 一级 / 二级 columns (corpus 08)", () => {
    const doc = read([
      ["绩效指标", "指标", "指标权重", "计量单位", "指标性质", "指标值"],
      [null, "发放人数", 20, "人数", "≥", 80],
      [null, "本土人才满意度", 10, "%", "≥", 95],
      [null, "促进社会和谐", 20, null, "定性", null],
    ]);
    const t = doc.tables[0];
    expect(t.flat).toBe(true);
    expect(roles(t.cols)).toEqual({ label: "A", l3: "B", weight: "C", unit: "D", nature: "E", annual: "F" });
    expect(t.rows.map((r) => [r.l1State, r.l2State])).toEqual(Array(3).fill(["absent", "absent"]));
    expect(t.rows.map((r) => r.weight?.value)).toEqual([20, 10, 20]);
  });
});

describe("where a table ends", () => {
  const table = (between: CellValue[][], after: CellValue[][] = []): DocModel =>
    read([HEAD, ...ROWS.slice(0, 2), ...between, ...ROWS.slice(2), ...after]);

  test("one blank row inside a table does not end it; two do", () => {
    expect(names(table([[]]))).toHaveLength(4);
    const doc = table([[], []]);
    expect(names(doc)).toHaveLength(2);
    expect(doc.tables[0].range.r2).toBe(3);
  });

  test.each<[string, CellValue[]]>([
    ["合计 | | | 100", ["合计", null, null, 100]],
    ["合 计 | | | 100%", ["合 计", null, null, "100%"]],
    ["总分 | 100", ["总分", 100]],
  ])("a total row under the table (%s) is the table's, not an indicator", (_, total) => {
    const doc = table([], [total, ["经办人：张三"]]);
    expect(names(doc)).toEqual(ROWS.map((r) => r[2]));
    expect(doc.tables[0].rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
    expect(doc.tables[0].range.r2).toBe(6);
  });

  test("a row starting with 合计 that names anything is no total row", () => {
    // (a 一级 column reading 合计 beside an indicator is that row's mistake, reported by the rules)
    const doc = table([], [["合计", "数量指标", "举办培训场次", "≥4场"]]);
    expect(doc.tables[0].rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
  });

  test("footers (经办人及联系电话, 上报时间) end the table and are not indicators", () => {
    const doc = table([], [["经办人及联系电话：张三 13800000000", null, null, null], ["上报时间：2022年1月5日"]]);
    expect(names(doc)).toHaveLength(4);
    expect(doc.tables[0].rows.every((r) => r.l1State !== "unknown")).toBe(true);
    expect(doc.tables[0].range.r2).toBe(5);
  });

  test("a signature row (财政部门审核意见 | (盖章)) after the table", () => {
    const doc = read([["绩效指标", ...HEAD], ...ROWS.map((r) => [null, ...r]), ["财政部门审核意见", "(盖章)"]]);
    expect(doc.tables[0].range.r2).toBe(5);
  });

  test("a page header (表十二) and the header repeated after a page break stay inside the table", () => {
    const doc = read([HEAD, ...ROWS.slice(0, 2), ["表十二"], HEAD, ...ROWS.slice(2)]);
    expect(doc.tables).toHaveLength(1);
    expect(names(doc)).toHaveLength(4);
  });

  test("a closing text over 60 characters in the label column ends the table, even beside names; 60 do not", () => {
    const text = (n: number) => "镇财政分局批复意见：".padEnd(n, "同");
    const withText = (n: number) =>
      read([
        ["绩效指标", ...HEAD],
        ...ROWS.map((r) => [null, ...r]),
        [text(n), "产出指标", "数量指标", "举办活动", "1场"],
      ]);
    expect(names(withText(61))).toHaveLength(4);
    expect(names(withText(60))).toHaveLength(5);
    const stray = read([
      ["绩效指标", ...HEAD],
      [null, ...ROWS[0]],
      ["镇财政分局批复意见", null, "质量指标", "培训考核合格率", "≥95%"],
      [null, ...ROWS[2]],
    ]);
    expect(names(stray)).toHaveLength(3);
    expect(stray.tables[0].rows[1].strayLabel?.text).toBe("镇财政分局批复意见");
  });

  test("a label written over two rows is one label (社会公众或服务 / 对象满意度指标, corpus 04)", () => {
    const doc = read([
      ["一级指标", "二级指标", "指标内容", "指标值"],
      ["产出指标", "数量指标", "新增高新技术企业", "15家"],
      ["效益指标", "社会效益指标", "企业竞争力", "增强"],
      [null, "社会公众或服务", "政策满意度", "≥90%"],
      [null, "对象满意度指标", null, null],
    ]);
    const t = doc.tables[0];
    expect(t.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(t.rows[2]).toMatchObject({ l1: "效益指标", l2: "服务对象满意度指标", l2EndRow: 5 });
    expect(t.oldForm).toBe(true);
  });
});

describe("targets as the clerk sees them", () => {
  test('95% typed into Excel (0.95 formatted 0%) reads as 95%, with its unit from a format such as 0"人"', () => {
    const doc = read(
      [
        HEAD,
        ["产出指标", "数量指标", "发放人数", 80],
        [null, "质量指标", "发放准确率", 0.95],
        ["满意度指标", "服务对象满意度指标", "满意度", 0.905],
      ],
      { formats: [[], [null, null, null, '0"人"'], [null, null, null, "0%"], [null, null, null, "0.0%"]] },
    );
    const values = doc.tables[0].rows.map((r) => [
      r.annual!.text,
      r.annual!.parsed.q[0].unit,
      r.annual!.parsed.q[0].num,
    ]);
    expect(values).toEqual([
      ["80人", "人", 80],
      ["95%", "%", 95],
      ["90.5%", "%", 90.5],
    ]);
    // the cell's own value is kept for fixes
    expect(doc.tables[0].rows[1].annual!.raw).toBe(0.95);
  });

  test("a 计量单位 of “-” means none; Chinese numerals count", () => {
    const doc = read([
      ["一级指标", "二级指标", "三级指标", "指标值", "度量单位"],
      ["产出指标", "数量指标", "补助学生数量", 168, "-"],
      [null, null, "举办活动", "两场", null],
    ]);
    expect(doc.tables[0].rows[0].unitText).toBeNull();
    expect(doc.tables[0].rows[1].annual!.parsed.q[0]).toMatchObject({ num: 2, unit: "场", kind: "count" });
  });
});

describe("multi-project lists (一体化 exports, corpus 15)", () => {
  const doc = read(
    [
      ["部门:505_湘西州教育和体育局", "金额单位:万元"],
      ["单位代码", "单位(专项)名称", "资金总额", "实施期绩效目标", "绩效指标"],
      [null, null, null, null, "一级指标", "二级指标", "三级指标", "指标值", "度量单位", "指标值类型"],
      ["505006", "州民族特殊教育学校", "30.00"],
      ["505006", "学生伙食费", "30.00", null, "成本指标", "经济成本指标", "学生补助标准", "17元/人", "-", "定量"],
      [null, null, null, null, "满意度指标", "服务对象满意度指标", "学生满意度", "95%以上", "-", "定性"],
      [
        "505007",
        "校舍维修",
        "12.00",
        "完成校舍维修",
        "产出指标",
        "数量指标",
        "维修校舍面积",
        "≥500平方米",
        "-",
        "定量",
      ],
    ],
    { merges: [{ r1: 2, c1: 5, r2: 2, c2: 10 }] },
  );
  test("the unit row holds no indicator; each project row starts a table of its own", () => {
    expect(doc.tables.map((t) => [t.title, rangeToA1(t.range), t.rows.length])).toEqual([
      ["学生伙食费", "A5:J6", 2],
      ["校舍维修", "A7:J7", 1],
    ]);
    expect(doc.tables[0].headerTop).toBe(2);
    expect(roles(doc.tables[0].cols)).toMatchObject({
      code: "A",
      project: "B",
      amount: "C",
      goal: "D",
      l1: "E",
      l2: "F",
      l3: "G",
      annual: "H",
      unit: "I",
      nature: "J",
    });
  });
  test("each project has its 资金总额 (in 万元) as its budget and its 实施期绩效目标", () => {
    expect(
      doc.projects.map((p) => [p.name?.text, p.budget?.value, p.budgetFactor, p.slots.goal?.value?.text ?? null]),
    ).toEqual([
      ["学生伙食费", 30, 10000, null],
      ["校舍维修", 12, 10000, "完成校舍维修"],
    ]);
  });
});

describe("project forms: labels, budgets and their parts", () => {
  const TABLE: CellValue[][] = [["绩效指标", ...HEAD], ...ROWS.map((r) => [null, ...r])];
  const project = (header: CellValue[][], extra: Partial<SheetInput> = {}) =>
    read([...header, ...TABLE], extra).projects[0];

  test("年度资金总额 with its 其中 parts, the unit in the block label (项目资金(万元))", () => {
    const p = project([
      ["项目名称", "特困家庭再扶助"],
      ["项目资金(万元)", "年度资金总额:", 10],
      [null, "其中:财政拨款", 8],
      [null, "其他资金", 2],
    ]);
    expect([p.name?.text, p.budgetLabel?.text, p.budget?.value, p.budgetFactor]).toEqual([
      "特困家庭再扶助",
      "年度资金总额:",
      10,
      10000,
    ]);
    expect(p.breakdowns[0].parts.map((x) => [x.label.text, x.amount.value])).toEqual([
      ["其中:财政拨款", 8],
      ["其他资金", 2],
    ]);
  });

  test("the amount column headed 金额(万元): the parts alone, top level only ((一) over 1、)", () => {
    const p = project([
      ["项目名称", "特困家庭再扶助"],
      ["项目资金(万元)", "年度资金总额", "金额(万元)"],
      [null, "(一)财政拨款小计", 6.3],
      [null, "1、一般公共预算", 6.3],
      [null, "(二)自有资金小计", 0],
    ]);
    expect(p.budget).toBeNull();
    expect(p.breakdowns[0].parts.map((x) => x.amount.value)).toEqual([6.3, 0]);
  });

  test.each([
    ["项目金额", 500000, null, null], // no unit printed anywhere: unknown, and no cost is compared with it
    ["项目预算金额(万元)", 50, 10000, null],
    ["当年预算", 229.66, 10000, "单位:万元"],
    ["2025年预算金额", 92400, 1, null],
    ["本年度预算（万元）", 30, 10000, null],
    ["申报金额(万元)", 30, 10000, null],
    ["预算安排(万元)", 30, 10000, null],
  ])("%s", (label, amount, factor, unitLine) => {
    const header: CellValue[][] = [
      ["项目名称", "某项目"],
      [label, amount],
    ];
    const p = unitLine ? read([[unitLine], ...header, ...TABLE]).projects[0] : project(header);
    expect([p.budgetLabel?.text, p.budget?.value, p.budgetFactor]).toEqual([label, amount, factor]);
  });

  test("money labels side by side (资金来源(万元) | 合计 | 财政拨款 | 自筹资金), their amounts on the row below", () => {
    const p = project([
      ["项目名称", "某项目"],
      ["资金来源(万元)", "合计", "财政拨款", "自筹资金"],
      [null, 30, 25, 5],
    ]);
    expect([p.budgetLabel?.text, p.budget?.value, p.budgetFactor]).toEqual(["合计", 30, 10000]);
    expect(p.breakdowns[0].parts.map((x) => [x.label.text, x.amount.value])).toEqual([
      ["财政拨款", 25],
      ["自筹资金", 5],
    ]);
    // the parts alone: the budget is their sum (no total printed)
    const parts = project([
      ["项目名称", "某项目"],
      ["项目资金(万元)", "财政资金", "其他资金"],
      [null, 25, 5],
    ]);
    expect([parts.budget, parts.breakdowns[0].parts.length]).toEqual([null, 2]);
    // words of other fields side by side (市级 | 区级 over text) are no money
    const levels = project([
      ["项目名称", "某项目"],
      ["项目级别", "市级", "区级"],
      ["主管部门", "某局", "某中心"],
    ]);
    expect(levels.breakdowns).toEqual([]);
  });

  test("label and amount in one cell (年度资金总额:203), the unit in the amount (854万(…))", () => {
    expect(
      project([
        ["项目名称", "x"],
        ["项目资金 (万元)", "年度资金总额:203"],
        [null, "其中:财政拨款 203"],
      ]).breakdowns[0].parts[0].amount.value,
    ).toBe(203);
    const p = project([
      ["项目名称", "x"],
      ["资金情况", "年度资金总额:", "854万(高标准农田建设400万元)"],
    ]);
    expect([p.budget?.value, p.budgetFactor]).toEqual([854, 10000]);
  });

  test("资金总额 beside 当年资金总额; 中期 | (empty) | 年度预算资金总额", () => {
    const a = project([
      ["项目名称", "x"],
      ["项目资金", "资金总额", 936, "当年资金总额:", 900],
    ]);
    expect([a.budget?.value, a.periodBudget?.value]).toEqual([900, 936]);
    const b = project([
      ["项目名称", "x"],
      ["项目预算资金(万元)", "中期预算资金总额", null, "年度预算资金总额", 25],
    ]);
    expect([b.budget?.value, b.budgetFactor, b.periodBudget?.text]).toEqual([25, 10000, ""]);
  });

  test("fields in other words, two pairs on a row, free texts under a header-like row", () => {
    const p = project([
      ["专项名称", "再就业援助", "专项属性", "延续专项"],
      ["部门名称", "桃源县财政局", "资金总额(万元)", 380],
      ["总体目标", "中期目标", "年度目标"],
      [null, "推进科技事业发展", "新增高新技术企业15家"],
    ]);
    expect([
      p.name?.text,
      p.slots.type?.value?.text,
      p.slots.dept?.value?.text,
      p.budget?.value,
      p.budgetFactor,
    ]).toEqual(["再就业援助", "延续专项", "桃源县财政局", 380, 10000]);
    expect(p.texts.map((t) => [t.label, t.cell.text])).toEqual([
      ["中期目标", "推进科技事业发展"],
      ["年度目标", "新增高新技术企业15家"],
    ]);
  });
});

describe("department forms: task money in columns", () => {
  test("小计 / 市财政拨款 / 其他资金 under a two-row header, a 合计 row, the list ends at the next section", () => {
    const d = read([
      ["部门(单位)名称", "东莞展览馆"],
      ["年度主要任务", "任务名称", "主要内容", "年度预算金额(万元)"],
      [null, null, null, "小计", "市财政拨款", "其他资金"],
      [null, "日常运转", "人员经费", null, 1166.1, null],
      [null, "日常维护", "水电费", null, 549.34, null],
      [null, "金额合计", "*", 0, 1715.44, 0],
      ["总体目标", "中期滚动目标(2022年--2024年)", "年度目标"],
    ]).departments[0];
    expect(d.name?.text).toBe("东莞展览馆");
    expect(d.tasks.map((t) => [t.name.text, t.amount?.value, t.subtotal?.text])).toEqual([
      ["日常运转", 1166.1, ""],
      ["日常维护", 549.34, ""],
    ]);
    expect(d.taskTotal).toMatchObject({ partLabels: ["市财政拨款", "其他资金"] });
    expect(d.tasksFactor).toBe(10000);
  });
});

describe("department forms: budget labels and the task list's money header", () => {
  test("总额 / 财政拨款 / 其他资金 under the task amount header are task columns, not the department's budget", () => {
    const d = read([
      ["部门(单位)名称", "某镇人民政府"],
      ["年度主要任务", "任务名称", "主要内容", "预算金额(万元)"],
      [null, null, null, "总额", "财政拨款", "其他资金"],
      [null, "社会治理", "开展综治工作", 100, 100, 0],
      [null, "公共服务", "提供便民服务", 50, 40, 10],
    ]).departments[0];
    expect(d.tasks.map((t) => [t.name.text, t.amount?.value, t.parts?.map((p) => p.value)])).toEqual([
      ["社会治理", 100, [100, 0]],
      ["公共服务", 50, [40, 10]],
    ]);
    expect(d.labels).toEqual({});
  });

  test("budget labels side by side in one row take their amounts from the row below", () => {
    const d = read([
      ["部门(单位)名称", "某镇人民政府", null, null],
      ["基本支出", "项目支出", "财政拨款", "其他资金"],
      [100, 50, 140, 10],
    ]).departments[0];
    expect(Object.fromEntries(Object.entries(d.amounts).map(([k, a]) => [k, a?.value]))).toEqual({
      basic: 100,
      project: 50,
      fiscal: 140,
      other: 10,
    });
    // a label with its amount to the right reads as before
    const right = read([
      ["部门(单位)名称", "某镇人民政府"],
      ["基本支出", 100, "项目支出", 50],
    ]).departments[0];
    expect([right.amounts.basic?.value, right.amounts.project?.value]).toEqual([100, 50]);
  });
});

// ------------------------------------------------------------------------------------------ the real tables

const CORPUS = path.join(SHARED, "corpus");
/** Per corpus table: each table's range, header row and column roles, as read (checked against the .tsv by hand). */
const PINS: Record<string, { range: string; header: number; cols: Record<string, string> }[]> = {
  "02": [{ range: "A16:E25", header: 16, cols: { label: "A", l1: "B", l2: "C", l3: "D", annual: "E" } }],
  "03": [
    {
      range: "A7:G18",
      header: 7,
      cols: { l1: "A", l2: "B", l3: "C", nature: "D", annual: "E", unit: "F", weight: "G" },
    },
  ],
  "04": [{ range: "A12:E21", header: 12, cols: { l1: "A", l2: "B", l3: "C", annual: "D", explain: "E" } }],
  "05": [{ range: "A10:E22", header: 10, cols: { label: "A", l1: "B", l2: "C", l3: "D", annual: "E" } }],
  "06": [{ range: "A9:F25", header: 9, cols: { label: "A", l1: "B", l2: "C", l3: "D", annual: "E", explain: "F" } }],
  "08": [
    { range: "A10:F15", header: 10, cols: { label: "A", l3: "B", weight: "C", unit: "D", nature: "E", annual: "F" } },
    { range: "A25:F30", header: 25, cols: { label: "A", l3: "B", weight: "C", unit: "D", nature: "E", annual: "F" } },
  ],
  "11": [{ range: "A9:E21", header: 9, cols: { label: "A", l1: "B", l2: "C", l3: "D", annual: "E" } }],
  "13": [{ range: "A10:E17", header: 10, cols: { label: "A", l1: "B", l2: "C", l3: "D", annual: "E" } }],
  "14": [
    {
      range: "A8:G21",
      header: 8,
      cols: { l1: "A", l2: "B", l3: "C", symbol: "D", annual: "E", unit: "F", explain: "G" },
    },
  ],
  "15": [
    {
      range: "A5:L19",
      header: 3,
      cols: {
        code: "A",
        project: "B",
        amount: "C",
        goal: "D",
        l1: "E",
        l2: "F",
        l3: "G",
        annual: "H",
        explain: "I",
        scoring: "J",
        unit: "K",
        nature: "L",
      },
    },
  ],
  "16": [{ range: "A11:G20", header: 11, cols: { label: "A", l1: "B", l2: "C", l3: "D", annual: "F", explain: "G" } }],
  "17": [],
  "19": [],
};

describeShared("the corpus tables' extents, header rows and column roles", () => {
  const files = fs.existsSync(CORPUS)
    ? fs
        .readdirSync(CORPUS)
        .filter((f) => f.endsWith(".xlsx"))
        .sort()
    : [];
  test("every corpus table is pinned", () =>
    expect(files.map((f) => f.slice(0, 2)).sort()).toEqual(Object.keys(PINS).sort()));
  test.each(files)("%s", async (file) => {
    const [sheet] = await readSheets(path.join(CORPUS, file));
    const doc = readDocument(new Grid(sheet), OPT);
    const got = doc.tables.map((t) => ({ range: rangeToA1(t.range), header: t.headerRow, cols: roles(t.cols) }));
    expect(got).toEqual(PINS[file.slice(0, 2)]);
  });
});
