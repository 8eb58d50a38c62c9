#!/usr/bin/env node
// Zero-dependency static server for the built add-in (dist/).
//   node scripts/serve.mjs [--port 3000] [--dir dist] [--open]
// With ~/.office-addin-dev-certs/localhost.{crt,key} (made by `npx office-addin-dev-certs install`, see
// docs/sideload.md) it serves https://localhost:<port>/, which Excel needs for sideloading. Without them it
// serves http://127.0.0.1:<port>/, enough for the in-browser preview (preview.html).
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { existsSync, readFileSync, readdirSync, statSync, createReadStream } from "node:fs";
import { homedir } from "node:os";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { spawn } from "node:child_process";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".jpg": "image/jpeg",
  ".gif": "image/gif",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function fail(zh, en) {
  console.error(`${zh}\n${en}`);
  process.exit(1);
}

function parseArgs(argv) {
  const here = dirname(fileURLToPath(import.meta.url));
  const opts = { port: 3000, dir: resolve(here, "..", "dist"), open: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--open") opts.open = true;
    else if (a === "--http") opts.http = true;
    else if (a === "--port" || a === "-p") {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0 || n > 65535) fail(`端口无效：${argv[i]}`, `Invalid port: ${argv[i]}`);
      opts.port = n;
    } else if (a === "--dir") opts.dir = resolve(argv[++i] ?? ".");
    else if (a === "--help" || a === "-h") {
      console.log("用法 / Usage: node scripts/serve.mjs [--port 3000] [--dir dist] [--open] [--http]");
      process.exit(0);
    } else fail(`未知参数：${a}`, `Unknown argument: ${a}`);
  }
  return opts;
}

/**
 * Maps a request path to a file under root, or null when it is not allowed (outside root, NUL, bad encoding).
 * Exported for tests.
 */
export function resolveRequestPath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  // Refuse any ".." segment outright instead of normalising it away.
  if (decoded.split("/").some((seg) => seg === "..")) return null;
  const full = resolve(root, "." + (decoded.startsWith("/") ? decoded : "/" + decoded));
  if (full !== root && !full.startsWith(root + sep)) return null;
  return full;
}

function makeHandler(root) {
  return (req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD")
      return send(405, "405 方法不允许 / Method Not Allowed", { Allow: "GET, HEAD" });
    const url = req.url ?? "/";
    if (url === "/" || url.startsWith("/?")) return send(302, "", { Location: "/preview.html" });
    // The preview's sample workbooks: ../shared/fixtures (third-party, never copied into dist) and our own tests/fixtures.
    if (url === "/fixtures/index.json") {
      const body = JSON.stringify(listFixtures().map(({ name, shared }) => ({ name, shared })));
      return send(200, body, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-cache" });
    }
    if (url.startsWith("/fixtures/")) {
      const name = decodeURIComponent(url.slice("/fixtures/".length).split("?")[0]);
      const hit = listFixtures().find((f) => f.name === name);
      if (!hit) return send(404, "404 未找到 / Not Found");
      const st = statSync(hit.path);
      return stream(hit.path, st);
    }
    const file = resolveRequestPath(root, url);
    if (!file) return send(403, "403 禁止访问 / Forbidden");
    let st;
    try {
      st = statSync(file);
      if (st.isDirectory()) {
        const index = join(file, "index.html");
        st = statSync(index);
        return stream(index, st);
      }
    } catch {
      return send(404, "404 未找到 / Not Found");
    }
    return stream(file, st);

    function stream(path, s) {
      res.writeHead(200, {
        "Content-Type": MIME[extname(path).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": s.size,
        // Office web views cache aggressively; always revalidate during development.
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
      });
      if (req.method === "HEAD") return res.end();
      createReadStream(path)
        .on("error", () => res.destroy())
        .pipe(res);
    }
  };
}

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// JIXIAO_FIXTURES_DIR adds a folder (the benchmark serves its generated 10,000-row workbook this way).
const FIXTURE_DIRS = [
  resolve(REPO, "../shared/fixtures"),
  resolve(REPO, "tests/fixtures"),
  ...(process.env.JIXIAO_FIXTURES_DIR ? [resolve(process.env.JIXIAO_FIXTURES_DIR)] : []),
];

/** Sample workbooks the preview may open: name and path, readable .xlsx only. */
export function listFixtures() {
  const out = [];
  for (const dir of FIXTURE_DIRS) {
    let names = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      if (!name.endsWith(".xlsx") || /^(corrupt|empty|encrypted)/.test(name) || out.some((f) => f.name === name))
        continue;
      out.push({ name, path: join(dir, name), shared: dir === FIXTURE_DIRS[0] });
    }
  }
  return out.map(({ name, path, shared }) => ({ name, path, shared }));
}

function openBrowser(url) {
  const [cmd, args] =
    process.platform === "win32"
      ? ["cmd", ["/c", "start", "", url]]
      : [process.platform === "darwin" ? "open" : "xdg-open", [url]];
  try {
    const child = spawn(cmd, args, { stdio: "ignore", detached: true });
    child.on("error", () => {}); // no browser opener: the URL is printed anyway
    child.unref();
  } catch {
    /* ignore */
  }
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const root = resolve(opts.dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    fail(`找不到目录 ${root}：请先运行 npm run build。`, `Directory ${root} not found: run npm run build first.`);
  }
  const certDir = join(homedir(), ".office-addin-dev-certs");
  const crt = join(certDir, "localhost.crt");
  const key = join(certDir, "localhost.key");
  const https = !opts.http && existsSync(crt) && existsSync(key);
  const handler = makeHandler(root);
  const server = https
    ? createHttpsServer({ cert: readFileSync(crt), key: readFileSync(key) }, handler)
    : createHttpServer(handler);

  server.on("error", (err) => {
    if (err.code === "EADDRINUSE") {
      fail(
        `端口 ${opts.port} 已被占用：请关闭占用它的程序，或使用 --port 指定其他端口。`,
        `Port ${opts.port} is in use: stop whatever uses it or pick another with --port.`,
      );
    }
    fail(`服务器无法启动：${err.message}`, `Server failed to start: ${err.message}`);
  });
  server.listen(opts.port, "127.0.0.1", () => {
    const port = server.address().port;
    const base = https ? `https://localhost:${port}/` : `http://127.0.0.1:${port}/`;
    // Also answer on ::1 when "localhost" resolves to IPv6 first (Windows); ignore if IPv6 is unavailable.
    if (https) {
      const v6 = createHttpsServer({ cert: readFileSync(crt), key: readFileSync(key) }, handler);
      v6.on("error", () => {});
      v6.listen(port, "::1");
    }
    console.log(`正在提供 / Serving ${root}`);
    console.log(`listening on ${base}`);
    console.log(`预览（无需 Excel）/ Preview (no Excel needed): ${base}preview.html`);
    if (https) {
      console.log(`任务窗格 / Task pane: ${base}taskpane.html   清单 / Manifest: ${base}manifest.xml`);
    } else {
      console.log("未找到 ~/.office-addin-dev-certs 证书，使用 http；旁加载到 Excel 需要 https，见 docs/sideload.md。");
      console.log(
        "No certificates in ~/.office-addin-dev-certs, so plain http; Excel sideloading needs https, see docs/sideload.md.",
      );
    }
    console.log("按 Ctrl+C 停止 / Press Ctrl+C to stop.");
    if (opts.open) openBrowser(`${base}preview.html`);
  });
  process.on("SIGINT", () => process.exit(0));
  process.on("SIGTERM", () => process.exit(0));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
