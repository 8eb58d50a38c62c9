// Builds the add-in into dist/: taskpane.html (the pane), commands.html (ribbon FunctionFile), preview.html
// (the pane running against the in-browser Excel simulator, no Office needed) and preview-wps.html (the same pane
// on the WPS 表格 simulator, through the pane's WPS entry).
//   npx webpack --mode production | --mode development
// With --env wps it builds the WPS 表格 add-in instead, into dist-wps/wps-addon-build/ (see wpsConfig below and
// scripts/build-wps.mjs, which `npm run build:wps` runs).
// No polyfills: every supported Office runs the pane in a modern web view (OFFICE-NOTES, Recommendations 2).
// Typechecking is `tsc`'s job (npm run typecheck); ts-loader only transpiles.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
// webpack's own minimizer (terser), resolved through webpack so it is always the version webpack ships with.
const MinimizerPlugin = require(
  require.resolve("minimizer-webpack-plugin", { paths: [path.dirname(require.resolve("webpack/package.json"))] }),
);

/**
 * Content-Security-Policy of every page (the templates' first <meta> after charset, filled from here, so it governs
 * office.js too): scripts, styles, images,
 * fonts and connections from the add-in's own origin only, plus office.js's origin on the pages that load it.
 * No eval (hence no eval-based source maps in development), no plugins, no <base>, no form posts. Styles allow
 * inline: Fluent UI (Griffel) writes its rules at run time.
 */
const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";
function csp({ office }) {
  const remote = office ? ` ${OFFICE_ORIGIN}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${remote}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${remote}`,
    `frame-src 'self'${remote}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** ts-loader, transpiling only (typechecking is `tsc`'s job), to ES modules (tsconfig.json: esnext, bundler). */
function tsRule(test, where, compilerOptions) {
  return {
    test,
    ...where,
    use: {
      loader: "ts-loader",
      options: {
        transpileOnly: true,
        configFile: path.resolve(__dirname, "tsconfig.json"),
        compilerOptions,
      },
    },
  };
}

/**
 * The pane's libraries (React, react-dom, Fluent UI, zod/mini) in one vendor chunk, for the taskpane entry only: in
 * the Excel build that is what the pane needs up front, and only that (the preview carries its own libraries: a library
 * only it uses must not reach the Excel pane's first load); the WPS build splits its pane the same way. The ribbon's
 * FunctionFile (commands) has no React and stays a single small file.
 */
const vendorSplit = {
  cacheGroups: {
    vendor: {
      test: /[\\/]node_modules[\\/]/,
      name: "vendor",
      chunks: (chunk) => chunk.name === "taskpane",
      priority: 10,
      enforce: true,
    },
    default: false,
    defaultVendors: false,
  },
};

const config = (env, argv) => {
  const production = argv.mode !== "development";
  if (env && env.wps) return wpsConfig(production);
  return {
    mode: production ? "production" : "development",
    context: __dirname,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
      // the pane's WPS entry, for preview-wps.html only (the WPS add-in itself is built by wpsConfig)
      wps: "./src/taskpane/wps.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Office's web views cache hard: content hashes make a new build reach users without clearing caches.
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: { keep: /^node[\\/]/ }, // dist/node holds the compiled command (npm run build:cli)
    },
    // hidden-source-map at most in production (maps are emitted but not referenced); none is smaller and faster.
    devtool: production ? false : "cheap-module-source-map", // not an eval- variant: the CSP allows no eval
    target: ["web", "es2022"],
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      // ES modules for webpack's tree shaking (tsconfig.json; the command's Node build is tsconfig.cli.json, nodenext).
      rules: [tsRule(/\.tsx?$/, { exclude: /node_modules/ }, { sourceMap: !production })],
    },
    optimization: {
      // webpack's default JS minification (terser, compress.passes 2), except for the preview's lazy exceljs chunk:
      // it is exceljs.min.js, already minified, and re-minifying its 925 KB took ~40 of ~55 s of a production build.
      minimizer: [
        new MinimizerPlugin({
          exclude: /^exceljs\./,
          minify: { implementation: MinimizerPlugin.terserMinify, options: { compress: { passes: 2 } } },
        }),
      ],
      // One runtime per page: preview.html runs two entries (simulator, then pane) and they must share modules.
      runtimeChunk: "single",
      splitChunks: vendorSplit,
    },
    // Budgets for what a page loads up front (taskpane.html ≈ 560 KiB raw today); the lazily loaded exceljs chunk
    // (preview's .xlsx import only) is exempt.
    performance: production
      ? {
          hints: "warning",
          maxEntrypointSize: 700 * 1024,
          maxAssetSize: 500 * 1024,
          assetFilter: (file) => file.endsWith(".js") && !file.startsWith("exceljs."),
        }
      : { hints: false },
    plugins: [
      // taskpane.html and commands.html load office.js from Microsoft's CDN in <head>, before these (deferred)
      // bundles; the npm copy of office.js is unsupported in production and is used only by the browser tests.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        csp: csp({ office: true }),
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        csp: csp({ office: true }),
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        // No office.js: the preview bundle installs the simulated Office/Excel globals, so it must run first.
        chunks: ["preview", "taskpane"],
        chunksSortMode: "manual",
        csp: csp({ office: false }),
      }),
      new HtmlWebpackPlugin({
        filename: "preview-wps.html",
        template: "./src/preview/preview.html",
        // the preview bundle installs the simulated WPS globals (window.Application, wps) before the WPS pane entry runs
        chunks: ["preview", "wps"],
        chunksSortMode: "manual",
        csp: csp({ office: false }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
  };
};
/**
 * The WPS 表格 add-in (npm run build:wps → scripts/build-wps.mjs): dist-wps/wps-addon-build/ is the folder
 * `wpsjs publish` deploys — index.html + main.js + ribbon.xml at its root (WPS reads ribbon.xml from there),
 * taskpane.html (the same pane on the WPS entry, no office.js), images/ for the ribbon, and the bundles.
 * Syntax down to ES2019: WPS embeds older Chromium builds (one lacks crypto.randomUUID, Chrome < 92).
 */
function wpsConfig(production) {
  return {
    mode: production ? "production" : "development",
    context: __dirname,
    entry: {
      taskpane: "./src/taskpane/wps.tsx",
      ribbon: "./src/commands/wps-ribbon.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist-wps", "wps-addon-build"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // relative: the folder is served from whatever address the IT office gives it
      publicPath: "auto",
      environment: {
        arrowFunction: true,
        const: true,
        destructuring: true,
        forOf: true,
        optionalChaining: false,
        templateLiteral: true,
      },
      clean: true,
    },
    devtool: false,
    target: ["web", "es2019"],
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        tsRule(/\.tsx?$/, { exclude: /node_modules/ }, { target: "es2019", sourceMap: false }),
        // libraries that ship newer syntax than ES2019 (optional chaining, ??, class fields): down to ES2019 as well
        tsRule(/\.m?js$/, { include: /node_modules/ }, { allowJs: true, target: "es2019", sourceMap: false }),
      ],
    },
    optimization: {
      // main.js stays as written: IT offices read it (and it is already small)
      minimizer: [
        new MinimizerPlugin({
          exclude: /^main\.js$/,
          minify: { implementation: MinimizerPlugin.terserMinify, options: { compress: { passes: 2 }, ecma: 2019 } },
        }),
      ],
      splitChunks: vendorSplit,
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/wps/shell/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/wps/shell/index.html", chunks: ["ribbon"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/wps/shell/ribbon.xml", to: "ribbon.xml" },
          { from: "src/wps/shell/main.js", to: "main.js" },
          { from: "assets/icon-64.png", to: "images/jixiao-64.png" },
          { from: "assets/icon-32.png", to: "assets/icon-32.png" },
        ],
      }),
    ],
  };
}

module.exports = config;
module.exports.csp = csp;
