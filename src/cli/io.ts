/** The streams a command writes to: process streams in the bin, string buffers in tests. */
export interface Output {
  write(chunk: string): unknown;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
  /** Whether stderr is a terminal (progress is shown there by default only then). */
  isTTY: boolean;
}

/** Exit codes, as ESLint: 0 clean, 1 errors found, 2 unreadable input or wrong arguments. */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;
