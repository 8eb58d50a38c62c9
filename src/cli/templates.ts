/** `jixiao templates [--format text|json] [--lang]`: the template library, one line per template. */
import type { Locale } from "../domain";
import { KIND_NAMES, TEMPLATES, type Template } from "../domain/templates";
import { stringOpt, type OptionSpec, type ParsedArgs } from "./args";
import { pick } from "../domain/i18n/messages";
import { CliError, cliText } from "./errors";
import { cliSays } from "./messages";
import { EXIT, type CliIO } from "./io";
import { LOCALES } from "./lint";

export const TEMPLATES_OPTIONS: OptionSpec[] = [
  { name: "format", type: "string", choices: ["text", "json"] },
  { name: "lang", type: "string", choices: LOCALES },
  { name: "help", short: "h", type: "boolean" },
];

/** What `--format json` prints for one template. */
export interface TemplateListing {
  id: string;
  name: { zh: string; en: string };
  kind: Template["kind"];
  framework: Template["framework"];
  group: string;
  description: { zh: string; en: string };
  indicators: number;
}

export function listing(t: Template): TemplateListing {
  return {
    id: t.id,
    name: t.name,
    kind: t.kind,
    framework: t.framework,
    group: t.group,
    description: t.description,
    indicators: t.rows.length,
  };
}

/** Display width: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

const pad = (s: string, width: number) => s + " ".repeat(Math.max(0, width - displayWidth(s)));

export function formatTemplateTable(list: readonly Template[], locale: Locale): string[] {
  const head = [
    "ID",
    cliSays("templatesHeadName", {}, locale),
    cliSays("templatesHeadKind", {}, locale),
    cliSays("templatesHeadFramework", {}, locale),
  ];
  const rows = list.map((t) => [t.id, pick(t.name, locale), pick(KIND_NAMES[t.kind], locale), t.framework]);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]))).join("  ");
  const out = [line(head), ...rows.map(line)];
  out.push("", cliSays("templatesFooter", { count: list.length }, locale));
  return out;
}

export async function templatesCommand(p: ParsedArgs, io: CliIO): Promise<number> {
  if (p.positionals.length > 0) throw new CliError(cliText("templatesNoArguments", { arg: p.positionals[0] }));
  const locale = (stringOpt(p, "lang") ?? "zh-CN") as Locale;
  if (stringOpt(p, "format") === "json") {
    io.stdout.write(`${JSON.stringify(TEMPLATES.map(listing))}\n`);
    return EXIT.ok;
  }
  io.stdout.write(`${formatTemplateTable(TEMPLATES, locale).join("\n")}\n`);
  return EXIT.ok;
}
