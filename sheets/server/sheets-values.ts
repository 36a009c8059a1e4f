/**
 * Google Sheets' door to the shared custom functions (functions/adapters.ts). Apps Script passes a
 * range as a 2-D array of its values but a single cell as its value alone, a blank cell as "", an
 * omitted argument as undefined, and a date or time as a Date (developers.google.com/apps-script/
 * guides/sheets/functions, "Arguments" and "Data types"). A custom function can only return values
 * or throw, and Sheets shows a thrown error as #ERROR! with its message, so the message begins with
 * the error kind: "#VALUE! Score 'abc' at item 3 is not a number or grade" (DOMAIN §7).
 */
import { ERROR_CODES, type FunctionDoor, customFunctions } from "../../functions/adapters";
import { type HrError, type Language, invalid, languageOf } from "../../src";

/**
 * The spreadsheet's language: Chinese for a zh* locale (zh_CN, zh_TW…), English for any other,
 * and without an active spreadsheet (SpreadsheetApp.getActive() returns null then).
 */
export function spreadsheetLanguage(): Language {
  const locale = SpreadsheetApp.getActive()?.getSpreadsheetLocale();
  // Sheets writes locales with an underscore (zh_CN), the core reads language tags (zh-CN).
  return languageOf(locale?.replace(/_/g, "-"));
}

/** A core error as Sheets shows it: its kind, then the text Excel shows with the error value. */
export function sheetsErrorText(error: HrError, language: Language): string {
  return `${ERROR_CODES[error.kind]} ${error.text(language)}`;
}

/** A Date, also one made in another realm (a test's): the tag holds where `instanceof` does not. */
const isDate = (value: unknown) => Object.prototype.toString.call(value) === "[object Date]";

/**
 * A date is never a score, weight, KPI value or grade: a cell that shows one was typed into a
 * column formatted as dates. The message does not repeat the date: Apps Script builds it in the
 * script's time zone, which may differ from the spreadsheet's, and would name another day.
 */
const SHEETS_DOOR: FunctionDoor<string> = {
  range: (argument) => (argument === undefined ? null : Array.isArray(argument) ? argument : [[argument]]),
  value(argument) {
    // A one-cell array (an array literal {90}, another formula's one-cell result) is that cell.
    const value =
      Array.isArray(argument) && argument.length === 1 && argument[0].length === 1 ? argument[0][0] : argument;
    if (isDate(value)) throw invalid("dateValue");
    return value;
  },
  cell(value, item) {
    if (isDate(value)) throw invalid("dateAtItem", { item });
    return value;
  },
  language: spreadsheetLanguage,
  fail(error, language) {
    throw new Error(sheetsErrorText(error, language));
  },
  errorCell: sheetsErrorText,
};

export const sheetsFunctions = customFunctions(SHEETS_DOOR);
