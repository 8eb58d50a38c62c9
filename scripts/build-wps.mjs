#!/usr/bin/env node
/**
 * npm run build:wps — builds the WPS 表格 add-in into dist-wps/, the folder `wpsjs publish` works in:
 *
 *   dist-wps/package.json          name, addonType "et", version: what wpsjs reads
 *   dist-wps/wps-addon-build/      the add-in (index.html, main.js, ribbon.xml at its root; taskpane.html, images/,
 *                                  bundles): deploy its contents at the add-in's address
 *   dist-wps/jsplugins.xml         the add-in list for offline / intranet deployment (oem.ini → JSPluginsServer)
 *
 * Then, online:   cd dist-wps && npx wpsjs publish -s https://your.server/jixiao/   (writes wps-addon-publish/publish.html)
 *   or in one go: npm run build:wps -- --url https://your.server/jixiao/ --publish
 *                 (runs wpsjs publish and keeps only this add-in in publish.html: wpsjs 2.2.3 also lists a sample
 *                 "test123" add-in it ships with, and remembers every add-in it ever published)
 * Intranet:       npm run build:wps -- --url http://10.1.2.3/jixiao/   (jsplugins.xml points there); see docs/wps.md.
 *
 *   node scripts/build-wps.mjs [--url URL] [--out DIR] [--no-build] [--publish]
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Placeholder address written into jsplugins.xml when no --url is given. */
export const PLACEHOLDER_URL = "http://127.0.0.1:3889/jixiao/";

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fail(zh, en) {
  console.error(`${zh}\n${en}`);
  process.exit(2);
}

const xmlEscape = (s) =>
  String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The add-in's address: http(s), ending in "/" (WPS requests url + "ribbon.xml"). Null when not usable. */
export function normalizeUrl(url) {
  if (typeof url !== "string") return null;
  const u = url.trim();
  if (!/^https?:\/\/[^\s"<>]+$/i.test(u)) return null;
  return u.endsWith("/") ? u : `${u}/`;
}

/** What wpsjs reads from package.json in the folder it publishes from. */
export function addinPackage(version) {
  return { name: "jixiao", addonType: "et", version, description: "绩效目标表助手（WPS 表格加载项）" };
}

/** The add-in list for oem.ini's JSPluginsServer: one online add-in of type et (WPS 表格) at `url`. */
export function jspluginsXml(url, version) {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<!--",
    "  绩效目标表助手（WPS 表格加载项）的加载项列表，供离线/内网部署：在 WPS 安装目录 office6/cfgs/oem.ini 中写入",
    "    [Support]",
    "    JsApiPlugin=true",
    "    [Server]",
    "    JSPluginsServer=<本文件的地址，如 http://10.1.2.3/jixiao/jsplugins.xml 或本机路径>",
    "  url 是 wps-addon-build 文件夹内容所在的地址（以 / 结尾）。详见 docs/wps.md。",
    "  The add-in list for offline / intranet deployment (oem.ini → JSPluginsServer); url = where wps-addon-build is served.",
    "-->",
    "<jsplugins>",
    `  <jsplugin name="jixiao" type="et" version="${xmlEscape(version)}" url="${xmlEscape(url)}" enable="true"/>`,
    "</jsplugins>",
    "",
  ].join("\n");
}

/**
 * Runs `wpsjs publish -s url` in `out` (wpsjs is a devDependency), then leaves in publish.html only this add-in.
 * wpsjs keeps its list in its own package folder (publishlist.json): restored afterwards, so nothing leaks.
 */
export function publish(out, url) {
  const require = createRequire(import.meta.url);
  let cli;
  try {
    // the package's "exports" names only ./vite_plugins (src/vite_plugins.js); the CLI is beside it
    cli = path.join(path.dirname(require.resolve("wpsjs/vite_plugins", { paths: [ROOT] })), "index.js");
  } catch {
    fail("未安装 wpsjs：请先运行 npm ci", "wpsjs is not installed: run npm ci first");
  }
  const listFile = path.join(path.dirname(cli), "lib", "publishlist.json");
  const saved = existsSync(listFile) ? readFileSync(listFile) : null;
  try {
    const r = spawnSync(process.execPath, [cli, "publish", "-s", url], {
      cwd: out,
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
      timeout: 60_000,
    });
    const html = path.join(out, "wps-addon-publish", "publish.html");
    if (r.status !== 0 || !existsSync(html))
      fail(`wpsjs publish 失败：${r.stderr || r.stdout}`, "wpsjs publish failed");
    const list = JSON.parse(readFileSync(listFile, "utf8"));
    const theirs = JSON.stringify(Object.values(list));
    const ours = JSON.stringify(Object.values(list).filter((a) => a.name === "jixiao"));
    const page = readFileSync(html, "utf8");
    if (!page.includes(theirs))
      fail(
        "publish.html 的格式与预期不同（wpsjs 版本变了？）",
        "publish.html is not as expected (another wpsjs version?)",
      );
    writeFileSync(html, page.replace(theirs, ours));
    return html;
  } finally {
    if (saved) writeFileSync(listFile, saved);
  }
}

function main() {
  const out = path.resolve(ROOT, arg("out") ?? "dist-wps");
  const given = arg("url");
  const url = given === undefined ? PLACEHOLDER_URL : normalizeUrl(given);
  if (!url)
    fail(
      `地址无效：${given}（应为 http:// 或 https:// 开头）`,
      `Invalid --url: ${given} (must start with http:// or https://)`,
    );
  const version = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version;

  if (!process.argv.includes("--no-build") || !existsSync(path.join(out, "wps-addon-build", "ribbon.xml"))) {
    const t0 = Date.now();
    const b = spawnSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules/webpack/bin/webpack.js"),
        "--mode",
        "production",
        "--env",
        "wps",
        "--output-path",
        path.join(out, "wps-addon-build"),
      ],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    if (b.status !== 0) fail("WPS 加载项构建失败", "the WPS add-in build failed");
    console.log(`built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "package.json"), `${JSON.stringify(addinPackage(version), null, 2)}\n`);
  writeFileSync(path.join(out, "jsplugins.xml"), jspluginsXml(url, version));
  const rel = path.relative(ROOT, out) || ".";
  console.log(`WPS 加载项 / WPS add-in: ${rel}/wps-addon-build/  (ribbon.xml, main.js, index.html, taskpane.html)`);
  console.log(`在线发布 / publish:   cd ${rel} && npx wpsjs publish -s https://你的服务器/jixiao/`);
  console.log(
    `内网部署 / intranet:  ${rel}/jsplugins.xml → ${url}${given === undefined ? "  (占位地址 / placeholder: --url 指定实际地址)" : ""}`,
  );
  if (process.argv.includes("--publish")) {
    if (given === undefined)
      fail("--publish 需要 --url（加载项所在的地址）", "--publish needs --url (where the add-in will be served)");
    const html = publish(out, url);
    console.log(
      `发布页 / publish page: ${path.relative(ROOT, html)} — 把它发给用户，或放在服务器上 / give it to users or put it on the server`,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
