/**
 * Templates as a JSON file: `exportTemplates` writes the list, `importTemplates` reads one back and
 * validates every template with the same zod schema as the built-in library. Never throws: bad input
 * gives a message in Chinese and English.
 */
import * as z from "zod";
import { formatBoth, list, type Bilingual, type MessageData } from "../i18n/messages";
import { templateMessages } from "./messages";
import { issueLines, templateSchema, type Template } from "./schema";

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

const fail = (problem: Bilingual): ImportResult => ({
  ok: false,
  error: formatBoth(templateMessages.importFailed, { problem }),
});
const says = (id: keyof typeof templateMessages, data: MessageData = {}): Bilingual =>
  formatBoth(templateMessages[id], data);

/** Reads an exported file (or a bare array of templates, or one template). */
export function importTemplates(json: string): ImportResult {
  if (typeof json !== "string") return fail(says("importNotText"));
  const text = json.replace(/^\uFEFF/, "").trim();
  if (text === "") return fail(says("importEmpty"));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).split("\n")[0].slice(0, 120);
    return fail(says("importNotJson", { detail }));
  }
  let items: unknown[];
  if (Array.isArray(data)) items = data;
  else if (data !== null && typeof data === "object" && "templates" in data) {
    const e = envelope.safeParse(data);
    if (!e.success) {
      return fail(says("importBadHeader", { format: TEMPLATE_FILE_FORMAT, version: TEMPLATE_FILE_VERSION }));
    }
    items = e.data.templates;
  } else if (data !== null && typeof data === "object") items = [data];
  else return fail(says("importNotTemplates"));
  if (items.length === 0) return fail(says("importNoTemplates"));
  if (items.length > MAX_IMPORT_TEMPLATES)
    return fail(says("importTooMany", { count: items.length, max: MAX_IMPORT_TEMPLATES }));

  const templates: Template[] = [];
  const problems: Bilingual[] = [];
  items.forEach((item, i) => {
    const r = templateSchema.safeParse(item);
    const id =
      item !== null && typeof item === "object" && typeof (item as { id?: unknown }).id === "string"
        ? ` “${(item as { id: string }).id}”`
        : "";
    if (r.success) templates.push(r.data);
    else {
      const issues = { zh: issueLines(r.error, "zh", 4).join("；"), en: issueLines(r.error, "en", 4).join("; ") };
      problems.push(says("importInvalid", { n: i + 1, id, issues }));
    }
  });
  if (problems.length > 0) return fail(list(problems.slice(0, 5), undefined, { zh: "。", en: ". " }));
  const seen = new Set<string>();
  for (const t of templates) {
    if (seen.has(t.id)) return fail(says("importDuplicateId", { id: t.id }));
    seen.add(t.id);
  }
  return { ok: true, templates };
}
