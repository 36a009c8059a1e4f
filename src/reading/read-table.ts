/**
 * The table reader (DOMAIN §6): a sheet's stored values in, what a careful HR person would read out
 * — the header, the grade column and why, the people, the rows that are not people and why. The
 * command line, the Excel task pane and the Sheets sidebar all read sheets through this one function.
 */
import { readNumber } from "../cells";
import { type Scale, DEFAULT_SCALE, gradeInCell } from "../scale";
import { cell, columnName, parseCell } from "../templates/a1";
import { FORM_ROWS, findForm } from "./form";
import { HEADER_SEARCH_ROWS, type HeaderColumn, findHeaderRows, headerColumns } from "./header";
import { KNOWN_SCALES } from "./known-scales";
import type {
  ColumnRef,
  GradeCandidate,
  GradeReason,
  IgnoredRow,
  ScaleSuggestion,
  SheetReading,
  TableReading,
} from "./reading";
import { Grid, type SheetSource, type SheetValue, headerKey, isBlankValue, isErrorValue, shownText } from "./source";
import {
  FOOTER_WORDS,
  GROUP_HEADERS,
  INDEX_HEADERS,
  SUMMARY_HEADERS,
  type GroupKind,
  JOB_LEVEL_VALUE,
  LEGEND_AFTER_LABEL,
  NOTES_SHEET_WORDS,
} from "./vocabulary";

export interface ReadOptions {
  /** The scale the grades should belong to (default A/B/C/D). */
  scale?: Scale;
  /** The grade column the user chose: a 0-based index, a header text or a column letter. */
  gradeColumn?: number | string;
  /** The header row the user chose, 1-based as Excel numbers rows. */
  headerRow?: number;
  /** Group people by this column: a 0-based index, a header text, a column letter, or a kind word (部门, department, manager…). */
  groupBy?: number | string;
}

/** A grade column's cells are grades of the scale when at least this share of its filled cells are. */
export const MIN_GRADE_SHARE = 0.8;
/** Without a grade header, a column is taken for its values only with at least this many of them. */
const MIN_VALUES = 3;
/** The text an ignored row is shown with is cut to this length. */
const ROW_TEXT = 80;

const RANK_ORDER: Record<Exclude<GradeReason, "override" | "values">, number> = {
  final: 0,
  header: 1,
  supervisor: 2,
  rater: 3,
};

const ref = (column: HeaderColumn): ColumnRef => ({ index: column.index, header: column.header });
const columnLetter = (text: string) =>
  /^[A-Z]{1,3}$/i.test(text.trim()) ? parseCell(`${text.trim().toUpperCase()}1`).column : -1;

/** A column named by the user: its header, else a column letter, else the one header containing the text. */
function columnNamed(columns: readonly HeaderColumn[], wanted: number | string): HeaderColumn | undefined {
  if (typeof wanted === "number") return columns[wanted];
  const key = headerKey(wanted);
  const containing = columns.filter((c) => key && c.key.includes(key));
  return (
    columns.find((c) => c.key === key) ??
    columns[columnLetter(wanted)] ??
    (containing.length === 1 ? containing[0] : undefined)
  );
}

/** The group column `groupBy` names: a header, a kind word (部门 finds 所属部门; department finds 部门), a letter. */
function groupColumn(columns: readonly HeaderColumn[], wanted: number | string): HeaderColumn | undefined {
  if (typeof wanted === "number") return columns[wanted];
  const key = headerKey(wanted);
  const exact = columns.find((c) => c.key === key);
  if (exact) return exact;
  const kind = (Object.keys(GROUP_HEADERS) as GroupKind[]).find((k) =>
    (GROUP_HEADERS[k] as readonly string[]).includes(key),
  );
  const sameKind = kind && columns.find((c) => c.meaning.group === kind);
  return sameKind || columns[columnLetter(wanted)];
}

function rowText(grid: Grid, row: number, width: number): string {
  const parts: string[] = [];
  for (let column = 0; column < Math.min(width, grid.rowLength(row)); column++) {
    const text = shownText(grid.raw(row, column));
    if (text) parts.push(text);
  }
  const text = parts.join(" | ");
  return text.length > ROW_TEXT ? `${text.slice(0, ROW_TEXT - 1)}…` : text;
}

/** The first filled cell of the row, inside the table's columns. */
function leadOf(grid: Grid, row: number, width: number): SheetValue {
  for (let column = 0; column < Math.min(width, grid.rowLength(row)); column++) {
    const value = grid.raw(row, column);
    if (!isBlankValue(value)) return value;
  }
  return null;
}

function hasData(grid: Grid, row: number, width: number): boolean {
  return !isBlankValue(leadOf(grid, row, width));
}

/** Whether the row holds nothing but numbers in row-counter columns (序号): an unfilled slot. */
function onlyCounter(grid: Grid, row: number, width: number, counters: ReadonlySet<number>): boolean {
  for (let column = 0; column < Math.min(width, grid.rowLength(row)); column++) {
    const value = grid.raw(row, column);
    if (!isBlankValue(value) && !(counters.has(column) && typeof value === "number")) return false;
  }
  return true;
}

/** Grade labels of the scale in use and of every known scale, longest first: what a legend row starts with. */
function legendLabels(scale: Scale): string[] {
  const labels = new Set<string>();
  for (const s of [scale, ...KNOWN_SCALES.map((known) => known.scale)]) {
    for (const grade of s.grades) labels.add(headerKey(grade.label));
  }
  return [...labels].sort((a, b) => b.length - a.length);
}

/** Why the row ends the table, if it does: a footer, a legend, a table's totals row. */
function endOfTable(key: string, labels: readonly string[]): IgnoredRow["reason"] | undefined {
  if (FOOTER_WORDS.some((word) => key.startsWith(word))) return "footer";
  const label = labels.find((l) => key.startsWith(l));
  if (label && LEGEND_AFTER_LABEL.test(key.slice(label.length))) return "legend";
  return undefined;
}

interface PersonRows {
  /** First and last row of the person (more than one when the name cell is merged down). */
  top: number;
  bottom: number;
  name: string;
}

/** The rows below the header that are people, and those that are not, with why. */
function scanRows(
  grid: Grid,
  source: SheetSource,
  start: number,
  width: number,
  identity: HeaderColumn | undefined,
  counters: ReadonlySet<number>,
  scale: Scale,
): { persons: PersonRows[]; ignored: IgnoredRow[]; end: number } {
  const persons: PersonRows[] = [];
  const ignored: IgnoredRow[] = [];
  const totals = new Set(source.totalsRows ?? []);
  const labels = legendLabels(scale);
  /** The first footer's row: the table ends there. */
  let end = grid.rowCount;
  for (let row = start; row < grid.rowCount; row++) {
    if (!hasData(grid, row, width) || onlyCounter(grid, row, width, counters)) continue;
    const ignore = (reason: IgnoredRow["reason"]) => ignored.push({ row, reason, text: rowText(grid, row, width) });
    if (row > end) {
      ignore("below-footer");
      continue;
    }
    const lead = leadOf(grid, row, width);
    const reason = totals.has(row)
      ? "totals-row"
      : typeof lead === "string"
        ? endOfTable(headerKey(lead), labels)
        : undefined;
    if (reason) {
      ignore(reason);
      end = row;
      continue;
    }
    if (!identity) {
      persons.push({ top: row, bottom: row, name: "" });
      continue;
    }
    const merge = grid.mergeAt(row, identity.index);
    if (merge && merge.top < row && merge.top >= start) continue; // the rest of a person spanning merged rows
    const name = shownText(grid.raw(row, identity.index));
    if (!name) ignore("no-name");
    else persons.push({ top: row, bottom: merge ? Math.min(merge.bottom, grid.rowCount - 1) : row, name });
  }
  return { persons, ignored, end };
}

/** The value a person's rows show in a column: the first filled one (merged cells apply to every row). */
function personValue(
  grid: Grid,
  person: PersonRows,
  column: number,
): { value: SheetValue; row: number; column: number } {
  for (let row = person.top; row <= person.bottom; row++) {
    const value = grid.value(row, column);
    if (!isBlankValue(value)) {
      const merge = grid.mergeAt(row, column);
      return { value, row: merge?.top ?? row, column: merge?.left ?? column };
    }
  }
  return { value: null, row: person.top, column };
}

/** Share of the filled, non-error cells that read as grades; undefined when there are none. */
function gradeShare(values: readonly SheetValue[], scale: Scale): number | undefined {
  const filled = values.filter((value) => !isBlankValue(value) && !isErrorValue(value));
  if (!filled.length) return undefined;
  return filled.filter((value) => gradeInCell(scale, value)).length / filled.length;
}

const fits = (share: number | undefined) => share === undefined || share >= MIN_GRADE_SHARE;

/**
 * The grade column among the candidates (DOMAIN §6): job levels and earlier periods never; cells that
 * are grades before cells that are not; the final grade, then an unqualified one, then the
 * supervisor's, then another rater's; the rightmost on a tie. Without a grade header, the column
 * whose values are grades.
 */
function chooseGrade(
  columns: readonly HeaderColumn[],
  valuesOf: (column: number) => SheetValue[],
  scale: Scale,
  override: number | string | undefined,
): { grade?: ColumnRef & { reason: GradeReason }; candidates: GradeCandidate[] } {
  const candidates: GradeCandidate[] = columns.flatMap((column) => {
    const grade = column.meaning.grade;
    if (!grade) return [];
    const values = valuesOf(column.index);
    const share = gradeShare(values, scale);
    // job-level codes (P5, M1) make a job level, numbers (counts per grade on a summary sheet) no
    // grade column, whatever the header says
    const filled = values.filter((v) => !isBlankValue(v)).length;
    const codes = values.filter((v) => typeof v === "string" && JOB_LEVEL_VALUE.test(v.trim())).length;
    const numbers = values.filter((v) => typeof v === "number").length;
    const excluded =
      "excluded" in grade
        ? grade.excluded
        : codes * 2 > filled
          ? ("job-level" as const)
          : numbers * 2 > filled
            ? ("not-grades" as const)
            : undefined;
    return [
      {
        ...ref(column),
        verdict: excluded ?? ("outranked" as const),
        ...("rank" in grade && !excluded ? { rank: grade.rank } : {}),
        ...(share === undefined ? {} : { gradeShare: share }),
      },
    ];
  });
  // cells that are grades first, then the rank of the header; the rightmost on a tie
  const order = (c: GradeCandidate) => (fits(c.gradeShare) ? 0 : 10) + RANK_ORDER[c.rank!];
  const ranked = candidates.filter((c) => c.rank).sort((a, b) => order(a) - order(b) || b.index - a.index);
  let chosen: { index: number; reason: GradeReason } | undefined;
  const named = override === undefined ? undefined : columnNamed(columns, override);
  if (named) chosen = { index: named.index, reason: "override" };
  else if (ranked.length) {
    chosen = { index: ranked[0].index, reason: ranked[0].rank! };
    for (const c of ranked.slice(1)) if (!fits(c.gradeShare) && fits(ranked[0].gradeShare)) c.verdict = "not-grades";
  } else if (override === undefined) {
    // no grade header: a column of grades (not a name, ID, group or excluded grade column)
    let best: { index: number; share: number } | undefined;
    for (const column of columns) {
      const { name, id, group, grade } = column.meaning;
      if (name || id || group || grade) continue;
      const values = valuesOf(column.index).filter((v) => !isBlankValue(v));
      const share = gradeShare(values, scale);
      if (
        values.length >= MIN_VALUES &&
        share !== undefined &&
        share >= MIN_GRADE_SHARE &&
        share >= (best?.share ?? 0)
      ) {
        best = { index: column.index, share };
      }
    }
    if (best) chosen = { index: best.index, reason: "values" };
  }
  for (const c of candidates) if (c.index === chosen?.index) c.verdict = "chosen";
  return { grade: chosen && { ...ref(columns[chosen.index]), reason: chosen.reason }, candidates };
}

/** A known scale that reads every filled grade cell the scale in use does not (DOMAIN §6 "Scales"). */
export function suggestScale(values: readonly SheetValue[], scale: Scale): ScaleSuggestion | undefined {
  const filled = values.filter((value) => !isBlankValue(value) && !isErrorValue(value));
  if (!filled.length || filled.every((value) => gradeInCell(scale, value))) return undefined;
  const same = (other: Scale) =>
    other.grades.length === scale.grades.length && other.grades.every((g, i) => g.label === scale.grades[i].label);
  const reading = KNOWN_SCALES.filter(
    (known) => !same(known.scale) && filled.every((value) => gradeInCell(known.scale, value)),
  ).sort((a, b) => a.scale.grades.length - b.scale.grades.length)[0];
  return reading && { id: reading.id, cells: filled.length };
}

const isNotesSheet = (name: string) => NOTES_SHEET_WORDS.some((word) => headerKey(name).includes(word));

/** Reads one sheet. */
export function readSheet(source: SheetSource, options: ReadOptions = {}): SheetReading {
  const scale = options.scale ?? DEFAULT_SCALE;
  const sheet = source.name;
  if (source.hidden) return { kind: "not-a-table", sheet, reason: "hidden" };
  const grid = new Grid(source);
  const uncalculated = new Set(source.uncalculated ?? []);
  let anything = false;
  for (let row = 0; row < grid.rowCount && !anything; row++) anything = hasData(grid, row, grid.rowLength(row));
  if (!anything) return { kind: "not-a-table", sheet, reason: "empty" };

  const form = options.headerRow === undefined ? findForm(grid) : undefined;
  if (form) {
    const value = form.grade.value;
    return {
      kind: "form",
      sheet,
      nameLabel: form.name.label,
      gradeLabel: form.grade.label,
      person: {
        row: form.name.row,
        lastRow: form.name.row,
        gradeCell: form.gradeCell,
        name: shownText(form.name.value),
        grade: value,
        ...labelOf(value, scale),
      },
      suggestion: suggestScale([value], scale),
      uncalculated: uncalculated.has(form.gradeCell) ? [form.gradeCell] : [],
    };
  }

  const headerRows = findHeaderRows(grid, options.headerRow === undefined ? undefined : options.headerRow - 1);
  if (!headerRows) return { kind: "not-a-table", sheet, reason: isNotesSheet(sheet) ? "notes" : "no-header" };
  const columns = headerColumns(grid, headerRows);
  const width = columns.length;
  const name = columns.find((c) => c.meaning.name);
  const id = columns.find((c) => c.meaning.id);
  // with nobody named, a sheet named 说明/参数/统计 or a table of counts and shares per grade is no table of people
  const summary = columns.some((c) => SUMMARY_HEADERS.some((word) => c.key.includes(word)));
  if (!name && !id && (isNotesSheet(sheet) || summary)) return { kind: "not-a-table", sheet, reason: "notes" };
  const start = headerRows[headerRows.length - 1] + 1;
  const counters = new Set(columns.filter((c) => INDEX_HEADERS.includes(c.key)).map((c) => c.index));
  const { persons, ignored, end } = scanRows(grid, source, start, width, name ?? id, counters, scale);

  const valuesOf = (column: number) => persons.map((person) => personValue(grid, person, column).value);
  const { grade, candidates } = chooseGrade(columns, valuesOf, scale, options.gradeColumn);
  const shownColumns = columns.map(ref);
  if (!grade) {
    const named = options.gradeColumn;
    const wanted = named === undefined ? {} : { wanted: typeof named === "number" ? columnName(named) : named };
    return { kind: "no-grade-column", sheet, headerRows, columns: shownColumns, ...wanted };
  }
  const by = options.groupBy === undefined ? undefined : groupColumn(columns, options.groupBy);
  if (options.groupBy !== undefined && !by) {
    return { kind: "no-group-column", sheet, headerRows, wanted: String(options.groupBy) };
  }

  const groups = columns.flatMap((c) => (c.meaning.group ? [{ ...ref(c), kind: c.meaning.group }] : []));
  const rater = columns.find((c) => c.meaning.group === "manager");
  const scores = columns.filter((c) => c.meaning.score && c.index !== grade.index);
  const finalScore =
    scores.length === 1 ? scores[0] : [...scores].reverse().find((c) => c.meaning.score?.final === true);
  const reading: TableReading = {
    kind: "table",
    sheet,
    headerRows,
    columns: shownColumns,
    grade,
    candidates,
    ...(name ? { name: ref(name) } : {}),
    ...(id ? { id: ref(id) } : {}),
    groups,
    ...(rater ? { rater: ref(rater) } : {}),
    scores: scores.map(ref),
    ...(finalScore ? { finalScore: ref(finalScore) } : {}),
    ...(by ? { groupBy: ref(by) } : {}),
    everyRowIsAPerson: !name && !id,
    people: [],
    ignored,
    scoreErrors: [],
    uncalculated: [],
    mergesKnown: grid.mergesKnown,
  };
  // a grade formula saved without its result may show anything: every one in the table is reported
  for (let row = start; row < end; row++) {
    if (uncalculated.has(cell(row, grade.index))) reading.uncalculated.push(cell(row, grade.index));
  }
  for (const rows of persons) {
    const found = personValue(grid, rows, grade.index);
    const gradeCell = cell(found.row, found.column);
    const text = (column: ColumnRef | undefined) =>
      column ? shownText(personValue(grid, rows, column.index).value) : undefined;
    const score = finalScore && readNumber(personValue(grid, rows, finalScore.index).value);
    reading.people.push({
      row: rows.top,
      lastRow: rows.bottom,
      gradeCell,
      name: rows.name,
      grade: uncalculated.has(gradeCell) ? null : found.value,
      ...labelOf(found.value, scale),
      ...(by ? { group: text(by) } : {}),
      ...(rater ? { rater: text(rater) } : {}),
      ...(score && !score.percent ? { score: score.value } : {}),
    });
    for (const column of scores) {
      for (let row = rows.top; row <= rows.bottom; row++) {
        const value = grid.raw(row, column.index);
        if (isErrorValue(value)) reading.scoreErrors.push({ address: cell(row, column.index), error: value.error });
      }
    }
  }
  const suggestion = suggestScale(
    reading.people.map((person) => person.grade),
    scale,
  );
  if (suggestion) reading.suggestion = suggestion;
  return reading;
}

function labelOf(value: SheetValue, scale: Scale): { label?: string } {
  const grade = gradeInCell(scale, value);
  return grade ? { label: grade.label } : {};
}

/**
 * For hosts that stream a large sheet: the reader looks at every cell of the first `WHOLE_ROWS`
 * rows (header search, per-person forms) and, below them, only at the columns those rows fill
 * (the table's). A host may drop the other cells as it reads.
 */
export const WHOLE_ROWS = Math.max(HEADER_SEARCH_ROWS, FORM_ROWS);

/** How many columns (from A) a streaming host keeps below the first rows, given those rows. */
export function columnsKept(firstRows: readonly (readonly SheetValue[] | undefined)[]): number {
  let width = 0;
  for (const row of firstRows.slice(0, WHOLE_ROWS)) {
    if (!row) continue;
    for (let column = row.length - 1; column >= width; column--) {
      if (!isBlankValue(row[column])) {
        width = column + 1;
        break;
      }
    }
  }
  return width;
}
