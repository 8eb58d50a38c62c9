/** Which UI language and view the pane starts in. Pure: the caller passes the URL search and Office's language. */
import type { Locale } from "../../domain";

export type View = "check" | "templates";

function fromTag(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const t = tag.trim().toLowerCase();
  if (t.startsWith("en")) return "en-US";
  if (t.startsWith("zh")) return "zh-CN";
  return null;
}

/** `?lang=` wins (the preview uses it); then English when Office's display language starts with "en"; else zh-CN. */
export function pickLocale(search: string, displayLanguage: string | null): Locale {
  const fromUrl = fromTag(new URLSearchParams(search).get("lang"));
  if (fromUrl) return fromUrl;
  return fromTag(displayLanguage) === "en-US" ? "en-US" : "zh-CN";
}

export function pickView(search: string): View {
  return new URLSearchParams(search).get("view") === "templates" ? "templates" : "check";
}
