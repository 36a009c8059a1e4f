/**
 * The readiness check before an appraisal is submitted: does each group of people follow the
 * forced distribution, which cells are not grades, which people have no grade, which cells show
 * errors, which weight rows do not add up to 100%. Shared by the task pane and the CLI; the
 * callers read the sheets, this module only judges.
 */
import { type Cell, isBlank } from "../cells";
import { type DistributionRow, distributionRows, tallyGrades } from "../distribution";
import { DEFAULT_POLICY, type Policy, sharesOnScale } from "../policy";
import { round9 } from "../numeric";
import { DEFAULT_SCALE, type Scale, findGrade } from "../scale";

import { type ScaleSuggestion, type SheetValue, isErrorValue } from "../reading";

/** One person's grade cell, as the table reader found it. */
export interface GradeEntry {
  /** Where the grade is, as the user should see it: "C12", "Sheet1!C12" or "file.xlsx › Sheet1!C12". */
  address: string;
  value: SheetValue;
  /** The group the person belongs to (department, manager), when checking per group. */
  group?: string;
}

export interface MoveHint {
  count: number;
  from: string;
  to: string;
}

export type Violation =
  | { kind: "count"; grade: string; count: number; low: number; high: number }
  | { kind: "group"; grades: readonly string[]; share: number; min?: number; max?: number };

export interface GroupReport {
  /** null for everyone together. */
  group: string | null;
  total: number;
  rows: DistributionRow[];
  /** Allowed count range per grade, in scale order (equal to the target count in exact mode). */
  limits: { low: number; high: number }[];
  violations: Violation[];
  hints: MoveHint[];
}

export type Blocker =
  | { kind: "distribution"; groups: (string | null)[] }
  | { kind: "invalid" | "missing" | "errors" | "weights"; count: number }
  /** Nobody graded: everywhere (`where` empty), or in the sheets or files named. */
  | { kind: "no-graded-people"; where: string[] }
  /** The grade cells of a sheet are grades of another known scale. */
  | { kind: "other-scale"; where: string; suggestion: ScaleSuggestion };

export interface CheckReport {
  overall: GroupReport;
  groups: GroupReport[];
  invalid: { address: string; value: Cell }[];
  missing: string[];
  errors: { address: string; error: string }[];
  weights: { address: string; total: SheetValue }[];
  /** Year-end: distribution problems are reported but do not block. */
  advisory: boolean;
  ready: boolean;
  blocking: Blocker[];
}

export interface CheckOptions {
  policy?: Policy;
  scale?: Scale;
  advisory?: boolean;
  /** Error cells found in the score columns (the grade column's own errors come from `grades`). */
  scoreErrors?: { address: string; error: string }[];
  /** Weight totals of inserted templates, which must read 100%. */
  weightTotals?: { address: string; total: SheetValue }[];
  /** Sheets or files read that hold nobody graded (an unfilled template): never ready. */
  nothingGraded?: string[];
  /** Sheets whose grades belong to another known scale: judged only once checked with it. */
  otherScales?: { where: string; suggestion: ScaleSuggestion }[];
}

const EPSILON = 1e-9;

/** The count range each grade may have for `total` people under the policy. */
function gradeLimits(policy: Policy, scale: Scale, rows: DistributionRow[], total: number) {
  if ((policy.mode ?? "exact") === "exact") return rows.map((row) => ({ low: row.targetCount, high: row.targetCount }));
  const tolerance = (policy.tolerance ?? 5) / 100;
  return sharesOnScale(policy, scale).map((share) => ({
    low: Math.max(0, Math.ceil(round9(Math.max(0, share - tolerance) * total) - EPSILON)),
    high: Math.floor(round9(Math.min(1, share + tolerance) * total) + EPSILON),
  }));
}

/**
 * Who to move where so every grade lands within its limits: people over a grade's limit go to the
 * nearest grades short of people, then to the nearest grades with room; grades still short take
 * people from the nearest grades that can spare them. Nearest first; on a tie, the lower grade.
 */
export function moveHints(
  labels: readonly string[],
  counts: readonly number[],
  limits: readonly { low: number; high: number }[],
): MoveHint[] {
  const current = [...counts];
  const hints: MoveHint[] = [];
  const nearest = (from: number) =>
    labels
      .map((_, i) => i)
      .filter((i) => i !== from)
      .sort((a, b) => Math.abs(a - from) - Math.abs(b - from) || b - a);
  const over = (i: number) => current[i] - limits[i].high;
  const under = (i: number) => limits[i].low - current[i];
  const move = (from: number, to: number, count: number) => {
    if (count <= 0) return;
    current[from] -= count;
    current[to] += count;
    const same = hints.find((hint) => hint.from === labels[from] && hint.to === labels[to]);
    if (same) same.count += count;
    else hints.push({ count, from: labels[from], to: labels[to] });
  };
  const spread = (room: (to: number) => number) =>
    labels.forEach((_, from) => nearest(from).forEach((to) => move(from, to, Math.min(over(from), room(to)))));
  spread(under);
  spread((to) => limits[to].high - current[to]);
  labels.forEach((_, to) =>
    nearest(to).forEach((from) => move(from, to, Math.min(under(to), current[from] - limits[from].low))),
  );
  return hints;
}

function judge(group: string | null, values: readonly Cell[], policy: Policy, scale: Scale): GroupReport {
  const tally = tallyGrades(values, scale);
  const rows = distributionRows(tally, policy, scale);
  const limits = gradeLimits(policy, scale, rows, tally.total);
  const violations: Violation[] = rows.flatMap((row, i) =>
    row.count < limits[i].low || row.count > limits[i].high
      ? [{ kind: "count" as const, grade: row.grade, count: row.count, ...limits[i] }]
      : [],
  );
  for (const rule of policy.groups ?? []) {
    const labels = rule.grades.map((grade) => findGrade(scale, grade)?.label);
    const share = tally.total
      ? rows.filter((row) => labels.includes(row.grade)).reduce((s, row) => s + row.count, 0) / tally.total
      : 0;
    if (
      (rule.min !== undefined && share < rule.min - EPSILON) ||
      (rule.max !== undefined && share > rule.max + EPSILON)
    ) {
      violations.push({ kind: "group", grades: rule.grades, share, min: rule.min, max: rule.max });
    }
  }
  const hints = moveHints(
    rows.map((row) => row.grade),
    rows.map((row) => row.count),
    limits,
  );
  return { group, total: tally.total, rows, limits, violations, hints };
}

/** Judges a sheet's (or several files') grades against the policy. */
export function checkGrades(entries: readonly GradeEntry[], options: CheckOptions = {}): CheckReport {
  const policy = options.policy ?? DEFAULT_POLICY;
  const scale = options.scale ?? DEFAULT_SCALE;
  const advisory = options.advisory ?? false;
  const invalid: CheckReport["invalid"] = [];
  const missing: string[] = [];
  const errors = [...(options.scoreErrors ?? [])];
  const graded: GradeEntry[] = [];
  for (const entry of entries) {
    if (isErrorValue(entry.value)) errors.push({ address: entry.address, error: entry.value.error });
    else if (isBlank(entry.value)) missing.push(entry.address);
    else if (typeof entry.value === "string" && findGrade(scale, entry.value)) graded.push(entry);
    else invalid.push({ address: entry.address, value: entry.value });
  }
  const overall = judge(
    null,
    graded.map((entry) => entry.value as Cell),
    policy,
    scale,
  );
  const groupNames = [...new Set(graded.flatMap((entry) => (entry.group === undefined ? [] : [entry.group])))];
  const groups = groupNames.map((name) =>
    judge(
      name,
      graded.filter((entry) => entry.group === name).map((entry) => entry.value as Cell),
      policy,
      scale,
    ),
  );
  const weights = (options.weightTotals ?? []).filter(
    ({ total }) => typeof total !== "number" || Math.abs(round9(total) - 1) > EPSILON,
  );

  // Per-group checking judges the groups; everyone together is then shown for information.
  const judged = groups.length ? groups : [overall];
  const blocking: Blocker[] = [];
  const failing = judged.filter((report) => report.violations.length).map((report) => report.group);
  if (failing.length && !advisory) blocking.push({ kind: "distribution", groups: failing });
  if (invalid.length) blocking.push({ kind: "invalid", count: invalid.length });
  if (missing.length) blocking.push({ kind: "missing", count: missing.length });
  if (errors.length) blocking.push({ kind: "errors", count: errors.length });
  if (weights.length) blocking.push({ kind: "weights", count: weights.length });
  for (const { where, suggestion } of options.otherScales ?? [])
    blocking.push({ kind: "other-scale", where, suggestion });
  const nothingGraded = options.nothingGraded ?? [];
  if (overall.total === 0 && !options.otherScales?.length) blocking.push({ kind: "no-graded-people", where: [] });
  else if (nothingGraded.length) blocking.push({ kind: "no-graded-people", where: nothingGraded });
  return { overall, groups, invalid, missing, errors, weights, advisory, ready: blocking.length === 0, blocking };
}
