/** Forced distribution: counting grades and the largest-remainder target counts (DOMAIN §3–§4). */
import { type Cell, display, isBlank } from "./cells";
import { invalid, notAvailable } from "./errors";
import { DISTRIBUTION_STATUS, type Language } from "./messages";
import { round9 } from "./numeric";
import { type Policy, sharesOnScale } from "./policy";
import { type Scale, findGrade } from "./scale";

/**
 * Largest-remainder target counts: floor every N×share, then hand the people left over to the
 * largest fractional parts (ties: earlier grade first). Shares are normalised, so counts sum to N.
 */
export function targetCounts(total: number, shares: readonly number[]): number[] {
  const shareSum = shares.reduce((sum, share) => sum + share, 0);
  const exact = shares.map((share) => (shareSum > 0 ? round9((total * share) / shareSum) : 0));
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((sum, count) => sum + count, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - counts[index] }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    counts[index]++;
    left--;
  }
  return counts;
}

/** Where a cell sits in the list it came from (0-based) and what it held. */
export interface CellProblem {
  index: number;
  value: Cell;
}

export interface Tally {
  /** Count per grade, in scale order. */
  counts: number[];
  /** Number of graded cells: the N of the distribution. */
  total: number;
  /** Non-blank cells that are not a grade of the scale. */
  invalid: CellProblem[];
  /** Indexes of blank cells. */
  blank: number[];
}

/** Counts grade labels (and their Chinese names) per grade of the scale. */
export function tallyGrades(cells: readonly Cell[], scale: Scale): Tally {
  const position = new Map(scale.grades.map((grade, index) => [grade, index]));
  const tally: Tally = { counts: scale.grades.map(() => 0), total: 0, invalid: [], blank: [] };
  cells.forEach((value, index) => {
    if (isBlank(value)) return void tally.blank.push(index);
    const grade = typeof value === "string" ? findGrade(scale, value) : undefined;
    if (!grade) return void tally.invalid.push({ index, value });
    tally.counts[position.get(grade)!]++;
    tally.total++;
  });
  return tally;
}

export interface DistributionRow {
  grade: string;
  count: number;
  /** Fractions: 0.45 = 45%. */
  actualShare: number;
  targetShare: number;
  targetCount: number;
  /** count − targetCount: positive means too many people in this grade. */
  difference: number;
}

/** One row per grade of the scale, from a tally. */
export function distributionRows(tally: Tally, policy: Policy, scale: Scale): DistributionRow[] {
  const shares = sharesOnScale(policy, scale);
  const targets = targetCounts(tally.total, shares);
  return scale.grades.map((grade, index) => ({
    grade: grade.label,
    count: tally.counts[index],
    actualShare: tally.total ? tally.counts[index] / tally.total : 0,
    targetShare: shares[index],
    targetCount: targets[index],
    difference: tally.counts[index] - targets[index],
  }));
}

/** HR.DISTRIBUTION's rows: every non-blank cell must be a grade; at least one grade is needed. */
export function distribution(cells: readonly Cell[], policy: Policy, scale: Scale): DistributionRow[] {
  const tally = tallyGrades(cells, scale);
  const [first] = tally.invalid;
  if (first) throw invalid("notAGrade", { item: first.index + 1, value: display(first.value) });
  if (tally.total === 0) throw notAvailable("noGrades");
  return distributionRows(tally, policy, scale);
}

/** The status of a grade's Difference in the table's language: OK / +n / -n, 符合 / 多 n 人 / 少 n 人. */
export function differenceStatus(difference: number, language: Language = "en"): string {
  return DISTRIBUTION_STATUS[language](difference);
}
