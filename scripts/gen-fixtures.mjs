#!/usr/bin/env node
/**
 * Writes the small synthetic workbooks in tests/fixtures/ (npm run gen). They follow the real
 * layouts of docs/domain.md §1 and ../shared/fixtures, so the CLI tests run without ../shared.
 * The block builders are exported for scripts/bench.mjs.
 *
 *   project-2021-clean.xlsx     a clean 2021-framework project form (merged 一级/二级 cells): no errors expected
 *   project-mistakes.xlsx       a 2020-framework project form with docs/domain.md §6 mistakes, styles and a user note
 *   department-unbalanced.xlsx  a department form whose budget does not balance (清溪 numbers) + an indicator table
 *   project-list-coded.xlsx     a 项目支出绩效目标表 list with coded indicator text (黄埔 layout)
 *   two-sheets.xlsx             the clean form on 项目甲 and the mistakes on 项目乙 (for --sheet)
 *   value-types.xlsx            rich text, formulas, dates, errors, hyperlinks, booleans, merges (reader tests)
 *   empty-workbook.xlsx         one empty worksheet
 *   rich-parts.xlsx             the mistakes form plus what annotate must keep byte for byte: a chart, an image, sparklines,
 *                               an extLst (x14) dropdown fed from another sheet, custom document properties (as WPS
 *                               writes them), a user's note and a control character (needs dist/: npm run build:cli)
 *   corrupt.xlsx / empty.xlsx / encrypted.xlsx / not-xlsx.txt   unreadable inputs
 */
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ExcelJS from "exceljs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIR = path.resolve(HERE, "..", "tests", "fixtures");
/** Fixed timestamps so regenerating changes as little as possible. */
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

/**
 * A block: rows of values (0-based inside the block, column A first) and merges relative to it.
 * @typedef {{ rows: (string|number|boolean|null|object)[][], merges: [number,number,number,number][], tableRows?: [number, number] }} Block
 */

/**
 * Indicator rows [一级, 二级, 三级, 实施周期指标值, 年度指标值] → rows from the header on, merging
 * consecutive equal 一级 (column B) and 一级+二级 (column C) cells; `绩效指标` in A is merged over the table.
 */
export function indicatorTable(indicators, { periodHeader = "实施周期指标值", annualHeader = "年度指标值" } = {}) {
  const rows = [["绩效指标", "一级指标", "二级指标", "三级指标", periodHeader, annualHeader]];
  const merges = [];
  const n = indicators.length;
  for (let i = 0; i < n; i++) {
    const [l1, l2, l3, period, annual] = indicators[i];
    const prev = indicators[i - 1];
    const sameL1 = prev && prev[0] === l1;
    const sameL2 = sameL1 && prev[1] === l2;
    rows.push([null, sameL1 ? null : l1, sameL2 ? null : l2, l3 ?? null, period ?? null, annual ?? null]);
  }
  // runs of equal 一级 / 二级
  for (const col of [1, 2]) {
    let start = 0;
    for (let i = 1; i <= n; i++) {
      const key = (k) => (col === 1 ? indicators[k][0] : `${indicators[k][0]}|${indicators[k][1]}`);
      if (i === n || key(i) !== key(start)) {
        if (i - 1 > start) merges.push([start + 1, col, i, col]);
        start = i;
      }
    }
  }
  if (n > 0) merges.push([0, 0, n, 0]);
  return { rows, merges, tableRows: [0, n] };
}

/** A 项目绩效目标表 block (麻涌/清溪 layout, columns A–F). */
export function projectBlock(p) {
  const year = p.year ?? 2025;
  const rows = [
    [p.title ?? "项目绩效目标表（批复）"],
    [],
    ["项目名称", p.name],
    ["项目类型", p.type ?? "其他运转类（综合类）"],
    ["项目等级", p.level ?? "二级项目"],
    ["主管部门", p.department ?? "东莞市某镇网格管理中心"],
    ["申报单位", p.unit ?? p.department ?? "东莞市某镇网格管理中心"],
    ["实施周期", "起始年度", p.start ?? year, "到期年度", p.end ?? year + 2],
    [`${year}年预算金额`, p.budget],
    ["总体绩效目标", "实施周期总目标"],
    [null, p.periodGoal ?? `${p.name}：按计划完成各项工作任务，提升服务质量。`],
    [null, `${year}年度目标`],
    [null, p.annualGoal ?? `${year}年度完成${p.name}的年度任务。`],
  ];
  const merges = [];
  for (const r of [2, 3, 4, 5, 6, 8]) merges.push([r, 1, r, 5]);
  merges.push([10, 1, 10, 5], [12, 1, 12, 5], [9, 0, 12, 0]);
  const table = indicatorTable(p.indicators, p);
  const off = rows.length;
  rows.push(...table.rows);
  for (const [r1, c1, r2, c2] of table.merges) merges.push([r1 + off, c1, r2 + off, c2]);
  if (p.opinion) {
    rows.push(["财政分局批复意见", p.opinion]);
    merges.push([rows.length - 1, 1, rows.length - 1, 5]);
  }
  return { rows, merges, tableRows: [off, off + table.rows.length - 1] };
}

/** A 部门整体支出绩效目标表 block (清溪 layout). Amounts in 万元, tasks in 元 as in the seed. */
export function departmentBlock(d) {
  const rows = [
    [d.title ?? "部门整体支出绩效目标申报表"],
    [`(${d.year ?? 2025}年)`],
    ["部门名称", d.name],
    ["基本信息", "财政供养人员数", d.staff ?? 15, "下属二级单位数", d.subUnits ?? 0],
    ["预算整体情况", "部门预算支出", "预算金额(万元)", "收入来源", "预算金额(万元)"],
    [null, "基本支出", d.basic, "财政拨款", d.fiscal],
    [null, "项目支出", d.project, "其他资金", d.other ?? 0],
    [null, "事业发展性支出", "预算金额(万元)", "按预算级次划分", "预算金额(万元)"],
    [null, "财政专项资金", d.special ?? 0, "镇本级使用资金", d.ownLevel ?? null],
    [null, "其他事业发展性支出", d.otherDev ?? 0, "拟用于对下转移支付资金", d.transfer ?? 0],
    ["总体绩效目标", d.goal ?? "目标1：完成年度重点工作任务。目标2：保障部门正常运转。"],
    ["年度重点工作任务", "名称", "主要实施内容", "拟投入的资金(元)", "期望达到的目标(概述)"],
  ];
  const merges = [
    [2, 1, 2, 5],
    [4, 0, 9, 0],
    [10, 1, 10, 5],
  ];
  const taskStart = rows.length;
  for (const t of d.tasks) {
    rows.push([null, t.name, t.content, t.amount, t.goal]);
    merges.push([rows.length - 1, 4, rows.length - 1, 5]);
  }
  merges.push([taskStart - 1, 0, rows.length - 1, 0]);
  rows.push(["其他需完成的任务(可选填)", d.otherTasks ?? "无"]);
  merges.push([rows.length - 1, 1, rows.length - 1, 5]);
  rows.push([]);
  const table = indicatorTable(d.indicators);
  const off = rows.length;
  rows.push(...table.rows);
  for (const [r1, c1, r2, c2] of table.merges) merges.push([r1 + off, c1, r2 + off, c2]);
  return { rows, merges, tableRows: [off, off + table.rows.length - 1] };
}

/** A 项目支出绩效目标表 list (黄埔 layout, columns A–G, 万元). */
export function projectListBlock(l) {
  const sum = (k) => Math.round(l.projects.reduce((s, p) => s + (p[k] ?? 0), 0) * 100) / 100;
  const rows = [
    ["项目支出绩效目标表（含转移支付项目）"],
    [],
    [`部门名称：${l.department}（部门）`],
    [],
    ["单位：万元"],
    [],
    ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"],
    ["合计", l.total ?? sum("total"), sum("fiscal"), null, null],
    [l.department, l.subtotal ?? sum("total"), sum("fiscal"), null, null],
  ];
  for (const p of l.projects)
    rows.push([p.name, p.total, p.fiscal, p.special ?? null, p.other ?? null, p.goal, p.indicators]);
  return { rows, merges: [], tableRows: [6, rows.length - 1] };
}

/** Coded indicator text as in seed 004: `1、1-产出指标；11-数量指标；name；实施周期指标值：v；年度指标值：v。` */
export function codedIndicators(items, sep = "；") {
  return items
    .map(
      ([c1, c2, name, period, annual], i) =>
        `${i + 1}、${c1}${sep}${c2}${sep}${name}${sep}实施周期指标值：${period}${sep}年度指标值：${annual}。`,
    )
    .join("");
}

/** Stacks blocks vertically with `gap` blank rows; returns sheet values (from A1) and 1-based merges. */
export function stackBlocks(blocks, gap = 1) {
  const values = [];
  const merges = [];
  const tables = [];
  for (const b of blocks) {
    const off = values.length;
    for (const r of b.rows) values.push(r);
    for (const [r1, c1, r2, c2] of b.merges)
      merges.push({ r1: r1 + off + 1, c1: c1 + 1, r2: r2 + off + 1, c2: c2 + 1 });
    if (b.tableRows) tables.push([b.tableRows[0] + off + 1, b.tableRows[1] + off + 1]);
    for (let i = 0; i < gap; i++) values.push([]);
  }
  return { values, merges, tables };
}

const THIN = { style: "thin", color: { argb: "FF000000" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Writes stacked values into a worksheet with plain real-world formatting (widths, wrap, borders on tables). */
export function fillWorksheet(ws, sheet, { styled = true } = {}) {
  const widths = [18, 22, 22, 26, 22, 22, 60];
  ws.columns = widths.map((width) => ({ width }));
  sheet.values.forEach((row, i) => {
    if (!row || row.length === 0) return;
    const r = ws.getRow(i + 1);
    row.forEach((v, j) => {
      if (v !== null && v !== undefined) r.getCell(j + 1).value = v;
    });
  });
  for (const m of sheet.merges) ws.mergeCells(m.r1, m.c1, m.r2, m.c2);
  if (!styled) return;
  const wrap = { vertical: "middle", wrapText: true };
  sheet.values.forEach((row, i) => {
    if (!row || row.length === 0) return;
    const r = ws.getRow(i + 1);
    for (let c = 1; c <= 6; c++) r.getCell(c).alignment = wrap;
    if (row.length === 1 && typeof row[0] === "string" && /表/.test(row[0])) {
      r.getCell(1).font = { bold: true, size: 16, name: "宋体" };
      r.height = 30;
    }
  });
  for (const [t1, t2] of sheet.tables) {
    for (let r = t1; r <= t2; r++) for (let c = 1; c <= 6; c++) ws.getCell(r, c).border = BORDER;
    for (let c = 1; c <= 6; c++) ws.getCell(t1, c).font = { bold: true };
  }
}

function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao gen-fixtures";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

// ---------------------------------------------------------------------------------------------
// The fixture contents

export const CLEAN_2021_PROJECT = {
  name: "网格员业务培训经费",
  type: "其他特定目标类（部门职能类）",
  department: "东莞市麻涌镇网格管理中心",
  start: 2025,
  end: 2027,
  budget: 300000,
  year: 2025,
  periodHeader: "实施周期指标值",
  annualHeader: "年度指标值",
  indicators: [
    ["成本指标", "经济成本指标", "人均培训成本", "≤500元/人", "≤500元/人"],
    ["成本指标", "社会成本指标", null, null, null],
    ["成本指标", "生态环境成本指标", null, null, null],
    ["产出指标", "数量指标", "培训场次", "≥36场", "≥12场"],
    ["产出指标", "数量指标", "参训人次", "≥1200人次", "≥400人次"],
    ["产出指标", "质量指标", "培训考核合格率", "≥95%", "≥95%"],
    ["产出指标", "时效指标", "培训按时完成率", "100%", "100%"],
    ["效益指标", "社会效益指标", "网格事件上报准确率", "≥90%", "≥90%"],
    ["效益指标", "生态效益指标", null, null, null],
    ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"],
  ],
};

/** A 2020-framework form with docs/domain.md §6 mistakes (mostly 麻涌 001 and 厚街 000). */
export const MISTAKES_PROJECT = {
  name: "货物购置类项目（服装制服）",
  department: "东莞市麻涌镇网格管理中心",
  start: 2022,
  end: 2099,
  budget: 41700,
  year: 2024,
  annualHeader: "当年度指标值",
  indicators: [
    ["产出指标", "数量指标", "定制服装人数", "无", "≥ 20"], // 无 period; no unit
    ["产出指标", "质量指标", "服装质量合格率", "无", "100%"],
    ["产出指标", "时效指标", "制服发放及时性", "无", "及时"],
    ["产出指标", "成本指标", "服装单价", "无", "≤ 2085 元/人"],
    ["产出指标", "成本指标", "预算执行率（%）", "无", "$\\geq 90\\%$"], // not a cost; LaTeX leftover
    ["效益指标", "经济效益指标", null, null, null],
    ["效益指标", "社会效益指标", "提升政府公众形象", "良好", "有效提高"], // vague
    ["效益指标", "社会效益指标", "社工成本", "9939.75元/月/人", "9939.75元/月/人"], // cost misfiled under 效益
    ["效益指标", "社会效益指标", "网格员满意度", "≥90%", "≥90%"], // satisfaction misfiled
    ["效益指标", "可持续影响指标", "保障部门正常运转", "无", "正常"],
    ["效益指标", "可持续影响指标", "保障部门正常运转", "无", "正常"], // duplicate 三级
    ["满意度指标", "服务对象满意度指标", "使用人满意度", "≤90%", "满意度=（一般+满意+非常满意）/评价数量"], // wrong direction; formula
  ],
};

export const UNBALANCED_DEPARTMENT = {
  name: "东莞市清溪镇平安法治办公室",
  year: 2025,
  staff: 15,
  basic: 45.89,
  project: 153.15,
  fiscal: 225.74,
  other: 0,
  special: 0,
  otherDev: 26.71,
  ownLevel: 225.74,
  transfer: 0,
  tasks: [
    {
      name: "扫黑除恶专项斗争经费",
      content: "延续聘用2名劳务派遣人员协助开展扫黑除恶专项斗争",
      amount: 180000,
      goal: "推动线索摸排、案件侦办持续深入开展",
    },
    {
      name: "访前法律工作室专项经费",
      content: "购买两名社工服务，参与矛盾纠纷化解",
      amount: 217085,
      goal: "促进信访群众理性、有序反映诉求",
    },
  ],
  otherTasks: "机关事业单位派遣人员经费--按时按量发放人员服务费。",
  indicators: [
    ["成本指标", "经济成本指标", "宣传费", "≤2万元/场", "≤2万元/场"],
    ["成本指标", "社会成本指标", null, null, null],
    ["成本指标", "生态环境成本指标", null, null, null],
    ["产出指标", "数量指标", "服务人次数", "≥500人次", "≥500人次"],
    ["产出指标", "数量指标", "宣传活动次数", "≥12次", "≥12次"],
    ["产出指标", "质量指标", "案件办理率", "≥95%", "≥95%"],
    ["产出指标", "时效指标", "上报及时率", "≥98%", "≥98%"],
    ["效益指标", "社会效益指标", "涉稳舆情处置率", "100%", "100%"],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥98%", "≥98%"],
  ],
};

export const CODED_LIST = {
  department: "中共广州市黄埔区委政法委员会",
  projects: [
    {
      name: "区法学会经费",
      total: 28,
      fiscal: 28,
      goal: "开展法治宣传活动和课题研究，提升服务中心工作的能力水平。",
      indicators: codedIndicators(
        [
          ["1-产出指标", "11-数量指标", "召开报告会情况", "不少于1场", "不少于1场"],
          ["2-效益指标", "22-社会效益", "法治宣传覆盖率", "≥90%", "≥90%"],
          ["3-满意度指标", "31-服务对象满意度", "参会人员满意度", "≥90%", "≥90%"],
        ],
        "：",
      ),
    },
    { name: "涉密项目", total: 37.1, fiscal: 37.1, goal: "涉密内容。", indicators: "涉密内容。" },
    {
      name: "扫黑除恶斗争工作经费",
      total: 54.32,
      fiscal: 54.32,
      goal: "持续保持对黑恶势力违法犯罪的高压态势，形成有效震慑。",
      indicators: codedIndicators([
        ["1-产出指标", "11-数量指标", "宣传宣讲活动", "不少于10场", "不少于10场"],
        ["1-产出指标", "22-社会效益", "群众安全感", "逐步提高", "逐步提高"], // 二级 not under its 一级; vague
        ["1-产出指标", "12-质量指标", "窗口服务", "窗口人员评价器差评率", "窗口人员评价器差评率"], // name as target
      ]),
    },
    {
      name: "平安宣传经费",
      total: 44.8,
      fiscal: 44.8,
      goal: "积极发动群众参与平安建设，提高群众安全法制和防范意识。",
      indicators: codedIndicators(
        [
          ["1-产出指标", "11-数量指标", "平安黄埔宣传", "5000份", "5000份"],
          [
            "2-效益指标",
            "24-可持续影响",
            "群众满意度",
            "满意度=（一般+满意+非常满意）/评价数量",
            "满意度=（一般+满意+非常满意）/评价数量",
          ],
        ],
        ";",
      ),
    },
  ],
};

// ---------------------------------------------------------------------------------------------

async function writeWorkbook(file, build) {
  const wb = newWorkbook();
  await build(wb);
  await wb.xlsx.writeFile(path.join(FIXTURES_DIR, file));
  return file;
}

function addBlocksSheet(wb, name, blocks) {
  const ws = wb.addWorksheet(name);
  fillWorksheet(ws, stackBlocks(blocks));
  return ws;
}

/** Deterministic pseudo-random bytes (mulberry32), so regenerated garbage does not churn git. */
function pseudoRandomBytes(n, seed) {
  let a = seed >>> 0;
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

export async function generateAll() {
  await fsp.mkdir(FIXTURES_DIR, { recursive: true });
  const written = [];

  written.push(
    await writeWorkbook("project-2021-clean.xlsx", (wb) =>
      addBlocksSheet(wb, "项目绩效目标表", [projectBlock(CLEAN_2021_PROJECT)]),
    ),
  );

  written.push(
    await writeWorkbook("project-mistakes.xlsx", (wb) => {
      const ws = addBlocksSheet(wb, "麻涌网格管理中心", [projectBlock(MISTAKES_PROJECT)]);
      // formats a reviewer's copy must keep: a number format, a coloured font, a user note on a flagged cell
      const budget = ws.getCell("B9");
      budget.numFmt = "#,##0.00";
      ws.getCell("B3").font = { bold: true, color: { argb: "FF1F4E79" } };
      const vague = findCell(ws, "有效提高");
      if (vague) vague.note = "经办人：此项待补充量化指标";
    }),
  );

  written.push(
    await writeWorkbook("department-unbalanced.xlsx", (wb) =>
      addBlocksSheet(wb, "清溪平安法治办", [departmentBlock(UNBALANCED_DEPARTMENT)]),
    ),
  );

  written.push(
    await writeWorkbook("project-list-coded.xlsx", (wb) => {
      const ws = addBlocksSheet(wb, "黄埔区委政法委", [projectListBlock(CODED_LIST)]);
      ws.getColumn(7).width = 80;
    }),
  );

  written.push(
    await writeWorkbook("two-sheets.xlsx", (wb) => {
      addBlocksSheet(wb, "项目甲", [projectBlock(CLEAN_2021_PROJECT)]);
      addBlocksSheet(wb, "项目乙", [projectBlock(MISTAKES_PROJECT)]);
    }),
  );

  written.push(
    await writeWorkbook("value-types.xlsx", (wb) => {
      const ws = wb.addWorksheet("类型");
      ws.getCell("A1").value = "三级指标";
      ws.getCell("B1").value = { richText: [{ text: "培训" }, { text: "场次", font: { bold: true } }] };
      ws.getCell("A2").value = 12.5;
      ws.getCell("B2").value = { formula: "A2*2", result: 25 };
      ws.getCell("C2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("D2").value = { formula: '"≥"&"90%"', result: "≥90%" };
      ws.getCell("A3").value = new Date(Date.UTC(2025, 2, 31));
      ws.getCell("B3").value = { error: "#N/A" };
      ws.getCell("C3").value = { text: "政策文件", hyperlink: "https://www.mof.gov.cn/" };
      ws.getCell("D3").value = true;
      ws.getCell("E3").value = false;
      ws.getCell("A4").value = "成本指标";
      ws.mergeCells("A4:B6");
      ws.getCell("C4").value = "合并";
      ws.mergeCells("C4:C5");
      ws.getCell("F9").value = "远处";
    }),
  );

  written.push(await writeWorkbook("empty-workbook.xlsx", (wb) => wb.addWorksheet("Sheet1")));

  written.push(await writeRichParts("rich-parts.xlsx"));

  await fsp.writeFile(path.join(FIXTURES_DIR, "corrupt.xlsx"), pseudoRandomBytes(2048, 20250101));
  await fsp.writeFile(path.join(FIXTURES_DIR, "empty.xlsx"), Buffer.alloc(0));
  const cfb = Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    pseudoRandomBytes(4088, 7),
  ]);
  await fsp.writeFile(path.join(FIXTURES_DIR, "encrypted.xlsx"), cfb);
  await fsp.writeFile(
    path.join(FIXTURES_DIR, "not-xlsx.txt"),
    "项目名称\t网格员业务培训经费\n这是一个文本文件，不是工作簿。\n",
  );
  written.push("corrupt.xlsx", "empty.xlsx", "encrypted.xlsx", "not-xlsx.txt");
  return written;
}

/**
 * rich-parts.xlsx: exceljs writes the form, an image, a note and a dropdown sheet; the parts exceljs cannot write
 * (chart, sparklines, x14 data validation, custom properties, an `_x001B_` escape) are then added to the package
 * with the command's own zip code.
 */
export async function writeRichParts(file) {
  const { createRequire } = await import("node:module");
  const require = createRequire(import.meta.url);
  let zip;
  try {
    zip = require(path.resolve(HERE, "..", "dist", "node", "cli", "zip.js"));
  } catch {
    throw new Error("rich-parts.xlsx needs the compiled command: run npm run build:cli first");
  }
  const wb = newWorkbook();
  const ws = addBlocksSheet(wb, "项目表", [projectBlock(MISTAKES_PROJECT)]);
  const vague = findCell(ws, "有效提高");
  if (vague) vague.note = "经办人：此项待补充量化指标";
  const lists = wb.addWorksheet("下拉");
  ["一级项目", "二级项目", "三级项目"].forEach((v, i) => (lists.getCell(i + 1, 1).value = v));
  const png = await fsp.readFile(path.resolve(HERE, "..", "assets", "icon-16.png"));
  const img = wb.addImage({ buffer: png, extension: "png" });
  ws.addImage(img, { tl: { col: 7, row: 1 }, ext: { width: 16, height: 16 } });
  const base = Buffer.from(await wb.xlsx.writeBuffer());

  const entries = zip.readZip(base);
  const parts = new Map(entries.map((e) => [e.name, zip.inflateEntry(base, e).toString("utf8")]));
  const binary = new Map(
    entries.filter((e) => !/\.(xml|rels|vml)$/.test(e.name)).map((e) => [e.name, zip.inflateEntry(base, e)]),
  );
  const edit = (name, f) => {
    if (!parts.has(name)) throw new Error(`rich-parts: exceljs wrote no ${name}`);
    parts.set(name, f(parts.get(name)));
  };
  const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
  const XM = "http://schemas.microsoft.com/office/excel/2006/main";
  // sheet 1: a control character in a cell, an x14 dropdown from the other sheet, sparklines
  edit("xl/worksheets/sheet1.xml", (x) => {
    const extLst =
      `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>下拉!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>B5</xm:sqref></x14:dataValidation></x14:dataValidations></ext>` +
      `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/><x14:sparklines><x14:sparkline><xm:f>项目表!C8:E8</xm:f><xm:sqref>F8</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;
    const withCell = x.replace(
      "</sheetData>",
      '<row r="60"><c r="A60" t="inlineStr"><is><t>控制符_x001B_[2J与_x0007_</t></is></c></row></sheetData>',
    );
    return withCell
      .replace("</worksheet>", `${extLst}</worksheet>`)
      .replace(/<dimension ref="([A-Z]+\d+):([A-Z]+)\d+"\/>/, (_, from, col) => `<dimension ref="${from}:${col}60"/>`);
  });
  // a chart in the drawing that holds the image
  const drawing = [...parts.keys()].find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
  edit(drawing, (x) =>
    x.replace(
      /<\/xdr:wsDr>$/,
      '<xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="90" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>',
    ),
  );
  edit(drawing.replace("drawings/", "drawings/_rels/") + ".rels", (x) =>
    x.replace(
      "</Relationships>",
      '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
    ),
  );
  parts.set(
    "xl/charts/chart1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>项目表!$B$9</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>',
  );
  // custom document properties, as WPS keeps them
  parts.set(
    "docProps/custom.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>5C3A9B1E</vt:lpwstr></property></Properties>',
  );
  edit("_rels/.rels", (x) =>
    x.replace(
      "</Relationships>",
      '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    ),
  );
  edit("[Content_Types].xml", (x) =>
    x.replace(
      "</Types>",
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
    ),
  );
  const date = { time: 0, date: ((2025 - 1980) << 9) | (1 << 5) | 1 };
  const out = [...parts.keys()].map((name) =>
    zip.deflatePart(name, binary.get(name) ?? Buffer.from(parts.get(name), "utf8"), date.time, date.date),
  );
  await fsp.writeFile(path.join(FIXTURES_DIR, file), Buffer.concat(zip.writeZip(out)));
  return file;
}

function findCell(ws, text) {
  let found;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (!found && cell.value === text) found = cell;
    }),
  );
  return found;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // `node scripts/gen-fixtures.mjs rich-parts.xlsx` writes only that one
  const written =
    process.argv[2] === "rich-parts.xlsx" ? [await writeRichParts("rich-parts.xlsx")] : await generateAll();
  console.log(
    `wrote ${written.length} files to ${path.relative(process.cwd(), FIXTURES_DIR) || "."}: ${written.join(", ")}`,
  );
}
