/**
 * The fixtures' expectations (test/fixtures/tables/expected.ts, written from DOMAIN §6 before any
 * reader ran) against what a face read: every face's reading is put in the expectations' shape, so
 * the same comparison runs for the core reader, the command line's JSON and the task pane.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parseScaleJson, raterView } from "../../src/check";
import { type SheetReading, type SheetSource, peopleOf, readSheet } from "../../src/reading";
import { DEFAULT_SCALE, type Scale } from "../../src/scale";
import { columnName } from "../../src/templates";
import type { ExpectedSheet, ExpectedWorkbook } from "../fixtures/tables/expected";

/** The scale a fixture is checked with: its scale file (in `folder`), else A/B/C/D. */
export function scaleOf(folder: string, workbook: ExpectedWorkbook): Scale {
  if (!workbook.options?.scale) return DEFAULT_SCALE;
  const parsed = parseScaleJson(readFileSync(join(folder, workbook.options.scale), "utf8"));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.en).join("; "));
  return parsed.scale;
}

/** A sheet read with the fixture's options (what a user would choose), in the expectations' shape. */
export function readAsExpected(source: SheetSource, workbook: ExpectedWorkbook, scale: Scale): ExpectedSheet {
  const { groupBy, gradeColumn, headerRow } = workbook.options ?? {};
  return asExpected(readSheet(source, { scale, groupBy, gradeColumn, headerRow }), scale);
}

/** A reading in the expectations' shape (1-based rows, column letters). */
export function asExpected(reading: SheetReading, scale: Scale): ExpectedSheet {
  const letter = (ref?: { index: number }) => (ref ? columnName(ref.index) : undefined);
  const kind =
    reading.kind === "not-a-table"
      ? reading.reason === "hidden"
        ? "hidden"
        : "not-a-table"
      : reading.kind === "no-group-column"
        ? "no-grade-column"
        : reading.kind;
  const base: ExpectedSheet = { name: reading.sheet, kind };
  if (reading.kind === "no-grade-column") return { ...base, headerRows: reading.headerRows.map((r) => r + 1) };
  if (reading.kind !== "table" && reading.kind !== "form") return base;
  const people = peopleOf(reading);
  const graded: Record<string, number> = {};
  for (const person of people) if (person.label) graded[person.label] = (graded[person.label] ?? 0) + 1;
  const cells = (keep: (p: (typeof people)[number]) => boolean) => people.filter(keep).map((p) => p.gradeCell);
  const isError = (value: unknown) => value !== null && typeof value === "object";
  const raters = raterView(people, scale);
  const common: ExpectedSheet = {
    ...base,
    people: people.length,
    graded,
    missing: cells((p) => p.grade === null || (typeof p.grade === "string" && !p.grade.trim())),
    invalid: cells((p) => !p.label && p.grade !== null && !isError(p.grade) && String(p.grade).trim() !== ""),
    errors: cells((p) => isError(p.grade)),
    ...(reading.suggestion ? { suggestedScale: reading.suggestion.id as ExpectedSheet["suggestedScale"] } : {}),
    lenientRaters: raters?.raters.filter((r) => r.flag === "lenient").map((r) => r.rater) ?? [],
    severeRaters: raters?.raters.filter((r) => r.flag === "severe").map((r) => r.rater) ?? [],
  };
  if (reading.kind === "form") return common;
  return {
    ...common,
    headerRows: reading.headerRows.map((r) => r + 1),
    gradeColumn: { letter: columnName(reading.grade.index), header: reading.grade.header },
    // job levels and earlier periods are listed as considered, but DOMAIN §6 says they are no candidates
    otherCandidates: reading.candidates
      .filter((c) => c.verdict === "outranked" || c.verdict === "not-grades")
      .map((c) => columnName(c.index)),
    nameColumn: letter(reading.name ?? reading.id),
    groupColumn: letter(reading.groupBy ?? reading.groups.find((g) => g.kind === "department")),
    raterColumn: letter(reading.rater),
    firstPersonRow: people.length ? people[0].row + 1 : undefined,
    lastPersonRow: people.length ? people[people.length - 1].lastRow + 1 : undefined,
    ignoredRows: reading.ignored.map((row) => row.row + 1),
  };
}

/** The fields the expectation states, taken from the reading: what a test compares. */
export function statedFields(actual: ExpectedSheet, expected: ExpectedSheet): Partial<ExpectedSheet> {
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(expected) as (keyof ExpectedSheet)[]) picked[key] = actual[key];
  return picked as Partial<ExpectedSheet>;
}
