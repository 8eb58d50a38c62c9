/**
 * The template library's refusals (importing a template file, saving a block as a template, bad parameters), as
 * one catalogue of the message system (src/domain/i18n/messages.ts). The parameter checks' own texts are
 * `PARAM_MESSAGES` (./params.ts); the schema's checks still carry their texts inline (./schema.ts, `issue`).
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
  importNotTemplates: { zh: "应为模板文件（JSON 对象或数组）", en: "expected a template file (a JSON object or array)" },
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
  // parseParams (./params.ts)
  paramsInvalid: { zh: "参数有误：{issues}", en: "Invalid parameters: {issues}" },
});
