import { defineRule } from "../define";

export default defineRule<"left" | "right">({
  id: "structure/row-shifted",
  code: "JX101",
  category: "structure",
  defaultSeverity: "warning",
  docs: {
    "zh-CN": {
      title: "行错位",
      description:
        "这一行的内容整体向左或向右错了一列（常见于复制粘贴或导出），助手已按错位读取。请把内容移回对应的列。",
    },
    "en-US": {
      title: "Row shifted",
      description:
        "The row's content sits one column left or right of the header (often from copy-paste or export). It was read as shifted; move it back under the right headers.",
    },
  },
  messages: {
    "zh-CN": {
      left: "本行内容向左错了一列：“{text}”写在了标签列，应在“一级指标”列。",
      right:
        "本行指标名称向右错了一列：一级指标“{l1}”写在了“二级指标”列，二级指标“{l2}”写在了“三级指标”列，应各自左移一列。",
    },
    "en-US": {
      left: "The row is shifted one column left: “{text}” is in the label column, expected under 一级指标.",
      right:
        "The row's names are shifted one column right: 一级 “{l1}” is under 二级指标 and 二级 “{l2}” under 三级指标; each should move one column left.",
    },
  },
  create(ctx) {
    return {
      row(r, t) {
        if (r.shift === -1 && t.cols?.label != null) {
          ctx.report({
            messageId: "left",
            at: { r1: r.row, c1: t.cols.label, r2: r.row, c2: t.cols.l3 - 1 },
            data: { text: r.l1Cell?.text ?? "" },
          });
        } else if (r.shift === 1 && t.cols) {
          ctx.report({
            messageId: "right",
            at: { r1: r.row, c1: t.cols.l2 ?? t.cols.l3, r2: r.row, c2: t.cols.l3 },
            data: { l1: r.l1Cell?.text ?? "", l2: r.l2Cell?.text ?? "" },
          });
        }
      },
    };
  },
});
