/**
 * A sheet plan (src/templates/sheet-plan.ts, host "sheets") written into a new Google Sheets sheet
 * in a fixed number of calls, whatever the number of employees: the rows above the table and the
 * header in one block, the first data row once and copied down, formats, rules and names per
 * planned entry (the plan's size is the template's, not the team's).
 *
 * Sheets behaviours this is written for (each modelled by test/sheets/fake-spreadsheet.ts):
 * - Range.setValues reads a string as typed: "2026-11" a date, "00123" the number 123, "=x" a
 *   formula (developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues: "If
 *   it begins with '=' it is interpreted as a formula"); in a cell formatted as plain text ("@")
 *   it stays text, so text cells get that format first.
 * - A new sheet has 1000 rows and 26 columns, and a range beyond them is an error: the grid grows
 *   first.
 * - Named ranges belong to the whole spreadsheet (the plan picked free names) and are set before
 *   the formulas that use them.
 * - Range.copyTo repeats the source over a larger destination, moving relative references (the
 *   reference says only the top-left cell counts; Apps Script fills the whole destination,
 *   issuetracker.google.com/issues/427192537).
 * - Sheets has no Excel tables: the header row takes the look of the Excel sheet's table style and
 *   a filter (Range.createFilter, one per sheet).
 * - Sheets refuses to freeze part of a merge; the plan for Sheets has none across the frozen panes.
 * - Writes may be bundled and fail later: SpreadsheetApp.flush() makes them fail here.
 */
import {
  type CellStyle,
  type PlannedValidation,
  type SheetPlan,
  TEXT_FORMAT,
  block,
  columnWidthPoints,
  parseCell,
  tableAddress,
  tableRow,
} from "../../src/templates";
import type { SheetsApp, SheetsSheet, SheetsSpreadsheet } from "./apps-script";

/** Excel's TableStyleLight9 header, which the Excel version of the sheet shows. */
const HEADER_STYLE = { fill: "#4472C4", fontColor: "#FFFFFF" };

/**
 * Sheets sizes columns in pixels (Sheet.setColumnWidths). columnWidthPoints converts the plan's
 * .xlsx widths to the whole pixels Excel draws, at 0.75 point a pixel (src/templates/column-width.ts):
 * the same pixels here, so both hosts show a column as wide.
 */
const columnWidthPixels = (width: number) => Math.round(columnWidthPoints(width) / 0.75);

/** The 0-based last row and column of an address ("C5" or "C5:E9"). */
function lastCell(address: string) {
  const [first, last = first] = address.split(":").map(parseCell);
  return last;
}

/** Writes `plan` into `sheet`, new and empty, of `spreadsheet`. Throws on the first call that fails. */
export function writePlan(app: SheetsApp, spreadsheet: SheetsSpreadsheet, sheet: SheetsSheet, plan: SheetPlan) {
  const { table } = plan;
  const width = table.columns.length;
  const top = table.headerRow + 1; // the rows above the table and its header
  const columns = Math.max(
    width,
    plan.columnWidths.length,
    ...plan.writes.map((write) => lastCell(write.address).column + 1),
  );
  growGrid(sheet, top + table.rows, columns);

  // Formats before contents: a string in a cell formatted as text stays as it is.
  if (plan.texts.length) sheet.getRangeList(plan.texts).setNumberFormat(TEXT_FORMAT);
  const dataColumn = (column: number) => block(top, column, table.rows);
  const byFormat = new Map<string, string[]>();
  table.columns.forEach(({ numberFormat }, column) => {
    if (numberFormat) byFormat.set(numberFormat, [...(byFormat.get(numberFormat) ?? []), dataColumn(column)]);
  });
  for (const [format, addresses] of byFormat) sheet.getRangeList(addresses).setNumberFormat(format);

  // Names before the formulas that use them; the table's range is named too (it has no other name in Sheets).
  for (const { name, address } of plan.names) spreadsheet.setNamedRange(name, sheet.getRange(address));
  spreadsheet.setNamedRange(table.name, sheet.getRange(tableAddress(plan)));

  sheet.getRange(1, 1, top, columns).setValues(topRows(plan, columns));
  const firstRow = sheet.getRange(top + 1, 1, 1, width);
  firstRow.setValues([tableRow(plan, 0).map((content) => content ?? "")]);
  if (table.rows > 1) firstRow.copyTo(sheet.getRange(top + 2, 1, table.rows - 1, width));

  applyStyles(sheet, plan.formats);
  const header = sheet.getRange(table.headerRow + 1, 1, 1, width);
  header.setBackground(HEADER_STYLE.fill);
  header.setFontColor(HEADER_STYLE.fontColor);
  sheet.getRange(tableAddress(plan)).createFilter();
  for (const validation of plan.validations) {
    sheet.getRange(validation.address).setDataValidation(validationRule(app, sheet, validation));
  }
  sheet.setConditionalFormatRules(
    plan.conditionalFormats.map(({ address, formula, style }) => {
      let rule = app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setRanges([sheet.getRange(address)]);
      if (style.fill) rule = rule.setBackground(style.fill);
      if (style.fontColor) rule = rule.setFontColor(style.fontColor);
      if (style.bold) rule = rule.setBold(true);
      return rule.build();
    }),
  );
  for (const address of plan.merges) sheet.getRange(address).merge();
  columnRuns(plan.columnWidths.map(columnWidthPixels)).forEach(({ start, count, width: pixels }) =>
    sheet.setColumnWidths(start + 1, count, pixels),
  );
  sheet.setFrozenRows(plan.freeze.rows);
  sheet.setFrozenColumns(plan.freeze.columns);
  app.flush();
}

/** Adds rows and columns so that the sheet holds `rows` × `columns` cells. */
function growGrid(sheet: SheetsSheet, rows: number, columns: number) {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** The rows above the table and its header row, `columns` wide: what the plan writes there, "" elsewhere. */
function topRows(plan: SheetPlan, columns: number): (string | number)[][] {
  const grid = Array.from({ length: plan.table.headerRow + 1 }, () => Array<string | number>(columns).fill(""));
  for (const write of plan.writes) {
    const start = parseCell(write.address.split(":")[0]);
    write.contents.forEach((cells, r) =>
      cells.forEach((content, c) => (grid[start.row + r][start.column + c] = content ?? "")),
    );
  }
  plan.table.columns.forEach((column, c) => (grid[plan.table.headerRow][c] = column.header));
  return grid;
}

/** The plan's formats, one call per property of each distinct style, over all the ranges that have it. */
function applyStyles(sheet: SheetsSheet, formats: SheetPlan["formats"]) {
  const byStyle = new Map<string, { style: CellStyle; addresses: string[] }>();
  for (const { address, style } of formats) {
    const key = JSON.stringify(style);
    const entry = byStyle.get(key) ?? { style, addresses: [] };
    entry.addresses.push(address);
    byStyle.set(key, entry);
  }
  for (const { style, addresses } of byStyle.values()) {
    const ranges = sheet.getRangeList(addresses);
    if (style.bold) ranges.setFontWeight("bold");
    if (style.italic) ranges.setFontStyle("italic");
    if (style.fontSize) ranges.setFontSize(style.fontSize);
    if (style.fontColor) ranges.setFontColor(style.fontColor);
    if (style.fill) ranges.setBackground(style.fill);
    if (style.wrap) ranges.setWrap(true);
    if (style.horizontal) ranges.setHorizontalAlignment(style.horizontal);
    if (style.numberFormat) ranges.setNumberFormat(style.numberFormat);
  }
}

/**
 * A planned validation as a Sheets rule that rejects what fails it. Sheets has one help text,
 * shown when the cell is selected and when input is rejected: the prompt (the A–D anchors of a
 * rated item), else the error message, which says what to enter.
 */
function validationRule(app: SheetsApp, sheet: SheetsSheet, { rule, prompt, error }: PlannedValidation) {
  const builder = app.newDataValidation();
  const required =
    rule.kind === "decimal"
      ? builder.requireNumberBetween(rule.min, rule.max)
      : rule.kind === "list"
        ? builder.requireValueInRange(sheet.getRange(rule.source.replace(/^=/, "")), true)
        : builder.requireValueInList([...rule.values], true);
  return required
    .setAllowInvalid(false)
    .setHelpText(prompt?.message ?? error.message)
    .build();
}

/** Consecutive columns of one width, so that each run is set in one call. */
function columnRuns(widths: readonly number[]) {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((width, column) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width) last.count++;
    else runs.push({ start: column, count: 1, width });
  });
  return runs;
}
