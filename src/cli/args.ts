/**
 * Command-line parsing. Small and strict on purpose: every unknown flag or bad value becomes a
 * bilingual `CliError` (exit 2) instead of being ignored.
 */
import { list } from "../domain/i18n/messages";
import { CliError, cliText } from "./errors";

export interface OptionSpec {
  /** Long name without dashes, e.g. `format`. */
  name: string;
  /** Single-letter alias without the dash, e.g. `o`. */
  short?: string;
  /** `string` options take a value (`--x v` or `--x=v`); `boolean` ones do not. */
  type: "string" | "boolean";
  /** Allowed values of a string option. */
  choices?: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  /** Keyed by long name. Booleans are `true` when given. */
  values: Record<string, string | boolean>;
}

/** Parses `argv` (without the command word) against `specs`. Throws `CliError` on anything unknown. */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));
  const positionals: string[] = [];
  const values: Record<string, string | boolean> = {};

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    let shown: string;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
      spec = byLong.get(name);
      shown = `--${name}`;
    } else {
      const name = arg.slice(1, 2);
      spec = arg.length === 2 ? byShort.get(name) : undefined;
      shown = arg;
    }
    if (!spec) throw new CliError(cliText("unknownFlag", { flag: shown }));
    if (spec.name in values) throw new CliError(cliText("repeated", { flag: `--${spec.name}` }));

    if (spec.type === "boolean") {
      if (inline !== undefined) throw new CliError(cliText("noValueExpected", { flag: shown }));
      values[spec.name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("-") && next !== "-"))
        throw new CliError(cliText("missingValue", { flag: shown }));
      value = next;
      i++;
    }
    if (value === "") throw new CliError(cliText("missingValue", { flag: shown }));
    if (spec.choices && !spec.choices.includes(value))
      throw new CliError(cliText("badValue", { flag: shown, value, allowed: list(spec.choices) }));
    values[spec.name] = value;
  }
  return { positionals, values };
}

export function stringOpt(p: ParsedArgs, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === "string" ? v : undefined;
}

export function boolOpt(p: ParsedArgs, name: string): boolean {
  return p.values[name] === true;
}
