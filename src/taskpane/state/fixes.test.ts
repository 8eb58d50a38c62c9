import { fix } from "../testing/fixtures";
import { fixDiff, mergeFixes } from "./fixes";

describe("fixDiff: the changed part in context, not the whole cell", () => {
  it("a 776-character coded cell shows only 1-产出 → 2-效益 and a few characters around", () => {
    const tail = "；11-数量指标；宣传活动；实施周期指标值：不少于10场；年度指标值：不少于10场。".repeat(20);
    const from = `1、1-产出指标；22-社会效益；群众满意${tail}`;
    const to = `1、2-效益指标；22-社会效益；群众满意${tail}`;
    const d = fixDiff(from, to);
    expect(d).toEqual({ before: "1、", removed: "1-产出", added: "2-效益", after: "指标；22-…" });
    expect(d.before.length + d.removed.length + d.added.length + d.after.length).toBeLessThan(30);
  });

  it("a whole-cell change, an empty cell, a latex leftover", () => {
    expect(fixDiff("质量指标", "产出指标")).toEqual({ before: "", removed: "质量", added: "产出", after: "指标" });
    expect(fixDiff(null, "≥90%")).toEqual({ before: "", removed: "", added: "≥90%", after: "" });
    expect(fixDiff("$\\geq$ 95%", "≥95%")).toEqual({ before: "", removed: "$\\geq$ ", added: "≥", after: "95%" });
  });
});

describe("mergeFixes: several fixes of one cell become one write", () => {
  const coded = "1、1-产出指标；22-社会效益；甲。2、1-产出指标；24-可持续影响；乙。";
  it("two wrong parents in one coded cell: both changes in one fix", () => {
    const a = fix("G16", coded, coded.replace("1、1-产出指标；22", "1、2-效益指标；22"));
    const b = fix("G16", coded, coded.replace("2、1-产出指标；24", "2、2-效益指标；24"));
    expect(mergeFixes([a, b])).toEqual([
      { ...a, to: "1、2-效益指标；22-社会效益；甲。2、2-效益指标；24-可持续影响；乙。" },
    ]);
  });

  it("other cells untouched and in order; overlapping changes keep the first; equal fixes once", () => {
    const a = fix("E5", "$\\geq$ 95%", "≥95%");
    const b = fix("F5", "$\\geq$ 95%", "≥95%");
    const c = fix("E5", "$\\geq$ 95%", "≥ 95%");
    expect(mergeFixes([a, b, c, a])).toEqual([a, b]);
    expect(mergeFixes([])).toEqual([]);
  });
});
