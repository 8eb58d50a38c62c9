// Lints snippets of code as if they were files of src/ with the repo's eslint.config.mjs, layer rules only, for
// tests/layout.test.ts. A child process because ESLint loads its config with import(), which jest's module system
// does not allow (no --experimental-vm-modules).
//   stdin: [{ "filePath": "src/domain/x.ts", "code": "…" }, …]
//   stdout: { "messages": { <layer>: <text> }, "results": [[{ "ruleId", "message" }, …], …] }
import { ESLint } from "eslint";
import { LAYER_MESSAGES } from "../../eslint.config.mjs";

const ROOT = new URL("../..", import.meta.url).pathname;
const LAYER_RULES = /^no-restricted-(imports|syntax|globals)$/;

let input = "";
for await (const chunk of process.stdin) input += chunk;
const cases = JSON.parse(input);

const eslint = new ESLint({
  cwd: ROOT,
  // the snippets are not files on disk, so no type information: the layer rules need none
  overrideConfig: [{ languageOptions: { parserOptions: { projectService: false } } }],
  ruleFilter: ({ ruleId }) => LAYER_RULES.test(ruleId),
});
const results = [];
for (const { filePath, code } of cases) {
  const [r] = await eslint.lintText(code, { filePath });
  results.push(r.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })));
}
process.stdout.write(JSON.stringify({ messages: LAYER_MESSAGES, results }));
