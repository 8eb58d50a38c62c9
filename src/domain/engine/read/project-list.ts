/**
 * Project lists (项目支出绩效目标表, one row per project): 项目名称, 总计, 财政拨款, 财政专户拨款, 其他资金, 绩效目标,
 * and 绩效指标 holding all of a project's indicators as coded text; a 单位：万元 line; 合计 and subtotal rows.
 */
import type { CellRange } from "../../model/types";
import { norm } from "../../model/text";
import type { Grid } from "../grid";
import type { ListRowModel, ProjectListModel } from "../model";
import { amountCell, textCell } from "./cells";
import { readCoded } from "./coded";
import { PARENS, unitFactorFrom } from "./labels";
import type { ReadContext } from "./options";

export /** Column map of a project list header, for a row whose LIST signal is set. */
function listHeader(g: Grid, r: number): ProjectListModel["cols"] | null {
  const s = g.rowStart(r),
    e = g.rowEnd(r);
  let name: number | null = null,
    total: number | null = null,
    fiscal: number | null = null,
    special: number | null = null;
  let other: number | null = null,
    goal: number | null = null,
    indicators: number | null = null;
  for (let k = s; k < e; k++) {
    const c = g.colAt(k);
    const key = g.keyAt(k).replace(PARENS, "");
    if (key.startsWith("项目名称")) name ??= c;
    else if (key === "总计" || key === "合计" || key === "金额合计") total ??= c;
    else if (key === "财政拨款") fiscal ??= c;
    else if (key === "财政专户拨款" || key === "财政专户管理资金") special ??= c;
    else if (key === "其他资金") other ??= c;
    else if (key === "绩效目标") goal ??= c;
    else if (key === "绩效指标") indicators ??= c;
  }
  if (name === null || total === null || indicators === null) return null;
  return { name, total, fiscal, special, other, goal, indicators };
}

/** Reads the list whose header is at headerRow, until a blank stretch or a row where `ends` says another block starts. */
export function readList(
  g: Grid,
  headerRow: number,
  cols: ProjectListModel["cols"],
  cx: ReadContext,
  ends: (r: number) => boolean,
): ProjectListModel {
  const id = cx.nextId("l");
  let factor = 10000;
  for (let r = headerRow - 1; r >= Math.max(g.firstRow, headerRow - 6); r--) {
    for (const c of g.filledCols(r)) {
      const f = /单位/.test(g.key(r, c)) ? unitFactorFrom(g.key(r, c)) : null;
      if (f !== null) factor = f;
    }
  }
  for (const c of g.filledCols(headerRow)) {
    const f = /[(（](万元|元)[)）]/.test(g.key(headerRow, c)) ? unitFactorFrom(g.key(headerRow, c)) : null;
    if (f !== null) factor = f;
  }
  const rows: ListRowModel[] = [];
  let blank = 0;
  let last = headerRow;
  for (let r = headerRow + 1; r <= g.lastRow; r++) {
    if (g.isBlankRow(r)) {
      if (++blank >= 3) break;
      continue;
    }
    if (ends(r)) break;
    blank = 0;
    const name = textCell(g, r, cols.name);
    if (!name) continue;
    last = r;
    const nk = norm(name.text);
    const goal = cols.goal !== null ? g.text(r, cols.goal) : "";
    const ind = cols.indicators !== null ? textCell(g, r, cols.indicators) : null;
    const secret = /涉密/.test(nk) || /^涉密内容/.test(norm(ind?.text ?? ""));
    const kind: ListRowModel["kind"] =
      nk === "合计" || nk === "总计" ? "total" : secret ? "secret" : goal === "" && !ind ? "subtotal" : "project";
    const lr: ListRowModel = {
      row: r,
      name,
      kind,
      total: amountCell(g, r, cols.total),
      fiscal: amountCell(g, r, cols.fiscal),
      special: amountCell(g, r, cols.special),
      other: amountCell(g, r, cols.other),
      table: null,
    };
    if (kind === "project") {
      const tid = `${id}r${r}`;
      const cell = ind ?? { row: r, col: cols.indicators ?? cols.name, text: "", raw: null };
      const coded = readCoded(cell, cx);
      lr.table = {
        id: tid,
        blockId: tid,
        kind: "coded",
        range: { r1: r, c1: cell.col, r2: r, c2: cell.col },
        headerRow,
        headerTop: headerRow,
        cols: null,
        framework: coded.framework,
        flat: false,
        oldForm: false,
        levelsInOneColumn: false,
        unreadable: [],
        unknownHeaders: [],
        rows: coded.rows,
        codedCell: cell,
        unreadableItems: coded.unreadable,
        title: name.text,
      };
    }
    rows.push(lr);
  }
  const maxCol = Math.max(...Object.values(cols).filter((c): c is number => c !== null));
  const range: CellRange = {
    r1: headerRow,
    c1: Math.min(...Object.values(cols).filter((c): c is number => c !== null)),
    r2: last,
    c2: maxCol,
  };
  return { id, range, headerRow, factor, cols, rows };
}
