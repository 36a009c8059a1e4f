/**
 * Section 1: grades per second for blocks of appraisal rows, from the core called directly and from
 * HR.GRADES in the built bundle, against the fastest plain loop over the same data.
 */
import { readFileSync } from "fs";
import { join } from "path";
import vm from "vm";
import { DEFAULT_SCALE, gradeOf, readWeights, weightedScore } from "../src";
import { DIST, ExcelError, loadFunctionsBundle } from "../test/support/bundle";
import { type ScoreRow, BLANK_SHARE, WEIGHTS, scoreRows } from "./data";
import { formatCount, formatDuration, formatRate, formatRatio, markdownTable } from "./table";
import { type Timing, race } from "./timing";

/**
 * Rows per block, with warm-up and timed runs. 1M rows get the fewest runs and no warm-up: the
 * smaller blocks have already warmed the same code, and one round of 1M rows takes ~20 s.
 */
const SIZES = [
  { rows: 10_000, warmups: 3, runs: 15 },
  { rows: 100_000, warmups: 2, runs: 7 },
  { rows: 1_000_000, warmups: 0, runs: 3 },
];

/** The baseline's hard-coded bands, best first. */
const BAND_EDGES = [90, 80, 60];

/** The fastest code that gives the grades: weighted mean and fixed bands; no validation, no rounding. */
function baselineGrades(rows: readonly ScoreRow[], weights: readonly number[]): string[] {
  const grades: string[] = [];
  for (const row of rows) {
    let weighted = 0;
    let total = 0;
    for (let i = 0; i < row.length; i++) {
      const score = row[i];
      if (score === null) continue;
      weighted += weights[i] * score;
      total += weights[i];
    }
    const mean = weighted / total;
    grades.push(mean >= 90 ? "A" : mean >= 80 ? "B" : mean >= 60 ? "C" : "D");
  }
  return grades;
}

/** The core as HR.GRADES uses it: weights read once, then score and band per row. */
function coreGrades(rows: readonly ScoreRow[], weightCells: readonly number[] | null): string[] {
  const weights = weightCells && readWeights(weightCells);
  const grades: string[] = [];
  for (const row of rows) grades.push(gradeOf(DEFAULT_SCALE, weightedScore(row, weights, DEFAULT_SCALE)).label);
  return grades;
}

type GradesFunction = (scores: unknown[][], weights: unknown[][] | null, scale: unknown[][] | null) => unknown[][];

function gradesFunction(functions: ReadonlyMap<string, unknown>): GradesFunction {
  const grades = functions.get("GRADES");
  if (!grades) throw new Error("dist/functions.js does not associate GRADES");
  return grades as GradesFunction;
}

/** HR.GRADES from dist/functions.js in a fresh vm context, as the tests load it. */
function gradesInVmContext(): GradesFunction {
  return gradesFunction(loadFunctionsBundle().functions);
}

/**
 * The functions of dist/functions.js compiled in this context, with CustomFunctions and Office passed
 * in. In a vm context every global lookup (Math, Number, Infinity…) goes through Node's
 * interceptors, which costs more than the grading itself; Excel's runtimes have no such layer.
 */
export function functionsInMainContext(): Map<string, unknown> {
  const functions = new Map<string, unknown>();
  const customFunctions = { associate: (id: string, fn: unknown) => functions.set(id, fn), Error: ExcelError };
  const office = { context: { displayLanguage: "en-US" } };
  const source = readFileSync(join(DIST, "functions.js"), "utf8");
  vm.compileFunction(source, ["CustomFunctions", "Office"], { filename: "functions.js" })(customFunctions, office);
  return functions;
}

/** HR.GRADES from the same file compiled in this context. */
function gradesInMainContext(): GradesFunction {
  return gradesFunction(functionsInMainContext());
}

const CONTENDERS = {
  baseline: "Baseline: plain loop, weighted",
  coreWeighted: "Core, weighted",
  coreEqual: "Core, equal weights",
  bundleWeighted: "Bundle HR.GRADES in a vm context, weighted",
  bundleEqual: "Bundle HR.GRADES in a vm context, equal weights",
  bundleMainContext: "Bundle HR.GRADES in the main context, weighted",
};
type ContenderName = keyof typeof CONTENDERS;

/** Grade labels from either shape: a list (baseline, core) or HR.GRADES' one-column block. */
function labels(result: unknown): unknown[] {
  return (result as unknown[]).map((cell) => (Array.isArray(cell) ? cell[0] : cell));
}

function assertSameGrades(what: string, actual: unknown[], expected: unknown[]): void {
  if (actual.length !== expected.length)
    throw new Error(`${what}: ${actual.length} grades for ${expected.length} rows`);
  const row = expected.findIndex((grade, index) => actual[index] !== grade);
  if (row >= 0)
    throw new Error(`${what}: row ${row + 1} is ${String(actual[row])}, the core says ${String(expected[row])}`);
}

/**
 * Rows where the baseline's grade differs from the core's. Allowed only at a band edge, where the
 * core's 9-decimal rounding turns float noise such as 89.99999999999999 into 90 and the baseline
 * does not; any other difference means one of the two is broken.
 */
function baselineEdgeRows(rows: readonly ScoreRow[], baseline: unknown[], core: unknown[]): number {
  let edgeRows = 0;
  rows.forEach((row, index) => {
    if (baseline[index] === core[index]) return;
    const scored = row.flatMap((score, item) => (score === null ? [] : [[score, WEIGHTS[item]]]));
    const mean = scored.reduce((sum, [s, w]) => sum + s * w, 0) / scored.reduce((sum, [, w]) => sum + w, 0);
    if (!BAND_EDGES.some((edge) => Math.abs(mean - edge) < 1e-9)) {
      throw new Error(`baseline: row ${index + 1} is ${String(baseline[index])}, the core says ${String(core[index])}`);
    }
    edgeRows++;
  });
  return edgeRows;
}

interface Bundles {
  vmContext: GradesFunction;
  mainContext: GradesFunction;
}

interface SizeResult {
  rows: number;
  timings: Record<ContenderName, Timing>;
  baselineEdgeRows: number;
  gradeMix: Map<unknown, number>;
}

function timeSize(
  { rows: count, warmups, runs }: (typeof SIZES)[number],
  bundles: Bundles,
  progress: (message: string) => void,
): SizeResult {
  progress(`throughput: ${formatCount(count)} rows`);
  const rows = scoreRows(count);
  const weightRow = [[...WEIGHTS]];
  const timings = race<ContenderName>(
    {
      baseline: () => baselineGrades(rows, WEIGHTS),
      coreWeighted: () => coreGrades(rows, WEIGHTS),
      coreEqual: () => coreGrades(rows, null),
      bundleWeighted: () => bundles.vmContext(rows, weightRow, null),
      bundleEqual: () => bundles.vmContext(rows, null, null),
      bundleMainContext: () => bundles.mainContext(rows, weightRow, null),
    },
    { warmups, runs },
  );
  const core = labels(timings.coreWeighted.result);
  for (const name of ["bundleWeighted", "bundleMainContext"] as const) {
    assertSameGrades(CONTENDERS[name], labels(timings[name].result), core);
  }
  assertSameGrades(CONTENDERS.bundleEqual, labels(timings.bundleEqual.result), labels(timings.coreEqual.result));
  const gradeMix = new Map<unknown, number>();
  for (const grade of core) gradeMix.set(grade, (gradeMix.get(grade) ?? 0) + 1);
  return {
    rows: count,
    timings,
    baselineEdgeRows: baselineEdgeRows(rows, labels(timings.baseline.result), core),
    gradeMix,
  };
}

/** Runs section 1 and returns its markdown. */
export function throughputSection(progress: (message: string) => void): string {
  const bundles = { vmContext: gradesInVmContext(), mainContext: gradesInMainContext() };
  const results = SIZES.map((size) => timeSize(size, bundles, progress));
  const tableRows = results.flatMap(({ rows, timings }) =>
    (Object.keys(CONTENDERS) as ContenderName[]).map((name) => {
      const { medianMs } = timings[name];
      const ratio = medianMs / timings.baseline.medianMs;
      return [
        formatCount(rows),
        CONTENDERS[name],
        formatDuration(medianMs),
        formatRate(rows / (medianMs / 1000)),
        name === "baseline" ? "baseline" : `${formatRatio(ratio)} baseline`,
      ];
    }),
  );
  const largest = results[results.length - 1];
  const mix = ["A", "B", "C", "D"]
    .map((grade) => `${grade} ${(((largest.gradeMix.get(grade) ?? 0) / largest.rows) * 100).toFixed(0)}%`)
    .join(", ");
  const edgeRows = results.map((result) => `${result.baselineEdgeRows} of ${formatCount(result.rows)}`).join(", ");
  return [
    "### Grades per second: core and bundle against a plain loop",
    "",
    markdownTable(["Rows", "Contender", "Median time", "Rows/s", "Time vs baseline"], tableRows, [
      "right",
      "left",
      "right",
      "right",
      "right",
    ]),
    "",
    `- Data: rows of 5 seeded scores, integers and two-decimal numbers in 0–100, ${BLANK_SHARE * 100}% blank ` +
      `(weighted grades ${mix}); weights ${WEIGHTS.join("/")}; the same arrays for every contender.`,
    `- Baseline: a plain loop, weighted mean and bands at ${BAND_EDGES.join("/")}, no validation, no rounding.`,
    "- Core: `gradeOf(DEFAULT_SCALE, weightedScore(row, weights, DEFAULT_SCALE))` per row, weights read once.",
    "- Bundle: `HR.GRADES` from `dist/functions.js`, one call on the whole block. In a vm context (as the " +
      "tests load it) every global lookup such as `Math.abs` goes through Node's context interceptors; " +
      "compiled in the main context, the same file runs at the speed a browser runtime would give it.",
    `- Median of ${SIZES.map((s) => s.runs).join(" / ")} runs after ${SIZES.map((s) => s.warmups).join(" / ")} ` +
      "warm-ups, contenders interleaved.",
    "- Checked: every bundle's grades equal the core's on every row; the baseline differs only within 1e-9 of " +
      `a band edge (${edgeRows} rows), where the core's 9-decimal rounding absorbs float noise.`,
  ].join("\n");
}
