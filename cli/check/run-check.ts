/**
 * The `check` command's work: read every workbook (one at a time, streaming), collect the grades
 * of every sheet that has a grade column, and judge them with the readiness check the task pane
 * uses (src/check), per file, per group or all together. Rendering is elsewhere.
 */
import { type CheckReport, type GradeEntry, type GroupReport, type SheetValue, checkGrades } from "../../src/check";
import type { Policy } from "../../src/policy";
import type { Scale } from "../../src/scale";
import { ZipError } from "../xlsx/zip";
import { WorkbookError, XlsxReader } from "../xlsx/read-workbook";
import { type FileProblem, expandInputs, sniff } from "./inputs";
import { type SheetGrades, readSheetGrades } from "./sheet-grades";

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
  /** Called before each file is read. */
  onFile?(index: number, total: number, path: string): void;
}

export interface CheckedSheet {
  name: string;
  /** 1-based, as Excel numbers rows. */
  headerRow: number;
  gradeColumn: string;
  people: number;
}

export interface FileResult {
  path: string;
  problem?: FileProblem;
  sheets: CheckedSheet[];
  /** Sheets without a grade column, in a file where another sheet has one. */
  skippedSheets: string[];
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
  /** Each graded sheet's own distribution (labelled by file, and sheet when a file has several). */
  perFile: GroupReport[];
  uncalculated: Location[];
  locate(address: string): Location;
  /** 0 ready, 1 not ready, 2 some input could not be read. */
  exitCode: 0 | 1 | 2;
}

/** A sheet name as Excel writes it in a reference: quoted when it holds spaces or punctuation. */
const sheetReference = (sheet: string) => (/^[\p{L}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`);

/** "samples/a.xlsx › '客服 2026-11'!K16" */
export const describeLocation = ({ file, sheet, cell }: Location) => `${file} › ${sheetReference(sheet)}!${cell}`;

async function readWorkbook(path: string, request: CheckRequest) {
  const groupBy = request.scope.kind === "column" ? request.scope.column : undefined;
  const reader = await XlsxReader.open(path);
  try {
    const sheets: SheetGrades[] = [];
    for (const sheet of reader.sheets) sheets.push(await readSheetGrades(reader, sheet, request.scale, groupBy));
    return sheets;
  } finally {
    await reader.close();
  }
}

function problemOf(error: unknown): FileProblem {
  if (error instanceof WorkbookError) {
    return error.problem === "damaged" ? { kind: "damaged", detail: error.message } : { kind: error.problem };
  }
  if (error instanceof ZipError) return { kind: "damaged", detail: error.message };
  return { kind: "unreadable", detail: (error as Error).message };
}

export async function runCheck(request: CheckRequest): Promise<CheckOutcome> {
  const inputs = await expandInputs(request.paths);
  const files: FileResult[] = [];
  const units: { label: string; entries: GradeEntry[] }[] = [];
  const uncalculated: Location[] = [];
  const scoreErrors: { address: string; error: string }[] = [];
  const weightTotals: { address: string; total: SheetValue }[] = [];
  // One entry per sheet, not per person: an address is "<file › sheet>!<cell>".
  const sheetOf = new Map<string, { file: string; sheet: string }>();

  for (const [index, input] of inputs.entries()) {
    request.onFile?.(index, inputs.length, input.path);
    const result: FileResult = { path: input.path, sheets: [], skippedSheets: [] };
    files.push(result);
    result.problem = input.problem ?? (await sniff(input.path, request.limitBytes));
    if (result.problem) continue;
    let sheets: SheetGrades[];
    try {
      sheets = await readWorkbook(input.path, request);
    } catch (error) {
      result.problem = problemOf(error);
      continue;
    }
    const graded = sheets.filter((sheet) => sheet.kind === "graded");
    const noGroup = sheets.filter((sheet) => sheet.kind === "no-group-column").map((sheet) => sheet.sheet);
    if (request.scope.kind === "column" && noGroup.length) {
      result.problem = { kind: "no-group-column", column: request.scope.column, sheets: noGroup };
      continue;
    }
    if (!graded.length) {
      result.problem = { kind: "no-grade-column", sheets: sheets.map((sheet) => sheet.sheet) };
      continue;
    }
    result.skippedSheets = sheets.filter((sheet) => sheet.kind === "no-grade-column").map((sheet) => sheet.sheet);
    for (const sheet of graded) {
      const label = graded.length === 1 ? input.path : `${input.path} › ${sheet.sheet}`;
      result.sheets.push({
        name: sheet.sheet,
        headerRow: sheet.headerRow,
        gradeColumn: sheet.gradeColumn,
        people: sheet.people.length,
      });
      const prefix = describeLocation({ file: input.path, sheet: sheet.sheet, cell: "" }).slice(0, -1);
      sheetOf.set(prefix, { file: input.path, sheet: sheet.sheet });
      const here = (cell: string) => `${prefix}!${cell}`;
      uncalculated.push(...sheet.uncalculated.map((cell) => ({ file: input.path, sheet: sheet.sheet, cell })));
      scoreErrors.push(...sheet.scoreErrors.map((error) => ({ ...error, address: here(error.address) })));
      weightTotals.push(...sheet.weightTotals.map((total) => ({ ...total, address: here(total.address) })));
      const entries = sheet.people.map((person): GradeEntry => ({
        ...person,
        address: here(person.address),
        group: request.scope.kind === "file" ? label : person.group,
      }));
      units.push({ label, entries });
    }
  }

  const options = { policy: request.policy, scale: request.scale, advisory: request.advisory };
  const report = checkGrades(
    units.flatMap((unit) => unit.entries),
    { ...options, scoreErrors, weightTotals },
  );
  const perFile = units.map((unit) => ({ ...checkGrades(unit.entries, options).overall, group: unit.label }));
  const unreadable = files.some((file) => file.problem) || uncalculated.length > 0;
  return {
    files,
    report,
    perFile,
    uncalculated,
    locate: (address) => {
      const bang = address.lastIndexOf("!");
      return { ...sheetOf.get(address.slice(0, bang))!, cell: address.slice(bang + 1) };
    },
    exitCode: unreadable ? 2 : report.ready ? 0 : 1,
  };
}
