/** The rule reference (docs/rules.md), rendered from the rules' own metadata so it cannot drift. */
import type { Category } from "../model/types";
import { allRules } from "./index";

const CATEGORY: Record<Category, [string, string]> = {
  structure: ["结构", "Structure"],
  taxonomy: ["指标体系", "Taxonomy"],
  value: ["指标值", "Values"],
  completeness: ["完整性", "Completeness"],
  budget: ["预算", "Budget"],
  project: ["项目信息", "Project"],
};
const SEVERITY = { error: "错误 error", warning: "警告 warning", info: "提示 info" } as const;

export function rulesMarkdown(): string {
  const out: string[] = [
    "# 检查规则 / Rules",
    "",
    "<!-- 由 scripts/gen-docs.mjs 根据各规则的元数据生成，请勿手改 / generated from the rules' metadata by scripts/gen-docs.mjs; do not edit -->",
    "",
    "每条规则可在设置或 `--config` 中按 id 或编号关闭或改变严重程度。/ Every rule can be turned off or given another severity by id or code in the settings or `--config`.",
    "",
  ];
  for (const cat of Object.keys(CATEGORY) as Category[]) {
    const [zh, en] = CATEGORY[cat];
    out.push(
      `## ${zh} / ${en}`,
      "",
      "| 编号 Code | id | 默认 Default | 可修复 Fix | 说明 | Description |",
      "|---|---|---|---|---|---|",
    );
    for (const r of allRules.filter((x) => x.category === cat)) {
      const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
      out.push(
        `| ${r.code} | \`${r.id}\` | ${SEVERITY[r.defaultSeverity]} | ${r.fixable ? "✓" : ""} | **${cell(r.docs["zh-CN"].title)}**：${cell(r.docs["zh-CN"].description)} | **${cell(r.docs["en-US"].title)}**: ${cell(r.docs["en-US"].description)} |`,
      );
    }
    out.push("");
  }
  return out.join("\n");
}
