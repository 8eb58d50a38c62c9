/**
 * What the figure scripts share (bench.mjs, stress.mjs): command-line options, rounding, a seeded PRNG, and
 * building dist/node (the compiled command and engine they run) when it is missing or older than the sources.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** `--name value` from the command line, else the fallback. */
export function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

export const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
export const mark = (ok) => (ok ? "✓" : "✗");

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

/** Builds dist/node (npm run build:cli) when it is missing or older than src/domain and src/cli. */
export function ensureBuilt() {
  const out = path.join(ROOT, "dist", "node", "cli", "main.js");
  const domain = path.join(ROOT, "dist", "node", "domain", "index.js");
  const src = Math.max(newest(path.join(ROOT, "src", "domain")), newest(path.join(ROOT, "src", "cli")));
  if (existsSync(out) && existsSync(domain) && Math.min(statSync(out).mtimeMs, statSync(domain).mtimeMs) >= src) return;
  console.log("building dist/node (npm run build:cli) …");
  const r = spawnSync("npm", ["run", "--silent", "build:cli"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (r.status !== 0 && !(existsSync(out) && existsSync(domain))) {
    console.error("build:cli failed");
    process.exit(2);
  }
}
