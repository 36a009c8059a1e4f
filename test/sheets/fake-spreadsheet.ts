/**
 * An in-memory stand-in for the part of Apps Script's Spreadsheet service the sidebar's server
 * uses. It implements the interfaces of sheets/server/apps-script.ts, which Apps Script's own
 * classes must fit (@types/google-apps-script): a method misspelt here or there fails to compile.
 * It counts every call by method, records every write with its sheet, can make a chosen call fail,
 * and is strict where Sheets is. Each behaviour says where it is documented; "reference" is
 * developers.google.com/apps-script/reference/spreadsheet/, "help" support.google.com/docs, and
 * "gas-fakes" github.com/brucemcpherson/gas-fakes, an Apps Script emulator whose notes record what
 * live Apps Script did where the reference is silent or wrong.
 *
 * Formulas are stored as written; a Calculator (test/sheets/sheets-calculator.ts) computes them
 * when values are read. Without one, reading a formula's value throws rather than guessing.
 */
import type {
  BuiltRule,
  ConditionalRuleBuilder,
  FormatDate,
  SheetsApp,
  SheetsNamedRange,
  SheetsRange,
  SheetsRangeList,
  SheetsSheet,
  SheetsSpreadsheet,
  ValidationBuilder,
} from "../../sheets/server/apps-script";
import { block, parseCell } from "../../src/templates";

/** What a cell holds: a value as Sheets stores it, a date (its serial number) or a formula. */
export type Content =
  | { kind: "value"; value: number | string | boolean }
  | { kind: "date"; serial: number }
  | { kind: "formula"; formula: string };

/** The spreadsheet as a calculator reads it: each sheet's contents by 0-based row and column, and the named ranges. */
export interface Book {
  sheets: { name: string; cells: (Content | null)[][] }[];
  names: { name: string; sheet: string; address: string }[];
}

/** Computes a book's formulas: the value of a cell, as a number, text, boolean, null (blank) or { error }. */
export type Calculator = (book: Book) => (sheet: string, row: number, column: number) => unknown;

/** A new sheet's grid (Sheets' default). */
const NEW_SHEET = { rows: 1000, columns: 26 };
/** help/drive/answer/37603 ("Files you can store in Google Drive"): up to 10 million cells per spreadsheet. */
const CELL_LIMIT = 10_000_000;
/** Sheets' widest sheet (column ZZZ), used to key cells. */
const MAX_COLUMNS = 18_278;
/** Sheets' longest sheet name. */
const SHEET_NAME_MAX = 100;
const DAY_MS = 86_400_000;
/** Serial day 0 is 1899-12-30 in Sheets; 25569 is 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

const key = (row: number, column: number) => row * MAX_COLUMNS + column;

interface Area {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

const overlaps = (a: Area, b: Area) =>
  a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.columns && b.left < a.left + a.columns;
const covers = (area: Area, row: number, column: number) =>
  row >= area.top && row < area.top + area.rows && column >= area.left && column < area.left + area.columns;

function parseA1(a1: string): Area {
  if (!/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(a1)) throw new Error(`Range not found: ${a1}`);
  const [first, last = first] = a1.replace(/\$/g, "").split(":").map(parseCell);
  const top = Math.min(first.row, last.row);
  const left = Math.min(first.column, last.column);
  return { top, left, rows: Math.abs(last.row - first.row) + 1, columns: Math.abs(last.column - first.column) + 1 };
}

/** Wall-clock parts of a moment in a time zone (node's ICU stands in for Apps Script's Java time zones). */
function wallClock(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const ms = ((instant % 1000) + 1000) % 1000;
  return Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"), ms);
}

/**
 * The Date getValues returns for a date cell: the moment its wall-clock time names in the
 * spreadsheet's time zone (reference: Spreadsheet.getSpreadsheetTimeZone; Range.getValues gives Date).
 */
export function dateOfSerial(serial: number, timeZone: string): Date {
  const wall = Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS);
  let instant = wall;
  for (let i = 0; i < 3; i++) instant = wall - (wallClock(instant, timeZone) - instant);
  return new Date(instant);
}

/**
 * Utilities.formatDate (reference: utilities/utilities#formatdatedate,-timezone,-format): the
 * SimpleDateFormat letters the server uses (yyyy MM dd HH mm ss SSS, quoted text); any other throws.
 */
export const formatDate: FormatDate = (date, timeZone, format) => {
  const wall = new Date(wallClock(date.getTime(), timeZone));
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  const fields: Record<string, string> = {
    yyyy: pad(wall.getUTCFullYear(), 4),
    MM: pad(wall.getUTCMonth() + 1, 2),
    dd: pad(wall.getUTCDate(), 2),
    HH: pad(wall.getUTCHours(), 2),
    mm: pad(wall.getUTCMinutes(), 2),
    ss: pad(wall.getUTCSeconds(), 2),
    SSS: pad(wall.getUTCMilliseconds(), 3),
  };
  return format.replace(/'([^']*)'|([A-Za-z])\2*/g, (match, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted;
    if (!(match in fields)) throw new Error(`fake formatDate: pattern ${match} is not modelled`);
    return fields[match];
  });
};

/** Utilities, as far as the server calls it: Apps Script's own signature. */
export const fakeUtilities: Pick<GoogleAppsScript.Utilities.Utilities, "formatDate"> = { formatDate };

/** The serial number of a moment, by its wall clock in the spreadsheet's time zone. */
const serialOfDate = (date: Date, timeZone: string) => wallClock(date.getTime(), timeZone) / DAY_MS + UNIX_EPOCH_SERIAL;

/** The last of `items` that matches, or undefined (Array.prototype.findLast is ES2023). */
function lastMatch<T>(items: readonly T[], matches: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (matches(items[i])) return items[i];
  return undefined;
}

const serialOf = (year: number, month: number, day: number) =>
  (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / DAY_MS;

/**
 * A string written by setValues, or typed, as Sheets stores it in a cell not formatted as text
 * (reference: Range.setValue "If it begins with '=' it is interpreted as a formula"; help/answer/
 * 56470 formats: numbers, percentages and dates are recognised as typed, en_US forms here):
 * "=…" a formula; a number ("00123" is 123, "1,250", "-5%"); a date ("2026-11-05", "2026/11/5",
 * "11/5/2026", and stricter than needed "2026-11", which some locales read as November); TRUE/FALSE;
 * a leading apostrophe keeps the rest as text; any other text starting with + or - is read as a
 * formula, as Sheets does ("+86 138…" shows #ERROR!); other text stays text.
 */
export function sheetsInput(text: string): Content | null {
  if (text === "") return null;
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  if (text.startsWith("=")) return { kind: "formula", formula: text };
  const trimmed = text.trim();
  const number = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?(?:[eE]([+-]?\d+))?(%?)$/.exec(trimmed);
  if (number && /\d/.test(number[2] + (number[3] ?? ""))) {
    const value = Number(`${number[1]}${number[2].replace(/,/g, "")}${number[3] ?? ""}e${number[4] ?? 0}`);
    return { kind: "value", value: number[5] ? value / 100 : value };
  }
  const iso = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/.exec(trimmed);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3] ?? 1)]
    : us
      ? [Number(us[3]), Number(us[1]), Number(us[2])]
      : [0, 0, 0];
  if (month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()) {
    return { kind: "date", serial: serialOf(year, month, day) };
  }
  if (/^(true|false)$/i.test(trimmed)) return { kind: "value", value: trimmed.toUpperCase() === "TRUE" };
  if (/^[+-]/.test(trimmed)) return { kind: "formula", formula: `=${trimmed}` };
  return { kind: "value", value: text };
}

/**
 * A formula copied `rows` down and `columns` right (reference: Range.copyTo; help/answer/
 * 3093281 on relative and absolute references): each reference without $ moves, names, function
 * names and text in quotes do not.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  const columnNumber = (name: string) => [...name].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  const columnName = (n: number): string =>
    (n > 26 ? columnName(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));
  return formula
    .split('"')
    .map((part, index) =>
      index % 2
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
            (_, before: string, fixColumn: string, column: string, fixRow: string, row: string) =>
              `${before}${fixColumn}${fixColumn ? column : columnName(columnNumber(column) + columns)}${fixRow}${
                fixRow ? row : Number(row) + rows
              }`,
          ),
    )
    .join('"');
}

/**
 * Why Sheets refuses a named range's name (help/answer/63175, "Name a range"): letters, numbers and
 * underscores only, not starting with a number or with "true" or "false", 1–250 characters, not
 * a cell reference in A1 or R1C1 notation.
 */
export function namedRangeProblem(name: string): string | undefined {
  if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name))
    return "may hold only letters, numbers and underscores, not first a number";
  if (/^(true|false)/i.test(name)) return 'may not start with "true" or "false"';
  if (name.length > 250) return "is longer than 250 characters";
  if (/^[A-Z]{1,3}\d+$/i.test(name) || /^R\d*C\d*$/i.test(name)) return "is a cell reference";
  return undefined;
}

export interface Failure {
  /** "Range.merge", "Spreadsheet.deleteSheet"… as counted in `calls`. */
  method: string;
  /** Which call of that method fails, 1 for the first. */
  occurrence: number;
}

/** Options of a new fake: the spreadsheet's locale and time zone, the calculator for formulas. */
export interface FakeOptions {
  locale?: string;
  timeZone?: string;
  calculator?: Calculator;
}

/** SpreadsheetApp over one active spreadsheet. */
export class FakeSpreadsheetApp implements SheetsApp {
  readonly spreadsheet: FakeSpreadsheet;

  constructor(options: FakeOptions = {}) {
    this.spreadsheet = new FakeSpreadsheet(options);
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    this.spreadsheet.call("SpreadsheetApp.getActiveSpreadsheet");
    return this.spreadsheet;
  }

  /** Used by the custom functions' language look-up (sheets/server/sheets-values.ts). */
  getActive(): FakeSpreadsheet {
    this.spreadsheet.call("SpreadsheetApp.getActive");
    return this.spreadsheet;
  }

  newDataValidation(): FakeValidationBuilder {
    this.spreadsheet.call("SpreadsheetApp.newDataValidation");
    return new FakeValidationBuilder(this.spreadsheet);
  }

  newConditionalFormatRule(): FakeRuleBuilder {
    this.spreadsheet.call("SpreadsheetApp.newConditionalFormatRule");
    return new FakeRuleBuilder(this.spreadsheet);
  }

  flush(): void {
    this.spreadsheet.call("SpreadsheetApp.flush");
  }
}

export class FakeSpreadsheet implements SheetsSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly namedRanges: FakeNamedRange[] = [];
  /** Calls by method ("Range.setValues"), and in order. */
  readonly calls = new Map<string, number>();
  readonly callLog: string[] = [];
  /** Every write, with the sheet it went to. */
  readonly writes: { sheet: string; method: string }[] = [];
  readonly failures: Failure[] = [];
  active: FakeSheet | undefined;
  readonly locale: string;
  readonly timeZone: string;
  private readonly calculator?: Calculator;
  private computed?: ReturnType<Calculator>;
  private nextSheetId = 1;

  constructor({ locale = "en_US", timeZone = "Asia/Shanghai", calculator }: FakeOptions = {}) {
    this.locale = locale;
    this.timeZone = timeZone;
    this.calculator = calculator;
  }

  /** Counts a call, and throws where the test asked a call to fail. */
  call(method: string) {
    const count = (this.calls.get(method) ?? 0) + 1;
    this.calls.set(method, count);
    this.callLog.push(method);
    if (this.failures.some((failure) => failure.method === method && failure.occurrence === count)) {
      throw new Error(`Service Spreadsheets failed while accessing the document (injected at ${method} #${count}).`);
    }
  }

  /** Makes the `occurrence`-th call of `method` from now on throw, as a failing Apps Script call does. */
  failOn(method: string, occurrence = 1) {
    this.failures.push({ method, occurrence: (this.calls.get(method) ?? 0) + occurrence });
  }

  get totalCalls() {
    return this.callLog.length;
  }

  count(method: string) {
    return this.calls.get(method) ?? 0;
  }

  wrote(sheet: FakeSheet, method: string) {
    this.writes.push({ sheet: sheet.name, method });
    this.computed = undefined;
  }

  /** A sheet as the user has it, not counted: `rows` × `columns` cells (a new sheet's size by default). */
  addSheet(name: string, { rows = NEW_SHEET.rows, columns = NEW_SHEET.columns, hidden = false } = {}): FakeSheet {
    this.checkSheetName(name);
    const sheet = new FakeSheet(this, this.nextSheetId++, name, rows, columns);
    sheet.hidden = hidden;
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  /** The sheet of that name, for the test's own looks (not counted). */
  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`fake: no sheet ${name}`);
    return sheet;
  }

  /** Reference: Spreadsheet.insertSheet. Names are unique in any case and at most 100 characters (Sheets' rename dialog). */
  private checkSheetName(name: string) {
    if (!name.trim()) throw new Error("Sheet names cannot be blank.");
    if (name.length > SHEET_NAME_MAX) throw new Error(`Sheet names can be at most ${SHEET_NAME_MAX} characters.`);
    if (this.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  cellCount() {
    return this.sheets.reduce((sum, sheet) => sum + sheet.maxRows * sheet.maxColumns, 0);
  }

  getSheets(): FakeSheet[] {
    this.call("Spreadsheet.getSheets");
    return [...this.sheets];
  }

  getSheetByName(name: string): FakeSheet | null {
    this.call("Spreadsheet.getSheetByName");
    return this.sheets.find((sheet) => sheet.name === name) ?? null;
  }

  getNamedRanges(): FakeNamedRange[] {
    this.call("Spreadsheet.getNamedRanges");
    return [...this.namedRanges];
  }

  /** Reference: "Inserts a new sheet … with the given name … The new sheet becomes the active sheet." 1000 × 26 cells. */
  insertSheet(sheetName: string, sheetIndex: number): FakeSheet {
    this.call("Spreadsheet.insertSheet");
    this.checkSheetName(sheetName);
    if (!Number.isInteger(sheetIndex) || sheetIndex < 0 || sheetIndex > this.sheets.length) {
      throw new Error(`The sheet index ${sheetIndex} is out of range.`);
    }
    if (this.cellCount() + NEW_SHEET.rows * NEW_SHEET.columns > CELL_LIMIT) throw cellLimitError();
    const sheet = new FakeSheet(this, this.nextSheetId++, sheetName, NEW_SHEET.rows, NEW_SHEET.columns);
    this.sheets.splice(sheetIndex, 0, sheet);
    this.active = sheet;
    this.wrote(sheet, "Spreadsheet.insertSheet");
    return sheet;
  }

  /**
   * Reference: Spreadsheet.deleteSheet takes the sheet object. A spreadsheet keeps at least one
   * sheet. The sheet's named ranges stay, pointing at #REF! (as the Named ranges panel shows them),
   * and keep their names taken.
   */
  deleteSheet(sheet: SheetsSheet): void {
    this.call("Spreadsheet.deleteSheet");
    const index = this.sheets.indexOf(sheet as FakeSheet);
    if (index < 0) throw new Error("The sheet was not found: it may have been deleted.");
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.wrote(this.sheets[index], "Spreadsheet.deleteSheet");
    this.sheets.splice(index, 1);
    for (const named of this.namedRanges) if (named.sheet === sheet) named.sheet = null;
    if (this.active === sheet) this.active = this.sheets[0];
  }

  /** Reference: Spreadsheet.setNamedRange; names are one namespace for the spreadsheet, in any case, and valid (help/answer/63175). */
  setNamedRange(name: string, range: SheetsRange): void {
    this.call("Spreadsheet.setNamedRange");
    const problem = namedRangeProblem(name);
    if (problem) throw new Error(`The named range "${name}" ${problem}.`);
    if (this.namedRanges.some((named) => named.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A named range called "${name}" already exists.`);
    }
    const target = range as FakeRange;
    if (!(target instanceof FakeRange) || !this.sheets.includes(target.sheet)) throw new Error("Range not found");
    this.namedRanges.push(new FakeNamedRange(this, name, target.sheet, target.area));
    this.wrote(target.sheet, "Spreadsheet.setNamedRange");
  }

  getSpreadsheetLocale(): string {
    this.call("Spreadsheet.getSpreadsheetLocale");
    return this.locale;
  }

  getSpreadsheetTimeZone(): string {
    this.call("Spreadsheet.getSpreadsheetTimeZone");
    return this.timeZone;
  }

  /** The contents as a calculator reads them. */
  book(): Book {
    return {
      sheets: this.sheets.map((sheet) => ({ name: sheet.name, cells: sheet.grid() })),
      names: this.namedRanges.flatMap((named) =>
        named.sheet ? [{ name: named.name, sheet: named.sheet.name, address: block(...areaArgs(named.area)) }] : [],
      ),
    };
  }

  /** A formula cell's value, computed over the whole spreadsheet (again after any write). */
  formulaValue(sheet: FakeSheet, row: number, column: number): unknown {
    if (!this.calculator) throw new Error("fake: reading a formula's value needs a calculator");
    this.computed ??= this.calculator(this.book());
    return this.computed(sheet.name, row, column);
  }
}

const areaArgs = (area: Area) => [area.top, area.left, area.rows, area.columns] as const;

const cellLimitError = () =>
  new Error("This action would increase the number of cells in the workbook above the limit of 10000000 cells.");

export class FakeSheet implements SheetsSheet {
  hidden = false;
  readonly contents = new Map<number, Content>();
  readonly numberFormats = new Map<number, string>();
  readonly merges: Area[] = [];
  readonly validations: { area: Area; rule: FakeValidation | null }[] = [];
  conditionalRules: FakeConditionalRule[] = [];
  /** Formats set through setBackground, setFontWeight…: the last one covering a cell holds. */
  readonly styles: { area: Area; property: string; value: unknown }[] = [];
  readonly columnWidths = new Map<number, number>();
  filter: Area | undefined;
  frozenRows = 0;
  frozenColumns = 0;
  activeRange: Area | undefined;

  constructor(
    readonly book: FakeSpreadsheet,
    readonly id: number,
    public name: string,
    public maxRows: number,
    public maxColumns: number,
  ) {}

  private call(method: string) {
    this.book.call(`Sheet.${method}`);
  }

  /** Stores values as an imported file holds them, not counted: strings stay text, Dates become dates (by their wall clock in the spreadsheet's time zone). */
  load(a1: string, rows: readonly (readonly (number | string | boolean | Date | null)[])[]) {
    const { top, left } = parseA1(a1);
    rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        const at = key(top + r, left + c);
        if (value === null || value === "") this.contents.delete(at);
        else if (value instanceof Date)
          this.contents.set(at, { kind: "date", serial: serialOfDate(value, this.book.timeZone) });
        else this.contents.set(at, { kind: "value", value });
      }),
    );
  }

  /** Merges cells as an imported file does, not counted. */
  loadMerge(a1: string) {
    this.merges.push(parseA1(a1));
  }

  content(a1: string): Content | null {
    const { top, left } = parseA1(a1);
    return this.contents.get(key(top, left)) ?? null;
  }

  numberFormat(a1: string): string | undefined {
    const { top, left } = parseA1(a1);
    return this.numberFormats.get(key(top, left));
  }

  style(a1: string, property: string): unknown {
    const { top, left } = parseA1(a1);
    return lastMatch(this.styles, (style) => covers(style.area, top, left) && style.property === property)?.value;
  }

  validation(a1: string): FakeValidation | null {
    const { top, left } = parseA1(a1);
    return lastMatch(this.validations, ({ area }) => covers(area, top, left))?.rule ?? null;
  }

  /**
   * A user typing `text` into a cell (not counted): read as Sheets reads input (sheetsInput) unless
   * the cell is formatted as text, and refused when the cell's validation rejects it (reference:
   * DataValidationBuilder.setAllowInvalid(false) "reject the input entirely").
   */
  type(a1: string, text: string) {
    const { top, left } = parseA1(a1);
    const content = this.numberFormats.get(key(top, left)) === "@" ? textContent(text) : sheetsInput(text);
    const rule = this.validation(a1);
    if (content && rule && !rule.allowInvalid && !rule.accepts(content)) {
      throw new Error(`Rejected: ${rule.helpText || "the input does not satisfy the cell's data validation"}`);
    }
    if (content) this.contents.set(key(top, left), content);
    else this.contents.delete(key(top, left));
    this.book.wrote(this, "typed");
  }

  /** Each row's contents up to the last one stored, for a calculator. */
  grid(): (Content | null)[][] {
    const grid: (Content | null)[][] = [];
    for (const [at, content] of this.contents) {
      const row = Math.floor(at / MAX_COLUMNS);
      (grid[row] ??= [])[at % MAX_COLUMNS] = content;
    }
    return Array.from(grid, (row) => Array.from(row ?? [], (content) => content ?? null));
  }

  /** The 0-based row and column of the last content, plus one. */
  extent() {
    let rows = 0;
    let columns = 0;
    for (const at of this.contents.keys()) {
      rows = Math.max(rows, Math.floor(at / MAX_COLUMNS) + 1);
      columns = Math.max(columns, (at % MAX_COLUMNS) + 1);
    }
    return { rows, columns };
  }

  /** Whether a merge would span the edge of the frozen rows or columns, which Sheets refuses. */
  crossesFreeze(area: Area, rows = this.frozenRows, columns = this.frozenColumns) {
    const across = (from: number, size: number, edge: number) => edge > 0 && from < edge && from + size > edge;
    return across(area.top, area.rows, rows) || across(area.left, area.columns, columns);
  }

  getName(): string {
    this.call("getName");
    return this.name;
  }

  isSheetHidden(): boolean {
    this.call("isSheetHidden");
    return this.hidden;
  }

  getMaxRows(): number {
    this.call("getMaxRows");
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.call("getMaxColumns");
    return this.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.call("insertRowsAfter");
    if (afterPosition !== this.maxRows) throw new Error("fake: rows are only added at the end");
    if (this.book.cellCount() + howMany * this.maxColumns > CELL_LIMIT) throw cellLimitError();
    this.maxRows += howMany;
    this.book.wrote(this, "Sheet.insertRowsAfter");
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.call("insertColumnsAfter");
    if (afterPosition !== this.maxColumns) throw new Error("fake: columns are only added at the end");
    if (this.maxColumns + howMany > MAX_COLUMNS) throw new Error("This action would exceed the column limit.");
    if (this.book.cellCount() + howMany * this.maxRows > CELL_LIMIT) throw cellLimitError();
    this.maxColumns += howMany;
    this.book.wrote(this, "Sheet.insertColumnsAfter");
    return this;
  }

  /** Reference: Sheet.getLastRow "the position of the last row that has content". */
  getLastRow(): number {
    this.call("getLastRow");
    return this.extent().rows;
  }

  getLastColumn(): number {
    this.call("getLastColumn");
    return this.extent().columns;
  }

  getRange(row: number, column: number): FakeRange;
  getRange(row: number, column: number, numRows: number): FakeRange;
  getRange(row: number, column: number, numRows: number, numColumns: number): FakeRange;
  getRange(a1Notation: string): FakeRange;
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.call("getRange");
    return this.range(
      typeof rowOrA1 === "string"
        ? parseA1(rowOrA1)
        : { top: rowOrA1 - 1, left: column! - 1, rows: numRows, columns: numColumns },
    );
  }

  /** Reference: a range needs at least one row and column, inside the sheet's grid. */
  private range(area: Area): FakeRange {
    if (!(area.rows >= 1)) throw new Error("The number of rows in the range must be at least 1.");
    if (!(area.columns >= 1)) throw new Error("The number of columns in the range must be at least 1.");
    if (
      area.top < 0 ||
      area.left < 0 ||
      area.top + area.rows > this.maxRows ||
      area.left + area.columns > this.maxColumns
    ) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new FakeRange(this, area);
  }

  getRangeList(a1Notations: string[]): FakeRangeList {
    this.call("getRangeList");
    return new FakeRangeList(
      this,
      a1Notations.map((a1) => this.range(parseA1(a1))),
    );
  }

  /** Reference: Sheet.getNamedRanges, the named ranges in this sheet. */
  getNamedRanges(): FakeNamedRange[] {
    this.call("getNamedRanges");
    return this.book.namedRanges.filter((named) => named.sheet === this);
  }

  /** Sheets will not freeze part of a merged cell (it asks to unmerge first). */
  setFrozenRows(rows: number): void {
    this.call("setFrozenRows");
    if (this.merges.some((merge) => this.crossesFreeze(merge, rows, this.frozenColumns))) {
      throw new Error("Sorry, it is not possible to freeze rows that contain only part of a merged cell.");
    }
    this.frozenRows = rows;
    this.book.wrote(this, "Sheet.setFrozenRows");
  }

  setFrozenColumns(columns: number): void {
    this.call("setFrozenColumns");
    if (this.merges.some((merge) => this.crossesFreeze(merge, this.frozenRows, columns))) {
      throw new Error("Sorry, it is not possible to freeze columns that contain only part of a merged cell.");
    }
    this.frozenColumns = columns;
    this.book.wrote(this, "Sheet.setFrozenColumns");
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    this.call("setColumnWidths");
    if (startColumn < 1 || startColumn + numColumns - 1 > this.maxColumns) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    for (let c = 0; c < numColumns; c++) this.columnWidths.set(startColumn - 1 + c, width);
    this.book.wrote(this, "Sheet.setColumnWidths");
    return this;
  }

  /** Reference: "Replaces all currently existing conditional format rules in the sheet". */
  setConditionalFormatRules(rules: BuiltRule[]): void {
    this.call("setConditionalFormatRules");
    const own = rules.map((rule) => {
      if (!(rule instanceof FakeConditionalRule)) throw new Error("fake: not a built conditional format rule");
      if (!rule.ranges.length) throw new Error("A conditional format rule needs at least one range.");
      if (rule.ranges.some((range) => range.sheet !== this))
        throw new Error("A conditional format rule cannot reference a different sheet.");
      return rule;
    });
    this.conditionalRules = own;
    this.book.wrote(this, "Sheet.setConditionalFormatRules");
  }

  activate(): FakeSheet {
    this.call("activate");
    this.book.active = this;
    return this;
  }

  /** Reference: "Sets the specified range as the active range in the active sheet". */
  setActiveRange(range: SheetsRange): FakeRange {
    this.call("setActiveRange");
    const target = range as FakeRange;
    if (target.sheet !== this) throw new Error("The range is on another sheet.");
    if (this.book.active !== this) throw new Error("fake: setActiveRange on a sheet that is not active");
    this.activeRange = target.area;
    return target;
  }
}

/** Text kept as typed, in a cell formatted as text. */
const textContent = (text: string): Content | null => (text === "" ? null : { kind: "value", value: text });

export class FakeRange implements SheetsRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly area: Area,
  ) {}

  private call(method: string) {
    this.sheet.book.call(`Range.${method}`);
  }

  private wrote(method: string) {
    this.sheet.book.wrote(this.sheet, `Range.${method}`);
  }

  private *cells() {
    const { top, left, rows, columns } = this.area;
    for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) yield { r, c, at: key(top + r, left + c) };
  }

  getA1Notation(): string {
    this.call("getA1Notation");
    return block(...areaArgs(this.area));
  }

  /** The stored values of the range as text (what a list validation over it offers), not counted. */
  texts(): string[] {
    return [...this.cells()].flatMap(({ at }) => {
      const content = this.sheet.contents.get(at);
      return content?.kind === "value" ? [String(content.value)] : [];
    });
  }

  /** Reference: Range.getValues, "Number, Boolean, Date, or String"; "" for an empty cell; an error cell as its text. */
  getValues(): unknown[][] {
    this.call("getValues");
    return this.values();
  }

  getValue(): unknown {
    this.call("getValue");
    return this.values()[0][0];
  }

  private values(): unknown[][] {
    const { top, left, rows, columns } = this.area;
    const book = this.sheet.book;
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => {
        const content = this.sheet.contents.get(key(top + r, left + c));
        if (!content) return "";
        if (content.kind === "value") return content.value;
        if (content.kind === "date") return dateOfSerial(content.serial, book.timeZone);
        const value = book.formulaValue(this.sheet, top + r, left + c);
        if (value === null || value === undefined) return "";
        if (typeof value === "object" && "error" in value) return (value as { error: string }).error;
        return value;
      }),
    );
  }

  /**
   * Reference: Range.setValues, the data "must match dimensions of this range" (else "The number
   * of rows in the data does not match the number of rows in the range"). Strings are read as
   * typed (sheetsInput) unless the cell is formatted as text; numbers, booleans and Dates are
   * stored as they are; "" and null clear the cell. Anything else (undefined, NaN, objects) throws.
   */
  setValues(values: unknown[][]): FakeRange {
    this.call("setValues");
    const { rows, columns } = this.area;
    if (values.length !== rows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${rows}.`,
      );
    }
    for (const row of values) {
      if (row.length !== columns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${columns}.`,
        );
      }
    }
    for (const { r, c, at } of this.cells()) {
      const value = values[r][c];
      const content = this.contentOf(value, this.sheet.numberFormats.get(at) === "@");
      if (content) this.sheet.contents.set(at, content);
      else this.sheet.contents.delete(at);
    }
    this.wrote("setValues");
    return this;
  }

  private contentOf(value: unknown, text: boolean): Content | null {
    if (value === null || value === "") return null;
    if (typeof value === "string") return text ? textContent(value) : sheetsInput(value);
    if (typeof value === "boolean") return { kind: "value", value };
    if (typeof value === "number" && Number.isFinite(value)) return { kind: "value", value };
    if (value instanceof Date) return { kind: "date", serial: serialOfDate(value, this.sheet.book.timeZone) };
    throw new Error(`fake: setValues cannot store ${String(value)}`);
  }

  setNumberFormat(numberFormat: string): FakeRange {
    this.call("setNumberFormat");
    this.formatAll(numberFormat);
    this.wrote("setNumberFormat");
    return this;
  }

  formatAll(numberFormat: string) {
    for (const { at } of this.cells()) this.sheet.numberFormats.set(at, numberFormat);
  }

  style(property: string, value: unknown) {
    this.sheet.styles.push({ area: this.area, property, value });
  }

  /** Reference: Range.setDataValidation; null clears. */
  setDataValidation(rule: BuiltRule | null): FakeRange {
    this.call("setDataValidation");
    if (rule !== null && !(rule instanceof FakeValidation)) throw new Error("fake: not a built data validation");
    this.sheet.validations.push({ area: this.area, rule });
    this.wrote("setDataValidation");
    return this;
  }

  setBackground(color: string): FakeRange {
    this.call("setBackground");
    this.style("background", color);
    this.wrote("setBackground");
    return this;
  }

  setFontColor(color: string): FakeRange {
    this.call("setFontColor");
    this.style("fontColor", color);
    this.wrote("setFontColor");
    return this;
  }

  /**
   * Merges the range, keeping the top-left value only (help/answer/54813 "Merge cells": only the
   * upper-left value is kept). Sheets refuses to merge across the frozen rows or columns, and a
   * range that overlaps a merge.
   */
  merge(): FakeRange {
    this.call("merge");
    if (this.sheet.crossesFreeze(this.area)) throw new Error("You can't merge frozen and non-frozen rows or columns.");
    if (this.sheet.merges.some((merge) => overlaps(merge, this.area)))
      throw new Error("The range overlaps a merged cell.");
    for (const { r, c, at } of this.cells()) if (r || c) this.sheet.contents.delete(at);
    this.sheet.merges.push(this.area);
    this.wrote("merge");
    return this;
  }

  /**
   * Reference: Range.copyTo copies "Both the values and formatting" (number formats modelled).
   * Live Apps Script repeats the source as many whole times as fit a larger destination and never
   * truncates it (gas-fakes, sheetrange.js, observed behaviour; issuetracker.google.com/issues/
   * 427192537); relative references move with each copy.
   */
  copyTo(destination: SheetsRange): void {
    this.call("copyTo");
    const target = destination as FakeRange;
    if (!(target instanceof FakeRange) || !this.sheet.book.sheets.includes(target.sheet))
      throw new Error("Range not found");
    const source = this.area;
    const times = (to: number, from: number) => Math.max(1, Math.floor(to / from));
    const copies = { rows: times(target.area.rows, source.rows), columns: times(target.area.columns, source.columns) };
    const contents = [...this.cells()].map(({ r, c, at }) => ({
      r,
      c,
      content: this.sheet.contents.get(at),
      format: this.sheet.numberFormats.get(at),
    }));
    for (let i = 0; i < copies.rows; i++) {
      for (let j = 0; j < copies.columns; j++) {
        const top = target.area.top + i * source.rows;
        const left = target.area.left + j * source.columns;
        if (top + source.rows > target.sheet.maxRows || left + source.columns > target.sheet.maxColumns) {
          throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
        }
        for (const { r, c, content, format } of contents) {
          const at = key(top + r, left + c);
          if (!content) target.sheet.contents.delete(at);
          else if (content.kind === "formula")
            target.sheet.contents.set(at, {
              kind: "formula",
              formula: shiftFormula(content.formula, top - source.top, left - source.left),
            });
          else target.sheet.contents.set(at, content);
          if (format === undefined) target.sheet.numberFormats.delete(at);
          else target.sheet.numberFormats.set(at, format);
        }
      }
    }
    target.wrote("copyTo");
  }

  /** Reference: Range.createFilter; "You can't create more than one filter on a sheet." */
  createFilter(): object {
    this.call("createFilter");
    if (this.sheet.filter) throw new Error("You can't create a filter in a sheet that already has a filter.");
    this.sheet.filter = this.area;
    this.wrote("createFilter");
    return { range: this.area };
  }

  /** Reference: "merged cells that either are fully within the current range, or contain at least one cell in the current range". */
  getMergedRanges(): FakeRange[] {
    this.call("getMergedRanges");
    return this.sheet.merges
      .filter((merge) => overlaps(merge, this.area))
      .map((merge) => new FakeRange(this.sheet, merge));
  }
}

/** Reference: RangeList, one call for several ranges of a sheet. */
export class FakeRangeList implements SheetsRangeList {
  constructor(
    readonly sheet: FakeSheet,
    readonly ranges: FakeRange[],
  ) {}

  private set(method: string, property: string, value: unknown): FakeRangeList {
    this.sheet.book.call(`RangeList.${method}`);
    for (const range of this.ranges) {
      if (property === "numberFormat") range.formatAll(value as string);
      else range.style(property, value);
    }
    this.sheet.book.wrote(this.sheet, `RangeList.${method}`);
    return this;
  }

  setNumberFormat(numberFormat: string) {
    return this.set("setNumberFormat", "numberFormat", numberFormat);
  }
  setBackground(color: string) {
    return this.set("setBackground", "background", color);
  }
  setFontColor(color: string) {
    return this.set("setFontColor", "fontColor", color);
  }
  setFontWeight(fontWeight: "bold" | "normal") {
    return this.set("setFontWeight", "fontWeight", fontWeight);
  }
  setFontStyle(fontStyle: "italic" | "normal") {
    return this.set("setFontStyle", "fontStyle", fontStyle);
  }
  setFontSize(size: number) {
    return this.set("setFontSize", "fontSize", size);
  }
  setWrap(isWrapEnabled: boolean) {
    return this.set("setWrap", "wrap", isWrapEnabled);
  }
  setHorizontalAlignment(alignment: "left" | "center" | "right") {
    return this.set("setHorizontalAlignment", "horizontalAlignment", alignment);
  }
}

export class FakeNamedRange implements SheetsNamedRange {
  constructor(
    readonly book: FakeSpreadsheet,
    readonly name: string,
    /** null once its sheet was deleted: the name then refers to #REF!. */
    public sheet: FakeSheet | null,
    readonly area: Area,
  ) {}

  getName(): string {
    this.book.call("NamedRange.getName");
    return this.name;
  }

  getRange(): FakeRange {
    this.book.call("NamedRange.getRange");
    if (!this.sheet) throw new Error(`The named range ${this.name} refers to #REF!.`);
    return new FakeRange(this.sheet, this.area);
  }

  remove(): void {
    this.book.call("NamedRange.remove");
    const index = this.book.namedRanges.indexOf(this);
    if (index >= 0) this.book.namedRanges.splice(index, 1);
    if (this.sheet) this.book.wrote(this.sheet, "NamedRange.remove");
  }
}

type Criteria =
  | { kind: "number-between"; min: number; max: number }
  | { kind: "value-in-list"; values: string[]; dropdown: boolean }
  | { kind: "value-in-range"; range: FakeRange; dropdown: boolean };

/** A built data validation rule. */
export class FakeValidation {
  constructor(
    readonly criteria: Criteria,
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}

  /** Whether typed content satisfies the rule (a number between, a listed value or one of the range's). */
  accepts(content: Content): boolean {
    const value = content.kind === "value" ? content.value : content.kind === "date" ? content.serial : null;
    const { criteria } = this;
    if (criteria.kind === "number-between")
      return typeof value === "number" && value >= criteria.min && value <= criteria.max;
    const allowed = criteria.kind === "value-in-list" ? criteria.values : criteria.range.texts();
    return value !== null && allowed.includes(String(value));
  }
}

/** Reference: DataValidationBuilder; a new rule allows invalid input until setAllowInvalid(false). */
export class FakeValidationBuilder implements ValidationBuilder {
  private criteria: Criteria | undefined;
  private allowInvalid = true;
  private helpText = "";

  constructor(private readonly book: FakeSpreadsheet) {}

  private call(method: string): this {
    this.book.call(`DataValidationBuilder.${method}`);
    return this;
  }

  requireNumberBetween(start: number, end: number) {
    this.criteria = { kind: "number-between", min: Math.min(start, end), max: Math.max(start, end) };
    return this.call("requireNumberBetween");
  }

  requireValueInList(values: string[], showDropdown: boolean) {
    if (!values.length) throw new Error("The list of values must not be empty.");
    this.criteria = { kind: "value-in-list", values: [...values], dropdown: showDropdown };
    return this.call("requireValueInList");
  }

  requireValueInRange(range: SheetsRange, showDropdown: boolean) {
    if (!(range instanceof FakeRange)) throw new Error("Range not found");
    this.criteria = { kind: "value-in-range", range, dropdown: showDropdown };
    return this.call("requireValueInRange");
  }

  setAllowInvalid(allowInvalidData: boolean) {
    this.allowInvalid = allowInvalidData;
    return this.call("setAllowInvalid");
  }

  setHelpText(helpText: string) {
    this.helpText = helpText;
    return this.call("setHelpText");
  }

  build(): FakeValidation {
    this.call("build");
    if (!this.criteria) throw new Error("A data validation rule needs criteria.");
    return new FakeValidation(this.criteria, this.allowInvalid, this.helpText);
  }
}

/** A built conditional format rule. */
export class FakeConditionalRule {
  constructor(
    readonly formula: string,
    readonly ranges: FakeRange[],
    readonly format: { background?: string; fontColor?: string; bold?: boolean },
  ) {}
}

/** Reference: ConditionalFormatRuleBuilder.whenFormulaSatisfied, the formula written for the top-left cell. */
export class FakeRuleBuilder implements ConditionalRuleBuilder {
  private formula: string | undefined;
  private ranges: FakeRange[] = [];
  private readonly format: { background?: string; fontColor?: string; bold?: boolean } = {};

  constructor(private readonly book: FakeSpreadsheet) {}

  private call(method: string): this {
    this.book.call(`ConditionalFormatRuleBuilder.${method}`);
    return this;
  }

  whenFormulaSatisfied(formula: string) {
    if (!formula.startsWith("=")) throw new Error("A custom formula must start with =.");
    this.formula = formula;
    return this.call("whenFormulaSatisfied");
  }

  setBackground(color: string) {
    this.format.background = color;
    return this.call("setBackground");
  }

  setFontColor(color: string) {
    this.format.fontColor = color;
    return this.call("setFontColor");
  }

  setBold(bold: boolean) {
    this.format.bold = bold;
    return this.call("setBold");
  }

  setRanges(ranges: SheetsRange[]) {
    if (!ranges.every((range) => range instanceof FakeRange)) throw new Error("Range not found");
    this.ranges = ranges as FakeRange[];
    return this.call("setRanges");
  }

  build(): FakeConditionalRule {
    this.call("build");
    if (!this.formula) throw new Error("A conditional format rule needs a condition.");
    return new FakeConditionalRule(this.formula, [...this.ranges], { ...this.format });
  }
}
