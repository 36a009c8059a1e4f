/**
 * The Google Sheets custom functions inside a real formula engine: HyperFormula with the functions
 * of the built Code.js registered without a namespace (=GRADE(B2:F2)), through the registration
 * the Excel functions use (preview/hyperformula-hr.ts), with Sheets' conventions at its two ends.
 * In: values as Apps Script passes them to a custom function (developers.google.com/apps-script/
 * guides/sheets/functions, "Arguments" and "Data types"): a range as a 2-D array, a single cell (a
 * 1×1 range) as its value, a blank cell as "", an omitted argument as undefined, a date or time as
 * a Date, a percentage as its number. Out: what the function returned (a 2-D array spills; its
 * text cells stay text, "#VALUE! …" included), and for what it threw, the error Sheets shows
 * (#ERROR! with the message) read as the kind it begins with: "#N/A No scores entered" is #N/A
 * with the message "No scores entered"; a message that begins with no kind stays #ERROR!.
 * As with Excel's functions, an error in an argument propagates before the function runs.
 */
import { CellError, EmptyValue, ErrorType, HyperFormula, type Sheets, SimpleRangeValue } from "hyperformula";
import {
  ENGINE_CONFIG,
  ERROR_TYPES,
  type HostConvention,
  registerFunctions,
  valueAt,
} from "../../preview/hyperformula-hr";

export type SheetsFunction = (...args: unknown[]) => unknown;

/** The custom functions Code.js declares, by the names formulas call them. */
export const SHEETS_FUNCTIONS = [
  "SCORE",
  "GRADE",
  "BAND",
  "GRADES",
  "KPISCORE",
  "KPISTEP",
  "NORMALIZE",
  "DISTRIBUTION",
] as const;

/** HyperFormula's typed numbers (dates, times, percentages, currency) carry their value and type. */
interface TypedNumber {
  val: number;
  getDetailedType(): string;
}
const isTypedNumber = (value: unknown): value is TypedNumber =>
  typeof value === "object" && value !== null && "val" in value && "getDetailedType" in value;
/** Sheets passes dates, times and durations as Date objects. */
const DATE_TYPES = new Set(["NUMBER_DATE", "NUMBER_TIME", "NUMBER_DATETIME"]);
/** Serial day numbers count from 1899-12-30 in both Sheets and HyperFormula; 25569 is 1970-01-01. */
const dateOf = (serial: number) => new Date(Math.round((serial - 25569) * 86_400_000));

function sheetsValue(value: unknown): unknown {
  if (value === EmptyValue) return "";
  if (isTypedNumber(value)) return DATE_TYPES.has(value.getDetailedType()) ? dateOf(value.val) : value.val;
  return value;
}

const SHEETS: HostConvention = {
  name: (id) => id,
  argument(value) {
    if (!(value instanceof SimpleRangeValue)) return sheetsValue(value);
    const rows = value.rawData().map((row) => row.map(sheetsValue));
    return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
  },
  returned: (result) => (Array.isArray(result) ? SimpleRangeValue.onlyValues(result as never) : result),
  thrown(error) {
    // Code.js runs in its own realm: its Error is not this realm's, so read the message, not the class.
    const message = typeof error === "string" ? error : String((error as { message?: unknown })?.message);
    const code = Object.keys(ERROR_TYPES).find((prefix) => message.startsWith(`${prefix} `));
    return code
      ? new CellError(ERROR_TYPES[code], message.slice(code.length + 1))
      : new CellError(ErrorType.ERROR, message);
  },
};

export interface SheetsEngine {
  engine: HyperFormula;
  /** The value of "Sheet!A1": a plain value, or { error, message } for an error cell. */
  valueAt(address: string): unknown;
  destroy(): void;
}

/**
 * An engine over `sheets` (formulas as Sheets writes them: =GRADE(B2:F2)) computing with
 * `functions`, the custom functions of a loaded Code.js by name. The functions are registered only
 * while the engine is built (it keeps its own copy), so engines over different loads, e.g. in an
 * English and a Chinese spreadsheet, live side by side.
 */
export function createSheetsEngine(sheets: Sheets, functions: Readonly<Record<string, SheetsFunction>>): SheetsEngine {
  const byName = new Map(
    SHEETS_FUNCTIONS.map((name) => {
      if (typeof functions[name] !== "function") throw new Error(`no custom function ${name} to register`);
      return [name, functions[name]] as const;
    }),
  );
  // Sheets checks no argument count: every parameter is optional, and one left out arrives as undefined.
  const shapes = SHEETS_FUNCTIONS.map((name) => ({
    id: name,
    parameters: Array.from({ length: byName.get(name)!.length }, () => ({ optional: true })),
  }));
  const unregister = registerFunctions(byName, shapes, SHEETS);
  let engine: HyperFormula;
  try {
    engine = HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG);
  } finally {
    unregister();
  }
  return { engine, valueAt: (address) => valueAt(engine, address), destroy: () => engine.destroy() };
}
