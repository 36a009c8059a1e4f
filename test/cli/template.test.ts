/**
 * `hr-appraisal template`: a catalog template as a new workbook, HR functions or portable
 * formulas, never over an existing file unless asked; the workbook it writes checks clean.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CATALOG } from "../../src/templates";
import { runCli } from "../support/cli";
import { readSheetCells } from "../support/xlsx-table";

let folder: string;
beforeAll(() => (folder = mkdtempSync(join(tmpdir(), "hr-template-"))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const formulasOf = (rows: Awaited<ReturnType<typeof readSheetCells>>) =>
  rows.flatMap((row) => row ?? []).filter((cell) => cell?.kind === "cached").length;

test("writes the template with HR functions, and a portable one; both check as ready (nobody graded yet)", async () => {
  const hr = join(folder, "客服.xlsx");
  const run = await runCli(["template", "shop-customer-service", "--rows", "5", "--period", "2026-11", "--out", hr], {
    env: { LANG: "zh_CN.UTF-8" },
  });
  expect(run).toEqual({
    code: 0,
    stdout: `已写入 ${hr}：工作表“客服 2026-11”，5 行，HR 函数（需要加载项）。\n`,
    stderr: "",
  });
  const hrRows = await readSheetCells(hr, "客服 2026-11");
  expect(formulasOf(hrRows)).toBeGreaterThan(5);

  const portable = join(folder, "ops.xlsx");
  const second = await runCli([
    "template",
    "store-operations",
    "--portable",
    "--lang",
    "en-US",
    "--period",
    "2026 Q4",
    "--cycle",
    "quarterly",
    "--out",
    portable,
  ]);
  expect(second.stdout).toContain("sheet 'Store operations roles 2026 Q4', 20 rows, portable native formulas");
  const notes = (await readSheetCells(portable, "Store operations roles 2026 Q4")).flatMap((row) => row ?? []);
  expect(notes).toContainEqual({ kind: "value", value: expect.stringMatching(/^Portable sheet: plain formulas/) });

  for (const file of [hr, portable]) {
    const check = await runCli(["check", file]);
    expect([file, check.code]).toEqual([file, 0]);
    expect(check.stdout).toContain("0 graded people");
  }
});

test("never writes over a file unless --force", async () => {
  const path = join(folder, "taken.xlsx");
  writeFileSync(path, "mine");
  const refused = await runCli(["template", "copywriter", "--out", path]);
  expect(refused).toEqual({
    code: 2,
    stdout: "",
    stderr: `${path} exists: choose another name, or add --force to replace it\n`,
  });
  expect((await runCli(["template", "copywriter", "--out", path, "--force"])).code).toBe(0);
});

test("--list names every template; mistakes get exit 2 and say what to do", async () => {
  const list = await runCli(["template", "--list"]);
  expect(list.code).toBe(0);
  for (const template of CATALOG) expect(list.stdout).toContain(`  ${template.id} — ${template.role.en} — `);
  const out = ["--out", join(folder, "x.xlsx")];
  expect((await runCli(["template", ...out])).stderr).toMatch(/^Name a template: ecommerce-supervisor, copywriter, /);
  expect((await runCli(["template", "cfo", ...out])).stderr).toMatch(/^No template 'cfo'. Templates: /);
  expect((await runCli(["template", "copywriter"])).stderr).toBe("Give the file to write: --out file.xlsx\n");
  expect((await runCli(["template", "copywriter", "--rows", "0", ...out])).stderr).toBe(
    "--rows '0' must be a whole number from 1 to 100000\n",
  );
  expect((await runCli(["template", "copywriter", "--cycle", "weekly", ...out])).stderr).toBe(
    "--cycle 'weekly' must be one of monthly, quarterly, annual\n",
  );
  expect((await runCli(["template", "copywriter", "--portable", "--letters", ...out])).stderr).toBe(
    "--letters needs the add-in's HR functions: a --portable sheet takes points\n",
  );
  expect((await runCli(["template", "copywriter", "--period", "x".repeat(30), ...out])).stderr).toMatch(
    /^Invalid options: period:/,
  );
  expect(existsSync(join(folder, "x.xlsx"))).toBe(false);
});
