/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleNameMapper: {
    // office-addin-mock needs only the OfficeApp enum; the real package pulls in ESM-only code (OFFICE-NOTES §3)
    "^office-addin-manifest$": "<rootDir>/tests/stubs/office-addin-manifest.js",
  },
  // the pane's engine chunk, handed over as the browser's dynamic import would (tests/setup/engine.ts)
  setupFiles: ["<rootDir>/tests/setup/engine.ts"],
  testTimeout: 30000,
};
