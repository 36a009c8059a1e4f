/**
 * Rater calibration: DOMAIN §3 HR.NORMALIZE. Each score is re-expressed so that every rater's
 * scores share the mean and spread of all scores, removing a lenient or severe rater's offset.
 */
import { type Block, type Cell, display, isBlank, normalizeText, readNumber } from "./cells";
import { HrError, invalid } from "./errors";
import { exactSum, round9 } from "./numeric";
import { DEFAULT_SCALE, type Scale } from "./scale";
import { readScore } from "./scoring";
import { type Host, hrFunction } from "./templates/formulas";

/** Raters with fewer scores than this keep their scores: too few to judge (the default of min_ratings). */
export const DEFAULT_MIN_RATINGS = 3;

/** One output row: the calibrated score, "" for a blank score, or the row's own error. */
export type NormalizedRow = number | "" | HrError;

/** min_ratings: blank means the default; otherwise a whole number ≥ 1. */
export function readMinRatings(cell: Cell): number {
  if (isBlank(cell)) return DEFAULT_MIN_RATINGS;
  const reading = readNumber(cell);
  if (!reading || reading.percent || !Number.isInteger(reading.value) || reading.value < 1) {
    throw invalid("normalizeMinRatings", { value: display(cell) });
  }
  return reading.value;
}

/** The cells of a one-column range, top to bottom. */
export function singleColumn(block: Block, field: "scores" | "raters"): Cell[] {
  const columns = block[0]?.length ?? 0;
  if (columns !== 1) throw invalid("normalizeColumns", { field, columns });
  return block.map((row) => row[0]);
}

/** Rater names are compared after trimming, case-insensitively (full-width letters as ASCII). */
const raterKey = (cell: Cell) => normalizeText(display(cell)).toLowerCase();

/** Mean and population standard deviation of a list of scores; spread 0 when all are equal. */
function meanAndSpread(values: readonly number[]): { mean: number; sd: number } {
  const mean = exactSum(values) / values.length;
  if (values.every((value) => value === values[0])) return { mean, sd: 0 };
  const squares = values.map((value) => (value - mean) ** 2);
  return { mean, sd: Math.sqrt(exactSum(squares) / values.length) };
}

/**
 * M and SD over all non-blank scores; per rater r, n_r, m_r and sd_r. With n_r ≥ minRatings:
 * s′ = M + (s − m_r) × SD ÷ sd_r, or s − m_r + M when sd_r = 0; with fewer, s′ = s. Clipped to the
 * scale's range, rounded to 9 decimals. A row whose score is bad or has no rater gets its own
 * error and counts in no statistic. Exact sums make the result independent of the rows' order.
 */
export function normalizeScores(
  scores: readonly Cell[],
  raters: readonly Cell[],
  minRatings = DEFAULT_MIN_RATINGS,
  scale: Scale = DEFAULT_SCALE,
): NormalizedRow[] {
  if (scores.length !== raters.length) {
    throw invalid("normalizeRowCount", { scores: scores.length, raters: raters.length });
  }
  const results: NormalizedRow[] = new Array<NormalizedRow>(scores.length).fill("");
  /** Each row's rater group; -1 for a row with no calibrated score (blank, or its own error). */
  const raterOf = new Int32Array(scores.length).fill(-1);
  const values = new Float64Array(scores.length);
  const groupOfKey = new Map<string, number>();
  const groupOfCell = new Map<Cell, number>(); // the same cell text again: no normalising it again
  const groups: number[][] = [];
  const all: number[] = [];
  // Pass 1: read each row once.
  for (let i = 0; i < scores.length; i++) {
    let score: number | null;
    try {
      score = readScore(scores[i], i + 1, scale);
    } catch (error) {
      if (!(error instanceof HrError)) throw error;
      results[i] = error;
      continue;
    }
    if (score === null) continue;
    const rater = raters[i];
    if (isBlank(rater)) {
      results[i] = invalid("normalizeNoRater", { row: i + 1 });
      continue;
    }
    let group = groupOfCell.get(rater);
    if (group === undefined) {
      const key = raterKey(rater);
      group = groupOfKey.get(key);
      if (group === undefined) {
        group = groups.push([]) - 1;
        groupOfKey.set(key, group);
      }
      groupOfCell.set(rater, group);
    }
    groups[group].push(score);
    all.push(score);
    values[i] = score;
    raterOf[i] = group;
  }
  if (all.length === 0) return results;
  // Per rater: s′ = M + (s − m_r) × ratio, the ratio SD ÷ sd_r, or 1 when sd_r = 0 (s − m_r + M).
  const overall = meanAndSpread(all);
  const means = new Float64Array(groups.length);
  const ratios = new Float64Array(groups.length);
  const eligible = new Uint8Array(groups.length);
  groups.forEach((group, g) => {
    const { mean, sd } = meanAndSpread(group);
    means[g] = mean;
    ratios[g] = sd > 0 ? overall.sd / sd : 1;
    eligible[g] = group.length >= minRatings ? 1 : 0;
  });
  // Pass 2: the calibrated scores.
  for (let i = 0; i < scores.length; i++) {
    const g = raterOf[i];
    if (g < 0) continue;
    const s = values[i];
    const calibrated = eligible[g] ? overall.mean + (s - means[g]) * ratios[g] : s;
    results[i] = round9(Math.min(Math.max(calibrated, scale.min), scale.max));
  }
  return results;
}

/**
 * The formula a rater view offers to copy, e.g. =HR.NORMALIZE(J8:J40,D8:D40) (=NORMALIZE(…) in
 * Google Sheets): the score and rater columns by letter, the first and last data row (1-based).
 */
export function normalizeFormula(
  scoreColumn: string,
  raterColumn: string,
  firstRow: number,
  lastRow: number,
  host: Host = "excel",
): string {
  const range = (column: string) => `${column}${firstRow}:${column}${lastRow}`;
  return `=${hrFunction(host, "NORMALIZE")}(${range(scoreColumn)},${range(raterColumn)})`;
}
