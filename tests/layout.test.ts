/**
 * The house rules of the layout, enforced: src/domain is pure (no Office, React, Fluent or Node APIs, no imports from
 * the other layers); Office.js globals appear only in src/excel (and the two entry points that wait for Office.onReady);
 * the WPS API only in src/wps; the pane knows no host (only its entries pick a gateway); the UI does not reach into
 * the command line and vice versa.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const SRC = path.resolve(__dirname, "../src");

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

describe("src/domain is pure", () => {
  test.each(files(path.join(SRC, "domain")).map((f) => [rel(f), f]))("%s", (_name, file) => {
    const src = code(file);
    for (const spec of imports(src)) {
      expect(spec).not.toMatch(/^(react|react-dom|@fluentui\/|node:|exceljs|fs$|path$)/);
      expect(spec).not.toMatch(/\/(excel|taskpane|cli|simulator|preview|commands)(\/|$)/);
    }
    expect(src).not.toMatch(/\b(Excel|Office)\.[A-Za-z]/);
    expect(src).not.toMatch(/\b(window|document|process|require)\b\s*[.(]/);
  });
});

describe("Office.js only in src/excel", () => {
  const ENTRY_POINTS = new Set(["taskpane/index.tsx", "commands/commands.ts"]); // Office.onReady / Office.actions only
  const others = files(SRC).filter((f) => !rel(f).startsWith("excel/") && !rel(f).startsWith("simulator/") && !rel(f).startsWith("preview/"));
  test.each(others.map((f) => [rel(f), f]))("%s", (name, file) => {
    const src = code(file);
    const uses = [...src.matchAll(/\b(Excel|Office)\.([A-Za-z]+)/g)].map((m) => `${m[1]}.${m[2]}`);
    const allowed = ENTRY_POINTS.has(name) ? uses.filter((u) => !/^Office\.(onReady|actions|AddinCommands)$/.test(u)) : uses;
    expect(allowed).toEqual([]);
  });
});

describe("layers keep to themselves", () => {
  test.each(files(path.join(SRC, "taskpane")).map((f) => [rel(f), f]))("%s does not import the command line or the simulator", (_n, file) => {
    for (const spec of imports(code(file))) expect(spec).not.toMatch(/\/(cli|simulator|preview)(\/|$)|^exceljs$|^node:/);
  });
  test.each(files(path.join(SRC, "excel")).map((f) => [rel(f), f]))("%s knows nothing of the simulator or the UI", (_n, file) => {
    for (const spec of imports(code(file))) expect(spec).not.toMatch(/\/(simulator|preview|taskpane|cli)(\/|$)|^react|^@fluentui/);
  });
  test.each(files(path.join(SRC, "cli")).map((f) => [rel(f), f]))("%s does not import the UI or Office code", (_n, file) => {
    for (const spec of imports(code(file))) expect(spec).not.toMatch(/\/(taskpane|excel|simulator|preview)(\/|$)|^react|^@fluentui/);
  });
});

describe("the WPS API only in src/wps", () => {
  const ET = /\b(Application|wps|app|a)\.(ActiveSheet|ActiveWorkbook|ApiEvent|EtApplication|CreateTaskPane|GetTaskPane|PluginStorage|LanguageSettings)\b|\.(FormatConditions|CustomDocumentProperties|Value2|MergeArea|UsedRange)\b/;
  const others = files(SRC).filter((f) => !rel(f).startsWith("wps/") && !rel(f).startsWith("simulator/") && !rel(f).startsWith("preview/"));
  test.each(others.map((f) => [rel(f), f]))("%s", (_name, file) => {
    expect(code(file)).not.toMatch(ET);
  });
  test("the rule sees WPS calls (it would fail on the WPS gateway)", () => {
    expect(code(path.join(SRC, "wps/wps-gateway.ts"))).toMatch(ET);
  });
  test.each(files(path.join(SRC, "wps")).map((f) => [rel(f), f]))("%s imports from src/excel only modules free of Office.js", (_n, file) => {
    for (const spec of imports(code(file)).filter((x) => /\/excel\//.test(x))) {
      const target = path.resolve(path.dirname(file), `${spec}.ts`);
      expect({ spec, office: /\b(Excel|Office)\.[A-Za-z]/.test(code(target)) }).toEqual({ spec, office: false });
    }
    for (const spec of imports(code(file))) expect(spec).not.toMatch(/\/(simulator|preview|taskpane|cli)(\/|$)|^react|^@fluentui/);
  });
});

describe("the pane knows no host", () => {
  const ENTRIES = new Set(["taskpane/index.tsx", "taskpane/wps.tsx"]);
  test.each(files(path.join(SRC, "taskpane")).filter((f) => !ENTRIES.has(rel(f))).map((f) => [rel(f), f]))("%s imports neither src/excel nor src/wps", (_n, file) => {
    for (const spec of imports(code(file))) expect(spec).not.toMatch(/\/(excel|wps)\//);
  });
  test.each(files(path.join(SRC, "host")).map((f) => [rel(f), f]))("%s (the host interface) touches neither Office.js nor WPS", (_n, file) => {
    const src = code(file);
    expect(src).not.toMatch(/\b(Excel|Office)\.[A-Za-z]/);
    for (const spec of imports(src)) expect(spec).not.toMatch(/\/(excel|wps|taskpane|simulator|preview|cli)(\/|$)|^react/);
  });
});
