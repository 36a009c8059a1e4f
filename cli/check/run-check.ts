/**
 * The `check` command's work: read every workbook (one at a time, streaming), read each sheet with
 * the core's table reader (src/reading), and judge the people found with the readiness check the
 * task pane uses (src/check), per file, per group or all together. Rendering is elsewhere.
 */
import { createHash } from "crypto";
import { readFile, realpath } from "fs/promises";
import { dirname } from "path";
import {
  type CheckOptions,
  type CheckReport,
  type GradeEntry,
  type GroupReport,
  type RaterView,
  checkGrades,
  judgedEntries,
  raterView,
} from "../../src/check";
import type { Policy } from "../../src/policy";
import { type Person, type SheetReading, type SheetValue, peopleOf, readSheet } from "../../src/reading";
import type { Scale } from "../../src/scale";
import { ZipError } from "../xlsx/zip";
import { WorkbookError, XlsxReader } from "../xlsx/read-workbook";
import { type FileProblem, expandInputs, sniff } from "./inputs";
import { readSheetSource } from "./sheet-source";

/** Whose distribution the policy is enforced on. */
export type Scope = { kind: "file" } | { kind: "all" } | { kind: "column"; column: string };

export interface CheckRequest {
  paths: readonly string[];
  scope: Scope;
  policy: Policy;
  scale: Scale;
  /** Year-end: the distribution is reported but does not block. */
  advisory: boolean;
  limitBytes: number;
  /** The user's choice of grade column (header text or letter) and header row (1-based). */
  gradeColumn?: string;
  headerRow?: number;
  /** Called before each file is read. */
  onFile?(index: number, total: number, path: string): void;
}

export interface SheetResult {
  reading: SheetReading;
  /** Persons found (graded, missing, invalid and error cells); `graded` of them count in the distribution. */
  people: number;
  graded: number;
}

export interface FileResult {
  path: string;
  problem?: FileProblem;
  /** The same file as an earlier one (by path or content): read once, under that name. */
  duplicateOf?: string;
  sheets: SheetResult[];
}

/** Where a cell is: the report's addresses name file, sheet and cell; JSON gives them apart. */
export interface Location {
  file: string;
  sheet: string;
  cell: string;
}

export interface CheckOutcome {
  files: FileResult[];
  /** Judged per the scope: its groups are the files or the column's values; `overall` is everyone. */
  report: CheckReport;
  /** Each unit's own distribution: a file, a sheet of a file with several, or a folder of per-person forms. */
  perFile: GroupReport[];
  uncalculated: Location[];
  raters?: RaterView;
  locate(address: string): Location;
  /** 0 ready, 1 not ready, 2 some input could not be read. */
  exitCode: 0 | 1 | 2;
}

/** A sheet name as Excel writes it in a reference: quoted when it holds spaces or punctuation. */
const sheetReference = (sheet: string) => (/^[\p{L}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`);

/** "samples/a.xlsx › '客服 2026-11'!K16" */
export const describeLocation = ({ file, sheet, cell }: Location) => `${file} › ${sheetReference(sheet)}!${cell}`;

function problemOf(error: unknown): FileProblem {
  if (error instanceof WorkbookError) {
    return error.problem === "damaged" ? { kind: "damaged", detail: error.message } : { kind: error.problem };
  }
  if (error instanceof ZipError) return { kind: "damaged", detail: error.message };
  return { kind: "unreadable", detail: (error as Error).message };
}

interface ReadSheet {
  reading: SheetReading;
  weightTotals: { address: string; total: SheetValue }[];
}

async function readWorkbook(path: string, request: CheckRequest): Promise<ReadSheet[]> {
  const groupBy = request.scope.kind === "column" ? request.scope.column : undefined;
  const reader = await XlsxReader.open(path, { maxBytes: request.limitBytes });
  try {
    const sheets: ReadSheet[] = [];
    for (const sheet of reader.sheets) {
      const { source, weightTotals } = await readSheetSource(reader, sheet);
      const reading = readSheet(source, {
        scale: request.scale,
        groupBy,
        gradeColumn: request.gradeColumn,
        headerRow: request.headerRow,
      });
      sheets.push({ reading, weightTotals });
    }
    return sheets;
  } finally {
    await reader.close();
  }
}

/** A file's identity: its real path and its bytes' hash, so a file named twice is read once. */
async function identities(path: string): Promise<string[]> {
  const real = await realpath(path).catch(() => path);
  const bytes = await readFile(path).catch(() => undefined);
  return bytes ? [real, createHash("sha256").update(bytes).digest("hex")] : [real];
}

interface Unit {
  label: string;
  entries: GradeEntry[];
  /** People with a grade of the scale; a unit with none is never ready. */
  graded: number;
  /** A sheet of it is graded on another known scale (reported as such, not as "nobody graded"). */
  otherScale: boolean;
}

export async function runCheck(request: CheckRequest): Promise<CheckOutcome> {
  const inputs = await expandInputs(request.paths);
  const files: FileResult[] = [];
  const units = new Map<string, Unit>();
  const uncalculated: Location[] = [];
  const people: Person[] = [];
  const findings: Required<Pick<CheckOptions, "scoreErrors" | "weightTotals" | "otherScales">> = {
    scoreErrors: [],
    weightTotals: [],
    otherScales: [],
  };
  // One entry per sheet, not per person: an address is "<file › sheet>!<cell>".
  const sheetOf = new Map<string, { file: string; sheet: string }>();
  const seen = new Map<string, string>();

  for (const [index, input] of inputs.entries()) {
    request.onFile?.(index, inputs.length, input.path);
    const result: FileResult = { path: input.path, sheets: [] };
    files.push(result);
    result.problem = input.problem ?? (await sniff(input.path, request.limitBytes));
    if (result.problem) continue;
    const ids = await identities(input.path);
    const earlier = ids.map((id) => seen.get(id)).find(Boolean);
    if (earlier) {
      result.duplicateOf = earlier;
      continue;
    }
    ids.forEach((id) => seen.set(id, input.path));
    let sheets: ReadSheet[];
    try {
      sheets = await readWorkbook(input.path, request);
    } catch (error) {
      result.problem = problemOf(error);
      continue;
    }
    const readings = sheets.map((sheet) => sheet.reading);
    const noGroup = readings.filter((r) => r.kind === "no-group-column").map((r) => r.sheet);
    if (request.scope.kind === "column" && noGroup.length) {
      result.problem = { kind: "no-group-column", column: request.scope.column, sheets: noGroup };
      continue;
    }
    const withPeople = sheets.filter(({ reading }) => reading.kind === "table" || reading.kind === "form");
    if (!withPeople.length) {
      result.problem = { kind: "no-grade-column", sheets: readings.map((r) => r.sheet) };
      continue;
    }
    const tables = withPeople.filter(({ reading }) => reading.kind === "table").length;
    const onlyForm = withPeople.length === 1 && tables === 0;
    for (const { reading, weightTotals } of sheets) {
      const found = peopleOf(reading);
      const sheetResult: SheetResult = { reading, people: found.length, graded: found.filter((p) => p.label).length };
      result.sheets.push(sheetResult);
      if (reading.kind !== "table" && reading.kind !== "form") continue;
      // per-person forms: a workbook's forms are one team, and forms one per file are their folder's
      const label = onlyForm
        ? dirname(input.path)
        : reading.kind === "form" || tables === 1
          ? input.path
          : `${input.path} › ${reading.sheet}`;
      const location = { file: input.path, sheet: reading.sheet };
      const prefix = describeLocation({ ...location, cell: "" }).slice(0, -1);
      sheetOf.set(prefix, location);
      const here = (cell: string) => `${prefix}!${cell}`;
      uncalculated.push(...reading.uncalculated.map((cell) => ({ ...location, cell })));
      if (reading.kind === "table") {
        findings.scoreErrors.push(...reading.scoreErrors.map((error) => ({ ...error, address: here(error.address) })));
      }
      findings.weightTotals.push(...weightTotals.map((total) => ({ ...total, address: here(total.address) })));
      const judged = judgedEntries(reading, `${input.path} › ${reading.sheet}`, here);
      if (judged.otherScale) findings.otherScales.push(judged.otherScale);
      const unit = units.get(label) ?? { label, entries: [], graded: 0, otherScale: false };
      units.set(label, unit);
      unit.graded += judged.otherScale ? 0 : sheetResult.graded;
      unit.otherScale ||= Boolean(judged.otherScale);
      // a loop, not push(...list): a sheet of a million people would overflow the call's arguments
      for (const entry of judged.entries) {
        unit.entries.push(request.scope.kind === "file" ? { ...entry, group: label } : entry);
      }
      for (const person of found) people.push(person);
    }
  }

  const options = { policy: request.policy, scale: request.scale, advisory: request.advisory };
  const judgedUnits = [...units.values()];
  const report = checkGrades(
    judgedUnits.flatMap((unit) => unit.entries),
    {
      ...options,
      ...findings,
      nothingGraded: judgedUnits.filter((unit) => !unit.graded && !unit.otherScale).map((unit) => unit.label),
    },
  );
  // per file, the report's groups are the units' own distributions already
  const perFile =
    request.scope.kind === "file"
      ? report.groups
      : judgedUnits
          .filter((unit) => unit.entries.length)
          .map((unit) => ({ ...checkGrades(unit.entries, options).overall, group: unit.label }));
  const unreadable = files.some((file) => file.problem) || uncalculated.length > 0;
  const raters = raterView(people, request.scale);
  return {
    files,
    report,
    perFile,
    uncalculated,
    ...(raters ? { raters } : {}),
    locate: (address) => {
      const bang = address.lastIndexOf("!");
      return { ...sheetOf.get(address.slice(0, bang))!, cell: address.slice(bang + 1) };
    },
    exitCode: unreadable ? 2 : report.ready ? 0 : 1,
  };
}
