/**
 * Finding a table's header (DOMAIN §6): the row, searched in the first 30, that names the most
 * columns a table of people has; never a title row; two rows when group cells stand above
 * sub-headers. And what each column's header says it holds.
 */
import { readNumber } from "../cells";
import { type Grid, type SheetValue, headerKey, isBlankValue, shownText } from "./source";
import {
  EARLIER_PERIOD_WORDS,
  FINAL_SCORE_WORDS,
  GRADE_RANKS,
  GRADE_WORDS,
  GROUP_HEADERS,
  type GroupKind,
  ID_HEADERS,
  JOB_LEVEL_WORDS,
  NAME_HEADERS,
  OTHER_HEADERS,
  SCORE_WORDS,
  SUB_HEADER_WORDS,
} from "./vocabulary";

/** Rows searched for a header. */
export const HEADER_SEARCH_ROWS = 30;

export type GradeRank = "final" | "header" | "supervisor" | "rater";

/** What a header says its column holds. */
export interface HeaderMeaning {
  name?: true;
  id?: true;
  group?: GroupKind;
  /** A grade header: a candidate with its rank, or why it cannot be the grade. */
  grade?: { rank: GradeRank } | { excluded: "job-level" | "earlier-period" };
  score?: { final: boolean };
}

const includesAny = (key: string, words: readonly string[]) => words.some((word) => key.includes(word));

/** The manager or rater a header ending in 姓名 names: 上级姓名, 评价人姓名. */
const managerName = (key: string) => key.endsWith("姓名") && GROUP_HEADERS.manager.some((w) => w === key.slice(0, -2));

export function meaningOf(key: string): HeaderMeaning {
  if (!key) return {};
  if ((GROUP_HEADERS.manager as readonly string[]).includes(key)) return { group: "manager" };
  if (includesAny(key, GRADE_WORDS)) {
    if (includesAny(key, JOB_LEVEL_WORDS)) return { grade: { excluded: "job-level" } };
    if (includesAny(key, EARLIER_PERIOD_WORDS)) return { grade: { excluded: "earlier-period" } };
    const ranked = GRADE_RANKS.find(({ words }) => includesAny(key, words));
    return { grade: { rank: ranked?.rank ?? "header" } };
  }
  if (includesAny(key, SCORE_WORDS) && !includesAny(key, EARLIER_PERIOD_WORDS)) {
    return { score: { final: includesAny(key, FINAL_SCORE_WORDS) } };
  }
  if (managerName(key)) return { group: "manager" };
  if (NAME_HEADERS.includes(key) || key.endsWith("姓名")) return { name: true };
  if (ID_HEADERS.includes(key)) return { id: true };
  const group = (Object.keys(GROUP_HEADERS) as GroupKind[]).find((kind) =>
    (GROUP_HEADERS[kind] as readonly string[]).includes(key),
  );
  return group ? { group } : {};
}

/** A header a table of people has (for telling the header row from other rows). */
export const isKnownHeader = (key: string) =>
  Object.keys(meaningOf(key)).length > 0 || OTHER_HEADERS.includes(key) || includesAny(key, JOB_LEVEL_WORDS);

const isText = (value: SheetValue) => typeof value === "string" && !readNumber(value);

/** The filled cells a row stores itself (a merge counts once, in its top-left cell). */
function filledCells(grid: Grid, row: number): { column: number; value: SheetValue }[] {
  const cells: { column: number; value: SheetValue }[] = [];
  for (let column = 0; column < grid.rowLength(row); column++) {
    const value = grid.raw(row, column);
    if (!isBlankValue(value)) cells.push({ column, value });
  }
  return cells;
}

/**
 * The best header row in the first rows: at least two filled cells (a title has one), text rather
 * than numbers, and the most headers a table of people has; the earliest on a tie. -1 when none.
 */
function bestHeaderRow(grid: Grid): number {
  let best = -1;
  let bestKnown = 0;
  for (let row = 0; row < Math.min(HEADER_SEARCH_ROWS, grid.rowCount); row++) {
    const cells = filledCells(grid, row);
    const texts = cells.filter((cell) => isText(cell.value)).length;
    if (cells.length < 2 || texts < 2 || texts < cells.length - texts) continue;
    const known = cells.filter((cell) => isKnownHeader(headerKey(cell.value))).length;
    if (known > bestKnown) [best, bestKnown] = [row, known];
  }
  return best;
}

/**
 * Whether `upper` holds group cells over the sub-headers in `lower`: both are text only, with two
 * cells or more (a title has one), and either a cell of `upper` is merged
 * across columns filled in `lower`, or merged down into `lower` (姓名 over both rows), or — with no
 * merges — blank above sub-header words such as 自评 / 上级 / 综合.
 */
function isGroupRow(grid: Grid, upper: number, lower: number): boolean {
  const below = filledCells(grid, lower);
  if (below.length < 2 || below.some((cell) => !isText(cell.value))) return false;
  // a group row is headers too: text only (a template's weight row above its table is not one)
  const above = filledCells(grid, upper);
  if (above.length < 2 || above.some((cell) => !isText(cell.value))) return false;
  const filledBelow = (left: number, right: number) =>
    below.filter((cell) => cell.column >= left && cell.column <= right).length;
  if (grid.wideMergesIn(upper).some((merge) => filledBelow(merge.left, merge.right) >= 2)) return true;
  for (let column = 0; column < grid.rowLength(upper); column++) {
    const merge = grid.mergeAt(upper, column);
    if (merge && merge.top === upper && merge.bottom >= lower) return true;
  }
  const subHeaders = below.filter(
    (cell) =>
      isBlankValue(grid.value(upper, cell.column)) && SUB_HEADER_WORDS.some((w) => headerKey(cell.value).includes(w)),
  );
  return subHeaders.length >= 2;
}

/** The header's rows (0-based): the chosen row alone, or with the group row above or sub-header row below. */
export function findHeaderRows(grid: Grid, chosen?: number): number[] | undefined {
  if (chosen !== undefined) return chosen < grid.rowCount ? [chosen] : undefined;
  const best = bestHeaderRow(grid);
  if (best < 0) return undefined;
  if (best > 0 && isGroupRow(grid, best - 1, best)) return [best - 1, best];
  if (best + 1 < grid.rowCount && isGroupRow(grid, best, best + 1)) return [best, best + 1];
  return [best];
}

export interface HeaderColumn {
  index: number;
  /** As the cells show it: "考核等级 / 最终等级". */
  header: string;
  key: string;
  meaning: HeaderMeaning;
}

/**
 * Each column's header, up to the last column with one. A two-row header joins the group cell's
 * text (merged, or written once left of blank cells) with the sub-header below it.
 */
export function headerColumns(grid: Grid, rows: readonly number[]): HeaderColumn[] {
  const width = Math.max(...rows.map((row) => grid.rowLength(row)), 0);
  const texts: SheetValue[][] = rows.map((row) => {
    const line = Array.from({ length: width }, (_, column) => grid.value(row, column));
    return line;
  });
  if (rows.length === 2) {
    // an unmerged group cell is written once, left of the blank cells above its other sub-headers
    const [upper, lower] = texts;
    for (let column = 1; column < width; column++) {
      const free = isBlankValue(upper[column]) && !grid.mergeAt(rows[0], column);
      if (free && !isBlankValue(lower[column]) && !isBlankValue(lower[column - 1])) upper[column] = upper[column - 1];
    }
  }
  const columns: HeaderColumn[] = [];
  for (let index = 0; index < width; index++) {
    const parts: string[] = [];
    for (const line of texts) {
      const text = shownText(line[index]);
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    const key = parts.map((part) => headerKey(part)).join("");
    columns.push({ index, header: parts.join(" / "), key, meaning: meaningOf(key) });
  }
  while (columns.length && !columns[columns.length - 1].header) columns.pop();
  return columns;
}
