/** The built-in sample sheet, used when /fixtures/<name>.xlsx is not served (a made-up 项目绩效目标表 with flaws). */
import { type CellFormat, DEFAULT_FORMAT, WorkbookModel } from "../simulator";

const THIN = { style: "Continuous", color: "#000000", weight: "Thin" };
const BOXED: CellFormat = {
  ...DEFAULT_FORMAT,
  wrapText: true,
  verticalAlignment: "Center",
  borders: { EdgeTop: THIN, EdgeBottom: THIN, EdgeLeft: THIN, EdgeRight: THIN },
};
const HEADER: CellFormat = {
  ...BOXED,
  fill: "#D9E1F2",
  font: { ...DEFAULT_FORMAT.font, bold: true },
  horizontalAlignment: "Center",
};
const TITLE: CellFormat = {
  ...DEFAULT_FORMAT,
  font: { ...DEFAULT_FORMAT.font, bold: true, size: 16 },
  horizontalAlignment: "Center",
  verticalAlignment: "Center",
};

export function sampleWorkbook(): WorkbookModel {
  const wb = new WorkbookModel();
  const s = wb.addSheet("示例项目");
  const rows: (string | number | null)[][] = [
    ["项目绩效目标表", null, null, null, null, null],
    ["项目名称", "社区网格化管理服务", null, null, null, null],
    ["主管部门", "某镇网格管理中心", null, "实施周期", "2025年", null],
    ["2025年预算金额", 120.5, "万元", null, null, null],
    ["一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "计量单位"],
    ["产出指标", "数量指标", "网格巡查次数", "≥1200", "≥1200", "次"],
    [null, "质量指标", "问题处置率", "≥95%", "95%", "%"],
    [null, "时效指标", "问题处置及时性", "及时", "较好", null],
    ["效益指标", "社会效益指标", "群众安全感", "有所提升", "提升", null],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥70%", "≥70%", "%"],
  ];
  rows.forEach((line, i) =>
    line.forEach((v, j) => {
      const row = i + 1;
      const col = j + 1;
      const format = row === 1 ? TITLE : row === 5 ? HEADER : BOXED;
      if (v === null) s.setCell(row, col, { value: null, format });
      else s.setCell(row, col, { value: v, format });
    }),
  );
  s.merges.push(
    { r1: 1, c1: 1, r2: 1, c2: 6 },
    { r1: 2, c1: 2, r2: 2, c2: 6 },
    { r1: 3, c1: 2, r2: 3, c2: 3 },
    { r1: 3, c1: 5, r2: 3, c2: 6 },
    { r1: 6, c1: 1, r2: 8, c2: 1 },
  );
  s.rowHeights.set(1, 30);
  [80, 110, 120, 100, 100, 70].forEach((w, i) => s.colWidths.set(i + 1, w));
  wb.addSheet("Sheet2");
  return wb;
}
