/**
 * `engines.node` in package.json says which Node versions the project runs on. It must not promise a version that a
 * dependency refuses: every installed package's own `engines.node` range (package-lock.json) must contain ours.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import semver from "semver";

const ROOT = path.resolve(__dirname, "..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean; dev?: boolean }>;
};

describe("engines.node", () => {
  const ours = pkg.engines.node;

  test("is a valid range", () => {
    expect(semver.validRange(ours)).not.toBeNull();
  });

  test("lies within every installed package's own Node range", () => {
    const refused: string[] = [];
    for (const [where, p] of Object.entries(lock.packages)) {
      if (!where || p.optional || !p.engines || Array.isArray(p.engines) || !p.engines.node) continue;
      if (!semver.subset(ours, p.engines.node, { includePrerelease: false }))
        refused.push(`${where}: ${p.engines.node}`);
    }
    expect(refused).toEqual([]);
  });

  test("a range any dependency refuses would be caught", () => {
    // the check above is able to fail: 20.9 is older than what typescript-eslint's dependencies accept
    const tooOld = Object.values(lock.packages).some(
      (p) => p.engines && !Array.isArray(p.engines) && p.engines.node && !semver.subset(">=20.9.0", p.engines.node),
    );
    expect(tooOld).toBe(true);
  });
});
