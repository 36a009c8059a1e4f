/**
 * A forced-distribution policy written as JSON (the CLI's --policy file), validated by a zod
 * schema and then against the scale, with messages in both languages that point at the field:
 *
 *   { "mode": "guideline", "tolerance": 5,
 *     "shares": { "A": 45, "B": 30, "C": 20, "D": 5 },
 *     "groups": [{ "grades": ["B", "C"], "min": 50 }] }
 *
 * Shares, tolerance and group bounds are percentages (45 means 45%), as HR writes them.
 */
import { z } from "zod";
import { formatNumber } from "../numeric";
import { type Policy, SHARE_SUM_TOLERANCE } from "../policy";
import { DEFAULT_SCALE, type Scale, findGrade } from "../scale";
import { type TemplateProblem, describeIssues, readJson } from "../templates/validate";

const Percent = z.number().finite().min(0).max(100);

export const PolicyFile = z
  .object({
    /** Target share of each grade, in percent. */
    shares: z.record(z.string(), Percent),
    mode: z.enum(["exact", "guideline"]).default("exact"),
    /** Percentage points a grade's share may miss its target by, in guideline mode. */
    tolerance: Percent.default(5),
    /** Grades checked together, e.g. B + C at least 50%. */
    groups: z
      .array(
        z
          .object({
            grades: z.array(z.string().trim().min(1)).min(1),
            min: Percent.optional(),
            max: Percent.optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type PolicyFile = z.infer<typeof PolicyFile>;

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; problems: TemplateProblem[] };

const problem = (path: string, en: string, zh: string): TemplateProblem => ({
  path,
  en: path ? `${path} ${en}` : en,
  zh: path ? `${path} ${zh}` : zh,
});

/** Checks the file's grades against the scale and its shares' sum; returns the policy in fractions. */
function onScale(file: PolicyFile, scale: Scale): PolicyResult {
  const labels = scale.grades.map((grade) => grade.label).join(", ");
  const notAGrade = (path: string, name: string) =>
    problem(path, `'${name}' is not a grade of the scale (${labels})`, `“${name}”不是等级标准中的等级（${labels}）`);
  const problems: TemplateProblem[] = [];
  const seen = new Map<string, string>();
  const shares = Object.entries(file.shares).flatMap(([name, percent]) => {
    const grade = findGrade(scale, name);
    if (!grade) {
      problems.push(notAGrade(`shares.${name}`, name));
      return [];
    }
    const earlier = seen.get(grade.label);
    if (earlier !== undefined) {
      problems.push(
        problem(
          `shares.${name}`,
          `names grade ${grade.label} again (as '${earlier}')`,
          `与“${earlier}”重复，都是等级 ${grade.label}`,
        ),
      );
    }
    seen.set(grade.label, name);
    return [{ grade: grade.label, share: percent / 100 }];
  });
  if (Object.keys(file.shares).length === 0) {
    problems.push(problem("shares", "needs the target share of at least one grade", "至少需要一个等级的目标占比"));
  } else {
    const sum = Object.values(file.shares).reduce((total, percent) => total + percent, 0);
    if (Math.abs(sum - 100) > SHARE_SUM_TOLERANCE * 100 + 1e-9) {
      const total = formatNumber(sum);
      problems.push(
        problem(
          "shares",
          `add up to ${total}%, not 100% (write percentages: 45 for 45%)`,
          `合计为 ${total}%，不是 100%（请写百分数：45 表示 45%）`,
        ),
      );
    }
  }
  file.groups.forEach((group, g) => {
    group.grades.forEach((name, i) => {
      if (!findGrade(scale, name)) problems.push(notAGrade(`groups[${g}].grades[${i}]`, name));
    });
    if (group.min === undefined && group.max === undefined) {
      problems.push(problem(`groups[${g}]`, "needs min or max (percent)", "需要 min 或 max（百分数）"));
    }
    if (group.min !== undefined && group.max !== undefined && group.min > group.max) {
      problems.push(problem(`groups[${g}].min`, "must not be above max", "不能大于 max"));
    }
  });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    policy: {
      shares,
      mode: file.mode,
      tolerance: file.tolerance,
      groups: file.groups.map((group) => ({
        grades: group.grades,
        min: group.min === undefined ? undefined : group.min / 100,
        max: group.max === undefined ? undefined : group.max / 100,
      })),
    },
  };
}

/** Validates the text of a policy file. */
export function parsePolicyJson(text: string, scale: Scale = DEFAULT_SCALE): PolicyResult {
  const json = readJson(text);
  if (!json.ok) return json;
  const result = PolicyFile.safeParse(json.value);
  return result.success ? onScale(result.data, scale) : { ok: false, problems: describeIssues(result.error.issues) };
}
