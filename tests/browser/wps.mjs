/**
 * The same pane in the preview's WPS mode (preview-wps.html: the WPS 表格 simulator as window.Application / wps,
 * the pane's WPS entry), in real headless Chromium: each seed workbook gives the same findings as in Excel mode
 * (counts per severity and every finding listed); live highlighting is off by default (WPS keeps no undo for
 * add-in writes) and 检查本表 writes the highlights, which turning highlights off removes without trace; a fix
 * writes the cell; the header's host switch moves between the two; and the Excel pane's bundle holds no WPS code.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { OWN, SHARED, expandAll, reveal } from "./pane.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const finding = (id) => `[data-testid="finding-${id}"]`;

async function open(page, h, pageName, fixture, extra = "") {
  await page.goto(h.url(`/${pageName}?fixture=${fixture}${extra}`));
  await page.waitForFunction(() => window.__jixiaoPreview && window.__jixiaoPreview.ready);
  await page.evaluate(() => window.__jixiaoPreview.ready);
  await page.waitForSelector('[data-testid="summary"]', { timeout: 15000 });
}

/** Counts per severity and the findings the pane lists (every group expanded). */
async function findings(page, ids) {
  for (const id of ids) await reveal(page, id);
  await page.waitForTimeout(300); // nothing more is coming: the check after the workbook opened has delivered
  await expandAll(page);
  const counts = await page.$$eval('[data-testid^="summary-count-"]', (els) =>
    els.map((e) => `${e.getAttribute("data-testid")}=${e.getAttribute("data-count")}`),
  );
  const listed = await page.$$eval("li[data-testid^='finding-']", (els) =>
    els.map((e) => e.getAttribute("data-testid")).sort(),
  );
  return { counts, listed };
}

export default async function (h) {
  const fixtures = h.hasShared ? SHARED : OWN;
  for (const [name, ids] of Object.entries(fixtures)) {
    h.test(`${name}: WPS mode lists the same findings as Excel mode`, async (page) => {
      await open(page, h, "preview-wps.html", name);
      h.expect((await page.evaluate(() => window.__jixiaoPreview.host)) === "wps", "not in WPS mode");
      const wps = await findings(page, ids);
      await h.shot(page, `preview-wps-${name}`);
      await open(page, h, "preview.html", name, "&api=1.20");
      const excel = await findings(page, ids);
      h.expect(wps.listed.length > 0, "no finding listed");
      h.expect(
        JSON.stringify(wps.counts) === JSON.stringify(excel.counts),
        `counts differ: WPS ${wps.counts} / Excel ${excel.counts}`,
      );
      const onlyWps = wps.listed.filter((x) => !excel.listed.includes(x));
      const onlyExcel = excel.listed.filter((x) => !wps.listed.includes(x));
      h.expect(
        onlyWps.length === 0 && onlyExcel.length === 0,
        `findings differ: only WPS ${onlyWps.join(", ")}; only Excel ${onlyExcel.join(", ")}`,
      );
    });
  }

  const [first, ids] = Object.entries(fixtures)[0];
  const [addr] = ids[0].split("-");

  h.test("WPS: no highlight until 检查本表; turning highlights off leaves the sheet as loaded", async (page) => {
    await open(page, h, "preview-wps.html", first);
    await reveal(page, ids[0]);
    await page.waitForSelector('[data-testid="live-off-note"]');
    const cfs = () => page.evaluate(() => window.__jixiaoPreview.conditionalFormats().length);
    h.expect((await cfs()) === 0, "a highlight was written without the user asking (WPS keeps no undo for it)");
    await page.evaluate((a) => window.__jixiaoPreview.edit(a, "提升"), ids[1].split("-")[0]);
    await page.waitForTimeout(600);
    h.expect((await cfs()) === 0, "an edit wrote highlights in WPS");
    const loaded = await page.evaluate(() => window.__jixiaoPreview.fingerprint());
    await page.click('[data-testid="check-sheet"]');
    await page.waitForFunction(() => window.__jixiaoPreview.conditionalFormats().length > 0, undefined, {
      timeout: 5000,
    });
    await page.waitForFunction((a) => window.__jixiaoPreview.displayFill(a) !== null, addr, { timeout: 5000 });
    await page.click('[data-testid="settings-open"]');
    const note = await page.textContent('[data-testid="settings-undo-info"]');
    h.expect(/WPS 表格不为加载项的写入保留撤销记录/.test(note ?? ""), `settings note: ${note}`);
    await page.click('[data-testid="settings-highlights-shown"]');
    await page.click('[data-testid="settings-save"]');
    await page.waitForFunction(() => window.__jixiaoPreview.conditionalFormats().length === 0, undefined, {
      timeout: 5000,
    });
    h.expect(
      (await page.evaluate(() => window.__jixiaoPreview.fingerprint())) === loaded,
      "the sheet differs after highlights were removed",
    );
    const saved = await page.evaluate(() => window.__jixiaoPreview.savedSettings());
    h.expect(
      Object.keys(saved).some((k) => k.startsWith("jixiao#")),
      `settings not in custom document properties: ${Object.keys(saved)}`,
    );
  });

  h.test("WPS: a fix writes the cell and its finding goes", async (page) => {
    await open(page, h, "preview-wps.html", first);
    await reveal(page, ids[0]);
    const item = await page.waitForSelector("li[data-testid^='finding-']:has([data-testid='finding-fix'])", {
      timeout: 5000,
    });
    const id = (await item.getAttribute("data-testid")).slice("finding-".length);
    const cell = id.split("-")[0].split(":")[0];
    const before = await page.evaluate((a) => window.__jixiaoPreview.getValue(a), cell);
    await (await item.$('[data-testid="finding-fix"]')).click();
    await page.waitForSelector(finding(id), { state: "detached", timeout: 5000 });
    const after = await page.evaluate((a) => window.__jixiaoPreview.getValue(a), cell);
    h.expect(after !== before, `${cell} still holds ${before}`);
    // WPS keeps no undo step for it: the pane says so instead of promising one
    const toast = await page.waitForSelector('[data-testid="toasts"] >> text=WPS 表格不为加载项的写入保留撤销记录', {
      timeout: 5000,
    });
    h.expect(toast !== null, "no word that the fix cannot be undone");
    await h.shot(page, "wps-fix-no-undo");
  });

  h.test("WPS: 插入模板 fetches the insertion code when first used and writes the block", async (page) => {
    const requested = [];
    page.on("request", (r) => requested.push(r.url()));
    await open(page, h, "preview-wps.html", first);
    h.expect(!requested.some((u) => /wps-insert\./.test(u)), "the insertion code was loaded up front");
    await page.click('[data-testid="tab-templates"]');
    await page.waitForSelector('[data-testid="tpl-insert-form"]', { timeout: 15000 });
    await page.selectOption('[data-testid="tpl-template"]', "b:project-2021");
    await page.fill('[data-testid="tpl-field-name"]', "WPS 测试项目");
    await page.click('[data-testid="templates-insert"]');
    const result = await page.waitForSelector('[data-testid="tpl-insert-result"]', { timeout: 10000 });
    const m = /([A-Z]+)(\d+):([A-Z]+)(\d+)/.exec((await result.textContent()) ?? "");
    h.expect(m, "no inserted address");
    h.expect(
      requested.some((u) => /wps-insert\./.test(u)),
      "the insertion chunk was never requested",
    );
    const [, c1, r1] = m;
    const name = await page.evaluate(
      (a) => window.__jixiaoPreview.getValue(a),
      `${String.fromCharCode(c1.charCodeAt(0) + 1)}${Number(r1) + 2}`,
    );
    h.expect(name === "WPS 测试项目", `the name typed in the form: ${name}`);
  });

  h.test("the host switch in the preview header moves between Excel and WPS with the same workbook", async (page) => {
    await open(page, h, "preview.html", first, "&api=1.20");
    await page.selectOption('[data-testid="host-switch"]', "wps");
    await page.waitForURL(/preview-wps\.html\?/, { timeout: 10000 });
    await page.evaluate(() => window.__jixiaoPreview.ready);
    h.expect((await page.evaluate(() => window.__jixiaoPreview.host)) === "wps", "switch did not reach WPS mode");
    h.expect(new URL(page.url()).searchParams.get("fixture") === first, `fixture lost: ${page.url()}`);
    await reveal(page, ids[0]);
    h.expect((await page.$('[data-testid="api-level"]')) === null, "WPS mode shows the ExcelApi picker");
  });

  h.test("the Excel pane's up-front scripts carry no WPS code (it is a separate entry)", async () => {
    const dist = path.join(ROOT, "dist");
    const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]).filter((s) => !s.startsWith("http"));
    h.expect(scripts.length >= 2, `taskpane.html scripts: ${scripts}`);
    for (const s of scripts) {
      const js = readFileSync(path.join(dist, s), "utf8");
      for (const marker of ["CustomDocumentProperties", "AddApiEventListener", "FormatConditions", "EtApplication"])
        h.expect(!js.includes(marker), `${s} contains WPS code (${marker})`);
    }
    const wpsPane = readdirSync(dist).find((f) => /^wps\..*\.js$/.test(f));
    h.expect(
      wpsPane && readFileSync(path.join(dist, wpsPane), "utf8").includes("AddApiEventListener"),
      "the WPS entry should hold the WPS gateway",
    );
  });
}
