#!/usr/bin/env node
/**
 * Browser tests in real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
 * builds the add-in (production), serves dist/ on a free loopback port, runs every tests/browser/*.mjs.
 *   node scripts/browser-tests.mjs [--no-build] [--only name-substring]
 * Each test file: `export default async function (h) { h.test(name, async (page) => { … }) }`.
 * Screenshots go to test-artifacts/. The last line is "N passed, M failed[, K skipped]".
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const argv = process.argv.slice(2);
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : null;

function fail(zh, en) {
  console.error(`${zh} / ${en}`);
  process.exit(2);
}

/** Starts scripts/serve.mjs on a free port; resolves with { base, stop }. */
export function startServer(dir = path.join(ROOT, "dist"), env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, "scripts/serve.mjs"), "--port", "0", "--http", "--dir", dir],
      {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, ...env },
      },
    );
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 15000);
    child.stdout.on("data", (d) => {
      out += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ base: m[1], stop: () => child.kill() });
      }
    });
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

/** Builds the add-in for production into dist/ (webpack); exits 2 on failure. */
export function buildWeb() {
  const t0 = Date.now();
  const b = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"],
    { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
  );
  if (b.status !== 0) fail("构建失败", "build failed");
  return Date.now() - t0;
}

export async function launch() {
  if (!existsSync(CHROMIUM))
    fail(
      `找不到 ${CHROMIUM}：请先 apt-get install -y chromium`,
      `${CHROMIUM} not found: apt-get install -y chromium first`,
    );
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

async function main() {
  if (!argv.includes("--no-build") || !existsSync(path.join(ROOT, "dist/preview.html"))) {
    console.log(`built in ${(buildWeb() / 1000).toFixed(1)} s`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of readdirSync(ARTIFACTS)) if (f.startsWith("FAILED-")) rmSync(path.join(ARTIFACTS, f)); // from an earlier run
  const server = await startServer();
  const browser = await launch();
  const hasShared = existsSync(path.resolve(ROOT, "../shared/fixtures"));
  if (!hasShared) console.warn("skipped: ../shared/fixtures not found; browser tests use tests/fixtures only");
  const tests = [];
  const h = {
    hasShared,
    url: (p) => new URL(p.replace(/^\//, ""), server.base).href,
    test: (name, fn, opts = {}) => tests.push({ name, fn, opts }),
    skip: (name, why) => tests.push({ name, skip: why }),
    expect(cond, message) {
      if (!cond) throw new Error(message);
    },
    async shot(page, name) {
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
  };
  const files = readdirSync(path.join(ROOT, "tests/browser"))
    .filter((f) => f.endsWith(".mjs"))
    .sort();
  for (const f of files) {
    const mod = await import(pathToFileURL(path.join(ROOT, "tests/browser", f)).href);
    const before = tests.length;
    await mod.default(h);
    for (const t of tests.slice(before)) t.name = `${f.replace(/\.mjs$/, "")} › ${t.name}`;
  }
  let passed = 0,
    failed = 0,
    skipped = 0;
  for (const t of tests) {
    if (only && !t.name.includes(only)) continue;
    if (t.skip) {
      skipped++;
      console.log(`  - ${t.name} (skipped: ${t.skip})`);
      continue;
    }
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: t.opts.locale ?? "zh-CN",
    });
    const page = await context.newPage();
    const pageErrors = [];
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    // anything the Content-Security-Policy blocks fails the test, unless the test provokes it on purpose
    const cspViolations = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    const t0 = Date.now();
    try {
      await t.fn(page);
      if (pageErrors.length) throw new Error(`uncaught page errors: ${pageErrors.join(" | ")}`);
      if (cspViolations.length && !t.opts.cspViolationsExpected)
        throw new Error(`Content-Security-Policy violations: ${cspViolations.join(" | ")}`);
      passed++;
      console.log(`  ✓ ${t.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(
        `  ✕ ${t.name} (${Date.now() - t0} ms)\n      ${String(e instanceof Error ? e.message : e)
          .split("\n")
          .join("\n      ")}`,
      );
      await page
        .screenshot({ path: path.join(ARTIFACTS, `FAILED-${t.name.replace(/[^\w\u4e00-\u9fa5-]+/g, "_")}.png`) })
        .catch(() => {});
    } finally {
      await context.close();
    }
  }
  await browser.close();
  server.stop();
  console.log(`\nscreenshots: ${path.relative(ROOT, ARTIFACTS)}/`);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
