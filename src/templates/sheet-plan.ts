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
 * The grade scale sits to the right as an editable block named HR_Scale.
 *
 * The formulas come in two dialects (./formulas): the add-in's HR functions, or portable native
 * formulas for workbooks opened without the add-in. The layout is the same; a portable sheet adds
 * note rows under the header fields saying what its formulas cannot read.
 */
import { z } from "zod";
import type { Language } from "../messages";
import { DEFAULT_SCALE, type Scale } from "../scale";
import { absolute, absoluteBlock, block, cell, columnName } from "./a1";
import { hrFormulas, portableFormulas } from "./formulas";
import { LABELS } from "./labels";
import { Cycle, RaterRole, type Item, type KpiItem, type LocalText, type Template } from "./schema";

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
  table: PlannedTable;
  /** Names scoped to the new sheet. */
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
  /** Width of each column from A, in characters. */
  columnWidths: number[];
}

export const SCALE_NAME = "HR_Scale";
/** Sheet-scoped names HR_Total_1, HR_Total_2… point at the weight totals. */
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

/** A sheet name Excel accepts (≤ 31 characters, none of []:*?/\) that no sheet has yet. */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, "-")
      .replace(/^'+|'+$/g, "")
      .trim() || "Appraisal";
  const used = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = `${base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** A table name (letters, digits, _) that no table or name has yet. */
export function uniqueTableName(templateId: string, taken: readonly string[]): string {
  const base = `HR_${templateId.replace(/[^A-Za-z0-9]/g, "_")}`;
  const used = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}_${n}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

const percentFormat = (fraction: number) => (Number.isInteger(Math.round(fraction * 1e6) / 1e4) ? "0%" : "0.00%");

/** Builds the plan of a template. Throws a zod error for invalid options. */
export function planSheet(template: Template, rawOptions: PlanOptions, scale: Scale = DEFAULT_SCALE): SheetPlan {
  const options = PlanOptions.parse(rawOptions);
  const lang = options.language;
  const t = LABELS[lang];
  const text = (local: LocalText) => local[lang];
  const raterColumns = options.raters && template.raters.length > 1;
  const hasKpi = template.sections.some((section) => section.items.some((item) => item.kind === "kpi"));
  const multiSection = template.sections.length > 1;
  const portable = options.formulas === "portable";
  const formulas = portable
    ? portableFormulas({ higher: t.higher, lower: t.lower, max: scale.max })
    : hrFormulas(SCALE_NAME);
  const notes = portable ? t.portableNotes(scale.min, scale.max) : [];

  // Rows, top to bottom (0-based).
  let next = 0;
  const TITLE = next++;
  const INFO = next++;
  const META = next++;
  const NOTES = next;
  next += notes.length;
  const RATER_NAMES = raterColumns ? next++ : -1;
  const RATER_WEIGHTS = raterColumns ? next++ : -1;
  next++; // a blank row before the weights
  const SECTION_HEAD = next++;
  const ITEM_WEIGHTS = next++;
  const SECTION_WEIGHTS = multiSection ? next++ : -1;
  const KPI_DIRECTION = hasKpi ? next++ : -1;
  const KPI_FLOOR = hasKpi ? next++ : -1;
  const KPI_CAP = hasKpi ? next++ : -1;
  const HEADER = next++;
  const FIRST = HEADER + 1;
  const dataColumn = (column: number) => block(FIRST, column, options.employees);
  const rowCell = (column: number) => `${columnName(column)}{row}`;
  const rowRange = (first: number, last: number) => `${rowCell(first)}:${rowCell(last)}`;

  const plan: SheetPlan = {
    sheetName: uniqueSheetName(`${text(template.role)} ${options.period}`, options.takenSheetNames),
    language: lang,
    templateId: template.id,
    writes: [],
    table: {
      name: uniqueTableName(template.id, options.takenNames),
      headerRow: HEADER,
      rows: options.employees,
      columns: [],
    },
    names: [],
    validations: [],
    conditionalFormats: [],
    formats: [],
    merges: [],
    itemWeightsRow: ITEM_WEIGHTS,
    weightTotals: [],
    freeze: { rows: FIRST, columns: 1 },
    columnWidths: [],
  };
  const put = (row: number, column: number, content: Content, style?: CellStyle) => {
    plan.writes.push({ address: cell(row, column), contents: [[content]] });
    if (style) plan.formats.push({ address: cell(row, column), style });
  };
  const columns = plan.table.columns;
  const widths: number[] = [];
  const addColumn = (column: PlannedColumn, width: number) => {
    columns.push(column);
    widths.push(width);
    return columns.length - 1;
  };
  const redWhenNot100 = (address: string) =>
    plan.conditionalFormats.push({
      address,
      formula: `=ROUND(${address.split(":")[0]},9)<>1`,
      style: { fill: COLORS.warning, fontColor: COLORS.warningText, bold: true },
    });
  /** A weight cell; `title` names its row (rater, item or section weights) in the error alert. */
  const weightCell = (row: number, column: number, percent: number, title: string) => {
    const fraction = percent / 100;
    put(row, column, fraction, { fill: COLORS.weight, numberFormat: percentFormat(fraction) });
    plan.validations.push({
      address: cell(row, column),
      rule: { kind: "decimal", min: 0, max: 1 },
      error: { title, message: t.weightError },
    });
  };
  const totalCell = (row: number, column: number, sumOf: string) => {
    put(row, column, `=SUM(${sumOf})`, { bold: true, numberFormat: "0.##%" });
    redWhenNot100(cell(row, column));
    plan.weightTotals.push(cell(row, column));
    // Named, so a later readiness check finds the totals of an inserted sheet without the plan.
    plan.names.push({ name: `${WEIGHT_TOTAL_NAME}${plan.weightTotals.length}`, address: absolute(row, column) });
  };

  // The scale block, right of the table: written after the columns are known.
  const scaleRows = scale.grades.length;

  // Info columns.
  addColumn({ header: t.employee, role: { kind: "info", field: "name" } }, 14);
  addColumn({ header: t.employeeId, role: { kind: "info", field: "id" } }, 11);
  addColumn({ header: t.department, role: { kind: "info", field: "department" } }, 14);
  addColumn({ header: t.manager, role: { kind: "info", field: "manager" } }, 12);

  // Rater weights: one block, used by every rated item.
  const raterWeightsRange = raterColumns ? absoluteBlock(RATER_WEIGHTS, 1, 1, template.raters.length) : "";
  if (raterColumns) {
    put(RATER_NAMES, 0, t.raters, { bold: true });
    put(RATER_WEIGHTS, 0, t.raterWeights, { bold: true });
    template.raters.forEach((rater, index) => {
      put(RATER_NAMES, 1 + index, t.raterNames[rater.role], { horizontal: "center" });
      weightCell(RATER_WEIGHTS, 1 + index, rater.weight, t.raterWeights);
    });
    const totalColumn = 1 + template.raters.length;
    put(RATER_NAMES, totalColumn, t.total, { horizontal: "center" });
    totalCell(RATER_WEIGHTS, totalColumn, block(RATER_WEIGHTS, 1, 1, template.raters.length));
  }

  const scaleColumn = () => columns.length + 1; // one blank column after the table
  const ratingValidation = (item: Item, title: string): PlannedValidation => {
    const anchors = item.kind === "rating" && item.anchors;
    const anchorText = anchors
      ? (["A", "B", "C", "D"] as const).map((g) => t.anchor(g, text(anchors[g]))).join("\n")
      : "";
    const labels = scale.grades.map((grade) => grade.label);
    if (options.ratingInput === "letters") {
      return {
        address: "", // set when the column is known
        rule: { kind: "list", source: "" },
        prompt: {
          title: clip(title, EXCEL_PROMPT_TITLE),
          message: clip([t.lettersPrompt(labels), anchorText].filter(Boolean).join("\n"), EXCEL_PROMPT_MESSAGE),
        },
        error: { title: clip(title, EXCEL_PROMPT_TITLE), message: t.lettersError(labels) },
      };
    }
    return {
      address: "",
      rule: { kind: "decimal", min: scale.min, max: scale.max },
      prompt: {
        title: clip(title, EXCEL_PROMPT_TITLE),
        message: clip(
          [t.pointsPrompt(scale.min, scale.max), anchorText].filter(Boolean).join("\n"),
          EXCEL_PROMPT_MESSAGE,
        ),
      },
      error: { title: clip(title, EXCEL_PROMPT_TITLE), message: t.pointsError(scale.min, scale.max) },
    };
  };
  const pendingRatingValidations: { column: number; validation: PlannedValidation }[] = [];
  const inputColumn = (column: number, validation: PlannedValidation | undefined) => {
    plan.formats.push({ address: dataColumn(column), style: { fill: COLORS.input } });
    if (validation) pendingRatingValidations.push({ column, validation });
  };
  // Sections.
  const sectionScoreSources: { id: string; first: number; last: number; name: string; weight: number }[] = [];
  for (const section of template.sections) {
    const groupStart = columns.length;
    const kpiInputs = new Map<string, { target: number; actual: number }>();
    for (const item of section.items) {
      if (item.kind !== "kpi") continue;
      const unitIsPercent = item.unit.en === "%";
      const numberFormat = unitIsPercent ? "0.00%" : undefined;
      const target = addColumn(
        {
          header: t.kpiTarget(text(item.name)),
          role: { kind: "kpi-target", section: section.id, item: item.id },
          numberFormat,
        },
        11,
      );
      const actual = addColumn(
        {
          header: t.kpiActual(text(item.name)),
          role: { kind: "kpi-actual", section: section.id, item: item.id },
          numberFormat,
        },
        11,
      );
      for (const column of [target, actual]) {
        inputColumn(column, undefined);
        plan.validations.push({
          address: dataColumn(column),
          rule: { kind: "decimal", min: -1e15, max: 1e15 },
          prompt: {
            title: clip(text(item.name), EXCEL_PROMPT_TITLE),
            message: clip(t.kpiPrompt(text(item.unit)), EXCEL_PROMPT_MESSAGE),
          },
          error: { title: clip(text(item.name), EXCEL_PROMPT_TITLE), message: t.numberError },
        });
      }
      kpiInputs.set(item.id, { target, actual });
    }
    const raterInputs = new Map<string, number[]>();
    if (raterColumns) {
      for (const item of section.items) {
        if (item.kind !== "rating") continue;
        raterInputs.set(
          item.id,
          template.raters.map((rater) => {
            const header = t.raterScore(text(item.name), t.raterNames[rater.role]);
            const column = addColumn(
              { header, role: { kind: "rating", section: section.id, item: item.id, rater: rater.role } },
              10,
            );
            inputColumn(column, ratingValidation(item, header));
            return column;
          }),
        );
      }
    }
    const firstScore = columns.length;
    for (const item of section.items) {
      const name = text(item.name);
      let column: number;
      if (item.kind === "kpi") {
        const { target, actual } = kpiInputs.get(item.id)!;
        column = addColumn(
          {
            header: t.kpiPoints(name),
            role: { kind: "kpi-points", section: section.id, item: item.id },
            numberFormat: "0.00",
          },
          10,
        );
        columns[column].formula = formulas.kpiPoints({
          actual: rowCell(actual),
          target: rowCell(target),
          direction: absolute(KPI_DIRECTION, column),
          floor: absolute(KPI_FLOOR, column),
          cap: absolute(KPI_CAP, column),
        });
        kpiParameters(item, column);
      } else if (raterColumns) {
        const inputs = raterInputs.get(item.id)!;
        const range = rowRange(inputs[0], inputs[inputs.length - 1]);
        column = addColumn(
          {
            header: t.itemScore(name),
            role: { kind: "item-score", section: section.id, item: item.id },
            numberFormat: "0.00",
            formula: formulas.score(range, inputs.length, raterWeightsRange),
          },
          10,
        );
      } else {
        column = addColumn({ header: name, role: { kind: "rating", section: section.id, item: item.id } }, 10);
        inputColumn(column, ratingValidation(item, name));
      }
      weightCell(ITEM_WEIGHTS, column, item.weight, t.itemWeights);
    }
    const lastScore = columns.length - 1;
    sectionScoreSources.push({
      id: section.id,
      first: firstScore,
      last: lastScore,
      name: text(section.name),
      weight: section.weight,
    });
    plan.merges.push(block(SECTION_HEAD, groupStart, 1, columns.length - groupStart));
    put(SECTION_HEAD, groupStart, text(section.name), { bold: true, horizontal: "center", fill: COLORS.weight });
  }

  function kpiParameters(item: KpiItem, column: number) {
    put(KPI_DIRECTION, column, item.direction === "higher" ? t.higher : t.lower, { fill: COLORS.weight });
    plan.validations.push({
      address: cell(KPI_DIRECTION, column),
      rule: { kind: "text", values: [t.higher, t.lower] },
      error: { title: t.kpiDirection, message: t.directionError(t.higher, t.lower) },
    });
    for (const [row, value] of [
      [KPI_FLOOR, item.floor],
      [KPI_CAP, item.cap],
    ] as const) {
      put(row, column, value, { fill: COLORS.weight, numberFormat: "0%" });
      plan.validations.push({
        address: cell(row, column),
        rule: { kind: "decimal", min: 0, max: 10 },
        error: { title: row === KPI_FLOOR ? t.kpiFloor : t.kpiCap, message: t.numberError },
      });
    }
  }

  // Section scores, final score, grade.
  const scoreOf = (first: number, last: number, weightsRow: number) => {
    const count = last - first + 1;
    return formulas.score(rowRange(first, last), count, absoluteBlock(weightsRow, first, 1, count));
  };
  let finalColumn: number;
  if (multiSection) {
    const firstSectionScore = columns.length;
    for (const source of sectionScoreSources) {
      const column = addColumn(
        {
          header: t.sectionScore(source.name),
          role: { kind: "section-score", section: source.id },
          numberFormat: "0.00",
          formula: scoreOf(source.first, source.last, ITEM_WEIGHTS),
        },
        11,
      );
      totalCell(ITEM_WEIGHTS, column, block(ITEM_WEIGHTS, source.first, 1, source.last - source.first + 1));
      weightCell(SECTION_WEIGHTS, column, source.weight, t.sectionWeights);
    }
    const lastSectionScore = columns.length - 1;
    finalColumn = addColumn(
      {
        header: t.finalScore,
        role: { kind: "final" },
        numberFormat: "0.00",
        formula: scoreOf(firstSectionScore, lastSectionScore, SECTION_WEIGHTS),
      },
      11,
    );
    totalCell(
      SECTION_WEIGHTS,
      finalColumn,
      block(SECTION_WEIGHTS, firstSectionScore, 1, lastSectionScore - firstSectionScore + 1),
    );
    plan.merges.push(block(SECTION_HEAD, firstSectionScore, 1, finalColumn - firstSectionScore + 1));
    put(SECTION_HEAD, firstSectionScore, t.total, { bold: true, horizontal: "center" });
  } else {
    const [only] = sectionScoreSources;
    finalColumn = addColumn(
      {
        header: t.finalScore,
        role: { kind: "final" },
        numberFormat: "0.00",
        formula: scoreOf(only.first, only.last, ITEM_WEIGHTS),
      },
      11,
    );
    totalCell(ITEM_WEIGHTS, finalColumn, block(ITEM_WEIGHTS, only.first, 1, only.last - only.first + 1));
    put(SECTION_HEAD, finalColumn, t.total, { bold: true, horizontal: "center" });
  }
  const gradeColumn = addColumn(
    {
      header: t.grade,
      role: { kind: "grade" },
      formula: formulas.band(rowCell(finalColumn)),
    },
    8,
  );
  plan.formats.push({ address: dataColumn(finalColumn), style: { bold: true } });
  plan.formats.push({ address: dataColumn(gradeColumn), style: { bold: true, horizontal: "center" } });

  // Row labels of the weights block.
  put(ITEM_WEIGHTS, 0, t.itemWeights, { bold: true });
  if (multiSection) put(SECTION_WEIGHTS, 0, t.sectionWeights, { bold: true });
  if (hasKpi) {
    put(KPI_DIRECTION, 0, t.kpiDirection, { bold: true });
    put(KPI_FLOOR, 0, t.kpiFloor, { bold: true });
    put(KPI_CAP, 0, t.kpiCap, { bold: true });
  }

  // Header block.
  const lastTableColumn = columns.length - 1;
  put(TITLE, 0, t.title(text(template.role)), { bold: true, fontSize: 14 });
  plan.merges.push(block(TITLE, 0, 1, Math.min(lastTableColumn + 1, 8)));
  put(INFO, 0, t.department, { bold: true });
  put(INFO, 1, text(template.department));
  put(INFO, 2, t.period, { bold: true });
  put(INFO, 3, options.period);
  put(INFO, 4, t.reviewer, { bold: true });
  put(INFO, 5, null, { fill: COLORS.input });
  put(META, 0, t.cycle, { bold: true });
  put(META, 1, t.cycles[options.cycle]);
  put(META, 2, t.source, { bold: true });
  put(META, 3, `${t.seedSource(template.seed)} · ${template.id}`, { italic: true, fontColor: COLORS.muted });
  notes.forEach((line, index) => put(NOTES + index, 0, line, { italic: true, fontColor: COLORS.note }));

  // The scale, editable, named HR_Scale: editing it recalculates every grade.
  const scaleAt = scaleColumn();
  plan.writes.push({
    address: block(0, scaleAt, 1, 3),
    contents: [[t.scaleLabel, t.scaleLower, t.scalePoints]],
  });
  plan.formats.push({ address: block(0, scaleAt, 1, 3), style: { bold: true } });
  plan.writes.push({
    address: block(1, scaleAt, scaleRows, 3),
    contents: scale.grades.map((grade) => [grade.label, grade.lower, grade.points ?? null]),
  });
  plan.formats.push({ address: block(1, scaleAt, scaleRows, 3), style: { fill: COLORS.weight } });
  plan.names.push({ name: SCALE_NAME, address: absoluteBlock(1, scaleAt, scaleRows, 3) });
  const scaleLabels = absoluteBlock(1, scaleAt, scaleRows, 1);
  const scaleLowers = absoluteBlock(1, scaleAt + 1, scaleRows, 1);
  for (const column of columns) {
    if (column.formula)
      column.formula = formulas.placeScale(column.formula, { labels: scaleLabels, lowers: scaleLowers });
  }
  if (portable) {
    // Native formulas cannot explain a bad bound; validation keeps bounds and points numbers.
    plan.validations.push({
      address: block(1, scaleAt + 1, scaleRows, 2),
      rule: { kind: "decimal", min: Math.min(0, scale.min), max: scale.max },
      error: { title: t.scale, message: t.scaleBoundError(scale.max) },
    });
  }
  scale.grades.forEach((_, index) => {
    plan.conditionalFormats.push({
      address: dataColumn(gradeColumn),
      formula: `=${cell(FIRST, gradeColumn)}=${absolute(1 + index, scaleAt)}`,
      style: GRADE_STYLES[Math.min(index, GRADE_STYLES.length - 1)],
    });
  });
  widths[scaleAt - 1] = 3;
  widths[scaleAt] = 8;
  widths[scaleAt + 1] = 8;
  widths[scaleAt + 2] = 8;

  for (const { column, validation } of pendingRatingValidations) {
    plan.validations.push({
      ...validation,
      address: dataColumn(column),
      rule: validation.rule.kind === "list" ? { kind: "list", source: `=${scaleLabels}` } : validation.rule,
    });
  }

  // Table header (unique names, as Excel tables require).
  const seen = new Map<string, number>();
  for (const column of columns) {
    const count = (seen.get(column.header) ?? 0) + 1;
    seen.set(column.header, count);
    if (count > 1) column.header = `${column.header} (${count})`;
  }
  plan.formats.push({ address: block(HEADER, 0, 1, columns.length), style: { bold: true, wrap: true } });
  plan.formats.push({ address: block(SECTION_HEAD, 0, HEADER - SECTION_HEAD, 1), style: { wrap: true } });
  plan.columnWidths = Array.from({ length: widths.length }, (_, index) => widths[index] ?? 10);
  return plan;
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
