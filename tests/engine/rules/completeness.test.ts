/** Rule tests for the completeness category (DOMAIN §4): what every table must contain. */
import {
  CLEAN_CODED,
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
} from "../rule-tester";

const [QTY, QUALITY, SOCIAL, SATISFIED] = CLEAN_CODED;
const list = (items: CodedItem[]) => projectList([listRow("区法学会经费", 28, 28, items)]);

export const cases: CategoryCases = {
  "completeness/duplicate-level3": {
    valid: [
      { name: "distinct names", rows: cleanTable() },
      { name: "the same name under two 二级", rows: cleanTable([ind("效益指标", "可持续影响指标", "参训人员业务能力达标率", "≥90%", "≥90%")]) },
      { name: "the same name in two tables", rows: [...cleanTable(), [], [], ...cleanTable()] },
    ],
    invalid: [
      {
        name: "a row pasted twice",
        rows: indicatorTable([cleanRows()[0], ind(null, null, "举办业务培训场次", "≥4场", "≥4场"), ...cleanRows().slice(1)]),
        errors: [{ messageId: "duplicate", address: "D3", data: { name: "举办业务培训场次", first: 2 } }],
      },
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
        rows: projectForm({}, [...cleanRows(), ind("产出指标", "数量指标", "举办业务培训场次", "≥4场", "≥4场"), ind("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥95%", "≥95%")]),
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
    ],
    invalid: [
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
      { name: "a 一级 with nothing under it is level1-missing's", rows: edit(cleanTable(), { D7: null, E7: null, F7: null }) },
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
          indicatorTable([...cleanRows().slice(0, 5), ind(null, "经济效益指标", null, null, null), ind(null, "生态效益指标", null, null, null), ind(null, "可持续影响", null, null, null), cleanRows()[5]]),
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
        errors: [{ messageId: "annual", address: "F3", data: { name: "培训考核合格率" } }],
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
          { messageId: "annual", address: "H6", data: { name: "培训考核合格率" } },
          { messageId: "noName", address: "F8" },
        ],
      },
    ],
  },
};

ruleTester.runCategory("completeness", cases, __filename);
