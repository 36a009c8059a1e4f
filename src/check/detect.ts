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

/**
 * The grade column: a header such as Grade / 等级 / 考核等级 / 绩效等级 (exact words first), else the
 * column whose values are mostly grade labels of the scale. -1 when none is found.
 */
export function detectGradeColumn(columns: readonly ColumnSample[], scale: Scale): number {
  for (const wanted of GRADE_HEADERS) {
    const index = columns.findIndex((column) => normalize(column.header) === wanted);
    if (index >= 0) return index;
  }
  const byHeader = columns.findIndex((column) => GRADE_HEADERS.some((word) => normalize(column.header).includes(word)));
  if (byHeader >= 0) return byHeader;
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
