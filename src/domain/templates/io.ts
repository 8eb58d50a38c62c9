/**
 * Templates as a JSON file: `exportTemplates` writes the list, `importTemplates` reads one back and
 * validates every template with the same zod schema as the built-in library. Never throws: bad input
 * gives a message in Chinese and English.
 */
import * as z from "zod";
import { issueLines, templateSchema, type Bilingual, type Template } from "./schema";

export const TEMPLATE_FILE_FORMAT = "jixiao-templates";
export const TEMPLATE_FILE_VERSION = 1;
/** More than this is not a template file. */
export const MAX_IMPORT_TEMPLATES = 500;

export function exportTemplates(list: readonly Template[]): string {
  return `${JSON.stringify({ format: TEMPLATE_FILE_FORMAT, version: TEMPLATE_FILE_VERSION, templates: list }, null, 2)}\n`;
}

export type ImportResult = { ok: true; templates: Template[] } | { ok: false; error: Bilingual };

const envelope = z.object({
  format: z.literal(TEMPLATE_FILE_FORMAT),
  version: z.literal(TEMPLATE_FILE_VERSION),
  templates: z.array(z.unknown()),
});

const fail = (zh: string, en: string): ImportResult => ({ ok: false, error: { zh: `无法导入模板：${zh}`, en: `Cannot import the templates: ${en}` } });

/** Reads an exported file (or a bare array of templates, or one template). */
export function importTemplates(json: string): ImportResult {
  if (typeof json !== "string") return fail("内容不是文本", "the content is not text");
  const text = json.replace(/^\uFEFF/, "").trim();
  if (text === "") return fail("文件是空的", "the file is empty");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).split("\n")[0].slice(0, 120);
    return fail(`不是有效的 JSON（${detail}）`, `not valid JSON (${detail})`);
  }
  let items: unknown[];
  if (Array.isArray(data)) items = data;
  else if (data !== null && typeof data === "object" && "templates" in data) {
    const e = envelope.safeParse(data);
    if (!e.success) {
      return fail(
        `文件头应为 {"format": "${TEMPLATE_FILE_FORMAT}", "version": ${TEMPLATE_FILE_VERSION}, "templates": [...]}`,
        `expected {"format": "${TEMPLATE_FILE_FORMAT}", "version": ${TEMPLATE_FILE_VERSION}, "templates": [...]}`,
      );
    }
    items = e.data.templates;
  } else if (data !== null && typeof data === "object") items = [data];
  else return fail("应为模板文件（JSON 对象或数组）", "expected a template file (a JSON object or array)");
  if (items.length === 0) return fail("文件中没有模板", "the file holds no templates");
  if (items.length > MAX_IMPORT_TEMPLATES) return fail(`模板过多（${items.length} 个，最多 ${MAX_IMPORT_TEMPLATES} 个）`, `too many templates (${items.length}, at most ${MAX_IMPORT_TEMPLATES})`);

  const templates: Template[] = [];
  const zh: string[] = [];
  const en: string[] = [];
  items.forEach((item, i) => {
    const r = templateSchema.safeParse(item);
    const id = item !== null && typeof item === "object" && typeof (item as { id?: unknown }).id === "string" ? ` “${(item as { id: string }).id}”` : "";
    if (r.success) templates.push(r.data);
    else {
      zh.push(`第 ${i + 1} 个模板${id}：${issueLines(r.error, "zh", 4).join("；")}`);
      en.push(`template ${i + 1}${id}: ${issueLines(r.error, "en", 4).join("; ")}`);
    }
  });
  if (zh.length > 0) return fail(zh.slice(0, 5).join("。"), en.slice(0, 5).join(". "));
  const seen = new Set<string>();
  for (const t of templates) {
    if (seen.has(t.id)) return fail(`模板 id “${t.id}”重复`, `the template id “${t.id}” appears twice`);
    seen.add(t.id);
  }
  return { ok: true, templates };
}
