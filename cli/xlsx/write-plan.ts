/**
 * A sheet plan applied to an .xlsx workbook with ExcelJS: header writes, the table with its
 * formulas, the scale name, validation with prompts, conditional formats, formats, merges, frozen
 * panes and column widths. Optional data fills the table's inputs and the cached results of its
 * formulas (what a spreadsheet shows before it recalculates, and what `check` reads).
 */
import ExcelJS from "exceljs";
import {
  type CellStyle,
  type Content,
  type PlannedValidation,
  type SheetPlan,
  block,
  cell,
  parseCell,
  tableRow,
} from "../../src/templates";

/** A cached formula result: a number, text ("" for a blank result) or an Excel error. */
export type CachedResult = number | string | { error: string };

export interface PlanData {
  /** The value typed into an input cell of the table (employee 0-based, table column); null leaves it blank. */
  input(employee: number, column: number): number | string | null;
  /** The cached result of a formula cell of the table; undefined saves the formula without one. */
  result(employee: number, column: number): CachedResult | undefined;
}

/** ExcelJS models data validation per range at runtime, but its typings leave the collection out. */
interface RangeValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** Sets the cell's style properties the plan names, keeping those an earlier format set. */
function applyStyle(cell: ExcelJS.Cell, style: CellStyle) {
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  if (Object.keys(font).length) cell.font = { ...cell.font, ...font };
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (style.horizontal) alignment.horizontal = style.horizontal;
  if (Object.keys(alignment).length) cell.alignment = { ...cell.alignment, ...alignment };
}

function forEachCell(sheet: ExcelJS.Worksheet, address: string, visit: (cell: ExcelJS.Cell) => void) {
  const [first, last = first] = address.split(":").map(parseCell);
  for (let row = first.row; row <= last.row; row++) {
    const cells = sheet.getRow(row + 1);
    for (let column = first.column; column <= last.column; column++) visit(cells.getCell(column + 1));
  }
}

/** A plan's content as an ExcelJS value: "=…" is a formula (with its cached result when known). */
function cellValue(content: Content, result?: CachedResult): ExcelJS.CellValue {
  if (typeof content === "string" && content.startsWith("=")) {
    const formula = content.slice(1);
    return (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue;
  }
  return content;
}

function validation({ rule, prompt, error }: PlannedValidation): ExcelJS.DataValidation {
  const messages = {
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: error.title,
    error: error.message,
    ...(prompt ? { showInputMessage: true, promptTitle: prompt.title, prompt: prompt.message } : {}),
  };
  switch (rule.kind) {
    case "decimal":
      return { type: "decimal", operator: "between", allowBlank: true, formulae: [rule.min, rule.max], ...messages };
    case "list":
      return { type: "list", allowBlank: true, formulae: [rule.source.replace(/^=/, "")], ...messages };
    case "text":
      return { type: "list", allowBlank: true, formulae: [`"${rule.values.join(",")}"`], ...messages };
  }
}

/** Every cell of the plan's writes, by address ("C5"). */
function writtenCells(plan: SheetPlan): Map<string, Content> {
  const cells = new Map<string, Content>();
  for (const write of plan.writes) {
    const start = parseCell(write.address.split(":")[0]);
    write.contents.forEach((row, r) =>
      row.forEach((content, c) => cells.set(cell(start.row + r, start.column + c), content)),
    );
  }
  return cells;
}

/**
 * The cached result of a header formula. The header block's formulas are the weight totals,
 * =SUM of weight cells the plan writes, so their results are known without a spreadsheet.
 */
function headerResult(formula: Content, cells: ReadonlyMap<string, Content>): number | undefined {
  const sum = typeof formula === "string" ? /^=SUM\(([A-Z]+\d+(?::[A-Z]+\d+)?)\)$/.exec(formula) : null;
  if (!sum) return undefined;
  const [first, last = first] = sum[1].split(":").map(parseCell);
  let total = 0;
  for (let row = first.row; row <= last.row; row++) {
    for (let column = first.column; column <= last.column; column++) {
      const value = cells.get(cell(row, column));
      if (typeof value !== "number") return undefined;
      total += value;
    }
  }
  return total;
}

/** The sheet name as a formula reference: 'Name' with quotes doubled. */
const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** Adds the plan's sheet to the workbook. */
export function addPlanSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, data?: PlanData): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(plan.sheetName, {
    views: [{ state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }],
  });
  plan.columnWidths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));

  const written = writtenCells(plan);
  for (const [address, content] of written) {
    if (content !== null) sheet.getCell(address).value = cellValue(content, headerResult(content, written));
  }

  const { table } = plan;
  const rows = Array.from({ length: table.rows }, (_, employee) =>
    tableRow(plan, employee).map((content, column) =>
      content === null
        ? (data?.input(employee, column) ?? null)
        : cellValue(content, data ? data.result(employee, column) : undefined),
    ),
  );
  sheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: block(table.headerRow, 0),
    headerRow: true,
    style: { theme: "TableStyleLight1", showRowStripes: false },
    columns: table.columns.map((column) => ({ name: column.header, filterButton: true })),
    rows,
  });
  table.columns.forEach((column, index) => {
    if (!column.numberFormat) return;
    for (let employee = 0; employee < table.rows; employee++) {
      sheet.getRow(table.headerRow + 2 + employee).getCell(index + 1).numFmt = column.numberFormat;
    }
  });

  // Defined names are workbook-wide in ExcelJS; a workbook written here holds one plan per name.
  for (const name of plan.names) workbook.definedNames.add(`${quotedSheet(plan.sheetName)}!${name.address}`, name.name);
  for (const format of plan.formats) forEachCell(sheet, format.address, (cell) => applyStyle(cell, format.style));
  for (const merge of plan.merges) sheet.mergeCells(merge);
  const validations = (sheet as unknown as RangeValidations).dataValidations;
  for (const planned of plan.validations) validations.add(planned.address, validation(planned));
  plan.conditionalFormats.forEach((format, index) => {
    const fill = format.style.fill;
    const font: Partial<ExcelJS.Font> = {};
    if (format.style.fontColor) font.color = { argb: argb(format.style.fontColor) };
    if (format.style.bold) font.bold = true;
    sheet.addConditionalFormatting({
      ref: format.address,
      rules: [
        {
          type: "expression",
          priority: index + 1,
          formulae: [format.formula.replace(/^=/, "")],
          style: {
            ...(fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(fill) } } } : {}),
            font,
          },
        },
      ],
    });
  });
  return sheet;
}

/** A new workbook holding the plan's sheet; spreadsheets recalculate it when they open it. */
export function planWorkbook(plan: SheetPlan, data?: PlanData): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "hr-appraisal";
  addPlanSheet(workbook, plan, data);
  workbook.calcProperties.fullCalcOnLoad = true;
  return workbook;
}
