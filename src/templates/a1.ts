/** A1 addresses for sheet plans: 0-based row/column numbers in, Excel's text out. */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** "C5" for row 4, column 2. */
export const cell = (row: number, column: number) => `${columnName(column)}${row + 1}`;

/** "$C$5": a reference that stays put when a formula is copied. */
export const absolute = (row: number, column: number) => `$${columnName(column)}$${row + 1}`;

/** "C5:E9" for the block from (row, column) spanning rows × columns cells. */
export function block(row: number, column: number, rows = 1, columns = 1): string {
  const first = cell(row, column);
  return rows === 1 && columns === 1 ? first : `${first}:${cell(row + rows - 1, column + columns - 1)}`;
}

/** "$C$5:$E$9". */
export const absoluteBlock = (row: number, column: number, rows = 1, columns = 1) =>
  `${absolute(row, column)}:${absolute(row + rows - 1, column + columns - 1)}`;

/** Parses "C5" or "$C$5" back to 0-based { row, column }. */
export function parseCell(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`not a cell address: ${address}`);
  const column = [...match[1]].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}
