/**
 * The part of Apps Script's Spreadsheet service the sidebar's server calls, as narrow interfaces.
 * The gateway (spreadsheet.ts) takes them with the real `SpreadsheetApp` as its default, so Apps
 * Script's own classes must fit them: a method misspelt here, or one Apps Script does not have,
 * fails to compile against @types/google-apps-script. The tests' fake (test/sheets/fake-
 * spreadsheet.ts) implements the same interfaces. Chained setters return `unknown`: the server
 * never chains them, so a stand-in need not return itself.
 */

export interface SheetsApp {
  getActiveSpreadsheet(): SheetsSpreadsheet;
  newDataValidation(): ValidationBuilder;
  newConditionalFormatRule(): ConditionalRuleBuilder;
  /** Applies pending changes: Apps Script may bundle writes and fail them later (SpreadsheetApp.flush). */
  flush(): void;
}

export interface SheetsSpreadsheet {
  getSheets(): SheetsSheet[];
  getSheetByName(name: string): SheetsSheet | null;
  /** Every named range of the spreadsheet: they are one namespace, whatever sheet they are on. */
  getNamedRanges(): SheetsNamedRange[];
  insertSheet(sheetName: string, sheetIndex: number): SheetsSheet;
  deleteSheet(sheet: SheetsSheet): void;
  setNamedRange(name: string, range: SheetsRange): void;
  getSpreadsheetLocale(): string;
  getSpreadsheetTimeZone(): string;
}

export interface SheetsSheet {
  getName(): string;
  isSheetHidden(): boolean;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): unknown;
  insertColumnsAfter(afterPosition: number, howMany: number): unknown;
  /** The last row (1-based) holding content; 0 for an empty sheet. */
  getLastRow(): number;
  getLastColumn(): number;
  // Apps Script's four overloads, in its order (an interface with fewer would not fit its Sheet).
  getRange(row: number, column: number): SheetsRange;
  getRange(row: number, column: number, numRows: number): SheetsRange;
  getRange(row: number, column: number, numRows: number, numColumns: number): SheetsRange;
  getRange(a1Notation: string): SheetsRange;
  getRangeList(a1Notations: string[]): SheetsRangeList;
  /** The named ranges on this sheet. */
  getNamedRanges(): SheetsNamedRange[];
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  /** Widths in pixels. */
  setColumnWidths(startColumn: number, numColumns: number, width: number): unknown;
  /** Replaces every conditional format rule of the sheet. */
  setConditionalFormatRules(rules: BuiltRule[]): void;
  activate(): unknown;
  setActiveRange(range: SheetsRange): unknown;
}

export interface SheetsRange {
  getA1Notation(): string;
  /** Numbers, booleans, strings and Dates; "" for a blank cell. */
  getValues(): unknown[][];
  getValue(): unknown;
  /** A string is read as typed (a number, date, formula…) unless the cell is formatted as text. */
  setValues(values: unknown[][]): unknown;
  setNumberFormat(numberFormat: string): unknown;
  setDataValidation(rule: BuiltRule | null): unknown;
  setBackground(color: string): unknown;
  setFontColor(color: string): unknown;
  merge(): unknown;
  /** Contents and formats, relative references moved; a larger destination gets the source repeated. */
  copyTo(destination: SheetsRange): void;
  createFilter(): unknown;
  /** Merged areas within or overlapping this range. */
  getMergedRanges(): SheetsRange[];
}

/** Several ranges of one sheet set in one call. */
export interface SheetsRangeList {
  setNumberFormat(numberFormat: string): unknown;
  setBackground(color: string): unknown;
  setFontColor(color: string): unknown;
  setFontWeight(fontWeight: "bold" | "normal"): unknown;
  setFontStyle(fontStyle: "italic" | "normal"): unknown;
  setFontSize(size: number): unknown;
  setWrap(isWrapEnabled: boolean): unknown;
  setHorizontalAlignment(alignment: "left" | "center" | "right"): unknown;
}

export interface SheetsNamedRange {
  getName(): string;
  getRange(): SheetsRange;
  remove(): void;
}

/** A data validation or conditional format rule, as its builder's build() returns it. */
export type BuiltRule = object;

export interface ValidationBuilder {
  requireNumberBetween(start: number, end: number): ValidationBuilder;
  requireValueInList(values: string[], showDropdown: boolean): ValidationBuilder;
  requireValueInRange(range: SheetsRange, showDropdown: boolean): ValidationBuilder;
  /** false: input that fails the rule is rejected, not only flagged (the default is true). */
  setAllowInvalid(allowInvalidData: boolean): ValidationBuilder;
  setHelpText(helpText: string): ValidationBuilder;
  build(): BuiltRule;
}

export interface ConditionalRuleBuilder {
  whenFormulaSatisfied(formula: string): ConditionalRuleBuilder;
  setBackground(color: string): ConditionalRuleBuilder;
  setFontColor(color: string): ConditionalRuleBuilder;
  setBold(bold: boolean): ConditionalRuleBuilder;
  setRanges(ranges: SheetsRange[]): ConditionalRuleBuilder;
  build(): BuiltRule;
}

/** Utilities.formatDate: a moment as wall-clock text in a time zone, in Java SimpleDateFormat's patterns. */
export type FormatDate = (date: Date, timeZone: string, format: string) => string;
