/**
 * What a host hands the table reader: a sheet as rows of stored values, plus what the host knows of
 * its merged cells, visibility and Excel tables. Hosts only convert their raw values (Office
 * valueTypes, xlsx `t="e"`, Apps Script strings) into `SheetValue` at their door; every decision
 * about what the values mean is the reader's.
 */

/** A stored cell value: an error cell is `{ error: "#N/A" }`, a blank cell null. */
export type SheetValue = number | string | boolean | null | { error: string };

export const isErrorValue = (value: unknown): value is { error: string } =>
  value !== null && typeof value === "object" && "error" in value;

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSource {
  name: string;
  /** Row r of the sheet (0-based), its cells by 0-based column; a missing row or cell is blank. */
  rows: readonly (readonly SheetValue[] | undefined)[];
  /** Merged cells; `undefined` when the host cannot know them (the reading then says so). */
  merges?: readonly CellRange[];
  /** Hidden or very hidden: a sheet the user does not see (legend lists, lookup tables). */
  hidden?: boolean;
  /** Rows (0-based) that are an Excel table's totals row. */
  totalsRows?: readonly number[];
  /** Cells (A1) holding a formula saved without its result: their value is unknown. */
  uncalculated?: readonly string[];
}

/** Blank: null, undefined, or text of only whitespace (full-width and no-break spaces too). */
export const isBlankValue = (value: SheetValue | undefined): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** How a value is shown in a report: text as typed, errors by their code. */
export function shownText(value: SheetValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (isErrorValue(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).trim();
}

/**
 * Header and label text as the reader compares it (DOMAIN §6): NFKC (full-width letters, digits
 * and spaces fold), every whitespace removed (`姓\u3000名`, `考核\n等级`), marks of a required field
 * and a trailing colon dropped (`*姓名：`), lower case.
 */
export function headerKey(value: SheetValue | undefined): string {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return "";
  return value
    .normalize("NFKC")
    .replace(/\s+/gu, "")
    .replace(/^\*+|[:*]+$/g, "")
    .toLowerCase();
}

/** The sheet with its merged cells resolved: a merged value applies to every cell it spans. */
export class Grid {
  readonly rowCount: number;
  readonly mergesKnown: boolean;
  private readonly mergesByRow = new Map<number, CellRange[]>();

  constructor(private readonly source: SheetSource) {
    this.rowCount = source.rows.length;
    this.mergesKnown = source.merges !== undefined;
    for (const merge of source.merges ?? []) {
      // a merge may claim rows far below the data (A1:A1048576): only rows that exist matter
      for (let row = merge.top; row <= Math.min(merge.bottom, this.rowCount - 1); row++) {
        const list = this.mergesByRow.get(row);
        if (list) list.push(merge);
        else this.mergesByRow.set(row, [merge]);
      }
    }
  }

  /** The value stored in the cell itself (a merge's value sits in its top-left cell only). */
  raw(row: number, column: number): SheetValue {
    return this.source.rows[row]?.[column] ?? null;
  }

  /** The merge covering the cell, if any. */
  mergeAt(row: number, column: number): CellRange | undefined {
    const merges = this.mergesByRow.get(row);
    if (!merges) return undefined;
    for (const merge of merges) if (column >= merge.left && column <= merge.right) return merge;
    return undefined;
  }

  /** The value the cell shows: its own, or its merge's. */
  value(row: number, column: number): SheetValue {
    const merge = this.mergeAt(row, column);
    return merge ? this.raw(merge.top, merge.left) : this.raw(row, column);
  }

  /** Merges lying in one row and spanning several columns (group cells of a two-row header, titles). */
  wideMergesIn(row: number): CellRange[] {
    return (this.mergesByRow.get(row) ?? []).filter((m) => m.top === row && m.bottom === row && m.right > m.left);
  }

  /** The number of cells a row stores (its last column + 1). */
  rowLength(row: number): number {
    return this.source.rows[row]?.length ?? 0;
  }
}
