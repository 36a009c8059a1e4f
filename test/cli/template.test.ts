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

test("in Chinese, nothing is said in English: cycle names, argument and option errors", async () => {
  const zh = { env: { LANG: "zh_CN.UTF-8" } };
  const list = await runCli(["template", "--list"], zh);
  expect(list.stdout).toContain("  marketing — 市场推广类岗位 — 月度、季度、年度\n");
  expect(list.stdout).not.toMatch(/monthly|quarterly|annual/);
  const out = ["--out", join(folder, "y.xlsx")];
  const errors = await Promise.all(
    [
      ["template", "copywriter", "--colour", ...out],
      ["template", "copywriter", ...out, "--period"],
      ["template", "copywriter", "--out", "--rows", "5"],
      ["template", "copywriter", "--portable=yes", ...out],
      ["template", "copywriter", "extra", ...out],
      ["template", "copywriter", "--cycle", "weekly", ...out],
      ["template", "copywriter", "--period", "x".repeat(30), ...out],
      ["check", "--max-size", "0", "a.xlsx"],
    ].map(async (args) => (await runCli(args, zh)).stderr),
  );
  expect(errors).toEqual([
    "没有 --colour 这个选项。运行 hr-appraisal --help 查看用法。\n",
    "选项 --period 后面需要填写一个值。运行 hr-appraisal --help 查看用法。\n",
    "选项 --out 后面需要填写一个值。运行 hr-appraisal --help 查看用法。\n",
    "选项 --portable 不需要填写值。运行 hr-appraisal --help 查看用法。\n",
    "多余的参数“extra”。运行 hr-appraisal --help 查看用法。\n",
    "选项 --cycle 的值“weekly”无效，可选值为 monthly、quarterly、annual\n",
    "选项无效：--period 最多 20 个字符\n",
    "选项 --max-size 的值“0”必须是大于 0 的数字\n",
  ]);
  // English keeps node's and zod's own words.
  const en = await runCli(["template", "copywriter", "--colour", ...out]);
  expect(en.stderr).toMatch(/^Unknown option '--colour'\. .*Run hr-appraisal --help for the usage\.\n$/s);
  expect(existsSync(join(folder, "y.xlsx"))).toBe(false);
});
