/**
 * Rule tests for the structure category (docs/domain.md §1, §6): how the sheet is laid out.
 * `structure/internal-error` is reported by the engine, never by a rule's create(); rules-meta checks its docs.
 */
import {
  CLEAN_CODED,
  HEADER,
  cleanRows,
  cleanTable,
  coded,
  edit,
  indicatorTable,
  listRow,
  offset,
  projectForm,
  projectList,
  ruleTester,
  set,
  type CategoryCases,
  withLevel1,
} from "../rule-tester";

const UNREADABLE = "1、产出指标，数量指标，召开会议2场";
const HALF_READABLE = `${coded([CLEAN_CODED[0]])}2、2-效益指标；社会效益好。`;

export const cases: CategoryCases = {
  "structure/coded-unreadable": {
    valid: [
      { name: "a readable coded list", rows: projectList([listRow("区法学会经费", 28)]) },
      {
        name: "涉密 rows are exempt",
        rows: projectList([["涉密项目", 37.1, 37.1, null, null, "涉密内容。", "涉密内容。"]]),
      },
      {
        name: "annual-only items and ASCII separators are readable",
        rows: projectList([
          listRow(
            "普法经费",
            10,
            10,
            "1、1-产出指标;11-数量指标;普法宣传场次;年度指标值:≥6场。2、3-满意度指标;31-服务对象满意度指标;群众满意度;年度指标值:≥90%。",
          ),
        ]),
      },
      { name: "indicator tables are not coded text", rows: cleanTable() },
    ],
    invalid: [
      {
        name: "no item numbering at all",
        rows: projectList([listRow("区法学会经费", 28, 28, UNREADABLE)]),
        errors: [{ messageId: "item", address: "G3", data: { text: UNREADABLE } }],
      },
      {
        name: "the second item lacks its 二级 code and values",
        rows: projectList([listRow("合同审查经费", 5, 5), listRow("区法学会经费", 28, 28, HALF_READABLE)]),
        errors: [{ messageId: "item", address: "G4", data: { text: "2-效益指标；社会效益好。" } }],
      },
      {
        name: "two rows, two findings",
        rows: projectList([listRow("甲项目", 1, 1, "见附件"), listRow("乙项目", 2, 2, "详见项目申报书")]),
        errors: [
          { messageId: "item", address: "G3", data: { text: "见附件" } },
          { messageId: "item", address: "G4", data: { text: "详见项目申报书" } },
        ],
      },
    ],
  },

  "structure/label-in-table": {
    valid: [
      { name: "a clean table", rows: cleanTable() },
      { name: "绩效指标 repeated in the label column", rows: set(cleanTable(), "A2", "绩效指标") },
      {
        name: "a 批复意见 row after the table ends it instead",
        rows: cleanTable([
          [null],
          ["镇财政分局批复意见：同意该部门整体支出绩效目标，请按要求做好绩效运行监控和自评工作。"],
        ]),
      },
      {
        name: "a long closing remark right under the last row ends the table",
        rows: cleanTable([
          [
            "备注：本表指标值为预估值，实际以年度考核结果为准，最终解释权归镇财政分局所有，如有疑问请与财政分局绩效股联系，电话：0769-00000000。",
          ],
        ]),
      },
    ],
    invalid: [
      {
        name: "seed 000: 镇财政分局批复意见 in the label column of a 效益 row",
        rows: set(cleanTable(), "A6", "镇财政分局批复意见"),
        errors: [{ messageId: "stray", address: "A6", data: { text: "镇财政分局批复意见" } }],
      },
      {
        name: "a label beside a row with only a 三级 and a value",
        rows: set(cleanTable(), "A4", "主管部门意见"),
        errors: [{ messageId: "stray", address: "A4", data: { text: "主管部门意见" } }],
      },
      {
        name: "two stray labels, table moved right",
        rows: edit(offset(cleanTable(), 2, 2), { C5: "审核意见", C8: "镇财政分局批复意见" }),
        errors: [
          { messageId: "stray", address: "C5", data: { text: "审核意见" } },
          { messageId: "stray", address: "C8", data: { text: "镇财政分局批复意见" } },
        ],
      },
    ],
  },

  "structure/row-shifted": {
    valid: [
      { name: "a clean table", rows: cleanTable() },
      { name: "the 一级 also written in the label column", rows: set(cleanTable(), "A2", "产出指标") },
      {
        name: "a table without a label column",
        rows: indicatorTable(
          cleanRows().map((r) => r.slice(1)),
          { header: HEADER.slice(1) },
        ),
      },
    ],
    invalid: [
      {
        name: "seed 001: the last row one column to the left",
        rows: [...cleanTable().slice(0, 6), ["满意度指标", "服务对象满意度指标", "参训人员满意度", "无", "≥90%"]],
        errors: [{ messageId: "left", address: "A7:C7", data: { text: "满意度指标" } }],
      },
      {
        name: "seed 002: 效益指标 / 经济效益 written in the 二级 / 三级 columns",
        rows: [...cleanTable(), [null, null, "效益指标", "经济效益指标", null, null]],
        errors: [{ messageId: "right", address: "C8:D8", data: { l1: "效益指标", l2: "经济效益指标" } }],
      },
      {
        name: "both ways in one table, moved down",
        rows: offset(
          indicatorTable([
            ...cleanRows().slice(0, 4),
            [null, null, "效益指标", "社会效益指标", null, null],
            ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"],
          ]),
          3,
        ),
        errors: [
          { messageId: "right", address: "C9:D9", data: { l1: "效益指标", l2: "社会效益指标" } },
          { messageId: "left", address: "A10:C10", data: { text: "满意度指标" } },
        ],
      },
    ],
  },

  "structure/sheet-unrecognised": {
    valid: [
      { name: "an indicator table", rows: cleanTable() },
      { name: "a project form", rows: projectForm() },
      { name: "a project list", rows: projectList([listRow("区法学会经费", 28)]) },
      { name: "an empty sheet", rows: [] },
      { name: "a project label row alone is a project form", rows: [["项目名称", "网格员业务培训"]] },
    ],
    invalid: [
      {
        name: "meeting notes",
        rows: [["会议纪要"], ["时间", "2025年3月1日"], ["内容", "研究年度预算安排"]],
        errors: [{ messageId: "none", address: "A1", data: {} }],
      },
      {
        name: "a used range that starts at C5",
        rows: [
          ["指标", "目标"],
          ["培训场次", "4场"],
        ],
        origin: { row: 5, col: 3 },
        errors: [{ messageId: "none", address: "C5" }],
      },
      {
        name: "a header without 三级指标 is not an indicator table",
        rows: [
          ["一级指标", "二级指标", "指标值"],
          ["产出指标", "数量指标", "4场"],
        ],
        errors: [{ messageId: "none", address: "A1" }],
      },
    ],
  },

  "structure/value-column-missing": {
    valid: [
      { name: "实施周期 and 年度", rows: cleanTable() },
      { name: "only 指标值", rows: set(cleanTable(), "F1", "指标值") },
      {
        name: "only 实施周期指标值 is read as the value column",
        rows: indicatorTable(
          cleanRows().map((r) => r.slice(0, 5)),
          { header: HEADER.slice(0, 5) },
        ),
      },
      { name: "2025年指标值", rows: set(cleanTable(), "F1", "2025年指标值") },
    ],
    invalid: [
      {
        name: "header with 指标解释 instead of values",
        rows: indicatorTable(
          cleanRows().map((r) => [...r.slice(0, 4), "按实际完成数计"]),
          { header: ["绩效指标", "一级指标", "二级指标", "三级指标", "指标解释"] },
        ),
        errors: [{ messageId: "missing", address: "B1:D1", data: {} }],
      },
      {
        name: "two tables without values, the first moved right",
        rows: [
          ...offset(
            indicatorTable([["产出指标", "数量指标", "培训场次"]], { header: ["一级指标", "二级指标", "三级指标"] }),
            0,
            2,
          ),
          [],
          [],
          ["一级指标", "二级指标", "三级指标", "备注"],
          ["满意度指标", "服务对象满意度指标", "群众满意度", "无"],
        ],
        errors: [
          { messageId: "missing", address: "C1:E1" },
          { messageId: "missing", address: "A5:C5" },
        ],
      },
      {
        name: "a project form whose table lost its value columns",
        rows: projectForm(
          {},
          cleanRows().map((r) => r.slice(0, 4)),
        ).map((r, i) => (i === 7 ? HEADER.slice(0, 4) : r)),
        errors: [{ messageId: "missing", address: "B8:D8" }],
      },
    ],
  },
};

cases["structure/table-partly-read"] = {
  valid: [
    { name: "every column understood", rows: cleanTable() },
    {
      name: "one unknown 一级 name is level1-unknown's, not a partly read table",
      rows: set(cleanTable(), "B2", "甲类指标"),
    },
  ],
  invalid: [
    {
      name: "most 一级 names unknown",
      rows: withLevel1(["甲类指标", "乙类指标", "丙类指标", "满意度指标"]),
      errors: [{ messageId: "levels", address: "B1", data: { level: "一级", example: "甲类指标" } }],
    },
    {
      name: "a column whose header and cells say nothing the reader knows",
      rows: indicatorTable(
        cleanRows().map((r) => [...r, "区财政"]),
        { header: [...HEADER, "资金来源"] },
      ),
      errors: [{ messageId: "columns", address: "G1", data: { columns: "资金来源" } }],
    },
  ],
};

ruleTester.runCategory("structure", cases, __filename);
