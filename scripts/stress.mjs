#!/usr/bin/env node
/**
 * npm run stress — hostile and huge workbooks against the real command (issue 9). Not part of `npm test`
 * (a few minutes, ~1.5 GB of memory at the peak). Each case generates its workbook, runs `node bin/jixiao.js`
 * in a child process with a preload that records the child's peak resident memory, and checks the outcome:
 *
 *   big     1,048,576 rows × 12 numbers (--rows N): lint finishes (exit 0/1), peak ≤ 1.5 GB; annotate too
 *   bomb    a worksheet of ~200 MB of rows compressed into < 1 MB: refused (exit 2, one line) in < 5 s and < 300 MB
 *   names   6,000 indicator rows whose 三级 names are 20,000 characters long (all distinct, one length): lint < 5 s;
 *           and the engine alone on that sheet (what the pane runs)
 *   fuzz    ≥ 100,000 random grids through the engine (--grids N): no throw, no internal error; and 2,000 mutated
 *           packages through the reader: each is read or refused with a one-line message, never a crash
 *
 * Options: --only big,bomb,names,fuzz   --rows N   --grids N   --keep (leave the generated files in the temp dir)
 * The last line printed is one JSON object with every figure.
 */
import { spawnSync } from "node:child_process";
import { promises as fsp, existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import * as zlib from "node:zlib";
import { arg, ensureBuilt, mark, ROOT, rng, round } from "./script-lib.mjs";
const require = createRequire(import.meta.url);

const ROWS = Number(arg("rows", 1048576));
const GRIDS = Math.max(1, Number(arg("grids", 100000)));
const ONLY = arg("only", "") ? new Set(arg("only", "").split(",")) : null;
const KEEP = process.argv.includes("--keep");

let failures = 0;
const check = (ok) => {
  if (!ok) failures++;
  return mark(ok);
};

// ---------------------------------------------------------------------------------------------------------------
// Generators: packages written part by part, worksheets streamed through deflate (never held whole)

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A deflated part from a generator of strings. */
async function streamedPart(zip, name, gen) {
  const d = zlib.createDeflateRaw({ level: 6 });
  const deflated = [];
  d.on("data", (c) => deflated.push(c));
  const done = new Promise((resolve, reject) => d.on("end", resolve).on("error", reject));
  let crc = 0;
  let size = 0;
  let pending = "";
  const flush = async () => {
    const b = Buffer.from(pending, "utf8");
    pending = "";
    crc = zip.crc32(b, crc);
    size += b.length;
    if (!d.write(b)) await new Promise((r) => d.once("drain", r));
  };
  for (const s of gen()) {
    pending += s;
    if (pending.length >= 1 << 16) await flush();
  }
  await flush();
  d.end();
  await done;
  return { name, deflated, crc, size };
}

/** A workbook package: one worksheet (streamed), optional shared strings (streamed). */
async function writeWorkbook(file, sheetGen, sstGen = null) {
  const zip = require(path.join(ROOT, "dist", "node", "cli", "zip.js"));
  const small = (name, s) => zip.deflatePart(name, Buffer.from(s, "utf8"));
  const parts = [
    small(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${sstGen ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ""}</Types>`,
    ),
    small(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    small(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS}><sheets><sheet name="压力" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    small(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${sstGen ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`,
    ),
    await streamedPart(zip, "xl/worksheets/sheet1.xml", sheetGen),
  ];
  if (sstGen) parts.push(await streamedPart(zip, "xl/sharedStrings.xml", sstGen));
  await fsp.writeFile(file, Buffer.concat(zip.writeZip(parts)));
  return (await fsp.stat(file)).size;
}

const colName = (n) => {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};

/** ROWS × 12 numbers, with a <dimension> as Excel writes it. */
export function bigSheet(rows = ROWS, cols = 12) {
  const names = Array.from({ length: cols }, (_, i) => colName(i + 1));
  return function* () {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><dimension ref="A1:${names[cols - 1]}${rows}"/><sheetData>`;
    for (let r = 1; r <= rows; r++) {
      let row = `<row r="${r}" spans="1:${cols}">`;
      for (let c = 0; c < cols; c++) row += `<c r="${names[c]}${r}"><v>${(r * (c + 3)) % 997}</v></c>`;
      yield `${row}</row>`;
    }
    yield "</sheetData></worksheet>";
  };
}

/** About `mb` MB of identical rows with no `r` (valid OOXML, maximally compressible): a zip bomb. */
export function bombSheet(mb = 200) {
  const row = `<row>${"<c><v>1</v></c>".repeat(16)}</row>`;
  const count = Math.ceil((mb * 1024 * 1024) / row.length);
  return function* () {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>`;
    const block = row.repeat(1000);
    for (let i = 0; i < count; i += 1000) yield block;
    yield "</sheetData></worksheet>";
  };
}

/** 6,000 indicator rows whose 三级 names are distinct 20,000-character strings of one length (shared strings). */
export function namesWorkbook(rows = 6000, length = 20000) {
  const base = "社区居家养老服务项目";
  const name = (i) =>
    `${base.repeat(Math.ceil(length / base.length)).slice(0, length - 10)}${String(i).padStart(10, "0")}`;
  const header = ["绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"];
  const fixed = [...header, "产出指标", "数量指标", "≥1个"];
  const sst = function* () {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${fixed.length + rows}" uniqueCount="${fixed.length + rows}">`;
    for (const t of fixed) yield `<si><t>${t}</t></si>`;
    for (let i = 0; i < rows; i++) yield `<si><t>${name(i)}</t></si>`;
    yield "</sst>";
  };
  const s = (col, r, idx) => `<c r="${col}${r}" t="s"><v>${idx}</v></c>`;
  const sheet = function* () {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><dimension ref="A1:F${rows + 1}"/><sheetData>`;
    yield `<row r="1">${header.map((_, i) => s(colName(i + 1), 1, i)).join("")}</row>`;
    for (let i = 0; i < rows; i++) {
      const r = i + 2;
      yield `<row r="${r}">${i === 0 ? s("B", r, 6) + s("C", r, 7) : ""}${s("D", r, fixed.length + i)}${s("E", r, 8)}${s("F", r, 8)}</row>`;
    }
    yield `</sheetData><mergeCells count="3"><mergeCell ref="A1:A${rows + 1}"/><mergeCell ref="B2:B${rows + 1}"/><mergeCell ref="C2:C${rows + 1}"/></mergeCells></worksheet>`;
  };
  return { sheet, sst, name };
}

// ---------------------------------------------------------------------------------------------------------------
// Running the command with its peak memory

function runJixiao(args, dir) {
  const rssFile = path.join(dir, `rss-${process.hrtime.bigint()}.txt`);
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    ["--require", path.join(ROOT, "scripts", "stress-rss.cjs"), path.join(ROOT, "bin", "jixiao.js"), ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, JIXIAO_RSS_FILE: rssFile },
      maxBuffer: 1 << 30,
    },
  );
  const seconds = (performance.now() - t) / 1000;
  const usage = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, "utf8")) : { maxRSS: NaN, cpu: NaN };
  return {
    code: r.status,
    signal: r.signal,
    stdout: r.stdout ?? "",
    stderr: r.stderr ?? "",
    seconds: round(seconds, 2),
    cpuSeconds: round(usage.cpu / 1e6, 2),
    peakMB: round(usage.maxRSS / 1024),
  };
}

const summaryOf = (stdout) => {
  try {
    return JSON.parse(stdout.trim().split("\n").pop()).summary;
  } catch {
    return null;
  }
};

// ---------------------------------------------------------------------------------------------------------------
// Sections

async function bigSection(dir) {
  const file = path.join(dir, "big.xlsx");
  const t = performance.now();
  const bytes = await writeWorkbook(file, bigSheet());
  console.log(
    `big:   generated ${ROWS.toLocaleString("en")} rows × 12 numbers, ${round(bytes / 1048576)} MB, in ${round((performance.now() - t) / 1000)} s`,
  );
  const lint = runJixiao(["lint", file, "--format", "json"], dir);
  const okLint = (lint.code === 0 || lint.code === 1) && lint.peakMB <= 1536;
  console.log(
    `big:   lint ${lint.seconds} s (${lint.cpuSeconds} s CPU), peak ${lint.peakMB} MB, exit ${lint.code} ${JSON.stringify(summaryOf(lint.stdout))} (finishes, peak ≤ 1536 MB ${check(okLint)})`,
  );
  if (!okLint) console.log(`       stderr: ${lint.stderr.slice(0, 300)}`);
  const out = path.join(dir, "big-annotated.xlsx");
  const ann = runJixiao(["annotate", file, "-o", out, "--force"], dir);
  const okAnn = (ann.code === 0 || ann.code === 1) && ann.peakMB <= 1536 && existsSync(out);
  console.log(
    `big:   annotate ${ann.seconds} s (${ann.cpuSeconds} s CPU), peak ${ann.peakMB} MB, exit ${ann.code} (finishes, peak ≤ 1536 MB ${check(okAnn)})`,
  );
  if (!okAnn) console.log(`       stderr: ${ann.stderr.slice(0, 300)}`);
  return {
    bigRows: ROWS,
    bigFileMB: round(bytes / 1048576),
    bigLintSeconds: lint.seconds,
    bigLintCpuSeconds: lint.cpuSeconds,
    bigLintPeakMB: lint.peakMB,
    bigLintExit: lint.code,
    bigAnnotateSeconds: ann.seconds,
    bigAnnotateCpuSeconds: ann.cpuSeconds,
    bigAnnotatePeakMB: ann.peakMB,
  };
}

async function bombSection(dir) {
  const file = path.join(dir, "bomb.xlsx");
  const bytes = await writeWorkbook(file, bombSheet(200));
  const r = runJixiao(["lint", file], dir);
  const oneLine = r.stderr.trim().split("\n").length === 1 && /zip bomb/.test(r.stderr);
  const ok = r.code === 2 && oneLine && r.seconds < 5 && r.peakMB < 300;
  console.log(
    `bomb:  ${round(bytes / 1024)} KB file, ~200 MB of rows: refused in ${r.seconds} s (${r.cpuSeconds} s CPU), peak ${r.peakMB} MB, exit ${r.code} (exit 2, one line, < 5 s, < 300 MB ${check(ok)})`,
  );
  console.log(`       ${r.stderr.trim().slice(0, 240)}`);
  return {
    bombFileKB: round(bytes / 1024),
    bombSeconds: r.seconds,
    bombCpuSeconds: r.cpuSeconds,
    bombPeakMB: r.peakMB,
    bombExit: r.code,
  };
}

async function namesSection(dir) {
  const file = path.join(dir, "names.xlsx");
  const wb = namesWorkbook();
  const bytes = await writeWorkbook(file, wb.sheet, wb.sst);
  // text output, as a reviewer runs it (JSON would also list all 6,000 names in full: 360 MB of output)
  const r = runJixiao(["lint", file], dir);
  // the target is wall time, as a user waits for it; CPU time (all threads: inflate and GC run beside the main
  // one) is shown too, as the steadier figure on a machine shared with other work
  const ok = (r.code === 0 || r.code === 1) && r.seconds < 5;
  const summary = r.stdout.trim().split("\n").pop();
  console.log(
    `names: 6,000 rows × 20,000-character names (${round(bytes / 1024)} KB file, shared strings 360 MB): lint ${r.seconds} s wall, ${r.cpuSeconds} s CPU, peak ${r.peakMB} MB, exit ${r.code}, “${summary}” (< 5 s ${check(ok)})`,
  );
  if (!ok) console.log(`       stderr: ${r.stderr.slice(0, 300)}`);
  // the pane's path: the engine alone on the same grid
  const domain = require(path.join(ROOT, "dist", "node", "domain", "index.js"));
  const values = [["绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"]];
  for (let i = 0; i < 6000; i++)
    values.push([null, i === 0 ? "产出指标" : null, i === 0 ? "数量指标" : null, wb.name(i), "≥1个", "≥1个"]);
  const t = performance.now();
  const res = domain.lintSheet({
    name: "长名称",
    values,
    merges: [
      { r1: 1, c1: 1, r2: 6001, c2: 1 },
      { r1: 2, c1: 2, r2: 6001, c2: 2 },
      { r1: 2, c1: 3, r2: 6001, c2: 3 },
    ],
  });
  const engineSeconds = round((performance.now() - t) / 1000, 2);
  const okEngine = engineSeconds < 5;
  console.log(
    `names: the engine alone (the pane's path): ${engineSeconds} s, ${res.findings.length} findings (< 5 s ${check(okEngine)})`,
  );
  return {
    namesFileKB: round(bytes / 1024),
    namesLintSeconds: r.seconds,
    namesLintCpuSeconds: r.cpuSeconds,
    namesLintPeakMB: r.peakMB,
    namesEngineSeconds: engineSeconds,
  };
}

const POOL = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标值",
  "实施周期指标值",
  "年度指标值",
  "绩效指标",
  "项目名称",
  "部门名称",
  "预算金额",
  "合计",
  "产出指标",
  "效益指标",
  "满意度指标",
  "成本指标",
  "数量指标",
  "质量指标",
  "时效指标",
  "经济成本指标",
  "社会效益指标",
  "服务对象满意度指标",
  "1-产出指标",
  "11-数量指标",
  "≥90%",
  "≤500元/人",
  "＞＝95％",
  "＝100%",
  "=SUM(A1)",
  "+A1",
  "@x",
  "-",
  "无",
  "有效提高",
  "$\\geq 90\\%$",
  "100%",
  "12个月",
  "2025",
  "2099",
  "4,157.41",
  "1e999",
  "\u001b[2J",
  "\u202e",
  "\u0000",
  "<b>产出</b>",
  "满意度=（一般+满意）/总数",
  "产出指标：数量指标：培训场次：≥4场：≥4场",
  "1-产出指标\n11-数量指标\n培训场次\n≥4场\n≥4场",
  "社区".repeat(5000),
  "x".repeat(17000),
];

function randomCell(rand) {
  const k = rand();
  if (k < 0.3) return null;
  if (k < 0.45) return Math.floor(rand() * 1e6) / (rand() < 0.5 ? 1 : 100);
  if (k < 0.48) return rand() < 0.5;
  if (k < 0.5) return [NaN, Infinity, -0, 1e308, -1][Math.floor(rand() * 5)];
  if (k < 0.55)
    return String.fromCharCode(
      ...Array.from({ length: 1 + Math.floor(rand() * 8) }, () => Math.floor(rand() * 0x3000)),
    );
  return POOL[Math.floor(rand() * POOL.length)];
}

const HEADERS = [
  ["绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["项目名称", null, "主管部门", null],
  ["部门名称", null],
  ["序号", "项目名称", "预算金额", "绩效目标", "绩效指标"],
];
const L1 = ["产出指标", "效益指标", "满意度指标", "成本指标", "产出", "效益", "1-产出指标", null];
const L2 = [
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "经济成本指标",
  "社会效益指标",
  "生态效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
  "11-数量指标",
  null,
];
const VALUES = [
  "≥90%",
  "≥4场",
  "≤500元/人",
  "100%",
  "有效提高",
  "无",
  "＝100%",
  "90％",
  "≥ 95 %",
  "$\\geq 90\\%$",
  "12个月",
  "≥1000万元",
  "满意度=（一般+满意）/总数",
  null,
];

/** A grid shaped like a form (a header and indicator rows from the pools) about half the time, else noise. */
function randomGrid(rand) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const rows = 1 + Math.floor(rand() * 30);
  const cols = 1 + Math.floor(rand() * 9);
  const values = Array.from({ length: rows }, () =>
    Array.from({ length: Math.floor(rand() * (cols + 1)) }, () => randomCell(rand)),
  );
  if (rand() < 0.5) {
    const at = Math.floor(rand() * Math.min(rows, 5));
    const head = pick(HEADERS);
    const shift = rand() < 0.7 ? 0 : 1;
    values[at] = [...Array(shift).fill(null), ...head];
    for (let r = at + 1; r < rows; r++) {
      if (rand() < 0.1) continue;
      const line = [
        ...Array(shift).fill(null),
        rand() < 0.8 ? null : pick(POOL),
        pick(L1),
        pick(L2),
        rand() < 0.9 ? pick(POOL.slice(0, 40)) : randomCell(rand),
        pick(VALUES),
        pick(VALUES),
      ];
      if (head.length === 4) line.splice(shift, 1);
      values[r] = line;
    }
  }
  const merges = [];
  for (let m = Math.floor(rand() * 4); m > 0; m--) {
    const r1 = 1 + Math.floor(rand() * rows),
      c1 = 1 + Math.floor(rand() * cols);
    merges.push({ r1, c1, r2: r1 + Math.floor(rand() * 5) - 1, c2: c1 + Math.floor(rand() * 3) });
  }
  const origin = rand() < 0.2 ? { row: 1 + Math.floor(rand() * 5), col: 1 + Math.floor(rand() * 3) } : undefined;
  const formats =
    rand() < 0.2
      ? values.map((l) =>
          l.map(() => (rand() < 0.3 ? ["0%", "0.00%", "#,##0.00", null][Math.floor(rand() * 4)] : null)),
        )
      : undefined;
  return { name: "Fuzz", values, merges, origin, formats };
}

async function fuzzSection() {
  const domain = require(path.join(ROOT, "dist", "node", "domain", "index.js"));
  const rand = rng(20250901);
  let throws = 0;
  let internal = 0;
  let findings = 0;
  let firstProblem = null;
  const t = performance.now();
  for (let i = 0; i < GRIDS; i++) {
    const grid = randomGrid(rand);
    try {
      const res = domain.lintSheet(grid);
      findings += res.findings.length;
      const bad = res.findings.filter((f) => f.ruleId === "structure/internal-error");
      internal += bad.length;
      if (bad.length && !firstProblem) firstProblem = { grid: i, finding: bad[0] };
      for (const f of res.findings) domain.formatFinding(f, "zh-CN");
    } catch (e) {
      throws++;
      if (!firstProblem) firstProblem = { grid: i, error: String(e && e.stack ? e.stack : e).slice(0, 300) };
    }
  }
  const seconds = round((performance.now() - t) / 1000);
  const ok = throws === 0 && internal === 0 && GRIDS >= 100000;
  console.log(
    `fuzz:  ${GRIDS.toLocaleString("en")} random grids in ${seconds} s: ${throws} throws, ${internal} internal errors, ${findings.toLocaleString("en")} findings (≥ 100,000 grids, no throw ${check(ok)})`,
  );
  if (firstProblem) console.log(`       first problem: ${JSON.stringify(firstProblem).slice(0, 400)}`);

  // mutated packages through the command's reader: read or refused with a one-line message, never a crash
  const { readSheets } = require(path.join(ROOT, "dist", "node", "cli", "read-xlsx.js"));
  const { CliError } = require(path.join(ROOT, "dist", "node", "cli", "errors.js"));
  const seeds = readdirSync(path.join(ROOT, "tests", "fixtures"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => readFileSync(path.join(ROOT, "tests", "fixtures", f)))
    .filter((b) => b.length > 100);
  let crashes = 0;
  let refused = 0;
  let read = 0;
  const PACKAGES = 2000;
  for (let i = 0; i < PACKAGES; i++) {
    const src = seeds[i % seeds.length];
    const buf = Buffer.from(src);
    const n = 1 + Math.floor(rand() * 8);
    for (let k = 0; k < n; k++) {
      const at = Math.floor(rand() * buf.length);
      const op = rand();
      if (op < 0.6) buf[at] = Math.floor(rand() * 256);
      else if (op < 0.8) buf[at] ^= 1 << Math.floor(rand() * 8);
      else buf.fill(0, at, Math.min(buf.length, at + Math.floor(rand() * 64)));
    }
    const cut = rand() < 0.1 ? buf.subarray(0, Math.floor(rand() * buf.length)) : buf;
    try {
      for (const s of await readSheets(cut)) domain.lintSheet(s);
      read++;
    } catch (e) {
      if (e instanceof CliError && !e.message.includes("\n")) refused++;
      else {
        crashes++;
        if (crashes === 1) console.log(`       first crash: ${String(e && e.stack ? e.stack : e).slice(0, 300)}`);
      }
    }
  }
  const okPkg = crashes === 0;
  console.log(
    `fuzz:  ${PACKAGES} mutated packages: ${read} read, ${refused} refused in one line, ${crashes} crashes (no crash ${check(okPkg)})`,
  );
  return {
    fuzzGrids: GRIDS,
    fuzzSeconds: seconds,
    fuzzThrows: throws,
    fuzzInternalErrors: internal,
    fuzzPackages: PACKAGES,
    fuzzPackagesRead: read,
    fuzzPackagesRefused: refused,
    fuzzPackageCrashes: crashes,
  };
}

const SECTIONS = [
  { name: "bomb", run: bombSection },
  { name: "names", run: namesSection },
  { name: "fuzz", run: fuzzSection },
  { name: "big", run: bigSection },
];

async function main() {
  ensureBuilt();
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), "jixiao-stress-"));
  const figures = {};
  try {
    for (const s of SECTIONS) {
      if (ONLY && !ONLY.has(s.name)) continue;
      Object.assign(figures, await s.run(dir));
    }
  } finally {
    if (KEEP) console.log(`files kept in ${dir}`);
    else await fsp.rm(dir, { recursive: true, force: true });
  }
  figures.node = process.version;
  figures.cpus = os.cpus().length;
  figures.failures = failures;
  console.log(JSON.stringify(figures));
  process.exitCode = failures ? 1 : 0;
}

await main();
