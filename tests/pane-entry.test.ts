/**
 * The pane shows its first screen before the engine arrives: the reader and the rules are a chunk of their own
 * (src/taskpane/engine/engine.ts imports them with import()), and the templates view another. A static import from
 * the pane's up-front code into src/domain/engine or src/domain/rules would pull ~60 kB gzip back into what Excel
 * loads before the first render (`npm run bench` measures the size; this test says which import did it).
 */
import * as fs from "node:fs";
import * as path from "node:path";

const SRC = path.resolve(__dirname, "../src");
const rel = (f: string) => path.relative(SRC, f).split(path.sep).join("/");

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null; // a package: not ours to walk
  const base = path.resolve(path.dirname(from), spec);
  for (const f of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (fs.existsSync(f) && fs.statSync(f).isFile()) return f;
  }
  throw new Error(`${rel(from)}: cannot resolve ${spec}`);
}

/** Static, value imports and re-exports (not `import type`, not `import()`). */
function staticImports(file: string): string[] {
  const src = fs
    .readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");
  const out: string[] = [];
  for (const m of src.matchAll(/^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*["']([^"']+)["']/gm)) {
    if (m[2]) continue;
    // `import { type A, type B } from` is type-only too
    const names = m[3]
      .replace(/^\{|\}$/g, "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (m[3].startsWith("{") && names.length > 0 && names.every((n) => n.startsWith("type "))) continue;
    out.push(m[4]);
  }
  for (const m of src.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) out.push(m[1]);
  return out;
}

/** Every file the entry reaches through static imports, with the chain that reached it. */
function reach(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [rel(entry)]]]);
  const todo = [entry];
  while (todo.length > 0) {
    const f = todo.pop()!;
    for (const spec of staticImports(f)) {
      const t = resolve(f, spec);
      if (t && !seen.has(t)) {
        seen.set(t, [...seen.get(f)!, rel(t)]);
        todo.push(t);
      }
    }
  }
  return seen;
}

const LAZY = /^domain\/(engine|rules)\//;

// Both hosts' entries: each gateway fetches its insertion code (the planner, and with it the reader) when first used.
describe.each(["taskpane/index.tsx", "taskpane/wps.tsx"])("the pane entry %s", (entry) => {
  const reached = reach(path.join(SRC, entry));

  test("reaches the pane and the domain's messages", () => {
    const files = [...reached.keys()].map(rel);
    expect(files).toContain("taskpane/start.tsx");
    expect(files.some((f) => f.startsWith("domain/i18n/"))).toBe(true);
  });

  test("does not load the reader or the rules up front", () => {
    const eager = [...reached.entries()].filter(([f]) => LAZY.test(rel(f))).map(([, chain]) => chain.join(" → "));
    expect(eager.slice(0, 3)).toEqual([]);
  });
});
