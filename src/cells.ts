/**
 * Reading cell values as Excel hands them to us: numbers, numeric text (full-width too),
 * percentages, labels and blanks. Nothing here guesses: a value that is not clearly a number
 * is reported as such to the caller, which names the problem.
 */

/** A value of one cell, as Excel (or a test) passes it. */
export type Cell = unknown;

/** A block of cells: rows of columns, as Excel passes a range. */
export type Block = readonly (readonly Cell[])[];

/** A blank cell means "not entered": null, undefined, "" or only whitespace. */
export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** NFKC folds full-width digits, letters, "％" and spaces to their ASCII forms. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").trim();
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** A cell read as a number; `percent` tells that it was written with "%" (value already ÷ 100). */
export interface NumberReading {
  value: number;
  percent: boolean;
}

/**
 * A finite number, or numeric text such as " ９０ ", "85%", "1,250.5".
 * Returns undefined for anything else (other text, booleans, NaN, Infinity, blanks).
 */
export function readNumber(cell: Cell): NumberReading | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? { value: cell, percent: false } : undefined;
  if (typeof cell !== "string") return undefined;
  let text = normalizeText(cell);
  const percent = text.endsWith("%");
  if (percent) text = text.slice(0, -1).trimEnd();
  if (!DECIMAL.test(text) && !GROUPED.test(text)) return undefined;
  const value = Number(text.replace(/,/g, ""));
  if (!Number.isFinite(value)) return undefined;
  return { value: percent ? value / 100 : value, percent };
}

/** A number where a percentage is as good as a fraction: weights, shares, KPI values, limits. */
export function readRatio(cell: Cell): number | undefined {
  return readNumber(cell)?.value;
}

/** How a cell is quoted in a message: the text as typed, TRUE/FALSE, or the number. */
export function display(cell: Cell): string {
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "string") return cell;
  return String(cell);
}

/** An optional range argument that is missing, or whose cells are all blank, counts as omitted. */
export function isOmitted(block: Block | null | undefined): block is null | undefined {
  return !block || block.every((row) => row.every(isBlank));
}

/** All cells of a block in reading order (row by row), as the functions count items. */
export function flatten(block: Block | null | undefined): Cell[] {
  return block ? block.flat() : [];
}
