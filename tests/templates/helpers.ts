/** Shared bits of the template tests: lint a built block, run the command in-process. */
import { lintSheet, type LintResult } from "../../src/domain";
import { blockToSheet, type Block } from "../../src/domain/templates";
import { run } from "../../src/cli/main";

export function lintBlock(block: Block, origin = { row: 1, col: 1 }, name = "Sheet1"): LintResult {
  return lintSheet(blockToSheet(block, name, origin));
}

/** Findings as short lines for readable failure output. */
export function describeFindings(r: LintResult, severities: string[] = ["error", "warning"]): string[] {
  return r.findings
    .filter((f) => severities.includes(f.severity))
    .map((f) => `${f.severity} ${f.ruleId} ${f.address} ${JSON.stringify(f.data)}`);
}

export async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** One line, Chinese first, then ` / `, then English; no stack trace. */
export function expectBilingualLine(text: string): void {
  const lines = text.split("\n").filter((l) => l.length > 0);
  expect(lines).toHaveLength(1);
  const i = lines[0].indexOf(" / ");
  expect(i).toBeGreaterThan(0);
  expect(lines[0].slice(0, i)).toMatch(/[\u4e00-\u9fff]/);
  expect(lines[0].slice(i + 3)).toMatch(/^[A-Z]/);
  expect(text).not.toMatch(/^\s+at /m);
  expect(text).not.toMatch(/Error:|\.ts:\d+/);
}
