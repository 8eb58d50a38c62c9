/**
 * `npm run build:wps` for real (into a temporary folder, published with wpsjs to the address it is then served
 * from): the folder serves ribbon.xml starting with `<customUI` (what wpsjs's publish page checks), publish.html
 * lists this add-in only (type et, that address), index.html runs main.js and the ribbon bundle (every callback
 * and 检查本表 defined), and taskpane.html — the ES2019 build of the pane — starts in Chromium (outside WPS it
 * shows its zh + en message).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../scripts/browser-tests.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export default async function (h) {
  if (!existsSync(path.join(ROOT, "node_modules/wpsjs"))) {
    h.skip("npm run build:wps → wpsjs publish", "wpsjs not installed (npm ci installs it)");
    return;
  }
  h.test("npm run build:wps: a folder wpsjs publishes, served as WPS would fetch it", async (page) => {
    const out = mkdtempSync(path.join(tmpdir(), "jixiao-wps-build-"));
    let server = null;
    try {
      // the add-in is served from wps-addon-build; its address must be known before publishing: serve first
      mkdirSync(path.join(out, "wps-addon-build"));
      server = await startServer(path.join(out, "wps-addon-build"));
      const build = spawnSync(
        process.execPath,
        [path.join(ROOT, "scripts/build-wps.mjs"), "--out", out, "--url", server.base, "--publish"],
        { encoding: "utf8" },
      );
      h.expect(build.status === 0, `build:wps failed: ${build.stderr}`);
      const ribbon = await (await fetch(new URL("ribbon.xml", server.base))).text();
      h.expect(ribbon.startsWith("<customUI"), `ribbon.xml as served starts with ${ribbon.slice(0, 20)}`);
      const publish = readFileSync(path.join(out, "wps-addon-publish", "publish.html"), "utf8");
      const list = JSON.parse(/(\[\{"name"[^\]]*\])/.exec(publish)[1]);
      h.expect(
        list.length === 1 && list[0].name === "jixiao" && list[0].addonType === "et" && list[0].url === server.base,
        `publish list: ${JSON.stringify(list)}`,
      );
      // the ribbon page: main.js's callbacks and the 检查本表 bundle
      await page.goto(new URL("index.html", server.base).href);
      await page.waitForFunction(
        () => window.jixiaoRibbon && typeof window.jixiaoRibbon.checkSheet === "function",
        undefined,
        { timeout: 10000 },
      );
      const names = await page.evaluate(() =>
        ["OnAddinLoad", "OnAction", "GetImage", "OnGetEnabled", "OnGetVisible"].filter(
          (n) => typeof window[n] !== "function",
        ),
      );
      h.expect(names.length === 0, `missing callbacks: ${names}`);
      const outcome = await page.evaluate(() => window.jixiaoRibbon.checkSheet());
      h.expect(outcome.ok === false && /WPS/.test(outcome.message), `检查本表 outside WPS: ${JSON.stringify(outcome)}`);
      const icon = await fetch(new URL(await page.evaluate(() => window.GetImage({ Id: "jixiaoOpen" })), server.base));
      h.expect(icon.ok && icon.headers.get("content-type") === "image/png", `ribbon icon: ${icon.status}`);
      // the pane, built for older Chromium, starts
      await page.goto(new URL("taskpane.html", server.base).href);
      await page.waitForSelector('[data-testid="outside-office"]', { timeout: 10000 });
      await h.shot(page, "wps-addin-taskpane-outside-wps");
    } finally {
      server?.stop();
      rmSync(out, { recursive: true, force: true });
    }
  });
}
