/**
 * How the command reports bad input: one line, Chinese first, then English, from the catalogue in ./messages.ts.
 * No stack traces ever reach the user; `CliError` carries the text and the exit code.
 */
import { clipText, inertText } from "../domain/model/display";
import { groupDigits } from "../domain/model/limits";
import type { Bilingual } from "../domain/i18n/messages";
import { cliText, type CliMessageId } from "./messages";

export type { Bilingual };
export { cliText };

/**
 * One line: `中文。 / English.` Control characters and bidi overrides from file names or cell text are
 * written as visible escapes, so the message stays one inert line whatever it quotes.
 */
export function bilingual(m: Bilingual): string {
  return inertText(`${m.zh} / ${m.en}`);
}

/** An expected failure: a readable message (one line) and an exit code (2 = unreadable input or wrong arguments). */
export class CliError extends Error {
  readonly code: number;
  readonly zh: string;
  readonly en: string;
  /** Extra text after the message, on the same line. */
  readonly detail?: string;
  constructor(m: Bilingual, code = 2, detail?: string) {
    super(bilingual(m) + (detail ? ` ${inertText(detail)}` : ""));
    this.name = "CliError";
    this.zh = m.zh;
    this.en = m.en;
    this.code = code;
    this.detail = detail;
  }
}

/** Why a workbook could not be read. */
export type ReadFailure =
  "missing" | "not-a-file" | "empty" | "encrypted" | "corrupt" | "not-xlsx" | "unreadable" | "no-sheets";

const READ_FAILURE: Record<Exclude<ReadFailure, "unreadable">, CliMessageId> = {
  missing: "readMissing",
  "not-a-file": "readNotAFile",
  empty: "readEmpty",
  encrypted: "readEncrypted",
  corrupt: "readCorrupt",
  "not-xlsx": "readNotXlsx",
  "no-sheets": "readNoSheets",
};

export function readFailure(kind: ReadFailure, file: string, detail?: string): Bilingual {
  if (kind !== "unreadable" && READ_FAILURE[kind]) return cliText(READ_FAILURE[kind], { file });
  return detail ? cliText("readUnreadableDetail", { file, detail }) : cliText("readUnreadable", { file });
}

/** "1.2 GB" */
export function byteSize(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${groupDigits(n)} B`;
}

/** The package limits of read-xlsx.ts, refused in one line before anything large is read. */
export const limitMessages = {
  tooManyCells: (file: string, sheet: string, cells: number, max: number, counted = false): Bilingual =>
    cliText(counted ? "tooManyCellsCounted" : "tooManyCells", {
      file,
      sheet: clipText(sheet, 40),
      cells: groupDigits(cells),
      max: groupDigits(max),
    }),
  tooManyBytes: (file: string, bytes: number, max: number): Bilingual =>
    cliText("tooManyBytes", { file, bytes: byteSize(bytes), max: byteSize(max) }),
  partTooLarge: (file: string, part: string, bytes: number, max: number): Bilingual =>
    cliText("partTooLarge", { file, part: clipText(part, 60), bytes: byteSize(bytes), max: byteSize(max) }),
  zipBomb: (file: string, part: string, ratio: number, max: number): Bilingual =>
    cliText("zipBomb", { file, part: clipText(part, 60), ratio: Math.round(ratio), max }),
};

/** A short, single-line description of an unexpected error (never a stack). */
export function describe(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split("\n")[0].slice(0, 200);
}
