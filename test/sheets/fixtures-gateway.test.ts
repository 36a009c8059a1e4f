/**
 * The fixture workbooks (HR's own shapes, test/fixtures/tables) opened in the fake spreadsheet as
 * Sheets imports them and read through the sidebar's read door: the same expectations the core
 * reader, the command line and the Excel task pane are held to, so the hosts cannot disagree —
 * but where Sheets cannot know what the file knew.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { listSheets, readSheet } from "../../sheets/server/spreadsheet";
import { EXPECTED, type ExpectedSheet } from "../fixtures/tables/expected";
import { writeFixtures } from "../fixtures/tables/workbooks";
import { readAsExpected, scaleOf, statedFields } from "../reading/expectations";
import { formatDate } from "./fake-spreadsheet";
import { fakeFromXlsx } from "./fake-from-xlsx";

/**
 * Sheets' Spreadsheet service has no Excel tables, so no table's totals row: there the row reads
 * as what its cells hold, a person 汇总 whose grade 9 is no grade (the core's footer words do not
 * include 汇总; the Excel host and the command line know the row from the table).
 */
const SHEETS_READS: Record<string, (sheet: ExpectedSheet) => ExpectedSheet> = {
  "11-物流部-表格汇总行.xlsx": (sheet) => ({
    ...sheet,
    people: 10,
    lastPersonRow: 13,
    invalid: ["E13"],
    ignoredRows: [],
  }),
};

let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "hr-sheets-tables-"));
  await writeFixtures(folder);
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test.each(EXPECTED.map((workbook) => [`${workbook.file}: ${workbook.shape}`, workbook] as const))(
  "%s",
  async (_, workbook) => {
    const scale = scaleOf(folder, workbook);
    const app = await fakeFromXlsx(join(folder, workbook.file));
    const sheets = listSheets(app).map(({ name }) =>
      readAsExpected(readSheet(name, app, formatDate).source, workbook, scale),
    );
    const expected = workbook.sheets.map(SHEETS_READS[workbook.file] ?? ((sheet) => sheet));
    expect(sheets.map((sheet, i) => statedFields(sheet, expected[i] ?? sheet))).toEqual(expected);
    expect(app.spreadsheet.writes).toEqual([]);
  },
);
