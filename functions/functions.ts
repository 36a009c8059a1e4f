/**
 * The HR custom functions (DOMAIN §3): thin calls into the shared adapters (adapters.ts) through
 * Excel's door (excel.ts). The JSDoc of each function is the source of dist/functions.json; its
 * Chinese twin comes from functions/locales/zh-CN.json. CustomFunctionsMetadataPlugin appends the
 * CustomFunctions.associate calls to this file when it is bundled.
 */
import { excelFunctions } from "./excel";

/**
 * Weighted score of one employee: the mean of the non-blank scores, weighted and rounded to 9 decimals.
 * @customfunction SCORE
 * @param scores Item scores: points on the scale (0–100) or grade labels such as A or 超过目标. Blank cells are not scored.
 * @param weights One weight per score (20, 0.2 or 20%), relative. Omit for equal weights.
 * @param scale Custom scale: rows of label | lower bound [| points [| upper bound]]. Omit for A/B/C/D.
 * @returns The weighted score.
 */
export function score(scores: unknown[][], weights?: unknown[][], scale?: unknown[][]): number {
  return excelFunctions.score(scores, weights, scale);
}

/**
 * Grade of one employee: the band of the weighted score, e.g. =HR.GRADE(B2:F2).
 * @customfunction GRADE
 * @param scores Item scores: points on the scale (0–100) or grade labels. Blank cells are not scored.
 * @param weights One weight per score (20, 0.2 or 20%), relative. Omit for equal weights.
 * @param scale Custom scale: rows of label | lower bound [| points [| upper bound]]. Omit for A/B/C/D.
 * @returns The grade label.
 */
export function grade(scores: unknown[][], weights?: unknown[][], scale?: unknown[][]): string {
  return excelFunctions.grade(scores, weights, scale);
}

/**
 * The grade whose band contains a score.
 * @customfunction BAND
 * @param score A score on the scale (0–100 by default).
 * @param scale Custom scale: rows of label | lower bound [| points [| upper bound]]. Omit for A/B/C/D.
 * @returns The grade label.
 */
export function band(score: unknown, scale?: unknown[][]): string {
  return excelFunctions.band(score, scale);
}

/**
 * Grades of a whole block, one per row (one employee per row), spilled as a column. A blank row gives an empty cell; a bad row gives an error in its own cell only.
 * @customfunction GRADES
 * @param scores Block of item scores, one row per employee.
 * @param weights One weight per column (20, 0.2 or 20%), relative. Omit for equal weights.
 * @param scale Custom scale: rows of label | lower bound [| points [| upper bound]]. Omit for A/B/C/D.
 * @returns One grade per row.
 */
export function grades(scores: unknown[][], weights?: unknown[][], scale?: unknown[][]): unknown[][] {
  return excelFunctions.grades(scores, weights, scale);
}

/**
 * Points for one KPI: achievement against target, gated by a floor and capped, times 100.
 * @customfunction KPISCORE
 * @param actual The actual value.
 * @param target The target value.
 * @param direction "higher" (default, 越高越好) or "lower" (越低越好) is better.
 * @param floor Achievement below this earns 0 points, e.g. 0.6 or "60%". Default 0.
 * @param cap Achievement above this counts as the cap, e.g. 1.2 or "120%". Default 1 (100%).
 * @returns KPI points.
 */
export function kpiScore(
  actual: unknown,
  target: unknown,
  direction?: unknown,
  floor?: unknown,
  cap?: unknown,
): number {
  return excelFunctions.kpiScore(actual, target, direction, floor, cap);
}

/**
 * Points for a KPI scored by a step table: the points of the highest threshold the value reaches (lower is better: the lowest threshold it stays within), 0 when it reaches none.
 * @customfunction KPISTEP
 * @param value The actual value, e.g. 0.95, "95%" or 3 (complaints).
 * @param steps Step table: 2 columns, threshold and points (0–100), one row per step, in any order.
 * @param direction "higher" (default, 越高越好): a value at or above a threshold earns its points; "lower" (越低越好): at or below.
 * @returns KPI points.
 */
export function kpiStepScore(value: unknown, steps: unknown[][], direction?: unknown): number {
  return excelFunctions.kpiStep(value, steps, direction);
}

/**
 * Calibrated scores, one per row, spilled as a column: each rater's scores re-expressed on the mean and spread of all scores. A blank score gives an empty cell; a bad row gives an error in its own cell only.
 * @customfunction NORMALIZE
 * @param scores The scores, one column: points on the scale (0–100) or grade labels.
 * @param raters Who gave each score, one column of the same rows.
 * @param min_ratings A rater with fewer scores than this keeps them as they are. Default 3.
 * @param scale Custom scale: rows of label | lower bound [| points [| upper bound]]; results stay within its range. Omit for A/B/C/D.
 * @returns One calibrated score per row.
 */
export function normalize(
  scores: unknown[][],
  raters: unknown[][],
  min_ratings?: unknown,
  scale?: unknown[][],
): unknown[][] {
  return excelFunctions.normalize(scores, raters, min_ratings, scale);
}

/**
 * Forced-distribution table of a column of grades: count, actual and target share, target count (largest remainder), difference and status per grade.
 * @customfunction DISTRIBUTION
 * @param grades The grades to count; blank cells are not counted.
 * @param policy Target shares: rows of grade | share (45% or 0.45). Omit for A 45%, B 30%, C 20%, D 5%.
 * @param scale Custom scale whose grades are counted: rows of label | lower bound [| points [| upper bound]]. Omit for A/B/C/D.
 * @returns A table with a header row and one row per grade.
 */
export function distribution(grades: unknown[][], policy?: unknown[][], scale?: unknown[][]): unknown[][] {
  return excelFunctions.distribution(grades, policy, scale);
}
