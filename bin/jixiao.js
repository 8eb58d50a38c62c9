#!/usr/bin/env node
"use strict";
// The `jixiao` command. The code lives in src/cli and is compiled to dist/node by `npm run build:cli`.
const path = require("node:path");

let main;
try {
  main = require(path.join(__dirname, "..", "dist", "node", "cli", "main.js"));
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes(path.join("dist", "node", "cli", "main.js"))) {
    process.stderr.write("jixiao 尚未编译，请先运行 npm run build:cli / jixiao is not built yet: run npm run build:cli\n");
    process.exit(2);
  }
  throw e;
}

main
  .run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stderr.isTTY) })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e) => {
    process.stderr.write(`jixiao 内部错误 / jixiao internal error: ${e && e.message ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
