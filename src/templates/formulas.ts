/**
 * The formulas a sheet plan writes, in two dialects with one meaning:
 * - "hr": the add-in's custom functions (HR.SCORE, HR.KPISCORE, HR.KPISTEP, HR.BAND; in Google
 *   Sheets SCORE, KPISCORE, KPISTEP, BAND), which read letters and direction words and explain bad
 *   input in their error messages;
 * - "portable": native functions only, which any Excel, LibreOffice or Google Sheets computes
 *   without the add-in. For numeric input they give the HR functions' results: blank items not
 *   scored and weights renormalised, ROUND(…, 9), inclusive lower bounds, the KPI gate on the
 *   9-decimal achievement. Input the HR functions reject shows #VALUE! (#N/A for a missing KPI
 *   target, #DIV/0! for zero weights), never a number; what they cannot read at all (grade
 *   letters, direction words in the other language) the plan keeps out with validation.
 * Cell references come in as A1 text: "{row}" for the row, "$" for what stays put.
 */

export interface KpiCells {
  actual: string;
  target: string;
  direction: string;
  floor: string;
  cap: string;
}

/** A step-scored KPI's cells: its actual, its direction, and its step table (both columns and each). */
export interface StepCells {
  actual: string;
  direction: string;
  /** "$AB$3:$AC$6": thresholds then points. */
  table: string;
  thresholds: string;
  points: string;
}

/** Where the scale block's label and lower-bound columns are, e.g. "$X$2:$X$5". */
export interface ScaleColumns {
  labels: string;
  lowers: string;
}

export interface PlanFormulas {
  /** Weighted score of a row's range, "" when every cell of it is blank (the item is not scored). */
  score(range: string, count: number, weights: string): string;
  /** KPI points, "" until the actual is entered. */
  kpiPoints(cells: KpiCells): string;
  /** KPI points from a step table, "" until the actual is entered. */
  kpiStep(cells: StepCells): string;
  /** The grade of a score cell, "" when the score is "". */
  band(score: string): string;
  /** Fills in the scale block's place, known only once every table column is placed. */
  placeScale(formula: string, scale: ScaleColumns): string;
}

/** =IF(all blank, "", formula). Blank or "" in every cell; unlike COUNTBLANK, an error in the range still shows. */
const unlessBlank = (range: string, count: number, formula: string) =>
  `=IF(SUMPRODUCT(--(${range}=""))=${count},"",${formula})`;

/**
 * A reference as a custom function should see it: blank cells as "". Some Excel desktop builds
 * pass a blank cell, alone or in a range, as 0 (office-js #4702, #5262), which would score a blank
 * item as 0 points or read a cleared weight as 0; Excel's own IF hands over "" on every build.
 */
const blankAsText = (reference: string) => `IF(${reference}="","",${reference})`;

/** How each host calls the add-in's functions and hands them a reference. */
const HOSTS = {
  // Excel: behind the add-in's namespace, every argument passing blanks as "" (see blankAsText).
  excel: { call: (name: string) => `HR.${name}`, pass: blankAsText },
  // Google Sheets: no namespace (DOMAIN §7). A custom function gets a blank cell as "" already
  // (developers.google.com/apps-script/guides/sheets/functions, "Data types"), and IF over a range
  // gives a single cell outside ARRAYFORMULA (support.google.com/docs/answer/3093275), so a
  // reference goes as it is.
  sheets: { call: (name: string) => name, pass: (reference: string) => reference },
};

/** The spreadsheets the add-in serves. */
export type Host = keyof typeof HOSTS;

/** How `host` calls one of the add-in's functions: HR.NORMALIZE in Excel, NORMALIZE in Google Sheets. */
export const hrFunction = (host: Host, name: string) => HOSTS[host].call(name);

/** The add-in's functions on `host`, with the scale passed by its name. */
export function hrFormulas(scaleName: string, host: Host = "excel"): PlanFormulas {
  const { call, pass } = HOSTS[host];
  const scale = pass(scaleName);
  return {
    score: (range, count, weights) =>
      unlessBlank(range, count, `${call("SCORE")}(${pass(range)},${pass(weights)},${scale})`),
    kpiPoints: ({ actual, target, direction, floor, cap }) =>
      `=IF(${actual}="","",${call("KPISCORE")}(${actual},${[target, direction, floor, cap].map(pass).join(",")}))`,
    kpiStep: ({ actual, direction, table }) =>
      `=IF(${actual}="","",${call("KPISTEP")}(${actual},${pass(table)},${pass(direction)}))`,
    band: (score) => `=IF(${score}="","",${call("BAND")}(${score},${scale}))`,
    placeScale: (formula) => formula,
  };
}

const LABELS = "{scale.labels}";
const LOWERS = "{scale.lowers}";
/** Native spreadsheets have error literals; #VALUE! is what the HR functions return for bad input. */
const BAD_INPUT = "#VALUE!";

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

export interface PortableWords {
  /** The direction words the sheet's validation list offers. */
  higher: string;
  lower: string;
  /** The scale's maximum points (the HR functions' scale block has no upper-bound column: 100). */
  max: number;
}

export function portableFormulas({ higher, lower, max }: PortableWords): PlanFormulas {
  return {
    score(range, count, weights) {
      const scored = `(${range}<>"")`;
      const rejected = [
        `SUMPRODUCT(--${scored})>COUNT(${range})`, // text or TRUE/FALSE among the scores
        `MIN(${range})<MIN(${LOWERS})`,
        `MAX(${range})>${max}`,
        `SUMPRODUCT(${scored}*(${weights}=""))>0`, // a scored item without a weight
        `SUMPRODUCT(--(${weights}<>""))>COUNT(${weights})`,
        `MIN(${weights})<0`,
      ];
      const mean = `ROUND(SUMPRODUCT(${range},${weights})/SUMPRODUCT(${scored}*${weights}),9)`;
      // A mean lies between its inputs: as in HR.SCORE, rounding may not step outside them.
      const clamped = `MIN(MAX(${mean},MIN(${range})),MAX(${range}))`;
      return unlessBlank(range, count, `IF(OR(${rejected.join(",")}),${BAD_INPUT},${clamped})`);
    },
    kpiPoints({ actual, target, direction, floor, cap }) {
      const isLower = `${direction}=${quote(lower)}`;
      const capOrDefault = `IF(${cap}="",1,${cap})`;
      const badRule = [
        `AND(${direction}<>"",${direction}<>${quote(higher)},NOT(${isLower}))`,
        `${capOrDefault}<=0`,
        `${floor}<0`,
        `${floor}>${capOrDefault}`,
      ];
      const badTarget = `IF(${isLower},${target}=0,${target}<=0)`;
      const achievement = `IF(${isLower},1+(${target}-${actual})/ABS(${target}),${actual}/${target})`;
      const points = `ROUND(IF(ROUND(${achievement},9)<${floor},0,MIN(MAX(${achievement},0),${capOrDefault}))*100,9)`;
      return (
        `=IF(${actual}="","",IF(OR(${badRule.join(",")}),${BAD_INPUT},` +
        `IF(${target}="",NA(),IF(${badTarget},${BAD_INPUT},${points}))))`
      );
    },
    kpiStep({ actual, direction, thresholds, points }) {
      const isLower = `${direction}=${quote(lower)}`;
      const rejected = [
        `AND(${direction}<>"",${direction}<>${quote(higher)},NOT(${isLower}))`,
        `NOT(ISNUMBER(${actual}))`,
        `COUNT(${thresholds})=0`,
        `SUMPRODUCT(--(${thresholds}<>""))<>COUNT(${thresholds})`, // a threshold that is text
        `SUMPRODUCT(--(${points}<>""))<>COUNT(${points})`,
        `SUMPRODUCT(ABS((${thresholds}<>"")-(${points}<>"")))>0`, // a row with only one of its cells
        `MIN(${points})<0`,
        `MAX(${points})>100`,
        `SUMPRODUCT((${thresholds}<>"")*(COUNTIF(${thresholds},${thresholds})>1))>0`, // two equal thresholds
      ];
      // As in band: the k-th smallest (or largest) threshold, k = thresholds reached; any row order.
      const value = `ROUND(${actual},9)`;
      const reachedUp = `SUMPRODUCT((${thresholds}<>"")*(${thresholds}<=${value}))`;
      const reachedDown = `SUMPRODUCT((${thresholds}<>"")*(${thresholds}>=${value}))`;
      const pointsAt = (threshold: string) => `INDEX(${points},MATCH(${threshold},${thresholds},0))`;
      const higherPoints = `IF(${reachedUp}=0,0,${pointsAt(`SMALL(${thresholds},${reachedUp})`)})`;
      const lowerPoints = `IF(${reachedDown}=0,0,${pointsAt(`LARGE(${thresholds},${reachedDown})`)})`;
      return (
        `=IF(${actual}="","",IF(OR(${rejected.join(",")}),${BAD_INPUT},` +
        `ROUND(IF(${isLower},${lowerPoints},${higherPoints}),9)))`
      );
    },
    band(score) {
      const rounded = `ROUND(${score},9)`;
      const rejected = [
        `${rounded}<MIN(${LOWERS})`,
        `${rounded}>${max}`,
        `SUMPRODUCT(--(${LABELS}<>""))<>COUNT(${LOWERS})`, // a grade without a numeric lower bound
        `SUMPRODUCT((${LOWERS}<>"")*(COUNTIF(${LOWERS},${LOWERS})>1))>0`, // two grades, one bound
      ];
      // The k-th smallest bound, k = bounds at or below the score: works in whatever order the rows are.
      const reached = `SUMPRODUCT((${LOWERS}<>"")*(${LOWERS}<=${rounded}))`;
      const grade = `INDEX(${LABELS},MATCH(SMALL(${LOWERS},${reached}),${LOWERS},0))`;
      return `=IF(${score}="","",IF(OR(${rejected.join(",")}),${BAD_INPUT},${grade}))`;
    },
    placeScale: (formula, scale) => formula.replaceAll(LABELS, scale.labels).replaceAll(LOWERS, scale.lowers),
  };
}
