/**
 * What a fresh machine needs, as the README's quick start states it: a Node version every installed
 * package accepts, and the system programs of the browser and spreadsheet tests — whose absence is
 * named, with the command that installs them.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, symlinkSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromiumPath } from "./support/chromium";

/** npm's version rules (semver, installed as a dependency of the dev tools; it ships no types). */
const semver = require("semver") as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
  Range: new (range: string) => { set: { value: string }[][] };
};

const ROOT = join(__dirname, "..");
const INSTALL_SCRIPT = join(ROOT, "scripts", "install-system-deps.sh");

interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
}
const pkg = require("../package.json") as { engines: { node: string } };
const lock = require("../package-lock.json") as { packages: Record<string, LockEntry> };

test("package.json's Node range is one every locked package accepts, down to its lowest version", () => {
  // the lowest version of each alternative (^20.19.0 → 20.19.0, >=24 → 24.0.0)
  const lowest = new semver.Range(pkg.engines.node).set.map((comparators) =>
    String(semver.minVersion(comparators.map((comparator) => comparator.value).join(" "))?.version),
  );
  expect(lowest.length).toBeGreaterThan(0);
  const refusals = Object.entries(lock.packages).flatMap(([path, entry]) => {
    const wanted = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    if (!path || !wanted) return [];
    return lowest
      .filter((version) => !semver.satisfies(version, wanted))
      .map((version) => `${path}@${entry.version} wants Node ${wanted}, not ${version}`);
  });
  expect(refusals).toEqual([]);
  expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
});

test("the system-package script names what is missing where it cannot install it", () => {
  // a PATH with bash and grep only: no apt-get, fc-list or soffice
  const [bash, grep] = spawnSync("sh", ["-c", "command -v bash; command -v grep"], { encoding: "utf8" })
    .stdout.trim()
    .split("\n");
  const bin = mkdtempSync(join(tmpdir(), "hr-no-apt-"));
  try {
    symlinkSync(bash, join(bin, "bash"));
    symlinkSync(grep, join(bin, "grep"));
    const run = spawnSync(bash, [INSTALL_SCRIPT], {
      encoding: "utf8",
      env: { PATH: bin, CHROMIUM_PATH: join(bin, "no-chromium") },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Missing: chromium fonts-wqy-zenhei libreoffice-calc-nogui.");
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
});

test("on this machine the script finds everything npm test drives", () => {
  const run = spawnSync(INSTALL_SCRIPT, { encoding: "utf8" });
  expect([run.status, run.stdout]).toEqual([0, "Chromium, a CJK font and LibreOffice are installed.\n"]);
});

test("a missing Chromium is named, with how to install it", () => {
  expect(() => chromiumPath({ CHROMIUM_PATH: "/nowhere/chromium" })).toThrow(
    "Chromium is needed for this test and /nowhere/chromium does not exist: install it with " +
      "`scripts/install-system-deps.sh` (what .ci/run does)",
  );
});
