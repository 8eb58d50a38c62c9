import * as fs from "node:fs";
import * as path from "node:path";
import { rulesMarkdown } from "../../src/domain/rules/docs";
import { allRules } from "../../src/domain";

test("docs/rules.md is up to date with the rules (npm run build:cli && npm run gen:docs)", () => {
  const file = fs.readFileSync(path.resolve(__dirname, "../../docs/rules.md"), "utf8");
  expect(file).toBe(rulesMarkdown() + "\n");
  for (const r of allRules) expect(file).toContain(`\`${r.id}\``);
});
