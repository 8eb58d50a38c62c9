/**
 * The task pane beside the workbook simulator, in real headless Chromium: the preview opens each
 * workbook, the pane lists the seed mistakes, a click selects the cell, an edit that fixes a mistake
 * clears its finding and highlight within a second, turning highlights off restores the sheet exactly,
 * and Office in English gives English messages.
 */
export const SHARED = {
  "houjie-2025-dept": [
    "B37-taxonomy/level1-is-level2",
    "D51-taxonomy/indicator-misfiled",
    "A56-structure/label-in-table",
    "E57:F57-value/vague-target",
  ],
  "machong-2024-projects": [
    "F65-value/latex-leftover",
    "D18-taxonomy/budget-execution-rate",
    "A23-completeness/level1-missing",
    "E14-value/period-not-set",
  ],
  "qingxi-2025-dept-and-projects": [
    "C8:E9-budget/department-balance",
    "F182-budget/cost-exceeds-budget",
    "C35:D35-structure/row-shifted",
  ],
  "huangpu-project-expenditure": [
    "G16-taxonomy/level2-wrong-parent",
    "G24-value/definition-as-target",
    "G17-value/vague-target",
  ],
};
export const OWN = {
  "project-mistakes": [
    "F19-value/latex-leftover",
    "D19-taxonomy/budget-execution-rate",
    "D22-taxonomy/indicator-misfiled",
  ],
};

const finding = (id) => `[data-testid="finding-${id}"]`;

/**
 * Waits for a finding's line, opening its kind first when the kind occurs in several places (one line with a
 * count until opened). `id` is "ADDRESS-ruleId".
 */
export async function reveal(page, id, timeout = 15000) {
  const ruleId = id.slice(id.indexOf("-") + 1);
  const sel = finding(id);
  await page.waitForFunction(
    ([s, r]) => document.querySelector(s) || document.querySelector(`[data-testid="kind-${r}"]`),
    [sel, ruleId],
    { timeout, polling: 50 },
  );
  if (!(await page.$(sel))) {
    const toggle = await page.$(`[data-testid="kind-${ruleId}"] [data-testid="kind-toggle"][aria-expanded="false"]`);
    if (toggle) await toggle.click();
  }
  return page.waitForSelector(sel, { timeout });
}

/** Opens every kind and every "show more", so that every finding the filters let through has its own line. */
export async function expandAll(page) {
  for (;;) {
    const closed = await page.$('[data-testid="kind-toggle"][aria-expanded="false"]');
    if (!closed) break;
    await closed.click();
  }
  for (;;) {
    const more = await page.$('[data-testid^="show-more-"]');
    if (!more) break;
    await more.click();
  }
}

async function open(page, h, fixture, extra = "") {
  await page.goto(h.url(`/preview.html?fixture=${fixture}&api=1.20${extra}`));
  await page.waitForFunction(() => window.__jixiaoPreview && window.__jixiaoPreview.ready);
  await page.evaluate(() => window.__jixiaoPreview.ready);
  await page.waitForSelector('[data-testid="summary"]', { timeout: 15000 });
}

async function waitUntil(page, fn, arg, timeout = 5000) {
  await page.waitForFunction(fn, arg, { timeout, polling: 20 });
}

export default async function (h) {
  const fixtures = h.hasShared ? SHARED : OWN;
  for (const [name, ids] of Object.entries(fixtures)) {
    h.test(`${name}: the pane lists the seed mistakes`, async (page) => {
      await open(page, h, name);
      for (const id of ids) await reveal(page, id);
      const errors = Number(await page.getAttribute('[data-testid="summary-count-error"]', "data-count"));
      h.expect(Number.isFinite(errors) && errors > 0, `summary should count errors, got ${errors}`);
      await h.shot(page, `preview-${name}`);
    });
  }

  const [first, ids] = Object.entries(fixtures)[0];
  const target = ids[1].split("-")[0]; // e.g. D51

  h.test("clicking a finding selects its cell", async (page) => {
    await open(page, h, first);
    await reveal(page, ids[1]);
    await page.click(`${finding(ids[1])} [data-testid="finding-main"]`);
    await waitUntil(page, (a) => window.__jixiaoPreview.selection() === a, target);
  });

  h.test("fixing a cell clears its finding and its highlight within one second", async (page) => {
    await open(page, h, first);
    const [addr, ruleId] = [ids[0].split("-")[0], ids[0].slice(ids[0].indexOf("-") + 1)];
    await reveal(page, ids[0]);
    await waitUntil(page, (a) => window.__jixiaoPreview.displayFill(a) !== null, addr, 15000); // highlighted
    const fixed = await page.evaluate(
      ([, r]) => (r === "taxonomy/level1-is-level2" ? "产出指标" : r === "value/latex-leftover" ? "≥90%" : "产出指标"),
      [addr, ruleId],
    );
    const t0 = Date.now();
    await page.evaluate(([a, v]) => window.__jixiaoPreview.edit(a, v), [addr, fixed]);
    await page.waitForSelector(finding(ids[0]), { state: "detached", timeout: 1000 });
    await waitUntil(
      page,
      (a) => window.__jixiaoPreview.displayFill(a) === null,
      addr,
      Math.max(1, 1000 - (Date.now() - t0)),
    );
    const ms = Date.now() - t0;
    h.expect(ms <= 1000, `took ${ms} ms`);
    console.log(`      edit → finding and highlight gone in ${ms} ms`);
    await h.shot(page, "after-fix");
  });

  h.test("turning highlights off leaves the sheet exactly as loaded", async (page) => {
    await open(page, h, first);
    await waitUntil(page, () => window.__jixiaoPreview.conditionalFormats().length > 0, undefined, 15000);
    const before = await page.evaluate(() => window.__jixiaoPreview.loadedFingerprint());
    h.expect(
      before !== (await page.evaluate(() => window.__jixiaoPreview.fingerprint())),
      "highlights should change the sheet's conditional formats",
    );
    await page.click('[data-testid="settings-open"]');
    await page.click('[data-testid="settings-highlights-shown"]');
    await page.click('[data-testid="settings-save"]');
    await waitUntil(page, () => window.__jixiaoPreview.conditionalFormats().length === 0, undefined, 5000);
    const after = await page.evaluate(() => window.__jixiaoPreview.fingerprint());
    h.expect(after === before, "values and formats differ from the loaded workbook after highlights were turned off");
  });

  h.test("below ExcelApi 1.20 edits write nothing; 检查本表 writes the highlights once", async (page) => {
    await page.goto(h.url(`/preview.html?fixture=${first}&api=1.9`));
    await page.evaluate(() => window.__jixiaoPreview.ready);
    await reveal(page, ids[0]);
    await page.waitForSelector('[data-testid="live-off-note"]');
    h.expect(
      (await page.evaluate(() => window.__jixiaoPreview.conditionalFormats().length)) === 0,
      "no highlight may be written without the user asking",
    );
    await page.evaluate((a) => window.__jixiaoPreview.edit(a, "提升"), target);
    await page.waitForTimeout(600);
    h.expect(
      (await page.evaluate(() => window.__jixiaoPreview.conditionalFormats().length)) === 0,
      "an edit wrote highlights below 1.20",
    );
    await page.click('[data-testid="check-sheet"]');
    await waitUntil(page, () => window.__jixiaoPreview.conditionalFormats().length > 0, undefined, 5000);
  });

  h.test("the pane follows Office's dark theme", (page) => darkTheme(h, page, first));

  h.test("Office in English gives English messages", async (page) => {
    await open(page, h, first, "&officeLang=en-US");
    const el = await reveal(page, ids[0]);
    const text = await el.textContent();
    h.expect(
      /[A-Za-z]{3,}.*(expected|Expected|belong|Unknown|not)/.test(text ?? ""),
      `message not in English: ${text}`,
    );
    h.expect(!/应为|不可衡量|应放在/.test(text ?? ""), `Chinese message text in English mode: ${text}`);
    await h.shot(page, `preview-${first}-en`);
  });
}

export async function darkTheme(h, page, fixture) {
  await page.goto(h.url(`/preview.html?fixture=${fixture}&api=1.20&theme=dark`));
  await page.evaluate(() => window.__jixiaoPreview.ready);
  await page.waitForSelector('[data-testid="summary"]', { timeout: 15000 });
  const bg = await page.evaluate(
    () =>
      getComputedStyle(
        document.querySelector('[data-testid="summary"]').closest(".fui-FluentProvider") ?? document.body,
      ).backgroundColor,
  );
  const [r, g, b] = (bg.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
  h.expect(r + g + b < 200, `the pane should follow Office's dark theme, background is ${bg}`);
  await h.shot(page, `preview-${fixture}-dark`);
}
