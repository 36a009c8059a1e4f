/**
 * `hr-appraisal template`: a catalog template as a new workbook, HR functions or portable
 * formulas, never over an existing file unless asked; the workbook it writes checks clean.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
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

test("writes the template with HR functions, and a portable one; an unfilled one is never ready", async () => {
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
    // read, and found empty: nobody graded yet is not "on target"
    expect([file, check.code]).toEqual([file, 1]);
    expect(check.stdout).toContain("0 graded people");
    expect(check.stdout).toContain("Not ready: no graded people were read");
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
  expect((await runCli(["template", "copywriter", "--portable", "--letters", ...out])).stderr).toBe(
    "--letters needs the add-in's HR functions: a --portable sheet takes points\n",
  );
  expect(existsSync(join(folder, "x.xlsx"))).toBe(false);
});

describe("template refuses what it cannot write, in one line, exit 2, and writes nothing", () => {
  const target = () => join(folder, "refused.xlsx");
  const refusals: [string, string[], string, string][] = [
    [
      "a cycle the role does not have",
      ["copywriter", "--cycle", "quarterly"],
      "copywriter is not appraised quarterly: its cycles are monthly, annual",
      "模板 copywriter 没有季度考核：可用的考核周期为 monthly（月度）、annual（年度）",
    ],
    [
      "a cycle that does not exist",
      ["copywriter", "--cycle", "weekly"],
      "--cycle 'weekly' must be one of monthly, quarterly, annual",
      "选项 --cycle 的值“weekly”无效，可选值为 monthly、quarterly、annual",
    ],
    [
      "a month that does not exist",
      ["copywriter", "--period", "2026-13"],
      "--period '2026-13' is not a monthly period: write it as 2026-11",
      "选项 --period 的值“2026-13”不是有效的月度考核期间：请按 2026-11 的格式填写",
    ],
    [
      "a period in a form the sheet name would not sort by",
      ["marketing", "--cycle", "quarterly", "--period", "Q4 2026"],
      "--period 'Q4 2026' is not a quarterly period: write it as 2026 Q4",
      "选项 --period 的值“Q4 2026”不是有效的季度考核期间：请按 2026 Q4 的格式填写",
    ],
    [
      "a period of another cycle of the template",
      ["marketing", "--period", "2026 Q4"],
      "--period '2026 Q4' is a quarterly period, but the sheet is monthly: add --cycle quarterly",
      "选项 --period 的值“2026 Q4”是季度考核期间，而工作表按月度考核：请加上 --cycle quarterly",
    ],
    [
      "rows that are not a whole number",
      ["copywriter", "--rows", "1e3"],
      "--rows '1e3' must be a whole number from 1 to 100000",
      "选项 --rows 的值“1e3”必须是 1～100000 之间的整数",
    ],
    [
      "more rows than a sheet plan takes",
      ["copywriter", "--rows", "100001"],
      "--rows '100001' must be a whole number from 1 to 100000",
      "选项 --rows 的值“100001”必须是 1～100000 之间的整数",
    ],
    [
      "a file name given without --out",
      ["copywriter", "report.xlsx", "--out", "x.xlsx"],
      "Unexpected 'report.xlsx': to write that file, put --out before it (--out report.xlsx)",
      "无法识别“report.xlsx”：要写入该文件，请在它前面加上 --out（--out report.xlsx）",
    ],
    [
      "a stray word",
      ["copywriter", "monthly"],
      "Unexpected 'monthly': template takes one template id, and every other value follows its option (--out file.xlsx, --period 2026-11)",
      "无法识别“monthly”：template 只接受一个模板编号，其他值都要跟在各自的选项后面（--out 文件.xlsx、--period 2026-11）",
    ],
  ];
  test.each(refusals)("%s", async (_case, args, english, chinese) => {
    for (const [LANG, message] of [
      ["en_US.UTF-8", english],
      ["zh_CN.UTF-8", chinese],
    ]) {
      const run = await runCli(["template", ...args, "--out", target()], { env: { LANG } });
      expect(run).toEqual({ code: 2, stdout: "", stderr: `${message}\n` });
    }
    expect(existsSync(target())).toBe(false);
  });

  test("an unknown --lang", async () => {
    for (const lang of ["fr", "chinese", "en_US.UTF-8 "]) {
      const run = await runCli(["template", "copywriter", "--lang", lang, "--out", target()]);
      expect(run).toEqual({ code: 2, stdout: "", stderr: `--lang '${lang}' must be one of zh-CN, en-US\n` });
    }
    expect((await runCli(["template", "copywriter", "--lang", "zh CN", "--out", target()])).stderr).toBe(
      "选项 --lang 的值“zh CN”无效，可选值为 zh-CN、en-US\n",
    );
    for (const lang of ["zh", "zh-CN", "zh_CN.UTF-8", "en", "en-GB"]) {
      expect(
        (await runCli(["template", "copywriter", "--lang", lang, "--rows", "x", "--out", target()])).stderr,
      ).toMatch(/--rows /);
    }
    expect(existsSync(target())).toBe(false);
  });

  test("an --out that is not .xlsx", async () => {
    for (const out of ["report.xls", "report", "report.xlsx.csv"]) {
      expect(await runCli(["template", "copywriter", "--out", join(folder, out)])).toEqual({
        code: 2,
        stdout: "",
        stderr: `--out '${join(folder, out)}' must end in .xlsx: the workbook is written in the .xlsx format\n`,
      });
      expect(existsSync(join(folder, out))).toBe(false);
    }
    const upper = join(folder, "upper.XLSX");
    expect((await runCli(["template", "copywriter", "--rows", "1", "--out", upper])).code).toBe(0);
    expect(existsSync(upper)).toBe(true);
  });

  test("an output folder that does not exist, or is a file", async () => {
    const missing = join(folder, "no such folder");
    expect(await runCli(["template", "copywriter", "--out", join(missing, "x.xlsx")])).toEqual({
      code: 2,
      stdout: "",
      stderr: `The folder ${missing} does not exist: create it, or give --out a file in an existing folder\n`,
    });
    expect((await runCli(["template", "copywriter", "--out", join(missing, "x.xlsx"), "--lang", "zh"])).stderr).toBe(
      `文件夹 ${missing} 不存在：请先创建该文件夹，或让 --out 指向已有文件夹中的文件\n`,
    );
    const file = join(folder, "a-file");
    writeFileSync(file, "");
    expect((await runCli(["template", "copywriter", "--out", join(file, "x.xlsx")])).stderr).toBe(
      `The folder ${file} does not exist: create it, or give --out a file in an existing folder\n`,
    );
    expect(existsSync(missing)).toBe(false);
  });

  test("a write the file system refuses is one line naming the reason", async () => {
    const taken = join(folder, "a folder.xlsx");
    mkdirSync(taken);
    expect(await runCli(["template", "copywriter", "--out", taken, "--force"])).toEqual({
      code: 2,
      stdout: "",
      stderr: `Cannot write ${taken}: it is a folder\n`,
    });
    expect((await runCli(["template", "copywriter", "--out", taken, "--force", "--lang", "zh-CN"])).stderr).toBe(
      `无法写入 ${taken}：这是一个文件夹\n`,
    );
  });

  test("the default period is the current one, and a cycle's own period form is accepted", async () => {
    const quarterly = join(folder, "quarter.xlsx");
    const run = await runCli(["template", "content", "--cycle", "quarterly", "--rows", "2", "--out", quarterly]);
    const now = new Date();
    expect(run.stdout).toContain(`${now.getFullYear()} Q${Math.floor(now.getMonth() / 3) + 1}', 2 rows`);
    const annual = join(folder, "year.xlsx");
    const year = await runCli(["template", "copywriter", "--cycle", "annual", "--period", "2025", "--out", annual], {
      env: { LANG: "zh_CN.UTF-8" },
    });
    expect([year.code, year.stdout]).toEqual([0, expect.stringContaining("工作表“电商部文案 2025”，20 行")]);
  });
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
    "无法识别“extra”：template 只接受一个模板编号，其他值都要跟在各自的选项后面（--out 文件.xlsx、--period 2026-11）\n",
    "选项 --cycle 的值“weekly”无效，可选值为 monthly、quarterly、annual\n",
    `选项 --period 的值“${"x".repeat(30)}”不是有效的月度考核期间：请按 2026-11 的格式填写\n`,
    "选项 --max-size 的值“0”必须是大于 0 的数字\n",
  ]);
  // English keeps node's and zod's own words.
  const en = await runCli(["template", "copywriter", "--colour", ...out]);
  expect(en.stderr).toMatch(/^Unknown option '--colour'\. .*Run hr-appraisal --help for the usage\.\n$/s);
  expect(existsSync(join(folder, "y.xlsx"))).toBe(false);
});
