import { defineRule } from "../define";

const NAMES: Record<string, { zh: string; en: string }> = {
  name: { zh: "项目名称", en: "project name" },
  type: { zh: "项目类型", en: "project type" },
  level: { zh: "项目等级", en: "project level" },
  dept: { zh: "主管部门", en: "department in charge" },
  unit: { zh: "用款单位", en: "spending unit" },
};

export default defineRule<"empty">({
  id: "project/field-missing",
  code: "JX603",
  category: "project",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": { title: "项目基本信息未填", description: "项目名称、项目类型、项目等级、主管部门/用款单位等栏目有标签但没有内容。" },
    "en-US": { title: "Project field empty", description: "A project header field (项目名称, 项目类型, 项目等级, 主管部门/用款单位) has a label but no content." },
  },
  messages: {
    "zh-CN": { empty: "“{{label}}”未填写，应填写{{zh}}。" },
    "en-US": { empty: "“{{label}}” is empty; expected the {{en}}." },
  },
  create(ctx) {
    return {
      project(p) {
        for (const [field, label] of Object.entries(p.labels)) {
          if (!label || p.fields[field]) continue;
          const n = NAMES[field] ?? { zh: label.text, en: label.text };
          ctx.report({ messageId: "empty", at: { row: label.row, col: label.col + 1 }, data: { label: label.text, zh: n.zh, en: n.en } });
        }
      },
    };
  },
});
