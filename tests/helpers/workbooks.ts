/** Reading workbooks for engine tests, through the same reader the command uses. */
import * as fs from "node:fs";
import * as path from "node:path";
import type { SheetInput } from "../../src/domain";
import { readSheets as readWorkbookSheets } from "../../src/cli/read-xlsx";

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
