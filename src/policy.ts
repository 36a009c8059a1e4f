/** Forced-distribution policies: the target share of each grade (DOMAIN §4). Policies are data. */
import { type Block, display, isBlank, readNumber } from "./cells";
import { invalid } from "./errors";
import { formatNumber } from "./numeric";
import { type Scale, findGrade } from "./scale";

export interface GradeShare {
  grade: string;
  /** Target share as a fraction: 0.45 = 45%. */
  share: number;
}

/** Grades checked together, e.g. B + C at least 50% (fractions). */
export interface GradeGroupRule {
  grades: readonly string[];
  min?: number;
  max?: number;
}

export interface Policy {
  shares: readonly GradeShare[];
  /**
   * How the check judges a group of people: "exact" — every grade must hit its largest-remainder
   * target count; "guideline" — each grade's share may differ from its target by `tolerance`
   * percentage points. HR.DISTRIBUTION reports counts either way.
   */
  mode?: "exact" | "guideline";
  /** Percentage points allowed in guideline mode (5 is common). */
  tolerance?: number;
  groups?: readonly GradeGroupRule[];
}

/** Seed 003 §6.2: A 45%, B 30%, C 20%, D 5%, as exact counts. */
export const DEFAULT_POLICY: Policy = {
  mode: "exact",
  tolerance: 5,
  shares: [
    { grade: "A", share: 0.45 },
    { grade: "B", share: 0.3 },
    { grade: "C", share: 0.2 },
    { grade: "D", share: 0.05 },
  ],
};

/** Shares may miss 100% by this much (0.1 percentage point) before a policy is rejected. */
export const SHARE_SUM_TOLERANCE = 0.001;

/** Checks that every grade is on the scale, appears once, and that the shares sum to 100%. */
export function checkPolicy(policy: Policy, scale: Scale): Policy {
  const seen = new Set<string>();
  policy.shares.forEach(({ grade, share }, index) => {
    const found = findGrade(scale, grade);
    if (!found) throw invalid("policyUnknownGrade", { row: index + 1, value: grade });
    if (seen.has(found.label)) throw invalid("policyDuplicateGrade", { value: grade });
    seen.add(found.label);
    if (share < 0) throw invalid("policyShareNegative", { row: index + 1, value: formatNumber(share) });
  });
  const sum = policy.shares.reduce((total, { share }) => total + share, 0);
  if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE + 1e-12) throw invalid("policySum", { sum: formatNumber(sum * 100) });
  return policy;
}

/**
 * A policy from rows `grade | target share`. Shares written with "%" are percentages; plain numbers
 * are fractions when all of them are ≤ 1, else percentages.
 */
export function policyFromRows(rows: Block, scale: Scale): Policy {
  const entries: { grade: string; value: number; percent: boolean }[] = [];
  rows.forEach((row, index) => {
    if (row.every(isBlank)) return;
    if (row.length < 2) throw invalid("policyColumns");
    const [grade, share] = row;
    const reading = readNumber(share);
    if (isBlank(grade)) throw invalid("policyUnknownGrade", { row: index + 1, value: "" });
    if (!reading) throw invalid("policyShareNotNumber", { row: index + 1, value: display(share) });
    entries.push({ grade: display(grade), value: reading.value, percent: reading.percent });
  });
  if (entries.length === 0) throw invalid("policyEmpty");
  const plainArePercents = entries.some((entry) => !entry.percent && entry.value > 1);
  const shares = entries.map(({ grade, value, percent }) => ({
    grade,
    share: !percent && plainArePercents ? value / 100 : value,
  }));
  return checkPolicy({ shares }, scale);
}

/** The target share of each grade of the scale, in scale order (0 where the policy is silent). */
export function sharesOnScale(policy: Policy, scale: Scale): number[] {
  const byLabel = new Map(policy.shares.map(({ grade, share }) => [findGrade(scale, grade)?.label, share]));
  return scale.grades.map((grade) => byLabel.get(grade.label) ?? 0);
}
