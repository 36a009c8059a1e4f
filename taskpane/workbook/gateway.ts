/**
 * What the task pane needs from a workbook. Components talk to this interface only; the Excel
 * implementation (excel-gateway.ts) is the one module that calls Excel.run and context.sync.
 */
import type { SheetSource, SheetValue } from "../../src/reading";
import type { PlanOptions, Template } from "../../src/templates";

/** Plan options the user chooses; the gateway adds the workbook's taken names. */
export type InsertOptions = Omit<PlanOptions, "takenSheetNames" | "takenNames">;

export interface InsertResult {
  sheetName: string;
  tableName: string;
  employees: number;
  columns: number;
}

/** A worksheet the workbook lists; hidden ones cannot be activated. */
export interface SheetListing {
  name: string;
  visible: boolean;
}

/** A sheet as the check reads it: what the core's table reader takes, and the template's totals. */
export interface SheetData {
  source: SheetSource;
  /** Weight totals an inserted template names (HR_Total_n); a name whose range was deleted reads #REF!. */
  weightTotals: { address: string; total: SheetValue }[];
  /** Excel was still calculating when the sheet was read: results may be stale (#BUSY!). */
  calculating: boolean;
}

export interface WorkbookGateway {
  listSheets(): Promise<SheetListing[]>;
  /** Writes the template's sheet plan into a new sheet with a unique name and activates it. */
  insertTemplate(template: Template, options: InsertOptions): Promise<InsertResult>;
  /** Reads a sheet's stored values (in blocks), merged cells and totals rows for the table reader. Never writes. */
  readSheet(sheet: string): Promise<SheetData>;
  /** Activates the sheet and selects the cell. */
  select(sheet: string, address: string): Promise<void>;
}
