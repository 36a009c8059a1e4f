/** What the table reader read from one sheet: the answer every face reports and checks. */
import type { GroupKind } from "./vocabulary";
import type { SheetValue } from "./source";

/** Why a column was taken as the grade column. */
export type GradeReason =
  | "override"
  /** A header naming the final grade (最终, 综合, 总评 …). */
  | "final"
  /** A grade header with no rater in it (考核等级, 绩效等级 …). */
  | "header"
  /** Only raters' grades: the supervisor's. */
  | "supervisor"
  /** Only another rater's grades (self, peer). */
  | "rater"
  /** No grade header: the column whose values are grades. */
  | "values";

/** Why a column whose header names a grade was not taken. */
export type CandidateVerdict =
  | "chosen"
  | "job-level"
  | "earlier-period"
  /** Most of its filled cells are not grades of the scale, and another candidate's are. */
  | "not-grades"
  /** A rater's grade, or a less specific header, while a better candidate exists. */
  | "outranked";

export interface ColumnRef {
  /** 0-based column. */
  index: number;
  /** The header as the cells show it; a two-row header's texts joined by " / ". */
  header: string;
}

export interface GradeCandidate extends ColumnRef {
  verdict: CandidateVerdict;
  /** Whose grade its header says it is, for a candidate that could be the grade column. */
  rank?: "final" | "header" | "supervisor" | "rater";
  /** Share of its filled cells that are grades of the scale; undefined when it has none. */
  gradeShare?: number;
}

export interface Person {
  /** 0-based row of the sheet (the first row, when the person spans merged rows). */
  row: number;
  /** The person's last row: below `row` when the name cell is merged down over several rows. */
  lastRow: number;
  /** Address of the cell the grade was read from ("H7"). */
  gradeCell: string;
  /** The name, else the ID, else empty when the table has neither. */
  name: string;
  /** The grade cell as stored: a label, blank (missing), another value (invalid) or an error. */
  grade: SheetValue;
  /** The grade label of the scale the cell names, when it names one. */
  label?: string;
  group?: string;
  rater?: string;
  /** The final score, when the table has a numeric final-score column. */
  score?: number;
}

export type IgnoredReason =
  /** Has data (a grade, say) but no name or ID. */
  | "no-name"
  /** A footer: 合计, 平均, 备注, 签字, 日期 … */
  | "footer"
  /** A legend: `A ≥90分`, `A：优秀`. */
  | "legend"
  /** An Excel table's totals row. */
  | "totals-row"
  /** Below the first footer. */
  | "below-footer";

export interface IgnoredRow {
  /** 0-based. */
  row: number;
  reason: IgnoredReason;
  /** The row's filled cells, joined. */
  text: string;
}

/** The grade cells would read on another known scale (DOMAIN §6 "Scales"). */
export interface ScaleSuggestion {
  id: string;
  /** Filled grade cells of the people that the suggested scale reads. */
  cells: number;
}

export interface TableReading {
  kind: "table";
  sheet: string;
  /** 0-based rows of the header: one, or two for a header with group cells above sub-headers. */
  headerRows: number[];
  /** Every column up to the table's last header, with its header text. */
  columns: ColumnRef[];
  grade: ColumnRef & { reason: GradeReason };
  candidates: GradeCandidate[];
  name?: ColumnRef;
  id?: ColumnRef;
  /** Columns people can be grouped by, in sheet order. */
  groups: (ColumnRef & { kind: GroupKind })[];
  /** The column naming who rated each person (a manager or rater column). */
  rater?: ColumnRef;
  scores: ColumnRef[];
  finalScore?: ColumnRef;
  /** The column people are grouped by in this reading, when asked for. */
  groupBy?: ColumnRef;
  /** With no name or ID column, every row with data is a person: the report says so. */
  everyRowIsAPerson: boolean;
  people: Person[];
  ignored: IgnoredRow[];
  /** Error cells in the score columns of the people's rows. */
  scoreErrors: { address: string; error: string }[];
  /** Grade cells holding a formula saved without its result. */
  uncalculated: string[];
  suggestion?: ScaleSuggestion;
  /** False when the host could not tell merged cells: a merged group or name cell may be misread. */
  mergesKnown: boolean;
}

export interface FormReading {
  kind: "form";
  sheet: string;
  person: Person;
  /** The label cells read: the name's and the grade's. */
  nameLabel: string;
  gradeLabel: string;
  suggestion?: ScaleSuggestion;
  uncalculated: string[];
}

export type SkipReason =
  | "empty"
  | "hidden"
  /** 说明, 填表须知, parameters, charts: no table of people. */
  | "notes"
  /** No header row in the first rows. */
  | "no-header";

export type SheetReading =
  | TableReading
  | FormReading
  /** `wanted`: the grade column the user named, which the sheet does not have. */
  | { kind: "no-grade-column"; sheet: string; headerRows: number[]; columns: ColumnRef[]; wanted?: string }
  | { kind: "no-group-column"; sheet: string; headerRows: number[]; wanted: string }
  | { kind: "not-a-table"; sheet: string; reason: SkipReason };

/** The people a reading found (none for a sheet that is not a table). */
export function peopleOf(reading: SheetReading): Person[] {
  return reading.kind === "table" ? reading.people : reading.kind === "form" ? [reading.person] : [];
}
