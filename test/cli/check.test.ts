/**
 * `hr-appraisal check` end to end on workbooks written by the .xlsx writer and hand-made files:
 * exit codes, the text and --json reports per file, per group and for all files, the "move n
 * people" hints, invalid / missing / error / uncalculated cells with file, sheet and cell, a
 * clear message for each kind of bad file, and input files left byte for byte as they were.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { findTemplate, planSheet } from "../../src/templates";
import { planWorkbook } from "../../cli/xlsx/write-plan";
import { type DepartmentSample, departmentWorkbook, gradeList, seeded } from "../../scripts/sample-workbooks";
import { fingerprint, runCli } from "../support/cli";
import { xlsx, zip } from "../support/zip-writer";

let root: string;
let dir: (...parts: string[]) => string;

function department(
  file: string,
  sample: Omit<DepartmentSample, "file" | "period" | "grades">,
  counts: Record<string, number>,
  missing = 0,
) {
  const grades = [...gradeList(counts, seeded(file)), ...Array<null>(missing).fill(null)];
  return departmentWorkbook({ ...sample, file, period: "2026-11", grades }).workbook;
}

/** A Compound File Binary header and one directory entry name: what Excel's encrypted files and .xls start with. */
function compoundFile(streamName: string): Buffer {
  const file = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  Buffer.from(streamName, "utf16le").copy(file, 1024);
  return file;
}

/** A sheet HR made by hand: a title row, the header in row 2, a grade column named 考核等级. */
const handMade = xlsx({
  sharedStrings: [
    "2026年11月 客服部考核结果",
    "姓名",
    "部门",
    "考核等级",
    "得分",
    "王芳",
    "客服部",
    "A",
    "李强",
    "B",
    "张伟",
    "优+",
    "赵敏",
    "刘洋",
  ],
  sheets: [
    {
      name: "客服部",
      xml:
        `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` +
        `<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c><c r="D2" t="s"><v>4</v></c></row>` +
        `<row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3" t="s"><v>6</v></c><c r="C3" t="s"><v>7</v></c><c r="D3"><v>92</v></c></row>` +
        `<row r="4"><c r="A4" t="s"><v>8</v></c><c r="B4" t="s"><v>6</v></c><c r="C4" t="s"><v>9</v></c><c r="D4"><v>85</v></c></row>` +
        `<row r="5"><c r="A5" t="s"><v>10</v></c><c r="B5" t="s"><v>6</v></c><c r="C5" t="s"><v>11</v></c><c r="D5"><v>95</v></c></row>` +
        `<row r="6"><c r="A6" t="s"><v>12</v></c><c r="B6" t="s"><v>6</v></c></row>` +
        `<row r="7"><c r="A7" t="s"><v>13</v></c><c r="B7" t="s"><v>6</v></c><c r="C7" t="e"><f>HR.GRADE(D7)</f><v>#NAME?</v></c>` +
        `<c r="D7" t="e"><v>#VALUE!</v></c></row>`,
    },
  ],
});

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "hr-check-"));
  dir = (...parts) => join(root, ...parts);
  for (const folder of ["good", "bad", "empty-folder", "uncalculated", "large"]) mkdirSync(dir(folder));
  const zhHr = { templateId: "shop-customer-service", language: "zh", formulas: "hr" } as const;
  await department("east.xlsx", zhHr, { A: 9, B: 6, C: 4, D: 1 }).xlsx.writeFile(dir("good", "east.xlsx"));
  const enPortable = { templateId: "store-operations", language: "en", formulas: "portable" } as const;
  await department("west.xlsx", enPortable, { A: 9, B: 4, C: 2 }).xlsx.writeFile(dir("good", "west.xlsx"));
  const copywriter = { templateId: "copywriter", language: "zh", formulas: "hr" } as const;
  await department("north.xlsx", copywriter, { A: 3, B: 2, C: 2 }, 1).xlsx.writeFile(dir("north.xlsx"));
  writeFileSync(dir("hand-made.xlsx"), handMade);
  // saved after someone set an item weight so that the items add up to 130%
  const edited = departmentWorkbook({
    ...copywriter,
    file: "weights.xlsx",
    period: "2026-11",
    grades: ["A", "B", "C"],
  });
  const sum = edited.plan.writes.find((write) => write.address === edited.plan.weightTotals[0])!.contents[0][0];
  edited.workbook.getWorksheet(edited.plan.sheetName)!.getCell(edited.plan.weightTotals[0]).value = {
    formula: String(sum).slice(1),
    result: 1.3,
  };
  await edited.workbook.xlsx.writeFile(dir("weights.xlsx"));
  // many inflated chunks, many batches of rows
  await department("company.xlsx", copywriter, { A: 1350, B: 900, C: 600, D: 150 }).xlsx.writeFile(
    dir("large", "company.xlsx"),
  );
  writeFileSync(dir("good", "~$east.xlsx"), "owner file Excel leaves while the workbook is open");

  writeFileSync(dir("bad", "csv.xlsx"), "姓名,等级\n王芳,A\n");
  writeFileSync(dir("bad", "encrypted.xlsx"), compoundFile("EncryptedPackage"));
  writeFileSync(dir("bad", "old.xls"), compoundFile("Workbook"));
  writeFileSync(dir("bad", "empty.xlsx"), "");
  const namesOnly = xlsx({
    sharedStrings: ["姓名", "工号", "王芳"],
    sheets: [
      {
        name: "名单",
        xml: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>1001</v></c></row>`,
      },
    ],
  });
  writeFileSync(dir("bad", "no-grades.xlsx"), namesOnly);
  writeFileSync(dir("bad", "cut.xlsx"), namesOnly.subarray(0, namesOnly.length - 40));
  writeFileSync(
    dir("bad", "letter.xlsx"),
    zip({
      "_rels/.rels": `<Relationships><Relationship Id="r" Type="x/officeDocument" Target="word/document.xml"/></Relationships>`,
      "word/document.xml": "<document/>",
    }),
  );
  const template = findTemplate("copywriter")!;
  const plan = planSheet(template, {
    employees: 3,
    cycle: "monthly",
    period: "2026-11",
    language: "en",
    raters: false,
    ratingInput: "points",
  });
  await planWorkbook(plan).xlsx.writeFile(dir("uncalculated", "never-opened.xlsx")); // formulas without results
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("exit codes and reports", () => {
  test("on target: exit 0, the file's table, ready", async () => {
    const run = await runCli(["check", dir("good", "east.xlsx")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${dir("good", "east.xlsx")} · 20 graded · on target`);
    expect(run.stdout).toMatch(/Grade\s+Count\s+Actual %\s+Target %\s+Target count\s+Difference\s+Status/);
    expect(run.stdout).toMatch(/\n {2}A\s+9\s+45%\s+45%\s+9\s+0\s+OK\n/);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("Ready to submit");
    expect(run.stderr).toBe("");
  });

  test("a folder: one file over the policy gives exit 1, its hints, and all files together", async () => {
    const run = await runCli(["check", dir("good")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Checked 2 workbook(s), 2 sheet(s), 35 graded people.");
    expect(run.stdout).toContain(`${dir("good", "west.xlsx")} · 15 graded · not met`);
    expect(run.stdout).toContain("→ Move 1 person from A to C");
    expect(run.stdout).toContain("→ Move 1 person from A to D");
    expect(run.stdout).toContain("All files together · 35 graded · not met (for information)");
    expect(run.stdout).toContain(`Not ready: Forced distribution not met: ${dir("good", "west.xlsx")}`);
    expect(run.stdout).not.toContain("~$east"); // Excel's lock file is not a workbook
  });

  test("a long sheet is read to its last row", async () => {
    const run = await runCli(["check", dir("large"), "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).distributions.overall.rows.map((row: { count: number }) => row.count)).toEqual([
      1350, 900, 600, 150,
    ]);
  });

  test("invalid, missing and error cells are listed with file, sheet and cell (exit 1)", async () => {
    const run = await runCli(["check", dir("hand-made.xlsx"), dir("north.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Not a grade of the scale (1)\n  ${dir("hand-made.xlsx")} › 客服部!C5  '优+'`);
    expect(run.stdout).toContain(`People without a grade (2)\n  ${dir("hand-made.xlsx")} › 客服部!C6`);
    expect(run.stdout).toContain(`${dir("north.xlsx")} › '电商部文案 2026-11'!`);
    expect(run.stdout).toMatch(/Error cells \(2\)\n.*客服部!D7 {2}#VALUE!\n.*客服部!C7 {2}#NAME\?/);
    expect(run.stdout).toMatch(
      /Not ready: .*1 cell\(s\) are not valid grades; 2 people have no grade; 2 score or grade/,
    );
  });

  test("weights that do not add up to 100% block, as in the task pane", async () => {
    const run = await runCli(["check", dir("weights.xlsx"), "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.weights).toEqual([
      { file: dir("weights.xlsx"), sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]+\d+$/), total: 1.3 },
    ]);
    expect(report.verdict).toBe("Not ready: 1 weight row(s) do not add up to 100%");
  });

  test("formulas saved without a result are reported, not guessed (exit 2)", async () => {
    const run = await runCli(["check", dir("uncalculated")]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("Grade formulas saved without a result: open the file in Excel and save it (3)");
    expect(run.stdout).toContain(`${dir("uncalculated", "never-opened.xlsx")} › 'E-commerce Department Copywrite'!K8`);
    expect(run.stdout).toContain("Not every file could be checked");
  });

  test("--json: verdict, files, distributions per file and overall, problems with file/sheet/cell", async () => {
    const run = await runCli(["check", dir("good"), dir("hand-made.xlsx"), "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual([
      "ready",
      "exitCode",
      "verdict",
      "blocking",
      "scope",
      "advisory",
      "policy",
      "files",
      "distributions",
      "invalid",
      "missing",
      "errors",
      "weights",
      "uncalculated",
      "raters",
    ]);
    expect(report).toMatchObject({ ready: false, exitCode: 1, scope: { kind: "file" }, advisory: false });
    expect(report.policy).toEqual({
      mode: "exact",
      tolerance: 5,
      shares: { A: 0.45, B: 0.3, C: 0.2, D: 0.05 },
      groups: [],
    });
    expect(report.blocking[0]).toEqual({
      kind: "distribution",
      groups: [dir("good", "west.xlsx")],
      text: `Forced distribution not met: ${dir("good", "west.xlsx")}`,
    });
    // the fields scripts had before stay as they were; what was read is added beside them
    expect(report.files[0]).toMatchObject({
      path: dir("good", "east.xlsx"),
      status: "checked",
      sheets: [
        {
          name: "客服 2026-11",
          headerRow: 13,
          gradeColumn: "AX",
          people: 20,
          graded: 20,
          gradeHeader: "等级",
          gradeReason: "header",
          nameColumn: "A",
          firstPersonRow: 14,
          lastPersonRow: 33,
          ignoredRows: [],
        },
      ],
      skippedSheets: [],
      skipped: [],
    });
    const west = report.distributions.files[1];
    expect(west).toMatchObject({ group: dir("good", "west.xlsx"), people: 15, ok: false });
    expect(west.rows[0]).toEqual({
      grade: "A",
      count: 9,
      actualShare: 0.6,
      targetShare: 0.45,
      targetCount: 7,
      low: 7,
      high: 7,
      difference: 2,
      status: "+2",
    });
    expect(west.hints).toEqual([
      { count: 1, from: "A", to: "C", text: "Move 1 person from A to C" },
      { count: 1, from: "A", to: "D", text: "Move 1 person from A to D" },
    ]);
    expect(report.distributions.overall).toMatchObject({ group: null, people: 37 });
    expect(report.distributions.groups).toEqual([]);
    expect(report.invalid).toEqual([{ file: dir("hand-made.xlsx"), sheet: "客服部", cell: "C5", value: "优+" }]);
    expect(report.missing).toEqual([{ file: dir("hand-made.xlsx"), sheet: "客服部", cell: "C6" }]);
    expect(report.errors).toContainEqual({
      file: dir("hand-made.xlsx"),
      sheet: "客服部",
      cell: "D7",
      error: "#VALUE!",
    });
  });
});

describe("whose distribution is judged", () => {
  const files = () => [dir("good"), dir("north.xlsx")];

  test("--group-by department: one table per department across the files (部门 / Department)", async () => {
    const run = await runCli(["check", ...files(), "--group-by", "department", "--json"]);
    const report = JSON.parse(run.stdout);
    expect(report.scope).toEqual({ kind: "column", column: "department" });
    expect(report.distributions.groups.map((g: { group: string; people: number }) => [g.group, g.people])).toEqual([
      ["网店运营部门", 20],
      ["Store operations module", 15],
      ["电商部", 7],
    ]);
    expect(report.blocking[0]).toMatchObject({ kind: "distribution", groups: ["Store operations module"] });
    const text = await runCli(["check", ...files(), "--group-by", "department"]);
    expect(text.stdout).toContain("== Per department ==");
    expect(text.stdout).toContain("网店运营部门 · 20 graded · on target");
    expect(text.stdout).toContain(`${dir("good", "east.xlsx")} · 20 graded · on target (for information)`);
  });

  test("--group-by all: everyone together is judged; a column no sheet has: exit 2", async () => {
    const run = await runCli(["check", ...files(), "--group-by", "all"]);
    expect(run.stdout).toContain("All files together · 42 graded · not met\n");
    expect(run.stdout).toContain("Forced distribution not met: everyone");
    const missing = await runCli(["check", dir("good", "east.xlsx"), "--group-by", "Cost centre"]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain("no column 'Cost centre' to group by in sheet(s) 客服 2026-11");
  });

  test("--policy: a guideline policy from a JSON file; --year-end makes the distribution advisory", async () => {
    const policy = dir("wide.json");
    writeFileSync(policy, JSON.stringify({ mode: "guideline", tolerance: 20, shares: { A: 45, B: 30, C: 20, D: 5 } }));
    const run = await runCli(["check", dir("good", "west.xlsx"), "--policy", policy]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Policy: A 45% · B 30% · C 20% · D 5%, ±20 points, checked per file.");
    const yearEnd = await runCli(["check", dir("good", "west.xlsx"), "--year-end"]);
    expect(yearEnd.code).toBe(0);
    expect(yearEnd.stdout).toContain("Ready to submit (year-end: the distribution is advisory)");
  });

  test("a policy file with mistakes: each one pointed at, exit 2", async () => {
    const policy = dir("wrong.json");
    writeFileSync(
      policy,
      JSON.stringify({
        shares: { A: 45, B: 30, C: 20, E: 4 },
        groups: [{ grades: ["B", "C"], min: 60, max: 50 }],
        modes: "x",
      }),
    );
    const run = await runCli(["check", dir("good"), "--policy", policy]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`The policy file ${policy} is not valid:\n  has unknown fields 'modes'\n`);
    writeFileSync(
      policy,
      JSON.stringify({ shares: { A: 45, B: 30, C: 20, E: 4 }, groups: [{ grades: ["B", "C"], min: 60, max: 50 }] }),
    );
    const second = await runCli(["check", dir("good"), "--policy", policy]);
    expect(second.stderr.split("\n").slice(1, 4)).toEqual([
      "  shares.E 'E' is not a grade of the scale (A, B, C, D)",
      "  shares add up to 99%, not 100% (write percentages: 45 for 45%)",
      "  groups[0].min must not be above max",
    ]);
  });
});

describe("bad files: a clear message each, the other files still checked", () => {
  test("every kind of bad input is named (exit 2) while the good file is reported", async () => {
    const run = await runCli(["check", dir("good", "east.xlsx"), dir("bad"), dir("empty-folder"), dir("nowhere.xlsx")]);
    expect(run.code).toBe(2);
    const problems = run.stdout.slice(run.stdout.indexOf("Files that could not be checked"));
    const line = (name: string) => problems.split("\n").find((l) => l.includes(name)) ?? `(no line for ${name})`;
    expect(line("csv.xlsx")).toContain("not an .xlsx workbook (it is not a zip archive");
    expect(line("encrypted.xlsx")).toContain("password-protected: open it in Excel, remove the password");
    expect(line("old.xls")).toContain("an Excel 97–2003 .xls workbook: open it in Excel and save it as .xlsx");
    expect(line("empty.xlsx")).toContain("the file is empty");
    expect(line("no-grades.xlsx")).toContain("no grade column in any sheet (名单)");
    expect(line("cut.xlsx")).toContain("damaged: no zip directory found");
    expect(line("letter.xlsx")).toContain("a zip archive, but not an Excel workbook");
    expect(line("empty-folder")).toContain("a folder with no .xlsx workbooks in it");
    expect(line("nowhere.xlsx")).toContain("not found");
    expect(run.stdout).toContain(`${dir("good", "east.xlsx")} · 20 graded · on target`);
    expect(run.stdout).toMatch(
      /Not every file could be checked: fix the files listed above and run the check again.\n$/,
    );
  });

  test("too large: over --max-size, with the limit in the message", async () => {
    const run = await runCli(["check", dir("good", "east.xlsx"), "--max-size", "0.01"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/east\.xlsx: \d+ KB, above the 11 KB limit \(raise it with --max-size\)/);
  });

  test("messages in Chinese from the environment, or --lang", async () => {
    const zh = await runCli(["check", dir("bad", "encrypted.xlsx"), dir("good", "east.xlsx")], {
      env: { LANG: "zh_CN.UTF-8" },
    });
    expect(zh.stdout).toContain("受密码保护：请在 Excel 中打开，取消密码");
    expect(zh.stdout).toContain("· 20 人有等级 · 符合");
    const en = await runCli(["check", dir("good", "east.xlsx"), "--lang", "en-US"], { env: { LANG: "zh_CN.UTF-8" } });
    expect(en.stdout).toContain("Ready to submit");
  });

  test("command-line mistakes: exit 2 with the reason", async () => {
    expect(await runCli(["check"])).toMatchObject({ code: 2, stderr: "Name the workbooks or folders to check\n" });
    expect((await runCli(["check", dir("good"), "--colour"])).stderr).toMatch(/^Unknown option '--colour'.*--help/);
    expect((await runCli(["check", dir("good"), "--max-size", "big"])).stderr).toContain(
      "--max-size 'big' must be a number above 0",
    );
    expect(await runCli(["audit"])).toMatchObject({
      code: 2,
      stderr: "Unknown command 'audit': use template or check\n",
    });
    expect((await runCli(["--help"])).stdout).toContain(
      "Exit code: 0 ready, 1 not ready, 2 some input could not be read.",
    );
  });
});

test("a progress bar on a terminal for many files; nothing when stderr is piped", async () => {
  const tty = await runCli(["check", dir("good"), dir("north.xlsx")], { tty: true });
  expect(tty.stderr).toContain("Checking 3/3");
  expect(tty.stderr).toMatch(/^\r\[#*-*\] Checking 1\/3/);
  expect(tty.stderr.endsWith("\r\x1b[K")).toBe(true);
  const piped = await runCli(["check", dir("good"), dir("north.xlsx")]);
  expect(piped.stderr).toBe("");
});

test("input files are never modified: every byte and modification time is the same after all the checks", async () => {
  const before = fingerprint(root);
  await runCli(["check", root]);
  await runCli(["check", root, "--json", "--group-by", "department"]);
  await runCli(["check", root, "--max-size", "0.001"]);
  expect(fingerprint(root)).toEqual(before);
});

describe("the built command (npm run build → dist/cli.js, run by bin/hr-appraisal.js)", () => {
  const bin = join(__dirname, "..", "..", "bin", "hr-appraisal.js");
  beforeAll(() => {
    if (!existsSync(join(__dirname, "..", "..", "dist", "cli.js")))
      throw new Error("dist/cli.js is missing: run `npm run build`");
  });

  test("exit code and --json from a child process; no progress bar when piped", () => {
    const child = spawnSync(process.execPath, [bin, "check", dir("good"), dir("bad", "csv.xlsx"), "--json"], {
      encoding: "utf8",
      env: { ...process.env, LANG: "en_US.UTF-8" },
    });
    expect(child.status).toBe(2);
    expect(child.stderr).toBe("");
    const report = JSON.parse(child.stdout);
    expect(report.files.map((f: { status: string }) => f.status)).toEqual(["checked", "checked", "unreadable"]);
  });

  test("the README's quick start: the repository's samples, one department over the policy", () => {
    const samples = join(__dirname, "..", "..", "samples");
    let output = "";
    try {
      execFileSync(process.execPath, [bin, "check", samples], {
        encoding: "utf8",
        env: { ...process.env, LANG: "en_US.UTF-8" },
      });
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      expect(failed.status).toBe(1);
      output = failed.stdout;
    }
    expect(output).toContain("Checked 4 workbook(s), 4 sheet(s), 55 graded people.");
    expect(output).toContain("store-operations.xlsx · 15 graded · not met");
    expect(output).toContain("→ Move 1 person from A to C");
    expect(output).toMatch(
      /Not ready: Forced distribution not met: .*store-operations\.xlsx; 1 person has no grade\n$/,
    );
  });
});
