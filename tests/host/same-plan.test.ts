/**
 * One plan, two hosts: the insertion planner lives in src/domain/insert and both the Office.js gateway (Excel
 * simulator) and the ET gateway (WPS simulator) only carry it out. The same sequence of insertions and 添加标准指标 on
 * the same workbook must leave the same cells, merges and dropdowns (with their alerts) and report the same results.
 */
import { findTables } from "../../src/domain";
import { TEMPLATES, buildBlock } from "../../src/domain/templates";
import { unkey } from "../../src/simulator/model";
import { WorkbookModel } from "../../src/simulator";
import { HOSTS, type HostFactory } from "./hosts";

const YEAR = { defaultYear: 2025 };
const form2021 = TEMPLATES.find((t) => t.id === "project-2021")!;
const form2020 = TEMPLATES.find((t) => t.id === "project-2020")!;

function book(): WorkbookModel {
  const wb = new WorkbookModel();
  const s = wb.addSheet("表一");
  s.setValue(2, 2, "用户的标题");
  s.merges.push({ r1: 2, c1: 2, r2: 2, c2: 5 });
  s.setValue(4, 3, "备注");
  s.setValue(4, 4, 0.95);
  s.setValue(6, 2, "用户的内容");
  return wb;
}

async function run(f: HostFactory) {
  const h = f.make(book());
  try {
    const g = h.gateway;
    const results: unknown[] = [];
    const strip = (r: object) => {
      const { syncs: _syncs, ...rest } = r as { syncs?: number };
      return rest;
    };
    results.push(
      strip(
        await g.insertBlock({
          block: buildBlock(form2021, { name: "同一规划" }, YEAR),
          where: "below",
          allowShift: false,
        }),
      ),
    );
    h.userSelect("表一", "C4");
    results.push(
      strip(
        await g.insertBlock({
          block: buildBlock(form2020, {}, { ...YEAR, placeholders: true }),
          where: "selection",
          allowShift: false,
        }),
      ),
    );
    results.push(
      strip(
        await g.insertBlock({
          block: buildBlock(form2020, {}, { ...YEAR, placeholders: true }),
          where: "selection",
          allowShift: true,
        }),
      ),
    );
    const tables = findTables(await g.readActiveSheet()).filter((t) => t.kind === "table");
    expect(tables.length).toBe(2);
    const [first, second] = tables;
    results.push(
      strip(
        await g.addIndicatorRows({
          table: first.range,
          l1: "效益指标",
          l2: "可持续影响指标",
          rows: [["效益指标", "可持续影响指标", "服务长效机制建立情况", "持续有效", "持续有效"]],
        }),
      ),
    );
    const again = findTables(await g.readActiveSheet()).filter((t) => t.kind === "table");
    results.push(
      strip(
        await g.addIndicatorRows({
          table: again[1].range,
          l1: "产出指标",
          l2: "数量指标",
          rows: [
            ["产出指标", "数量指标", "新增培训场次", "≥2场", "≥2场"],
            ["产出指标", "数量指标", "新增培训人次", "≥100人次", "≥100人次"],
          ],
        }),
      ),
    );
    results.push(
      strip(
        await g.addIndicatorRows({
          table: second.range,
          l1: "成本指标",
          l2: "不存在的二级",
          rows: [["成本指标", "不存在的二级", "x", "1", "1"]],
        }),
      ),
    );
    const s = h.wb().sheet("表一")!;
    const cells = [...s.cells]
      .map(([k, c]) => ({ ...unkey(k), value: c.value }))
      .filter((c) => c.value !== null && c.value !== "")
      .sort((a, b) => a.row - b.row || a.col - b.col);
    const merges = [...s.merges].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
    const dvs = [...s.dvs]
      .map((d) => ({ range: d.range, rule: d.rule, alert: d.errorAlert }))
      .sort((a, b) => a.range.r1 - b.range.r1 || a.range.c1 - b.range.c1);
    return { results, cells, merges, dvs };
  } finally {
    h.teardown();
  }
}

test("the Excel and WPS gateways carry out the same plan", async () => {
  const hosts = HOSTS.filter((x) => x.can.includes("insert"));
  expect(hosts.map((x) => x.name.split(":")[0]).sort()).toEqual(["Excel", "WPS"]);
  const [a, b] = [await run(hosts[0]), await run(hosts[1])];
  expect(a.results.filter((r) => (r as { ok: boolean }).ok).length).toBe(4);
  expect(a.results).toEqual(b.results);
  expect(a.cells).toEqual(b.cells);
  expect(a.merges).toEqual(b.merges);
  expect(a.dvs).toEqual(b.dvs);
  expect(a.dvs.length).toBeGreaterThan(5);
});
