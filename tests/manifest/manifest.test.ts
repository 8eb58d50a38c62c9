/**
 * The add-in manifest, checked offline (docs/office.md §6): XSD validation with libxml2-wasm against the patched
 * Office schemas in ../shared/office-schemas, plus structural checks the XSD cannot make (resids resolve,
 * zh-CN overrides everywhere, icon files exist at the declared size). The online
 * `office-addin-manifest validate` is deliberately not used here: it needs the internet.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { SHARED } from "../helpers/workbooks";

const ROOT = path.resolve(__dirname, "../..");
const SCHEMA_DIR = path.join(SHARED, "office-schemas");
const HELPER = path.join(__dirname, "xsd-validate.mjs");
const MANIFEST = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

const NS_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const NS_BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const NS_OV = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

interface El {
  path: string;
  name: string;
  ns: string;
  line: number;
  attrs: Record<string, string>;
  text: string;
}
interface Result {
  name: string;
  valid: boolean | null;
  errors: string[];
  elements?: El[];
}

/** Runs the ESM helper (libxml2-wasm cannot be loaded by jest's CommonJS runtime). */
function runHelper(schemaDir: string | null, docs: { name: string; xml: string }[], dump = false): Result[] {
  const out = execFileSync(process.execPath, [HELPER], {
    input: JSON.stringify({ schemaDir, dump, docs }),
    encoding: "utf8",
    timeout: 20000,
  });
  return JSON.parse(out) as Result[];
}

/** Moves the first line matching `what` (with its whole element, possibly multi-line) to just before `before`. */
function moveElement(xml: string, what: RegExp, before: string): string {
  const m = what.exec(xml);
  if (!m) throw new Error(`pattern not found: ${what}`);
  const without = xml.slice(0, m.index) + xml.slice(m.index + m[0].length);
  const at = without.indexOf(before);
  if (at < 0) throw new Error(`anchor not found: ${before}`);
  return without.slice(0, at) + m[0] + without.slice(at);
}

const VERSION_BEFORE_ID = moveElement(MANIFEST, / {2}<Version>[^<]*<\/Version>\n/, "  <Id>");
const REQUIREMENTS_MISPLACED = moveElement(MANIFEST, / {2}<Requirements>[\s\S]*?<\/Requirements>\n/, "  <Permissions>");

const haveSchemas = existsSync(path.join(SCHEMA_DIR, "OfficeAppManifestV1_1.xsd"));
if (!haveSchemas) {
  console.warn(
    `skipped: ../shared/office-schemas not found (looked in ${SCHEMA_DIR}); XSD validation of manifest.xml not run`,
  );
}
const xsdTest = haveSchemas ? test : test.skip;

describe("manifest.xml against the Office XSDs (offline)", () => {
  let results: Result[] = [];
  beforeAll(() => {
    if (!haveSchemas) return;
    results = runHelper(SCHEMA_DIR, [
      { name: "manifest", xml: MANIFEST },
      { name: "version-before-id", xml: VERSION_BEFORE_ID },
      { name: "requirements-misplaced", xml: REQUIREMENTS_MISPLACED },
    ]);
  });
  const byName = (n: string): Result => {
    const r = results.find((x) => x.name === n);
    if (!r) throw new Error(`no result for ${n}`);
    return r;
  };

  xsdTest("our manifest validates", () => {
    expect(byName("manifest").errors).toEqual([]);
    expect(byName("manifest").valid).toBe(true);
  });

  xsdTest("negative case: <Version> before <Id> is rejected", () => {
    expect(VERSION_BEFORE_ID).not.toBe(MANIFEST);
    const r = byName("version-before-id");
    expect(r.valid).toBe(false);
    expect(r.errors.join("\n")).toMatch(/Version'?: This element is not expected\. Expected is \( \{[^}]+\}Id \)/);
  });

  xsdTest("negative case: <Requirements> after <DefaultSettings> is rejected", () => {
    expect(REQUIREMENTS_MISPLACED).not.toBe(MANIFEST);
    const r = byName("requirements-misplaced");
    expect(r.valid).toBe(false);
    expect(r.errors.join("\n")).toMatch(/Requirements'?: This element is not expected/);
  });
});

describe("manifest.xml structure", () => {
  let els: El[] = [];
  beforeAll(() => {
    const [r] = runHelper(null, [{ name: "manifest", xml: MANIFEST }], true);
    els = r.elements ?? [];
  });
  const all = (pred: (e: El) => boolean): El[] => els.filter(pred);
  const childrenOf = (parent: El): El[] =>
    els.filter((e) => e.path === `${parent.path}/${e.name}` && e.line >= parent.line && isDescendant(parent, e));
  /** Elements are in document order; a direct child follows its parent before the parent's next sibling. */
  function isDescendant(parent: El, e: El): boolean {
    const i = els.indexOf(parent);
    const j = els.indexOf(e);
    if (j <= i) return false;
    for (let k = i + 1; k < j; k++) {
      if (!els[k].path.startsWith(`${parent.path}/`)) return false;
    }
    return true;
  }

  test("is a task-pane add-in for Workbook with en-US default locale and ReadWriteDocument", () => {
    const root = els[0];
    expect(root.name).toBe("OfficeApp");
    expect(root.ns).toBe(NS_APP);
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    const text = (p: string) => all((e) => e.path === p).map((e) => e.text);
    expect(text("OfficeApp/DefaultLocale")).toEqual(["en-US"]);
    expect(all((e) => e.path === "OfficeApp/Hosts/Host").map((e) => e.attrs.Name)).toEqual(["Workbook"]);
    expect(text("OfficeApp/Permissions")).toEqual(["ReadWriteDocument"]);
    expect(all((e) => e.path === "OfficeApp/DefaultSettings/SourceLocation")[0]?.attrs.DefaultValue).toBe(
      "https://localhost:3000/taskpane.html",
    );
  });

  test("declares ExcelApi 1.9 as the minimum, between Hosts and DefaultSettings", () => {
    const sets = all((e) => e.path === "OfficeApp/Requirements/Sets/Set");
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([["ExcelApi", "1.9"]]);
    const topLevel = all((e) => e.path.split("/").length === 2).map((e) => e.name);
    const i = topLevel.indexOf("Requirements");
    expect(topLevel[i - 1]).toBe("Hosts");
    expect(topLevel[i + 1]).toBe("DefaultSettings");
  });

  test("every DisplayName, Description and bt:String has exactly one non-empty zh-CN override in Chinese", () => {
    const localized = all(
      (e) =>
        e.path === "OfficeApp/DisplayName" ||
        e.path === "OfficeApp/Description" ||
        (e.name === "String" && e.ns === NS_BT),
    );
    // 2 top-level + 5 short + 4 long strings: if this count changes, the test is looking at the wrong elements
    expect(localized.length).toBe(11);
    for (const el of localized) {
      const overrides = childrenOf(el).filter((c) => c.name === "Override");
      const zh = overrides.filter((o) => o.attrs.Locale === "zh-CN");
      expect({ id: el.attrs.id ?? el.name, zh: zh.length }).toEqual({ id: el.attrs.id ?? el.name, zh: 1 });
      const value = zh[0].attrs.Value ?? "";
      expect(value).toMatch(/[\u4e00-\u9fff]/);
      expect(value).not.toBe(el.attrs.DefaultValue);
      expect(el.attrs.DefaultValue ?? "").not.toMatch(/^\s*$/);
    }
    const display = all((e) => e.path === "OfficeApp/DisplayName/Override")[0];
    expect(display?.attrs.Value).toBe("绩效目标表助手");
  });

  test("every resid points to a resource of the right kind, and every resource is used", () => {
    const kindOf = new Map<string, string>();
    for (const e of els) {
      if (e.ns !== NS_BT || !e.attrs.id) continue;
      const parent = e.path.split("/").slice(-2, -1)[0];
      expect(kindOf.has(e.attrs.id)).toBe(false); // ids are unique
      kindOf.set(e.attrs.id, parent);
    }
    const refs = all((e) => e.attrs.resid !== undefined);
    expect(refs.length).toBeGreaterThan(10);
    const expected = (e: El): string => {
      if (e.name === "Image") return "Images";
      if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(e.name)) return "Urls";
      if (e.name === "Description") return "LongStrings";
      return "ShortStrings"; // Label, Title
    };
    for (const r of refs) {
      expect({ resid: r.attrs.resid, kind: kindOf.get(r.attrs.resid) }).toEqual({
        resid: r.attrs.resid,
        kind: expected(r),
      });
    }
    const used = new Set(refs.map((r) => r.attrs.resid));
    expect([...kindOf.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test("ribbon: three buttons on the Home tab; the command button runs checkSheet from commands.html", () => {
    const base = "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor";
    const vo = all((e) => e.path === "OfficeApp/VersionOverrides")[0];
    expect(vo?.ns).toBe(NS_OV);
    expect(all((e) => e.path === `${base}/GetStarted`).length).toBe(1);
    const tab = all((e) => e.path === `${base}/ExtensionPoint/OfficeTab`);
    expect(tab.map((t) => t.attrs.id)).toEqual(["TabHome"]);
    const controls = all((e) => e.path === `${base}/ExtensionPoint/OfficeTab/Group/Control`);
    const actions = all((e) => e.path === `${base}/ExtensionPoint/OfficeTab/Group/Control/Action`);
    expect(controls.length).toBe(3);
    expect(actions.map((a) => a.attrs["xsi:type"])).toEqual(["ShowTaskpane", "ExecuteFunction", "ShowTaskpane"]);
    expect(all((e) => e.name === "FunctionName").map((e) => e.text)).toEqual(["checkSheet"]);
    // both task-pane buttons open the same pane
    const ids = all((e) => e.name === "TaskpaneId").map((e) => e.text);
    expect(ids).toEqual(["Jixiao.Taskpane", "Jixiao.Taskpane"]);
    const url = (id: string) => all((e) => e.name === "Url" && e.attrs.id === id)[0]?.attrs.DefaultValue;
    const fnFile = all((e) => e.path === `${base}/FunctionFile`)[0];
    expect(url(fnFile.attrs.resid)).toBe("https://localhost:3000/commands.html");
    const sources = all((e) => e.path.endsWith("Action/SourceLocation")).map((e) => url(e.attrs.resid));
    expect(sources).toEqual([
      "https://localhost:3000/taskpane.html",
      "https://localhost:3000/taskpane.html?view=templates",
    ]);
    const labels = controls.map((c) => {
      const labelId = childrenOf(c).find((x) => x.name === "Label")!.attrs.resid;
      const str = all((e) => e.name === "String" && e.attrs.id === labelId)[0];
      return childrenOf(str).find((o) => o.attrs.Locale === "zh-CN")?.attrs.Value;
    });
    expect(labels).toEqual(["打开助手", "检查本表", "插入模板"]);
  });

  test("every URL is https://localhost:3000/, and every icon exists in assets/ at its declared pixel size", () => {
    const urls = els
      .flatMap((e) => [e.attrs.DefaultValue, e.name === "SourceLocation" ? e.attrs.DefaultValue : undefined])
      .filter((v): v is string => typeof v === "string" && /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith("https://localhost:3000/")).toBe(true);

    const imageUrl = new Map(
      all((e) => e.name === "Image" && e.attrs.id !== undefined).map((e) => [e.attrs.id, e.attrs.DefaultValue]),
    );
    const wanted: [string, number][] = [
      [all((e) => e.path === "OfficeApp/IconUrl")[0].attrs.DefaultValue, 32],
      [all((e) => e.path === "OfficeApp/HighResolutionIconUrl")[0].attrs.DefaultValue, 64],
      ...all((e) => e.name === "Image" && e.attrs.size !== undefined).map((e): [string, number] => [
        imageUrl.get(e.attrs.resid)!,
        Number(e.attrs.size),
      ]),
    ];
    expect(wanted.length).toBeGreaterThanOrEqual(2 + 3 * 4); // group + 3 buttons, 3 sizes each
    for (const [u, size] of wanted) {
      const rel = new URL(u).pathname.replace(/^\//, "");
      expect(rel.startsWith("assets/")).toBe(true);
      const file = path.join(ROOT, rel);
      expect({ file: rel, exists: existsSync(file) }).toEqual({ file: rel, exists: true });
      expect({ file: rel, ...pngSize(readFileSync(file)) }).toEqual({ file: rel, width: size, height: size });
    }
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(sig) || buf.toString("ascii", 12, 16) !== "IHDR") throw new Error("not a PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
