/**
 * A saved .xlsx workbook opened in the fake spreadsheet, as Google Sheets imports a file HR uploads:
 * the values its cells show (formulas by their saved results, error cells as their text, as
 * Range.getValues gives them), merged cells with their value in the top-left cell, hidden sheets.
 * Excel tables become plain cells: Sheets' Spreadsheet service has no Excel tables. Read with
 * ExcelJS, independently of the command line's reader.
 */
import ExcelJS from "exceljs";
import { FakeSpreadsheetApp, type FakeOptions } from "./fake-spreadsheet";

type Shown = number | string | boolean | Date | null;

/** What a cell shows, from ExcelJS's value: a formula's cached result, rich text's text, an error's code. */
function shown(value: ExcelJS.CellValue): Shown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== "object") return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("text" in value) return String(value.text);
  if ("result" in value) return value.result === undefined ? null : shown(value.result as ExcelJS.CellValue);
  return null;
}

export async function fakeFromXlsx(path: string, options: FakeOptions = {}): Promise<FakeSpreadsheetApp> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const app = new FakeSpreadsheetApp(options);
  for (const worksheet of workbook.worksheets) {
    const sheet = app.spreadsheet.addSheet(worksheet.name, {
      rows: Math.max(1000, worksheet.rowCount),
      columns: Math.max(26, worksheet.columnCount),
      hidden: worksheet.state !== "visible",
    });
    worksheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // ExcelJS shows a merge's value in each of its cells; Sheets keeps it in the top-left one only
        if (cell.isMerged && cell.master !== cell) return;
        sheet.load(cell.address, [[shown(cell.value)]]);
      }),
    );
    for (const merge of (worksheet.model as { merges?: string[] }).merges ?? []) sheet.loadMerge(merge);
  }
  return app;
}
