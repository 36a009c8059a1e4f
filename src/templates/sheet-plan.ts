/**
 * The sheet plan: what a role template becomes in a worksheet — header block, editable weights,
 * one table with a row per employee, formulas, validation, formats. It is plain data; a writer
 * (the task pane's Office.js gateway, the .xlsx writer, the tests' formula engine) applies it.
 *
 * Layout, top to bottom: title and header fields; rater weights (when raters are on); section
 * names; item weights, section weights and KPI parameters, each sitting above the column it
 * governs; the table. Per section the columns are [KPI targets and actuals][rater inputs][item
 * scores]; the item scores of a section are adjacent, so one HR.SCORE with the weights row above
 * them gives the section score. Section scores, the final score and the grade close the table.
 * The grade scale sits to the right as an editable block named HR_Scale, and beside it one editable
 * step table per step-scored KPI (HR.KPISTEP); both stay above the header row.
 *
 * The formulas come in two dialects (./formulas): the add-in's HR functions, or portable native
 * formulas for workbooks opened without the add-in. The layout is the same; a portable sheet adds
 * note rows under the header fields saying what its formulas cannot read.
 *
 * planSheet lays out the rows and the table's columns first, so every position is known before
 * anything is written; then each piece (rater weights, weight rows, section heads, header block,
 * scale block, step tables, table body) returns its own cells, rules and formats, and planSheet
 * joins them.
 */
import { z } from "zod";
import type { Language } from "../messages";
import { DEFAULT_SCALE, type Scale } from "../scale";
import { absolute, absoluteBlock, block, cell, columnName, parseCell } from "./a1";
import { type PlanFormulas, type ScaleColumns, type StepCells, hrFormulas, portableFormulas } from "./formulas";
import { isInputRole } from "./evaluate";
import { LABELS } from "./labels";
import {
  Cycle,
  RaterRole,
  type Item,
  type KpiItem,
  type LocalText,
  type StepKpiItem,
  type Template,
  isStepKpi,
} from "./schema";

type Labels = (typeof LABELS)[Language];

export const PlanOptions = z
  .object({
    employees: z.number().int().min(1).max(100_000),
    cycle: Cycle,
    /** Shown in the header and the sheet name: "2026-11", "2026 Q4", "2026". */
    period: z.string().trim().min(1).max(20),
    language: z.enum(["zh", "en"]),
    /** One input column per rater for rated items, combined with the rater weights. */
    raters: z.boolean(),
    /** Rated items take points (0–100) or grade letters of the scale. */
    ratingInput: z.enum(["points", "letters"]),
    /** Sheet names already in the workbook: the plan picks a name none of them has. */
    takenSheetNames: z.array(z.string()).default([]),
    /** Table and defined names already in the workbook. */
    takenNames: z.array(z.string()).default([]),
    /** "hr": the add-in's functions; "portable": native formulas that compute without the add-in. */
    formulas: z.enum(["hr", "portable"]).default("hr"),
    /**
     * The spreadsheet the sheet is for. "excel": the HR functions behind their namespace (HR.SCORE),
     * names scoped to the new sheet. "sheets" (Google Sheets): the functions without a namespace
     * (SCORE), named ranges that are unique in the whole spreadsheet, no merge across the frozen panes.
     */
    host: z.enum(["excel", "sheets"]).default("excel"),
  })
  .refine((options) => !(options.formulas === "portable" && options.ratingInput === "letters"), {
    path: ["ratingInput"],
    message: "Portable sheets take points: grade letters need the add-in's HR functions",
  });
export type PlanOptions = z.input<typeof PlanOptions>;

/** A cell's content: a number, text, or a formula (text starting with "="). */
export type Content = string | number | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  numberFormat?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
}

export type ValidationRule =
  | { kind: "decimal"; min: number; max: number }
  | { kind: "list"; source: string }
  | { kind: "text"; values: readonly string[] };

export interface PlannedValidation {
  address: string;
  rule: ValidationRule;
  /** Excel limits: title 32 characters, message 255. */
  prompt?: { title: string; message: string };
  error: { title: string; message: string };
}

/** A rule whose formula is written for the top-left cell of `address` (relative references move). */
export interface PlannedConditionalFormat {
  address: string;
  formula: string;
  style: CellStyle;
}

/** The score inputs of a row: ratings (one per rater when raters are on), KPI targets and actuals. */
export type InputRole =
  | { kind: "rating"; section: string; item: string; rater?: RaterRole }
  | { kind: "kpi-target" | "kpi-actual"; section: string; item: string };

/** What a table column holds, so writers, checks and tests can find it. */
export type ColumnRole =
  | { kind: "info"; field: "name" | "id" | "department" | "manager" }
  | InputRole
  | { kind: "kpi-points" | "item-score"; section: string; item: string }
  | { kind: "section-score"; section: string }
  | { kind: "final" }
  | { kind: "grade" };

export interface PlannedColumn {
  header: string;
  role: ColumnRole;
  /** Formula for every data row, with "{row}" for the row's number; inputs have none. */
  formula?: string;
  numberFormat?: string;
}

export interface PlannedTable {
  name: string;
  /** 0-based sheet row of the header; data rows follow it. */
  headerRow: number;
  rows: number;
  columns: PlannedColumn[];
}

export interface SheetPlan {
  sheetName: string;
  language: Language;
  templateId: string;
  /** Blocks of contents outside the table body. */
  writes: { address: string; contents: Content[][] }[];
  /**
   * Cells holding text — labels, the period, template texts, the table's header row — which a
   * writer formats as text ("@") before writing: Excel reads a string written through values or
   * formulas as a number, date or formula where it can (2026-11, 00123, -5%, =x).
   */
  texts: string[];
  table: PlannedTable;
  /**
   * Names of cells on the new sheet: scoped to it in Excel; in Google Sheets named ranges belong to
   * the whole spreadsheet, so there each name is the first spelling no other range has.
   */
  names: { name: string; address: string }[];
  validations: PlannedValidation[];
  conditionalFormats: PlannedConditionalFormat[];
  formats: { address: string; style: CellStyle }[];
  merges: string[];
  /** 0-based row of the item weights, each above the item-score column it weights. */
  itemWeightsRow: number;
  /** Cells that sum a row of weights and should read 100%: the readiness check reads them. */
  weightTotals: string[];
  freeze: { rows: number; columns: number };
  /** Width of each column from A, as .xlsx stores it (characters, padding included: ./column-width). */
  columnWidths: number[];
}

export const SCALE_NAME = "HR_Scale";
/** Excel's (and Google Sheets') number format for text: what is written or typed stays as it is. */
export const TEXT_FORMAT = "@";
/**
 * Names HR_Total_1, HR_Total_2… point at the weight totals: a check finds a sheet's totals by this
 * prefix among the names on that sheet (in Google Sheets, the numbers go on across the spreadsheet).
 */
export const WEIGHT_TOTAL_NAME = "HR_Total_";

const COLORS = {
  input: "#FFF8E1",
  weight: "#E3F2FD",
  warning: "#FFC7CE",
  warningText: "#9C0006",
  muted: "#666666",
  note: "#9C5700",
};

/** Fills for the grades of the scale, best first (Excel's good / neutral / bad palette). */
const GRADE_STYLES: CellStyle[] = [
  { fill: "#C6EFCE", fontColor: "#006100" },
  { fill: "#DDEBF7", fontColor: "#1F4E78" },
  { fill: "#FFEB9C", fontColor: "#9C5700" },
  { fill: "#FFC7CE", fontColor: "#9C0006" },
  { fill: "#F4B6B6", fontColor: "#7F0000" },
];

const EXCEL_PROMPT_TITLE = 32;
const EXCEL_PROMPT_MESSAGE = 255;
const SHEET_NAME_MAX = 31;

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * The first `max` UTF-16 units of a name (Excel counts those), without half of a character made
 * of two (an emoji) and without the apostrophe or space a cut can leave at the end.
 */
const cutName = (text: string, max: number) =>
  text
    .slice(0, max)
    .replace(/[\uD800-\uDBFF]$/, "")
    .replace(/[\s']+$/, "");

/**
 * A sheet name Excel accepts — at most 31 characters, none of []:*?/\, no apostrophe at either
 * end, not "History" (Excel keeps it for itself) — that no sheet has yet, in any case.
 */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, "-").replace(/^[\s']+|[\s']+$/g, "") || "Appraisal";
  const used = new Set(["history", ...taken.map((name) => name.toLowerCase())]);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = `${cutName(base, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Names a plan itself defines on its sheet; Excel compares names without case. */
const isPlanName = (name: string) =>
  name.toLowerCase() === SCALE_NAME.toLowerCase() || new RegExp(`^${WEIGHT_TOTAL_NAME}\\d+$`, "i").test(name);

/**
 * A table name (letters, digits, _) that no table or defined name has yet, in any case: tables
 * and names share one namespace, and the plan's own HR_Scale and HR_Total_n are taken too.
 */
export function uniqueTableName(templateId: string, taken: readonly string[]): string {
  const base = `HR_${templateId.replace(/[^A-Za-z0-9]/g, "_")}`;
  const used = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}_${n}`;
    if (!used.has(name.toLowerCase()) && !isPlanName(name)) return name;
  }
}

/**
 * `count` names `base`, `base`_2… (or `base`1, `base`2… for a base ending in "_") that none of
 * `taken` has, in any case: Google Sheets' named ranges are one namespace for the whole spreadsheet.
 */
function freeNames(base: string, count: number, taken: readonly string[]): string[] {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  const numbered = base.endsWith("_");
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = numbered ? `${base}${n}` : n === 1 ? base : `${base}_${n}`;
    if (!used.has(name.toLowerCase())) names.push(name);
  }
  return names;
}

/** Whether a merge spans the edge of the frozen rows or columns (Google Sheets refuses it). */
function crossesFreeze(address: string, freeze: SheetPlan["freeze"]): boolean {
  const [first, last = first] = address.split(":").map(parseCell);
  const across = (from: number, to: number, edge: number) => edge > 0 && from < edge && to >= edge;
  return across(first.row, last.row, freeze.rows) || across(first.column, last.column, freeze.columns);
}

const percentFormat = (fraction: number) => (Number.isInteger(Math.round(fraction * 1e6) / 1e4) ? "0%" : "0.00%");

/** Builds the plan of a template. Throws a zod error for invalid options. */
export function planSheet(template: Template, rawOptions: PlanOptions, scale: Scale = DEFAULT_SCALE): SheetPlan {
  const context = planContext(template, PlanOptions.parse(rawOptions), scale);
  const { columns: laidOut, widths } = layoutColumns(context);
  const scaleAt = laidOut.length + 1; // one blank column after the table
  const stepTables = layoutStepTables(context, scaleAt + SCALE_COLUMNS + 1);
  // The blocks right of the table sit above its header row, clear of the rows a filter hides.
  const sideRows = Math.max(
    1 + scale.grades.length,
    ...stepTables.map((table) => STEP_FIRST_ROW + table.item.steps.length),
  );
  const rows = layoutRows(context, sideRows);
  const scaleCells = scaleColumns(context, scaleAt);
  const columns = withFormulas(context, rows, laidOut, scaleCells, stepTables);
  const scaleBlock = scalePiece(context, scaleAt);
  const stepBlock = stepTablesPiece(context, stepTables);
  const pieces = [
    raterWeightsPiece(context, rows),
    weightRowsPiece(context, rows, columns),
    sectionHeadsPiece(context, rows, columns),
    headerPiece(context, rows, columns.length),
    scaleBlock.piece,
    stepBlock.piece,
    tableBodyPiece(context, rows, columns, scaleCells, scaleAt),
  ];
  const totals = pieces.flatMap((piece) => piece.totals);
  const totalNames = freeNames(WEIGHT_TOTAL_NAME, totals.length, context.namesTaken);
  // Named, so a later readiness check finds the totals of an inserted sheet without the plan.
  const names = [
    ...totals.map((address, index) => ({ name: totalNames[index], address: absoluteCell(address) })),
    ...pieces.flatMap((piece) => piece.names),
  ];
  const freeze = { rows: rows.first, columns: 1 };
  const sideWidths = [scaleBlock.widths, stepBlock.widths];
  const columnWidths = Array.from(
    { length: Math.max(widths.length, ...sideWidths.map((side) => side.length)) },
    (_, index) => sideWidths.find((side) => side[index] !== undefined)?.[index] ?? widths[index] ?? 10,
  );
  return {
    sheetName: uniqueSheetName(
      `${context.text(template.role)} ${context.options.period}`,
      context.options.takenSheetNames,
    ),
    language: context.lang,
    templateId: template.id,
    writes: pieces.flatMap((piece) => piece.writes),
    texts: [...pieces.flatMap((piece) => piece.texts), block(rows.header, 0, 1, columns.length)],
    table: {
      name: uniqueTableName(template.id, [...context.options.takenNames, ...names.map((named) => named.name)]),
      headerRow: rows.header,
      rows: context.options.employees,
      columns,
    },
    names,
    validations: pieces.flatMap((piece) => piece.validations),
    conditionalFormats: [...totals.map(redWhenNot100), ...pieces.flatMap((piece) => piece.conditionalFormats)],
    formats: pieces.flatMap((piece) => piece.formats),
    // Google Sheets refuses to freeze part of a merge: there the title runs over the empty cells beside it.
    merges: pieces
      .flatMap((piece) => piece.merges)
      .filter((merge) => context.options.host === "excel" || !crossesFreeze(merge, freeze)),
    itemWeightsRow: rows.itemWeights,
    weightTotals: totals,
    freeze,
    columnWidths,
  };
}

/** What every piece of a plan reads: the parsed options, the sheet's words and its formula dialect. */
interface PlanContext {
  template: Template;
  options: z.output<typeof PlanOptions>;
  scale: Scale;
  lang: Language;
  t: Labels;
  text: (local: LocalText) => string;
  /** One input column per rater for rated items. */
  raterColumns: boolean;
  multiSection: boolean;
  hasKpi: boolean;
  /** Some KPI is scored proportionally: the floor and cap rows. */
  hasKpiLimits: boolean;
  portable: boolean;
  formulas: PlanFormulas;
  /**
   * Names the plan's own may not take: none in Excel, whose names are scoped to the new sheet;
   * in Google Sheets every named range of the spreadsheet.
   */
  namesTaken: readonly string[];
  /** The scale block's name, which the HR formulas pass to the functions. */
  scaleName: string;
  /** What a portable sheet says about itself under the header fields. */
  notes: string[];
}

function planContext(template: Template, options: z.output<typeof PlanOptions>, scale: Scale): PlanContext {
  const items = template.sections.flatMap((section) => section.items);
  const lang = options.language;
  const t = LABELS[lang];
  const portable = options.formulas === "portable";
  const namesTaken = options.host === "sheets" ? options.takenNames : [];
  const [scaleName] = freeNames(SCALE_NAME, 1, namesTaken);
  return {
    template,
    options,
    scale,
    lang,
    t,
    text: (local) => local[lang],
    raterColumns: options.raters && template.raters.length > 1,
    multiSection: template.sections.length > 1,
    hasKpi: items.some((item) => item.kind === "kpi"),
    hasKpiLimits: items.some((item) => item.kind === "kpi" && !isStepKpi(item)),
    portable,
    formulas: portable
      ? portableFormulas({ higher: t.higher, lower: t.lower, max: scale.max })
      : hrFormulas(scaleName, options.host),
    namesTaken,
    scaleName,
    notes: portable ? t.portableNotes(scale.min, scale.max) : [],
  };
}

/** The sheet's rows, top to bottom (0-based); -1 for a row this plan has not. */
interface Rows {
  title: number;
  info: number;
  meta: number;
  /** The first note row of a portable sheet. */
  notes: number;
  raterNames: number;
  raterWeights: number;
  sectionHead: number;
  itemWeights: number;
  sectionWeights: number;
  kpiDirection: number;
  kpiFloor: number;
  kpiCap: number;
  /** The table's header row; its data rows start at `first`. */
  header: number;
  first: number;
}

/** The rows; the header row is at least `sideRows` down, below the blocks right of the table. */
function layoutRows({ notes, raterColumns, multiSection, hasKpi, hasKpiLimits }: PlanContext, sideRows: number): Rows {
  const rows = {} as Rows;
  let next = 0;
  const take = (name: keyof Rows, present = true, height = 1) => {
    rows[name] = present ? next : -1;
    if (present) next += height;
  };
  take("title");
  take("info");
  take("meta");
  take("notes", true, notes.length);
  take("raterNames", raterColumns);
  take("raterWeights", raterColumns);
  next++; // a blank row before the weights
  const weightRows = [multiSection, hasKpi, hasKpiLimits, hasKpiLimits].filter(Boolean).length + 2;
  next = Math.max(next, sideRows - weightRows); // more blank rows when a side block is tall
  take("sectionHead");
  take("itemWeights");
  take("sectionWeights", multiSection);
  take("kpiDirection", hasKpi);
  take("kpiFloor", hasKpiLimits);
  take("kpiCap", hasKpiLimits);
  take("header");
  rows.first = rows.header + 1;
  return rows;
}

/** The table's columns in order, with unique headers, before their formulas; widths in characters. */
function layoutColumns({ template, t, text, raterColumns, multiSection }: PlanContext) {
  const columns: PlannedColumn[] = [];
  const widths: number[] = [];
  const add = (column: PlannedColumn, width: number) => {
    columns.push(column);
    widths.push(width);
  };
  // Names and IDs are text: an ID 00123 keeps its zeros, a name is never read as a date.
  const info = (header: string, field: "name" | "id" | "department" | "manager", width: number) =>
    add({ header, role: { kind: "info", field }, numberFormat: TEXT_FORMAT }, width);
  info(t.employee, "name", 14);
  info(t.employeeId, "id", 11);
  info(t.department, "department", 14);
  info(t.manager, "manager", 12);
  // Per section: [KPI targets and actuals][rater inputs][item scores], the item scores adjacent.
  for (const section of template.sections) {
    for (const item of section.items) {
      if (item.kind !== "kpi") continue;
      const numberFormat = kpiNumberFormat(item);
      const inputs = [
        ["kpi-target", t.kpiTarget],
        ["kpi-actual", t.kpiActual],
      ] as const;
      // A step table needs no target.
      for (const [kind, header] of isStepKpi(item) ? inputs.slice(1) : inputs) {
        add({ header: header(text(item.name)), role: { kind, section: section.id, item: item.id }, numberFormat }, 11);
      }
    }
    for (const item of raterColumns ? section.items : []) {
      if (item.kind !== "rating") continue;
      for (const rater of template.raters) {
        const role = { kind: "rating", section: section.id, item: item.id, rater: rater.role } as const;
        add({ header: raterInputTitle(text(item.name), t, rater.role), role }, 10);
      }
    }
    for (const item of section.items) {
      const name = text(item.name);
      const ids = { section: section.id, item: item.id };
      if (item.kind === "kpi") {
        add({ header: t.kpiPoints(name), role: { kind: "kpi-points", ...ids }, numberFormat: "0.00" }, 10);
      } else if (raterColumns) {
        add({ header: t.itemScore(name), role: { kind: "item-score", ...ids }, numberFormat: "0.00" }, 10);
      } else {
        add({ header: name, role: { kind: "rating", ...ids } }, 10);
      }
    }
  }
  for (const section of multiSection ? template.sections : []) {
    const role = { kind: "section-score", section: section.id } as const;
    add({ header: t.sectionScore(text(section.name)), role, numberFormat: "0.00" }, 11);
  }
  add({ header: t.finalScore, role: { kind: "final" }, numberFormat: "0.00" }, 11);
  add({ header: t.grade, role: { kind: "grade" } }, 8);
  // Excel tables require unique headers.
  const seen = new Map<string, number>();
  for (const column of columns) {
    const count = (seen.get(column.header) ?? 0) + 1;
    seen.set(column.header, count);
    if (count > 1) column.header = `${column.header} (${count})`;
  }
  return { columns, widths };
}

const kpiNumberFormat = (item: KpiItem | StepKpiItem) => (item.unit.en === "%" ? "0.00%" : undefined);

const raterInputTitle = (itemName: string, t: Labels, rater: RaterRole) => t.raterScore(itemName, t.raterNames[rater]);

/** The item-score columns of a section (a KPI's points, a rated item's score or rating): adjacent. */
function itemScoreColumns(columns: readonly PlannedColumn[], section: string): number[] {
  return columns.flatMap(({ role }, index) =>
    (role.kind === "kpi-points" || role.kind === "item-score" || (role.kind === "rating" && !role.rater)) &&
    role.section === section
      ? [index]
      : [],
  );
}

const indexOf = (columns: readonly PlannedColumn[], matches: (role: ColumnRole) => boolean) =>
  columns.findIndex((column) => matches(column.role));

const rowCell = (column: number) => `${columnName(column)}{row}`;
const rowRange = (first: number, last: number) => `${rowCell(first)}:${rowCell(last)}`;

/** Where the scale block's labels and lower bounds sit, for formulas and validation. */
function scaleColumns({ scale }: PlanContext, at: number): ScaleColumns {
  const rows = scale.grades.length;
  return { labels: absoluteBlock(1, at, rows, 1), lowers: absoluteBlock(1, at + 1, rows, 1) };
}

/** The columns with the formula of every computed column. */
function withFormulas(
  { template, formulas, multiSection }: PlanContext,
  rows: Rows,
  columns: readonly PlannedColumn[],
  scaleCells: ScaleColumns,
  stepTables: readonly StepTable[],
): PlannedColumn[] {
  const raterWeights = absoluteBlock(rows.raterWeights, 1, 1, template.raters.length);
  const scoreOf = (scores: readonly number[], weightsRow: number) => {
    const [first, last] = [scores[0], scores[scores.length - 1]];
    return formulas.score(rowRange(first, last), scores.length, absoluteBlock(weightsRow, first, 1, scores.length));
  };
  const formulaOf = (role: ColumnRole, index: number): string | undefined => {
    switch (role.kind) {
      case "kpi-points": {
        const input = (kind: "kpi-target" | "kpi-actual") =>
          rowCell(indexOf(columns, (r) => r.kind === kind && r.section === role.section && r.item === role.item));
        const steps = stepTables.find((table) => table.section === role.section && table.item.id === role.item);
        if (steps) {
          return formulas.kpiStep({
            actual: input("kpi-actual"),
            direction: absolute(rows.kpiDirection, index),
            ...stepRanges(steps),
          });
        }
        return formulas.kpiPoints({
          actual: input("kpi-actual"),
          target: input("kpi-target"),
          direction: absolute(rows.kpiDirection, index),
          floor: absolute(rows.kpiFloor, index),
          cap: absolute(rows.kpiCap, index),
        });
      }
      case "item-score": {
        const inputs = columns.flatMap((column, c) =>
          column.role.kind === "rating" &&
          column.role.rater &&
          column.role.item === role.item &&
          column.role.section === role.section
            ? [c]
            : [],
        );
        return formulas.score(rowRange(inputs[0], inputs[inputs.length - 1]), inputs.length, raterWeights);
      }
      case "section-score":
        return scoreOf(itemScoreColumns(columns, role.section), rows.itemWeights);
      case "final":
        return multiSection
          ? scoreOf(
              columns.flatMap((column, c) => (column.role.kind === "section-score" ? [c] : [])),
              rows.sectionWeights,
            )
          : scoreOf(itemScoreColumns(columns, template.sections[0].id), rows.itemWeights);
      case "grade":
        return formulas.band(rowCell(indexOf(columns, (r) => r.kind === "final")));
      default:
        return undefined;
    }
  };
  return columns.map((column, index) => {
    const formula = formulaOf(column.role, index);
    return formula === undefined ? column : { ...column, formula: formulas.placeScale(formula, scaleCells) };
  });
}

/** Part of a plan outside the table body: cells written, their look and rules, and weight totals. */
class Piece {
  readonly writes: SheetPlan["writes"] = [];
  readonly names: SheetPlan["names"] = [];
  readonly validations: PlannedValidation[] = [];
  readonly conditionalFormats: PlannedConditionalFormat[] = [];
  readonly formats: SheetPlan["formats"] = [];
  readonly merges: string[] = [];
  /** Cells that sum a row of weights; the plan names them and colours them when not 100%. */
  readonly totals: string[] = [];
  readonly texts: string[] = [];

  constructor(private readonly t: Labels) {}

  /** A number, or text (kept as text, whatever it looks like), at (row, column). */
  put(row: number, column: number, content: string | number | null, style?: CellStyle) {
    if (typeof content === "string") this.texts.push(cell(row, column));
    this.write(row, column, content, style);
  }

  private write(row: number, column: number, content: Content, style?: CellStyle) {
    this.writes.push({ address: cell(row, column), contents: [[content]] });
    if (style) this.formats.push({ address: cell(row, column), style });
  }

  /** An editable weight (a fraction shown as a percentage), validated 0–100%; `title` names its row. */
  weight(row: number, column: number, percent: number, title: string) {
    const fraction = percent / 100;
    this.put(row, column, fraction, { fill: COLORS.weight, numberFormat: percentFormat(fraction) });
    this.validations.push({
      address: cell(row, column),
      rule: { kind: "decimal", min: 0, max: 1 },
      error: { title, message: this.t.weightError },
    });
  }

  /** The sum of the weights in `columns` of `row`, at (row, column). */
  total(row: number, column: number, columns: readonly number[]) {
    // Two decimals: "0.##%" would show 100% as "100.%".
    const sum = `=SUM(${block(row, columns[0], 1, columns.length)})`;
    this.write(row, column, sum, { bold: true, numberFormat: "0.00%" });
    this.totals.push(cell(row, column));
  }
}

function absoluteCell(address: string) {
  const { row, column } = parseCell(address);
  return absolute(row, column);
}

function redWhenNot100(address: string): PlannedConditionalFormat {
  return {
    address,
    formula: `=ROUND(${address.split(":")[0]},9)<>1`,
    style: { fill: COLORS.warning, fontColor: COLORS.warningText, bold: true },
  };
}

/** Rater weights: one block, used by every rated item. */
function raterWeightsPiece({ template, t, raterColumns }: PlanContext, rows: Rows): Piece {
  const piece = new Piece(t);
  if (!raterColumns) return piece;
  piece.put(rows.raterNames, 0, t.raters, { bold: true });
  piece.put(rows.raterWeights, 0, t.raterWeights, { bold: true });
  const weights = template.raters.map((rater, index) => {
    piece.put(rows.raterNames, 1 + index, t.raterNames[rater.role], { horizontal: "center" });
    piece.weight(rows.raterWeights, 1 + index, rater.weight, t.raterWeights);
    return 1 + index;
  });
  const totalColumn = 1 + template.raters.length;
  piece.put(rows.raterNames, totalColumn, t.total, { horizontal: "center" });
  piece.total(rows.raterWeights, totalColumn, weights);
  return piece;
}

/**
 * The rows above the table: item weights over the item scores, section weights over the section
 * scores, totals over the section scores and the final score, KPI parameters over their points.
 */
function weightRowsPiece(ctx: PlanContext, rows: Rows, columns: readonly PlannedColumn[]): Piece {
  const { template, t, multiSection, hasKpi, hasKpiLimits } = ctx;
  const piece = new Piece(t);
  for (const section of template.sections) {
    const scores = itemScoreColumns(columns, section.id);
    section.items.forEach((item, index) => {
      piece.weight(rows.itemWeights, scores[index], item.weight, t.itemWeights);
      if (item.kind === "kpi") kpiParameters(ctx, piece, rows, item, scores[index]);
    });
  }
  const final = indexOf(columns, (role) => role.kind === "final");
  if (multiSection) {
    const sectionScores = template.sections.map((section) => {
      const column = indexOf(columns, (role) => role.kind === "section-score" && role.section === section.id);
      piece.total(rows.itemWeights, column, itemScoreColumns(columns, section.id));
      piece.weight(rows.sectionWeights, column, section.weight, t.sectionWeights);
      return column;
    });
    piece.total(rows.sectionWeights, final, sectionScores);
  } else {
    piece.total(rows.itemWeights, final, itemScoreColumns(columns, template.sections[0].id));
  }
  piece.put(rows.itemWeights, 0, t.itemWeights, { bold: true });
  if (multiSection) piece.put(rows.sectionWeights, 0, t.sectionWeights, { bold: true });
  if (hasKpi) piece.put(rows.kpiDirection, 0, t.kpiDirection, { bold: true });
  if (hasKpiLimits) {
    piece.put(rows.kpiFloor, 0, t.kpiFloor, { bold: true });
    piece.put(rows.kpiCap, 0, t.kpiCap, { bold: true });
  }
  piece.formats.push({ address: block(rows.sectionHead, 0, rows.header - rows.sectionHead, 1), style: { wrap: true } });
  return piece;
}

/** A KPI's direction (and a proportional KPI's floor and cap) above its points column, editable and validated. */
function kpiParameters({ t }: PlanContext, piece: Piece, rows: Rows, item: KpiItem | StepKpiItem, column: number) {
  piece.put(rows.kpiDirection, column, item.direction === "higher" ? t.higher : t.lower, { fill: COLORS.weight });
  piece.validations.push({
    address: cell(rows.kpiDirection, column),
    rule: { kind: "text", values: [t.higher, t.lower] },
    error: { title: t.kpiDirection, message: t.directionError(t.higher, t.lower) },
  });
  if (isStepKpi(item)) return;
  for (const [row, value, title] of [
    [rows.kpiFloor, item.floor, t.kpiFloor],
    [rows.kpiCap, item.cap, t.kpiCap],
  ] as const) {
    piece.put(row, column, value, { fill: COLORS.weight, numberFormat: "0%" });
    piece.validations.push({
      address: cell(row, column),
      rule: { kind: "decimal", min: 0, max: 10 },
      error: { title, message: t.numberError },
    });
  }
}

/** Section names merged over their columns, and "Total" over the section scores and the final score. */
function sectionHeadsPiece(
  { template, t, text, multiSection }: PlanContext,
  rows: Rows,
  columns: readonly PlannedColumn[],
) {
  const piece = new Piece(t);
  const row = rows.sectionHead;
  for (const section of template.sections) {
    const group = columns.flatMap(({ role }, index) => ("item" in role && role.section === section.id ? [index] : []));
    piece.merges.push(block(row, group[0], 1, group.length));
    piece.put(row, group[0], text(section.name), { bold: true, horizontal: "center", fill: COLORS.weight });
  }
  const final = indexOf(columns, (role) => role.kind === "final");
  const firstTotal = multiSection ? indexOf(columns, (role) => role.kind === "section-score") : final;
  if (multiSection) piece.merges.push(block(row, firstTotal, 1, final - firstTotal + 1));
  piece.put(row, firstTotal, t.total, { bold: true, horizontal: "center" });
  return piece;
}

/** Title, department, period, reviewer, cycle, source, and a portable sheet's notes. */
function headerPiece({ template, options, t, text, notes }: PlanContext, rows: Rows, tableWidth: number): Piece {
  const piece = new Piece(t);
  piece.put(rows.title, 0, t.title(text(template.role)), { bold: true, fontSize: 14 });
  piece.merges.push(block(rows.title, 0, 1, Math.min(tableWidth, 8)));
  piece.put(rows.info, 0, t.department, { bold: true });
  piece.put(rows.info, 1, text(template.department));
  piece.put(rows.info, 2, t.period, { bold: true });
  piece.put(rows.info, 3, options.period);
  piece.put(rows.info, 4, t.reviewer, { bold: true });
  piece.put(rows.info, 5, null, { fill: COLORS.input });
  piece.put(rows.meta, 0, t.cycle, { bold: true });
  piece.put(rows.meta, 1, t.cycles[options.cycle]);
  piece.put(rows.meta, 2, t.source, { bold: true });
  piece.put(rows.meta, 3, `${t.seedSource(template.seed)} · ${template.id}`, { italic: true, fontColor: COLORS.muted });
  notes.forEach((line, index) => piece.put(rows.notes + index, 0, line, { italic: true, fontColor: COLORS.note }));
  return piece;
}

/** The scale, editable, named HR_Scale (or its free spelling) at `at` (row 1 down): editing it recalculates every grade. */
function scalePiece({ scale, t, portable, scaleName }: PlanContext, at: number) {
  const piece = new Piece(t);
  const grades = scale.grades.length;
  piece.writes.push(
    { address: block(0, at, 1, 3), contents: [[t.scaleLabel, t.scaleLower, t.scalePoints]] },
    {
      address: block(1, at, grades, 3),
      contents: scale.grades.map((grade) => [grade.label, grade.lower, grade.points ?? null]),
    },
  );
  piece.texts.push(block(0, at, 1, 3), block(1, at, grades, 1));
  piece.formats.push(
    { address: block(0, at, 1, 3), style: { bold: true } },
    { address: block(1, at, grades, 3), style: { fill: COLORS.weight } },
  );
  piece.names.push({ name: scaleName, address: absoluteBlock(1, at, grades, 3) });
  if (portable) {
    // Native formulas cannot explain a bad bound; validation keeps bounds and points numbers.
    piece.validations.push({
      address: block(1, at + 1, grades, 2),
      rule: { kind: "decimal", min: Math.min(0, scale.min), max: scale.max },
      error: { title: t.scale, message: t.scaleBoundError(scale.max) },
    });
  }
  // Widths from the blank column before the block to its last column.
  const widths: number[] = [];
  widths[at - 1] = 3;
  widths[at] = widths[at + 1] = widths[at + 2] = 8;
  return { piece, widths };
}

/** Columns of the scale block: label, lower bound, points. */
const SCALE_COLUMNS = 3;
/** A step table's rows: its KPI's name, the column headings, then one row per step. */
const STEP_FIRST_ROW = 2;

/** A step-scored KPI's table: an editable block right of the scale, at `column` (thresholds) and the next (points). */
interface StepTable {
  section: string;
  item: StepKpiItem;
  column: number;
}

/** One table per step-scored KPI, side by side from `first`, a blank column between them. */
function layoutStepTables({ template }: PlanContext, first: number): StepTable[] {
  const tables: StepTable[] = [];
  for (const section of template.sections) {
    for (const item of section.items) {
      if (isStepKpi(item)) tables.push({ section: section.id, item, column: first + 3 * tables.length });
    }
  }
  return tables;
}

function stepRanges({ item, column }: StepTable): Omit<StepCells, "actual" | "direction"> {
  const count = item.steps.length;
  return {
    table: absoluteBlock(STEP_FIRST_ROW, column, count, 2),
    thresholds: absoluteBlock(STEP_FIRST_ROW, column, count, 1),
    points: absoluteBlock(STEP_FIRST_ROW, column + 1, count, 1),
  };
}

/** The step tables, editable: editing a threshold or its points recalculates the KPI's points. */
function stepTablesPiece({ t, text }: PlanContext, tables: readonly StepTable[]) {
  const piece = new Piece(t);
  const widths: number[] = [];
  for (const { item, column } of tables) {
    const count = item.steps.length;
    const steps = block(STEP_FIRST_ROW, column, count, 2);
    piece.put(0, column, text(item.name), { bold: true });
    piece.writes.push(
      { address: block(1, column, 1, 2), contents: [[t.stepThreshold, t.stepPoints]] },
      { address: steps, contents: item.steps.map((step) => [step.threshold, step.points]) },
    );
    piece.formats.push(
      { address: block(1, column, 1, 2), style: { bold: true } },
      { address: steps, style: { fill: COLORS.weight } },
      { address: block(STEP_FIRST_ROW, column + 1, count, 1), style: { numberFormat: "0" } },
    );
    const numberFormat = kpiNumberFormat(item);
    if (numberFormat) piece.formats.push({ address: block(STEP_FIRST_ROW, column, count, 1), style: { numberFormat } });
    piece.validations.push(
      {
        address: block(STEP_FIRST_ROW, column, count, 1),
        rule: { kind: "decimal", min: -1e15, max: 1e15 },
        prompt: { title: clip(t.stepTable, EXCEL_PROMPT_TITLE), message: clip(t.stepPrompt, EXCEL_PROMPT_MESSAGE) },
        error: { title: clip(t.stepTable, EXCEL_PROMPT_TITLE), message: t.stepThresholdError },
      },
      {
        address: block(STEP_FIRST_ROW, column + 1, count, 1),
        rule: { kind: "decimal", min: 0, max: 100 },
        error: { title: clip(t.stepTable, EXCEL_PROMPT_TITLE), message: t.stepPointsError },
      },
    );
    widths[column - 1] = 3;
    widths[column] = 10;
    widths[column + 1] = 8;
  }
  return { piece, widths };
}

/** The table body's look and rules: input fills and validation, bold results, grade colours. */
function tableBodyPiece(
  ctx: PlanContext,
  rows: Rows,
  columns: readonly PlannedColumn[],
  scaleCells: ScaleColumns,
  scaleAt: number,
): Piece {
  const { template, scale, t, text } = ctx;
  const piece = new Piece(t);
  const dataColumn = (column: number) => block(rows.first, column, ctx.options.employees);
  const itemOf = (role: InputRole) =>
    template.sections.find((section) => section.id === role.section)!.items.find((item) => item.id === role.item)!;
  columns.forEach(({ role }, index) => {
    if (!isInputRole(role)) return;
    piece.formats.push({ address: dataColumn(index), style: { fill: COLORS.input } });
    const item = itemOf(role);
    if (role.kind === "rating") {
      const title = role.rater ? raterInputTitle(text(item.name), t, role.rater) : text(item.name);
      piece.validations.push({ ...ratingValidation(ctx, item, title, scaleCells), address: dataColumn(index) });
      return;
    }
    if (item.kind !== "kpi") return;
    piece.validations.push({
      address: dataColumn(index),
      rule: { kind: "decimal", min: -1e15, max: 1e15 },
      prompt: {
        title: clip(text(item.name), EXCEL_PROMPT_TITLE),
        message: clip(t.kpiPrompt(text(item.unit)), EXCEL_PROMPT_MESSAGE),
      },
      error: { title: clip(text(item.name), EXCEL_PROMPT_TITLE), message: t.numberError },
    });
  });
  const final = indexOf(columns, (role) => role.kind === "final");
  const grade = indexOf(columns, (role) => role.kind === "grade");
  piece.formats.push(
    { address: dataColumn(final), style: { bold: true } },
    { address: dataColumn(grade), style: { bold: true, horizontal: "center" } },
    { address: block(rows.header, 0, 1, columns.length), style: { bold: true, wrap: true } },
  );
  scale.grades.forEach((_, index) => {
    piece.conditionalFormats.push({
      address: dataColumn(grade),
      formula: `=${cell(rows.first, grade)}=${absolute(1 + index, scaleAt)}`,
      style: GRADE_STYLES[Math.min(index, GRADE_STYLES.length - 1)],
    });
  });
  return piece;
}

/** A rated item's validation: points of the scale, or its labels; the prompt shows the A–D anchors. */
function ratingValidation(
  { scale, options, t, text }: PlanContext,
  item: Item,
  title: string,
  scaleCells: ScaleColumns,
): Omit<PlannedValidation, "address"> {
  const anchors = item.kind === "rating" && item.anchors;
  const anchorText = anchors
    ? (["A", "B", "C", "D"] as const).map((g) => t.anchor(g, text(anchors[g]))).join("\n")
    : "";
  const labels = scale.grades.map((grade) => grade.label);
  const letters = options.ratingInput === "letters";
  return {
    rule: letters
      ? { kind: "list", source: `=${scaleCells.labels}` }
      : { kind: "decimal", min: scale.min, max: scale.max },
    prompt: {
      title: clip(title, EXCEL_PROMPT_TITLE),
      message: clip(
        [letters ? t.lettersPrompt(labels) : t.pointsPrompt(scale.min, scale.max), anchorText]
          .filter(Boolean)
          .join("\n"),
        EXCEL_PROMPT_MESSAGE,
      ),
    },
    error: {
      title: clip(title, EXCEL_PROMPT_TITLE),
      message: letters ? t.lettersError(labels) : t.pointsError(scale.min, scale.max),
    },
  };
}

/** The contents of one data row (0-based index among the employees): formulas filled in, inputs blank. */
export function tableRow(plan: SheetPlan, index: number): Content[] {
  const row = String(plan.table.headerRow + 2 + index);
  return plan.table.columns.map((column) => (column.formula ? column.formula.replaceAll("{row}", row) : null));
}

/** The table's address: header row plus one row per employee. */
export function tableAddress(plan: SheetPlan): string {
  return block(plan.table.headerRow, 0, plan.table.rows + 1, plan.table.columns.length);
}

/** The 0-based column of the first column whose role matches. */
export function findColumn(plan: SheetPlan, matches: (role: ColumnRole) => boolean): number {
  return plan.table.columns.findIndex((column) => matches(column.role));
}
