import { defineRule } from "../define";

/** Reported by the engine itself when a rule fails; registered so that it has docs and messages. */
export default defineRule<"failed">({
  id: "structure/internal-error",
  code: "JX199",
  category: "structure",
  defaultSeverity: "error",
  docs: {
    "zh-CN": {
      title: "检查规则出错",
      description: "某条检查规则在这张表上运行出错，已跳过，其他规则照常检查。请把这张表发给开发者。",
    },
    "en-US": {
      title: "A check failed",
      description:
        "A rule failed on this sheet and was skipped; the other rules ran. Please send the sheet to the developers.",
    },
  },
  messages: {
    "zh-CN": { failed: "规则 {rule} 运行出错，已跳过：{detail}。" },
    "en-US": { failed: "Rule {rule} failed and was skipped: {detail}." },
  },
  create() {
    return {};
  },
});
