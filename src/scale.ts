/**
 * Grade scales: the table that maps scores to grades and grades back to representative points.
 * A scale is data; the default one is DOMAIN §2 (seed 003, §6.2).
 */
import { type Block, type Cell, display, isBlank, isOmitted, normalizeText, readNumber } from "./cells";
import { invalid, notAvailable } from "./errors";
import { formatNumber, round9 } from "./numeric";

export interface GradeNames {
  zh: string;
  zhHant: string;
  en: string;
}

export interface Grade {
  label: string;
  /** Inclusive lower bound, applied to the unrounded (9-decimal) score. */
  lower: number;
  /** Points a grade label stands for when it is typed where a score is expected. */
  points?: number;
  /** Other names accepted for the label when reading cells (the default scale's Chinese names). */
  names?: GradeNames;
}

export interface Scale {
  /** Best first: descending lower bounds. */
  readonly grades: readonly Grade[];
  readonly min: number;
  readonly max: number;
  /** Normalised label or name → grade. */
  readonly byName: ReadonlyMap<string, Grade>;
}

/** Keys already computed: a column of grades repeats a few texts many thousand times. */
const keys = new Map<string, string>();

/** Labels match case-insensitively and full-width letters count as their ASCII forms. */
function labelKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = normalizeText(text).toUpperCase();
    if (keys.size < 10_000) keys.set(text, key);
  }
  return key;
}

/** Builds a scale from grades in any order. Row numbers in errors are 1-based positions in `grades`. */
export function makeScale(grades: readonly Grade[], max = 100): Scale {
  if (grades.length === 0) throw invalid("scaleEmpty");
  const rowOf = new Map(grades.map((grade, index) => [grade, index + 1]));
  const sorted = [...grades].sort((a, b) => b.lower - a.lower);
  const byName = new Map<string, Grade>();
  sorted.forEach((grade, index) => {
    const key = labelKey(grade.label);
    if (byName.has(key)) throw invalid("scaleDuplicateLabel", { value: grade.label });
    if (index > 0 && sorted[index - 1].lower === grade.lower) {
      throw invalid("scaleDuplicateBound", { value: formatNumber(grade.lower) });
    }
    const upper = index === 0 ? max : sorted[index - 1].lower;
    const pointsFit =
      grade.points === undefined ||
      (grade.points >= grade.lower && (index === 0 ? grade.points <= upper : grade.points < upper));
    if (!pointsFit) {
      throw invalid("scalePointsOutsideBand", {
        row: rowOf.get(grade)!,
        value: formatNumber(grade.points!),
        label: grade.label,
      });
    }
    byName.set(key, grade);
  });
  if (max <= sorted[0].lower) {
    throw invalid("scaleMaxBelowTop", { max: formatNumber(max), lower: formatNumber(sorted[0].lower) });
  }
  for (const grade of sorted) {
    for (const name of grade.names ? [grade.names.zh, grade.names.zhHant, grade.names.en] : []) {
      byName.set(labelKey(name), grade);
    }
  }
  return { grades: sorted, min: sorted[sorted.length - 1].lower, max, byName };
}

/** DOMAIN §2: A ≥ 90, B ≥ 80, C ≥ 60, D ≥ 0, max 100; points 95/85/70/50. */
export const DEFAULT_SCALE: Scale = makeScale([
  { label: "A", lower: 90, points: 95, names: { zh: "超过目标", zhHant: "超過目標", en: "Exceeds target" } },
  { label: "B", lower: 80, points: 85, names: { zh: "达到目标", zhHant: "達到目標", en: "Meets target" } },
  { label: "C", lower: 60, points: 70, names: { zh: "接近目标", zhHant: "接近目標", en: "Approaching target" } },
  { label: "D", lower: 0, points: 50, names: { zh: "远低于目标", zhHant: "遠低於目標", en: "Far below target" } },
]);

/**
 * A scale from a range of rows `label | lower bound [| representative points [| upper bound]]`,
 * in any order; blank rows are skipped. The scale's max is the largest upper bound given, else 100.
 */
export function scaleFromRows(rows: Block): Scale {
  const grades: Grade[] = [];
  let max: number | undefined;
  rows.forEach((row, index) => {
    if (row.every(isBlank)) return;
    if (row.length < 2) throw invalid("scaleColumns");
    const rowNumber = index + 1;
    const number = (cell: Cell, field: "lower" | "points" | "upper") => {
      const reading = readNumber(cell);
      if (!reading || reading.percent) throw invalid("scaleNotNumber", { row: rowNumber, field, value: display(cell) });
      return reading.value;
    };
    const [label, lower, points, upper] = row;
    if (isBlank(label)) throw invalid("scaleLabelBlank", { row: rowNumber });
    grades.push({
      label: normalizeText(display(label)),
      lower: number(lower, "lower"),
      points: isBlank(points) ? undefined : number(points, "points"),
    });
    if (!isBlank(upper)) max = Math.max(max ?? -Infinity, number(upper, "upper"));
  });
  return makeScale(grades, max);
}

/** The scale an optional argument names: omitted or blank means the default scale. */
export function scaleArgument(rows: Block | null | undefined): Scale {
  return isOmitted(rows) ? DEFAULT_SCALE : scaleFromRows(rows);
}

/** The grade a label or name stands for, or undefined. */
export function findGrade(scale: Scale, text: string): Grade | undefined {
  return scale.byName.get(labelKey(text));
}

/** Words after a label that still name the grade in a table: `A级`, `A 级`, `B等`, `C档` (DOMAIN §6). */
const GRADE_SUFFIX = /\s*[级等档]$/u;

/** What each text read as, per scale: a sheet repeats a handful of grade texts thousands of times. */
const readTexts = new WeakMap<Scale, Map<string, Grade | null>>();

/** The grade a table's cell shows: a label or name of the scale, also followed by 级, 等 or 档. */
export function gradeInCell(scale: Scale, value: unknown): Grade | undefined {
  if (typeof value !== "string") return undefined;
  let seen = readTexts.get(scale);
  if (!seen) readTexts.set(scale, (seen = new Map()));
  let grade = seen.get(value);
  if (grade === undefined) {
    grade = findGrade(scale, value) ?? findGrade(scale, normalizeText(value).replace(GRADE_SUFFIX, "")) ?? null;
    if (seen.size < 10_000) seen.set(value, grade);
  }
  return grade ?? undefined;
}

/** The grade whose band holds the score; the caller has checked that the score is in range. */
export function gradeOf(scale: Scale, score: number): Grade {
  const rounded = round9(score);
  const grades = scale.grades;
  for (let i = 0; i < grades.length - 1; i++) if (rounded >= grades[i].lower) return grades[i];
  return grades[grades.length - 1];
}

/** HR.BAND: a single score (number, numeric text or grade label) → its grade. */
export function band(cell: Cell, scale: Scale = DEFAULT_SCALE): Grade {
  if (isBlank(cell)) throw notAvailable("noScore");
  const reading = readNumber(cell);
  let score: number;
  if (reading && !reading.percent) {
    score = reading.value;
  } else {
    const grade = typeof cell === "string" ? findGrade(scale, cell) : undefined;
    if (!grade) throw invalid("bandNotNumber", { value: display(cell) });
    return grade;
  }
  const rounded = round9(score);
  if (rounded < scale.min || rounded > scale.max) {
    throw invalid("bandOutOfRange", { value: display(cell), min: scale.min, max: scale.max });
  }
  return gradeOf(scale, rounded);
}
