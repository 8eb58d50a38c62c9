/**
 * The hosts the contract suite runs against, each as a factory: a workbook in, the host's real gateway and a
 * handle to drive the host as a user would (edits, sheet switches, selection) and to look at the workbook
 * (both simulators keep the same WorkbookModel). A capability a host cannot be tested for is simply absent
 * from its `can` list; add a host here and every describe of contract.test.ts runs against it.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { Gateway } from "../../src/host/gateway";
import * as insertModule from "../../src/excel/insert-block";
import * as wpsInsertModule from "../../src/wps/insert";
import { createOfficeGateway } from "../../src/excel/office-gateway";
import { createWpsGateway } from "../../src/wps/wps-gateway";
import {
  installSimulator,
  installWpsSimulator,
  parseArea,
  uninstallWpsSimulator,
  type SheetModel,
  type WorkbookModel,
} from "../../src/simulator";
import { key } from "../../src/simulator/model";
import { columnName } from "../../src/domain/model/a1";

export type Capability = "read" | "read-range" | "highlights" | "fix" | "insert" | "settings" | "events";

export interface HostUnderTest {
  gateway: Gateway;
  /** The workbook as the host holds it now. */
  wb(): WorkbookModel;
  userEdit(sheet: string, address: string, value: unknown): Promise<void>;
  userActivate(sheet: string): void;
  userSelect(sheet: string, address: string): void;
  /** Every change event the host raised so far has been handled. */
  flush(): Promise<void>;
  /** The fill the cell shows (conditional formats included). */
  displayFill(sheet: string, address: string): string | null;
  fingerprint(sheet: string): string;
  /** Host calls so far (Office.js: context.sync; WPS: ET calls). */
  calls(): number;
  /** The user's undo history (oldest first) and Ctrl+Z, where the host keeps one. */
  undoRecords?(): { source: string }[];
  undo?(): Promise<void>;
  teardown(): void;
}

export interface HostFactory {
  name: string;
  can: readonly Capability[];
  make(wb: WorkbookModel): HostUnderTest;
}

const ALL: readonly Capability[] = ["read", "read-range", "highlights", "fix", "insert", "settings", "events"];

function clearGlobals(): void {
  const g = globalThis as Record<string, unknown>;
  for (const k of ["Excel", "Office", "OfficeExtension"]) delete g[k];
  uninstallWpsSimulator(globalThis);
}

export const excelSimulator: HostFactory = {
  name: "Excel: Office.js gateway on the Excel simulator",
  can: ALL,
  make(wb) {
    const sim = installSimulator(globalThis, wb, { apiLevel: "1.20" });
    return {
      gateway: createOfficeGateway({ loadInsertModule: async () => insertModule }),
      wb: () => sim.wb,
      userEdit: (s, a, v) => sim.userEdit(s, a, v),
      userActivate: (s) => sim.userActivate(s),
      userSelect: (s, a) => sim.userSelect(s, a),
      flush: () => sim.flushEvents(),
      displayFill: (s, a) => sim.displayFill(s, a),
      fingerprint: (s) => sim.fingerprint(s),
      calls: () => sim.syncCount,
      undoRecords: () => sim.undoStack.map((e) => ({ source: e.source })),
      undo: async () => {
        await sim.undo();
      },
      teardown: clearGlobals,
    };
  },
};

export const wpsSimulator: HostFactory = {
  name: "WPS: ET gateway on the WPS simulator",
  can: ALL,
  make(wb) {
    const sim = installWpsSimulator(globalThis, wb);
    return {
      gateway: createWpsGateway({ loadInsertModule: async () => wpsInsertModule }),
      wb: () => sim.wb,
      userEdit: (s, a, v) => sim.userEdit(s, a, v),
      userActivate: (s) => sim.userActivate(s),
      userSelect: (s, a) => sim.userSelect(s, a),
      flush: () => sim.flushEvents(),
      displayFill: (s, a) => sim.displayFill(s, a),
      fingerprint: (s) => sim.fingerprint(s),
      calls: () => sim.calls,
      undoRecords: () => sim.undoStack.map((e) => ({ source: e.source })),
      undo: async () => {
        await sim.undo();
      },
      teardown: clearGlobals,
    };
  },
};

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * office-addin-mock (Microsoft's mock of the Office.js proxies), seeded from the workbook: an independent check of
 * the Office.js gateway's read and settings calls. It has no conditional formats, events or insertion, so those
 * capabilities are not listed. The mock has no *OrNullObject semantics (docs/office.md §6): isNullObject is pinned.
 */
export const officeAddinMock: HostFactory = {
  name: "Excel: Office.js gateway on office-addin-mock",
  can: ["read", "settings"],
  make(wb) {
    const sheet = (): SheetModel => wb.active;
    const settings: Record<string, unknown> = JSON.parse(JSON.stringify(wb.savedSettings));
    let syncs = 0;
    const build = () => {
      const s = sheet();
      const u = s.usedRect(true);
      const rect = u ?? { r1: 1, c1: 1, r2: 1, c2: 1 };
      const grid = (f: (r: number, c: number) => unknown) =>
        Array.from({ length: rect.r2 - rect.r1 + 1 }, (_, i) =>
          Array.from({ length: rect.c2 - rect.c1 + 1 }, (_, j) => f(rect.r1 + i, rect.c1 + j)),
        );
      const col = columnName;
      const a1 = (r: { r1: number; c1: number; r2: number; c2: number }) => `${col(r.c1)}${r.r1}:${col(r.c2)}${r.r2}`;
      const inside = u
        ? s.merges.filter((m) => m.r1 >= rect.r1 && m.r1 <= rect.r2 && m.c1 >= rect.c1 && m.c1 <= rect.c2)
        : [];
      return {
        context: {
          workbook: {
            worksheets: {
              active: {
                name: s.name,
                used: {
                  address: `${s.name}!${a1(rect)}`,
                  rowIndex: rect.r1 - 1,
                  columnIndex: rect.c1 - 1,
                  rowCount: rect.r2 - rect.r1 + 1,
                  columnCount: rect.c2 - rect.c1 + 1,
                  merged: { address: inside.map((m) => `${s.name}!${a1(m)}`).join(",") },
                  getMergedAreasOrNullObject(this: any) {
                    return this.merged;
                  },
                },
                block: {
                  values: grid((r, c) => s.value(r, c) ?? ""),
                  numberFormat: grid((r, c) => s.cells.get(key(r, c))?.format?.numberFormat ?? "General"),
                },
                getUsedRangeOrNullObject(this: any) {
                  return this.used;
                },
                getRangeByIndexes(this: any) {
                  return this.block;
                },
              },
              getActiveWorksheet(this: any) {
                return this.active;
              },
            },
          },
        },
        run: async function (this: any, a: unknown, b?: (ctx: unknown) => Promise<unknown>) {
          return (b ?? (a as (ctx: unknown) => Promise<unknown>))(this.context);
        },
        empty: u === null,
      };
    };
    const install = () => {
      const seed = build();
      const mock: any = new OfficeMockObject(seed);
      const active = mock.context.workbook.worksheets.active;
      Object.defineProperty(active.used, "isNullObject", { value: seed.empty });
      Object.defineProperty(active.used.merged, "isNullObject", { value: active.used.merged.address === "" });
      const sync = mock.context.sync.bind(mock.context);
      mock.context.sync = async () => {
        syncs++;
        await sync();
        await new Promise((r) => setTimeout(r, 0)); // the mock syncs children asynchronously
      };
      (globalThis as any).Excel = mock;
    };
    (globalThis as any).Office = {
      context: {
        requirements: { isSetSupported: (_s: string, v: string) => Number(v.split(".")[1]) <= 13 },
        document: {
          settings: {
            get: (k: string) => (k in settings ? JSON.parse(JSON.stringify(settings[k])) : null),
            set: (k: string, v: unknown) => (settings[k] = JSON.parse(JSON.stringify(v))),
            saveAsync: (cb: (r: unknown) => void) => {
              wb.savedSettings = JSON.parse(JSON.stringify(settings));
              setTimeout(() => cb({ status: "succeeded" }), 0);
            },
          },
        },
      },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    };
    install();
    const unsupported = () => {
      throw new Error("office-addin-mock host: not modelled");
    };
    return {
      gateway: {
        ...createOfficeGateway(),
        // re-seed the mock from the workbook before each read, as a real Excel would show the current sheet
        readActiveSheet: () => {
          install();
          return createOfficeGateway().readActiveSheet();
        },
      },
      wb: () => wb,
      userEdit: async (s, a, v) => {
        const r = parseArea(a)!.rect;
        wb.sheet(s)!.setValue(r.r1, r.c1, v as string);
      },
      userActivate: (s) => {
        wb.activeSheetId = wb.sheet(s)!.id;
      },
      userSelect: unsupported,
      flush: async () => {},
      displayFill: unsupported,
      fingerprint: unsupported,
      calls: () => syncs,
      teardown: clearGlobals,
    };
  },
};

export const HOSTS: readonly HostFactory[] = [excelSimulator, officeAddinMock, wpsSimulator];
