/**
 * Section 2: a sheet of appraisal rows in HyperFormula (GPL-3.0, dev only), graded by HR.GRADE from
 * the built bundle versus native formulas. Build = parse and first evaluation; recalculation = after
 * all five weights change, which makes every grade on the sheet stale.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { DEFAULT_SCALE, gradeOf, readWeights, weightedScore } from "../src";
import { loadFunctionsBundle } from "../test/support/bundle";
import { registerHrFunctions } from "../test/support/formula-engine";
import { type ScoreRow, WEIGHTS, scoreRows } from "./data";
import { formatCount, formatDuration, formatRatio, markdownTable } from "./table";
import { median, time } from "./timing";

/** Rows per sheet and timed builds of each sheet; a build of 50k rows takes seconds. */
const SIZES = [
  { rows: 10_000, runs: 5 },
  { rows: 50_000, runs: 3 },
];
const WARM_UP_ROWS = 2_000;

/** HyperFormula refuses sheets taller than maxRows, 40,000 by default. */
const ENGINE_CONFIG = { licenseKey: "gpl-v3", maxRows: 100_000 };

/** The weights written to B1:F1 for the timed recalculation. */
const NEW_WEIGHTS = [10, 30, 20, 25, 15];

/** H1:I4, lower bound | grade, ascending as VLOOKUP's approximate match needs. */
const SCALE_TABLE: RawCellContent[][] = [
  [0, "D"],
  [60, "C"],
  [80, "B"],
  [90, "A"],
];

const FORMULAS = {
  hr: (row: number) => `=HR.GRADE(B${row}:F${row},$B$1:$F$1)`,
  // SUMIF(…,"<>",…) adds the weights of the non-blank scores. The array form --(B2:F2<>"") is
  // rejected by HyperFormula unless useArrayArithmetic is on, and it has no TRUE literal: VLOOKUP's
  // 4th argument is left to its default, approximate match.
  native: (row: number) =>
    `=VLOOKUP(SUMPRODUCT(B${row}:F${row},$B$1:$F$1)/SUMIF(B${row}:F${row},"<>",$B$1:$F$1),$H$1:$I$4,2)`,
};
type Formula = keyof typeof FORMULAS;

const GRADE_COLUMN = 6; // G

/** Weights in B1:F1, scores in B:F from row 2, the grade formula in G, the scale table in H1:I4. */
function appraisalSheet(rows: readonly ScoreRow[], formula: Formula): RawCellContent[][] {
  const sheet: RawCellContent[][] = [["Weights", ...WEIGHTS, null, ...SCALE_TABLE[0]]];
  rows.forEach((scores, index) => {
    const sheetRow = index + 2;
    sheet.push([null, ...scores, FORMULAS[formula](sheetRow), ...(SCALE_TABLE[sheetRow - 1] ?? [])]);
  });
  return sheet;
}

/** Every k-th data row, about 500 in all: enough to catch a wrong formula, cheap to read. */
function sampleIndexes(count: number): number[] {
  const step = Math.max(1, Math.floor(count / 500));
  return Array.from({ length: Math.ceil(count / step) }, (_, i) => i * step);
}

function coreGrade(scores: ScoreRow, weights: readonly number[]): string {
  return gradeOf(DEFAULT_SCALE, weightedScore(scores, readWeights(weights), DEFAULT_SCALE)).label;
}

interface Run {
  buildMs: number;
  recalculationMs: number;
}

/** Builds the sheet, reads the sample, changes the weights, reads it again; checks both against the core. */
function buildAndRecalculate(sheet: RawCellContent[][], rows: readonly ScoreRow[], formula: Formula): Run {
  const build = time(() => HyperFormula.buildFromArray(sheet, ENGINE_CONFIG));
  const engine = build.result;
  try {
    const check = (weights: readonly number[], when: string) => {
      for (const index of sampleIndexes(rows.length)) {
        const shown = engine.getCellValue({ sheet: 0, col: GRADE_COLUMN, row: index + 1 });
        const expected = coreGrade(rows[index], weights);
        if (shown !== expected) {
          throw new Error(
            `${formula} ${when}: G${index + 2} shows ${JSON.stringify(shown)}, the core says ${expected}`,
          );
        }
      }
    };
    check(WEIGHTS, "after build");
    const recalculation = time(() =>
      engine.batch(() => engine.setCellContents({ sheet: 0, col: 1, row: 0 }, [NEW_WEIGHTS])),
    );
    check(NEW_WEIGHTS, "after the weights change");
    return { buildMs: build.ms, recalculationMs: recalculation.ms };
  } finally {
    engine.destroy();
  }
}

interface SizeResult {
  rows: number;
  build: Record<Formula, number>;
  recalculation: Record<Formula, number>;
}

function timeSize({ rows: count, runs }: (typeof SIZES)[number], progress: (message: string) => void): SizeResult {
  progress(`HyperFormula: ${formatCount(count)} rows`);
  const rows = scoreRows(count);
  const sheets = { hr: appraisalSheet(rows, "hr"), native: appraisalSheet(rows, "native") };
  const samples = { hr: [] as Run[], native: [] as Run[] };
  // Interleaved, as in section 1; one engine at a time, destroyed before the next is built.
  for (let i = 0; i < runs; i++) {
    for (const formula of ["hr", "native"] as const) {
      samples[formula].push(buildAndRecalculate(sheets[formula], rows, formula));
    }
  }
  const medianOf = (field: keyof Run) => ({
    hr: median(samples.hr.map((run) => run[field])),
    native: median(samples.native.map((run) => run[field])),
  });
  return { rows: count, build: medianOf("buildMs"), recalculation: medianOf("recalculationMs") };
}

/** Runs section 2 and returns its markdown. */
export function hyperFormulaSection(progress: (message: string) => void): string {
  const unregister = registerHrFunctions(loadFunctionsBundle());
  try {
    const warmUpRows = scoreRows(WARM_UP_ROWS);
    for (const formula of ["hr", "native"] as const) {
      buildAndRecalculate(appraisalSheet(warmUpRows, formula), warmUpRows, formula);
    }
    const results = SIZES.map((size) => timeSize(size, progress));
    const tableRows = results.map(({ rows, build, recalculation }) => [
      formatCount(rows),
      formatDuration(build.hr),
      formatDuration(build.native),
      formatRatio(build.hr / build.native),
      formatDuration(recalculation.hr),
      formatDuration(recalculation.native),
      formatRatio(recalculation.hr / recalculation.native),
    ]);
    return [
      `### HyperFormula ${HyperFormula.version}: build and recalculation, HR.GRADE against native formulas`,
      "",
      markdownTable(
        ["Rows", "Build, HR", "Build, native", "HR / native", "Recalc, HR", "Recalc, native", "HR / native"],
        tableRows,
        ["right", "right", "right", "right", "right", "right", "right"],
      ),
      "",
      `- One formula per row in G grades the 5 scores in B:F with the weights in B1:F1. HR: \`${FORMULAS.hr(2)}\`, ` +
        "registered from `dist/functions.js` loaded in a vm context (see above). " +
        `Native: \`${FORMULAS.native(2)}\`, with the scale 0 D / 60 C / 80 B / 90 A in H1:I4.`,
      "- Build: `HyperFormula.buildFromArray`, parsing and first evaluation. Recalc: `setCellContents` of new " +
        "weights on B1:F1 inside `batch`, which recomputes every grade.",
      `- Median of ${SIZES.map((s) => s.runs).join(" / ")} builds of each sheet, interleaved, after a ` +
        `${formatCount(WARM_UP_ROWS)}-row warm-up.`,
      "- Checked after build and after recalculation: on about 500 sampled rows both sheets show the core's grade.",
    ].join("\n");
  } finally {
    unregister();
  }
}
