/**
 * One sheet of a collected workbook as the table reader takes it (src/reading): its stored values
 * (cached results for formulas, never recomputed), merged cells, visibility and Excel tables'
 * totals rows. Only this host's conversions happen here; what the values mean is the reader's.
 * Memory: the first rows whole, then only the columns those rows fill (`columnsKept`).
 */
import { type SheetSource, type SheetValue, WHOLE_ROWS, columnsKept } from "../../src/reading";
import { WEIGHT_TOTAL_NAME, cell, parseCell } from "../../src/templates";
import type { CellRead, SheetInfo, XlsxReader } from "../xlsx/read-workbook";

export interface WorkbookSheet {
  source: SheetSource;
  /** The weight totals an inserted template names (HR_Total_n), which must read 100%. */
  weightTotals: { address: string; total: SheetValue }[];
}

export async function readSheetSource(reader: XlsxReader, sheet: SheetInfo): Promise<WorkbookSheet> {
  const rows: SheetValue[][] = [];
  const uncalculated: string[] = [];
  let width = Infinity;
  const batches = reader.rows(sheet);
  for await (const batch of batches) {
    for (const row of batch) {
      if (row.index >= WHOLE_ROWS && width === Infinity) width = columnsKept(rows);
      const values: SheetValue[] = [];
      row.cells.forEach((read: CellRead | undefined, column) => {
        if (!read || column >= width) return;
        if (read.kind === "uncalculated") uncalculated.push(cell(row.index, column));
        else values[column] = read.value as SheetValue;
      });
      rows[row.index] = values;
    }
  }
  const totalsRows = (await reader.tables(sheet)).flatMap((table) =>
    Array.from({ length: table.totalsRowCount }, (_, k) => table.range.bottom - k),
  );
  const weightTotals = reader.namedCells(sheet, WEIGHT_TOTAL_NAME).map((address) => {
    const { row, column } = parseCell(address);
    return { address, total: rows[row]?.[column] ?? null };
  });
  return {
    source: {
      name: sheet.name,
      rows,
      merges: reader.merges(sheet),
      hidden: sheet.state !== "visible",
      totalsRows,
      uncalculated,
    },
    weightTotals,
  };
}
