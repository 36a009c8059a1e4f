/**
 * The grades of one sheet, read the way the task pane's gateway reads them (src/check/detect):
 * the header row and grade column from the first rows (findHeaderRow), the name column, score
 * columns and weight totals (the HR_Total_* names of an inserted template), then one entry per
 * row below the header. Values are the ones the workbook stored; a grade formula stored without
 * a result is reported, not guessed. Only the first rows are buffered, so a sheet of any length
 * is read in bounded memory.
 */
import { type Cell, isBlank, normalizeText } from "../../src";
import {
  type GradeEntry,
  HEADER_SEARCH_ROWS,
  type SheetValue,
  detectGroupColumns,
  detectNameColumn,
  detectScoreColumns,
  findHeaderRow,
  isErrorValue,
} from "../../src/check";
import type { Scale } from "../../src/scale";
import { WEIGHT_TOTAL_NAME, cell as a1, columnName, parseCell } from "../../src/templates";
import type { CellRead, SheetInfo, SheetRow, XlsxReader } from "../xlsx/read-workbook";

/** A person's grade; its address is the cell ("G14"), the caller adds file and sheet. */
export type PersonGrade = GradeEntry;

export type SheetGrades =
  | {
      kind: "graded";
      sheet: string;
      /** 1-based, as Excel numbers rows. */
      headerRow: number;
      gradeColumn: string;
      people: PersonGrade[];
      /** Error cells in the score columns. */
      scoreErrors: { address: string; error: string }[];
      /** The template's weight totals, which must read 100%. */
      weightTotals: { address: string; total: SheetValue }[];
      /** Grade cells holding a formula saved without its result. */
      uncalculated: string[];
    }
  | { kind: "no-grade-column"; sheet: string }
  | { kind: "no-group-column"; sheet: string };

/** What a cell shows; a formula without a stored result shows nothing we may use. */
const shown = (read: CellRead | undefined): SheetValue =>
  read && read.kind !== "uncalculated" && !isBlank(read.value) ? (read.value as SheetValue) : null;

const headerKey = (value: Cell) => (typeof value === "string" ? normalizeText(value).toLowerCase() : "");

/**
 * The group column: a header equal to `wanted` (case and width folded); else, when `wanted` is a
 * word the task pane groups by (department, 部门, manager, 直接上级…), a header of the same kind,
 * so "--group-by department" finds 部门 in Chinese workbooks; else a column letter.
 */
function findGroupColumn(header: readonly Cell[], wanted: string): number {
  const key = headerKey(wanted);
  const byHeader = header.findIndex((value) => headerKey(value) === key);
  if (byHeader >= 0) return byHeader;
  const [kind] = detectGroupColumns([{ header: wanted, values: [] }]);
  const columns = detectGroupColumns(header.map((value) => ({ header: value, values: [] })));
  const sameKind = kind && columns.find((column) => column.kind === kind.kind);
  if (sameKind) return sameKind.index;
  return /^[A-Z]{1,3}$/i.test(wanted.trim()) ? parseCell(`${wanted.trim().toUpperCase()}1`).column : -1;
}

/** A group cell's text, as the task pane groups: blank cells form the group "". */
const groupText = (value: SheetValue) => (isErrorValue(value) ? value.error : String(value ?? ""));

export async function readSheetGrades(
  reader: XlsxReader,
  sheet: SheetInfo,
  scale: Scale,
  groupBy?: string,
): Promise<SheetGrades> {
  const rows = reader.rows(sheet);
  const head: SheetRow[] = [];
  let rest: SheetRow[] = [];
  // next(), not for-await: leaving a for-await loop early would close the sheet's stream
  for (let batch = await rows.next(); !batch.done; batch = await rows.next()) {
    const top = batch.value.filter((row) => row.index < HEADER_SEARCH_ROWS);
    head.push(...top);
    if (top.length < batch.value.length) {
      rest = batch.value.slice(top.length);
      break;
    }
  }
  const top: SheetValue[][] = Array.from({ length: HEADER_SEARCH_ROWS }, () => []);
  for (const row of head) top[row.index] = Array.from(row.cells, shown);
  const lastUsed = head.length ? head[head.length - 1].index : -1;
  const { headerRow, grade } = findHeaderRow(top.slice(0, lastUsed + 1), scale);
  if (grade < 0) return stopped(rows, { kind: "no-grade-column", sheet: sheet.name });
  const header = top[headerRow];
  const group = groupBy === undefined ? -1 : findGroupColumn(header, groupBy);
  if (groupBy !== undefined && group < 0) return stopped(rows, { kind: "no-group-column", sheet: sheet.name });
  const name = detectNameColumn(header);
  const occupiedBy = [name, group].filter((column) => column >= 0);
  const scores = detectScoreColumns(header).filter((column) => column !== grade);
  const totals = new Map(reader.namedCells(sheet, WEIGHT_TOTAL_NAME).map((address) => [address, null as SheetValue]));
  const totalRows = new Set([...totals.keys()].map((address) => parseCell(address).row));

  const result: Extract<SheetGrades, { kind: "graded" }> = {
    kind: "graded",
    sheet: sheet.name,
    headerRow: headerRow + 1,
    gradeColumn: columnName(grade),
    people: [],
    scoreErrors: [],
    weightTotals: [],
    uncalculated: [],
  };
  const take = (row: SheetRow) => {
    if (totalRows.has(row.index)) {
      row.cells.forEach((read, column) => {
        const address = a1(row.index, column);
        if (totals.has(address)) totals.set(address, shown(read));
      });
    }
    if (row.index <= headerRow) return;
    const address = a1(row.index, grade);
    const read = row.cells[grade];
    if (read?.kind === "uncalculated") {
      result.uncalculated.push(address);
      return;
    }
    for (const column of scores) {
      const value = shown(row.cells[column]);
      if (isErrorValue(value)) result.scoreErrors.push({ address: a1(row.index, column), error: value.error });
    }
    const value = shown(read);
    const occupied = occupiedBy.some((column) => shown(row.cells[column]) !== null);
    if (value === null && !occupied) return; // nothing to count or miss
    result.people.push({
      address,
      value,
      occupied,
      ...(group >= 0 ? { group: groupText(shown(row.cells[group])) } : {}),
    });
  };
  head.forEach(take);
  rest.forEach(take);
  for await (const batch of rows) batch.forEach(take);
  result.weightTotals = [...totals].map(([address, total]) => ({ address, total }));
  return result;
}

/** Stops reading the sheet (closing its stream), then answers. */
async function stopped(rows: AsyncGenerator<SheetRow[]>, answer: SheetGrades): Promise<SheetGrades> {
  await rows.return(undefined);
  return answer;
}
