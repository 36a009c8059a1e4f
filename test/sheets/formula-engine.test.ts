/**
 * The built Code.js inside a real formula engine, its functions called as Sheets calls them, without
 * a namespace: the workbook of the Excel formula-engine test (test/support/formula-workbook.ts) in
 * Sheets' syntax, =GRADE(B2:F2), compared with the core computed directly and, cell by cell, with
 * the Excel functions computing the same workbook. Where Sheets differs, DOMAIN §7 says so: a
 * spilled bad row holds the error's text, #DIV/0! carries its message too, a date is refused.
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
import { ENGINE_CONFIG, plainValue, registerHrFunctions } from "../support/formula-engine";
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
import { type SheetsEngine, createSheetsEngine } from "../support/sheets-engine";
import { loadCustomFunctions } from "./load-code";

/** Dates typed into score and KPI cells (DD/MM/YYYY and a time: HyperFormula reads them as dates), and one-cell ranges. */
const DATES = [
  ["Score", 90, "30/03/1900", 70, 60, 80, "=GRADE(B1:F1)", "=BAND(C1)", null, "=GRADES(B1:F3)"],
  ["Time", 90, 85, 70, 60, "12:30", "=SCORE(B2:F2)", '=KPISCORE(F2,"100%")'],
  ["One cell", 95, null, null, null, null, "=GRADE(B3:B3)", "=GRADE(B3)", "=BAND(B3:B3)"],
];

let sheets: SheetsEngine;
let chinese: SheetsEngine;
let excel: HyperFormula;
let unregisterExcel: () => void;

beforeAll(() => {
  sheets = createSheetsEngine({ ...appraisalSheets(""), Dates: DATES } as never, loadCustomFunctions("en_US"));
  chinese = createSheetsEngine(appraisalSheets("") as never, loadCustomFunctions("zh_CN"));
  unregisterExcel = registerHrFunctions(loadFunctionsBundle());
  excel = HyperFormula.buildFromSheets(appraisalSheets("HR.") as never, ENGINE_CONFIG);
});

afterAll(() => {
  sheets?.destroy();
  chinese?.destroy();
  excel?.destroy();
  unregisterExcel?.();
});

const at = (sheet: string, address: string) => sheets.valueAt(`${sheet}!${address}`);

const ERROR_CODES = { value: "#VALUE!", na: "#N/A", div0: "#DIV/0!" };

/** What a cell shows for a core computation: its value, or its error and message. */
function coreCell(compute: () => unknown) {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof HrError)) throw error;
    return { error: ERROR_CODES[error.kind], message: error.message };
  }
}

/** A spilled row's error as Sheets shows it: the text of the error, in its cell. */
const errorText = (error: HrError) => `${ERROR_CODES[error.kind]} ${error.message}`;

describe("appraisal rows", () => {
  test("=GRADE(B2:F2) on every row equals the core's grade", () => {
    SCORE_ROWS.forEach((scores, i) => {
      const expected = gradeOf(DEFAULT_SCALE, weightedScore(scores, null, DEFAULT_SCALE)).label;
      expect([i + 2, at("Scores", `G${i + 2}`)]).toEqual([i + 2, expected]);
    });
  });

  test("=GRADE(B2:F2,$B$1:$F$1) and =SCORE with the weights row", () => {
    const weights = readWeights(WEIGHTS);
    SCORE_ROWS.forEach((scores, i) => {
      const score = weightedScore(scores, weights, DEFAULT_SCALE);
      expect(at("Scores", `I${i + 2}`)).toBe(score);
      expect(at("Scores", `H${i + 2}`)).toBe(gradeOf(DEFAULT_SCALE, score).label);
    });
  });

  test("a spilled =GRADES(B2:F40) equals the per-row grades", () => {
    for (let r = 2; r <= EMPLOYEES + 1; r++) expect(at("Scores", `J${r}`)).toBe(at("Scores", `G${r}`));
  });

  test("=DISTRIBUTION(G2:G40) spills the table the core computes, in English and in Chinese", () => {
    const grades = SCORE_ROWS.map((scores) => gradeOf(DEFAULT_SCALE, weightedScore(scores, null, DEFAULT_SCALE)).label);
    const expected = distribution(grades, DEFAULT_POLICY, DEFAULT_SCALE);
    const header = (engine: SheetsEngine) =>
      ["L", "M", "N", "O", "P", "Q", "R"].map((c) => engine.valueAt(`Scores!${c}2`));
    expect(header(sheets)).toEqual(["Grade", "Count", "Actual %", "Target %", "Target count", "Difference", "Status"]);
    expect(header(chinese)).toEqual(["等级", "实际人数", "实际占比", "目标占比", "目标人数", "差异", "状态"]);
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
      expect(at("Scores", `N${r}`)).toBeCloseTo(row.actualShare, 9);
      expect(chinese.valueAt(`Scores!R${r}`)).toBe(
        row.difference === 0 ? "符合" : row.difference > 0 ? `多 ${row.difference} 人` : `少 ${-row.difference} 人`,
      );
    });
    expect(expected.map((row) => row.targetCount)).toEqual([17, 12, 8, 2]);
  });
});

describe("KPI points", () => {
  test('=KPISCORE(C2,B2,"lower") and friends', () => {
    expect(["D2", "E2", "D3", "E3", "D4", "E4"].map((a) => at("KPI", a))).toEqual([100, 120, 50, 0, 100, 120]);
    expect(at("KPI", "D5")).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("step scoring") });
    expect(at("KPI", "D6")).toEqual({ error: "#N/A", message: "No actual value entered" });
  });

  test("=KPISTEP(A2,$E$2:$F$4) and its lower-is-better twin equal the core on every row", () => {
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
  });
});

describe("rater calibration", () => {
  test("a spilled =NORMALIZE(B2:B14,A2:A14) equals the core, a bad row's error as its text", () => {
    const expected = normalizeScores(
      CALIBRATION.map(([, score]) => score),
      CALIBRATION.map(([rater]) => rater),
    );
    expected.forEach((value, i) => {
      const shown = value instanceof HrError ? errorText(value) : value;
      expect([i + 2, at("Calibration", `C${i + 2}`)]).toEqual([i + 2, shown]);
    });
    expect(at("Calibration", "C10")).toBe("#VALUE! The score at row 9 has no rater");
    expect(chinese.valueAt("Calibration!C10")).toBe("#VALUE! 第 9 行有得分，但评价人为空");
  });
});

describe("error cells", () => {
  test("each error kind and its message; #DIV/0! keeps its message in Sheets", () => {
    expect(at("Errors", "G1")).toEqual({ error: "#VALUE!", message: "Score 'abc' at item 3 is not a number or grade" });
    expect(chinese.valueAt("Errors!G1")).toEqual({ error: "#VALUE!", message: "第 3 项的得分“abc”不是数字或等级" });
    expect(at("Errors", "G2")).toEqual({ error: "#N/A", message: "No scores entered" });
    expect(at("Errors", "G3")).toEqual({
      error: "#VALUE!",
      message: "Score 105 at item 2 is outside the scale's range 0–100",
    });
    expect(at("Errors", "G4")).toEqual({ error: "#DIV/0!", message: "The weights of the scored items add up to 0" });
    expect(at("Errors", "I2")).toEqual({ error: "#VALUE!", message: "Score 101 is outside the scale's range 0–100" });
  });

  test("GRADES keeps spilling around a bad row, whose cell holds the error's text", () => {
    expect(["H1", "H2", "H3", "H4"].map((a) => at("Errors", a))).toEqual([
      "#VALUE! Score 'abc' at item 3 is not a number or grade",
      "",
      "#VALUE! Score 105 at item 2 is outside the scale's range 0–100",
      "C",
    ]);
  });

  test("DISTRIBUTION over that spill reads the error text as a cell that is not a grade", () => {
    // Excel propagates the spilled error value; in Sheets it is text, named by the message.
    expect(at("Errors", "G5")).toEqual({
      error: "#VALUE!",
      message: "'#VALUE! Score 'abc' at item 3 is not a number or grade' at item 1 is not a grade of the scale",
    });
    expect(plainValue(excel.getCellValue(excel.simpleCellAddressFromString("Errors!G5", 0)!))).toMatchObject({
      error: "#VALUE!",
    });
  });

  test("a date where a score or KPI value is expected, in a range or alone", () => {
    const inCell = (item: number) =>
      `Item ${item} is a date, not a number, score or grade: format its cell as Number or Plain text`;
    const asValue = "The value is a date, not a number, score or grade: format its cell as Number or Plain text";
    expect(at("Dates", "G1")).toEqual({ error: "#VALUE!", message: inCell(2) });
    expect(at("Dates", "H1")).toEqual({ error: "#VALUE!", message: asValue });
    expect(["J1", "J2", "J3"].map((a) => at("Dates", a))).toEqual([
      `#VALUE! ${inCell(2)}`,
      `#VALUE! ${inCell(5)}`,
      "A",
    ]);
    expect(at("Dates", "G2")).toEqual({ error: "#VALUE!", message: inCell(5) });
    expect(at("Dates", "H2")).toEqual({ error: "#VALUE!", message: asValue });
  });

  test("a one-cell range arrives as its value, and reads as a range of one", () => {
    expect(["G3", "H3", "I3"].map((a) => at("Dates", a))).toEqual(["A", "A", "A"]);
  });
});

describe("every cell as the Excel functions compute it, but where Sheets shows errors otherwise", () => {
  /** GRADES' and NORMALIZE's spills: a bad row's error is text there. */
  const SPILLS = ["Scores!J2:J40", "Errors!H1:H4", "Calibration!C2:C14"];
  /** Read differently on purpose, and checked above: DISTRIBUTION over a spill of error texts, its whole area. */
  const READ_AS_TEXT = ["Errors!G5:M9"];
  const within = (ranges: string[], sheet: number, row: number, col: number) =>
    ranges.some((range) => {
      const { start, end } = excel.simpleCellRangeFromString(range, 0)!;
      return start.sheet === sheet && row >= start.row && row <= end.row && col >= start.col && col <= end.col;
    });

  test("values equal; an error is the same kind with the same message, or its text in a spill", () => {
    let formulas = 0;
    let errors = 0;
    for (const name of excel.getSheetNames()) {
      const sheet = excel.getSheetId(name)!;
      const excelValues = excel.getSheetValues(sheet);
      const sheetsValues = sheets.engine.getSheetValues(sheets.engine.getSheetId(name)!);
      expect(sheetsValues.length).toBe(excelValues.length);
      excelValues.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          const address = `${name}!${String.fromCharCode(65 + c)}${r + 1}`;
          if (within(READ_AS_TEXT, sheet, r, c)) return;
          if (excel.doesCellHaveFormula({ sheet, row: r, col: c })) formulas++;
          const expected = plainValue(cell) as { error?: string; message?: string } | unknown;
          const actual = plainValue(sheetsValues[r][c]);
          if (!(expected && typeof expected === "object" && "error" in expected)) {
            return expect([address, actual]).toEqual([address, expected]);
          }
          errors++;
          const { error, message } = expected as { error: string; message: string };
          if (within(SPILLS, sheet, r, c)) return expect([address, actual]).toEqual([address, `${error} ${message}`]);
          // Excel shows no message with #DIV/0!; Sheets shows every thrown message
          if (error === "#DIV/0!")
            return expect([address, actual]).toEqual([address, { error, message: expect.any(String) }]);
          expect([address, actual]).toEqual([address, { error, message }]);
        }),
      );
    }
    expect(formulas).toBeGreaterThan(150);
    expect(errors).toBeGreaterThan(10);
  });
});

describe("recalculation", () => {
  test("editing a score recalculates the grade, the spill and the distribution", () => {
    const sheet = sheets.engine.getSheetId("Scores")!;
    const before = at("Scores", "M3");
    const rowOfFirstA = SCORE_ROWS.findIndex((_, i) => at("Scores", `G${i + 2}`) === "A") + 2;
    for (let c = 1; c <= 5; c++) sheets.engine.setCellContents({ sheet, row: rowOfFirstA - 1, col: c }, [[10]]);
    expect(at("Scores", `G${rowOfFirstA}`)).toBe("D");
    expect(at("Scores", `J${rowOfFirstA}`)).toBe("D");
    expect(at("Scores", "M3")).toBe((before as number) - 1);
  });
});
