/**
 * Section 2: rater calibration and step-table KPIs. HR.NORMALIZE on a column of scores against a
 * plain two-pass loop; HR.KPISTEP per call against HR.KPISCORE, as Excel calls them cell by cell.
 */
import { DEFAULT_SCALE, kpiPoints, kpiStep, normalizeScores, readKpiRule, readSteps } from "../src";
import { loadFunctionsBundle } from "../test/support/bundle";
import { BLANK_SHARE, mulberry32 } from "./data";
import { formatCount, formatDuration, formatRate, formatRatio, markdownTable } from "./table";
import { functionsInMainContext } from "./throughput";
import { race } from "./timing";

const SIZES = [
  { rows: 10_000, warmups: 3, runs: 15 },
  { rows: 100_000, warmups: 2, runs: 7 },
];
/** People per rater: a team of about 15, as in the seeds' departments. */
const TEAM = 15;
const SEED = 20261130;

interface Column {
  scores: (number | null)[];
  raters: string[];
}

/**
 * Scores 0–100 with two decimals, BLANK_SHARE blank; each rater has an offset of ±10 points (lenient
 * or severe) and rates about TEAM people, in shuffled order.
 */
function calibrationColumn(rows: number): Column {
  const random = mulberry32(SEED + rows);
  const raterCount = Math.max(1, Math.round(rows / TEAM));
  const offsets = Array.from({ length: raterCount }, () => (random() - 0.5) * 20);
  const scores: (number | null)[] = [];
  const raters: string[] = [];
  for (let r = 0; r < rows; r++) {
    const rater = Math.floor(random() * raterCount);
    raters.push(`Rater ${rater + 1}`);
    if (random() < BLANK_SHARE) {
      scores.push(null);
      continue;
    }
    const points = Math.min(100, Math.max(0, 75 + offsets[rater] + (random() - 0.5) * 40));
    scores.push(Math.round(points * 100) / 100);
  }
  return { scores, raters };
}

/**
 * The fastest code that gives calibrated scores: per rater, a sum pass for the means and a pass for
 * the squared deviations, then the formula. No reading of text, no rounding, no clipping.
 */
function baselineNormalize({ scores, raters }: Column, minRatings: number): (number | null)[] {
  const index = new Map<string, number>();
  const raterOf = new Int32Array(scores.length);
  const count: number[] = [];
  const sum: number[] = [];
  let n = 0;
  let total = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s === null) continue;
    let r = index.get(raters[i]);
    if (r === undefined) {
      r = count.length;
      index.set(raters[i], r);
      count.push(0);
      sum.push(0);
    }
    raterOf[i] = r;
    count[r]++;
    sum[r] += s;
    n++;
    total += s;
  }
  const mean = total / n;
  const means = sum.map((value, r) => value / count[r]);
  const squares = count.map(() => 0);
  let allSquares = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s === null) continue;
    squares[raterOf[i]] += (s - means[raterOf[i]]) ** 2;
    allSquares += (s - mean) ** 2;
  }
  const sd = Math.sqrt(allSquares / n);
  const sds = squares.map((value, r) => Math.sqrt(value / count[r]));
  return scores.map((s, i) => {
    if (s === null) return null;
    const r = raterOf[i];
    if (count[r] < minRatings) return s;
    return sds[r] > 0 ? mean + ((s - means[r]) * sd) / sds[r] : s - means[r] + mean;
  });
}

type NormalizeFunction = (scores: unknown[][], raters: unknown[][], minRatings: unknown, scale: unknown) => unknown[][];

const NORMALIZE_CONTENDERS = {
  baseline: "Baseline: plain two-pass loop",
  core: "Core normalizeScores",
  bundleMain: "Bundle HR.NORMALIZE in the main context",
  bundleVm: "Bundle HR.NORMALIZE in a vm context",
};
type NormalizeName = keyof typeof NORMALIZE_CONTENDERS;

/** The largest difference between the baseline and the core on rows the core did not clip. */
function checkNormalize(column: Column, results: Record<NormalizeName, unknown>): number {
  const core = results.core as unknown[];
  for (const name of ["bundleMain", "bundleVm"] as const) {
    const cells = (results[name] as unknown[][]).map(([cell]) => cell);
    const row = core.findIndex((value, i) => cells[i] !== value);
    if (row >= 0) throw new Error(`${NORMALIZE_CONTENDERS[name]}: row ${row + 1} differs from the core`);
  }
  const baseline = results.baseline as (number | null)[];
  let largest = 0;
  core.forEach((value, i) => {
    if (column.scores[i] === null) {
      if (value !== "" || baseline[i] !== null) throw new Error(`row ${i + 1}: a blank score was not left blank`);
      return;
    }
    if (value === DEFAULT_SCALE.min || value === DEFAULT_SCALE.max) return; // clipped by the core only
    largest = Math.max(largest, Math.abs((value as number) - (baseline[i] as number)));
  });
  if (largest > 1e-9) throw new Error(`the baseline differs from the core by ${largest}`);
  return largest;
}

function normalizeTable(progress: (message: string) => void) {
  const main = functionsInMainContext().get("NORMALIZE") as NormalizeFunction;
  const inVm = loadFunctionsBundle().functions.get("NORMALIZE") as unknown as NormalizeFunction;
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const size of SIZES) {
    progress(`calibration: HR.NORMALIZE on ${formatCount(size.rows)} rows`);
    const column = calibrationColumn(size.rows);
    const scoreCells = column.scores.map((score) => [score]);
    const raterCells = column.raters.map((rater) => [rater]);
    const timings = race<NormalizeName>(
      {
        baseline: () => baselineNormalize(column, 3),
        core: () => normalizeScores(column.scores, column.raters),
        bundleMain: () => main(scoreCells, raterCells, null, null),
        bundleVm: () => inVm(scoreCells, raterCells, null, null),
      },
      size,
    );
    const largest = checkNormalize(
      column,
      Object.fromEntries(Object.entries(timings).map(([name, timing]) => [name, timing.result])) as Record<
        NormalizeName,
        unknown
      >,
    );
    notes.push(`${formatCount(size.rows)}: ${largest.toExponential(1)}`);
    for (const name of Object.keys(NORMALIZE_CONTENDERS) as NormalizeName[]) {
      const { medianMs } = timings[name];
      rows.push([
        formatCount(size.rows),
        NORMALIZE_CONTENDERS[name],
        formatDuration(medianMs),
        formatRate(size.rows / (medianMs / 1000)),
        name === "baseline" ? "baseline" : `${formatRatio(medianMs / timings.baseline.medianMs)} baseline`,
      ]);
    }
  }
  return { rows, notes };
}

/** Calls per timed run of the per-call functions. */
const CALLS = 100_000;

const STEP_CONTENDERS = {
  kpiScore: 'Bundle HR.KPISCORE(actual, target, "lower")',
  kpiStep: 'Bundle HR.KPISTEP(actual, 4 steps, "lower")',
};
type StepName = keyof typeof STEP_CONTENDERS;

function stepTable(progress: (message: string) => void) {
  progress(`calibration: HR.KPISTEP and HR.KPISCORE, ${formatCount(CALLS)} calls`);
  const functions = functionsInMainContext();
  const kpiScore = functions.get("KPISCORE") as (...args: unknown[]) => number;
  const kpiStepFn = functions.get("KPISTEP") as (...args: unknown[]) => number;
  const random = mulberry32(SEED);
  // response times in hours against a 12-hour target, and the catalog's step table
  const actuals = Array.from({ length: CALLS }, () => Math.round(random() * 3000) / 100);
  const steps = [
    [1, 100],
    [4, 90],
    [12, 80],
    [24, 60],
  ];
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const timings = race<StepName>(
    {
      kpiScore: () => sum(actuals.map((actual) => kpiScore(actual, 12, "lower", null, null))),
      kpiStep: () => sum(actuals.map((actual) => kpiStepFn(actual, steps, "lower"))),
    },
    { warmups: 3, runs: 15 },
  );
  const coreStep = sum(actuals.map((actual) => kpiStep(actual, readSteps(steps), "lower")));
  const coreScore = sum(actuals.map((actual) => kpiPoints(actual, 12, readKpiRule("lower", null, null))));
  if (timings.kpiStep.result !== coreStep) throw new Error("HR.KPISTEP differs from the core");
  if (timings.kpiScore.result !== coreScore) throw new Error("HR.KPISCORE differs from the core");
  return (Object.keys(STEP_CONTENDERS) as StepName[]).map((name) => {
    const { medianMs } = timings[name];
    return [
      STEP_CONTENDERS[name],
      `${((medianMs * 1e6) / CALLS).toFixed(0)} ns`,
      formatRate(CALLS / (medianMs / 1000)),
      name === "kpiScore" ? "baseline" : `${formatRatio(medianMs / timings.kpiScore.medianMs)} HR.KPISCORE`,
    ];
  });
}

/** Runs section 2 and returns its markdown. */
export function calibrationSection(progress: (message: string) => void): string {
  const normalize = normalizeTable(progress);
  const steps = stepTable(progress);
  return [
    "### Rater calibration: HR.NORMALIZE against a plain two-pass loop",
    "",
    markdownTable(["Rows", "Contender", "Median time", "Rows/s", "Time vs baseline"], normalize.rows, [
      "right",
      "left",
      "right",
      "right",
      "right",
    ]),
    "",
    `- Data: one column of scores 0–100 with two decimals, ${BLANK_SHARE * 100}% blank, and one of raters, ` +
      `about ${TEAM} people each, every rater ±10 points lenient or severe; the same arrays for every contender.`,
    "- Baseline: per rater a pass for the means and one for the squared deviations, then the formula; no " +
      "reading of cells, no exact sums, no rounding or clipping.",
    "- Core and bundle: `normalizeScores`, and `HR.NORMALIZE(scores, raters)` on the whole column (one call): " +
      "cells read once, exact sums (the result does not depend on the rows' order), 9-decimal rounding, " +
      "clipping to 0–100.",
    `- Median of ${SIZES.map((s) => s.runs).join(" / ")} runs after ${SIZES.map((s) => s.warmups).join(" / ")} ` +
      "warm-ups, contenders interleaved.",
    "- Checked: both bundles equal the core on every row; the baseline differs from the core by at most " +
      `${normalize.notes.join(", ")} on the rows the core did not clip.`,
    "",
    "### Step-table KPIs: HR.KPISTEP per call against HR.KPISCORE",
    "",
    markdownTable(["Contender", "Per call", "Calls/s", "Time vs HR.KPISCORE"], steps, [
      "left",
      "right",
      "right",
      "right",
    ]),
    "",
    `- ${formatCount(CALLS)} calls per run, as Excel calls a function once per cell: seeded response times ` +
      "0–30 hours; HR.KPISCORE against a target of 12 hours, HR.KPISTEP with the steps 1 → 100, 4 → 90, " +
      '12 → 80, 24 → 60 passed as a 4 × 2 range (read on every call, as Excel passes it), both `"lower"`.',
    "- Bundle: `dist/functions.js` compiled in the main context. Median of 15 runs after 3 warm-ups.",
    "- Checked: the bundle's points equal the core's (sum over all calls).",
  ].join("\n");
}
