/**
 * Coded indicator text of project lists (docs/domain.md §1, seed 004):
 * `1、1-产出指标；11-数量指标；宣传宣讲活动；实施周期指标值：不少于10场；年度指标值：不少于10场。2、…`
 * Separators vary (`：` `;` `；` `:`). Each item becomes a RowModel located at the cell.
 */
import type { Framework } from "../../model/types";
import { lookupName } from "../../model/taxonomy";
import { norm } from "../../model/text";
import { parseValue } from "../../model/value";
import type { RowModel, TextCell, ValueCell } from "../model";
import { makeRow } from "./cells";
import type { ReadContext } from "./options";

const ITEM_START = /(?:^|(?<=[。.；;，,\s]))(\d{1,2})\s*[、.．]\s*(?=\d+\s*[-－—])/g;
const SEP = "[：:；;，,]";
const ITEM = new RegExp(
  `^(\\d+)\\s*[-－—]\\s*([^：:；;，,]+?)\\s*${SEP}\\s*(\\d+)\\s*[-－—]\\s*([^：:；;，,]+?)\\s*${SEP}\\s*([\\s\\S]*?)\\s*${SEP}\\s*` +
    `(?:实施周期指标值|中期指标值)\\s*[：:]?\\s*([\\s\\S]*?)\\s*${SEP}?\\s*(?:年度指标值|当年度指标值)\\s*[：:]?\\s*([\\s\\S]*?)\\s*[。.；;]?\\s*$`,
);
const ITEM_ANNUAL_ONLY = new RegExp(
  `^(\\d+)\\s*[-－—]\\s*([^：:；;，,]+?)\\s*${SEP}\\s*(\\d+)\\s*[-－—]\\s*([^：:；;，,]+?)\\s*${SEP}\\s*([\\s\\S]*?)\\s*${SEP}\\s*` +
    `(?:年度指标值|指标值)\\s*[：:]?\\s*([\\s\\S]*?)\\s*[。.；;]?\\s*$`,
);

export interface CodedResult {
  framework: Framework;
  rows: RowModel[];
  unreadable: string[];
}

function trimSep(s: string): string {
  return s.replace(/^[：:；;，,。\s]+|[：:；;，,。\s]+$/g, "");
}

export function readCoded(cell: TextCell, cx: ReadContext): CodedResult {
  const opt = cx.opt;
  const framework: Framework = opt.framework === "2021" ? "2021" : "2020";
  const out: CodedResult = { framework, rows: [], unreadable: [] };
  const text = cell.text;
  if (text === "" || /^涉密内容/.test(norm(text))) return out;
  const starts: { index: number; bodyStart: number }[] = [];
  ITEM_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ITEM_START.exec(text)) !== null) starts.push({ index: m.index, bodyStart: m.index + m[0].length });
  if (starts.length === 0) {
    out.unreadable.push(text.slice(0, 40));
    return out;
  }
  for (let i = 0; i < starts.length; i++) {
    const body = text.slice(starts[i].bodyStart, i + 1 < starts.length ? starts[i + 1].index : text.length).trim();
    const full = ITEM.exec(body);
    const partial = full ? null : ITEM_ANNUAL_ONLY.exec(body);
    if (!full && !partial) {
      out.unreadable.push(body.slice(0, 40));
      continue;
    }
    const g = (full ?? partial)!;
    const [l1Code, l1Name, l2Code, l2Name, name] = [g[1], g[2].trim(), g[3], g[4].trim(), trimSep(g[5])];
    const periodText = full ? trimSep(g[6]) : null;
    const annualText = trimSep(full ? g[7] : g[6]);
    const codes1 = opt.codes.level1,
      codes2 = opt.codes.level2;
    const n1 = lookupName(l1Name).canonical ?? codes1[l1Code] ?? null;
    const n2 = lookupName(l2Name).canonical ?? codes2[l2Code] ?? null;
    const vc = (t: string | null): ValueCell | null =>
      t === null ? null : { row: cell.row, col: cell.col, text: t, raw: t, parsed: parseValue(t, opt.vague) };
    out.rows.push(
      makeRow({
        ordinal: cx.nextRow(),
        row: cell.row,
        source: "coded",
        l1: n1,
        l2: n2,
        l1Cell: { ...cell, text: l1Name },
        l2Cell: { ...cell, text: l2Name },
        l1Explicit: true,
        l2Explicit: true,
        l1State: n1 ? "ok" : "unknown",
        l2State: n2 ? "ok" : "unknown",
        l3: name ? { ...cell, text: name } : null,
        period: vc(periodText),
        annual: vc(annualText),
        codes: { l1Code, l1Name, l2Code, l2Name, text: body, cellText: text },
      }),
    );
  }
  return out;
}
