/**
 * 插入模板 and 添加标准指标 in real headless Chromium: the preview opens a workbook, the user opens the
 * 模板 view, fills the form and inserts; the block appears below the last block (values, merges,
 * dropdowns), the pane re-checks and lists no error inside the block; then a standard indicator is
 * added to the new table's 数量指标 group; at the selected cell of a filled area with shifting off, the
 * insertion is refused with a reason and nothing changes.
 */

async function open(page, h, fixture, extra = "") {
  await page.goto(h.url(`/preview.html?fixture=${fixture}&api=1.20${extra}`));
  await page.waitForFunction(() => window.__jixiaoPreview && window.__jixiaoPreview.ready);
  await page.evaluate(() => window.__jixiaoPreview.ready);
  await page.waitForSelector('[data-testid="summary"]', { timeout: 15000 });
}

async function openTemplates(page) {
  await page.click('[data-testid="tab-templates"]');
  await page.waitForSelector('[data-testid="tpl-insert-form"]', { timeout: 15000 });
}

const rowOf = (a1) => Number(/\d+/.exec(a1)[0]);

/** Error findings the pane lists whose address lies in rows r1..r2. */
async function errorsInRows(page, r1, r2) {
  return page.$$eval(
    '[data-testid^="finding-"][data-severity="error"]',
    (els, [a, b]) =>
      els
        .map((e) => e.getAttribute("data-testid"))
        .filter((id) => {
          const m = /^finding-[A-Z]+(\d+)/.exec(id);
          return m && Number(m[1]) >= a && Number(m[1]) <= b;
        }),
    [r1, r2],
  );
}

export default async function (h) {
  const fixture = h.hasShared ? "houjie-2025-dept" : "project-2021-clean";

  h.test(`${fixture}: fill the form, insert below the last block, the block is checked with no error`, async (page) => {
    await open(page, h, fixture);
    await openTemplates(page);
    await page.selectOption('[data-testid="tpl-template"]', "b:project-2021");
    await page.fill('[data-testid="tpl-field-name"]', "浏览器测试项目");
    await page.fill('[data-testid="tpl-field-dept"]', "东莞市某镇党政办");
    await page.fill('[data-testid="tpl-field-budgetYear"]', "2025");
    await page.fill('[data-testid="tpl-field-budget"]', "250000");
    await h.shot(page, "templates-form");
    await page.click('[data-testid="templates-insert"]');
    const result = await page.waitForSelector('[data-testid="tpl-insert-result"]', { timeout: 10000 });
    const text = await result.textContent();
    const m = /([A-Z]+)(\d+):([A-Z]+)(\d+)/.exec(text ?? "");
    h.expect(m, `no inserted address in “${text}”`);
    const [, c1, r1s, , r2s] = m;
    const r1 = Number(r1s),
      r2 = Number(r2s);
    // the block's cells, as the form laid them out
    const v = (a) => page.evaluate((x) => window.__jixiaoPreview.getValue(x), a);
    h.expect((await v(`${c1}${r1}`)) === "项目绩效目标表", `title at ${c1}${r1}: ${await v(`${c1}${r1}`)}`);
    const col = (d) => String.fromCharCode(c1.charCodeAt(0) + d);
    h.expect((await v(`${c1}${r1 + 2}`)) === "项目名称", "项目名称 label");
    h.expect((await v(`${col(1)}${r1 + 2}`)) === "浏览器测试项目", "the name typed in the form");
    h.expect((await v(`${col(1)}${r1 + 8}`)) === 250000, `the budget: ${await v(`${col(1)}${r1 + 8}`)}`);
    const merges = await page.evaluate(() => window.__jixiaoPreview.merges());
    h.expect(
      merges.includes(`${col(1)}${r1 + 2}:${col(5)}${r1 + 2}`),
      `the name cell is merged across the form: ${merges.slice(-5)}`,
    );
    // dropdowns on the table's 一级 / 二级 cells
    const lastL1 = await page.evaluate(([a]) => window.__jixiaoPreview.dataValidation(a), [`${col(1)}${r2}`]);
    h.expect(
      lastL1 && JSON.stringify(lastL1.rule).includes("满意度指标"),
      `一级 dropdown at ${col(1)}${r2}: ${JSON.stringify(lastL1)}`,
    );
    const lastL2 = await page.evaluate(([a]) => window.__jixiaoPreview.dataValidation(a), [`${col(2)}${r2}`]);
    h.expect(lastL2 && JSON.stringify(lastL2.rule).includes("服务对象满意度指标"), `二级 dropdown at ${col(2)}${r2}`);
    // the pane re-checked: back on 检查, no error inside the block
    await page.click('[data-testid="tab-check"]');
    await page.waitForSelector('[data-testid="summary"]');
    await page.waitForTimeout(500);
    const errors = await errorsInRows(page, r1, r2);
    h.expect(errors.length === 0, `errors inside the inserted block: ${errors.join(", ")}`);
    await h.shot(page, "templates-inserted");
  });

  h.test(`${fixture}: add a standard indicator to the new table's 数量指标 group`, async (page) => {
    await open(page, h, fixture);
    await openTemplates(page);
    await page.selectOption('[data-testid="tpl-template"]', "b:project-2020");
    await page.click('[data-testid="templates-insert"]');
    const result = await page.waitForSelector('[data-testid="tpl-insert-result"]', { timeout: 10000 });
    const r1 = rowOf((await result.textContent()).match(/[A-Z]+\d+:[A-Z]+\d+/)[0]);
    // the re-check finds the new table: it becomes the last table listed
    await page.waitForSelector('[data-testid="tpl-add-group"]', { timeout: 10000 });
    const tables = await page.$$('[data-testid="tpl-add-table"] option');
    if (tables.length > 1) await page.selectOption('[data-testid="tpl-add-table"]', String(tables.length - 1));
    await page.selectOption('[data-testid="tpl-add-group"]', { label: "产出指标 / 数量指标" });
    await page.fill('[data-testid="tpl-add-search"]', "");
    const box = await page.waitForSelector('[data-testid="tpl-add-rows"] input[type="checkbox"]:not([disabled])', {
      timeout: 5000,
    });
    const name = (await box.getAttribute("data-testid")).replace(/^tpl-add-row-/, "");
    await box.check();
    await page.click('[data-testid="tpl-add-button"]');
    // the indicator is on the sheet, inside the block, in the 三级 column, under 数量指标
    const found = await page.waitForFunction(
      ([n, from]) => {
        const p = window.__jixiaoPreview;
        for (let r = from; r < from + 80; r++) {
          for (const c of ["A", "B", "C", "D", "E", "F", "G", "H"]) if (p.getValue(`${c}${r}`) === n) return `${c}${r}`;
        }
        return false;
      },
      [name, r1],
      { timeout: 10000 },
    );
    const where = await found.jsonValue();
    h.expect(typeof where === "string", `the added indicator “${name}” is not on the sheet`);
    await page.click('[data-testid="tab-check"]');
    await page.waitForTimeout(500);
    const errors = await errorsInRows(page, r1, r1 + 60);
    h.expect(errors.length === 0, `errors in the table after adding: ${errors.join(", ")}`);
    await h.shot(page, "templates-added-indicator");
  });

  h.test(
    `${fixture}: at a selected cell inside the data with shifting off: refused with a reason, nothing written`,
    async (page) => {
      await open(page, h, fixture);
      await page.waitForTimeout(800); // let the first check write its highlights
      const before = await page.evaluate(() => window.__jixiaoPreview.fingerprint());
      await page.evaluate(() => window.__jixiaoPreview.select("A3"));
      await openTemplates(page);
      await page.click('[data-testid="tpl-where-selection"]');
      await page.uncheck('[data-testid="tpl-allow-shift"]');
      await page.click('[data-testid="templates-insert"]');
      const err = await page.waitForSelector('[data-testid="tpl-insert-error"]', { timeout: 10000 });
      const text = await err.textContent();
      h.expect(/未插入/.test(text ?? ""), `reason in Chinese: ${text}`);
      const after = await page.evaluate(() => window.__jixiaoPreview.fingerprint());
      h.expect(after === before, "the sheet changed although the insertion was refused");
    },
  );
}
