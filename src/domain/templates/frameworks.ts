/**
 * The two indicator frameworks as the templates lay them out (docs/domain.md §2): 一级 in form order, each
 * with its 二级 in form order, and the conversion of a row between frameworks (成本 under 产出 in
 * 2015/2020, 成本 as its own 一级 in 2021). A test checks these lists against model/taxonomy.
 */
import type { Framework } from "../model/types";

export interface FrameworkLayout {
  /** 一级 names in the order the real forms list them. */
  level1: readonly string[];
  /** 二级 names of each 一级, in form order. */
  level2: Readonly<Record<string, readonly string[]>>;
  /** 二级 names accepted but not listed as placeholders (可持续影响指标 in 2021: "still seen; accept"). */
  extraLevel2: Readonly<Record<string, readonly string[]>>;
}

export const FRAMEWORKS: Readonly<Record<Framework, FrameworkLayout>> = {
  "2020": {
    level1: ["产出指标", "效益指标", "满意度指标"],
    level2: {
      产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"],
      效益指标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
      满意度指标: ["服务对象满意度指标"],
    },
    extraLevel2: {},
  },
  "2021": {
    level1: ["成本指标", "产出指标", "效益指标", "满意度指标"],
    level2: {
      成本指标: ["经济成本指标", "社会成本指标", "生态环境成本指标"],
      产出指标: ["数量指标", "质量指标", "时效指标"],
      效益指标: ["经济效益指标", "社会效益指标", "生态效益指标"],
      满意度指标: ["服务对象满意度指标"],
    },
    extraLevel2: { 效益指标: ["可持续影响指标"] },
  },
};

/** Every 二级 name of a framework (the 二级 column's dropdown), in form order. */
export function level2Names(fw: Framework): string[] {
  const f = FRAMEWORKS[fw];
  return f.level1.flatMap((l1) => [...f.level2[l1], ...(f.extraLevel2[l1] ?? [])]);
}

/** Is (一级, 二级) a valid pair in the framework? */
export function isPair(fw: Framework, l1: string, l2: string): boolean {
  const f = FRAMEWORKS[fw];
  return (f.level2[l1] ?? []).includes(l2) || (f.extraLevel2[l1] ?? []).includes(l2);
}

const COST_2021 = new Set(["经济成本指标", "社会成本指标", "生态环境成本指标"]);

/**
 * Moves one (一级, 二级) pair into the target framework: 2021 成本指标/经济成本指标 ↔ 2020
 * 产出指标/成本指标. 社会成本 and 生态环境成本 have no 2020 counterpart; they become 成本指标 too.
 */
export function convertPair(l1: string, l2: string, to: Framework): { l1: string; l2: string } {
  if (to === "2020" && (l1 === "成本指标" || COST_2021.has(l2))) return { l1: "产出指标", l2: "成本指标" };
  if (to === "2021" && l1 === "产出指标" && l2 === "成本指标") return { l1: "成本指标", l2: "经济成本指标" };
  return { l1, l2 };
}

/** Sort key of a pair in a framework: 一级 order, then 二级 order. Unknown names sort last. */
export function pairOrder(fw: Framework, l1: string, l2: string): number {
  const f = FRAMEWORKS[fw];
  const i = f.level1.indexOf(l1);
  const list = [...(f.level2[l1] ?? []), ...(f.extraLevel2[l1] ?? [])];
  const j = list.indexOf(l2);
  return (i < 0 ? 99 : i) * 100 + (j < 0 ? 99 : j);
}
