/**
 * Comments and template sources cite documents in this repository: "docs/domain.md §5.5" and the short names it
 * defines in §9 ("seed 002", "corpus 15"), and "docs/office.md §2" for Office.js behaviour. This test keeps those
 * citations followable: every § cited is a heading of its document, every seed or corpus short name is one §9
 * defines, and nothing in src/ or tests/ cites the notes outside the repository (DOMAIN.md, OFFICE-NOTES.md,
 * STYLE.md) instead.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const DOC = fs.readFileSync(path.join(ROOT, "docs/domain.md"), "utf8");
const OFFICE = fs.readFileSync(path.join(ROOT, "docs/office.md"), "utf8");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.(tsx?|mjs|cjs|js)$/.test(e.name) ? [p] : [];
  });
}

const sources = ["src", "tests", "scripts"]
  .flatMap((d) => files(path.join(ROOT, d)))
  .filter((f) => !f.endsWith("citations.test.ts"));
const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join("/");

/** Section numbers that docs/domain.md has as headings: "## §5 …" → 5, "### 5.5 …" → 5.5. */
const sections = new Set<string>([
  ...[...DOC.matchAll(/^## §(\d+)\b/gm)].map((m) => m[1]),
  ...[...DOC.matchAll(/^### (\d+\.\d+)\b/gm)].map((m) => m[1]),
]);
const officeSections = new Set([...OFFICE.matchAll(/^## §(\d+)\b/gm)].map((m) => m[1]));
const seeds = new Set([...DOC.matchAll(/^#### seed (\d{3})\b/gm)].map((m) => m[1]));
const corpus = new Set([...DOC.matchAll(/^\| corpus (\d{2}) \|/gm)].map((m) => m[1]));

describe("citations of docs/domain.md", () => {
  test("the document has the sections and short names this test reads", () => {
    expect(sections.has("5")).toBe(true);
    expect(sections.has("8.10")).toBe(true);
    expect([...seeds].sort()).toEqual(["000", "001", "002", "004"]);
    expect(corpus.size).toBe(13);
    expect([...officeSections].sort()).toEqual(["1", "2", "3", "4", "5", "6"]);
  });

  test.each(sources.map((f) => [rel(f), f]))("%s", (_name, file) => {
    const text = fs.readFileSync(file, "utf8");
    const bad: string[] = [];
    // "docs/domain.md §5.5", "docs/domain.md §3/§5", "docs/domain.md §5, §6"
    for (const m of text.matchAll(/docs\/domain\.md ((?:§\d+(?:\.\d+)?(?:\s*(?:\/|,|、|and|or|与|和)\s*)?)+)/g)) {
      for (const s of m[1].matchAll(/§(\d+(?:\.\d+)?)/g)) if (!sections.has(s[1])) bad.push(`§${s[1]}`);
    }
    for (const m of text.matchAll(/docs\/office\.md §(\d+)/g))
      if (!officeSections.has(m[1])) bad.push(`office §${m[1]}`);
    for (const m of text.matchAll(/\bseeds? (\d{3})((?:\s*(?:\/|,|and)\s*\d{3})*)/g)) {
      for (const n of [m[1], ...(m[2].match(/\d{3}/g) ?? [])]) if (!seeds.has(n)) bad.push(`seed ${n}`);
    }
    for (const m of text.matchAll(/\bcorpus (\d{2})\b/g)) if (!corpus.has(m[1])) bad.push(`corpus ${m[1]}`);
    expect(bad).toEqual([]);
    if (/^(src|tests)\//.test(rel(file)))
      expect(text).not.toMatch(/\bDOMAIN(\.md)? §|\bDOMAIN\.md\b|OFFICE-NOTES|\bSTYLE(\.md| §)/);
  });
});
