/**
 * readActiveSheet against office-addin-mock (OfficeMockObject), independent of our simulator.
 * The mock has no *OrNullObject semantics (docs/office.md §6), so `isNullObject` is pinned to false
 * on the mock objects after construction.
 */
import { OfficeMockObject } from "office-addin-mock";
import { createOfficeGateway } from "../../src/excel/office-gateway";

/* eslint-disable @typescript-eslint/no-explicit-any */
describe("readActiveSheet with office-addin-mock", () => {
  afterEach(() => {
    delete (globalThis as any).Excel;
    delete (globalThis as any).Office;
  });

  test("returns the values, number formats, origin and merges, and loads only what it needs", async () => {
    const indexArgs: number[][] = [];
    const seed = {
      context: {
        workbook: {
          worksheets: {
            active: {
              name: "绩效目标表",
              used: {
                address: "绩效目标表!B2:C4",
                rowIndex: 1,
                columnIndex: 1,
                rowCount: 3,
                columnCount: 2,
                merged: { address: "绩效目标表!B2:C2" },
                getMergedAreasOrNullObject(this: any) {
                  return this.merged;
                },
              },
              block: {
                values: [
                  ["项目名称", ""],
                  ["指标值", "≥95%"],
                  ["金额", 12.5],
                ],
                numberFormat: [
                  ["General", "General"],
                  ["General", "General"],
                  ["General", "0.00"],
                ],
              },
              getUsedRangeOrNullObject(this: any) {
                return this.used;
              },
              getRangeByIndexes(this: any, ...args: number[]) {
                indexArgs.push(args);
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
    };
    const mock: any = new OfficeMockObject(seed);
    const sheet = mock.context.workbook.worksheets.active;
    for (const o of [sheet.used, sheet.used.merged]) Object.defineProperty(o, "isNullObject", { value: false });
    const loads: string[] = [];
    for (const [name, o] of [
      ["sheet", sheet],
      ["used", sheet.used],
      ["merged", sheet.used.merged],
      ["block", sheet.block],
    ] as const) {
      const original = o.load.bind(o);
      o.load = (arg: string) => {
        loads.push(`${name}:${arg}`);
        return original(arg);
      };
    }
    let syncs = 0;
    const sync = mock.context.sync.bind(mock.context);
    mock.context.sync = async () => {
      syncs++;
      await sync();
      await new Promise((r) => setTimeout(r, 0)); // the mock syncs children asynchronously
    };
    (globalThis as any).Excel = mock;
    (globalThis as any).Office = {
      context: { requirements: { isSetSupported: (_s: string, v: string) => Number(v.split(".")[1]) <= 13 } },
    };

    const result = await createOfficeGateway().readActiveSheet();

    expect(result).toEqual({
      name: "绩效目标表",
      values: [
        ["项目名称", null],
        ["指标值", "≥95%"],
        ["金额", 12.5],
      ],
      origin: { row: 2, col: 2 },
      merges: [{ r1: 2, c1: 2, r2: 2, c2: 3 }],
      formats: [
        [null, null],
        [null, null],
        [null, "0.00"],
      ],
    });
    expect(loads).toEqual([
      "sheet:name",
      "used:address,rowIndex,columnIndex,rowCount,columnCount",
      "merged:address",
      "block:values,numberFormat",
    ]);
    expect(indexArgs).toEqual([[1, 1, 3, 2]]);
    expect(syncs).toBe(2);
  });
});
