/**
 * The house rules of the layout: src/domain is pure (no Office, React, Fluent or Node APIs, no imports from the other
 * layers); Office.js globals appear only in src/excel (and the two entry points that wait for Office.onReady); the WPS
 * API only in src/wps; React and Fluent only in the pane (and the preview); the pane knows no host (only its entries
 * pick a gateway); the UI does not reach into the command line and vice versa.
 *
 * ESLint enforces them (eslint.config.mjs, `layer()`; `npm run lint`, part of `npm test`). This file proves that the
 * lint rules bite: for each layer, a wrong import or call fails with the layer's message and a right one passes. What
 * lint cannot see (a rule about the file imported, not the import) is checked on the source at the end.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src");

type Layer = "domain" | "office" | "wps" | "ui" | "taskpane" | "paneHost" | "excel" | "wpsLayer" | "cli" | "host";
interface Case {
  /** where the snippet pretends to be */
  file: string;
  code: string;
  /** the layer message expected; none: the snippet lints clean */
  fails?: Layer;
}

const CASES: Case[] = [
  // src/domain is pure
  {
    file: "src/domain/x.ts",
    code: 'import * as z from "zod";\nimport { norm } from "./model/text";\nexport { z, norm };',
    fails: undefined,
  },
  { file: "src/domain/x.ts", code: 'import { useState } from "react";\nexport { useState };', fails: "domain" },
  {
    file: "src/domain/x.ts",
    code: 'import { Button } from "@fluentui/react-components";\nexport { Button };',
    fails: "domain",
  },
  {
    file: "src/domain/x.ts",
    code: 'import { readFileSync } from "node:fs";\nexport { readFileSync };',
    fails: "domain",
  },
  { file: "src/domain/rules/x.ts", code: 'import * as path from "path";\nexport { path };', fails: "domain" },
  { file: "src/domain/x.ts", code: 'import ExcelJS from "exceljs";\nexport { ExcelJS };', fails: "domain" },
  {
    file: "src/domain/engine/x.ts",
    code: 'import { createOfficeGateway } from "../../excel/office-gateway";\nexport { createOfficeGateway };',
    fails: "domain",
  },
  {
    file: "src/domain/x.ts",
    code: 'import { createWpsGateway } from "../wps/wps-gateway";\nexport { createWpsGateway };',
    fails: "domain",
  },
  {
    file: "src/domain/x.ts",
    code: 'import type { Gateway } from "../host/gateway";\nexport type { Gateway };',
    fails: "domain",
  },
  { file: "src/domain/x.ts", code: 'export { run } from "../cli/main";', fails: "domain" },
  { file: "src/domain/x.ts", code: 'export const m = import("../taskpane/start");', fails: "domain" },
  { file: "src/domain/x.ts", code: 'export type M = typeof import("../simulator/simulator");', fails: "domain" },
  { file: "src/domain/x.ts", code: "export const n = process.env.N;", fails: "domain" },
  { file: "src/domain/x.ts", code: 'export const el = document.getElementById("x");', fails: "domain" },
  { file: "src/domain/x.ts", code: "export const run = () => Excel.run(async () => {});", fails: "office" },
  {
    file: "src/domain/x.test.ts",
    code: 'import { readFileSync } from "node:fs";\nexport { readFileSync };',
    fails: undefined,
  },
  // Office.js only in src/excel; the entries may wait for Office
  {
    file: "src/excel/x.ts",
    code: "export const run = () => Excel.run(async (context) => { await context.sync(); });",
    fails: undefined,
  },
  {
    file: "src/taskpane/components/X/X.tsx",
    code: "export const doc = () => Office.context.document;",
    fails: "office",
  },
  { file: "src/host/x.ts", code: "export let r: Excel.Range | null = null;", fails: "office" },
  { file: "src/cli/x.ts", code: "export const v = Office.context.diagnostics;", fails: "office" },
  { file: "src/wps/x.ts", code: "export const run = () => Excel.run(async () => {});", fails: "office" },
  {
    file: "src/taskpane/index.tsx",
    code: 'if (typeof Office === "undefined") document.title = "";\nelse void Office.onReady(() => {});',
    fails: undefined,
  },
  { file: "src/taskpane/index.tsx", code: "void Office.onReady(() => Office.context.document);", fails: "office" },
  {
    file: "src/commands/commands.ts",
    code: 'void Office.onReady(() => Office.actions.associate("x", () => {}));',
    fails: undefined,
  },
  {
    file: "src/commands/check-sheet.ts",
    code: 'export const a = () => Office.actions.associate("x", () => {});',
    fails: "office",
  },
  // the WPS API only in src/wps
  { file: "src/wps/x.ts", code: "export const s = () => Application.ActiveSheet.UsedRange.Value2;", fails: undefined },
  { file: "src/excel/x.ts", code: "export const s = () => Application.ActiveSheet;", fails: "wps" },
  { file: "src/taskpane/x.ts", code: "export const v = (range: { Value2: unknown }) => range.Value2;", fails: "wps" },
  {
    file: "src/domain/x.ts",
    code: "export const p = (app: { PluginStorage: unknown }) => app.PluginStorage;",
    fails: "wps",
  },
  // React and Fluent only in the pane
  {
    file: "src/taskpane/components/X/X.tsx",
    code: 'import { useState } from "react";\nimport { Button } from "@fluentui/react-components";\nexport { useState, Button };',
    fails: undefined,
  },
  { file: "src/excel/x.ts", code: 'import { useState } from "react";\nexport { useState };', fails: "excel" },
  {
    file: "src/wps/x.ts",
    code: 'import { Button } from "@fluentui/react-components";\nexport { Button };',
    fails: "wpsLayer",
  },
  {
    file: "src/cli/x.ts",
    code: 'import { createRoot } from "react-dom/client";\nexport { createRoot };',
    fails: "cli",
  },
  { file: "src/commands/x.ts", code: 'import { useState } from "react";\nexport { useState };', fails: "ui" },
  { file: "src/host/x.ts", code: 'import { useState } from "react";\nexport { useState };', fails: "host" },
  // the pane: no command line, simulator, exceljs or Node; no host except in its entries
  {
    file: "src/taskpane/state/x.ts",
    code: 'import { lintSheet } from "../../domain";\nimport type { Gateway } from "../../host/gateway";\nexport { lintSheet };\nexport type { Gateway };',
    fails: undefined,
  },
  { file: "src/taskpane/x.ts", code: 'import { run } from "../cli/main";\nexport { run };', fails: "taskpane" },
  {
    file: "src/taskpane/x.ts",
    code: 'import { SimHost } from "../simulator/simulator";\nexport { SimHost };',
    fails: "taskpane",
  },
  { file: "src/taskpane/x.ts", code: 'import ExcelJS from "exceljs";\nexport { ExcelJS };', fails: "taskpane" },
  { file: "src/taskpane/x.ts", code: 'import * as fs from "node:fs";\nexport { fs };', fails: "taskpane" },
  {
    file: "src/taskpane/components/X/X.tsx",
    code: 'import { createOfficeGateway } from "../../../excel/office-gateway";\nexport { createOfficeGateway };',
    fails: "paneHost",
  },
  {
    file: "src/taskpane/start.tsx",
    code: 'export const load = () => import("../wps/wps-gateway");',
    fails: "paneHost",
  },
  {
    file: "src/taskpane/index.tsx",
    code: 'import { createOfficeGateway } from "../excel/office-gateway";\nexport { createOfficeGateway };',
    fails: undefined,
  },
  {
    file: "src/taskpane/wps.tsx",
    code: 'import { createWpsGateway } from "../wps/wps-gateway";\nexport { createWpsGateway };',
    fails: undefined,
  },
  // src/excel, src/wps, src/cli, src/host keep to themselves
  {
    file: "src/excel/x.ts",
    code: 'import { lintSheet } from "../domain";\nimport type { Gateway } from "../host/gateway";\nexport { lintSheet };\nexport type { Gateway };',
    fails: undefined,
  },
  {
    file: "src/excel/x.ts",
    code: 'import { SimHost } from "../simulator/simulator";\nexport { SimHost };',
    fails: "excel",
  },
  {
    file: "src/excel/x.ts",
    code: 'import { startPane } from "../taskpane/start";\nexport { startPane };',
    fails: "excel",
  },
  {
    file: "src/wps/x.ts",
    code: 'import { parseAreaList } from "../excel/areas";\nexport { parseAreaList };',
    fails: undefined,
  },
  {
    file: "src/wps/x.ts",
    code: 'import { startPane } from "../taskpane/start";\nexport { startPane };',
    fails: "wpsLayer",
  },
  { file: "src/wps/x.ts", code: 'import { run } from "../cli/main";\nexport { run };', fails: "wpsLayer" },
  {
    file: "src/cli/x.ts",
    code: 'import * as fs from "node:fs";\nimport ExcelJS from "exceljs";\nexport { fs, ExcelJS };',
    fails: undefined,
  },
  {
    file: "src/cli/x.ts",
    code: 'import { createOfficeGateway } from "../excel/office-gateway";\nexport { createOfficeGateway };',
    fails: "cli",
  },
  { file: "src/cli/x.ts", code: 'import { startPane } from "../taskpane/start";\nexport { startPane };', fails: "cli" },
  {
    file: "src/host/x.ts",
    code: 'import type { CellValue } from "../domain/model/types";\nexport type { CellValue };',
    fails: undefined,
  },
  {
    file: "src/host/x.ts",
    code: 'import { createWpsGateway } from "../wps/wps-gateway";\nexport { createWpsGateway };',
    fails: "host",
  },
  {
    file: "src/host/x.ts",
    code: 'import { createOfficeGateway } from "../excel/office-gateway";\nexport { createOfficeGateway };',
    fails: "host",
  },
];

interface LintOutput {
  messages: Record<Layer, string>;
  results: { ruleId: string | null; message: string }[][];
}

let out: LintOutput;
beforeAll(() => {
  const input = JSON.stringify(CASES.map((c) => ({ filePath: c.file, code: c.code + "\n" })));
  const r = spawnSync(process.execPath, [path.join(__dirname, "helpers/lint-layers.mjs")], {
    cwd: ROOT,
    input,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`lint-layers.mjs failed:\n${r.stderr}`);
  out = JSON.parse(r.stdout) as LintOutput;
}, 60000);

describe("the layer rules of eslint.config.mjs", () => {
  test.each(
    CASES.map((c, i) => [c.fails ? `fails: ${c.fails}` : "passes", c.file, c.code.split("\n").join(" ⏎ "), i] as const),
  )("%s — %s: %s", (_what, _file, _code, i) => {
    const c = CASES[i];
    const found = out.results[i];
    if (!c.fails) expect(found).toEqual([]);
    else expect(found.map((m) => m.message)).toContainEqual(expect.stringContaining(out.messages[c.fails]));
  });

  test("every layer message is proven by a failing case", () => {
    expect(new Set(CASES.flatMap((c) => (c.fails ? [c.fails] : []))).size).toBe(Object.keys(out.messages).length);
  });
});

// What lint cannot express: a rule about the module imported rather than the import.

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const code = (file: string) =>
  fs
    .readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
const imports = (src: string) => [...src.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);
const rel = (f: string) => path.relative(SRC, f).split(path.sep).join("/");

describe("src/wps imports from src/excel only modules free of Office.js", () => {
  test.each(files(path.join(SRC, "wps")).map((f) => [rel(f), f]))("%s", (_n, file) => {
    for (const spec of imports(code(file)).filter((x) => /\/excel\//.test(x))) {
      const target = path.resolve(path.dirname(file), `${spec}.ts`);
      expect({ spec, office: /\b(Excel|Office)\.[A-Za-z]/.test(code(target)) }).toEqual({ spec, office: false });
    }
  });
  test("the check sees Office.js (it would fail on the Office gateway)", () => {
    expect(/\b(Excel|Office)\.[A-Za-z]/.test(code(path.join(SRC, "excel/office-gateway.ts")))).toBe(true);
  });
});
