/**
 * The WPS add-in's shell: ribbon.xml is well-formed, starts with `<customUI` (wpsjs's publish page rejects an XML
 * declaration), has the three buttons of the Excel add-in and names only callbacks that main.js defines; main.js,
 * run against the WPS simulator, opens the same pane (taskpane.html) docked right, finds it again through
 * PluginStorage, switches it to the 模板 view, and runs 检查本表 through the ribbon bundle. build-wps.mjs writes
 * what `wpsjs publish` reads (package.json) and a well-formed jsplugins.xml.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import * as vm from "node:vm";
import { installWpsSimulator, workbookFromRows, type WpsSimulator } from "../../src/simulator";

const ROOT = path.resolve(__dirname, "../..");
const SHELL = path.join(ROOT, "src/wps/shell");
const ribbonXml = readFileSync(path.join(SHELL, "ribbon.xml"), "utf8");
const mainJs = readFileSync(path.join(SHELL, "main.js"), "utf8");

interface XmlElement {
  path: string;
  name: string;
  attrs: Record<string, string>;
}

/** Parses with libxml2 (tests/manifest/xsd-validate.mjs, parse only): the elements, or the parse errors. */
function parseXml(name: string, xml: string): { valid: boolean | null; errors: string[]; elements?: XmlElement[] } {
  const r = spawnSync(process.execPath, [path.join(ROOT, "tests/manifest/xsd-validate.mjs")], {
    input: JSON.stringify({ schemaDir: null, dump: true, docs: [{ name, xml }] }),
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout)[0];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- main.js's window and the simulator's globals are untyped */
/** main.js in a fresh context whose window is a WPS 表格 (the simulator's Application and wps). */
function loadMain(sim?: WpsSimulator, extra: Record<string, unknown> = {}): Record<string, any> {
  const win: Record<string, any> = {
    location: { href: "https://intranet.example/jixiao/index.html" },
    alerts: [] as string[],
    ...extra,
  };
  win.alert = (m: string) => win.alerts.push(m);
  if (sim) {
    win.Application = sim.Application;
    win.wps = sim.wps;
  }
  win.window = win;
  vm.runInNewContext(mainJs, win, { filename: "main.js" });
  return win;
}

describe("ribbon.xml", () => {
  const parsed = parseXml("ribbon.xml", ribbonXml);

  test("is well-formed and starts with <customUI (no XML declaration, no BOM)", () => {
    expect(parsed.errors).toEqual([]);
    expect(ribbonXml.startsWith("<customUI")).toBe(true);
    expect(parsed.elements![0].name).toBe("customUI");
  });

  test("has the Excel add-in's three buttons: 打开助手, 检查本表, 插入模板", () => {
    const buttons = parsed.elements!.filter((e) => e.name === "button");
    expect(buttons.map((b) => [b.attrs.id, b.attrs.label])).toEqual([
      ["jixiaoOpen", "打开助手"],
      ["jixiaoCheck", "检查本表"],
      ["jixiaoTemplates", "插入模板"],
    ]);
  });

  test("names only callbacks that main.js defines as global functions", () => {
    const CALLBACK = /^(onLoad|onAction|get[A-Z]\w*)$/;
    const names = new Set(
      parsed.elements!.flatMap((e) =>
        Object.entries(e.attrs)
          .filter(([k]) => CALLBACK.test(k))
          .map(([, v]) => v),
      ),
    );
    expect(names.size).toBeGreaterThanOrEqual(4);
    const win = loadMain();
    for (const n of names) expect({ n, type: typeof win[n] }).toEqual({ n, type: "function" });
    // and under window.ribbon, for ribbon.xml files that say "ribbon.OnAction"
    for (const n of names) expect(typeof win.ribbon[n]).toBe("function");
  });
});

describe("main.js against the WPS simulator", () => {
  const book = () => workbookFromRows({ S: [["a"]] });

  test("打开助手 opens taskpane.html beside the add-in, docked right, and keeps its id; a second click hides it", () => {
    const sim = installWpsSimulator({}, book());
    const win = loadMain(sim);
    expect(win.OnAddinLoad({ fake: "ribbonUI" })).toBe(true);
    expect(win.GetImage({ Id: "jixiaoOpen" })).toBe("images/jixiao-64.png");
    win.OnAction({ Id: "jixiaoOpen" });
    expect(sim.taskPanes).toEqual([
      expect.objectContaining({ url: "https://intranet.example/jixiao/taskpane.html", Visible: true, DockPosition: 2 }),
    ]);
    expect(sim.pluginStorage.get("jixiao_taskpane_id")).toBe(String(sim.taskPanes[0].ID));
    win.OnAction({ Id: "jixiaoOpen" });
    expect(sim.taskPanes).toHaveLength(1);
    expect(sim.taskPanes[0].Visible).toBe(false);
    // a new ribbon page (WPS restarted the add-in) finds the same pane through PluginStorage
    const again = loadMain(sim);
    again.OnAction({ Id: "jixiaoTemplates" });
    expect(sim.taskPanes).toHaveLength(1);
    expect(sim.taskPanes[0]).toMatchObject({
      url: "https://intranet.example/jixiao/taskpane.html?view=templates",
      Visible: true,
    });
    expect(win.alerts).toEqual([]);
  });

  test("a pane WPS no longer knows is replaced by a new one", () => {
    const sim = installWpsSimulator({}, book());
    sim.pluginStorage.set("jixiao_taskpane_id", "99");
    loadMain(sim).OnAction({ Id: "jixiaoOpen" });
    expect(sim.taskPanes.filter((p) => p.Visible)).toHaveLength(1);
  });

  test("检查本表 runs the ribbon bundle's checkSheet; a failure or a missing bundle is said in zh + en", async () => {
    const sim = installWpsSimulator({}, book());
    let calls = 0;
    const ok = loadMain(sim, { jixiaoRibbon: { checkSheet: async () => (calls++, { ok: true }) } });
    ok.OnAction({ Id: "jixiaoCheck" });
    expect(calls).toBe(1);
    const failing = loadMain(sim, {
      jixiaoRibbon: { checkSheet: async () => ({ ok: false, message: "检查失败 / Check failed: x" }) },
    });
    failing.OnAction({ Id: "jixiaoCheck" });
    await new Promise((r) => setTimeout(r, 0));
    expect(failing.alerts).toEqual(["绩效目标表助手：检查失败 / Check failed: x"]);
    const missing = loadMain(sim);
    missing.OnAction({ Id: "jixiaoCheck" });
    expect(missing.alerts[0]).toMatch(/尚未加载.*not finished loading/);
    expect(sim.taskPanes).toHaveLength(0);
  });

  test("outside WPS the buttons explain instead of throwing", () => {
    const win = loadMain();
    expect(win.OnAction({ Id: "jixiaoOpen" })).toBe(true);
    expect(win.alerts[0]).toMatch(/任务窗格.*task panes/);
  });

  test("the icon the ribbon asks for is built into images/ (webpack copies assets/icon-64.png there)", () => {
    expect(existsSync(path.join(ROOT, "assets/icon-64.png"))).toBe(true);
    expect(readFileSync(path.join(ROOT, "webpack.config.js"), "utf8")).toContain(
      '{ from: "assets/icon-64.png", to: "images/jixiao-64.png" }',
    );
  });
});

describe("build-wps.mjs writes what wpsjs and oem.ini read", () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), "jixiao-wps-"));
    mkdirSync(path.join(out, "wps-addon-build"));
    writeFileSync(path.join(out, "wps-addon-build", "ribbon.xml"), ribbonXml); // a built add-in: --no-build keeps it
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, "scripts/build-wps.mjs"), "--no-build", "--out", out, ...args], {
      encoding: "utf8",
    });

  test("package.json (name, addonType et, version) and jsplugins.xml pointing at --url", () => {
    const r = run("--url", "http://10.1.2.3/jixiao");
    expect(r.status).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(out, "package.json"), "utf8"));
    expect(pkg).toMatchObject({
      name: "jixiao",
      addonType: "et",
      version: JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version,
    });
    const list = parseXml("jsplugins.xml", readFileSync(path.join(out, "jsplugins.xml"), "utf8"));
    expect(list.errors).toEqual([]);
    expect(list.elements!.find((e) => e.name === "jsplugin")!.attrs).toMatchObject({
      name: "jixiao",
      type: "et",
      url: "http://10.1.2.3/jixiao/",
    });
  });

  test("a bad --url is refused with a zh + en message and exit code 2", () => {
    const r = run("--url", "ftp://x");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/地址无效[\s\S]*Invalid --url/);
  });
});
