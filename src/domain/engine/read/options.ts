/** What every layout reader is handed: the options from the config, and the ids of one read (no module state). */
import type { Config } from "../../config/schema";

export interface ReadOptions {
  framework: Config["framework"];
  codes: { level1: Record<string, string>; level2: Record<string, string> };
  vague: ReadonlySet<string>;
}

/** One read of one sheet: its options and counters for block ids (p1, t2, l3 …) and row models, so reads never share state. */
export class ReadContext {
  private ids = 0;
  private rows = 0;
  private readonly caches = new Map<string, Map<string, unknown>>();
  constructor(readonly opt: ReadOptions) {}

  nextId(prefix: string): string {
    return `${prefix}${++this.ids}`;
  }

  /** The ordinal of the next row model (RowModel.ordinal). */
  nextRow(): number {
    return this.rows++;
  }

  /** How many row models this read has made. */
  get rowCount(): number {
    return this.rows;
  }

  /** A memo of this read only, by name (labels repeat on every form of a sheet: each is classified once). */
  cache<T>(name: string): Map<string, T> {
    let c = this.caches.get(name);
    if (!c) this.caches.set(name, (c = new Map<string, unknown>()));
    return c as Map<string, T>;
  }
}
