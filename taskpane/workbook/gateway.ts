/**
 * What the task pane needs from a workbook. Components talk to this interface only; the Excel
 * implementation (excel-gateway.ts) is the one module that calls Excel.run and context.sync.
 */
import type { GradeEntry, SheetValue } from "../../src/check";
import type { PlanOptions, Template } from "../../src/templates";

/** Plan options the user chooses; the gateway adds the workbook's taken names. */
export type InsertOptions = Omit<PlanOptions, "takenSheetNames" | "takenNames">;

export interface InsertResult {
  sheetName: string;
  tableName: string;
  employees: number;
  columns: number;
}

/** A sheet's table as the check sees it: where the header is and what its columns hold. */
export interface SheetLayout {
  sheet: string;
  /** 0-based row of the header (template sheets have a header block above their table). */
  headerRow: number;
  headers: string[];
  /** Last row with data, 0-based. */
  lastRow: number;
  /** Detected columns (0-based, -1 when not found); the user may override grade and group. */
  grade: number;
  groups: { index: number; kind: "department" | "manager" }[];
  name: number;
  scores: number[];
  /** Inserted templates name their weight totals (HR_Total_n). */
  weightTotalNames: string[];
}

export interface CheckData {
  entries: GradeEntry[];
  scoreErrors: { address: string; error: string }[];
  weightTotals: { address: string; total: SheetValue }[];
}

export interface WorkbookGateway {
  listSheets(): Promise<string[]>;
  /** Writes the template's sheet plan into a new sheet with a unique name and activates it. */
  insertTemplate(template: Template, options: InsertOptions): Promise<InsertResult>;
  /** Finds the header row and the grade, group, name and score columns of a sheet. */
  inspectSheet(sheet: string): Promise<SheetLayout>;
  /** Reads only the columns the check needs, in blocks. Never writes. */
  readForCheck(layout: SheetLayout, columns: { grade: number; group: number }): Promise<CheckData>;
  /** Activates the sheet and selects the cell. */
  select(sheet: string, address: string): Promise<void>;
}
