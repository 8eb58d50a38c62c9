/**
 * Issue 8 in real headless Chromium, on the preview (Excel simulator at ExcelApi 1.20 unless said otherwise):
 * - 修复 → one 撤销 brings back the value, the finding and the highlight, and writes nothing more;
 * - 忽略此条 → the finding goes, is listed under 已忽略 with its reason, comes back on 恢复, and comes back when the
 *   cell's content changes;
 * - 全部修复 on 黄埔 fixes every fix of the kind in one step, and one 撤销 undoes them all;
 * - the filter chips mean "show only this" and show it;
 * - after a fix focus goes to the next finding; ↓ moves between findings; one Tab stop per finding;
 * - going to a cell far down the sheet scrolls the grid there and moves its outline;
 * - a template inserted into an empty sheet draws no finding at all, 提示 included; its seeded figures carry
 *   the 请核对 mark until edited.
 * Screenshots of each end state are kept in test-artifacts/.
 */
import { expandAll, reveal } from "./pane.mjs";

const ERROR_FILL = "#FFC7CE";
const REVIEW_FILL = "#E4DFEC";
const finding = (id) => `[data-testid="finding-${id}"]`;

async function open(page, h, fixture, extra = "&api=1.20") {
  await page.goto(h.url(`/preview.html?fixture=${fixture}${extra}`));
  await page.waitForFunction(() => window.__jixiaoPreview && window.__jixiaoPreview.ready);
  await page.evaluate(() => window.__jixiaoPreview.ready);
  await page.waitForSelector('[data-testid="summary"]', { timeout: 15000 });
}

const p = (page, fn, arg) => page.evaluate(fn, arg);
const value = (page, a) => p(page, (x) => window.__jixiaoPreview.getValue(x), a);
const fill = (page, a) => p(page, (x) => window.__jixiaoPreview.displayFill(x), a);
const undoStack = (page) => p(page, () => window.__jixiaoPreview.undoStack());
const until = (page, fn, arg, timeout = 5000) => page.waitForFunction(fn, arg, { timeout, polling: 20 });

export default async function (h) {
  if (!h.hasShared) {
    for (const name of [
      "fix → 撤销",
      "忽略此条",
      "全部修复 on 黄埔",
      "filter chips",
      "focus after a fix",
      "go-to-cell scrolls",
    ])
      h.skip(name, "../shared/fixtures absent (the seed workbooks)");
  } else {
    h.test("修复 → one 撤销 brings back the value, the finding and its highlight in one step", async (page) => {
      await open(page, h, "houjie-2025-dept");
      const id = "B37-taxonomy/level1-is-level2";
      const item = await reveal(page, id);
      await until(page, ([a, c]) => window.__jixiaoPreview.displayFill(a) === c, ["B37", ERROR_FILL], 15000);
      await page.waitForTimeout(300); // the first check's highlights are written
      const before = await undoStack(page);
      await (await item.$('[data-testid="finding-fix"]')).click();
      await page.waitForSelector(finding(id), { state: "detached", timeout: 5000 });
      h.expect((await value(page, "B37")) === "产出指标", `B37 after the fix: ${await value(page, "B37")}`);
      await until(page, (a) => window.__jixiaoPreview.displayFill(a) === null, "B37");
      const after = await undoStack(page);
      h.expect(
        after.length === before.length + 1 && after[after.length - 1].source === "addin",
        `one undo record for the fix and its highlight: ${JSON.stringify(after.slice(before.length))}`,
      );
      await h.shot(page, "undo-1-fixed");
      await page.click('[data-testid="preview-undo"]');
      await reveal(page, id, 5000);
      h.expect((await value(page, "B37")) === "质量指标", `B37 after 撤销: ${await value(page, "B37")}`);
      await until(page, ([a, c]) => window.__jixiaoPreview.displayFill(a) === c, ["B37", ERROR_FILL]);
      await page.waitForTimeout(500); // the pane re-reads after the undo: it must write nothing (the redo step survives)
      const end = await undoStack(page);
      h.expect(
        end.length === before.length,
        `the pane wrote after the undo: ${JSON.stringify(end.slice(before.length))}`,
      );
      await h.shot(page, "undo-2-undone");
    });

    h.test(
      "忽略此条: gone from the list, under 已忽略 with its reason, back on 恢复 and when the cell changes",
      async (page) => {
        await open(page, h, "houjie-2025-dept");
        const id = "E57:F57-value/vague-target";
        const item = await reveal(page, id);
        await until(page, (a) => window.__jixiaoPreview.displayFill(a) !== null, "E57", 15000);
        const warnings = Number(await page.getAttribute('[data-testid="summary-count-warning"]', "data-count"));
        await (await item.$('[data-testid="finding-ignore"]')).click();
        await page.fill('[data-testid="ignore-reason"]', "已与财政分局确认");
        await h.shot(page, "ignore-1-reason");
        await page.click('[data-testid="ignore-confirm"]');
        await page.waitForSelector(finding(id), { state: "detached", timeout: 5000 });
        await until(
          page,
          (n) =>
            Number(document.querySelector('[data-testid="summary-count-warning"]').getAttribute("data-count")) ===
            n - 1,
          warnings,
        );
        await until(page, (a) => window.__jixiaoPreview.displayFill(a) === null, "E57");
        const saved = await p(page, () => window.__jixiaoPreview.savedSettings());
        h.expect(
          JSON.stringify(saved["jixiao-ignores"] ?? null).includes("已与财政分局确认"),
          `not kept in the workbook: ${JSON.stringify(saved)}`,
        );
        await page.click('[data-testid="ignored"] button[aria-expanded="false"]');
        const listed = await page.waitForSelector(`[data-testid="ignored-${id}"]`, { timeout: 5000 });
        h.expect(
          ((await listed.textContent()) ?? "").includes("已与财政分局确认"),
          "the reason is not shown under 已忽略",
        );
        await h.shot(page, "ignore-2-listed");
        await (await listed.$('[data-testid="ignored-restore"]')).click();
        await reveal(page, id, 5000);
        h.expect((await page.$('[data-testid="ignored"]')) === null, "已忽略 still shown after 恢复");
        // ignored again, then the cell's content changes: the finding is back
        await (await (await reveal(page, id)).$('[data-testid="finding-ignore"]')).click();
        await page.click('[data-testid="ignore-confirm"]');
        await page.waitForSelector(finding(id), { state: "detached", timeout: 5000 });
        await p(page, () => window.__jixiaoPreview.edit("E57", "有所提高"));
        await p(page, () => window.__jixiaoPreview.edit("F57", "有所提高"));
        await reveal(page, id, 5000);
        await h.shot(page, "ignore-3-back-after-edit");
      },
    );

    h.test("全部修复 on 黄埔: every fix of the kind in one step, and one 撤销 undoes them all", async (page) => {
      await open(page, h, "huangpu-project-expenditure");
      const kind = await page.waitForSelector('[data-testid="kind-taxonomy/level2-wrong-parent"]', { timeout: 15000 });
      const button = await kind.$('[data-testid="fix-all"]');
      h.expect(button !== null, "no 全部修复 on the kind");
      const label = (await button.textContent()) ?? "";
      h.expect(/全部修复（3）/.test(label), `button: ${label}`);
      const cells = ["G16", "G34"];
      const before = await Promise.all(cells.map((a) => value(page, a)));
      const records = (await undoStack(page)).length;
      await h.shot(page, "fix-all-1-before");
      await button.click();
      await page.waitForSelector('[data-testid="kind-taxonomy/level2-wrong-parent"]', {
        state: "detached",
        timeout: 5000,
      });
      await until(
        page,
        () => !document.querySelector('[data-testid^="finding-"][data-testid$="taxonomy/level2-wrong-parent"]'),
      );
      const after = await Promise.all(cells.map((a) => value(page, a)));
      h.expect(
        after.every((v, i) => v !== before[i]),
        "a cell was not fixed",
      );
      h.expect(
        !/1、1-产出指标；22-社会效益|1-产出指标；24-可持续影响/.test(String(after[0])) &&
          /2-效益指标；22-社会效益/.test(String(after[0])),
        `G16 holds both fixes: ${String(after[0]).slice(0, 120)}`,
      );
      const stack = await undoStack(page);
      h.expect(stack.length === records + 1, `one undo step for the batch, got ${stack.length - records}`);
      await h.shot(page, "fix-all-2-fixed");
      await page.click('[data-testid="preview-undo"]');
      await page.waitForSelector('[data-testid="kind-taxonomy/level2-wrong-parent"]', { timeout: 5000 });
      const back = await Promise.all(cells.map((a) => value(page, a)));
      h.expect(
        back.every((v, i) => v === before[i]),
        "one 撤销 did not bring every cell back",
      );
    });

    h.test("filter chips mean 'show only this', visibly pressed; 提示 hidden until asked for", async (page) => {
      await open(page, h, "qingxi-2025-dept-and-projects");
      await page.waitForSelector('[data-testid="infos-hidden"]', { timeout: 15000 });
      const pressed = (sev) => page.getAttribute(`[data-testid="filter-severity-${sev}"]`, "aria-pressed");
      h.expect((await pressed("error")) === "false" && (await pressed("warning")) === "false", "chips start pressed");
      const severities = () =>
        page.$$eval("[data-finding-item][data-severity]", (els) =>
          [...new Set(els.map((e) => e.getAttribute("data-severity")))].sort().join(","),
        );
      h.expect((await severities()) === "error,warning", `at first: ${await severities()}`);
      await page.click('[data-testid="filter-severity-error"]');
      h.expect((await pressed("error")) === "true", "error chip not pressed");
      await until(page, () =>
        [...document.querySelectorAll("[data-finding-item][data-severity]")].every(
          (e) => e.getAttribute("data-severity") === "error",
        ),
      );
      // the chips' background changes with a CSS transition: wait for it to settle rather than read it mid-way
      const chipColours = () =>
        page.evaluate(() =>
          [...["error", "warning"]].map(
            (s) => getComputedStyle(document.querySelector(`[data-testid="filter-severity-${s}"]`)).backgroundColor,
          ),
        );
      const settled = await until(
        page,
        () => {
          const [on, off] = ["error", "warning"].map(
            (s) => getComputedStyle(document.querySelector(`[data-testid="filter-severity-${s}"]`)).backgroundColor,
          );
          return on !== off;
        },
        undefined,
        2000,
      ).then(
        () => true,
        () => false,
      );
      const [bg] = await chipColours();
      h.expect(settled, `a pressed chip looks like one that is not (${bg})`);
      await h.shot(page, "filters-errors-only");
      await page.click('[data-testid="filter-severity-error"]');
      await page.click('[data-testid="filter-severity-info"]');
      await until(page, () =>
        [...document.querySelectorAll("[data-finding-item][data-severity]")].every(
          (e) => e.getAttribute("data-severity") === "info",
        ),
      );
      h.expect(
        (await page.$('[data-testid="kind-completeness/placeholder"]')) !== null,
        "the 提示 are not shown when asked for",
      );
      await page.click('[data-testid="filter-clear"]');
      await until(page, () => document.querySelector('[data-testid="infos-hidden"]') !== null);
    });

    h.test(
      "keyboard: ↓ between findings, one Tab stop each, → to 修复; after a fix focus goes to the next finding",
      async (page) => {
        await open(page, h, "houjie-2025-dept");
        await reveal(page, "B37-taxonomy/level1-is-level2");
        await page.focus(`${finding("B37-taxonomy/level1-is-level2")} [data-testid="finding-main"]`);
        const focused = () =>
          p(
            page,
            () =>
              document.activeElement?.closest("[data-finding-item]")?.getAttribute("data-testid") ??
              document.activeElement?.getAttribute("data-testid") ??
              "",
          );
        await page.keyboard.press("ArrowDown");
        h.expect((await focused()) === "finding-B41-taxonomy/level1-is-level2", `↓ went to ${await focused()}`);
        await page.keyboard.press("ArrowUp");
        await page.keyboard.press("Tab");
        h.expect(
          (await focused()) === "finding-B41-taxonomy/level1-is-level2",
          `Tab went to ${await focused()} (its buttons should not be Tab stops)`,
        );
        await page.keyboard.press("Shift+Tab");
        await page.keyboard.press("ArrowRight");
        h.expect(
          (await p(page, () => document.activeElement?.getAttribute("data-testid"))) === "finding-fix",
          "→ does not reach 修复",
        );
        await page.keyboard.press("Enter");
        await page.waitForSelector(finding("B37-taxonomy/level1-is-level2"), { state: "detached", timeout: 5000 });
        await until(
          page,
          () =>
            document.activeElement?.closest("[data-finding-item]")?.getAttribute("data-testid") ===
            "finding-B41-taxonomy/level1-is-level2",
        );
        await h.shot(page, "keyboard-focus-after-fix");
      },
    );

    h.test("going to a cell far down scrolls the grid there and moves its outline", async (page) => {
      await open(page, h, "qingxi-2025-dept-and-projects");
      const id = "F182-budget/cost-exceeds-budget";
      await reveal(page, id);
      const gridTop = await page.$eval('[data-testid="grid"]', (g) => g.scrollTop);
      await page.click(`${finding(id)} [data-testid="finding-main"]`);
      await until(page, () => window.__jixiaoPreview.selection() === "F182");
      await until(page, () => {
        const g = document.querySelector('[data-testid="grid"]');
        const cell = document.querySelector('[data-address="F182"]');
        if (!g || !cell) return false;
        const a = g.getBoundingClientRect(),
          b = cell.getBoundingClientRect();
        return b.top >= a.top && b.bottom <= a.bottom + 1 && getComputedStyle(cell).outlineStyle === "solid";
      });
      const scrolled = await page.$eval('[data-testid="grid"]', (g) => g.scrollTop);
      h.expect(scrolled > gridTop, `the grid did not scroll (${gridTop} → ${scrolled})`);
      await h.shot(page, "go-to-cell-F182");
    });
  }

  h.test(
    "a template inserted into an empty sheet: no finding at all (提示 included); seeded figures marked 请核对",
    async (page) => {
      await open(page, h, "sample");
      await p(page, () => window.__jixiaoPreview.activate("Sheet2")); // the built-in sample's second sheet is empty
      await page.waitForSelector('[data-testid="summary-sheet"] >> text=Sheet2', { timeout: 10000 });
      await page.click('[data-testid="tab-templates"]');
      await page.waitForSelector('[data-testid="tpl-insert-form"]', { timeout: 15000 });
      await page.selectOption('[data-testid="tpl-template"]', "b:project-2021");
      await page.check('[data-testid="tpl-set-social-worker-service"]');
      await page.fill('[data-testid="tpl-field-name"]', "购买社工服务岗位经费");
      await page.click('[data-testid="templates-insert"]');
      const result = await page.waitForSelector('[data-testid="tpl-insert-result"]', { timeout: 10000 });
      h.expect(/请核对/.test((await result.textContent()) ?? ""), "no 请核对 list after insertion");
      const review = await page.$$eval('[data-testid^="tpl-review-"]', (els) => els.map((e) => e.textContent));
      const figure = [];
      for (const a of review) if ((await value(page, a)) === "≤119277元/人/年") figure.push(a);
      h.expect(figure.length > 0, `the seeded cost standard is not marked: ${review}`);
      h.expect(
        (await fill(page, figure[0])) === REVIEW_FILL,
        `请核对 fill at ${figure[0]}: ${await fill(page, figure[0])}`,
      );
      await page.click('[data-testid="tab-check"]');
      await page.waitForSelector('[data-testid="no-findings"]', { timeout: 10000 });
      h.expect((await page.$('[data-testid="infos-hidden"]')) === null, "the inserted block draws 提示");
      await h.shot(page, "template-inserted-clean");
      await p(page, (a) => window.__jixiaoPreview.edit(a, "≤110000元/人/年"), figure[0]);
      await until(page, (a) => window.__jixiaoPreview.displayFill(a) === null, figure[0]);
      await expandAll(page);
    },
  );
}
