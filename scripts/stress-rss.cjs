// Preloaded by scripts/stress.mjs (node --require): on exit, writes the process's peak resident set size (KiB)
// and CPU time (µs) as JSON to the file named by JIXIAO_RSS_FILE, so that the stress figures are measured on the
// real command (CPU time stays meaningful on a machine shared with other work; wall time does not).
"use strict";
const fs = require("node:fs");
process.on("exit", () => {
  const file = process.env.JIXIAO_RSS_FILE;
  const u = process.resourceUsage();
  if (file) fs.writeFileSync(file, JSON.stringify({ maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime }));
});
