/**
 * Node-only helpers for tests: load an .xlsx file into the simulator (where ../shared is: tests/helpers/workbooks.ts).
 * Not exported from the simulator's index, so browser bundles never see node:fs.
 */
import * as fs from "node:fs";
import * as ExcelJS from "exceljs";
import type { WorkbookModel } from "./model";
import { workbookFromXlsx } from "./xlsx";

export async function workbookFromFile(file: string): Promise<WorkbookModel> {
  return workbookFromXlsx(fs.readFileSync(file), ExcelJS);
}
