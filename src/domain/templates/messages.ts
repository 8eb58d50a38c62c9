/**
 * The template library's refusals (importing a template file, saving a block as a template, the schema's checks, bad parameters), as
 * one catalogue of the message system (src/domain/i18n/messages.ts). The parameter checks' own texts are
 * `PARAM_MESSAGES` (./params.ts).
 */
import { defineMessages } from "../i18n/messages";

export const templateMessages = defineMessages({
  // importTemplates (./io.ts): `importFailed` wraps the others
  importFailed: { zh: "无法导入模板：{problem}", en: "Cannot import the templates: {problem}" },
  importNotText: { zh: "内容不是文本", en: "the content is not text" },
  importEmpty: { zh: "文件是空的", en: "the file is empty" },
  importNotJson: { zh: "不是有效的 JSON（{detail}）", en: "not valid JSON ({detail})" },
  importBadHeader: {
    zh: '文件头应为 {"format": "{format}", "version": {version}, "templates": [...]}',
    en: 'expected {"format": "{format}", "version": {version}, "templates": [...]}',
  },
  importNotTemplates: {
    zh: "应为模板文件（JSON 对象或数组）",
    en: "expected a template file (a JSON object or array)",
  },
  importNoTemplates: { zh: "文件中没有模板", en: "the file holds no templates" },
  importTooMany: { zh: "模板过多（{count} 个，最多 {max} 个）", en: "too many templates ({count}, at most {max})" },
  /** `id`: “the-id” with a leading space, or empty; `issues`: schema issue lines. */
  importInvalid: { zh: "第 {n} 个模板{id}：{issues}", en: "template {n}{id}: {issues}" },
  importDuplicateId: { zh: "模板 id “{id}”重复", en: "the template id “{id}” appears twice" },
  // templateFromBlock (./from-block.ts)
  blockNoTable: {
    zh: "所选区域 {address} 中没有可读的绩效指标表（应包含“一级指标、二级指标、三级指标”表头和指标行）",
    en: "No readable indicator table in {address} (expected a 一级指标 / 二级指标 / 三级指标 header and indicator rows)",
  },
  blockNoRows: {
    zh: "所选区域 {address} 的指标行都缺少一级/二级指标或目标值，无法保存为模板",
    en: "Every indicator row in {address} lacks a known 一级/二级 or a target; nothing to save",
  },
  blockInvalid: { zh: "无法保存为模板：{issues}", en: "Cannot save as a template: {issues}" },
  blockName: { zh: "{title}（我的模板）", en: "{title} (my template)" },
  blockNameUntitled: { zh: "我的指标模板", en: "My indicator template" },
  blockDescription: { zh: "从 {address} 保存的 {count} 个指标", en: "{count} indicators saved from {address}" },
  // the template schema's own checks (./schema.ts): zod carries the zh-CN text as its message, the en-US one in params.en
  schemaFormula: {
    zh: "不能以 = + - @ 开头写公式，模板只能包含文字",
    en: "must not start a formula with = + - @; templates hold text only",
  },
  schemaId: {
    zh: "“{id}”应为小写英文加短横线，如“labour-dispatch-staff”",
    en: "“{id}” must be kebab-case such as “labour-dispatch-staff”",
  },
  schemaGroup: { zh: "“{group}”应为“两位数字-名称”，如“20-staff”", en: "“{group}” must look like “20-staff”" },
  /** `expected`: a `list` of the framework's 一级. */
  schemaLevel1: {
    zh: "一级指标“{l1}”不属于{framework}年框架，应为：{expected}",
    en: "一级 “{l1}” is not in the {framework} framework; expected one of {expected}",
  },
  schemaLevel2: {
    zh: "二级指标“{l2}”不属于一级指标“{l1}”（{framework}年框架）",
    en: "二级 “{l2}” does not belong to “{l1}” in the {framework} framework",
  },
  /** `token`: “{name}” as written; `expected`: a `list` of the tokens, each in braces. */
  schemaToken: {
    zh: "未知的占位符“{token}”，可用：{expected}",
    en: "Unknown placeholder “{token}”; expected {expected}",
  },
  schemaLevel1Missing: { zh: "表格缺少“{l1}”下的指标", en: "The table has no indicator under “{l1}”" },
  schemaQuantityMissing: { zh: "产出指标下缺少数量指标", en: "产出指标 has no 数量指标 row" },
  // parseParams (./params.ts)
  paramsInvalid: { zh: "参数有误：{issues}", en: "Invalid parameters: {issues}" },
});
