/**
 * The command line installed as the README says (`npm link`), run from a folder outside the
 * repository, and `--version`, which answers even before the first build.
 */
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const { version } = require("../../package.json") as { version: string };

let scratch: string;
beforeAll(() => (scratch = mkdtempSync(join(tmpdir(), "hr-install-"))));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) => {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8", ...env },
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

test("--version prints the package version, also where dist/ was never built", () => {
  expect(run(process.execPath, [join(ROOT, "bin", "hr-appraisal.js"), "--version"], scratch)).toEqual({
    code: 0,
    stdout: `${version}\n`,
    stderr: "",
  });
  const unbuilt = join(scratch, "unbuilt");
  mkdirSync(join(unbuilt, "bin"), { recursive: true });
  copyFileSync(join(ROOT, "package.json"), join(unbuilt, "package.json"));
  copyFileSync(join(ROOT, "bin", "hr-appraisal.js"), join(unbuilt, "bin", "hr-appraisal.js"));
  const bin = join(unbuilt, "bin", "hr-appraisal.js");
  expect(run(process.execPath, [bin, "--version"], scratch).stdout).toBe(`${version}\n`);
  expect(run(process.execPath, [bin, "--help"], scratch)).toEqual({
    code: 2,
    stdout: "",
    stderr: `hr-appraisal is not built yet: run \`npm run build\` in ${unbuilt}.\n`,
  });
});

test("`npm link` installs hr-appraisal, which then runs from any folder", () => {
  if (!existsSync(join(ROOT, "dist", "cli.js"))) throw new Error("dist/cli.js is missing: run `npm run build` first.");
  // a throwaway global prefix, so the test never touches the machine's own global packages
  const prefix = join(scratch, "global");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const link = run(npm, ["link", "--no-audit", "--no-fund"], ROOT, { NPM_CONFIG_PREFIX: prefix });
  expect([link.code, link.stderr]).toEqual([0, ""]);
  const bin = process.platform === "win32" ? join(prefix, "hr-appraisal.cmd") : join(prefix, "bin", "hr-appraisal");

  const elsewhere = join(scratch, "hr");
  mkdirSync(elsewhere);
  expect(run(bin, ["--version"], elsewhere).stdout).toBe(`${version}\n`);
  const written = run(
    bin,
    ["template", "copywriter", "--rows", "3", "--period", "2026-11", "--out", "文案.xlsx"],
    elsewhere,
  );
  expect(written).toEqual({
    code: 0,
    stdout: expect.stringMatching(/^Wrote 文案\.xlsx: sheet '.+', 3 rows, /),
    stderr: "",
  });
  expect(existsSync(join(elsewhere, "文案.xlsx"))).toBe(true);
  // 0 or 1 is a verdict; 2 would mean the workbook could not be read
  expect([0, 1]).toContain(run(bin, ["check", "."], elsewhere).code);
});
