/** A plan's table as an .xlsx file stores it, read back with the CLI's streaming reader. */
import type { SheetPlan } from "../../src/templates";
import { type CellRead, XlsxReader } from "../../cli/xlsx/read-workbook";

/** Every cell of the plan's sheet, by 0-based row and column. */
export async function readSheetCells(path: string, sheetName: string): Promise<(CellRead | undefined)[][]> {
  const reader = await XlsxReader.open(path);
  try {
    const sheet = reader.sheets.find((info) => info.name === sheetName);
    if (!sheet) throw new Error(`${path} has no sheet '${sheetName}' (${reader.sheets.map((s) => s.name).join(", ")})`);
    const rows: (CellRead | undefined)[][] = [];
    for await (const batch of reader.rows(sheet)) for (const row of batch) rows[row.index] = row.cells;
    return rows;
  } finally {
    await reader.close();
  }
}

/** The table's data rows (one per employee), by table column. */
export async function readTable(path: string, plan: SheetPlan): Promise<(CellRead | undefined)[][]> {
  const cells = await readSheetCells(path, plan.sheetName);
  const first = plan.table.headerRow + 1;
  return Array.from({ length: plan.table.rows }, (_, employee) => cells[first + employee] ?? []);
}
