/** Weighted rubric scores: DOMAIN §3 HR.SCORE, the heart of HR.GRADE and HR.GRADES. */
import { type Block, type Cell, display, flatten, isBlank, isOmitted, readNumber, readRatio } from "./cells";
import { HrError, invalid, notAvailable } from "./errors";
import { exactSum, round9 } from "./numeric";
import { type Scale, findGrade } from "./scale";

/** Weights read once, for one row or for every row of a block: null where the weight cell is blank. */
export type Weights = readonly (number | null)[];

/** Reads a row of weights: finite numbers ≥ 0, "85%" meaning 0.85; blanks kept as null. */
export function readWeights(cells: readonly Cell[]): Weights {
  return cells.map((cell, index) => {
    if (isBlank(cell)) return null;
    const weight = readRatio(cell);
    if (weight === undefined) throw invalid("weightNotNumber", { item: index + 1, value: display(cell) });
    if (weight < 0) throw invalid("weightNegative", { item: index + 1, value: display(cell) });
    return weight;
  });
}

/** The weights an optional argument gives, read in row-major order; omitted means equal weights. */
export function weightsArgument(block: Block | null | undefined): Weights | null {
  return isOmitted(block) ? null : readWeights(flatten(block));
}

/** The points a score cell stands for (a number in range, or a grade label), or null when blank. */
export function readScore(cell: Cell, item: number, scale: Scale): number | null {
  let value: number;
  if (typeof cell === "number" && Number.isFinite(cell)) {
    value = cell;
  } else {
    if (isBlank(cell)) return null;
    const reading = readNumber(cell);
    if (reading?.percent) throw invalid("scorePercent", { item, value: display(cell), min: scale.min, max: scale.max });
    if (reading) {
      value = reading.value;
    } else {
      const grade = typeof cell === "string" ? findGrade(scale, cell) : undefined;
      if (!grade) throw invalid("scoreNotNumber", { item, value: display(cell) });
      if (grade.points === undefined) throw invalid("gradeWithoutPoints", { item, value: display(cell) });
      return grade.points;
    }
  }
  if (value < scale.min || value > scale.max) {
    throw invalid("scoreOutOfRange", { item, value: display(cell), min: scale.min, max: scale.max });
  }
  return value;
}

/** Scratch space for the weighted products and weights of one row: rows are scored one at a time. */
const products: number[] = [];
const used: number[] = [];

/**
 * Σ wᵢsᵢ ÷ Σ wᵢ over the non-blank scores, rounded to 9 decimals. `weights` null means equal weights.
 * Exact sums make the result independent of the items' order.
 */
export function weightedScore(scores: readonly Cell[], weights: Weights | null, scale: Scale): number {
  if (weights && weights.length !== scores.length) {
    throw invalid("weightCount", { scores: scores.length, weights: weights.length });
  }
  let count = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    const score = readScore(scores[i], i + 1, scale);
    if (score === null) continue;
    const weight = weights ? weights[i] : 1;
    if (weight === null) throw invalid("weightBlank", { item: i + 1 });
    products[count] = weight * score;
    used[count++] = weight;
    if (score < lowest) lowest = score;
    if (score > highest) highest = score;
  }
  if (count === 0) throw notAvailable("noScores");
  const totalWeight = exactSum(used, count);
  if (totalWeight === 0) throw new HrError("div0", "zeroWeights");
  // A mean lies between its inputs; the clamp keeps 9-decimal rounding from stepping outside them.
  return Math.min(Math.max(round9(exactSum(products, count) / totalWeight), lowest), highest);
}
