/** Rule tests for the value category (docs/domain.md §3): what a target says and how it is written. */
import {
  CLEAN_CODED,
  HEADER,
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
const list = (items: CodedItem[]) => projectList([listRow("区法学会经费", 28, 28, items)]);
const both = (rows: ReturnType<typeof cleanTable>, row: number, value: string | number) =>
  edit(rows, { [`E${row}`]: value, [`F${row}`]: value });

const LATEX = "$\\geq 90\\%$";
const SAT_LATEX: CodedItem = ["3-满意度指标", "31-服务对象满意度指标", "服务对象满意度", "≥90%", LATEX];
const SAT_LATEX_BOTH: CodedItem = ["3-满意度指标", "31-服务对象满意度指标", "服务对象满意度", LATEX, LATEX];
const SAT_SPACED: CodedItem = ["3-满意度指标", "31-服务对象满意度指标", "服务对象满意度", "≥ 90 %", "≥ 90 %"];

export const cases: CategoryCases = {
  "value/annual-exceeds-period": {
    valid: [
      { name: "equal targets", rows: cleanTable() },
      { name: "annual part of the period", rows: set(cleanTable(), "E2", "≥12场") },
      { name: "rates may differ", rows: set(cleanTable(), "F3", "≥98%") },
      { name: "different units are not compared", rows: set(cleanTable(), "E5", "≤0.05万元/人") },
      { name: "period not set", rows: set(cleanTable(), "E2", "无") },
    ],
    invalid: [
      {
        name: "a count above the period",
        rows: set(cleanTable(), "F2", "≥6场"),
        errors: [{ messageId: "exceeds", address: "F2", data: { annual: "≥6场", period: "≥4场" } }],
      },
      {
        name: "coded: 不少于3场 a year over 不少于2场 in the period",
        rows: list([["1-产出指标", "11-数量指标", "召开报告会场次", "不少于2场", "不少于3场"], SOCIAL, SATISFIED]),
        errors: [{ messageId: "exceeds", address: "G3", data: { annual: "不少于3场", period: "不少于2场" } }],
      },
      {
        name: "a count and a money standard",
        rows: edit(cleanTable(), { F2: "≥6场", F5: "≤600元/人" }),
        errors: [
          { messageId: "exceeds", address: "F2", data: { annual: "≥6场", period: "≥4场" } },
          { messageId: "exceeds", address: "F5", data: { annual: "≤600元/人", period: "≤500元/人" } },
        ],
      },
    ],
  },

  "value/cost-unit": {
    valid: [
      { name: "元 per person", rows: cleanTable() },
      { name: "万元 per year", rows: both(cleanTable(), 5, "≤21.01万元/年") },
      {
        name: "预算执行率 under 成本 is budget-execution-rate's",
        rows: both(set(cleanTable(), "D5", "预算执行率"), 5, "≥90%"),
      },
      { name: "not set", rows: both(cleanTable(), 5, "无") },
      { name: "2021 cost row with money", rows: clean2021Table() },
      {
        name: "2021 social and ecological costs stated without money (无, 无污染)",
        rows: clean2021Table([
          ind("成本指标", "社会成本指标", "对社会造成负面影响", "无", "无"),
          ind(null, "生态环境成本指标", "环境污染", "无污染", "无污染"),
        ]),
      },
    ],
    invalid: [
      {
        name: "a qualitative cost target",
        rows: both(cleanTable(), 5, "控制在预算范围内"),
        errors: [{ messageId: "notMoney", address: "E5:F5", data: { text: "控制在预算范围内" } }],
      },
      {
        name: "250万: 万元 or 万个?",
        rows: both(cleanTable(), 5, "250万"),
        errors: [{ messageId: "ambiguous", address: "E5:F5", data: { text: "250万" } }],
      },
      {
        name: "2021 经济成本 in days",
        rows: both(clean2021Table(), 2, "≤30天"),
        errors: [{ messageId: "notMoney", address: "E2:F2", data: { text: "≤30天" } }],
      },
      {
        name: "two different targets on one row",
        rows: edit(cleanTable(), { E5: "≤500", F5: "250万" }),
        errors: [
          { messageId: "notMoney", address: "E5", data: { text: "≤500" } },
          { messageId: "ambiguous", address: "F5", data: { text: "250万" } },
        ],
      },
    ],
  },

  "value/definition-as-target": {
    valid: [
      { name: "measurable targets", rows: cleanTable() },
      { name: "a qualitative standard", rows: both(cleanTable(), 6, "达标") },
      { name: "a ratio with numbers is a value", rows: both(cleanTable(), 2, "4场/年") },
    ],
    invalid: [
      {
        name: "seed 004: a satisfaction formula",
        rows: both(cleanTable(), 7, "满意度=（一般+满意+非常满意）/评价数量"),
        errors: [
          { messageId: "definition", address: "E7:F7", data: { text: "满意度=（一般+满意+非常满意）/评价数量" } },
        ],
      },
      {
        name: "a ratio of two counts",
        rows: set(cleanTable(), "F3", "合格人数/参训人数"),
        errors: [{ messageId: "definition", address: "F3", data: { text: "合格人数/参训人数" } }],
      },
      {
        name: "seed 004: an indicator name as the coded target",
        rows: list([
          QTY,
          QUALITY,
          ["2-效益指标", "22-社会效益指标", "窗口服务评价", "窗口人员评价器差评率", "窗口人员评价器差评率"],
          SATISFIED,
        ]),
        errors: [{ messageId: "definition", address: "G3", data: { text: "窗口人员评价器差评率" } }],
      },
      {
        name: "a name and a formula",
        rows: both(set(cleanTable(), "F3", "差评率"), 7, "满意度=满意人数/调查人数"),
        errors: [
          { messageId: "definition", address: "F3", data: { text: "差评率" } },
          { messageId: "definition", address: "E7:F7", data: { text: "满意度=满意人数/调查人数" } },
        ],
      },
    ],
  },

  "value/direction": {
    valid: [
      { name: "≥ for rates, ≤ for costs", rows: cleanTable() },
      { name: "lower-is-better rate", rows: both(set(cleanTable(), "D3", "群众投诉率"), 3, "≤5%") },
      { name: "< for a cost", rows: both(cleanTable(), 5, "<500元/人") },
      { name: "= for satisfaction", rows: both(cleanTable(), 7, "=100%") },
    ],
    invalid: [
      {
        name: "satisfaction ≤",
        rows: both(cleanTable(), 7, "≤90%"),
        errors: [{ messageId: "satisfaction", address: "E7:F7", data: { text: "≤90%" } }],
      },
      {
        name: "cost ≥",
        rows: both(cleanTable(), 5, "≥500元/人"),
        errors: [{ messageId: "cost", address: "E5:F5", data: { text: "≥500元/人" } }],
      },
      {
        name: "a pass rate with 不高于",
        rows: set(cleanTable(), "F3", "不高于95%"),
        errors: [{ messageId: "rate", address: "F3", data: { text: "不高于95%", name: "培训考核合格率" } }],
      },
      {
        name: "two in one table, moved down",
        rows: offset(both(both(cleanTable(), 5, "≥500元/人"), 7, "<85%"), 2),
        errors: [
          { messageId: "cost", address: "E7:F7", data: { text: "≥500元/人" } },
          { messageId: "satisfaction", address: "E9:F9", data: { text: "<85%" } },
        ],
      },
    ],
  },

  "value/latex-leftover": {
    valid: [
      { name: "plain signs", rows: cleanTable() },
      { name: "a lone dollar sign", rows: both(cleanTable(), 5, "≤500元/人（约$70）") },
      { name: "spaced signs are sign-format's", rows: both(cleanTable(), 7, "≥ 90 %") },
    ],
    invalid: [
      {
        name: "seed 001: $\\geq 90\\%$ in the annual column",
        rows: set(cleanTable(), "F7", LATEX),
        errors: [
          { messageId: "latex", address: "F7", data: { text: LATEX, fixed: "≥90%" }, fix: { from: LATEX, to: "≥90%" } },
        ],
      },
      {
        name: "both value cells: one finding each",
        rows: both(cleanTable(), 3, "$\\geq 95\\%$"),
        errors: [
          {
            messageId: "latex",
            address: "E3",
            data: { text: "$\\geq 95\\%$", fixed: "≥95%" },
            fix: { from: "$\\geq 95\\%$", to: "≥95%" },
          },
          {
            messageId: "latex",
            address: "F3",
            data: { text: "$\\geq 95\\%$", fixed: "≥95%" },
            fix: { from: "$\\geq 95\\%$", to: "≥95%" },
          },
        ],
      },
      {
        name: "\\leq in a lower-is-better rate",
        rows: edit(cleanTable(), { D3: "群众投诉率", E3: "≤5%", F3: "$\\leq 5\\%$" }),
        errors: [
          { messageId: "latex", address: "F3", data: { text: "$\\leq 5\\%$", fixed: "≤5%" }, fix: { to: "≤5%" } },
        ],
      },
      {
        name: "coded: the fix rewrites the whole cell",
        rows: list([QTY, SOCIAL, SAT_LATEX]),
        errors: [
          {
            messageId: "latex",
            address: "G3",
            data: { text: LATEX, fixed: "≥90%" },
            fix: {
              from: coded([QTY, SOCIAL, SAT_LATEX]),
              to: coded([QTY, SOCIAL, ["3-满意度指标", "31-服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"]]),
            },
          },
        ],
      },
      {
        name: "coded: the same leftover in both values is one finding whose fix repairs both",
        rows: list([QTY, SOCIAL, SAT_LATEX_BOTH]),
        errors: [
          {
            messageId: "latex",
            address: "G3",
            data: { text: LATEX, fixed: "≥90%" },
            fix: { from: coded([QTY, SOCIAL, SAT_LATEX_BOTH]), to: coded([QTY, SOCIAL, SATISFIED]) },
          },
        ],
      },
    ],
  },

  "value/percent-range": {
    valid: [
      { name: "within 0–100%", rows: cleanTable() },
      { name: "growth may exceed 100%", rows: both(set(cleanTable(), "D6", "服务量同比增长"), 6, "≥120%") },
      { name: "‰ is not %", rows: both(cleanTable(), 3, "≥950‰") },
    ],
    invalid: [
      {
        name: "corpus 05: a completion rate of ≥100% is exactly 100%",
        rows: set(cleanTable(), "F4", "≥100%"),
        errors: [{ messageId: "atLeast100", address: "F4", data: { text: "≥100%" }, fix: { to: "100%" } }],
      },

      {
        name: "105% pass rate",
        rows: set(cleanTable(), "F3", "≥105%"),
        errors: [{ messageId: "over100", address: "F3", data: { text: "≥105%" } }],
      },
      {
        name: "two rows over 100%",
        rows: both(both(cleanTable(), 4, "110%"), 6, "≥120%"),
        errors: [
          { messageId: "over100", address: "E4:F4", data: { text: "110%" } },
          { messageId: "over100", address: "E6:F6", data: { text: "≥120%" } },
        ],
      },
    ],
  },

  "value/period-not-set": {
    valid: [
      { name: "every period set", rows: cleanTable() },
      { name: "无 in the annual column is not this rule's", rows: set(cleanTable(), "F2", "无") },
      {
        name: "no period column",
        rows: indicatorTable(
          cleanRows().map((r) => [...r.slice(0, 4), r[5]]),
          { header: [...HEADER.slice(0, 4), "年度指标值"] },
        ),
      },
    ],
    invalid: [
      {
        name: "seed 001: 无 (a table without project years: no fix)",
        rows: set(cleanTable(), "E2", "无"),
        errors: [{ messageId: "notSet", address: "E2", data: { text: "无" }, fix: null }],
      },
      {
        name: "/ and —— on two rows",
        rows: edit(cleanTable(), { E3: "/", E4: "——" }),
        errors: [
          { messageId: "notSet", address: "E3", data: { text: "/" } },
          { messageId: "notSet", address: "E4", data: { text: "——" } },
        ],
      },
      {
        name: "coded: 实施周期指标值：无",
        rows: list([["1-产出指标", "11-数量指标", "召开报告会场次", "无", "不少于2场"], SOCIAL, SATISFIED]),
        errors: [{ messageId: "notSet", address: "G3", data: { text: "无" }, fix: null }],
      },
      {
        name: "a one-year project (2025–2025): the annual value is the fix",
        rows: edit(projectForm({ 实施周期: [2025, 2025] }), { E9: "无" }),
        errors: [
          {
            messageId: "notSetOneYear",
            address: "E9",
            data: { text: "无", annual: "≥4场" },
            fix: { from: "无", to: "≥4场" },
          },
        ],
      },
      {
        name: "seed 001 (麻涌): 2022–2099 is open-ended, no fix",
        rows: edit(projectForm({ 实施周期: [2022, 2099] }), { E9: "无" }),
        errors: [{ messageId: "notSet", address: "E9", data: { text: "无" }, fix: null }],
      },
      {
        name: "a multi-year project (2024–2026), no fix",
        rows: edit(projectForm({ 实施周期: [2024, 2026] }), { E10: "无" }),
        errors: [{ messageId: "notSet", address: "E10", data: { text: "无" }, fix: null }],
      },
      {
        name: "one-year project but the annual value is empty too: nothing to copy",
        rows: edit(projectForm({ 实施周期: [2025, 2025] }), { E10: "无", F10: "无" }),
        errors: [{ messageId: "notSet", address: "E10", data: { text: "无" }, fix: null }],
      },
    ],
  },

  "value/satisfaction-floor": {
    valid: [
      { name: "≥90%", rows: cleanTable() },
      { name: "≥85% passes the default floor", rows: both(cleanTable(), 7, "≥85%") },
      { name: "≥90% passes a floor of 90", rows: cleanTable(), config: { satisfactionFloor: 90 } },
      { name: "a low floor", rows: both(cleanTable(), 7, "≥60%"), config: { satisfactionFloor: 60 } },
    ],
    invalid: [
      {
        name: "≥75% under the default 80",
        rows: both(cleanTable(), 7, "≥75%"),
        errors: [{ messageId: "low", address: "E7:F7", data: { text: "≥75%", floor: 80 } }],
      },
      {
        name: "satisfactionFloor: 90",
        rows: both(cleanTable(), 7, "≥85%"),
        config: { satisfactionFloor: 90 },
        errors: [{ messageId: "low", address: "E7:F7", data: { text: "≥85%", floor: 90 } }],
      },
      {
        name: "a satisfaction name elsewhere, two values",
        rows: edit(set(cleanTable(), "D6", "群众满意率"), { E6: "≥70%", F6: "≥75%" }),
        errors: [
          { messageId: "low", address: "E6", data: { text: "≥70%", floor: 80 } },
          { messageId: "low", address: "F6", data: { text: "≥75%", floor: 80 } },
        ],
      },
    ],
  },

  "value/satisfaction-percent": {
    valid: [
      { name: "a percentage", rows: cleanTable() },
      { name: "not set is another rule's", rows: set(cleanTable(), "E7", "无") },
      { name: "达到90%以上", rows: both(cleanTable(), 7, "达到90%以上") },
    ],
    invalid: [
      {
        name: "满意",
        rows: both(cleanTable(), 7, "满意"),
        errors: [{ messageId: "notPercent", address: "E7:F7", data: { text: "满意" } }],
      },
      {
        name: "a score",
        rows: set(cleanTable(), "F7", "85分以上"),
        errors: [{ messageId: "notPercent", address: "F7", data: { text: "85分以上" } }],
      },
      {
        name: "two cells",
        rows: edit(cleanTable(), { E7: "基本满意", F7: "90分" }),
        errors: [
          { messageId: "notPercent", address: "E7", data: { text: "基本满意" } },
          { messageId: "notPercent", address: "F7", data: { text: "90分" } },
        ],
      },
    ],
  },

  "value/sign-format": {
    valid: [
      { name: "≥ and %", rows: cleanTable() },
      { name: "LaTeX is latex-leftover's", rows: set(cleanTable(), "F7", LATEX) },
      { name: "words", rows: both(cleanTable(), 2, "不少于4场") },
    ],
    invalid: [
      {
        name: ">= in the annual column",
        rows: set(cleanTable(), "F3", ">=95%"),
        errors: [
          {
            messageId: "signs",
            address: "F3",
            data: { text: ">=95%", fixed: "≥95%" },
            fix: { from: ">=95%", to: "≥95%" },
          },
        ],
      },
      {
        name: "full-width signs in both cells",
        rows: both(cleanTable(), 7, "＞＝90％"),
        errors: [
          {
            messageId: "signs",
            address: "E7",
            data: { text: "＞＝90％", fixed: "≥90%" },
            fix: { from: "＞＝90％", to: "≥90%" },
          },
          {
            messageId: "signs",
            address: "F7",
            data: { text: "＞＝90％", fixed: "≥90%" },
            fix: { from: "＞＝90％", to: "≥90%" },
          },
        ],
      },
      {
        name: "a leading ＝ is dropped, never turned into a formula's = (issue 9, item 4)",
        rows: both(cleanTable(), 7, "＝100%"),
        errors: [
          {
            messageId: "signs",
            address: "E7",
            data: { text: "＝100%", fixed: "100%" },
            fix: { from: "＝100%", to: "100%" },
          },
          {
            messageId: "signs",
            address: "F7",
            data: { text: "＝100%", fixed: "100%" },
            fix: { from: "＝100%", to: "100%" },
          },
        ],
      },
      {
        name: "＝ before a comparison sign",
        rows: set(cleanTable(), "F7", "＝≥90%"),
        errors: [
          {
            messageId: "signs",
            address: "F7",
            data: { text: "＝≥90%", fixed: "≥90%" },
            fix: { from: "＝≥90%", to: "≥90%" },
          },
        ],
      },
      {
        name: "<= for a cost",
        rows: set(cleanTable(), "E5", "<=500元/人"),
        errors: [
          {
            messageId: "signs",
            address: "E5",
            data: { text: "<=500元/人", fixed: "≤500元/人" },
            fix: { to: "≤500元/人" },
          },
        ],
      },
      {
        name: "coded: the same spaced signs in both values, one finding whose fix repairs both",
        rows: list([QTY, SOCIAL, SAT_SPACED]),
        errors: [
          {
            messageId: "signs",
            address: "G3",
            data: { text: "≥ 90 %", fixed: "≥90%" },
            fix: { to: coded([QTY, SOCIAL, SATISFIED]) },
          },
        ],
      },
    ],
  },

  "value/unit-missing": {
    valid: [
      { name: "units everywhere", rows: cleanTable() },
      {
        name: "a 计量单位 column",
        rows: indicatorTable(
          cleanRows().map((r) => [...r.slice(0, 4), "场", 4, 4]),
          { header: [...HEADER.slice(0, 4), "计量单位", "实施周期指标值", "年度指标值"] },
        ),
      },
      { name: "unit in the name", rows: both(set(cleanTable(), "D3", "资金使用合规性（%）"), 3, 100) },
      { name: "a number inside words", rows: both(cleanTable(), 2, "完成培训4期以上并考核") },
      { name: "0 needs no unit (差错率 0)", rows: both(set(cleanTable(), "D3", "资金发放差错率"), 3, "0") },
    ],
    invalid: [
      {
        name: "a 2021 social cost is no money cost: a bare number there lacks its unit",
        rows: clean2021Table([ind("成本指标", "社会成本指标", "受影响群众人数", "≤5", "≤5")]),
        errors: [{ messageId: "noUnit", address: "E8:F8", data: { text: "≤5" } }],
      },
      {
        name: "≥20 without a unit",
        rows: set(cleanTable(), "F2", "≥20"),
        errors: [{ messageId: "noUnit", address: "F2", data: { text: "≥20" } }],
      },
      {
        name: "seed 001: a bare number cell in both columns",
        rows: both(cleanTable(), 2, 184),
        errors: [{ messageId: "noUnit", address: "E2:F2", data: { text: "184" } }],
      },
      {
        name: "two rows, table moved right",
        rows: edit(offset(cleanTable(), 0, 3), { I2: "≥20", H3: "95", I3: "95" }),
        errors: [
          { messageId: "noUnit", address: "I2", data: { text: "≥20" } },
          { messageId: "noUnit", address: "H3:I3", data: { text: "95" } },
        ],
      },
    ],
  },

  "value/vague-target": {
    valid: [
      { name: "measurable", rows: cleanTable() },
      { name: "a clear qualitative standard", rows: both(cleanTable(), 6, "达标") },
      { name: "turned off by code", rows: both(cleanTable(), 6, "有效提高"), config: { rules: { JX303: "off" } } },
      {
        name: "turned off by id",
        rows: both(cleanTable(), 6, "有效提高"),
        config: { rules: { "value/vague-target": "off" } },
      },
      {
        name: "codes are case-insensitive",
        rows: both(cleanTable(), 6, "有效提高"),
        config: { rules: { jx303: "off" } },
      },
      { name: "extra vague words only when configured", rows: both(cleanTable(), 6, "基本完成") },
    ],
    invalid: [
      {
        name: "seed 001: 有效提高",
        rows: both(cleanTable(), 6, "有效提高"),
        errors: [{ messageId: "vague", address: "E6:F6", data: { text: "有效提高" }, severity: "warning" }],
      },
      {
        name: "severity raised by code",
        rows: both(cleanTable(), 6, "良好"),
        config: { rules: { JX303: "error" } },
        errors: [{ messageId: "vague", address: "E6:F6", data: { text: "良好" }, severity: "error" }],
      },
      {
        name: "a configured vague word",
        rows: both(cleanTable(), 6, "基本完成"),
        config: { vagueWords: ["基本完成"] },
        errors: [{ messageId: "vague", address: "E6:F6", data: { text: "基本完成" } }],
      },
      {
        name: "seed 004: coded 逐步提高",
        rows: list([QTY, ["2-效益指标", "22-社会效益指标", "群众安全感", "逐步提高", "逐步提高"], SATISFIED]),
        errors: [{ messageId: "vague", address: "G3", data: { text: "逐步提高" } }],
      },
      {
        name: "different words in the two cells",
        rows: edit(cleanTable(), { E6: "明显", F6: "进一步加强" }),
        errors: [
          { messageId: "vague", address: "E6", data: { text: "明显" } },
          { messageId: "vague", address: "F6", data: { text: "进一步加强" } },
        ],
      },
    ],
  },
};

const NATURE_HEADER = ["绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "指标值说明"];
/** A table with 指标性质, 指标值, 计量单位 and 指标值说明 columns (corpus 14, 15): [三级, 性质, 值, 单位, 说明] per row after the clean ones. */
const natured = (rows: (string | null)[][]) =>
  indicatorTable(
    [
      [null, "产出指标", "数量指标", "举办业务培训场次", "定量", "4", "场", "按年度计划"],
      [null, null, "质量指标", "培训考核合格率", "定量", "95", "%", "按考核办法"],
      [null, "效益指标", "社会效益指标", "参训人员业务能力达标率", "定量", "90", "%", "按评估报告"],
      [null, "满意度指标", "服务对象满意度指标", "参训人员满意度", "定量", "90", "%", "按问卷调查"],
      ...rows.map((r) => [null, null, null, ...r]),
    ],
    { header: NATURE_HEADER },
  );
const WEIGHT_HEADER = [...HEADER, "权重(%)"];
const weighted = (weights: (number | null)[]) =>
  indicatorTable(
    cleanRows().map((r, i) => [...r, weights[i] ?? null]),
    { header: WEIGHT_HEADER },
  );

cases["value/weight-total"] = {
  valid: [
    { name: "weights add up to 100", rows: weighted([20, 20, 10, 20, 20, 10]) },
    { name: "90 where 10 is kept for 预算执行率 (四川, 重庆)", rows: weighted([20, 20, 10, 10, 20, 10]) },
    { name: "fractions add up to 1", rows: weighted([0.2, 0.2, 0.1, 0.2, 0.2, 0.1]) },
    { name: "a configured total", rows: weighted([20, 20, 10, 10, 10, 10]), config: { weightTotals: [80] } },
    { name: "no weight column", rows: cleanTable() },
    {
      name: "a 合计 row under the table gives the weights' sum: no weight of its own",
      rows: [...weighted([20, 20, 10, 20, 20, 10]), [null, "合计", null, null, null, null, 100]],
    },
  ],
  invalid: [
    {
      name: "weights adding up to 80",
      rows: weighted([20, 20, 10, 10, 10, 10]),
      errors: [{ messageId: "sum", address: "G2:G7", data: { sum: 80, expected: "100 / 90" } }],
    },
  ],
};

cases["value/nature-mismatch"] = {
  valid: [
    { name: "定量 with numbers", rows: natured([]) },
    { name: "定性 with a qualitative target", rows: natured([["任务按时完成", "定性", "按时完成", null, "按计划"]]) },
    { name: "定量（其他） explained", rows: natured([["培训覆盖面", "定量（其他）", "≥80%", null, "按参训名单"]]) },
  ],
  invalid: [
    {
      name: "corpus 15: 95%以上 marked 定性",
      rows: natured([["学生满意度", "定性", "95%以上", null, "问卷"]]),
      errors: [{ messageId: "qualitativeNumber", address: "E6:F6", data: { text: "95%以上" } }],
    },
    {
      name: "定量 without a number",
      rows: natured([["工作开展情况", "定量", "按时完成", null, "按计划"]]),
      errors: [{ messageId: "quantitativeText", address: "E6:F6", data: { text: "按时完成", nature: "定量" } }],
    },
    {
      name: "定量（其他） with no explanation",
      rows: natured([["培训覆盖面", "定量（其他）", "≥80%", null, null]]),
      errors: [{ messageId: "otherNoExplanation", address: "H6" }],
    },
  ],
};

cases["value/quantity-unit"] = {
  valid: [
    { name: "counts", rows: cleanTable() },
    { name: "a 年限 measured in years", rows: cleanTable([ind(null, "数量指标", "设备使用年限", "≥5年", "≥5年")]) },
  ],
  invalid: [
    {
      name: "corpus 14: 制作宣传横幅 = 1年",
      rows: cleanTable([ind(null, "数量指标", "制作宣传横幅、公益宣传牌等", "1年", "1年")]),
      errors: [{ messageId: "time", address: "E8", data: { name: "制作宣传横幅、公益宣传牌等", unit: "年" } }],
    },
  ],
};

cases["value/name-value-conflict"] = {
  valid: [
    { name: "no number in the names", rows: cleanTable() },
    {
      name: "the name's target is the value",
      rows: both(cleanTable(), 3, "100%").map((r, i) =>
        i === 2 ? [...r.slice(0, 3), "培训考核合格率100%", ...r.slice(4)] : r,
      ),
    },
  ],
  invalid: [
    {
      name: "corpus 06: 质量达标率100% with ≥98%",
      rows: set(cleanTable(), "D3", "*培训质量达标率100%"),
      errors: [
        { messageId: "differs", address: "D3:E3", data: { name: "*培训质量达标率100%", inName: "100%", text: "≥95%" } },
      ],
    },
  ],
};

cases["value/goal-as-indicator"] = {
  valid: [
    { name: "measurable names", rows: cleanTable() },
    {
      name: "a goal's words with a metric (受益人口数)",
      rows: cleanTable([ind(null, "社会效益指标", "促进就业带动受益人口数量增加", "≥500人", "≥500人")]),
    },
  ],
  invalid: [
    {
      name: "corpus 02: a slogan given 100%",
      rows: cleanTable([ind(null, "社会效益指标", "促进人口与经济、社会、资源、环境协调和可持续发展", "100%", "100%")]),
      errors: [
        {
          messageId: "goal",
          address: "D8:F8",
          data: { name: "促进人口与经济、社会、资源、环境协调和可持续发展", text: "100%" },
        },
      ],
    },
  ],
};

ruleTester.runCategory("value", cases, __filename);
