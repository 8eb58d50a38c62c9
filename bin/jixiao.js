#!/usr/bin/env node
"use strict";
// The `jixiao` command. The code lives in src/cli and is compiled to dist/node by `npm run build:cli`
// (run automatically by `npm ci` / `npm install` through the `prepare` script).
const fs = require("node:fs");
const path = require("node:path");

const MAIN = path.join(__dirname, "..", "dist", "node", "cli", "main.js");

if (!fs.existsSync(MAIN)) {
  process.stderr.write("jixiao 尚未编译，请先运行 npm run build:cli / jixiao is not built yet: run npm run build:cli\n");
  process.exit(2);
}

// A reader that stops early (`jixiao lint … | head`) closes the pipe: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e && e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
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
  .run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stderr.isTTY) })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e) => {
    process.stderr.write(`jixiao 内部错误 / jixiao internal error: ${e && e.message ? String(e.message).split("\n")[0] : String(e)}\n`);
    process.exitCode = 2;
  });
