/**
 * The pages' Content-Security-Policy (issue 9, item 9), checked without building: every HTML template puts the
 * policy first after its charset, and webpack fills it: office.js's origin on the Office pages, nothing remote on
 * the preview, no eval anywhere. (tests/browser/csp.mjs checks it in Chromium on the built pages.)
 */
import * as fs from "node:fs";
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as ((
  env: unknown,
  argv: { mode: string },
) => { plugins: { userOptions?: { filename?: string; csp?: string } }[]; devtool: unknown }) & {
  csp: (o: { office: boolean }) => string;
};
const ROOT = path.resolve(__dirname, "../..");

test.each(["src/taskpane/taskpane.html", "src/commands/commands.html", "src/preview/preview.html"])(
  "%s: the policy is the first tag after the charset",
  (file) => {
    const html = fs.readFileSync(path.join(ROOT, file), "utf8");
    expect(html).toMatch(
      /<meta charset="UTF-8" \/>\s*<meta http-equiv="Content-Security-Policy" content="<%= htmlWebpackPlugin\.options\.csp %>" \/>/,
    );
  },
);

test.each(["production", "development"])("%s build: each page gets its policy; no eval source maps", (mode) => {
  const cfg = webpackConfig({}, { mode });
  const pages = Object.fromEntries(
    cfg.plugins
      .filter((p) => p.userOptions?.filename?.endsWith(".html"))
      .map((p) => [p.userOptions!.filename, p.userOptions!.csp]),
  );
  expect(Object.keys(pages).sort()).toEqual(["commands.html", "preview-wps.html", "preview.html", "taskpane.html"]);
  expect(pages["preview-wps.html"]).toBe(pages["preview.html"]);
  expect(pages["taskpane.html"]).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
  expect(pages["commands.html"]).toBe(pages["taskpane.html"]);
  expect(pages["preview.html"]).toContain("script-src 'self';");
  for (const policy of Object.values<string>(pages)) {
    expect(policy).not.toMatch(/unsafe-eval|\*|http:/);
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).toMatch(/base-uri 'none'/);
    // the only remote origin is office.js's
    expect(
      [...policy.matchAll(/https:\/\/[^\s;]+/g)]
        .map((m) => m[0])
        .every((o) => o === "https://appsforoffice.microsoft.com"),
    ).toBe(true);
  }
  expect(String(cfg.devtool)).not.toMatch(/eval/);
});
