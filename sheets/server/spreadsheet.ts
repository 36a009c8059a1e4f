/**
 * The Google Sheets gateway: with write-plan.ts and read-sheet.ts, the only code that calls
 * SpreadsheetApp. Each function takes the app (Apps Script's `SpreadsheetApp` by default; the
 * tests pass a fake), does one job of the task pane's WorkbookGateway and returns plain data.
 */
import type { Template } from "../../src/templates";
import { planSheet } from "../../src/templates";
import type { InsertOptions, InsertResult, SheetData, SheetListing } from "../../taskpane/workbook/gateway";
import { InsertFailed } from "../../taskpane/workbook/insert-error";
import type { FormatDate, SheetsApp, SheetsSheet, SheetsSpreadsheet } from "./apps-script";
import { readSheetData } from "./read-sheet";
import { writePlan } from "./write-plan";

/** A sheet the caller named that the spreadsheet does not have (renamed or deleted since it was listed). */
export class NoSuchSheet extends Error {
  constructor(readonly sheet: string) {
    super(`There is no sheet named "${sheet}".`);
    this.name = "NoSuchSheet";
  }
}

/** A cell address that is not one, e.g. from a stale or hand-made call. */
export class BadAddress extends Error {
  constructor(readonly address: string) {
    super(`"${address}" is not a cell address such as B7.`);
    this.name = "BadAddress";
  }
}

const formatDate: FormatDate = (date, timeZone, format) => Utilities.formatDate(date, timeZone, format);

function sheetNamed(spreadsheet: SheetsSpreadsheet, name: string): SheetsSheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new NoSuchSheet(name);
  return sheet;
}

/** Every sheet in tab order; a hidden one cannot be shown by selecting a cell in it. */
export function listSheets(app: SheetsApp = SpreadsheetApp): SheetListing[] {
  return app
    .getActiveSpreadsheet()
    .getSheets()
    .map((sheet) => ({ name: sheet.getName(), visible: !sheet.isSheetHidden() }));
}

/**
 * Writes the template's plan for Sheets into a new last sheet with a name no sheet has, its named
 * ranges named as no other range is. If any write fails, the new sheet (known by its object, never
 * by a name a co-author may have reused) and its named ranges are removed again, and the error
 * says so, keeping the original reason. Focus comes last and may fail without undoing the sheet.
 */
export function insertTemplate(
  template: Template,
  options: InsertOptions,
  app: SheetsApp = SpreadsheetApp,
): InsertResult {
  const spreadsheet = app.getActiveSpreadsheet();
  const sheets = spreadsheet.getSheets();
  const plan = planSheet(template, {
    ...options,
    host: "sheets",
    takenSheetNames: sheets.map((sheet) => sheet.getName()),
    takenNames: spreadsheet.getNamedRanges().map((named) => named.getName()),
  });
  let added: SheetsSheet | undefined;
  try {
    added = spreadsheet.insertSheet(plan.sheetName, sheets.length);
    writePlan(app, spreadsheet, added, plan);
  } catch (error) {
    throw new InsertFailed(error, added ? { name: plan.sheetName, removed: removeSheet(spreadsheet, added) } : null);
  }
  try {
    added.activate();
    added.setActiveRange(added.getRange(plan.table.headerRow + 2, 1, 1, 1));
  } catch {
    // The sheet is complete; only the view could not follow.
  }
  return {
    sheetName: plan.sheetName,
    tableName: plan.table.name,
    employees: plan.table.rows,
    columns: plan.table.columns.length,
  };
}

/**
 * Deletes a half-written sheet with its named ranges (a deleted sheet's names would stay behind,
 * pointing at #REF!, and keep their names taken). Whether it could.
 */
function removeSheet(spreadsheet: SheetsSpreadsheet, sheet: SheetsSheet): boolean {
  try {
    for (const named of sheet.getNamedRanges()) named.remove();
    spreadsheet.deleteSheet(sheet);
    return true;
  } catch {
    return false;
  }
}

/** A sheet's values in blocks, merged cells, visibility and weight totals, for the core's reader. Never writes. */
export function readSheet(name: string, app: SheetsApp = SpreadsheetApp, dates: FormatDate = formatDate): SheetData {
  const spreadsheet = app.getActiveSpreadsheet();
  return readSheetData(name, sheetNamed(spreadsheet, name), spreadsheet.getSpreadsheetTimeZone(), dates);
}

const CELL_ADDRESS = /^\$?[A-Z]{1,3}\$?[1-9]\d*$/;

/** Activates the sheet and selects the cell; a hidden sheet is left as it is, as the Excel task pane leaves it. */
export function selectCell(name: string, address: string, app: SheetsApp = SpreadsheetApp): void {
  if (!CELL_ADDRESS.test(address)) throw new BadAddress(address);
  const sheet = sheetNamed(app.getActiveSpreadsheet(), name);
  if (sheet.isSheetHidden()) return;
  sheet.activate();
  sheet.setActiveRange(sheet.getRange(address));
}
