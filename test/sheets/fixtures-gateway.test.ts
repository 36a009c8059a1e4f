/**
 * The fixture workbooks (HR's own shapes, test/fixtures/tables) opened in the fake spreadsheet as
 * Sheets imports them and read through the sidebar's read door: the same expectations the core
 * reader, the command line and the Excel task pane are held to, so the hosts cannot disagree.
 */
import { join } from "path";
import { listSheets, readSheet } from "../../sheets/server/spreadsheet";
import { EXPECTED } from "../fixtures/tables/expected";
import { fixturesFolder } from "../fixtures/tables/workbooks";
import { readAsExpected, scaleOf, statedFields } from "../reading/expectations";
import { formatDate } from "./fake-spreadsheet";
import { fakeFromXlsx } from "./fake-from-xlsx";

const folder = fixturesFolder("hr-sheets-tables-");

test.each(EXPECTED.map((workbook) => [`${workbook.file}: ${workbook.shape}`, workbook] as const))(
  "%s",
  async (_, workbook) => {
    const scale = scaleOf(folder(), workbook);
    const app = await fakeFromXlsx(join(folder(), workbook.file));
    const sheets = listSheets(app).map(({ name }) =>
      readAsExpected(readSheet(name, app, formatDate).source, workbook, scale),
    );
    // Sheets has no Excel tables: fixture 11's totals row (汇总) ends the table by its word instead.
    expect(sheets.map((sheet, i) => statedFields(sheet, workbook.sheets[i] ?? sheet))).toEqual(workbook.sheets);
    expect(app.spreadsheet.writes).toEqual([]);
  },
);
