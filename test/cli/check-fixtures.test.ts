/**
 * `hr-appraisal check` end to end on the fixture workbooks (HR's own shapes, test/fixtures/tables):
 * exit codes, the --json reading of every sheet and the text that says what was read, against the
 * expectations written from DOMAIN §6 — the same expectations the core reader and the task pane
 * are held to, so the faces cannot disagree.
 */
import { join } from "path";
import { EXPECTED, EXPECTED_FOLDERS, type ExpectedSheet } from "../fixtures/tables/expected";
import { fixturesFolder } from "../fixtures/tables/workbooks";
import { runCli } from "../support/cli";

const folder = fixturesFolder("hr-cli-tables-");

interface JsonSheet {
  name: string;
  kind: string;
  reason?: string;
  headerRows?: number[];
  gradeColumn?: string;
  gradeHeader?: string;
  nameColumn?: string | null;
  idColumn?: string | null;
  people?: number;
  firstPersonRow?: number | null;
  lastPersonRow?: number | null;
  ignoredRows?: { row: number }[];
  suggestedScale?: string | null;
}

/** The reading fields the JSON gives for a sheet, in the expectations' shape. */
function fromJson(sheet: JsonSheet): Partial<ExpectedSheet> {
  const kind = sheet.kind === "not-a-table" && sheet.reason === "hidden" ? "hidden" : sheet.kind;
  return {
    name: sheet.name,
    kind: kind as ExpectedSheet["kind"],
    ...(sheet.headerRows ? { headerRows: sheet.headerRows } : {}),
    ...(sheet.gradeColumn ? { gradeColumn: { letter: sheet.gradeColumn, header: sheet.gradeHeader! } } : {}),
    ...(sheet.nameColumn !== undefined ? { nameColumn: sheet.nameColumn ?? sheet.idColumn ?? undefined } : {}),
    ...(sheet.people !== undefined ? { people: sheet.people } : {}),
    ...(sheet.firstPersonRow ? { firstPersonRow: sheet.firstPersonRow, lastPersonRow: sheet.lastPersonRow! } : {}),
    ...(sheet.ignoredRows ? { ignoredRows: sheet.ignoredRows.map((row) => row.row) } : {}),
    ...(sheet.suggestedScale ? { suggestedScale: sheet.suggestedScale as ExpectedSheet["suggestedScale"] } : {}),
  };
}

const READING_FIELDS = [
  "name",
  "kind",
  "headerRows",
  "gradeColumn",
  "nameColumn",
  "people",
  "firstPersonRow",
  "lastPersonRow",
  "ignoredRows",
  "suggestedScale",
] as const;

test.each(EXPECTED.map((workbook) => [`${workbook.file}: ${workbook.shape}`, workbook] as const))(
  "%s",
  async (_, workbook) => {
    const options = workbook.options ?? {};
    const args = [
      "check",
      join(folder(), workbook.file),
      "--json",
      ...(options.scale ? ["--scale", join(folder(), options.scale)] : []),
      ...(options.groupBy ? ["--group-by", options.groupBy] : []),
      ...(options.gradeColumn ? ["--grade-column", options.gradeColumn] : []),
      ...(options.headerRow ? ["--header-row", String(options.headerRow)] : []),
    ];
    const run = await runCli(args);
    const report = JSON.parse(run.stdout);
    const [file] = report.files;
    const read = file.status === "checked";
    expect(run.code).toBe(workbook.ready ? 0 : read ? 1 : 2);
    expect(report.ready).toBe(workbook.ready);
    const sheets: JsonSheet[] = read ? [...file.sheets, ...file.skipped] : [];
    for (const expected of workbook.sheets) {
      const found = sheets.find((sheet) => sheet.name === expected.name);
      if (!read) {
        // a workbook none of whose sheets holds a table of people: named, with its sheets
        expect(file.problem).toEqual({ kind: "no-grade-column", sheets: workbook.sheets.map((s) => s.name) });
        continue;
      }
      const stated = Object.fromEntries(
        READING_FIELDS.filter((key) => key in expected).map((key) => [key, expected[key]]),
      );
      const actual = fromJson(found!);
      expect(Object.fromEntries(Object.keys(stated).map((key) => [key, actual[key as keyof ExpectedSheet]]))).toEqual(
        stated,
      );
    }
    // the cells that block, with file, sheet and cell
    const cells = (list: { cell: string }[]) => list.map((item) => item.cell).sort();
    const all = (key: "missing" | "invalid") => workbook.sheets.flatMap((sheet) => sheet[key] ?? []).sort();
    if (workbook.sheets.every((sheet) => sheet.missing)) expect(cells(report.missing)).toEqual(all("missing"));
    if (workbook.sheets.every((sheet) => sheet.invalid)) expect(cells(report.invalid)).toEqual(all("invalid"));
  },
);

test.each(EXPECTED_FOLDERS.map((expected) => [`${expected.folder}: ${expected.shape}`, expected] as const))(
  "%s",
  async (_, expected) => {
    const run = await runCli(["check", join(folder(), expected.folder), "--json"]);
    const report = JSON.parse(run.stdout);
    expect(report.ready).toBe(expected.ready);
    expect(report.distributions.overall.people).toBe(expected.people);
    const counts = Object.fromEntries(
      report.distributions.overall.rows
        .filter((row: { count: number }) => row.count)
        .map((row: { grade: string; count: number }) => [row.grade, row.count]),
    );
    expect(counts).toEqual(expected.graded);
    for (const same of expected.sameContent) {
      const duplicates = report.files.filter((file: { status: string }) => file.status === "duplicate");
      expect(duplicates).toHaveLength(same.length - 1);
    }
  },
);

describe("the text says what was read", () => {
  test("a two-row header: the rows, the grade column with its reason, the other candidates, the people", async () => {
    const run = await runCli(["check", join(folder(), "02-运营部-两行表头.xlsx")]);
    expect(run.stdout).toContain(
      "Sheet '第四季度': Header rows 2–3; grade column I “考核等级 / 最终等级” (the final grade).",
    );
    expect(run.stdout).toContain(
      "Other grade columns: G “考核等级 / 自评等级” (one rater's grade), H “考核等级 / 上级等级” (one rater's grade).",
    );
    expect(run.stdout).toContain("Names from column B “姓名”.");
    expect(run.stdout).toContain("12 people in rows 4–15.");
  });

  test("footers: a few ignored rows, then a count; skipped sheets with their reason (中文)", async () => {
    const footers = await runCli(["check", join(folder(), "10-财务部-页脚签字.xlsx"), "--lang", "zh-CN"]);
    expect(footers.stdout).toContain("已忽略的行：第 15 行“合计 | 12人 | 12”（表尾）；第 16 行");
    expect(footers.stdout).toContain("，另有 2 行。");
    const sheets = await runCli(["check", join(folder(), "15-人事部-须知与隐藏等级表.xlsx"), "--lang", "zh-CN"]);
    expect(sheets.stdout).toContain("工作表“填表须知”：已跳过：说明或参数表，不是人员名单。");
    expect(sheets.stdout).toContain("工作表“等级标准”：已跳过：隐藏的工作表。");
  });

  test("an unfilled template is not ready: nobody graded, never 'on target'", async () => {
    const run = await runCli(["check", join(folder(), "18-空白模板.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Nobody below the header.");
    expect(run.stdout).not.toContain("on target");
    expect(run.stdout).toContain("Not ready: no graded people were read");
  });

  test("another known scale: the check names it and the option that checks with it", async () => {
    const run = await runCli(["check", join(folder(), "23-运营部-优秀良好合格不合格.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("The 20 grade cell(s) are grades of 优秀/良好/合格/不合格, not of the scale in use.");
    expect(run.stdout).toContain("check with --scale excellent-good-pass-fail");
    expect(run.stdout).not.toContain("Not a grade of the scale");
    const checked = await runCli([
      "check",
      join(folder(), "23-运营部-优秀良好合格不合格.xlsx"),
      "--scale",
      "excellent-good-pass-fail",
    ]);
    // the built-in scale defaults to the manual's shares by position: 20 people → 9/6/4/1
    expect(checked.stdout).toContain("Policy: 优秀 45% · 良好 30% · 合格 20% · 不合格 5%");
  });

  test("the rater view: a lenient rater flagged with the figures, advisory only (text and --json)", async () => {
    const file = join(folder(), "25-销售部-评价人宽松.xlsx");
    const run = await runCli(["check", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/王建国\s+5\s+97\.5\s+100%.*lenient \(everyone else 81\.8\)/);
    const json = JSON.parse((await runCli(["check", file, "--json"])).stdout);
    expect(json.raters.raters.find((r: { rater: string }) => r.rater === "王建国")).toMatchObject({
      people: 5,
      mean: 97.5,
      flag: "lenient",
    });
  });

  test("nothing read: no 'everyone together' table of 0 people; a five-level scale needs its shares", async () => {
    const run = await runCli([
      "check",
      join(folder(), "17-行政部-无等级列.xlsx"),
      join(folder(), "30-客服部-数据在XFD列.xlsx"),
    ]);
    expect(run.stdout).not.toContain("All files together");
    expect(run.stdout).toContain("Not ready");
    const five = await runCli(["check", join(folder(), "24-技术部-SABCD.xlsx"), "--scale", "s-a-b-c-d"]);
    expect(five.code).toBe(2);
    expect(five.stderr).toMatch(/^The scale s-a-b-c-d has no target shares: give them with --policy/);
  });

  test("overrides: --grade-column by header or letter, --header-row", async () => {
    const file = join(folder(), "03-市场部-多个等级列.xlsx");
    const byHeader = JSON.parse((await runCli(["check", file, "--json", "--grade-column", "自评等级"])).stdout);
    expect(byHeader.files[0].sheets[0]).toMatchObject({ gradeColumn: "E", gradeReason: "override" });
    const byLetter = JSON.parse((await runCli(["check", file, "--json", "--grade-column", "f"])).stdout);
    expect(byLetter.files[0].sheets[0]).toMatchObject({ gradeColumn: "F", gradeHeader: "上级评定" });
    const row = JSON.parse((await runCli(["check", file, "--json", "--header-row", "2"])).stdout);
    expect(row.files[0].sheets[0]).toMatchObject({ headerRows: [2], gradeColumn: "G" });
    const bad = await runCli(["check", file, "--header-row", "0"]);
    expect(bad).toMatchObject({ code: 2, stderr: "--header-row '0' must be a row number (1, 2, …)\n" });
  });
});
