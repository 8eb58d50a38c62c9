/**
 * Node-only helpers for tests: load `/work/shared/fixtures/*.xlsx` (../shared from the repo) into
 * the simulator. Not exported from the simulator's index, so browser bundles never see node:fs.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import type { WorkbookModel } from "./model";
import { workbookFromXlsx } from "./xlsx";

/** The shared fixtures folder (repo/../shared/fixtures), or null when it is absent. */
export function sharedFixturesDir(): string | null {
  const dir = path.resolve(__dirname, "../../../shared/fixtures");
  return fs.existsSync(dir) ? dir : null;
}

export function listSharedFixtures(): string[] {
  const dir = sharedFixturesDir();
  return dir ? fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort() : [];
}

export async function workbookFromFile(file: string): Promise<WorkbookModel> {
  return workbookFromXlsx(fs.readFileSync(file), ExcelJS);
}

/** Loads a shared fixture by file name (`houjie-2025-dept.xlsx`); null when ../shared is absent. */
export async function loadSharedFixture(name: string): Promise<WorkbookModel | null> {
  const dir = sharedFixturesDir();
  if (!dir) return null;
  const file = path.join(dir, name);
  return fs.existsSync(file) ? workbookFromFile(file) : null;
}
