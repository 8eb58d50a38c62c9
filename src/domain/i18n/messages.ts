/**
 * The one message system (issue 10). Every text a user reads — rule messages, task-pane strings, refusals,
 * gateway errors, command errors — is a template in a catalogue, keyed by a message id, in zh-CN (authoritative)
 * and en-US, with `{name}` placeholders, and is filled by `format` only when shown.
 *
 * - `Bilingual`: a text in both languages, `{ zh, en }` (the only such type in the project).
 * - `Catalogue<Id>`: message id → `Bilingual` template. Write one with `defineMessages({ id: { zh, en } })`.
 *   (Rule messages and the UI strings are kept per locale — `Record<Locale, Record<Id, string>>` — see `LocaleTables`.)
 * - `Message<Id>`: what code passes around instead of prose: `{ id, data }`; rendered with `format(catalogue[id], data, locale)`.
 * - `format(text, data, locale)`: picks the locale of a `Bilingual` (or takes a plain template) and fills `{name}`.
 * - `parityProblems(catalogue)`: the parity check every catalogue's test runs (same ids, same placeholders).
 */
import type { Locale } from "../model/types";

export type { Locale };

/** A text in both languages. zh-CN is authoritative; en-US follows Office's display language. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/**
 * Placeholder values. A `Bilingual` value is itself chosen by locale (a list joined with 、 or with commas, a
 * word that differs between the languages); everything else goes in as `String(value)`.
 */
export type MessageData = Readonly<Record<string, string | number | Bilingual>>;

/** Message id → template in both languages. */
export type Catalogue<Id extends string = string> = Readonly<Record<Id, Bilingual>>;

/** The per-locale shape of rule messages and UI strings: locale → id → template. */
export type LocaleTables<Id extends string = string> = Readonly<Record<Locale, Readonly<Record<Id, string>>>>;

/** A message not yet rendered: an id of some catalogue plus its data. */
export interface Message<Id extends string = string> {
  readonly id: Id;
  readonly data?: MessageData;
}

/** Declares a catalogue (identity, for the types: ids are the keys). */
export function defineMessages<Id extends string>(messages: Record<Id, Bilingual>): Catalogue<Id> {
  return messages;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills `{name}` placeholders of a template with `data` (values as given: `$&` stays `$&`); unknown placeholders
 * are left as they are, so a missing value shows instead of vanishing. A `Bilingual` is first narrowed to `locale`
 * (zh-CN when none is given). `map` transforms each value before it goes in (rule messages clip long cell text).
 */
export function format(
  text: string | Bilingual,
  data: MessageData = {},
  locale: Locale = "zh-CN",
  map?: (value: string) => string,
): string {
  const template = typeof text === "string" ? text : locale === "en-US" ? text.en : text.zh;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(data, name)) return whole;
    const raw = data[name];
    const v = typeof raw === "object" ? pick(raw, locale) : String(raw);
    return map ? map(v) : v;
  });
}

/** A message filled in both languages (for output that shows both, such as the command's “中文 / English” lines). */
export function formatBoth(text: Bilingual, data: MessageData = {}): Bilingual {
  return { zh: format(text, data, "zh-CN"), en: format(text, data, "en-US") };
}

const LIST_SEPARATOR: Bilingual = { zh: "、", en: ", " };

/**
 * A list as a placeholder value: joined with 、 in Chinese and “, ” in English (or `separator`); items may
 * themselves be `Bilingual`; `empty` when there is nothing.
 */
export function list(
  items: readonly (string | Bilingual)[],
  empty: Bilingual = { zh: "", en: "" },
  separator = LIST_SEPARATOR,
): Bilingual {
  if (items.length === 0) return empty;
  const one = (locale: Locale) =>
    items.map((x) => (typeof x === "string" ? x : pick(x, locale))).join(pick(separator, locale));
  return { zh: one("zh-CN"), en: one("en-US") };
}

/** The text of a `Bilingual` in one locale, without filling anything. */
export function pick(text: Bilingual, locale: Locale): string {
  return locale === "en-US" ? text.en : text.zh;
}

/** The placeholders a template uses, sorted and without repeats. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

/** Per-locale tables → catalogue (rule messages, UI strings), so that one parity check serves all. */
export function fromLocaleTables<Id extends string>(tables: LocaleTables<Id>): Catalogue<Id> {
  const out = {} as Record<Id, Bilingual>;
  const ids = new Set([...Object.keys(tables["zh-CN"]), ...Object.keys(tables["en-US"])]) as Set<Id>;
  for (const id of ids) out[id] = { zh: tables["zh-CN"][id], en: tables["en-US"][id] };
  return out;
}

/**
 * What is wrong with a catalogue, one line each (empty when nothing): an id missing or empty in a language, or
 * the two languages using different placeholders. `allowed` lists placeholders one language may use alone.
 */
export function parityProblems(
  catalogue: Catalogue,
  allowed: Readonly<Record<string, readonly string[]>> = {},
): string[] {
  const problems: string[] = [];
  for (const [id, m] of Object.entries(catalogue)) {
    if (typeof m?.zh !== "string" || m.zh.trim() === "") problems.push(`${id}: no zh-CN text`);
    if (typeof m?.en !== "string" || m.en.trim() === "") problems.push(`${id}: no en-US text`);
    if (typeof m?.zh !== "string" || typeof m?.en !== "string") continue;
    const skip = allowed[id] ?? [];
    const zh = placeholders(m.zh).filter((p) => !skip.includes(p));
    const en = placeholders(m.en).filter((p) => !skip.includes(p));
    if (zh.join() !== en.join())
      problems.push(`${id}: placeholders differ: zh-CN {${zh.join("}{")}} en-US {${en.join("}{")}}`);
    if (/\{\{/.test(m.zh) || /\{\{/.test(m.en)) problems.push(`${id}: uses {{name}}; placeholders are written {name}`);
  }
  return problems;
}
