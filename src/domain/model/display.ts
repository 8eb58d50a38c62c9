/**
 * Text shown to people: long cell text cut short, control characters made visible. Pure; used by the
 * messages (format.ts), the command's output and the notes `annotate` writes.
 */

/** A value quoted in a message (a cell's text, a name) is cut to this many characters, ending in “…”. */
export const MESSAGE_TEXT_MAX = 120;

/** `s` when it is at most `max` characters, else its first `max - 1` characters and “…” (never half a surrogate pair). */
export function clipText(s: string, max = MESSAGE_TEXT_MAX): string {
  if (s.length <= max) return s;
  let end = Math.max(0, max - 1);
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}

/**
 * Characters a terminal acts on or that reorder what is shown: C0 controls (ESC, BEL, NUL, CR, LF, TAB …),
 * DEL, C1 controls, the line/paragraph separators and the bidirectional overrides, embeddings, isolates and
 * marks (U+202E shows “gpj.exe” as “exe.jpg”).
 */
// eslint-disable-next-line no-control-regex -- control characters are among what this removes
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_KEEP_NEWLINE =
  // eslint-disable-next-line no-control-regex -- as above
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * Inert text for a terminal: every such character written as a visible `\uXXXX` escape (the JSON spelling,
 * so the same pass keeps a JSON line valid and equal in meaning). `keepNewlines` leaves "\n" alone, for
 * output that is several lines on purpose.
 */
export function inertText(s: string, keepNewlines = false): string {
  const re = keepNewlines ? UNSAFE_KEEP_NEWLINE : UNSAFE;
  re.lastIndex = 0;
  return re.test(s) ? s.replace(re, escape) : s;
}
