/**
 * Content-Security-Policy (issue 9, item 9): every page carries one; the preview (and with it the pane's own
 * code, Fluent UI's run-time styles, the lazy exceljs chunk) runs with no violation — the runner fails any test
 * that causes one — while inline scripts, eval and scripts from other origins are refused. taskpane.html loads
 * office.js from its origin and nothing else remote.
 */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export default async function (h) {
  h.test("preview.html: a strict policy; a workbook opens with no violation", async (page) => {
    await page.goto(h.url("/preview.html?fixture=project-mistakes&api=1.20"));
    await page.waitForSelector('[data-testid="summary"]', { timeout: 20000 });
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    h.expect(policy && /script-src 'self';/.test(policy) && !/unsafe-eval/.test(policy), `policy: ${policy}`);
  });

  h.test(
    "preview.html: inline scripts, eval and other origins are refused",
    async (page) => {
      await page.route("https://evil.example/**", (r) =>
        r.fulfill({ contentType: "text/javascript", body: "window.__remoteRan = true;" }),
      );
      // a same-origin script (allowed) that tries eval and new Function (refused)
      await page.route("**/csp-probe.js", (r) =>
        r.fulfill({
          contentType: "text/javascript",
          body: 'try { window.__evalResult = String((0, eval)("1 + 1")); } catch (e) { window.__evalResult = e.name; } try { window.__fnResult = String(new Function("return 2")()); } catch (e) { window.__fnResult = e.name; }',
        }),
      );
      await page.goto(h.url("/preview.html?fixture=sample&api=1.20"));
      await page.waitForSelector('[data-testid="summary"]', { timeout: 20000 });
      const r = await page.evaluate(async () => {
        const inline = document.createElement("script");
        inline.textContent = "window.__inlineRan = true;";
        document.head.appendChild(inline);
        const remote = document.createElement("script");
        remote.src = "https://evil.example/x.js";
        const loaded = new Promise((resolve) => {
          remote.onload = () => resolve("load");
          remote.onerror = () => resolve("error");
        });
        document.head.appendChild(remote);
        const probe = document.createElement("script");
        probe.src = "csp-probe.js";
        await new Promise((resolve) => {
          probe.onload = probe.onerror = resolve;
          document.head.appendChild(probe);
        });
        return {
          inline: window.__inlineRan === true,
          remote: await loaded,
          remoteRan: window.__remoteRan === true,
          evalResult: window.__evalResult,
          fnResult: window.__fnResult,
        };
      });
      h.expect(!r.inline, "an inline script ran");
      h.expect(r.remote === "error" && !r.remoteRan, `a script from another origin ran (${r.remote})`);
      h.expect(
        r.evalResult === "EvalError" && r.fnResult === "EvalError",
        `eval / new Function were not refused: ${r.evalResult} ${r.fnResult}`,
      );
    },
    { cspViolationsExpected: true },
  );

  h.test("taskpane.html and commands.html: office.js's origin allowed, nothing else remote", async (page) => {
    // a stand-in for office.js: Office.onReady that never fires (no host here), enough for both pages to load
    await page.route(OFFICE_JS, (r) =>
      r.fulfill({
        contentType: "text/javascript",
        body: "window.__officeJsRan = true; window.Office = { onReady: () => new Promise(() => {}), actions: { associate() {} } };",
      }),
    );
    for (const file of ["taskpane.html", "commands.html"]) {
      await page.goto(h.url(`/${file}`));
      await page.waitForFunction(() => window.__officeJsRan === true, null, { timeout: 10000 });
      const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
      h.expect(
        policy && policy.includes("script-src 'self' https://appsforoffice.microsoft.com;"),
        `${file} policy: ${policy}`,
      );
      // the policy is the first thing in <head> after the charset, so it governs office.js too
      const first = await page.evaluate(() => document.head.children[1]?.getAttribute("http-equiv"));
      h.expect(first === "Content-Security-Policy", `${file}: the policy comes after ${first}`);
    }
  });
}
