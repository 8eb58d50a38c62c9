/** An in-memory Gateway for tests: records every call, lets a test fire sheet changes. */
import type {
  AddIndicatorsRequest,
  AddIndicatorsResult,
  Capabilities,
  FixesRequest,
  FixesResult,
  FixResult,
  Gateway,
  HighlightResult,
  InsertBlockRequest,
  InsertBlockResult,
  RangeRead,
  SheetChange,
} from "../../host/gateway";
import type { CellRange, Finding, SheetInput } from "../../domain";

/** What a real gateway throws for a missing sheet (a GatewayError's shape: a message id of `hostMessages` and data). */
const NOT_FOUND = (sheet: string) => ({ code: "not-found", messageId: "not-found" as const, data: {}, detail: sheet });

export interface FakeCalls {
  read: number;
  select: [string, string][];
  applyFixes: FixesRequest[];
  readRange: [string, CellRange][];
  saveIgnores: unknown[];
  setHighlights: [string, Pick<Finding, "address" | "severity">[]][];
  clearHighlights: (string | undefined)[];
  saveSettings: unknown[];
  insertBlock: InsertBlockRequest[];
  addIndicatorRows: AddIndicatorsRequest[];
  saveUserTemplates: unknown[];
}

/** What a current Excel build without ExcelApi 1.20 reports, in Chinese and the light theme. */
export const DEFAULT_CAPABILITIES: Readonly<Capabilities> = {
  api19: true,
  mergedAreas: true,
  triggerSource: true,
  notes: false,
  undoGrouping: false,
  displayLanguage: "zh-CN",
  isDarkTheme: false,
};

export class FakeGateway implements Gateway {
  calls: FakeCalls = {
    read: 0,
    readRange: [],
    select: [],
    applyFixes: [],
    saveIgnores: [],
    setHighlights: [],
    clearHighlights: [],
    saveSettings: [],
    insertBlock: [],
    addIndicatorRows: [],
    saveUserTemplates: [],
  };
  caps: Capabilities = { ...DEFAULT_CAPABILITIES };
  /** Sheets by name; `active` is what readActiveSheet returns. */
  sheets = new Map<string, SheetInput>();
  active = "Sheet1";
  stored: unknown = null;
  /** What loadUserTemplates returns. */
  storedTemplates: unknown = null;
  /** What loadIgnores returns. */
  storedIgnores: unknown = null;
  /** What insertBlock / addIndicatorRows answer (default: a success at A1 / A10). */
  insertResult: InsertBlockResult | null = null;
  addResult: AddIndicatorsResult | null = null;
  fixResult: FixResult = "applied";
  /** When set, readActiveSheet waits for the test to resolve it (overlapping reads). */
  holdReads = false;
  readError: unknown = null;
  private held: (() => void)[] = [];
  private listeners = new Set<(c: SheetChange) => void>();

  constructor(sheets: SheetInput[] = [{ name: "Sheet1", values: [] }]) {
    for (const s of sheets) this.sheets.set(s.name, s);
    this.active = sheets[0]?.name ?? "Sheet1";
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  async capabilities(): Promise<Capabilities> {
    return { ...this.caps };
  }

  async readActiveSheet(): Promise<SheetInput> {
    this.calls.read++;
    const name = this.active;
    if (this.holdReads) await new Promise<void>((resolve) => this.held.push(resolve));
    if (this.readError) throw this.readError;
    const s = this.sheets.get(name);
    if (!s) throw NOT_FOUND(name);
    return { ...s, values: s.values.map((r) => [...r]) };
  }

  /** Lets held reads finish, oldest first unless an order is given. */
  release(order?: number[]): void {
    const held = this.held;
    this.held = [];
    for (const i of order ?? held.map((_, i) => i)) held[i]();
  }

  get heldCount(): number {
    return this.held.length;
  }

  async subscribe(listener: (c: SheetChange) => void): Promise<() => Promise<void>> {
    this.listeners.add(listener);
    return async () => {
      this.listeners.delete(listener);
    };
  }

  fire(change: SheetChange): void {
    for (const l of this.listeners) l(change);
  }

  /** Changes a cell's value like a user edit (no event: call fire()). */
  edit(sheet: string, row: number, col: number, value: SheetInput["values"][number][number]): void {
    const s = this.sheets.get(sheet)!;
    while (s.values.length < row) s.values.push([]);
    const r = s.values[row - 1];
    while (r.length < col) r.push(null);
    r[col - 1] = value;
  }

  async select(sheet: string, address: string): Promise<void> {
    this.calls.select.push([sheet, address]);
  }

  async readRange(sheet: string, range: CellRange): Promise<RangeRead> {
    this.calls.readRange.push([sheet, range]);
    const s = this.sheets.get(sheet);
    if (!s) throw NOT_FOUND(sheet);
    const values: RangeRead["values"] = [];
    for (let r = range.r1; r <= range.r2; r++) {
      const line: RangeRead["values"][number] = [];
      for (let c = range.c1; c <= range.c2; c++) line.push(s.values[r - 1]?.[c - 1] ?? null);
      values.push(line);
    }
    return { values };
  }

  /** All or nothing, like the real gateways: every fix written, or "stale" and nothing written. */
  async applyFixes(request: FixesRequest): Promise<FixesResult> {
    this.calls.applyFixes.push({ ...request, fixes: [...request.fixes] });
    if (this.fixResult !== "applied")
      return { status: this.fixResult, applied: 0, stale: request.fixes.map((f) => f.address), syncs: 1 };
    for (const f of request.fixes) this.edit(request.sheet, f.row, f.col, f.to);
    if (request.highlights) this.calls.setHighlights.push([request.sheet, [...request.highlights]]);
    return { status: "applied", applied: request.fixes.length, stale: [], syncs: 2 };
  }

  async setHighlights(
    sheet: string,
    findings: readonly Pick<Finding, "address" | "severity">[],
  ): Promise<HighlightResult> {
    this.calls.setHighlights.push([sheet, [...findings]]);
    return { writes: findings.length, syncs: 1 };
  }

  async clearHighlights(sheet?: string): Promise<HighlightResult> {
    this.calls.clearHighlights.push(sheet);
    return { writes: 1, syncs: 1 };
  }

  async loadSettings(): Promise<unknown | null> {
    return this.stored;
  }

  async saveSettings(value: unknown): Promise<void> {
    this.calls.saveSettings.push(value);
    this.stored = JSON.parse(JSON.stringify(value));
  }

  async insertBlock(request: InsertBlockRequest): Promise<InsertBlockResult> {
    this.calls.insertBlock.push(request);
    if (this.insertResult) return this.insertResult;
    const rows = request.block.cells.length;
    return {
      ok: true,
      sheet: this.active,
      address: `A1:F${rows}`,
      range: { r1: 1, c1: 1, r2: rows, c2: 6 },
      shifted: null,
      required: [...request.block.required],
      review: [...request.block.review],
      syncs: 2,
    };
  }

  async addIndicatorRows(request: AddIndicatorsRequest): Promise<AddIndicatorsResult> {
    this.calls.addIndicatorRows.push(request);
    if (this.addResult) return this.addResult;
    const n = request.rows.length;
    return {
      ok: true,
      sheet: this.active,
      address: `A10:F${9 + n}`,
      added: n,
      skipped: [],
      inserted: { at: 10, count: n },
      syncs: 2,
    };
  }

  async loadUserTemplates(): Promise<unknown | null> {
    return this.storedTemplates;
  }

  async saveUserTemplates(value: unknown): Promise<void> {
    this.calls.saveUserTemplates.push(value);
    this.storedTemplates = JSON.parse(JSON.stringify(value));
  }

  async loadIgnores(): Promise<unknown | null> {
    return this.storedIgnores;
  }

  async saveIgnores(value: unknown): Promise<void> {
    this.calls.saveIgnores.push(value);
    this.storedIgnores = JSON.parse(JSON.stringify(value));
  }
}
