// ESLint 9 flat config: `npm run lint` (eslint . --max-warnings 0), part of `npm test`.
// - TypeScript: typescript-eslint's recommendedTypeChecked (type-aware, through the project service and tsconfig.json).
// - src/taskpane: React's rules of hooks; src/excel: eslint-plugin-office-addins' Office.js rules.
// - The layers (CONTRIBUTING.md, "Layers"): no-restricted-imports / no-restricted-syntax / no-restricted-globals per
//   folder of src/, built by `layer()` below; tests/layout.test.ts proves that each fails on a wrong import.
// Formatting is Prettier's job (.prettierrc.json, npm run format), not ESLint's.
import { builtinModules } from "node:module";
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

// ---------------------------------------------------------------------------------------------------------------
// Layers. Each folder of src/ gets ONE no-restricted-imports and ONE no-restricted-syntax setting (flat config does
// not merge the options of a rule across objects, so the folders' file sets are disjoint). Test files are exempt, as
// they were under the regex test this replaces.

/** Import specifiers, as regular expressions (the same ones tests/layout.test.ts used to apply to the source text). */
const NODE = `^(node:|(${builtinModules.filter((m) => !m.startsWith("_")).join("|")})(/|$))`;
const UI = "^(react|react-dom|@fluentui/)";
const OFFICE_PKG = "^(@microsoft/office-js|office-addin-)";
const WPS_PKG = "^wpsjs";
/** A path into one of the folders of src/, e.g. dir("excel", "wps") matches "../excel/office-gateway" and "../wps". */
const dir = (...names) => `/(${names.join("|")})(/|$)`;

/** The messages lint shows (and tests/layout.test.ts looks for). */
const MSG = {
  domain: "Layer: src/domain is pure — no Office, WPS, React, Fluent or Node APIs and no other layer of src/.",
  office: "Layer: Office.js (Excel.*, Office.*) only in src/excel (the entries may wait for Office.onReady).",
  wps: "Layer: the WPS API only in src/wps.",
  ui: "Layer: React and Fluent UI only in src/taskpane (and the preview).",
  taskpane: "Layer: the pane imports neither the command line, the simulator, exceljs nor Node.",
  paneHost: "Layer: the pane knows no host — only its entries (index.tsx, wps.tsx) import src/excel or src/wps.",
  excel: "Layer: src/excel knows nothing of the simulator, the preview, the pane or the command line.",
  wpsLayer: "Layer: src/wps knows nothing of the simulator, the preview, the pane or the command line.",
  cli: "Layer: the command line imports neither the pane nor Office code.",
  host: "Layer: src/host (the host interface) imports no host, pane, simulator or command line.",
};

/** Office.js globals used as objects or in types (Excel.Range, Office.context …). */
const OFFICE_USE = [
  { selector: "MemberExpression[object.name=/^(Excel|Office)$/]", message: MSG.office },
  { selector: "TSQualifiedName[left.name=/^(Excel|Office)$/]", message: MSG.office },
];
/** The entries that start the pane or the ribbon commands may wait for Office and register commands, nothing more. */
const OFFICE_ENTRY_USE = [
  { selector: "MemberExpression[object.name='Excel']", message: MSG.office },
  {
    selector: "MemberExpression[object.name='Office'][property.name!=/^(onReady|actions|AddinCommands)$/]",
    message: MSG.office,
  },
  { selector: "TSQualifiedName[left.name=/^(Excel|Office)$/]", message: MSG.office },
];
/** WPS 表格 (ET) API calls: its globals' members, and members only ET objects have. */
const WPS_USE = [
  {
    selector:
      "MemberExpression[object.name=/^(Application|wps|app|a)$/][property.name=/^(ActiveSheet|ActiveWorkbook|ApiEvent|EtApplication|CreateTaskPane|GetTaskPane|PluginStorage|LanguageSettings)$/]",
    message: MSG.wps,
  },
  {
    selector:
      "MemberExpression[property.name=/^(FormatConditions|CustomDocumentProperties|Value2|MergeArea|UsedRange)$/]",
    message: MSG.wps,
  },
];

/**
 * One folder's layer rules. `imports`: [regex, message] pairs, applied to static imports and re-exports
 * (no-restricted-imports) and to dynamic import() and `typeof import()` types (no-restricted-syntax: esquery regexes
 * cannot hold a "/", hence \x2F). `syntax`: further no-restricted-syntax entries. `globals`: forbidden globals.
 */
function layer(files, { imports = [], syntax = [], globals: banned = [] }, ignores = []) {
  const esq = (re) => re.replaceAll("/", "\\x2F");
  return {
    files,
    ignores: ["**/*.test.ts", "**/*.test.tsx", ...ignores],
    rules: {
      "no-restricted-imports": ["error", { patterns: imports.map(([regex, message]) => ({ regex, message })) }],
      "no-restricted-syntax": [
        "error",
        ...imports.flatMap(([re, message]) => [
          { selector: `ImportExpression[source.value=/${esq(re)}/]`, message },
          { selector: `TSImportType[argument.literal.value=/${esq(re)}/]`, message },
        ]),
        ...syntax,
      ],
      ...(banned.length
        ? { "no-restricted-globals": ["error", ...banned.map((name) => ({ name, message: MSG.domain }))] }
        : {}),
    },
  };
}

const PANE_ENTRIES = ["src/taskpane/index.tsx", "src/taskpane/wps.tsx"];
const layers = [
  layer(["src/domain/**"], {
    imports: [
      [`${UI}|${NODE}|^exceljs$|${OFFICE_PKG}|${WPS_PKG}`, MSG.domain],
      [dir("excel", "wps", "host", "taskpane", "cli", "simulator", "preview", "commands"), MSG.domain],
    ],
    syntax: [...OFFICE_USE, ...WPS_USE],
    globals: ["window", "document", "process", "require", "Excel", "Office", "wps"],
  }),
  layer(["src/excel/**"], {
    imports: [[`${dir("simulator", "preview", "taskpane", "cli")}|${UI}`, MSG.excel]],
    syntax: WPS_USE,
  }),
  layer(["src/wps/**"], {
    imports: [
      [`${dir("simulator", "preview", "taskpane", "cli")}|${UI}`, MSG.wpsLayer],
      [OFFICE_PKG, MSG.office],
    ],
    syntax: OFFICE_USE,
  }),
  layer(["src/host/**"], {
    imports: [[`${dir("excel", "wps", "taskpane", "simulator", "preview", "cli")}|^react`, MSG.host]],
    syntax: [...OFFICE_USE, ...WPS_USE],
  }),
  layer(PANE_ENTRIES, {
    imports: [
      [`${dir("cli", "simulator", "preview")}|^exceljs$|^node:`, MSG.taskpane],
      [OFFICE_PKG, MSG.office],
    ],
    syntax: [...OFFICE_ENTRY_USE, ...WPS_USE],
  }),
  layer(
    ["src/taskpane/**"],
    {
      imports: [
        [`${dir("cli", "simulator", "preview")}|^exceljs$|^node:`, MSG.taskpane],
        ["/(excel|wps)/", MSG.paneHost],
        [OFFICE_PKG, MSG.office],
      ],
      syntax: [...OFFICE_USE, ...WPS_USE],
    },
    PANE_ENTRIES,
  ),
  layer(["src/cli/**"], {
    imports: [[`${dir("taskpane", "excel", "simulator", "preview")}|${UI}|${OFFICE_PKG}`, MSG.cli]],
    syntax: [...OFFICE_USE, ...WPS_USE],
  }),
  layer(["src/commands/commands.ts"], {
    imports: [[UI, MSG.ui]],
    syntax: [...OFFICE_ENTRY_USE, ...WPS_USE],
  }),
  layer(
    ["src/commands/**"],
    {
      imports: [[UI, MSG.ui]],
      syntax: [...OFFICE_USE, ...WPS_USE],
    },
    ["src/commands/commands.ts"],
  ),
  layer(["src/simulator/**"], { imports: [[UI, MSG.ui]] }),
];

export const LAYER_MESSAGES = MSG;

// ---------------------------------------------------------------------------------------------------------------

/** The no-unsafe-* rules, off where code works through untyped host objects on purpose (simulators, tests). */
const UNSAFE_OFF = Object.fromEntries(
  ["assignment", "member-access", "call", "return", "argument"].map((k) => [
    `@typescript-eslint/no-unsafe-${k}`,
    "off",
  ]),
);

export default defineConfig(
  {
    ignores: [
      "dist/",
      "dist-wps/",
      "coverage/",
      "test-artifacts/",
      "docs/",
      "tests/fixtures/",
      "tests/engine/findings/",
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  js.configs.recommended,

  // TypeScript, type-aware
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused names are tsc's job (tsconfig.json: noUnusedLocals, noUnusedParameters; a leading _ marks a deliberately
      // unused parameter): one tool, one message.
      "@typescript-eslint/no-unused-vars": "off",
      // The hosts' gateways (src/excel, src/wps, the pane's FakeGateway) implement a Promise-returning interface with
      // `async` functions that often need no await: `async` is what turns a throw into the rejection callers expect.
      "@typescript-eslint/require-await": "off",
      // Callbacks and visitors are declared with method syntax in interfaces (`onToggle(): void`, `row?(r): void`) and
      // passed around as values; none of them uses `this`, which is all this rule is about.
      "@typescript-eslint/unbound-method": "off",
      // `Promise<unknown | null>` is deliberate documentation ("null when none") in the host interface.
      "@typescript-eslint/no-redundant-type-constituents": "off",
    },
  },

  // The simulators imitate Office.js's and WPS's dynamic, untyped object surface: proxies, `any` values, `self` in
  // property getters, String() of whatever a caller stored.
  {
    files: ["src/simulator/**/*.ts"],
    rules: {
      ...UNSAFE_OFF,
      "@typescript-eslint/no-this-alias": "off",
      "@typescript-eslint/no-base-to-string": "off",
    },
  },

  // Tests drive the simulators and office-addin-mock through `any` on purpose, and throw or reject with non-Errors to
  // prove that the code under test copes with them.
  {
    files: ["tests/**/*.{ts,tsx}", "src/**/*.test.{ts,tsx}", "src/taskpane/testing/**/*.{ts,tsx}"],
    rules: {
      ...UNSAFE_OFF,
      "@typescript-eslint/only-throw-error": "off",
      "@typescript-eslint/prefer-promise-reject-errors": "off",
      "@typescript-eslint/no-base-to-string": "off",
    },
  },

  // React hooks in the pane (and the preview, which is pane code too)
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/preview/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },

  // Office.js batching rules (load before read, sync after load, no sync in loops …) where Office.js is used
  {
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },

  // Plain JavaScript: the build and test scripts (Node), the WPS shell's main.js (browser)
  { files: ["**/*.js", "**/*.cjs"], languageOptions: { sourceType: "commonjs" } },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "no-unused-vars": ["error", { argsIgnorePattern: "^_", caughtErrors: "none" }] },
  },
  {
    files: ["src/wps/shell/**/*.js", "tests/browser/**/*.mjs", "scripts/bench.mjs"],
    languageOptions: { globals: { ...globals.browser } },
  },

  ...layers,
);
