/**
 * The fake spreadsheet's formulas computed by a real engine: the book's contents and named ranges
 * in HyperFormula with the custom functions of the built Code.js (test/support/sheets-engine.ts).
 * Text cells go in as text (HyperFormula's leading apostrophe), dates as their serial numbers.
 */
import { plainValue } from "../../preview/hyperformula-hr";
import { type SheetsFunction, createSheetsEngine } from "../support/sheets-engine";
import type { Book, Calculator, Content } from "./fake-spreadsheet";

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

function engineContent(content: Content | null): string | number | boolean | null {
  if (!content) return null;
  if (content.kind === "formula") return content.formula;
  if (content.kind === "date") return content.serial;
  return typeof content.value === "string" ? `'${content.value}` : content.value;
}

/** A calculator over `functions`, Code.js's custom functions by name (test/sheets/load-code.ts). */
export function sheetsCalculator(functions: Readonly<Record<string, SheetsFunction>>): Calculator {
  return (book: Book) => {
    const sheets = Object.fromEntries(
      book.sheets.map(({ name, cells }) => [name, cells.map((row) => row.map(engineContent))]),
    );
    const { engine } = createSheetsEngine(sheets as never, functions);
    for (const named of book.names) {
      engine.addNamedExpression(named.name, `=${quoted(named.sheet)}!${absolute(named.address)}`);
    }
    return (sheet, row, column) => {
      const id = engine.getSheetId(sheet);
      if (id === undefined) throw new Error(`calculator: no sheet ${sheet}`);
      const value = plainValue(engine.getCellValue({ sheet: id, row, col: column }));
      return value !== null && typeof value === "object" && "error" in value ? { error: value.error } : value;
    };
  };
}

/** "B2:D5" → "$B$2:$D$5": a named range does not move. */
const absolute = (address: string) => address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
