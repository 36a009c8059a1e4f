/**
 * A saved .xlsx workbook opened in the Excel stand-in, as a user opens a file someone sent: the
 * values its cells show (cached results for formulas, errors too), merged cells, hidden sheets and
 * Excel tables with their totals rows. Read with ExcelJS, independently of the command line's
 * reader, so the task pane's reading is tested on its own path.
 */
import ExcelJS from "exceljs";
import { FakeExcel, type CellEngine, type Stored } from "../../preview/fake-excel";

/** Cells that keep what a saved workbook shows: numbers, text, booleans and error values. */
class SavedValues implements CellEngine {
  private readonly sheets = new Map<string, Map<string, unknown>>();
  addSheet(sheet: string) {
    this.sheets.set(sheet, new Map());
  }
  removeSheet(sheet: string) {
    this.sheets.delete(sheet);
  }
  renameSheet(sheet: string, name: string) {
    this.sheets.set(name, this.sheets.get(sheet)!);
    this.sheets.delete(sheet);
  }
  setContent(sheet: string, row: number, column: number, content: Stored) {
    this.put(sheet, row, column, content);
  }
  put(sheet: string, row: number, column: number, value: unknown) {
    const cells = this.sheets.get(sheet)!;
    if (value === null || value === "") cells.delete(`${row},${column}`);
    else cells.set(`${row},${column}`, value);
  }
  addName() {}
  content(sheet: string, row: number, column: number): Stored {
    const value = this.value(sheet, row, column);
    return value !== null && typeof value === "object" ? null : (value as Stored);
  }
  value(sheet: string, row: number, column: number): unknown {
    return this.sheets.get(sheet)?.get(`${row},${column}`) ?? null;
  }
  extent(sheet: string) {
    let rows = 0;
    let columns = 0;
    for (const key of this.sheets.get(sheet)?.keys() ?? []) {
      const [r, c] = key.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    }
    return { rows, columns };
  }
}

/** Excel's serial number of a date (1900 system). */
const serial = (date: Date) => date.getTime() / 86_400_000 + 25_569;

/** What a cell shows, from ExcelJS's value: a formula's cached result, rich text's text, an error's code. */
function shown(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return serial(value);
  if (typeof value !== "object") return value;
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("text" in value) return value.text;
  if ("result" in value) return value.result === undefined ? null : shown(value.result as ExcelJS.CellValue);
  return null;
}

export async function fakeFromXlsx(path: string): Promise<FakeExcel> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const engine = new SavedValues();
  const excel = new FakeExcel(engine);
  for (const sheet of workbook.worksheets) {
    excel.addSheet(sheet.name);
    // ExcelJS shows a merge's value in each of its cells; Excel keeps it in the top-left one only
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) =>
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (cell.isMerged && cell.master !== cell) return;
        engine.put(sheet.name, rowNumber - 1, column - 1, shown(cell.value));
      }),
    );
    for (const merge of (sheet.model as { merges?: string[] }).merges ?? []) excel.merge(sheet.name, merge);
    for (const table of Object.values(
      (sheet as unknown as { tables: Record<string, { model: TableModel }> }).tables ?? {},
    )) {
      excel.addTable(sheet.name, table.model.tableRef, table.model.name, Boolean(table.model.totalsRow));
    }
    if (sheet.state !== "visible") excel.hide(sheet.name, sheet.state === "veryHidden" ? "VeryHidden" : "Hidden");
  }
  return excel;
}

interface TableModel {
  name: string;
  tableRef: string;
  totalsRow?: boolean;
}
