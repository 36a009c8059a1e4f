/**
 * The built bundle inside a real formula engine (HyperFormula): a sheet of appraisal rows whose
 * HR formulas recalculate like Excel's, compared with the core computed directly.
 */
import { HyperFormula } from "hyperformula";
import {
  DEFAULT_POLICY,
  DEFAULT_SCALE,
  HrError,
  distribution,
  gradeOf,
  kpiStep,
  normalizeScores,
  readDirection,
  readSteps,
  readWeights,
  weightedScore,
} from "../../src";
import { loadFunctionsBundle } from "../support/bundle";
import { ENGINE_CONFIG, registerHrFunctions, valueAt } from "../support/formula-engine";
import {
  CALIBRATION,
  EMPLOYEES,
  HIGHER_STEPS,
  LOWER_STEPS,
  SCORE_ROWS,
  STEP_VALUES,
  WEIGHTS,
  appraisalSheets,
} from "../support/formula-workbook";

let engine: HyperFormula;
let unregister: () => void;
const rows = SCORE_ROWS;

beforeAll(() => {
  unregister = registerHrFunctions(loadFunctionsBundle());
  engine = HyperFormula.buildFromSheets(appraisalSheets("HR.") as never, ENGINE_CONFIG);
});

afterAll(() => {
  engine?.destroy();
  unregister?.();
});

const at = (sheet: string, address: string) => valueAt(engine, `${sheet}!${address}`);

const EXCEL_ERRORS = { value: "#VALUE!", na: "#N/A", div0: "#DIV/0!" };

/** What a cell shows for a core computation: its value, or its error and message. */
function coreCell(compute: () => unknown) {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof HrError)) throw error;
    return { error: EXCEL_ERRORS[error.kind], message: error.message };
  }
}

describe("appraisal rows", () => {
  test("=HR.GRADE(B2:F2) on every row equals the core's grade", () => {
    rows.forEach((scores, i) => {
      const expected = gradeOf(DEFAULT_SCALE, weightedScore(scores, null, DEFAULT_SCALE)).label;
      expect([i + 2, at("Scores", `G${i + 2}`)]).toEqual([i + 2, expected]);
    });
  });

  test("=HR.GRADE(B2:F2,$B$1:$F$1) and =HR.SCORE with the weights row", () => {
    const weights = readWeights(WEIGHTS);
    rows.forEach((scores, i) => {
      const score = weightedScore(scores, weights, DEFAULT_SCALE);
      expect(at("Scores", `I${i + 2}`)).toBe(score);
      expect(at("Scores", `H${i + 2}`)).toBe(gradeOf(DEFAULT_SCALE, score).label);
    });
  });

  test("a spilled =HR.GRADES(B2:F40) equals the per-row grades", () => {
    for (let r = 2; r <= EMPLOYEES + 1; r++) expect(at("Scores", `J${r}`)).toBe(at("Scores", `G${r}`));
  });

  test("=HR.DISTRIBUTION(G2:G40) spills the table the core computes", () => {
    const grades = rows.map((scores) => gradeOf(DEFAULT_SCALE, weightedScore(scores, null, DEFAULT_SCALE)).label);
    const expected = distribution(grades, DEFAULT_POLICY, DEFAULT_SCALE);
    expect(["L2", "M2", "N2", "O2", "P2", "Q2", "R2"].map((a) => at("Scores", a))).toEqual([
      "Grade",
      "Count",
      "Actual %",
      "Target %",
      "Target count",
      "Difference",
      "Status",
    ]);
    expected.forEach((row, i) => {
      const r = i + 3;
      expect(["L", "M", "O", "P", "Q", "R"].map((c) => at("Scores", `${c}${r}`))).toEqual([
        row.grade,
        row.count,
        row.targetShare,
        row.targetCount,
        row.difference,
        row.difference === 0 ? "OK" : row.difference > 0 ? `+${row.difference}` : String(row.difference),
      ]);
      // the engine rounds displayed values (config precisionRounding)
      expect(at("Scores", `N${r}`)).toBeCloseTo(row.actualShare, 9);
    });
    const targets = expected.map((row) => row.targetCount);
    expect(targets).toEqual([17, 12, 8, 2]); // 39 × 45/30/20/5 = 17.55/11.7/7.8/1.95 by largest remainder
    expect(targets.reduce((a, b) => a + b)).toBe(EMPLOYEES);
  });

  test("editing a score recalculates the grade, the spill and the distribution", () => {
    const before = at("Scores", "M3");
    const rowOfFirstA = rows.findIndex((_, i) => at("Scores", `G${i + 2}`) === "A") + 2;
    for (const [c] of ["B", "C", "D", "E", "F"].entries()) {
      engine.setCellContents({ sheet: engine.getSheetId("Scores")!, row: rowOfFirstA - 1, col: c + 1 }, [[10]]);
    }
    expect(at("Scores", `G${rowOfFirstA}`)).toBe("D");
    expect(at("Scores", `J${rowOfFirstA}`)).toBe("D");
    expect(at("Scores", "M3")).toBe((before as number) - 1);
  });
});

describe("KPI points", () => {
  test('=HR.KPISCORE(C2,B2,"lower") and friends', () => {
    expect(at("KPI", "D2")).toBe(100);
    expect(at("KPI", "E2")).toBe(120);
    expect(at("KPI", "D3")).toBe(50);
    expect(at("KPI", "E3")).toBe(0); // 50% achievement is under the 60% gate
    expect(at("KPI", "D4")).toBe(100);
    expect(at("KPI", "E4")).toBe(120);
    expect(at("KPI", "D5")).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("step scoring") });
    expect(at("KPI", "D6")).toEqual({ error: "#N/A", message: "No actual value entered" });
  });
});

describe("step-table KPIs", () => {
  test("=HR.KPISTEP(A2,$E$2:$F$4) and its lower-is-better twin equal the core on every row", () => {
    const byDirection = [
      ["B", HIGHER_STEPS, "higher"],
      ["C", LOWER_STEPS, "lower"],
    ] as const;
    STEP_VALUES.forEach((value, i) => {
      for (const [column, steps, direction] of byDirection) {
        expect([value, direction, at("Steps", `${column}${i + 2}`)]).toEqual([
          value,
          direction,
          coreCell(() => kpiStep(value, readSteps(steps as unknown as unknown[][]), readDirection(direction))),
        ]);
      }
    });
    expect(["B2", "B3", "B4"].map((a) => at("Steps", a))).toEqual([80, 100, 0]); // 95%, 120%, 70%
    expect(["C8", "C10", "C12"].map((a) => at("Steps", a))).toEqual([100, 60, 0]); // 0, 3, 6 complaints
  });

  test("editing the step table recalculates the points", () => {
    const sheet = engine.getSheetId("Steps")!;
    expect(at("Steps", "B2")).toBe(80);
    engine.setCellContents({ sheet, row: 1, col: 5 }, [[90]]); // 90% now earns 90 points
    expect(at("Steps", "B2")).toBe(90);
    engine.setCellContents({ sheet, row: 2, col: 4 }, [["90%"]]); // two equal thresholds
    expect(at("Steps", "B2")).toEqual({
      error: "#VALUE!",
      message: "Step table rows 1 and 2 have the same threshold 0.9",
    });
    engine.setCellContents({ sheet, row: 2, col: 4 }, [[0.8]]);
    engine.setCellContents({ sheet, row: 1, col: 5 }, [[80]]);
  });
});

describe("rater calibration", () => {
  test("a spilled =HR.NORMALIZE(B2:B14,A2:A14) equals the core, row by row", () => {
    const expected = normalizeScores(
      CALIBRATION.map(([, score]) => score),
      CALIBRATION.map(([rater]) => rater),
    );
    expected.forEach((value, i) => {
      const shown = value instanceof HrError ? { error: "#VALUE!", message: value.message } : value;
      expect([i + 2, at("Calibration", `C${i + 2}`)]).toEqual([i + 2, shown]);
    });
    expect(at("Calibration", "C8")).toBe(""); // a blank score
    expect(at("Calibration", "C10")).toEqual({ error: "#VALUE!", message: "The score at row 9 has no rater" });
    expect(at("Calibration", "C7")).toBe(80); // Z has two ratings: kept as they are
    expect(at("Calibration", "C11")).toBe(85); // "B" is 85 points
  });

  test("editing a score recalculates the whole column", () => {
    const sheet = engine.getSheetId("Calibration")!;
    const before = at("Calibration", "C2");
    engine.setCellContents({ sheet, row: 12, col: 1 }, [[40]]); // X's 97 → 40
    expect(at("Calibration", "C2")).not.toBe(before);
    engine.setCellContents({ sheet, row: 12, col: 1 }, [[97]]);
    expect(at("Calibration", "C2")).toBe(before);
  });
});

describe("error cells", () => {
  test("each error kind and its message", () => {
    expect(at("Errors", "G1")).toEqual({ error: "#VALUE!", message: "Score 'abc' at item 3 is not a number or grade" });
    expect(at("Errors", "G2")).toEqual({ error: "#N/A", message: "No scores entered" });
    expect(at("Errors", "G3")).toEqual({
      error: "#VALUE!",
      message: "Score 105 at item 2 is outside the scale's range 0–100",
    });
    // The function sends its message with #DIV/0! too (bundle.test.ts), but Excel shows custom
    // messages for #VALUE! and #N/A only, and so does this engine.
    expect(at("Errors", "G4")).toEqual({ error: "#DIV/0!", message: "" });
    expect(at("Errors", "I2")).toEqual({ error: "#VALUE!", message: "Score 101 is outside the scale's range 0–100" });
  });

  test("HR.GRADES keeps spilling around a bad row", () => {
    expect(at("Errors", "H1")).toMatchObject({
      error: "#VALUE!",
      message: "Score 'abc' at item 3 is not a number or grade",
    });
    expect(at("Errors", "H2")).toBe("");
    expect(at("Errors", "H3")).toMatchObject({ error: "#VALUE!" });
    expect(at("Errors", "H4")).toBe("C");
  });

  test("an error inside a counted range propagates, as in Excel", () => {
    expect(at("Errors", "G5")).toMatchObject({ error: "#VALUE!" });
  });
});
