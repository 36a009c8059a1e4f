/**
 * Example department workbooks, made by the .xlsx writer from catalog templates: people with
 * seeded scores and KPI values chosen so each person gets a wanted grade, cached results computed
 * by the core. Used for samples/ (scripts/make-samples.ts), the CLI tests and the check benchmark.
 */
import type ExcelJS from "exceljs";
import { type Cell, DEFAULT_SCALE, type Language, gradeOf } from "../src";
import {
  type SheetPlan,
  type StepKpiItem,
  type Template,
  evaluateRow,
  findTemplate,
  isInputRole,
  isStepKpi,
  planSheet,
  rowInputs,
} from "../src/templates";
import { coreResults } from "../cli/xlsx/core-results";
import { planWorkbook } from "../cli/xlsx/write-plan";

export interface DepartmentSample {
  file: string;
  templateId: string;
  language: Language;
  formulas: "hr" | "portable";
  /** The grade each person should get, row by row; null for a person whose scores are not in yet. */
  grades: (string | null)[];
  period: string;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), seeded by text. */
export function seeded(seedText: string): () => number {
  let seed = [...seedText].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 2654435761) >>> 0, 7);
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `counts` people per grade, shuffled: { A: 9, B: 6 } → 15 grades in random order. */
export function gradeList(counts: Record<string, number>, next: () => number): string[] {
  const grades = Object.entries(counts).flatMap(([grade, count]) => Array<string>(count).fill(grade));
  for (let i = grades.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [grades[i], grades[j]] = [grades[j], grades[i]];
  }
  return grades;
}

const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"];
const GIVEN = [..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚英华"];
const FIRST = ["Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Henry", "Iris", "Jack", "Lena", "Omar"];
const LAST = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Walker"];

const pick = <T>(list: readonly T[], next: () => number) => list[Math.floor(next() * list.length)];
const personName = (language: Language, next: () => number) =>
  language === "zh"
    ? pick(SURNAMES, next) + pick(GIVEN, next) + (next() < 0.6 ? pick(GIVEN, next) : "")
    : `${pick(FIRST, next)} ${pick(LAST, next)}`;

/** Points inside the grade's band of the default scale, half a point clear of its bounds. */
function pointsFor(grade: string, next: () => number): number {
  const index = DEFAULT_SCALE.grades.findIndex((g) => g.label === grade);
  if (index < 0) throw new Error(`'${grade}' is not a grade of the default scale`);
  const lower = Math.max(DEFAULT_SCALE.grades[index].lower, 40) + 0.5;
  const upper = (index === 0 ? DEFAULT_SCALE.max : DEFAULT_SCALE.grades[index - 1].lower) - 0.5;
  return Math.round((lower + next() * (upper - lower)) * 10) / 10;
}

/**
 * A step KPI's actual whose points lie in the grade's band: a threshold whose step earns them, or
 * a value short of every step (0 points) for the lowest grade.
 */
function stepValueFor(item: StepKpiItem, grade: string): number {
  const step = item.steps.find((candidate) => gradeOf(DEFAULT_SCALE, candidate.points).label === grade);
  if (step) return step.threshold;
  const thresholds = item.steps.map((candidate) => candidate.threshold);
  if (gradeOf(DEFAULT_SCALE, 0).label !== grade) throw new Error(`${item.id}: no step earns a ${grade}`);
  return item.direction === "higher" ? Math.min(...thresholds) - 1 : Math.max(...thresholds) + 1;
}

/** One person's inputs by table column: every score in the wanted grade's band, so the mean is too. */
function personRow(
  plan: SheetPlan,
  template: Template,
  grade: string | null,
  person: number,
  managers: string[],
  next: () => number,
): Cell[] {
  const language = plan.language;
  return plan.table.columns.map((column): Cell => {
    const role = column.role;
    if (role.kind === "info") {
      if (role.field === "name") return personName(language, next);
      if (role.field === "id") return `E${String(1001 + person)}`;
      if (role.field === "department") return template.department[language];
      return managers[person % managers.length];
    }
    if (grade === null || !isInputRole(role)) return null;
    if (role.kind === "rating") return pointsFor(grade, next);
    const item = template.sections.find((s) => s.id === role.section)!.items.find((i) => i.id === role.item)!;
    if (item.kind !== "kpi") throw new Error(`${item.id} is not a KPI`);
    if (isStepKpi(item)) return stepValueFor(item, grade);
    const target = item.unit.en === "%" ? 0.05 : 200;
    if (role.kind === "kpi-target") return target;
    // points = achievement × 100 (floor 0, cap 1); lower is better mirrors the achievement
    const achievement = pointsFor(grade, next) / 100;
    const actual = item.direction === "higher" ? target * achievement : target * (2 - achievement);
    return Math.round(actual * 1e6) / 1e6;
  });
}

export interface MadeWorkbook {
  workbook: ExcelJS.Workbook;
  plan: SheetPlan;
  template: Template;
  inputs: Cell[][];
}

/** The sample's workbook; throws if a person's inputs would not give the wanted grade. */
export function departmentWorkbook(sample: DepartmentSample): MadeWorkbook {
  const template = findTemplate(sample.templateId);
  if (!template) throw new Error(`no template '${sample.templateId}'`);
  const raters = true;
  const plan = planSheet(template, {
    employees: sample.grades.length,
    cycle: "monthly",
    period: sample.period,
    language: sample.language,
    raters,
    ratingInput: "points",
    formulas: sample.formulas,
  });
  const next = seeded(sample.file);
  const managers = [personName(sample.language, next), personName(sample.language, next)];
  const inputs = sample.grades.map((grade, person) => personRow(plan, template, grade, person, managers, next));
  inputs.forEach((row, person) => {
    const got = evaluateRow(template, raters, rowInputs(plan, row)).grade;
    if (got !== sample.grades[person])
      throw new Error(`${sample.file} row ${person + 1}: ${got}, wanted ${sample.grades[person]}`);
  });
  const workbook = planWorkbook(plan, coreResults(plan, template, raters, inputs));
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 10, 30));
  return { workbook, plan, template, inputs };
}

/**
 * The samples in the repository: three departments on target under the default policy
 * (A 45% · B 30% · C 20% · D 5%) and one over it; one person's scores are not in yet.
 */
export function repositorySamples(): DepartmentSample[] {
  const next = seeded("samples");
  return [
    {
      file: "customer-service.xlsx",
      templateId: "shop-customer-service",
      language: "zh",
      formulas: "hr",
      period: "2026-11",
      grades: gradeList({ A: 9, B: 6, C: 4, D: 1 }, next), // 20 people: targets 9/6/4/1
    },
    {
      file: "marketing.xlsx",
      templateId: "marketing",
      language: "zh",
      formulas: "portable",
      period: "2026-11",
      grades: gradeList({ A: 5, B: 4, C: 2, D: 1 }, next), // 12 people: targets 5/4/2/1
    },
    {
      file: "copywriting.xlsx",
      templateId: "copywriter",
      language: "zh",
      formulas: "hr",
      period: "2026-11",
      grades: [...gradeList({ A: 4, B: 2, C: 2 }, next), null], // 8 graded: targets 4/2/2/0
    },
    {
      file: "store-operations.xlsx",
      templateId: "store-operations",
      language: "en",
      formulas: "portable",
      period: "2026-11",
      grades: gradeList({ A: 9, B: 4, C: 2 }, next), // 15 people: targets 7/4/3/1
    },
  ];
}
