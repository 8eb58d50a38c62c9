/** Reading workbooks for engine tests, through the same reader the command uses. */
import * as fs from "node:fs";
import * as path from "node:path";
import type { SheetInput } from "../../src/domain";
import { readSheets as readWorkbookSheets } from "../../src/cli/read-xlsx";
import type { WorkbookModel } from "../../src/simulator/model";
import { workbookFromFile } from "../../src/simulator/node";

/** ../shared beside the repository (read-only: the real workbooks, the corpus, the Office schemas). The one place that says where it is. */
export const SHARED = path.resolve(__dirname, "../../../shared");
export const SHARED_FIXTURES = path.join(SHARED, "fixtures");
export const hasShared = fs.existsSync(SHARED_FIXTURES);

export const FIXTURES = {
  houjie: "houjie-2025-dept.xlsx",
  machong: "machong-2024-projects.xlsx",
  qingxi: "qingxi-2025-dept-and-projects.xlsx",
  huangpu: "huangpu-project-expenditure.xlsx",
} as const;

export async function readSheets(file: string): Promise<SheetInput[]> {
  return readWorkbookSheets(file);
}

/** `describe` that runs only when ../shared is present, and says so plainly when it is not. */
export function describeShared(name: string, fn: () => void): void {
  if (hasShared) describe(name, fn);
  else {
    describe(name, () => {
      test.skip(`skipped: ${SHARED_FIXTURES} not found (CI always has ../shared)`, () => undefined);
    });
    console.warn(`skipped "${name}": ../shared/fixtures not found`);
  }
}

// The shared fixtures in the simulator (tests of the Excel and WPS gateways, insertion, the host contract).

/** The shared fixtures folder (repo/../shared/fixtures), or null when it is absent. */
export function sharedFixturesDir(): string | null {
  const dir = SHARED_FIXTURES;
  return fs.existsSync(dir) ? dir : null;
}

export function listSharedFixtures(): string[] {
  const dir = sharedFixturesDir();
  return dir
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".xlsx"))
        .sort()
    : [];
}

/** Loads a shared fixture by file name (`houjie-2025-dept.xlsx`); null when ../shared is absent. */
export async function loadSharedFixture(name: string): Promise<WorkbookModel | null> {
  const dir = sharedFixturesDir();
  if (!dir) return null;
  const file = path.join(dir, name);
  return fs.existsSync(file) ? workbookFromFile(file) : null;
}
