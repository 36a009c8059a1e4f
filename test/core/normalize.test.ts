import fc from "fast-check";
import {
  DEFAULT_SCALE,
  HrError,
  type NormalizedRow,
  makeScale,
  normalizeFormula,
  normalizeScores,
  readMinRatings,
  singleColumn,
} from "../../src";
import { errorOf } from "../support/errors";

/** The rows' results with errors as their English message, numbers to `digits` decimals. */
const shown = (rows: NormalizedRow[], digits = 9) =>
  rows.map((row) =>
    row instanceof HrError ? row.message : typeof row === "number" ? Number(row.toFixed(digits)) : row,
  );

describe("rater calibration (HR.NORMALIZE): the contract's example", () => {
  test("X 90, 95, 100 and Y 70, 75, 80 both become 71.771, 85, 98.229 (M = 85, SD ≈ 10.801)", () => {
    const result = normalizeScores([90, 95, 100, 70, 75, 80], ["X", "X", "X", "Y", "Y", "Y"]);
    expect(shown(result, 3)).toEqual([71.771, 85, 98.229, 71.771, 85, 98.229]);
    // M + (s − m_r) × SD ÷ sd_r, rounded to 9 decimals
    const sd = Math.sqrt(700 / 6);
    const sdRater = Math.sqrt(50 / 3);
    expect(result[0]).toBe(Number((85 - (5 * sd) / sdRater).toFixed(9)));
  });
});

describe("rater calibration: edges", () => {
  test("a blank score gives an empty cell and counts in no mean", () => {
    const result = normalizeScores([90, null, 95, 100, " ", 70, 75, 80], ["X", "X", "X", "X", "Y", "Y", "Y", "Y"]);
    expect(shown(result, 3)).toEqual([71.771, "", 85, 98.229, "", 71.771, 85, 98.229]);
  });

  test("a score with a blank rater errs in its own row only, and counts in no mean", () => {
    const result = normalizeScores([90, 95, 100, 60, 70, 75, 80], ["X", "X", "X", " ", "Y", "Y", "Y"]);
    expect(shown(result, 3)).toEqual([71.771, 85, 98.229, "The score at row 4 has no rater", 71.771, 85, 98.229]);
    const error = result[3] as HrError;
    expect([error.kind, error.text("zh")]).toEqual(["value", "第 4 行有得分，但评价人为空"]);
  });

  test("a bad score errs in its own row only", () => {
    const result = normalizeScores(["abc", 90, 95, 100, 105], ["X", "X", "X", "X", "Y"]);
    expect(shown(result).slice(0, 1)).toEqual(["Score 'abc' at item 1 is not a number or grade"]);
    expect(shown(result)[4]).toBe("Score 105 at item 5 is outside the scale's range 0–100");
    expect(shown(result, 3).slice(1, 4)).toEqual([90, 95, 100]); // X alone: its mean and spread are everyone's
  });

  test("a rater with 2 ratings keeps them (too few to judge); min_ratings 2 calibrates them", () => {
    const scores = [90, 95, 100, 70, 80];
    const raters = ["X", "X", "X", "Y", "Y"];
    const kept = normalizeScores(scores, raters);
    expect(kept.slice(3)).toEqual([70, 80]);
    const calibrated = normalizeScores(scores, raters, 2);
    expect(calibrated.slice(3)).not.toEqual([70, 80]);
    // Y's two scores now sit symmetrically around everyone's mean 87
    expect(((calibrated[3] as number) + (calibrated[4] as number)) / 2).toBeCloseTo(87, 9);
  });

  test("a rater whose scores are all equal: s − m_r + M, i.e. everyone's mean", () => {
    const result = normalizeScores([90, 90, 90, 70, 75, 80], ["X", "X", "X", "Y", "Y", "Y"]);
    const mean = (90 * 3 + 70 + 75 + 80) / 6;
    expect(result.slice(0, 3)).toEqual([mean, mean, mean].map((m) => Number(m.toFixed(9))));
  });

  test("equal scores of a rater stay equal whatever float noise their mean has", () => {
    const result = normalizeScores([0.1, 0.1, 0.1, 50, 60, 70], ["X", "X", "X", "Y", "Y", "Y"]);
    expect(new Set(result.slice(0, 3)).size).toBe(1);
  });

  test("calibrated scores are clipped to the scale's range: at 0 and at 100", () => {
    const scores = [40, 80, 80, 80, 0, 100, 0, 100];
    const raters = ["X", "X", "X", "X", "Y", "Y", "Y", "Y"];
    // unclipped: 60 + (40 − 70) × SD ÷ sd_X = −7.08…
    expect(shown(normalizeScores(scores, raters), 6)).toEqual([
      0, 82.36068, 82.36068, 82.36068, 21.270167, 98.729833, 21.270167, 98.729833,
    ]);
    const high = normalizeScores([50, 50, 100, 90, 91, 92], ["X", "X", "X", "Y", "Y", "Y"]);
    expect([high[2], high[5]]).toEqual([100, 100]);
  });

  test("rater names match after trimming, case-insensitively, full-width letters too", () => {
    const result = normalizeScores([90, 95, 100, 70, 75, 80], [" Wang ", "wang", "ＷＡＮＧ", "Li", "LI", "li "]);
    expect(shown(result, 3)).toEqual([71.771, 85, 98.229, 71.771, 85, 98.229]);
  });

  test("scores read as in HR.SCORE: numeric text, full-width digits, grade labels", () => {
    const result = normalizeScores(["９０", " 95 ", "A", 70, 75, "C"], ["X", "X", "X", "Y", "Y", "Y"]);
    const same = normalizeScores([90, 95, 95, 70, 75, 70], ["X", "X", "X", "Y", "Y", "Y"]);
    expect(result).toEqual(same);
  });

  test("a custom scale sets the range scores must lie in and are clipped to", () => {
    const fivePoint = makeScale(
      [
        { label: "5", lower: 4.5 },
        { label: "4", lower: 3.5 },
        { label: "3", lower: 2.5 },
        { label: "2", lower: 1.5 },
        { label: "1", lower: 1 },
      ],
      5,
    );
    // X's 2 would be 3.25 + (2 − 3.5) × 1.561 ÷ 0.866 = 0.546, below the scale's minimum 1
    const result = normalizeScores([2, 4, 4, 4, 1, 5, 1, 5], ["X", "X", "X", "X", "Y", "Y", "Y", "Y"], 3, fivePoint);
    expect(shown(result, 3)).toEqual([1, 4.151, 4.151, 4.151, 1.689, 4.811, 1.689, 4.811]);
    expect(shown(normalizeScores([0.5], ["X"], 3, fivePoint))).toEqual([
      "Score 0.5 at item 1 is outside the scale's range 1–5",
    ]);
  });

  test("no scores at all: every row is empty", () => {
    expect(normalizeScores([null, ""], ["X", null])).toEqual(["", ""]);
  });
});

describe("rater calibration: arguments", () => {
  test("scores and raters must have the same number of rows", () => {
    const error = errorOf(() => normalizeScores([90, 80], ["X"]));
    expect([error.kind, error.message]).toEqual([
      "value",
      "2 scores but 1 raters: select two columns of the same rows",
    ]);
    expect(error.text("zh")).toBe("得分有 2 行，评价人却有 1 行：请选择行数相同的两列");
  });

  test("each must be one column", () => {
    expect(singleColumn([[1], [2]], "scores")).toEqual([1, 2]);
    const error = errorOf(() => singleColumn([["X", "Y"]], "raters"));
    expect([error.message, error.text("zh")]).toEqual([
      "Raters must be one column, not 2",
      "评价人须为一列，当前为 2 列",
    ]);
  });

  test("min_ratings: blank is 3; a whole number ≥ 1, numeric text too", () => {
    expect([null, "", 1, 5, "4"].map(readMinRatings)).toEqual([3, 3, 1, 5, 4]);
    for (const bad of [0, 2.5, -1, "x", "50%", true]) {
      const error = errorOf(() => readMinRatings(bad));
      expect(error.kind).toBe("value");
      expect(error.message).toMatch(/^min_ratings '.*' must be a whole number of at least 1$/);
    }
  });

  test("the formula a rater view offers to copy", () => {
    expect(normalizeFormula("J", "D", 8, 40)).toBe("=HR.NORMALIZE(J8:J40,D8:D40)");
    expect(normalizeFormula("J", "D", 8, 40, "sheets")).toBe("=NORMALIZE(J8:J40,D8:D40)");
  });
});

describe("properties of rater calibration", () => {
  const RATERS = ["A", "B", "C", "D"];
  const scoreArb = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
  const rowsArb = fc.array(fc.tuple(scoreArb, fc.constantFrom(...RATERS)), { minLength: 1, maxLength: 40 });
  const run = (rows: [number, string][]) =>
    normalizeScores(
      rows.map(([score]) => score),
      rows.map(([, rater]) => rater),
    ) as number[];
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const sd = (values: number[]) => Math.sqrt(mean(values.map((v) => (v - mean(values)) ** 2)));
  const clipped = (value: number) => value === DEFAULT_SCALE.min || value === DEFAULT_SCALE.max;

  test("every eligible rater's unclipped scores have everyone's mean and SD (within 1e-9)", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const result = run(rows);
        const all = rows.map(([score]) => score);
        return RATERS.every((rater) => {
          const own = rows.flatMap(([score, r], i) => (r === rater ? [[score, result[i]]] : []));
          const calibrated = own.map(([, value]) => value);
          if (own.length < 3 || sd(own.map(([score]) => score)) === 0 || calibrated.some(clipped)) return true;
          return Math.abs(mean(calibrated) - mean(all)) <= 1e-9 && Math.abs(sd(calibrated) - sd(all)) <= 1e-9;
        });
      }),
    );
  });

  test("permuting the rows permutes the results", () => {
    const indexed = rowsArb.chain((rows) =>
      fc.tuple(
        fc.constant(rows),
        fc.shuffledSubarray(
          rows.map((_, i) => i),
          { minLength: rows.length, maxLength: rows.length },
        ),
      ),
    );
    fc.assert(
      fc.property(indexed, ([rows, order]) => {
        const result = run(rows);
        const permuted = run(order.map((i) => rows[i]));
        return order.every((from, to) => permuted[to] === result[from]);
      }),
    );
  });

  test("keeps the order of each rater's scores", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const result = run(rows);
        return rows.every(([s, r], i) => rows.every(([t, q], j) => r !== q || !(s < t) || result[i] <= result[j]));
      }),
    );
  });

  test("adding a constant to every score shifts every unclipped result by it", () => {
    const inner = fc.integer({ min: 2000, max: 8000 }).map((n) => n / 100);
    const innerRows = fc.array(fc.tuple(inner, fc.constantFrom(...RATERS)), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        innerRows,
        fc.integer({ min: -2000, max: 2000 }).map((n) => n / 100),
        (rows, shift) => {
          const before = run(rows);
          const after = run(rows.map(([score, rater]) => [score + shift, rater]));
          return before.every(
            (value, i) => clipped(value) || clipped(after[i]) || Math.abs(after[i] - value - shift) <= 1e-9,
          );
        },
      ),
    );
  });
});
