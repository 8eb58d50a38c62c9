#!/usr/bin/env node
// Writes docs/rules.md from the rules' metadata (npm run gen:docs). A test fails when the file is stale.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { rulesMarkdown } = require(path.join(ROOT, "dist/node/domain/rules/docs.js"));
writeFileSync(path.join(ROOT, "docs/rules.md"), rulesMarkdown() + "\n");
console.log("docs/rules.md written");
