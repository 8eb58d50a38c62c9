/** Rule tests for the completeness category (docs/domain.md §4): what every table must contain. */
import {
  CLEAN_CODED,
  HEADER,
  clean2021Table,
  cleanRows,
  cleanTable,
  dropRows,
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
  withLevel1,
} from "../rule-tester";

const [QTY, QUALITY, SOCIAL, SATISFIED] = CLEAN_CODED;

/**
 * n distinct 数量 rows (rows 2 … n + 1), then 场次3 again under 数量 (a duplicate of row 5), 场次5 under 质量 (a
 * name met again under another 二级: fine) and once more under 质量 (a duplicate of that row). Short tables are
 * searched row by row, long ones by map: both must say the same.
 */
function repeatedNames(n: number) {
  const rows = Array.from({ length: n }, (_, i) =>
    ind(i === 0 ? "产出指标" : null, "数量指标", `培训场次${i}`, "≥4场", "≥4场"),
  );
  rows.push(ind(null, "数量指标", "培训场次3", "≥4场", "≥4场"));
  rows.push(ind(null, "质量指标", "培训场次5", "≥90%", "≥90%"));
  rows.push(ind(null, "质量指标", "培训场次5", "≥90%", "≥90%"));
  return {
    name: `${n + 3} rows: a name repeated under its 二级 and under another`,
    rows: indicatorTable(rows),
    errors: [
      { messageId: "duplicate", address: `D${n + 2}`, data: { name: "培训场次3", first: 5 } },
      { messageId: "duplicate", address: `D${n + 4}`, data: { name: "培训场次5", first: n + 3 } },
    ],
  };
}
/** A flat list headed 指标 (corpus 08): name, weight, unit, nature, value. */
const FLAT = (rows: (string | null)[][]) => [
  ["绩效指标", "指标", "指标权重", "计量单位", "指标性质", "指标值"],
  ...rows.map((r) => [null, ...r]),
];
const list = (items: CodedItem[]) => projectList([listRow("区法学会经费", 28, 28, items)]);

export const cases: CategoryCases = {
  "completeness/duplicate-level3": {
    valid: [
      { name: "distinct names", rows: cleanTable() },
      {
        name: "the same name under two 二级",
        rows: cleanTable([ind("效益指标", "可持续影响指标", "参训人员业务能力达标率", "≥90%", "≥90%")]),
      },
      { name: "the same name in two tables", rows: [...cleanTable(), [], [], ...cleanTable()] },
    ],
    invalid: [
      {
        name: "a row pasted twice",
        rows: indicatorTable([
          cleanRows()[0],
          ind(null, null, "举办业务培训场次", "≥4场", "≥4场"),
          ...cleanRows().slice(1),
        ]),
        errors: [{ messageId: "duplicate", address: "D3", data: { name: "举办业务培训场次", first: 2 } }],
      },
      repeatedNames(8),
      repeatedNames(70),
      {
        name: "names compared after normalisation (spaces, full width)",
        rows: cleanTable([ind("满意度指标", "服务对象满意度指标", "参训人员 满意度", "≥95%", "≥95%")]),
        errors: [{ messageId: "duplicate", address: "D8", data: { name: "参训人员 满意度", first: 7 } }],
      },
      {
        name: "coded: the same item twice in one cell",
        rows: list([QTY, QTY, SOCIAL, SATISFIED]),
        errors: [{ messageId: "duplicate", address: "G3", data: { name: "召开报告会场次", first: 3 } }],
      },
      {
        name: "two duplicates in a project form",
        rows: projectForm({}, [
          ...cleanRows(),
          ind("产出指标", "数量指标", "举办业务培训场次", "≥4场", "≥4场"),
          ind("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥95%", "≥95%"),
        ]),
        errors: [
          { messageId: "duplicate", address: "D15", data: { name: "举办业务培训场次", first: 9 } },
          { messageId: "duplicate", address: "D16", data: { name: "参训人员满意度", first: 14 } },
        ],
      },
    ],
  },

  "completeness/level1-missing": {
    valid: [
      { name: "2020: 产出, 效益, 满意度", rows: cleanTable() },
      { name: "2021: also 成本", rows: clean2021Table() },
      { name: "coded: all three", rows: list(CLEAN_CODED) },
      {
        name: "a flat list (no 一级/二级) with a satisfaction indicator",
        rows: FLAT([
          ["发放人数", "20", "人", "≥", "80"],
          ["本土人才满意度", "10", "%", "≥", "95"],
        ]),
      },
      {
        name: "level names with heading numbers and score notes (一、产出指标, (一)数量指标, 效益指标(30分))",
        rows: indicatorTable([
          ind("一、产出指标", "（一）数量指标", "举办业务培训场次", "≥4场", "≥4场"),
          ind(null, "（二）质量指标（权重20%）", "培训考核合格率", "≥95%", "≥95%"),
          ind("二、效益指标（30分）", "①社会效益指标", "参训人员业务能力达标率", "≥90%", "≥90%"),
          ind("三、满意度指标", "（一）服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
        ]),
      },
      {
        name: "a 一级 column the reader did not understand: table-partly-read says so once, no missing 一级 guessed",
        rows: withLevel1(["甲类", "乙类", "丙类", "丁类"]),
      },
      {
        name: "the old two-一级 form: 满意度 as a 二级 under 效益 (said once by satisfaction-under-benefit)",
        rows: indicatorTable([
          ...cleanRows().slice(0, 5),
          ind(null, "社会公众或服务对象满意度指标", "政策满意度", "≥90%", "≥90%"),
        ]),
      },
    ],
    invalid: [
      {
        name: "corpus 08: a flat list without a satisfaction indicator",
        rows: FLAT([
          ["发放人数", "20", "人数", "≥", "80"],
          ["是否按时足额发放", "10", "%", "≥", "95"],
          ["促进社会和谐", "20", null, "定性", null],
        ]),
        errors: [{ messageId: "noSatisfaction", address: "B2:B4" }],
      },
      {
        name: "no 满意度 row at all: reported on the header",
        rows: dropRows(cleanTable(), 7),
        errors: [{ messageId: "missing", address: "B1:D1", data: { l1: "满意度指标" } }],
      },
      {
        name: "seed 001: 满意度指标 listed with no 三级",
        rows: edit(cleanTable(), { D7: null, E7: null, F7: null }),
        errors: [{ messageId: "missing", address: "B7", data: { l1: "满意度指标" } }],
      },
      {
        name: "framework forced to 2021: 成本指标 is missing",
        rows: cleanTable(),
        config: { framework: "2021" },
        errors: [{ messageId: "missing", address: "B1:D1", data: { l1: "成本指标" } }],
      },
      {
        name: "seed 004: coded 产出 only, two findings on the cell",
        rows: list([QTY, QUALITY]),
        errors: [
          { messageId: "missing", address: "G3", data: { l1: "效益指标" } },
          { messageId: "missing", address: "G3", data: { l1: "满意度指标" } },
        ],
      },
    ],
  },

  "completeness/placeholder": {
    valid: [
      { name: "no empty rows", rows: cleanTable() },
      {
        name: "a 一级 with nothing under it is level1-missing's",
        rows: edit(cleanTable(), { D7: null, E7: null, F7: null }),
      },
      {
        name: "one column for both levels: the 一级 heading rows are headings, not empty 二级",
        rows: [
          ["一级/二级指标", "三级指标", "指标值"],
          ["产出指标", null, null],
          ["数量指标", "举办业务培训场次", "≥4场"],
          ["效益指标", null, null],
          ["社会效益指标", "参训人员业务能力达标率", "≥90%"],
          ["满意度指标", null, null],
          ["服务对象满意度指标", "参训人员满意度", "≥90%"],
        ],
      },
      { name: "coded text has no placeholders", rows: list(CLEAN_CODED) },
    ],
    invalid: [
      {
        name: "seed 001: 生态效益指标 with no 三级 on a payroll project",
        rows: indicatorTable([...cleanRows().slice(0, 5), ind(null, "生态效益指标", null, null, null), cleanRows()[5]]),
        errors: [{ messageId: "empty", address: "C7", data: { name: "生态效益指标" } }],
      },
      {
        name: "three empty 二级, moved right",
        rows: offset(
          indicatorTable([
            ...cleanRows().slice(0, 5),
            ind(null, "经济效益指标", null, null, null),
            ind(null, "生态效益指标", null, null, null),
            ind(null, "可持续影响", null, null, null),
            cleanRows()[5],
          ]),
          0,
          1,
        ),
        errors: [
          { messageId: "empty", address: "D7", data: { name: "经济效益指标" } },
          { messageId: "empty", address: "D8", data: { name: "生态效益指标" } },
          { messageId: "empty", address: "D9", data: { name: "可持续影响指标" } },
        ],
      },
    ],
  },

  "completeness/quantity-missing": {
    valid: [
      { name: "a 数量 row", rows: cleanTable() },
      { name: "no 产出 rows at all is level1-missing's", rows: indicatorTable(cleanRows().slice(4)) },
      { name: "coded 11-数量指标", rows: list(CLEAN_CODED) },
    ],
    invalid: [
      {
        name: "产出 with 质量 / 时效 / 成本 only",
        rows: set(dropRows(cleanTable(), 2), "B2", "产出指标"),
        errors: [{ messageId: "noQuantity", address: "C2", data: {} }],
      },
      {
        name: "coded: only 12-质量指标 under 产出",
        rows: list([QUALITY, SOCIAL, SATISFIED]),
        errors: [{ messageId: "noQuantity", address: "G3" }],
      },
      {
        name: "in a project form, moved down",
        rows: projectForm({}, [ind("产出指标", "时效指标", "培训按时完成率", "100%", "100%"), ...cleanRows().slice(4)]),
        errors: [{ messageId: "noQuantity", address: "C9" }],
      },
    ],
  },

  "completeness/target-missing": {
    valid: [
      { name: "every row has a name and a target", rows: cleanTable() },
      { name: "annual only is enough", rows: set(cleanTable(), "E3", null) },
      { name: "placeholder rows need nothing", rows: cleanTable([ind("效益指标", "生态效益指标", null, null, null)]) },
    ],
    invalid: [
      {
        name: "no annual target",
        rows: set(cleanTable(), "F3", null),
        errors: [{ messageId: "annual", address: "D3:F3", data: { name: "培训考核合格率" } }],
      },
      {
        name: "targets but no 三级 name",
        rows: set(cleanTable(), "D4", null),
        errors: [{ messageId: "noName", address: "D4", data: {} }],
      },
      {
        name: "coded: 年度指标值 empty",
        rows: list([QTY, SOCIAL, ["3-满意度指标", "31-服务对象满意度指标", "服务对象满意度", "≥90%", ""]]),
        errors: [{ messageId: "annual", address: "G3", data: { name: "服务对象满意度" } }],
      },
      {
        name: "both messages, table moved down and right",
        rows: edit(offset(cleanTable(), 3, 2), { H6: null, F8: null }),
        errors: [
          { messageId: "annual", address: "F6:H6", data: { name: "培训考核合格率" } },
          { messageId: "noName", address: "F8" },
        ],
      },
    ],
  },
};

const BOILER_HEADER = [...HEADER, "指标解释"];
const explained = (texts: (string | null)[]) =>
  indicatorTable(
    cleanRows().map((r, i) => [...r, texts[i] ?? null]),
    { header: BOILER_HEADER },
  );

cases["completeness/template-leftover"] = {
  valid: [
    { name: "finished names and values", rows: cleanTable() },
    { name: "a core-indicator star is not a placeholder", rows: set(cleanTable(), "D3", "*培训考核合格率") },
  ],
  invalid: [
    {
      name: "corpus 06: (≥**个) left in the name",
      rows: set(cleanTable(), "D2", "举办业务培训场次( ≥**场 )"),
      errors: [{ messageId: "leftover", address: "D2", data: { text: "举办业务培训场次( ≥**场 )" } }],
    },
    {
      name: "××万元 in a value, ** in another row's name",
      rows: edit(cleanTable(), { F5: "≤××万元", D6: "参训人员满意度(≥**%)" }),
      errors: [
        { messageId: "leftover", address: "F5", data: { text: "≤××万元" } },
        { messageId: "leftover", address: "D6", data: { text: "参训人员满意度(≥**%)" } },
      ],
    },
  ],
};

cases["completeness/explanation-boilerplate"] = {
  valid: [
    {
      name: "each value explained",
      rows: explained(["按年度计划", "按考核办法", "按培训方案", "按预算标准", "按评估报告", "按问卷调查"]),
    },
    {
      name: "short category words (计划标准) are a choice, not an explanation",
      rows: explained(Array(6).fill("计划标准")),
    },
    {
      name: "two rows sharing a sentence",
      rows: explained(["该指标值数据合理", "该指标值数据合理", "按培训方案", "按预算标准", "按评估报告", "按问卷调查"]),
    },
  ],
  invalid: [
    {
      name: "corpus 14: 该指标值数据合理 on every row",
      rows: explained(Array(6).fill("该指标值数据合理")),
      errors: [{ messageId: "same", address: "G2:G7", data: { count: 6, text: "该指标值数据合理" } }],
    },
  ],
};

cases["completeness/cost-quantity-missing"] = {
  valid: [
    { name: "a cost per 场 and a count of 场", rows: edit(cleanTable(), { E5: "≤2000元/场", F5: "≤2000元/场" }) },
    {
      name: "场 and 次 count the same events",
      rows: edit(cleanTable(), { E2: "≥4次", F2: "≥4次", E5: "≤2000元/场", F5: "≤2000元/场" }),
    },
    {
      name: "per year is a span of time",
      rows: edit(cleanTable(), { E2: "≥4场", F2: "≥4场", E5: "≤9万元/年", F5: "≤9万元/年" }),
    },
    {
      name: "a count in 万人次 counts 人次: a cost per 人 has its quantity",
      rows: edit(cleanTable(), { E2: "≥1.5万人次", F2: "≥1.5万人次", E5: "5000元/人·年", F5: "5000元/人·年" }),
    },
    { name: "quantities without units give nothing to compare with", rows: edit(cleanTable(), { E2: "4", F2: "4" }) },
  ],
  invalid: [
    {
      name: "a count in 万人次 is a count of 人次, not of 场",
      rows: edit(cleanTable(), { E2: "≥1.5万人次", F2: "≥1.5万人次", E5: "≤2000元/场", F5: "≤2000元/场" }),
      errors: [{ messageId: "noQuantity", address: "E5", data: { text: "≤2000元/场", unit: "场" } }],
    },
    {
      name: "corpus 05: 1600元/亩 with quantities in 公里 only",
      rows: edit(cleanTable(), { E2: "≥100公里", F2: "≥100公里", E5: "1600元/亩", F5: "1600元/亩" }),
      errors: [{ messageId: "noQuantity", address: "E5", data: { text: "1600元/亩", unit: "亩" } }],
    },
  ],
};

ruleTester.runCategory("completeness", cases, __filename);
