/**
 * Table data for the .xlsx writer: the inputs given, and for every formula cell the result the core
 * computes for it — the value a spreadsheet shows until it recalculates, and what `check` reads.
 * A row the core rejects gets no cached results: its cells are left for the spreadsheet to compute.
 */
import { type Cell, HrError } from "../../src";
import type { Scale } from "../../src/scale";
import { type SheetPlan, type Template, columnResult, evaluateRow, rowInputs } from "../../src/templates";
import type { CachedResult, PlanData } from "./write-plan";

export function coreResults(
  plan: SheetPlan,
  template: Template,
  raters: boolean,
  inputs: readonly (readonly Cell[])[],
  scale?: Scale,
): PlanData {
  const results = inputs.map((row) => {
    try {
      const result = evaluateRow(template, raters, rowInputs(plan, row), scale);
      return plan.table.columns.map((column) => columnResult(column.role, result) ?? "");
    } catch (error) {
      if (error instanceof HrError) return undefined;
      throw error;
    }
  });
  return {
    input: (employee, column) => {
      const value = inputs[employee]?.[column];
      return typeof value === "number" || typeof value === "string" ? value : null;
    },
    result: (employee, column): CachedResult | undefined => results[employee]?.[column],
  };
}
