import { defineRule } from "../define";

/** Fields whose label is printed but whose value is empty (the reader names the slots; contact lines are not required). */
const REQUIRED_FIELDS = new Set(["name", "type", "level", "dept", "unit", "goal"]);

export default defineRule<"empty">({
  id: "project/field-missing",
  code: "JX603",
  category: "project",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "项目基本信息未填",
      description: "项目名称、项目类型、项目等级、主管部门/用款单位、实施期绩效目标等栏目有标签但没有内容。",
    },
    "en-US": {
      title: "Project field empty",
      description:
        "A project header field (项目名称, 项目类型, 项目等级, 主管部门/用款单位, 实施期绩效目标) has a label but no content.",
    },
  },
  messages: {
    "zh-CN": { empty: "“{label}”未填写，应填写内容。" },
    "en-US": { empty: "“{label}” is empty; expected a value." },
  },
  create(ctx) {
    return {
      project(p) {
        for (const field in p.slots) {
          const slot = p.slots[field];
          if (!REQUIRED_FIELDS.has(field) || slot.value) continue;
          ctx.report({ messageId: "empty", at: slot.at, data: { label: slot.label.text } });
        }
      },
    };
  },
});
