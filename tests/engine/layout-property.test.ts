/**
 * Property: a table reads the same indicator rows whatever the order of its columns, whichever synonyms its header
 * uses, and whether its percentages are typed as text (95%) or as numbers with a percent format (0.95, 0%).
 * Run on every corpus table (../shared) and on a table built here (always).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { lintSheet, type CellRange, type CellValue, type SheetInput } from "../../src/domain";
import { Grid } from "../../src/domain/engine/grid";
import { readDocument } from "../../src/domain/engine/read/index";
import { SHARED, hasShared, readSheets } from "../helpers/workbooks";

const OPT = { framework: "auto" as const, codes: { level1: {}, level2: {} }, vague: new Set<string>() };

/** Header words that name the same column role (docs/domain.md §8 and the corpus). */
const SYNONYMS: string[][] = [
  ["一级指标", "一级 指标", "一级指标名称"],
  ["二级指标", "二级指标名称", "二级 指标"],
  ["三级指标", "三级指标名称"],
  ["指标值", "目标值", "绩效目标值", "指标值及单位", "指标值(包含数字及文字描述)"],
  ["计量单位", "度量单位", "单位"],
  ["权重(%)", "指标权重", "指标分值", "权重"],
  ["指标性质", "指标值类型"],
  ["计算符号", "符号"],
  ["指标值说明", "指标解释", "指标说明"],
];
const SYNONYM_OF = new Map<string, string[]>(
  SYNONYMS.flatMap((g) => g.map((w) => [w.replace(/\s/g, ""), g] as [string, string[]])),
);

/** What the reader got: each indicator row's names and target, in sheet order. */
function readBack(input: SheetInput): string[] {
  return lintSheet(input).tables.flatMap((t) =>
    t.indicators.map((i) => [i.row, i.level1, i.level2, i.level3, i.period, i.annual].join("|")),
  );
}

interface Region {
  top: number;
  bottom: number;
  /** Columns that may move: the table's own columns, not its label or project columns. */
  cols: number[];
}

function regions(input: SheetInput): Region[] {
  const doc = readDocument(new Grid(input), OPT);
  const out: Region[] = [];
  for (const t of doc.tables) {
    if (!t.cols) continue;
    const c = t.cols;
    const cols = [
      c.l1,
      c.l2,
      c.l3,
      c.period,
      c.annual,
      c.actual,
      c.unit,
      c.nature,
      c.symbol,
      c.weight,
      c.explain,
      c.scoring,
    ].filter((x): x is number => x !== null && x >= 1);
    out.push({ top: t.headerTop, bottom: t.range.r2, cols: [...new Set(cols)].sort((a, b) => a - b) });
  }
  return out;
}

function copy(input: SheetInput): SheetInput {
  return {
    ...input,
    values: input.values.map((r) => [...r]),
    formats: input.formats?.map((r) => [...(r ?? [])]),
    merges: input.merges?.map((m) => ({ ...m })),
  };
}

/** Moves the region's columns to the order `keys` sorts them in (values, formats and one-column merges move along). */
function permute(input: SheetInput, keys: number[]): SheetInput {
  const out = copy(input);
  for (const reg of regions(input)) {
    const horizontal = (out.merges ?? []).some(
      (m) => m.c1 !== m.c2 && m.r2 >= reg.top && m.r1 <= reg.bottom && reg.cols.some((c) => c >= m.c1 && c <= m.c2),
    );
    if (horizontal || reg.cols.length < 2) continue;
    const order = reg.cols
      .map((c, i) => ({ c, k: keys[i % keys.length] * 100 + i }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.c);
    const to = new Map(reg.cols.map((c, i) => [order[i], c]));
    for (let r = reg.top; r <= reg.bottom; r++) {
      const src = input.values[r - 1] ?? [];
      const row = out.values[r - 1] ?? (out.values[r - 1] = []);
      const fsrc = input.formats?.[r - 1] ?? [];
      const frow = out.formats ? (out.formats[r - 1] ?? (out.formats[r - 1] = [])) : null;
      for (const [from, dest] of to) {
        row[dest - 1] = src[from - 1] ?? null;
        if (frow) frow[dest - 1] = fsrc[from - 1] ?? null;
      }
    }
    for (const m of out.merges ?? []) {
      if (m.c1 === m.c2 && m.r1 >= reg.top && m.r2 <= reg.bottom && to.has(m.c1)) m.c1 = m.c2 = to.get(m.c1)!;
    }
  }
  return out;
}

function swapSynonyms(input: SheetInput, picks: number[]): SheetInput {
  const out = copy(input);
  let n = 0;
  for (const reg of regions(input)) {
    for (let r = reg.top; r <= Math.min(reg.top + 1, reg.bottom); r++) {
      const row = out.values[r - 1] ?? [];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== "string") continue;
        const group = SYNONYM_OF.get(v.replace(/\s/g, "").replace(/（/g, "(").replace(/）/g, ")"));
        if (group) row[c] = group[picks[n++ % picks.length] % group.length];
      }
    }
  }
  return out;
}

const PERCENT = /^\s*(\d+(?:\.(\d+))?)\s*[%％]\s*$/;

/** Every cell of a table body that is just a percentage becomes the number Excel stores, with a percent format. */
function percentsAsNumbers(input: SheetInput): SheetInput {
  const out = copy(input);
  out.formats ??= [];
  for (const reg of regions(input)) {
    for (let r = reg.top; r <= reg.bottom; r++) {
      const row = out.values[r - 1] ?? [];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        const m = typeof v === "string" ? PERCENT.exec(v) : null;
        if (!m) continue;
        const decimals = m[2]?.length ?? 0;
        row[c] = Number((Number(m[1]) / 100).toFixed(decimals + 4));
        const frow = out.formats[r - 1] ?? (out.formats[r - 1] = []);
        frow[c] = decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
      }
    }
  }
  return out;
}

/** A table built here: 计量单位, 指标性质, 权重 and 指标值说明 beside the values, percentages as text. */
function builtTable(): SheetInput {
  const values: CellValue[][] = [
    ["项目名称", "网格员业务培训"],
    ["2025年预算金额", 120000],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "权重(%)", "指标值说明"],
    [null, "产出指标", "数量指标", "举办业务培训场次", "≥", "4", "场", 20, "按年度计划"],
    [null, null, "质量指标", "培训考核合格率", "≥", "95%", null, 20, "按考核办法"],
    [null, null, "时效指标", "培训按时完成率", "=", "100%", null, 10, "按培训方案"],
    [null, null, "成本指标", "人均培训成本", "≤", "500", "元/人", 20, "按预算标准"],
    [null, "效益指标", "社会效益指标", "参训人员业务能力达标率", "≥", "90.5%", null, 20, "按评估报告"],
    [null, "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", "90%", null, 10, "按问卷调查"],
  ];
  const merges: CellRange[] = [
    { r1: 3, c1: 1, r2: 9, c2: 1 },
    { r1: 4, c1: 2, r2: 7, c2: 2 },
  ];
  return { name: "Sheet1", values, merges };
}

async function corpusSheets(): Promise<[string, SheetInput][]> {
  const dir = path.join(SHARED, "corpus");
  if (!hasShared || !fs.existsSync(dir)) return [];
  const out: [string, SheetInput][] = [];
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => x.endsWith(".xlsx"))
    .sort())
    out.push([f, (await readSheets(path.join(dir, f)))[0]]);
  return out;
}

describe("the same indicator rows whatever the layout", () => {
  let sheets: [string, SheetInput][];
  beforeAll(async () => {
    sheets = [["built here", builtTable()], ...(await corpusSheets())];
    if (!hasShared) console.warn("layout property: ../shared not found, running on the table built here only");
  });

  test("the tables read something to compare (no vacuous property)", () => {
    for (const [name, s] of sheets) {
      const rows = readBack(s);
      if (!/^1[79]_/.test(name)) expect(rows.length).toBeGreaterThan(0); // 17 and 19 are cut off before their tables
    }
  });

  test("columns permuted, header synonyms swapped, percentages as formatted numbers: the same rows", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1000 }),
        fc.array(fc.nat({ max: 50 }), { minLength: 12, maxLength: 12 }),
        fc.array(fc.nat({ max: 10 }), { minLength: 8, maxLength: 8 }),
        fc.constantFrom("permute", "synonyms", "percent", "all"),
        (which, keys, picks, mode) => {
          const [name, base] = sheets[which % sheets.length];
          let s = base;
          if (mode === "permute" || mode === "all") s = permute(s, keys);
          if (mode === "synonyms" || mode === "all") s = swapSynonyms(s, picks);
          if (mode === "percent" || mode === "all") s = percentsAsNumbers(s);
          const expected = readBack(base),
            actual = readBack(s);
          if (JSON.stringify(actual) !== JSON.stringify(expected))
            throw new Error(
              `${name} (${mode}): ${JSON.stringify(actual.slice(0, 3))} ≠ ${JSON.stringify(expected.slice(0, 3))}`,
            );
        },
      ),
      { numRuns: 200 },
    );
  });

  test("the transformations do change the sheets (a permutation moves a column, a percent becomes a number)", () => {
    const base = builtTable();
    const moved = permute(base, [5, 4, 3, 2, 1, 0, 9, 8, 7, 6, 5, 4]);
    expect(moved.values[3]).not.toEqual(base.values[3]);
    const numbers = percentsAsNumbers(base);
    expect(numbers.values[4][5]).toBe(0.95);
    expect(numbers.formats?.[4][5]).toBe("0%");
  });
});
