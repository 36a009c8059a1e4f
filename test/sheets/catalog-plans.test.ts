/**
 * Every catalog template's plan for Google Sheets inserted through the gateway into the fake
 * spreadsheet, its inputs typed as HR types them (through the sheet's data validation), computed
 * by HyperFormula with the custom functions of the built Code.js (test/sheets/sheets-calculator.ts),
 * and read back through the sidebar's read door: every computed cell equals what the core
 * computes, and the readiness check finds the sheet's weight totals at 100%.
 */
import { type Cell, DEFAULT_SCALE, gradeOf } from "../../src";
import { CATALOG, type PlanOptions, cell, planSheet } from "../../src/templates";
import { insertTemplate, readSheet } from "../../sheets/server/spreadsheet";
import { expectedRow, sameShown, sampleRows } from "../support/appraisal-data";
import type { SheetsFunction } from "../support/sheets-engine";
import { FakeSpreadsheetApp, formatDate } from "./fake-spreadsheet";
import { loadCustomFunctions } from "./load-code";
import { sheetsCalculator } from "./sheets-calculator";

let functions: Record<string, SheetsFunction>;
beforeAll(() => {
  functions = loadCustomFunctions("zh_CN");
});

const MODES = [
  { name: "HR functions, raters, points", options: { formulas: "hr", raters: true, ratingInput: "points" } },
  { name: "HR functions, grade letters", options: { formulas: "hr", raters: false, ratingInput: "letters" } },
  { name: "portable formulas, raters", options: { formulas: "portable", raters: true, ratingInput: "points" } },
] as const;

/** Ratings as grade letters where the sheet takes letters (the grade of the points). */
const asEntered = (value: Cell, isRating: boolean, letters: boolean): Cell =>
  letters && isRating && typeof value === "number" ? gradeOf(DEFAULT_SCALE, value).label : value;

describe.each(CATALOG.map((template) => [template.id, template] as const))("%s", (id, template) => {
  test.each(MODES)(
    "$name: computed through the fake, read through the door, equal to the core",
    ({ options: mode }) => {
      const app = new FakeSpreadsheetApp({ locale: "zh_CN", calculator: sheetsCalculator(functions) });
      app.spreadsheet.addSheet("Sheet1");
      const options: PlanOptions = { employees: 8, cycle: "monthly", period: "2026-11", language: "zh", ...mode };
      const result = insertTemplate(template, options, app);
      const plan = planSheet(template, { ...options, host: "sheets", takenSheetNames: ["Sheet1"] });
      const sheet = app.spreadsheet.sheet(result.sheetName);
      const letters = mode.ratingInput === "letters";
      const rows = sampleRows(plan, template, `sheets/${id}/${mode.formulas}`).map((row) =>
        row.map((value, column) => asEntered(value, plan.table.columns[column].role.kind === "rating", letters)),
      );
      rows.forEach((row, employee) =>
        row.forEach((value, column) => {
          if (value !== null) sheet.type(cell(plan.table.headerRow + 1 + employee, column), String(value));
        }),
      );

      const { source, weightTotals } = readSheet(result.sheetName, app, formatDate);
      const mismatches: string[] = [];
      rows.forEach((row, employee) => {
        for (const [column, expected] of expectedRow(plan, template, mode.raters, row)) {
          const actual = source.rows[plan.table.headerRow + 1 + employee]?.[column] ?? "";
          if (!sameShown(actual, expected)) {
            mismatches.push(
              `row ${employee} ${plan.table.columns[column].header}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`,
            );
          }
        }
      });
      expect(mismatches).toEqual([]);
      // the employee who entered everything is graded: the sheet really computed
      const grade = plan.table.columns.length - 1;
      expect(source.rows[plan.table.headerRow + 1][grade]).toEqual(expect.stringMatching(/^[ABCD]$/));
      expect(weightTotals).toEqual(plan.weightTotals.map((address) => ({ address, total: 1 })));
    },
  );
});
