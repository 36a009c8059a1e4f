/**
 * KPI points from a step table: DOMAIN §3 HR.KPISTEP. The usual answer for a zero target, counts
 * of complaints, response times, or any indicator a company scores in bands, not proportionally.
 */
import { type Block, type Cell, display, isBlank, readNumber, readRatio } from "./cells";
import { invalid, notAvailable } from "./errors";
import type { Direction } from "./kpi";
import { formatNumber, round9 } from "./numeric";

/** One row of a step table: a value reaching `threshold` earns `points`. */
export interface Step {
  threshold: number;
  points: number;
}

/** Points a step gives lie within 0–100. */
export const STEP_POINTS = { min: 0, max: 100 } as const;

/**
 * Reads a range of rows `threshold | points` (exactly 2 columns, any order). Thresholds read like
 * KPI values ("95%" = 0.95); points are plain numbers 0–100. Blank rows are skipped, as in a scale;
 * a row with only one of its cells filled is an error. Row numbers in errors count from the
 * range's first row.
 */
export function readSteps(rows: Block): Step[] {
  const columns = rows[0]?.length ?? 0;
  if (columns !== 2) throw invalid("stepsColumns", { columns });
  const steps: Step[] = [];
  const rowOf = new Map<number, number>();
  rows.forEach(([thresholdCell, pointsCell], index) => {
    const row = index + 1;
    if (isBlank(thresholdCell) && isBlank(pointsCell)) return;
    if (isBlank(thresholdCell)) throw invalid("stepBlank", { row, field: "threshold" });
    if (isBlank(pointsCell)) throw invalid("stepBlank", { row, field: "points" });
    const threshold = readRatio(thresholdCell);
    if (threshold === undefined) throw invalid("stepThresholdNotNumber", { row, value: display(thresholdCell) });
    const points = readNumber(pointsCell);
    if (!points || points.percent || points.value < STEP_POINTS.min || points.value > STEP_POINTS.max) {
      throw invalid("stepPoints", { row, value: display(pointsCell) });
    }
    const first = rowOf.get(threshold);
    if (first !== undefined) throw invalid("stepDuplicateThreshold", { first, row, value: formatNumber(threshold) });
    rowOf.set(threshold, row);
    steps.push({ threshold, points: points.value });
  });
  if (steps.length === 0) throw invalid("stepsEmpty");
  return steps;
}

/**
 * Higher is better: the points of the highest threshold at or below the value, 0 below every
 * threshold. Lower is better: the points of the lowest threshold at or above the value, 0 above
 * every threshold. The value is compared after rounding to 9 decimals, so float noise in a
 * computed actual (0.1 + 0.2) cannot step over a threshold. `steps` comes from readSteps or a
 * template (unique thresholds, points 0–100).
 */
export function kpiStep(valueCell: Cell, steps: readonly Step[], direction: Direction): number {
  if (isBlank(valueCell)) throw notAvailable("kpiNoActual");
  const read = readRatio(valueCell);
  if (read === undefined) throw invalid("kpiNotNumber", { field: "actual", value: display(valueCell) });
  const value = round9(read);
  let reached: Step | undefined;
  for (const step of steps) {
    const counts =
      direction === "higher"
        ? step.threshold <= value && (!reached || step.threshold > reached.threshold)
        : step.threshold >= value && (!reached || step.threshold < reached.threshold);
    if (counts) reached = step;
  }
  return reached ? round9(reached.points) : 0;
}
