/**
 * Reading a sheet for the check: its values in row blocks, merged cells, visibility and the weight
 * totals an inserted template names, converted at the door into what the core's table reader takes
 * (src/reading/source.ts). Every decision about what the values mean is the reader's.
 *
 * Apps Script's Range.getValues() gives numbers, booleans, strings and Date objects, and "" for a
 * blank cell (developers.google.com/apps-script/reference/spreadsheet/range#getvalues). An error
 * cell reads as its text ("#N/A", "#REF!", "#ERROR!" for a formula Sheets cannot parse or a custom
 * function that threw; the kinds ERROR.TYPE knows), and a spilled row of our own GRADES holds the
 * error's text itself ("#VALUE! Score 'abc' at item 3 …", DOMAIN §7): both are error cells.
 */
import { type CellRange, type SheetValue, WHOLE_ROWS, columnsKept } from "../../src/reading";
import { WEIGHT_TOTAL_NAME, parseCell } from "../../src/templates";
import type { SheetData } from "../../taskpane/workbook/gateway";
import type { FormatDate, SheetsRange, SheetsSheet } from "./apps-script";

/**
 * Cells per getValues call below the first rows. Each call costs Apps Script a round trip to the
 * spreadsheet whatever its size, while its reply is held in the script's memory at once: 50,000
 * cells keep a block to a few megabytes even of long text, and a 100,000-person sheet ten columns
 * wide to 20 calls.
 */
export const BLOCK_CELLS = 50_000;

/** Sheets' error values (ERROR.TYPE 1–8), alone or at the start of a text, as our spilled rows write them. */
const ERROR_TEXT = /^(#NULL!|#DIV\/0!|#VALUE!|#REF!|#NAME\?|#NUM!|#N\/A|#ERROR!)(?:\s|$)/;

/** A Date, also one made in another realm: the tag holds where `instanceof` does not. */
const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === "[object Date]";

/**
 * A date as the serial number Excel and .xlsx files store, so that every host hands the reader the
 * same value: days since 1899-12-30 (Sheets counts from the same day), the time as a fraction.
 * Apps Script gives the moment the cell's wall-clock time names in the spreadsheet's time zone;
 * Utilities.formatDate reads that wall clock back.
 */
function dateSerial(date: Date, timeZone: string, formatDate: FormatDate): number {
  const text = formatDate(date, timeZone, "yyyy-MM-dd'T'HH:mm:ss.SSS");
  const [, y, mo, d, h, mi, s, ms] = /^(\d+)-(\d+)-(\d+)T(\d+):(\d+):(\d+)\.(\d+)$/.exec(text)!.map(Number);
  return (Date.UTC(y, mo - 1, d, h, mi, s, ms) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** One value of getValues as the reader's cell value. */
export function sheetValue(value: unknown, timeZone: string, formatDate: FormatDate): SheetValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (isDate(value)) return dateSerial(value, timeZone, formatDate);
  const text = String(value);
  const error = ERROR_TEXT.exec(text);
  return error ? { error: error[1] } : text;
}

/** "B2:D5" (or "B2") as the reader's 0-based inclusive rectangle. */
function cellRange(a1: string): CellRange {
  const [first, last = first] = a1.split(":").map(parseCell);
  return { top: first.row, left: first.column, bottom: last.row, right: last.column };
}

/**
 * Reads `sheet` (named `name`): the first rows whole, then, in blocks, only the columns those rows
 * fill (the reader looks at no other; src/reading WHOLE_ROWS). One getValues per block.
 */
export function readSheetData(name: string, sheet: SheetsSheet, timeZone: string, formatDate: FormatDate): SheetData {
  const convert = (range: SheetsRange) =>
    range.getValues().map((row) => row.map((value) => sheetValue(value, timeZone, formatDate)));
  const hidden = sheet.isSheetHidden();
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const weightTotals = sheet
    .getNamedRanges()
    .filter((named) => named.getName().startsWith(WEIGHT_TOTAL_NAME))
    .map((named) => {
      const range = named.getRange();
      return { address: range.getA1Notation(), total: sheetValue(range.getValue(), timeZone, formatDate) };
    });
  // Apps Script has no calculation state to wait for (Excel's calculationState): values are read
  // as Sheets has them, so a check never reports that it read while calculating.
  const calculating = false;
  if (lastRow === 0 || lastColumn === 0)
    return { source: { name, rows: [], merges: [], hidden }, weightTotals, calculating };

  const headRows = Math.min(WHOLE_ROWS, lastRow);
  const rows: SheetValue[][] = convert(sheet.getRange(1, 1, headRows, lastColumn));
  const kept = columnsKept(rows);
  const blockRows = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(kept, 1)));
  for (let first = headRows; first < lastRow && kept > 0; first += blockRows) {
    const block = convert(sheet.getRange(first + 1, 1, Math.min(blockRows, lastRow - first), kept));
    for (const row of block) rows.push(row);
  }
  const merges = sheet
    .getRange(1, 1, lastRow, lastColumn)
    .getMergedRanges()
    .map((merged) => cellRange(merged.getA1Notation()));
  return { source: { name, rows, merges, hidden }, weightTotals, calculating };
}
