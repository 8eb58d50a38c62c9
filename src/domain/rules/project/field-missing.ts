import { defineRule } from "../define";

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
    "zh-CN": { empty: "“{{label}}”未填写，应填写内容。" },
    "en-US": { empty: "“{{label}}” is empty; expected a value." },
  },
  create(ctx) {
    return {
      project(p) {
        for (const [field, label] of Object.entries(p.labels)) {
          if (!label || p.fields[field]) continue;
          ctx.report({ messageId: "empty", at: { row: label.row, col: label.col + 1 }, data: { label: label.text } });
        }
      },
    };
  },
});
