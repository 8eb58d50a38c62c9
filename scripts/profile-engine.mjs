// Where the engine spends its time, by phase, in CPU ms (median of 15): node scripts/profile-engine.mjs (after npm run build:cli).
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const { benchSheet } = await import("./bench.mjs");
const { Grid } = require("../dist/node/domain/engine/grid.js");
const { readDocument } = require("../dist/node/domain/engine/read/index.js");
const domain = require("../dist/node/domain/index.js");
const s = benchSheet(10000, 42).stacked;
const input = { name: "b", values: s.values.map((r) => r.map((v) => (v === undefined ? null : v))), merges: s.merges };
const opt = { framework: "auto", codes: { level1: {}, level2: {} }, vague: new Set() };
const cpu = (f) => {
  const t = [];
  for (let i = 0; i < 15; i++) {
    const a = process.cpuUsage();
    f();
    const d = process.cpuUsage(a);
    t.push((d.user + d.system) / 1000);
  }
  t.sort((a, b) => a - b);
  return t[7].toFixed(1);
};
for (let i = 0; i < 5; i++) domain.lintSheet(input);
console.log(
  "grid",
  cpu(() => new Grid(input)),
);
console.log(
  "grid+cells",
  cpu(() => {
    const g = new Grid(input);
    for (let r = g.firstRow; r <= g.lastRow; r++) g.cells(r);
  }),
);
console.log(
  "read",
  cpu(() => readDocument(new Grid(input), opt)),
);
console.log(
  "lint",
  cpu(() => domain.lintSheet(input)),
);
console.log(
  "lint no rules",
  cpu(() => domain.lintSheet(input, { rules: Object.fromEntries(domain.allRules.map((r) => [r.id, "off"])) })),
);
