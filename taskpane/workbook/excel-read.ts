/**
 * The gateway's reading side over Office.js: a sheet's stored values, merged cells, visibility and
 * totals rows, in as few round trips as the sheet's size allows, for the core's table reader.
 *
 * Real-Excel behaviours this code is written for (each modelled by preview/fake-excel.ts):
 * - Excel on the web fails a request or reply over 5 MB (ResponsePayloadSizeLimitExceeded;
 *   learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization):
 *   blocks are sized from the columns and the bytes the first rows took (UTF-8, values +
 *   valueTypes), and a block that still fails is read again in halves.
 * - A name whose range was deleted refers to #REF!; `getRange()` on it throws at sync and would
 *   fail the whole check, so totals are read with `getRangeOrNullObject()` and reported as #REF!.
 * - Right after an insert, cells may read #BUSY! while Excel calculates: the read waits for
 *   `application.calculationState` to be "Done" (a few seconds at most) and says if it was not.
 * - `Range.getMergedAreasOrNullObject` needs ExcelApi 1.13: on older Excel the reading says that
 *   merged cells could not be read.
 */
import { type CellRange, type SheetValue, WHOLE_ROWS, columnsKept } from "../../src/reading";
import { WEIGHT_TOTAL_NAME, block, parseCell } from "../../src/templates";
import type { SheetData, SheetListing } from "./gateway";

type ExcelApi = Pick<typeof Excel, "run">;

/** What a read block may take of Excel on the web's 5 MB reply limit. */
export const READ_BUDGET_BYTES = 3 * 1024 * 1024;
/** Rows of a block are never more than this, however narrow the sheet. */
const MAX_BLOCK_ROWS = 20_000;
/** Later rows may hold longer text than the first ones: size blocks for this many times their bytes. */
const SAFETY = 3;
/** Waiting for calculation: tries, and the pause between them. */
const CALCULATION_TRIES = 10;
const CALCULATION_PAUSE_MS = 300;

const utf8Bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** A loaded range's cells as the reader's values: errors by their code, blanks as null. */
function cellsOf(range: Excel.Range): SheetValue[][] {
  return range.values.map((row, r) =>
    row.map((value, c) => {
      const type = range.valueTypes[r][c];
      if (type === "Error") return { error: String(value) };
      if (type === "Empty" || value === "") return null;
      return value as SheetValue;
    }),
  );
}

/**
 * A RangeAreas' address, "Sheet1!A1:C2, 'A, B'!D5:D9", as ranges: each area is a sheet (quoted when
 * it holds commas or spaces) and "!" and a cell reference, so quoted names are skipped whole.
 */
export function parseAreas(address: string): CellRange[] {
  const areas: CellRange[] = [];
  for (const [, reference] of address.matchAll(/(?:'(?:[^']|'')*'|[^',!]+)!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g)) {
    const [first, last = first] = reference.replace(/\$/g, "").split(":").map(parseCell);
    areas.push({ top: first.row, left: first.column, bottom: last.row, right: last.column });
  }
  return areas;
}

/**
 * The used range's merged cells, in a round trip of their own: Excel fails the request when a
 * range has more than 512 merged areas, and then the sheet is still read, without them.
 * Undefined when they could not be read (the reading says a merged cell may be misread).
 */
async function readMerges(
  context: Excel.RequestContext,
  used: Excel.Range,
  supported: boolean,
): Promise<CellRange[] | undefined> {
  if (!supported) return undefined;
  const merged = used.getMergedAreasOrNullObject().load("address");
  try {
    await context.sync();
  } catch {
    return undefined;
  }
  return merged.isNullObject ? [] : parseAreas(merged.address);
}

const isPayloadTooLarge = (error: unknown) =>
  /PayloadSizeLimitExceeded/.test(String((error as { code?: string })?.code ?? ""));

export function listSheets(excel: ExcelApi): Promise<SheetListing[]> {
  return excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    await context.sync();
    return sheets.items.map((sheet) => ({ name: sheet.name, visible: sheet.visibility === "Visible" }));
  });
}

/** What reading needs of the host besides Excel.run: which API sets it has, and a clock to wait by. */
export interface ReadHost {
  supportsMerges(): boolean;
  pause(ms: number): Promise<unknown>;
}

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function readSheet(excel: ExcelApi, name: string, { supportsMerges, pause }: ReadHost): Promise<SheetData> {
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(name).load("visibility");
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount,columnIndex,columnCount");
    const names = sheet.names.load("items/name");
    const tables = sheet.tables.load("items/name,items/showTotals");
    const application = context.workbook.application.load("calculationState");
    await context.sync();
    let calculating = application.calculationState !== "Done";
    for (let tries = 1; calculating && tries < CALCULATION_TRIES; tries++) {
      await pause(CALCULATION_PAUSE_MS);
      application.load("calculationState");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a bounded wait for calculation
      await context.sync();
      calculating = application.calculationState !== "Done";
    }
    const hidden = sheet.visibility !== "Visible";
    if (used.isNullObject) return { source: { name, rows: [], merges: [], hidden }, weightTotals: [], calculating };

    const lastRow = used.rowIndex + used.rowCount - 1;
    const width = used.columnIndex + used.columnCount;
    const headRows = Math.min(WHOLE_ROWS, lastRow + 1);
    const head = sheet.getRange(block(0, 0, headRows, width)).load("values,valueTypes");
    const totals = tables.items
      .filter((table) => table.showTotals)
      .map((table) => table.getTotalRowRange().load("rowIndex"));
    const totalNames = names.items.map((item) => item.name).filter((n) => n.startsWith(WEIGHT_TOTAL_NAME));
    const totalRanges = totalNames.map((n) =>
      sheet.names.getItem(n).getRangeOrNullObject().load("address,values,valueTypes"),
    );
    await context.sync();
    const merges = await readMerges(context, used, supportsMerges());

    const rows: SheetValue[][] = cellsOf(head);
    const kept = columnsKept(rows);
    const perRow = (utf8Bytes(head.values) + utf8Bytes(head.valueTypes)) / Math.max(1, headRows * width);
    let blockRows = Math.max(
      1,
      Math.min(MAX_BLOCK_ROWS, Math.floor(READ_BUDGET_BYTES / (Math.max(perRow, 8) * Math.max(kept, 1) * SAFETY))),
    );
    for (let first = headRows; first <= lastRow && kept > 0;) {
      const count = Math.min(blockRows, lastRow - first + 1);
      const range = sheet.getRange(block(first, 0, count, kept)).load("values,valueTypes");
      try {
        // One sync per block is the point: each reply stays under the limit whatever the sheet's size.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        if (!isPayloadTooLarge(error) || count === 1) throw error;
        blockRows = Math.max(1, Math.floor(count / 2));
        continue;
      }
      cellsOf(range).forEach((cells, r) => (rows[first + r] = cells));
      first += count;
    }
    return {
      source: {
        name,
        rows,
        ...(merges ? { merges } : {}),
        hidden,
        totalsRows: totals.map((range) => range.rowIndex),
      },
      weightTotals: totalRanges.map((range, i) =>
        range.isNullObject
          ? { address: totalNames[i], total: { error: "#REF!" } }
          : { address: range.address.split("!").pop()!.replace(/\$/g, ""), total: cellsOf(range)[0][0] },
      ),
      calculating,
    };
  });
}

/** Activates the sheet and selects the cell; a hidden sheet cannot be activated, so it is left alone. */
export function selectCell(excel: ExcelApi, name: string, address: string): Promise<void> {
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(name).load("visibility");
    await context.sync();
    if (sheet.visibility !== "Visible") return;
    sheet.activate();
    sheet.getRange(address).select();
    await context.sync();
  });
}
