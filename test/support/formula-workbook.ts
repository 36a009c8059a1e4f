/**
 * The workbook the formula-engine tests compute, in either host's formula syntax: appraisal rows
 * graded one by one, with weights and in one spill, their distribution, KPIs, step tables, rater
 * calibration and error cells. Excel's functions are called =HR.GRADE(…), Sheets' =GRADE(…).
 */
export const EMPLOYEES = 39; // rows 2..40
export const WEIGHTS = ["20%", "20%", "30%", "15%", "15%"];

/** Deterministic appraisal scores, typed the ways HR types them. */
function scoresOf(index: number): unknown[] {
  const base = [95, 88, 72, 64, 91, 83, 58, 99, 77, 85, 90, 69, 80];
  const scores: unknown[] = [0, 1, 2, 3, 4].map((item) =>
    Math.min(100, base[(index * 3 + item * 5) % base.length] + (item % 2)),
  );
  if (index % 7 === 3) scores[1] = "Ａ"; // a full-width grade label: 95 points
  if (index % 5 === 2) scores[3] = String(scores[3]).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  if (index % 6 === 4) scores[4] = null; // not scored: weights renormalise
  if (index % 11 === 5) scores[0] = "达到目标"; // 85 points
  return scores;
}

/** The item scores of rows 2..40 of the Scores sheet. */
export const SCORE_ROWS = Array.from({ length: EMPLOYEES }, (_, i) => scoresOf(i));

/** Step tables as HR types them: percent text and numbers, rows in any order. */
export const HIGHER_STEPS = [
  ["90%", 80],
  [0.8, 60],
  ["100%", 100],
];
export const LOWER_STEPS = [
  [2, 80],
  [0, 100],
  [5, 60],
];
export const STEP_VALUES: unknown[] = [0.95, 1.2, 0.7, 0.8, 0.9, 1, 0, 2, 3, 5, 6, "85%", "９５％", null, "abc"];

/** Scores of three raters: X lenient, Y severe, Z with two ratings; a blank score, a score without a rater, text. */
export const CALIBRATION: [string | null, unknown][] = [
  ["X", 92],
  ["X", 95],
  ["Y", 70],
  ["x ", 99],
  ["Y", 74.5],
  ["Z", 80],
  ["X", null],
  ["Y", 81],
  [null, 77],
  ["Z", "B"],
  ["Y", "abc"],
  ["X", 97],
  ["Y", 68],
];

/** The sheets, their formulas calling the functions as `${prefix}GRADE`: "HR." in Excel, "" in Sheets. */
export function appraisalSheets(prefix: "HR." | "") {
  const scores: unknown[][] = [
    ["Weights", ...WEIGHTS, "Grade", "Weighted grade", "Weighted score", "GRADES", null, "Distribution"],
    ...SCORE_ROWS.map((scores, i) => {
      const r = i + 2;
      return [
        `E${r}`,
        ...scores,
        `=${prefix}GRADE(B${r}:F${r})`,
        `=${prefix}GRADE(B${r}:F${r},$B$1:$F$1)`,
        `=${prefix}SCORE(B${r}:F${r},$B$1:$F$1)`,
      ];
    }),
  ];
  scores[1][9] = `=${prefix}GRADES(B2:F40)`; // J2, spills to J40
  scores[1][11] = `=${prefix}DISTRIBUTION(G2:G40)`; // L2:R6
  const kpi = [
    ["KPI", "Target", "Actual", "Lower is better", "Gate 60%, cap 120%"],
    ["Response time (h)", 10, 8, `=${prefix}KPISCORE(C2,B2,"lower")`, `=${prefix}KPISCORE(C2,B2,"lower","60%",1.2)`],
    ["Complaint rate", "2%", "3%", `=${prefix}KPISCORE(C3,B3,"lower")`, `=${prefix}KPISCORE(C3,B3,"lower","60%",1.2)`],
    ["GMV", 100000, 125000, `=${prefix}KPISCORE(C4,B4)`, `=${prefix}KPISCORE(C4,B4,"higher",0.6,1.2)`],
    ["Zero target", 0, 3, `=${prefix}KPISCORE(C5,B5,"lower")`, null],
    ["Not yet", 50, null, `=${prefix}KPISCORE(C6,B6)`, null],
  ];
  const errors = [
    ["Bad text", 90, 80, "abc", 70, 60, `=${prefix}GRADE(B1:F1)`, `=${prefix}GRADES(B1:F4)`],
    ["Blank", null, null, null, null, null, `=${prefix}GRADE(B2:F2)`, null, `=${prefix}BAND(101)`],
    ["Over 100", 90, 105, 70, 60, 50, `=${prefix}SCORE(B3:F3)`],
    ["Zero weights", 90, 80, 70, 60, 50, `=${prefix}SCORE(B4:F4,B5:F5)`],
    ["weights", 0, 0, 0, 0, 0, `=${prefix}DISTRIBUTION(H1:H4)`],
  ];
  const steps = [
    ["Value", "Higher", "Lower", null, "Threshold", "Points", null, "Threshold", "Points"],
    ...STEP_VALUES.map((value, i) => [
      value,
      `=${prefix}KPISTEP(A${i + 2},$E$2:$F$4)`,
      `=${prefix}KPISTEP(A${i + 2},$H$2:$I$4,"lower")`,
      null,
      ...(i < 3 ? [...HIGHER_STEPS[i], null, ...LOWER_STEPS[i]] : []),
    ]),
  ];
  const calibration: unknown[][] = [
    ["Rater", "Score", "Calibrated"],
    ...CALIBRATION.map(([rater, score]) => [rater, score]),
  ];
  calibration[1][2] = `=${prefix}NORMALIZE(B2:B${CALIBRATION.length + 1},A2:A${CALIBRATION.length + 1})`;
  return { Scores: scores, KPI: kpi, Errors: errors, Steps: steps, Calibration: calibration };
}
