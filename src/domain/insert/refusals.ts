/**
 * Why an insertion was not carried out: a code and the data of the cells it is about. The text is the `REFUSALS`
 * catalogue entry for the code (the message system, src/domain/i18n/messages.ts: ids = codes, `{name}`
 * placeholders), filled by the pane with `formatBoth(REFUSALS[code], data)` only when shown.
 */
import { defineMessages, type Bilingual } from "../i18n/messages";

export type { Bilingual };

export type RefuseCode = "occupied" | "merge-cut" | "no-room" | "no-table" | "no-group" | "nothing-to-add";

export interface Refusal {
  kind: "refuse";
  code: RefuseCode;
  /** The placeholders of `REFUSALS[code]` (`area`, `cell`, `row`, `merge`, `rows`, `cols`, `l1`, `l2`). */
  data: Readonly<Record<string, string | number>>;
}

export const REFUSALS = defineMessages<RefuseCode>({
  occupied: {
    zh: "未插入：目标区域 {area} 不是空的（{cell} 有内容或属于合并单元格）。模板不会覆盖已有内容；请选择空白位置，或勾选“目标区域非空时插入新行”。",
    en: "Not inserted: the area {area} is not empty ({cell} holds something or is part of a merged area). A template never overwrites a cell; pick an empty place, or tick “Insert new rows when the area is not empty”.",
  },
  "merge-cut": {
    zh: "未插入：第 {row} 行位于合并单元格 {merge} 的中间，在此插入行会拆开或撑大它。请选择合并单元格以外的位置，或选择“在最后一个表块下方”。",
    en: "Not inserted: row {row} lies inside the merged area {merge}; inserting rows there would stretch it. Pick a place outside merged cells, or choose “Below the last block”.",
  },
  "no-room": {
    zh: "未插入：工作表剩余的行或列不够放下 {rows} 行 × {cols} 列的模板。",
    en: "Not inserted: the sheet has no room left for a {rows}-row × {cols}-column block.",
  },
  "no-table": {
    zh: "未添加：在 {area} 找不到带“一级指标、二级指标、三级指标”表头的指标表（可能已被修改，请重新检查）。",
    en: "Nothing added: no indicator table with a 一级/二级/三级 header was found at {area} (it may have changed; check the sheet again).",
  },
  "no-group": {
    zh: "未添加：该表中没有“{l1} / {l2}”这一组指标。",
    en: "Nothing added: the table has no “{l1} / {l2}” group.",
  },
  "nothing-to-add": {
    zh: "未添加：所选指标已全部在表中（三级指标名称相同）。",
    en: "Nothing added: every chosen indicator is already in the table (same 三级 name).",
  },
});

/** The refusal `code` with the values of its text's {placeholders}. */
export function refuse(code: RefuseCode, data: Readonly<Record<string, string | number>> = {}): Refusal {
  return { kind: "refuse", code, data };
}
