/**
 * Finding the columns a distribution check needs in a sheet someone else built: the grade column
 * (by its header, or by holding grade labels) and the columns people are grouped by.
 */
import { type Cell, isBlank, normalizeText } from "../cells";
import { type Scale, findGrade } from "../scale";

const normalize = (cell: Cell) => (typeof cell === "string" ? normalizeText(cell).toLowerCase() : "");

/** Headers that name a grade column, most specific first. */
const GRADE_HEADERS = [
  "考核等级",
  "绩效等级",
  "评定等级",
  "等级",
  "grade",
  "rating",
  "performance grade",
  "final grade",
];
const GROUP_HEADERS: Record<"department" | "manager", string[]> = {
  department: ["部门", "所属部门", "department", "dept", "team", "小组"],
  manager: ["直接上级", "上级", "主管", "经理", "manager", "supervisor", "line manager"],
};

/** A column of grades holds at least this many values, and this share of them are grade labels. */
const MIN_VALUES = 3;
const MIN_GRADE_SHARE = 0.8;

export interface ColumnSample {
  header: Cell;
  /** Values below the header (a sample is enough). */
  values: readonly Cell[];
}

/** The column whose header names a grade column (exact words first, then containing one), or -1. */
function gradeColumnByHeader(columns: readonly ColumnSample[]): number {
  for (const wanted of GRADE_HEADERS) {
    const index = columns.findIndex((column) => normalize(column.header) === wanted);
    if (index >= 0) return index;
  }
  return columns.findIndex((column) => GRADE_HEADERS.some((word) => normalize(column.header).includes(word)));
}

/** The column whose values are mostly grade labels of the scale, or -1. */
function gradeColumnByValues(columns: readonly ColumnSample[], scale: Scale): number {
  let best = -1;
  let bestShare = 0;
  columns.forEach((column, index) => {
    const filled = column.values.filter((value) => !isBlank(value));
    if (filled.length < MIN_VALUES) return;
    const share = filled.filter((value) => typeof value === "string" && findGrade(scale, value)).length / filled.length;
    if (share >= MIN_GRADE_SHARE && share > bestShare) [best, bestShare] = [index, share];
  });
  return best;
}

/**
 * The grade column: a header such as Grade / 等级 / 考核等级 / 绩效等级, else the column whose values
 * are mostly grade labels of the scale. -1 when none is found.
 */
export function detectGradeColumn(columns: readonly ColumnSample[], scale: Scale): number {
  const byHeader = gradeColumnByHeader(columns);
  return byHeader >= 0 ? byHeader : gradeColumnByValues(columns, scale);
}

/** The columns of a block of rows, taking row `headerRow` as the header. */
function columnsBelow(rows: readonly (readonly Cell[])[], headerRow: number): ColumnSample[] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: width }, (_, c) => ({
    header: rows[headerRow]?.[c] ?? null,
    values: rows.slice(headerRow + 1).map((row) => row[c] ?? null),
  }));
}

/**
 * Where a sheet's table starts, from its first rows: among the rows with a grade header, the one
 * with the most headers (a template's header block above the table has few cells per row); without
 * any, the first row, with the grade column found by its values.
 */
export function findHeaderRow(rows: readonly (readonly Cell[])[], scale: Scale): { headerRow: number; grade: number } {
  let found = { headerRow: 0, grade: -1, filled: -1 };
  rows.forEach((row, headerRow) => {
    const grade = gradeColumnByHeader(columnsBelow([row], 0));
    const filled = row.filter((cell) => !isBlank(cell)).length;
    if (grade >= 0 && filled > found.filled) found = { headerRow, grade, filled };
  });
  if (found.grade >= 0) return { headerRow: found.headerRow, grade: found.grade };
  return { headerRow: 0, grade: gradeColumnByValues(columnsBelow(rows, 0), scale) };
}

/** Headers that name the person a row is about. */
const NAME_HEADERS = ["姓名", "员工姓名", "员工", "name", "employee", "employee name"];
/** Words in the headers of score columns, whose error cells the check reports. */
const SCORE_WORDS = ["得分", "分数", "score", "points"];

export function detectNameColumn(headers: readonly Cell[]): number {
  return headers.findIndex((header) => NAME_HEADERS.includes(normalize(header)));
}

export function detectScoreColumns(headers: readonly Cell[]): number[] {
  return headers.flatMap((header, index) =>
    SCORE_WORDS.some((word) => normalize(header).includes(word)) ? [index] : [],
  );
}

/** Columns people can be grouped by (department, manager), in sheet order. */
export function detectGroupColumns(
  columns: readonly ColumnSample[],
): { index: number; kind: "department" | "manager" }[] {
  return columns.flatMap((column, index) => {
    const header = normalize(column.header);
    const kind = (Object.keys(GROUP_HEADERS) as ("department" | "manager")[]).find((k) =>
      GROUP_HEADERS[k].includes(header),
    );
    return kind ? [{ index, kind }] : [];
  });
}

/** How many of a sheet's first rows findHeaderRow is given to search (the task pane and the CLI). */
export const HEADER_SEARCH_ROWS = 40;
