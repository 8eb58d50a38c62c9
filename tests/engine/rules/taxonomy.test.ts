/** Rule tests for the taxonomy category (docs/domain.md §2): 一级 / 二级 names, their parents, codes and frameworks. */
import {
  CLEAN_CODED,
  clean2021Rows,
  clean2021Table,
  cleanRows,
  cleanTable,
  coded,
  edit,
  ind,
  indicatorTable,
  listRow,
  offset,
  projectForm,
  projectList,
  ruleTester,
  set,
  type CategoryCases,
  type CodedItem,
} from "../rule-tester";

const [QTY, QUALITY, SOCIAL, SATISFIED] = CLEAN_CODED;
const list = (items: CodedItem[], name = "区法学会经费") => projectList([listRow(name, 28, 28, items)]);

/** 22-社会效益 and 24-可持续影响 filed under 1-产出 (seed 004, G16). */
const UNDER_OUTPUT: CodedItem = [
  "1-产出指标",
  "22-社会效益指标",
  "群众法律意识提升情况",
  "法律咨询服务覆盖全区各街道",
  "法律咨询服务覆盖全区各街道",
];
const UNDER_OUTPUT_FIXED: CodedItem = ["2-效益指标", ...UNDER_OUTPUT.slice(1)] as CodedItem;
const SUSTAIN_UNDER_OUTPUT: CodedItem = [
  "1-产出指标",
  "24-可持续影响指标",
  "服务站运营情况",
  "服务站全年正常运营",
  "服务站全年正常运营",
];
const SUSTAIN_FIXED: CodedItem = ["2-效益指标", ...SUSTAIN_UNDER_OUTPUT.slice(1)] as CodedItem;

/** 2021 table with 成本指标 also under 产出 (row 6). */
const MIXED_2021 = indicatorTable([
  ...clean2021Rows().slice(0, 4),
  ind(null, "成本指标", "人均场地费", "≤2000元/场", "≤2000元/场"),
  ...clean2021Rows().slice(4),
]);

/** One column for both levels: each 一级 a heading row of its own, the 二级 on the indicator rows below it. */
const ONE_COLUMN = (level2UnderBenefit = "社会效益指标") => [
  ["一级/二级指标", "三级指标", "指标值"],
  ["产出指标", null, null],
  ["数量指标", "举办业务培训场次", "≥4场"],
  ["质量指标", "培训考核合格率", "≥95%"],
  ["效益指标", null, null],
  [level2UnderBenefit, "参训人员业务能力达标率", "≥90%"],
  ["满意度指标", null, null],
  ["服务对象满意度指标", "参训人员满意度", "≥90%"],
];

const ALT_CODES = {
  level1: { "1": "效益指标", "2": "产出指标", "3": "满意度指标" },
  level2: { "11": "数量指标", "12": "质量指标", "22": "社会效益指标", "31": "服务对象满意度指标" },
};

export const cases: CategoryCases = {
  "taxonomy/budget-execution-rate": {
    valid: [
      { name: "a real cost standard", rows: cleanTable() },
      {
        name: "预算执行率 as a 效益 indicator is not this rule's concern",
        rows: set(cleanTable(), "D6", "预算执行率"),
      },
      { name: "预算执行率 under 时效", rows: set(cleanTable(), "D4", "预算执行率") },
    ],
    invalid: [
      {
        name: "seed 001: 预算执行率（%） under 产出 / 成本指标",
        rows: set(cleanTable(), "D5", "预算执行率（%）"),
        errors: [{ messageId: "asCost", address: "D5", data: { name: "预算执行率（%）" } }],
      },
      {
        name: "2021: 资金执行率 under 成本指标 / 经济成本指标",
        rows: set(clean2021Table(), "D2", "资金执行率"),
        errors: [{ messageId: "asCost", address: "D2", data: { name: "资金执行率" } }],
      },
      {
        name: "two rate rows under 成本指标",
        rows: indicatorTable([
          ...cleanRows().slice(0, 3),
          ind(null, "成本指标", "预算执行率", "≥90%", "≥90%"),
          ind(null, null, "支出进度", "100%", "100%"),
          ...cleanRows().slice(4),
        ]),
        errors: [
          { messageId: "asCost", address: "D5", data: { name: "预算执行率" } },
          { messageId: "asCost", address: "D6", data: { name: "支出进度" } },
        ],
      },
    ],
  },

  "taxonomy/code-mismatch": {
    valid: [
      { name: "codes agree with names", rows: list(CLEAN_CODED) },
      {
        name: "an unknown code is not compared",
        rows: list([QTY, ["9-效益指标", "22-社会效益指标", "群众法律意识提升情况", "持续开展", "持续开展"], SATISFIED]),
      },
      {
        name: "a configured code table",
        rows: list([
          ["1-效益指标", "22-社会效益指标", "群众法律意识提升情况", "覆盖全区", "覆盖全区"],
          ["2-产出指标", "11-数量指标", "召开报告会场次", "≥2场", "≥2场"],
        ]),
        config: { codes: ALT_CODES },
      },
      { name: "indicator tables have no codes", rows: cleanTable() },
    ],
    invalid: [
      {
        name: "一级 code 1 with the name 效益指标",
        rows: list([QTY, ["1-效益指标", "22-社会效益指标", "群众法律意识提升情况", "覆盖全区", "覆盖全区"], SATISFIED]),
        errors: [{ messageId: "level1", address: "G3", data: { code: "1", expected: "产出指标", name: "效益指标" } }],
      },
      {
        name: "一级 and 二级 codes both wrong in one item",
        rows: projectList([
          listRow("合同审查经费", 5),
          listRow("区法学会经费", 28, 28, [
            ["2-产出指标", "12-数量指标", "召开报告会场次", "≥2场", "≥2场"],
            SOCIAL,
            SATISFIED,
          ]),
        ]),
        errors: [
          { messageId: "level1", address: "G4", data: { code: "2", expected: "效益指标", name: "产出指标" } },
          { messageId: "level2", address: "G4", data: { code: "12", expected: "质量指标", name: "数量指标" } },
        ],
      },
      {
        name: "the default codes checked against a configured table (two 一级 disagree; the repeated one once)",
        rows: list(CLEAN_CODED.slice(0, 3)),
        config: { codes: ALT_CODES },
        errors: [
          { messageId: "level1", address: "G3", data: { code: "1", expected: "效益指标", name: "产出指标" } },
          { messageId: "level1", address: "G3", data: { code: "2", expected: "产出指标", name: "效益指标" } },
        ],
      },
    ],
  },

  "taxonomy/framework-mixed": {
    valid: [
      { name: "2020: 成本指标 under 产出", rows: cleanTable() },
      { name: "2021: 成本指标 as 一级", rows: clean2021Table() },
      { name: "2021 forced on a 2021 table", rows: clean2021Table(), config: { framework: "2021" } },
      {
        name: "coded 14-成本指标 under 产出",
        rows: list([...CLEAN_CODED, ["1-产出指标", "14-成本指标", "人均培训成本", "≤500元/人", "≤500元/人"]]),
      },
    ],
    invalid: [
      {
        name: "a 2021 table with 成本指标 also under 产出",
        rows: MIXED_2021,
        errors: [{ messageId: "costUnderOutput", address: "C6", data: {} }],
      },
      {
        name: "framework forced to 2021 on a 2020 table",
        rows: cleanTable(),
        config: { framework: "2021" },
        errors: [{ messageId: "costUnderOutput", address: "C5" }],
      },
      {
        name: "framework forced to 2020 on a 2021 table",
        rows: clean2021Table(),
        config: { framework: "2020" },
        errors: [{ messageId: "costL2In2020", address: "C2", data: { text: "经济成本指标" } }],
      },
      {
        name: "coded text is 2020: a 2021 cost 二级 in it",
        rows: list([...CLEAN_CODED, ["1-产出指标", "14-经济成本指标", "人均培训成本", "≤500元/人", "≤500元/人"]]),
        errors: [{ messageId: "costL2In2020", address: "G3", data: { text: "经济成本指标" } }],
      },
      {
        name: "forced 2020: two 2021 cost 二级",
        rows: clean2021Table([ind("成本指标", "社会成本指标", "群众出行时间成本", "≤30分钟", "≤30分钟")]),
        config: { framework: "2020" },
        errors: [
          { messageId: "costL2In2020", address: "C2", data: { text: "经济成本指标" } },
          { messageId: "costL2In2020", address: "C8", data: { text: "社会成本指标" } },
        ],
      },
    ],
  },

  "taxonomy/indicator-misfiled": {
    valid: [
      { name: "a clean table", rows: cleanTable() },
      {
        name: "an ecological indicator under 生态效益",
        rows: cleanTable([ind("效益指标", "生态效益指标", "办公用电节约率", "≥5%", "≥5%")]),
      },
      {
        name: "a satisfaction name under an unknown 一级 is left to level1-unknown",
        rows: edit(cleanTable(), { B6: "其他指标", D6: "群众满意度" }),
      },
      { name: "预算执行率 under 效益 is not a cost", rows: set(cleanTable(), "D6", "预算执行率") },
    ],
    invalid: [
      {
        name: "satisfaction under 效益",
        rows: set(cleanTable(), "D6", "群众满意度"),
        errors: [{ messageId: "satisfaction", address: "D6", data: { name: "群众满意度" } }],
      },
      {
        name: "satisfaction under 产出 / 质量",
        rows: set(cleanTable(), "D3", "学员满意率"),
        errors: [{ messageId: "satisfaction", address: "D3", data: { name: "学员满意率" } }],
      },
      {
        name: "seed 000: a cost under 社会效益 (2020)",
        rows: set(cleanTable(), "D6", "人均培训费用"),
        errors: [{ messageId: "cost", address: "D6", data: { name: "人均培训费用", expected: "产出指标 / 成本指标" } }],
      },
      {
        name: "a cost under 社会效益 (2021) points to 经济成本指标",
        rows: set(clean2021Table(), "D6", "网格员工资"),
        errors: [
          { messageId: "cost", address: "D6", data: { name: "网格员工资", expected: "成本指标 / 经济成本指标" } },
        ],
      },
      {
        name: "seed 000: satisfaction and a non-ecological row under 生态效益",
        rows: cleanTable([
          ind("效益指标", "生态效益指标", "社区居民满意度", "≥90%", "≥90%"),
          ind(null, null, "网格员出勤率", "≥95%", "≥95%"),
        ]),
        errors: [
          { messageId: "satisfaction", address: "D8", data: { name: "社区居民满意度" } },
          { messageId: "ecology", address: "D9", data: { name: "网格员出勤率" } },
        ],
      },
    ],
  },

  "taxonomy/level1-is-level2": {
    valid: [
      { name: "a clean table", rows: cleanTable() },
      { name: "2021: 成本指标 is a 一级", rows: clean2021Table() },
      { name: "a variant 一级 name is another rule's", rows: set(cleanTable(), "B6", "效果指标") },
      { name: "one column for both levels: a 二级 under its 一级 heading is in its place", rows: ONE_COLUMN() },
      {
        name: "a value under a merge (exceljs repeats it) is not read",
        rows: set(cleanTable(), "B3", "质量指标"),
        merges: ["B2:B5"],
      },
    ],
    invalid: [
      {
        name: "the top-left cell of a merged 一级 holds a 二级: one finding for the merge",
        rows: edit(cleanTable(), { B3: "质量指标", B4: "质量指标", B5: "质量指标" }),
        merges: ["B3:B5"],
        errors: [
          {
            messageId: "level2",
            address: "B3",
            data: { text: "质量指标", expected: "产出指标" },
            fix: { from: "质量指标", to: "产出指标" },
          },
        ],
      },
      {
        name: "seed 000: 质量指标 in the 一级 column, 二级 column filled: fixable",
        rows: set(cleanTable(), "B3", "质量指标"),
        errors: [
          {
            messageId: "level2",
            address: "B3",
            data: { text: "质量指标", expected: "产出指标" },
            fix: { from: "质量指标", to: "产出指标" },
          },
        ],
      },
      {
        name: "seed 002: 社会效益 in the 一级 column with an empty 二级: not fixable",
        rows: edit(cleanTable(), { B6: "社会效益", C6: null }),
        errors: [
          {
            messageId: "level2Move",
            address: "B6",
            data: { text: "社会效益", expected: "效益指标", l2: "社会效益指标" },
            fix: null,
          },
        ],
      },
      {
        name: "two rows, table moved right and down",
        rows: edit(offset(cleanTable(), 4, 1), { C8: "时效指标", C9: "成本指标" }),
        errors: [
          {
            messageId: "level2",
            address: "C8",
            data: { text: "时效指标", expected: "产出指标" },
            fix: { from: "时效指标", to: "产出指标" },
          },
          {
            messageId: "level2",
            address: "C9",
            data: { text: "成本指标", expected: "产出指标" },
            fix: { from: "成本指标", to: "产出指标" },
          },
        ],
      },
    ],
  },

  "taxonomy/level1-unknown": {
    valid: [
      { name: "a clean table", rows: cleanTable() },
      { name: "a known variant is known", rows: set(cleanTable(), "B6", "效果指标") },
      { name: "a 二级 in the 一级 column is another rule's", rows: set(cleanTable(), "B3", "质量指标") },
      { name: "coded names with the default codes", rows: list(CLEAN_CODED) },
    ],
    invalid: [
      {
        name: "产出目标",
        rows: set(cleanTable(), "B2", "产出目标"),
        errors: [
          {
            messageId: "unknown",
            address: "B2",
            data: { text: "产出目标", expected: "产出指标、效益指标、满意度指标" },
          },
        ],
      },
      {
        name: "2021 table: the expected list includes 成本指标",
        rows: set(clean2021Table(), "B6", "影响指标"),
        errors: [
          {
            messageId: "unknown",
            address: "B6",
            data: { text: "影响指标", expected: "成本指标、产出指标、效益指标、满意度指标" },
          },
        ],
      },
      {
        name: "coded: unknown code and name",
        rows: list([QTY, ["9-绩效指标", "22-社会效益指标", "群众法律意识提升情况", "覆盖全区", "覆盖全区"], SATISFIED]),
        errors: [
          {
            messageId: "unknown",
            address: "G3",
            data: { text: "绩效指标", expected: "产出指标、效益指标、满意度指标" },
          },
        ],
      },
      {
        name: "two unknown 一级",
        rows: edit(cleanTable(), { B6: "效果与影响", B7: "评价指标" }),
        errors: [
          {
            messageId: "unknown",
            address: "B6",
            data: { text: "效果与影响", expected: "产出指标、效益指标、满意度指标" },
          },
          {
            messageId: "unknown",
            address: "B7",
            data: { text: "评价指标", expected: "产出指标、效益指标、满意度指标" },
          },
        ],
      },
    ],
  },

  "taxonomy/level2-unknown": {
    valid: [
      { name: "a clean table", rows: cleanTable() },
      { name: "short and variant names are known", rows: edit(cleanTable(), { C4: "进度指标", C6: "社会效益" }) },
      { name: "2021 cost 二级", rows: clean2021Table() },
    ],
    invalid: [
      {
        name: "服务质量",
        rows: set(cleanTable(), "C3", "服务质量"),
        errors: [{ messageId: "unknown", address: "C3", data: { text: "服务质量" } }],
      },
      {
        name: "a 一级 name in the 二级 column",
        rows: set(cleanTable(), "C3", "产出指标"),
        errors: [{ messageId: "isLevel1", address: "C3", data: { text: "产出指标" } }],
      },
      {
        name: "coded: unknown 二级 code and name",
        rows: list([QTY, ["2-效益指标", "29-其他指标", "群众法律意识提升情况", "覆盖全区", "覆盖全区"], SATISFIED]),
        errors: [{ messageId: "unknown", address: "G3", data: { text: "其他指标" } }],
      },
      {
        name: "both messages in one table",
        rows: edit(cleanTable(), { C4: "工作进展", C6: "效益指标" }),
        errors: [
          { messageId: "unknown", address: "C4", data: { text: "工作进展" } },
          { messageId: "isLevel1", address: "C6", data: { text: "效益指标" } },
        ],
      },
    ],
  },

  "taxonomy/level2-wrong-parent": {
    valid: [
      { name: "a clean table", rows: cleanTable() },
      { name: "a clean coded list", rows: list(CLEAN_CODED) },
      {
        name: "服务对象满意度 under 效益 is satisfaction-under-benefit's",
        rows: indicatorTable([
          ...cleanRows().slice(0, 5),
          ind(null, "服务对象满意度指标", "群众满意度", "≥90%", "≥90%"),
        ]),
      },
      { name: "2021: 经济成本指标 under 成本指标", rows: clean2021Table() },
      { name: "one column for both levels", rows: ONE_COLUMN() },
    ],
    invalid: [
      {
        name: "both levels in one cell: 效益指标-数量指标",
        rows: [
          ["指标类别", "三级指标", "指标值"],
          ["产出指标-数量指标", "举办业务培训场次", "≥4场"],
          ["效益指标-数量指标", "带动就业人数", "≥80人"],
          ["满意度指标-服务对象满意度指标", "参训人员满意度", "≥90%"],
        ],
        errors: [
          { messageId: "parent", address: "A3", data: { l1: "效益指标", l2: "数量指标", expected: "产出指标" } },
        ],
      },
      {
        name: "one column for both levels: 数量指标 under the 效益指标 heading",
        rows: ONE_COLUMN("数量指标"),
        errors: [
          { messageId: "parent", address: "A6", data: { l1: "效益指标", l2: "数量指标", expected: "产出指标" } },
        ],
      },
      {
        name: "社会效益指标 under 产出",
        rows: set(cleanTable(), "C3", "社会效益指标"),
        errors: [
          { messageId: "parent", address: "C3", data: { l1: "产出指标", l2: "社会效益指标", expected: "效益指标" } },
        ],
      },
      {
        name: "数量指标 under 效益 in a 2021 project form",
        rows: projectForm({}, [
          ...clean2021Rows().slice(0, 4),
          ind("效益指标", "数量指标", "受益群众人数", "≥500人", "≥500人"),
          ...clean2021Rows().slice(5),
        ]),
        errors: [
          { messageId: "parent", address: "C13", data: { l1: "效益指标", l2: "数量指标", expected: "产出指标" } },
        ],
      },
      {
        name: "coded: 22-社会效益 under 1-产出, fixed to 2-效益指标",
        rows: list([QTY, UNDER_OUTPUT, SATISFIED]),
        errors: [
          {
            messageId: "codedParent",
            address: "G3",
            data: { l1code: "1", l1name: "产出指标", l2code: "22", l2name: "社会效益指标", fixed: "2-效益指标" },
            fix: { from: coded([QTY, UNDER_OUTPUT, SATISFIED]), to: coded([QTY, UNDER_OUTPUT_FIXED, SATISFIED]) },
          },
        ],
      },
      {
        name: "seed 004 G16: two items in one cell, each fix touches only its own item",
        rows: projectList([
          listRow("合同审查经费", 5),
          listRow("区法学会经费", 28, 28, [QTY, UNDER_OUTPUT, SUSTAIN_UNDER_OUTPUT]),
        ]),
        errors: [
          {
            messageId: "codedParent",
            address: "G4",
            data: { l1code: "1", l1name: "产出指标", l2code: "22", l2name: "社会效益指标", fixed: "2-效益指标" },
            fix: { to: coded([QTY, UNDER_OUTPUT_FIXED, SUSTAIN_UNDER_OUTPUT]) },
          },
          {
            messageId: "codedParent",
            address: "G4",
            data: { l1code: "1", l1name: "产出指标", l2code: "24", l2name: "可持续影响指标", fixed: "2-效益指标" },
            fix: { to: coded([QTY, UNDER_OUTPUT, SUSTAIN_FIXED]) },
          },
        ],
      },
    ],
  },

  "taxonomy/name-variant": {
    valid: [
      { name: "canonical names", rows: cleanTable() },
      { name: "short forms without 指标 are not variants", rows: edit(cleanTable(), { C6: "社会效益", B7: "满意度" }) },
      {
        name: "heading numbers and score notes are not variants (一、产出指标, (一)数量指标, 效益指标(30分))",
        rows: edit(cleanTable(), {
          B2: "一、产出指标",
          C2: "（一）数量指标",
          B6: "二、效益指标（30分）",
          C6: "①社会效益指标",
        }),
      },
      {
        name: "coded text is left alone",
        rows: list([["1-预期产出指标", "11-数量指标", "召开报告会场次", "≥2场", "≥2场"], SOCIAL, SATISFIED]),
      },
    ],
    invalid: [
      {
        name: "效果指标 for 效益指标",
        rows: set(cleanTable(), "B6", "效果指标"),
        errors: [
          {
            messageId: "variant",
            address: "B6",
            data: { text: "效果指标", expected: "效益指标" },
            fix: { from: "效果指标", to: "效益指标" },
          },
        ],
      },
      ...(
        [
          ["C4", "时效性指标", "时效指标"],
          ["C7", "受益对象满意度指标", "服务对象满意度指标"],
          ["C7", "群众满意度指标", "服务对象满意度指标"],
        ] as const
      ).map(([address, text, expected]) => ({
        name: `${text} for ${expected}`,
        rows: set(cleanTable(), address, text),
        errors: [{ messageId: "variant", address, data: { text, expected }, fix: { from: text, to: expected } }],
      })),
      {
        name: "进度指标 for 时效指标",
        rows: set(cleanTable(), "C4", "进度指标"),
        errors: [
          {
            messageId: "variant",
            address: "C4",
            data: { text: "进度指标", expected: "时效指标" },
            fix: { from: "进度指标", to: "时效指标" },
          },
        ],
      },
      {
        name: "一级 and 二级 variants on one row",
        rows: cleanTable([ind("效果指标", "环境效益指标", "办公用电节约率", "≥5%", "≥5%")]),
        errors: [
          {
            messageId: "variant",
            address: "B8",
            data: { text: "效果指标", expected: "效益指标" },
            fix: { from: "效果指标", to: "效益指标" },
          },
          {
            messageId: "variant",
            address: "C8",
            data: { text: "环境效益指标", expected: "生态效益指标" },
            fix: { from: "环境效益指标", to: "生态效益指标" },
          },
        ],
      },
    ],
  },

  "taxonomy/satisfaction-under-benefit": {
    valid: [
      { name: "满意度 as its own 一级", rows: cleanTable() },
      { name: "a coded 31 under 3", rows: list(CLEAN_CODED) },
    ],
    invalid: [
      {
        name: "older form: 社会公众或服务对象满意度指标 under 效益",
        rows: indicatorTable([
          ...cleanRows().slice(0, 5),
          ind(null, "社会公众或服务对象满意度指标", "群众满意度", "≥90%", "≥90%"),
        ]),
        errors: [{ messageId: "old", address: "C7", data: { text: "社会公众或服务对象满意度指标" } }],
      },
      {
        name: "coded 31 under 2-效益",
        rows: list([QTY, SOCIAL, ["2-效益指标", "31-服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"]]),
        errors: [{ messageId: "old", address: "G3", data: { text: "服务对象满意度指标" } }],
      },
    ],
  },
};

void QUALITY;
ruleTester.runCategory("taxonomy", cases, __filename);
