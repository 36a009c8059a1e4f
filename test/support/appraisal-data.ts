/**
 * Seeded appraisal data for sheet plans, and what the core says every computed cell should show.
 * Shared by the formula-engine tests of the plans and the LibreOffice cross-check.
 */
import { type Cell, DEFAULT_SCALE, HrError, type Scale, makeScale } from "../../src";
import {
  type InputRole,
  type Item,
  SCALE_NAME,
  type SheetPlan,
  type Template,
  columnResult,
  evaluateRow,
  isInputRole,
  rowInputs,
  findTemplate,
  isStepKpi,
} from "../../src/templates";
import { seeded } from "../../scripts/sample-workbooks";

/** The template with every KPI gated: achievement below `floor` earns 0 points. */
export function withKpiFloor(template: Template, floor: number): Template {
  return {
    ...template,
    sections: template.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => (item.kind === "kpi" && !isStepKpi(item) ? { ...item, floor } : item)),
    })),
  };
}

/** Points on and around the default scale's bounds, and float noise that must not change a grade. */
const BOUNDARY_POINTS = [0, 59.99, 60, 79.999999999, 80, 89.6, 89.9999999996, 90, 95, 100];
/** Achievements exactly at a 60% gate, once through float noise (0.06 ÷ 0.1 = 0.5999999999999999). */
const GATE_PAIRS: [number, number][] = [
  [0.3, 0.5],
  [0.06, 0.1],
  [60, 100],
  [59.99999, 100],
  [120, 100],
];

/**
 * Inputs for one employee (index `employee`), by table column; null for computed columns and
 * cells left blank. Employee 0 fills everything at random, 1 leaves some cells blank (a KPI may
 * lack its target: #N/A), 2 enters points on the bounds, 3 nothing, 4 KPI values at the gate,
 * 5 scores of 90 whatever the weights, 6 a lower-is-better KPI with a zero target (#VALUE!),
 * others at random.
 */
export function sampleRow(plan: SheetPlan, template: Template, employee: number, next: () => number): Cell[] {
  const pattern = employee < 7 ? employee : 0;
  const itemOf = (role: InputRole) =>
    template.sections.find((s) => s.id === role.section)!.items.find((i) => i.id === role.item)!;
  const gate = GATE_PAIRS[Math.floor(next() * GATE_PAIRS.length)];
  return plan.table.columns.map((column): Cell => {
    const role = column.role;
    if (!isInputRole(role) || pattern === 3) return null;
    if (pattern === 1 && next() < 0.3) return null;
    if (role.kind === "rating") {
      if (pattern === 2) return BOUNDARY_POINTS[Math.floor(next() * BOUNDARY_POINTS.length)];
      if (pattern === 5) return 90;
      return Math.round(next() * 10000) / 100;
    }
    const item = itemOf(role);
    if (isStepKpi(item)) return stepValue(item.steps, pattern, next);
    const lower = item.kind === "kpi" && item.direction === "lower";
    if (pattern === 6 && lower && role.kind === "kpi-target") return 0;
    if (pattern === 4) {
      // lower is better: achievement 1 + (target − actual) ÷ target equals actual ÷ target mirrored
      const [actual, target] = gate;
      if (role.kind === "kpi-target") return target;
      return lower ? target * 2 - actual : actual;
    }
    const percent = item.kind === "kpi" && item.unit.en === "%";
    const target = percent ? 0.05 : 200;
    if (role.kind === "kpi-target") return target;
    return Math.round(target * (0.3 + next() * 1.2) * 1000) / 1000;
  });
}

/**
 * A step-scored KPI's actual: exactly on a threshold (pattern 4, the edge), else on, between, below
 * or above the thresholds, at random.
 */
function stepValue(steps: readonly { threshold: number }[], pattern: number, next: () => number): number {
  const thresholds = steps.map((step) => step.threshold);
  const pick = (values: number[]) => values[Math.floor(next() * values.length)];
  if (pattern === 4) return pick(thresholds);
  const low = Math.min(...thresholds);
  const high = Math.max(...thresholds);
  const spread = high - low || Math.abs(high) || 1;
  return pick([...thresholds, low - spread / 4, high + spread / 4, low + next() * spread]);
}

/** Rows of inputs for `employees` people, seeded by `seed`. */
export function sampleRows(plan: SheetPlan, template: Template, seed: string): Cell[][] {
  const next = seeded(seed);
  return Array.from({ length: plan.table.rows }, (_, employee) => sampleRow(plan, template, employee, next));
}

/** A computed cell as a spreadsheet shows it: a number, "" (not scored), a grade, or an error. */
export type Shown = number | string | { error: string };

export const EXCEL_ERRORS = { value: "#VALUE!", na: "#N/A", div0: "#DIV/0!" } as const;

/**
 * What the core computes for each computed column of a row (column index → shown value).
 * A row the core rejects shows the error in its final score and grade; its other cells are not
 * predicted (an error stays in its own section).
 */
export function expectedRow(
  plan: SheetPlan,
  template: Template,
  raters: boolean,
  inputs: readonly Cell[],
  scale: Scale = DEFAULT_SCALE,
): Map<number, Shown> {
  const expected = new Map<number, Shown>();
  try {
    const result = evaluateRow(template, raters, rowInputs(plan, inputs), scale);
    plan.table.columns.forEach((column, index) => {
      if (!isInputRole(column.role) && column.formula) expected.set(index, columnResult(column.role, result) ?? "");
    });
  } catch (error) {
    if (!(error instanceof HrError)) throw error;
    plan.table.columns.forEach((column, index) => {
      if (column.role.kind === "final" || column.role.kind === "grade") {
        expected.set(index, { error: EXCEL_ERRORS[error.kind] });
      }
    });
  }
  return expected;
}

/**
 * Two 9-decimal numbers one unit apart (14.997750112, 14.997750113) differ by a hair more than
 * 1e-9 in binary. One unit is what an engine whose ROUND does not decide a half-way case on 15
 * significant digits, as Excel's does, can differ by (HyperFormula at 14.9977501125).
 */
const ONE_UNIT_IN_9TH_DECIMAL = 1e-9 * (1 + 1e-6);

/** Whether a shown value matches the expected one: numbers within 1e-9, the rest exactly. */
export function sameShown(actual: unknown, expected: Shown): boolean {
  if (typeof expected === "number") {
    return typeof actual === "number" && Math.abs(actual - expected) <= ONE_UNIT_IN_9TH_DECIMAL;
  }
  if (typeof expected === "object") {
    return typeof actual === "object" && actual !== null && (actual as { error?: string }).error === expected.error;
  }
  return actual === expected;
}

export const templateById = (id: string) => {
  const template = findTemplate(id);
  if (!template) throw new Error(`no template ${id}`);
  return template;
};

const rotate = <T>(list: readonly T[]) => [...list.slice(1), list[0]];

/**
 * The template as HR might edit its sheet: every list of weights rotated by one (items, sections,
 * raters: still 100% each), every step table's points rotated and its rows reversed.
 */
export function editedTemplate(template: Template): Template {
  const sectionWeights = rotate(template.sections.map((section) => section.weight));
  const raterWeights = rotate(template.raters.map((rater) => rater.weight));
  const editedSteps = (item: Item): Item => {
    if (!isStepKpi(item)) return item;
    const points = rotate(item.steps.map((step) => step.points));
    return { ...item, steps: item.steps.map((step, i) => ({ ...step, points: points[i] })).reverse() };
  };
  return {
    ...template,
    raters: template.raters.map((rater, r) => ({ ...rater, weight: raterWeights[r] })),
    sections: template.sections.map((section, s) => {
      const itemWeights = rotate(section.items.map((item) => item.weight));
      return {
        ...section,
        weight: sectionWeights[s],
        items: section.items.map((item, i) => editedSteps({ ...item, weight: itemWeights[i] })),
      };
    }),
  };
}

/** A scale as HR might edit the sheet's block: A from 85, B from 75 (points inside the bands). */
export const EDITED_SCALE = makeScale([
  { label: "A", lower: 85, points: 95 },
  { label: "B", lower: 75, points: 80 },
  { label: "C", lower: 60, points: 70 },
  { label: "D", lower: 0, points: 50 },
]);

/** The scale block's rows as an edited sheet might hold them: C, A, D, B (any order is a scale). */
export const EDITED_SCALE_ROWS: [string, number, number][] = ["C", "A", "D", "B"].map((label) => {
  const grade = EDITED_SCALE.grades.find((g) => g.label === label)!;
  return [label, grade.lower, grade.points!];
});

/**
 * The plan as a sheet whose weights and scale block were edited after insertion: the formulas
 * of `plan`, the constants of the plan of the edited template, the scale rows reordered.
 */
export function editedSheet(plan: SheetPlan, edited: SheetPlan): SheetPlan {
  const scale = edited.names.find((name) => name.name === SCALE_NAME)!.address.replace(/\$/g, "");
  return {
    ...plan,
    writes: edited.writes.map((write) => (write.address === scale ? { ...write, contents: EDITED_SCALE_ROWS } : write)),
  };
}
