/**
 * End to end: the real `node bin/jixiao.js` against dist/node (built here when missing or older than
 * src/domain + src/cli). One clean run, one faulty run, one unreadable file, and the missing-build hint.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fixture, jsonReportSchema, lines, REPO } from "./helpers";
import pkg from "../../package.json";

const MAIN = path.join(REPO, "dist", "node", "cli", "main.js");
const BIN = path.join(REPO, "bin", "jixiao.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

beforeAll(() => {
  const stale =
    !fs.existsSync(MAIN) ||
    fs.statSync(MAIN).mtimeMs <
      Math.max(newestSource(path.join(REPO, "src", "domain")), newestSource(path.join(REPO, "src", "cli")));
  if (!stale) return;
  try {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
      cwd: REPO,
      stdio: "pipe",
    });
  } catch (e) {
    // tsc still emits on type errors (someone's work in progress); go on if the command was written
    const out = String((e as { stdout?: Buffer }).stdout ?? "");
    if (!fs.existsSync(MAIN)) throw new Error(`build:cli failed:\n${out}`);
    console.warn(`build:cli reported type errors (continuing with the emitted files):\n${out.slice(0, 2000)}`);
  }
  fs.utimesSync(MAIN, new Date(), new Date());
}, 120_000);

const jixiao = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: "utf8" });

test("lint --format json on a workbook: one valid JSON line, exit 0 or 1 matching the errors", () => {
  const r = jixiao("lint", fixture("project-mistakes.xlsx"), "--format", "json");
  expect(r.stderr).toBe("");
  const out = lines(r.stdout);
  expect(out).toHaveLength(1);
  const rep = jsonReportSchema.parse(JSON.parse(out[0]));
  expect(r.status).toBe(rep.summary.errors > 0 ? 1 : 0);
});

test("an unreadable file: exit 2, one line on stderr, no stack", () => {
  const r = jixiao("lint", fixture("corrupt.xlsx"));
  expect(r.status).toBe(2);
  expect(lines(r.stderr)).toHaveLength(1);
  expect(r.stderr).toMatch(/损坏.* \/ .*corrupt/);
  expect(r.stderr).not.toMatch(/^\s+at /m);
});

test("--version", () => {
  const r = jixiao("--version");
  expect(r.status).toBe(0);
  expect(r.stdout.trim()).toBe(pkg.version);
});

test("without dist/node the bin prints the build hint and exits 2", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-nobuild-"));
  fs.mkdirSync(path.join(dir, "bin"));
  fs.copyFileSync(BIN, path.join(dir, "bin", "jixiao.js"));
  const r = spawnSync(process.execPath, [path.join(dir, "bin", "jixiao.js"), "lint", "x.xlsx"], { encoding: "utf8" });
  expect(r.status).toBe(2);
  expect(lines(r.stderr)).toEqual([
    "jixiao 尚未编译，请先运行 npm run build:cli / jixiao is not built yet: run npm run build:cli",
  ]);
});

describe("exit codes hold when writing fails (issue 9, item 8)", () => {
  const folder = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-pipe-"));
    // enough output that the reader's end closes before the command is done, and an unreadable file at the end
    for (let i = 0; i < 6; i++) fs.copyFileSync(fixture("project-mistakes.xlsx"), path.join(dir, `a${i}.xlsx`));
    fs.copyFileSync(fixture("corrupt.xlsx"), path.join(dir, "z-broken.xlsx"));
    return dir;
  };

  (fs.existsSync("/dev/full") ? test : test.skip)(
    "stdout on a full disk (ENOSPC): exit 2 and one line, not a stack trace and exit 1",
    () => {
      const out = fs.openSync("/dev/full", "w");
      try {
        const r = spawnSync(process.execPath, [BIN, "lint", fixture("project-mistakes.xlsx")], {
          cwd: REPO,
          encoding: "utf8",
          stdio: ["ignore", out, "pipe"],
        });
        expect(r.status).toBe(2);
        expect(lines(r.stderr)).toEqual([
          "无法写入标准输出（ENOSPC），输出不完整 / Cannot write to standard output (ENOSPC); the output is incomplete",
        ]);
      } finally {
        fs.closeSync(out);
      }
    },
  );

  test("a closed pipe (| head -1) ends quietly with the code the run earned: 2 for an unreadable file", () => {
    const dir = folder();
    const r = spawnSync(
      "bash",
      ["-c", `"$0" "$1" lint "$2" | head -1 > /dev/null; echo "status=\${PIPESTATUS[0]}"`, process.execPath, BIN, dir],
      { cwd: REPO, encoding: "utf8" },
    );
    expect(r.stdout).toContain("status=2");
    expect(r.stderr).not.toMatch(/EPIPE|^\s+at /m);
  });

  test("… and 1 when the files hold errors", () => {
    const dir = folder();
    fs.unlinkSync(path.join(dir, "z-broken.xlsx"));
    const r = spawnSync(
      "bash",
      ["-c", `"$0" "$1" lint "$2" | head -1 > /dev/null; echo "status=\${PIPESTATUS[0]}"`, process.execPath, BIN, dir],
      { cwd: REPO, encoding: "utf8" },
    );
    expect(r.stdout).toContain("status=1");
    expect(r.stderr).toBe("");
  });
});
