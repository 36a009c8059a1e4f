/**
 * The workbook gateway over Office.js: with excel-read.ts (reading a sheet for the check), the only
 * code that calls Excel.run and context.sync. Round trips are the cost: inserting a template takes
 * 4 syncs whatever the row count (read the names, add the sheet, write it, then activate it; one
 * more when it fails and the new sheet is removed).
 */
import {
  type CellStyle,
  type PlannedValidation,
  type SheetPlan,
  TEXT_FORMAT,
  type Template,
  block,
  cell,
  columnName,
  columnWidthPoints,
  parseCell,
  planSheet,
  tableAddress,
  tableRow,
} from "../../src/templates";
import { type ReadHost, listSheets, readSheet, selectCell, wait } from "./excel-read";
import type { InsertOptions, InsertResult, WorkbookGateway } from "./gateway";
import { InsertFailed } from "./insert-error";

type ExcelApi = Pick<typeof Excel, "run">;

/** Merged cells can be read from ExcelApi 1.13 on; older Excel reads without them, and says so. */
const mergesSupported = () => Office.context.requirements.isSetSupported("ExcelApi", "1.13");

export function createExcelGateway(excel: ExcelApi = Excel, host: Partial<ReadHost> = {}): WorkbookGateway {
  const reading: ReadHost = { supportsMerges: mergesSupported, pause: wait, ...host };
  return {
    listSheets: () => listSheets(excel),
    insertTemplate: (template, options) => insertTemplate(excel, template, options),
    readSheet: (name) => readSheet(excel, name, reading),
    select: (name, address) => selectCell(excel, name, address),
  };
}

/**
 * Writes the template into a new sheet. Excel keeps the commands of a failed batch that ran
 * before the failing one (docs/testing/application-specific-api-error-handling.md), so the sheet
 * is added alone first and known by its id: a failed write deletes that sheet, never one a
 * co-author may have given the same name, and a failed clean-up leaves the original error and
 * says which sheet is left. Focus (activate, select, freeze panes) comes last and may fail
 * without undoing a complete sheet.
 */
async function insertTemplate(excel: ExcelApi, template: Template, options: InsertOptions): Promise<InsertResult> {
  let added: { id: string; name: string } | undefined;
  try {
    return await excel.run(async (context) => {
      const worksheets = context.workbook.worksheets.load("items/name");
      const workbookNames = context.workbook.names.load("items/name");
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      const takenSheetNames = worksheets.items.map((sheet) => sheet.name);
      const planFor = (takenNames: string[]) => planSheet(template, { ...options, takenSheetNames, takenNames });
      const namesOf = (items: { name: string }[]) => items.map((item) => item.name);
      const sheetName = planFor([]).sheetName;
      // Tables share one namespace with the names of every scope, sheet-scoped ones included.
      const sheetNames = worksheets.items.map((sheet) => sheet.names.load("items/name"));
      const sheet = context.workbook.worksheets.add(sheetName);
      sheet.load("id,name");
      await context.sync();
      added = { id: sheet.id, name: sheet.name };
      const plan = planFor([
        ...namesOf(workbookNames.items),
        ...namesOf(tables.items),
        ...sheetNames.flatMap((names) => namesOf(names.items)),
      ]);
      context.application.suspendScreenUpdatingUntilNextSync();
      writePlan(sheet, plan);
      await context.sync();
      try {
        sheet.freezePanes.freezeAt(sheet.getRange(block(0, 0, plan.freeze.rows, plan.freeze.columns)));
        sheet.activate();
        sheet.getRange(cell(plan.table.headerRow + 1, 0)).select();
        await context.sync();
      } catch {
        // The sheet is complete; only the view could not follow (a dialog open, a co-author's edit).
      }
      return {
        sheetName: plan.sheetName,
        tableName: plan.table.name,
        employees: plan.table.rows,
        columns: plan.table.columns.length,
      };
    });
  } catch (error) {
    if (!added) throw new InsertFailed(error, null);
    const removed = await removeSheet(excel, added.id).then(
      () => true,
      () => false,
    );
    throw new InsertFailed(error, { name: added.name, removed });
  }
}

/** Deletes a sheet by its id if it still exists: the clean-up after an insert that failed half-way. */
async function removeSheet(excel: ExcelApi, id: string) {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItemOrNullObject(id).delete();
    await context.sync();
  });
}

/** Queues the plan's commands on a new sheet; the caller syncs once. */
function writePlan(sheet: Excel.Worksheet, plan: SheetPlan) {
  // Text cells are formatted as text before anything is written: Excel reads a string written
  // through values or formulas as a number, date or formula where it can (typings, Range.values).
  for (const address of plan.texts) sheet.getRange(address).numberFormat = filled(address, TEXT_FORMAT);
  // Names before the formulas that use them: a formula binds a name when it is written.
  for (const { name, address } of plan.names) sheet.names.add(name, sheet.getRange(address));
  for (const write of plan.writes) sheet.getRange(write.address).formulas = write.contents as string[][];
  const { table } = plan;
  const width = table.columns.length;
  sheet.getRange(block(table.headerRow, 0, 1, width)).values = [table.columns.map((column) => column.header)];
  // The first data row gets the formulas and number formats; Excel copies them down, adjusting
  // relative references, so the request does not grow with the number of employees.
  const firstRow = sheet.getRange(block(table.headerRow + 1, 0, 1, width));
  firstRow.formulas = [tableRow(plan, 0).map((content) => content ?? "")];
  firstRow.numberFormat = [table.columns.map((column) => column.numberFormat ?? "General")];
  if (table.rows > 1) sheet.getRange(block(table.headerRow + 2, 0, table.rows - 1, width)).copyFrom(firstRow, "All");
  const excelTable = sheet.tables.add(tableAddress(plan), true);
  excelTable.name = table.name;
  excelTable.style = "TableStyleLight9";
  for (const { address, style } of plan.formats) applyStyle(sheet.getRange(address), address, style);
  for (const validation of plan.validations) applyValidation(sheet.getRange(validation.address), validation);
  for (const format of plan.conditionalFormats) {
    const conditional = sheet.getRange(format.address).conditionalFormats.add("Custom");
    conditional.custom.rule.formula = format.formula;
    const { fill, fontColor, bold } = format.style;
    if (fill) conditional.custom.format.fill.color = fill;
    if (fontColor) conditional.custom.format.font.color = fontColor;
    if (bold) conditional.custom.format.font.bold = true;
  }
  for (const address of plan.merges) sheet.getRange(address).merge(false);
  plan.columnWidths.forEach((width, index) => {
    sheet.getRange(`${columnName(index)}:${columnName(index)}`).format.columnWidth = columnWidthPoints(width);
  });
}

/** A matrix of one value in the shape of an address ("A1:C3" → 3 × 3), as Office.js wants it. */
function filled<T>(address: string, value: T): T[][] {
  const [first, last = first] = address.split(":").map(parseCell);
  return Array.from({ length: last.row - first.row + 1 }, () => Array(last.column - first.column + 1).fill(value));
}

function applyStyle(range: Excel.Range, address: string, style: CellStyle) {
  const { font, fill } = range.format;
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontSize) font.size = style.fontSize;
  if (style.fontColor) font.color = style.fontColor;
  if (style.fill) fill.color = style.fill;
  if (style.wrap) range.format.wrapText = true;
  if (style.horizontal)
    range.format.horizontalAlignment =
      style.horizontal === "center" ? "Center" : style.horizontal === "right" ? "Right" : "Left";
  if (style.numberFormat) range.numberFormat = filled(address, style.numberFormat);
}

function applyValidation(range: Excel.Range, validation: PlannedValidation) {
  const { rule } = validation;
  range.dataValidation.rule =
    rule.kind === "decimal"
      ? { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } }
      : { list: { inCellDropDown: true, source: rule.kind === "list" ? rule.source : rule.values.join(",") } };
  if (validation.prompt) range.dataValidation.prompt = { showPrompt: true, ...validation.prompt };
  range.dataValidation.errorAlert = { showAlert: true, style: "Stop", ...validation.error };
}
