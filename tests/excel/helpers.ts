/** Test helpers: the simulator installed as the `Excel`/`Office` globals, plus generated workbooks. */
import { createOfficeGateway, type OfficeGatewayOptions } from "../../src/excel/office-gateway";
import type { Gateway } from "../../src/excel/gateway";
import { installSimulator, type Simulator, type SimulatorOptions, WorkbookModel } from "../../src/simulator";

export function setup(
  wb: WorkbookModel,
  options: SimulatorOptions = {},
  gw: OfficeGatewayOptions = {},
): { sim: Simulator; gateway: Gateway } {
  const sim = installSimulator(globalThis, wb, options);
  return { sim, gateway: createOfficeGateway(gw) };
}

export function teardown(): void {
  const g = globalThis as Record<string, unknown>;
  delete g.Excel;
  delete g.Office;
  delete g.OfficeExtension;
}

/** A 绩效目标表-like grid: `rows` rows × 6 columns, with a merged title and some empty cells. */
export function generatedWorkbook(rows: number): WorkbookModel {
  const wb = new WorkbookModel();
  const s = wb.addSheet("生成");
  s.setValue(1, 1, "项目支出绩效目标表");
  s.merges.push({ r1: 1, c1: 1, r2: 1, c2: 6 });
  const head = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"];
  head.forEach((h, i) => s.setValue(2, i + 1, h));
  for (let r = 3; r <= rows; r++) {
    s.setValue(r, 1, "产出指标");
    s.setValue(r, 2, "数量指标");
    s.setValue(r, 3, `指标${r}`);
    s.setValue(r, 4, r % 7 === 0 ? "≥95%" : r);
    if (r % 5 !== 0) s.setValue(r, 5, "个");
  }
  return wb;
}

/** The sheet's values as the engine should get them: used range (values only), "" → null. */
export function expectedValues(
  sim: Simulator,
  sheetName: string,
): { values: unknown[][]; origin: { row: number; col: number } } {
  const s = sim.sheet(sheetName);
  const u = s.usedRect(true);
  if (!u) return { values: [], origin: { row: 1, col: 1 } };
  const values: unknown[][] = [];
  for (let r = u.r1; r <= u.r2; r++) {
    const line: unknown[] = [];
    for (let c = u.c1; c <= u.c2; c++) line.push(s.value(r, c));
    values.push(line);
  }
  return { values, origin: { row: u.r1, col: u.c1 } };
}
