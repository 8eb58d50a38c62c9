import { defineRule } from "../define";

/**
 * A table the reader understood only in part: a level column whose names are mostly unknown, or columns under headers
 * it could not place. Said once per table, so that the clerk knows what was not checked, rather than as an error on
 * every row.
 */
export default defineRule<"levels" | "columns">({
  id: "structure/table-partly-read",
  code: "JX106",
  category: "structure",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "表格部分未能识别",
      description:
        "指标表中有的列未能识别：一级/二级指标列的名称大多不在指标体系中，或某列的标题和内容都无法判断用途。这些内容没有检查，请核对表头和名称，或按标准表样填写。",
    },
    "en-US": {
      title: "Table partly understood",
      description:
        "Part of the indicator table was not understood: most names in the 一级/二级 column are not in the taxonomy, or a column's header and cells do not tell what it holds. Those cells were not checked; check the headers and names, or use the standard layout.",
    },
  },
  messages: {
    "zh-CN": {
      levels: "{level}指标列的名称大多无法识别（如“{example}”），这些行的指标类别未作检查；应使用指标体系中的名称。",
      columns: "未能识别列“{columns}”的用途，其内容未作检查；表头应使用标准栏目名称（如“年度指标值”“计量单位”）。",
    },
    "en-US": {
      levels:
        "Most names in the {level} column are not in the taxonomy (e.g. “{example}”); those rows' categories were not checked. The taxonomy's names are expected.",
      columns:
        "Could not tell what the column “{columns}” holds; its cells were not checked. A standard header (年度指标值, 计量单位 …) is expected.",
    },
  },
  create(ctx) {
    return {
      table(t) {
        if (t.kind !== "table" || !t.cols) return;
        for (const level of t.unreadable) {
          const col = level === "l1" ? t.cols.l1 : t.cols.l2;
          const example = t.rows.find((r) =>
            level === "l1" ? r.l1Explicit && r.l1State === "unknown" : r.l2Explicit && r.l2State === "unknown",
          );
          const cell = level === "l1" ? example?.l1Cell : example?.l2Cell;
          if (col === null || !cell) continue;
          ctx.report({
            messageId: "levels",
            at: { r1: t.headerRow, c1: col, r2: t.headerRow, c2: col },
            data: { level: level === "l1" ? "一级" : "二级", example: cell.text.slice(0, 20) },
          });
        }
        if (t.unknownHeaders.length > 0) {
          const cols = t.unknownHeaders.map((h) => h.col);
          const row = t.unknownHeaders[0].row;
          ctx.report({
            messageId: "columns",
            at: { r1: row, c1: Math.min(...cols), r2: row, c2: Math.max(...cols) },
            data: { columns: t.unknownHeaders.map((h) => h.text.slice(0, 20)).join("”“") },
          });
        }
      },
    };
  },
});
