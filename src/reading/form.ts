/**
 * Per-person forms (DOMAIN §6): a sheet with no table header but label cells — 姓名 / 被考核人 with
 * the name to its right or below, and a grade label (考核等级, 最终等级 …) with the grade to its
 * right or below — is one person. Final labels win over one rater's (自评等级, 上级等级).
 */
import { cell } from "../templates/a1";
import { isKnownHeader, meaningOf } from "./header";
import { type Grid, type SheetValue, headerKey, isBlankValue, shownText } from "./source";
import { FORM_GRADE_LABELS, FORM_NAME_LABELS } from "./vocabulary";

/** A form is read from its first rows (forms are short: a page or two). */
export const FORM_ROWS = 80;

interface Found {
  row: number;
  column: number;
  /** The label's text as shown. */
  label: string;
  value: SheetValue;
  /** The cell the value was read from (or where it belongs, when blank). */
  at: { row: number; column: number };
}

/** A label written with its value in one cell: "姓名：张三", "考核等级: A". */
function inline(text: SheetValue, labels: readonly string[]): { label: string; value: string } | undefined {
  if (typeof text !== "string") return undefined;
  const folded = text.normalize("NFKC");
  const colon = folded.indexOf(":");
  if (colon < 0) return undefined;
  const label = headerKey(folded.slice(0, colon));
  const value = folded.slice(colon + 1).trim();
  return labels.includes(label) && value ? { label: folded.slice(0, colon).trim(), value } : undefined;
}

const isLabel = (value: SheetValue) =>
  typeof value === "string" && (isKnownHeader(headerKey(value)) || /[:：]\s*$/.test(value));

/**
 * The value of the label at (row, column): the next filled cell to its right (within two cells
 * after the label's merge), else the cell below — when it holds one value, not a column of them.
 * Blank when neither holds one; then the cell to the right is where it belongs.
 */
function valueOf(grid: Grid, row: number, column: number): Pick<Found, "value" | "at"> {
  const merge = grid.mergeAt(row, column);
  const right = (merge?.right ?? column) + 1;
  for (let c = right; c < right + 3; c++) {
    const value = grid.value(row, c);
    if (isBlankValue(value)) continue;
    if (isLabel(value)) break;
    return { value, at: { row, column: c } };
  }
  const below = (merge?.bottom ?? row) + 1;
  const under = grid.value(below, column);
  const next = grid.value(below + 1, column);
  if (!isBlankValue(under) && !isLabel(under) && (isBlankValue(next) || isLabel(next))) {
    return { value: under, at: { row: below, column } };
  }
  return { value: null, at: { row, column: right } };
}

/** Whether the cell heads a column of values (a table's 姓名 over names), not a form's label. */
function headsAColumn(grid: Grid, row: number, column: number): boolean {
  const below = (grid.mergeAt(row, column)?.bottom ?? row) + 1;
  return [below, below + 1].every((r) => {
    const value = grid.value(r, column);
    return !isBlankValue(value) && !isLabel(value);
  });
}

/** A grade label's rank: the final labels of the list first, then a supervisor's, then another rater's. */
function gradeRank(key: string): number | undefined {
  const listed = FORM_GRADE_LABELS.indexOf(key);
  if (listed >= 0) return listed;
  if (key.length > 8 || key.includes(":")) return undefined; // a sentence about grades, not a label
  const meaning = meaningOf(key).grade;
  if (!meaning || !("rank" in meaning)) return undefined;
  return FORM_GRADE_LABELS.length + (meaning.rank === "supervisor" ? 0 : meaning.rank === "rater" ? 1 : 0);
}

export interface FormCells {
  name: Found;
  grade: Found;
  gradeCell: string;
}

/** The form's name and grade, or undefined when the sheet is not a per-person form. */
export function findForm(grid: Grid): FormCells | undefined {
  let name: Found | undefined;
  let grade: (Found & { rank: number }) | undefined;
  for (let row = 0; row < Math.min(FORM_ROWS, grid.rowCount); row++) {
    for (let column = 0; column < grid.rowLength(row); column++) {
      const text = grid.raw(row, column);
      if (typeof text !== "string" || !text.trim()) continue;
      const key = headerKey(text);
      const named = inline(text, FORM_NAME_LABELS);
      if (!name && named) name = { row, column, label: named.label, value: named.value, at: { row, column } };
      else if (!name && FORM_NAME_LABELS.includes(key) && !headsAColumn(grid, row, column)) {
        const found = valueOf(grid, row, column);
        if (!isBlankValue(found.value)) name = { row, column, label: shownText(text), ...found };
      }
      const graded = inline(text, FORM_GRADE_LABELS);
      const rank = graded ? FORM_GRADE_LABELS.indexOf(headerKey(graded.label)) : gradeRank(key);
      if (rank === undefined || (grade && grade.rank <= rank)) continue;
      const found = graded ? { value: graded.value, at: { row, column } } : valueOf(grid, row, column);
      grade = { row, column, label: graded?.label ?? shownText(text), rank, ...found };
    }
  }
  if (!name || !grade) return undefined;
  // 姓名 above its value and the grade label beside it: the header of a one-row table, not a form
  if (name.at.row !== name.row && grade.row === name.row) return undefined;
  return { name, grade, gradeCell: cell(grade.at.row, grade.at.column) };
}
