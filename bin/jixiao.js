#!/usr/bin/env node
"use strict";
// The `jixiao` command. The code lives in src/cli and is compiled to dist/node by `npm run build:cli`
// (run automatically by `npm ci` / `npm install` through the `prepare` script).
const fs = require("node:fs");
const path = require("node:path");

const MAIN = path.join(__dirname, "..", "dist", "node", "cli", "main.js");

if (!fs.existsSync(MAIN)) {
  process.stderr.write(
    "jixiao 尚未编译，请先运行 npm run build:cli / jixiao is not built yet: run npm run build:cli\n",
  );
  process.exit(2);
}

// Output streams. A reader that stops early (`jixiao lint … | head`) closes the pipe (EPIPE): stop writing
// quietly, as Unix tools do, but finish the run and end with the code it earned. Any other write error (a full
// disk: ENOSPC) means the output is incomplete: one line on stderr, exit 2. Write errors arrive as events after
// the write, so the outcome is settled only once both streams have flushed.
const state = { stdout: { closed: false, error: null }, stderr: { closed: false, error: null } };
for (const name of ["stdout", "stderr"]) {
  process[name].on("error", (e) => {
    if (e && e.code === "EPIPE") state[name].closed = true;
    else if (!state[name].error) state[name].error = (e && e.code) || String(e);
  });
}
const writer = (name) => ({
  write(chunk) {
    const s = state[name];
    if (s.closed || s.error) return true;
    try {
      return process[name].write(chunk);
    } catch (e) {
      if (e && e.code === "EPIPE") s.closed = true;
      else s.error = (e && e.code) || String(e);
      return true;
    }
  },
});
const flushed = (name) =>
  new Promise((resolve) => {
    const s = state[name];
    if (s.closed || s.error || process[name].destroyed) return setImmediate(resolve);
    process[name].write("", () => setImmediate(resolve));
  });

async function finish(code) {
  await Promise.all([flushed("stdout"), flushed("stderr")]);
  const failed = state.stdout.error ? "stdout" : state.stderr.error ? "stderr" : null;
  if (failed) {
    const what = failed === "stdout" ? ["标准输出", "standard output"] : ["标准错误输出", "standard error"];
    const detail = state[failed].error;
    if (failed === "stdout" && !state.stderr.error && !state.stderr.closed) {
      process.stderr.write(
        `无法写入${what[0]}（${detail}），输出不完整 / Cannot write to ${what[1]} (${detail}); the output is incomplete\n`,
      );
    }
    process.exitCode = 2;
    return;
  }
  process.exitCode = code;
}

let main;
try {
  main = require(MAIN);
} catch (e) {
  const detail = e && e.message ? String(e.message).split("\n")[0] : String(e);
  process.stderr.write(
    `jixiao 无法启动，请重新运行 npm ci 或 npm run build:cli（${detail}） / jixiao cannot start: rerun npm ci or npm run build:cli (${detail})\n`,
  );
  process.exit(2);
}

main
  .run(process.argv.slice(2), {
    stdout: writer("stdout"),
    stderr: writer("stderr"),
    isTTY: Boolean(process.stderr.isTTY),
  })
  .then(finish, (e) => {
    writer("stderr").write(
      `jixiao 内部错误 / jixiao internal error: ${e && e.message ? String(e.message).split("\n")[0] : String(e)}\n`,
    );
    return finish(2);
  });
