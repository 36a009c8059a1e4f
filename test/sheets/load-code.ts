/**
 * The built dist-sheets/Code.js loaded as Apps Script runs it: its global code in a fresh JS context
 * whose only globals are the Apps Script services given, its top-level functions then callable. The
 * custom functions need one service, SpreadsheetApp, for the spreadsheet's locale; its stand-in
 * here is typed against @types/google-apps-script, so a misspelled method does not compile.
 */
import { readFileSync } from "fs";
import { join } from "path";
import vm from "vm";
import { SHEETS_FUNCTIONS, type SheetsFunction } from "../support/sheets-engine";

export const CODE_JS = join(__dirname, "..", "..", "dist-sheets", "Code.js");

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** SpreadsheetApp as far as the custom functions call it: the real method names and types. */
export type LocaleSpreadsheetApp = {
  [method in keyof Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, "getActive">]: () => Pick<
    Spreadsheet,
    "getSpreadsheetLocale"
  > | null;
};

/**
 * A SpreadsheetApp whose active spreadsheet has `locale` ("en_US", "zh_CN"…), or none for null:
 * getActive() then returns null, as Apps Script documents. `reads` counts the locale look-ups.
 */
export function localeSpreadsheetApp(locale: string | null) {
  const reads = { count: 0 };
  const active = {
    getSpreadsheetLocale: () => {
      reads.count++;
      return locale!;
    },
  };
  const app: LocaleSpreadsheetApp = { getActive: () => (locale === null ? null : active) };
  return { app, reads };
}

/** Runs Code.js in a new context holding only `services`; returns that context. */
export function loadCode(services: Record<string, unknown>): vm.Context {
  const context = vm.createContext({ ...services });
  vm.runInContext(readFileSync(CODE_JS, "utf8"), context, { filename: "Code.js" });
  return context;
}

/** Code.js loaded with a SpreadsheetApp of that locale: its context, its locale reads, a function by name. */
export function loadWithLocale(locale: string | null) {
  const { app, reads } = localeSpreadsheetApp(locale);
  const context = loadCode({ SpreadsheetApp: app });
  const fn = (name: string): SheetsFunction => {
    if (typeof context[name] !== "function") throw new Error(`Code.js declares no function ${name}`);
    return context[name];
  };
  return { context, reads, fn };
}

/** The custom functions of Code.js loaded in a spreadsheet of that locale, by name: what createSheetsEngine takes. */
export function loadCustomFunctions(locale: string | null): Record<string, SheetsFunction> {
  const { fn } = loadWithLocale(locale);
  return Object.fromEntries(SHEETS_FUNCTIONS.map((name) => [name, fn(name)]));
}
