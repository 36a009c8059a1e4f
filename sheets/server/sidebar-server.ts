/**
 * The sidebar's server functions (SidebarServer in sheets/contract.ts), called by google.script.run.
 * Each is declared at the top level of Code.js with its JSDoc (scripts/build-sheets.ts), so this
 * module exports these five functions only. Each returns a Reply, plain JSON, and never throws.
 */
import type { Reply } from "../contract";
import type { Language } from "../../src/messages";
import type { InsertOptions, InsertResult, SheetData, SheetListing } from "../../taskpane/workbook/gateway";
import type { Template } from "../../src/templates";
import { checkedOptions, checkedTemplate, reply } from "./replies";
import { spreadsheetLanguage } from "./sheets-values";
import { insertTemplate, listSheets, readSheet, selectCell } from "./spreadsheet";

/**
 * The spreadsheet's language (its locale: zh* is Chinese, any other English), for the sidebar's first render.
 * @return {object} A Reply holding "zh" or "en".
 */
export function hrSidebarLanguage(): Reply<Language> {
  return reply(spreadsheetLanguage);
}

/**
 * The spreadsheet's sheets in tab order, each with whether it is visible.
 * @return {object} A Reply holding [{ name, visible }].
 */
export function hrListSheets(): Reply<SheetListing[]> {
  return reply(() => listSheets());
}

/**
 * Inserts a role template into a new sheet with a unique name; a sheet left half-written is removed.
 * @param {object} template The template (a catalog one or the user's own), checked against the template schema.
 * @param {object} options Employees, cycle, period, language, raters, rating input and formulas.
 * @return {object} A Reply holding the new sheet's name, its table's name, employees and columns; a failed one says whether the new sheet was removed.
 */
export function hrInsertTemplate(template: Template, options: InsertOptions): Reply<InsertResult> {
  return reply(() => insertTemplate(checkedTemplate(template), checkedOptions(options)));
}

/**
 * Reads a sheet for the distribution check: its values in blocks, merged cells, visibility and weight totals. Never writes.
 * @param {string} name The sheet's name.
 * @return {object} A Reply holding the sheet's data for the table reader.
 */
export function hrReadSheet(name: string): Reply<SheetData> {
  return reply(() => readSheet(String(name)));
}

/**
 * Activates a sheet and selects a cell in it, e.g. a person's grade the check points at.
 * @param {string} name The sheet's name.
 * @param {string} address The cell, e.g. "F12".
 * @return {object} A Reply holding null.
 */
export function hrSelect(name: string, address: string): Reply<null> {
  return reply(() => {
    selectCell(String(name), String(address));
    return null;
  });
}
