/**
 * A forced-distribution policy written as JSON (the CLI's --policy file), validated by a zod
 * schema and then against the scale, with messages in both languages that point at the field:
 *
 *   { "mode": "guideline", "tolerance": 5,
 *     "shares": { "A": 45, "B": 30, "C": 20, "D": 5 },
 *     "groups": [{ "grades": ["B", "C"], "min": 50 }] }
 *
 * Shares, tolerance and group bounds are percentages (45 or "45%" means 45%), as HR writes them.
 */
import { z } from "zod";
import { formatNumber } from "../numeric";
import { type Policy, SHARE_SUM_TOLERANCE } from "../policy";
import { DEFAULT_SCALE, type Scale, findGrade } from "../scale";
import { type Placer, type TemplateProblem, describeIssues, inWords, readJson } from "../templates/validate";

/** A percentage as HR writes it: 45, or the text "45%". */
export const Percent = z.preprocess(
  (value) => (typeof value === "string" && /^\s*[\d.]+\s*%\s*$/.test(value) ? Number(value.replace("%", "")) : value),
  z.number().finite().min(0).max(100),
);

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

/** The policy file's paths in words: shares.A → 等级 A 的目标占比, groups[0].min → 第 1 个等级组合 · 最低占比. */
const policyPlace: Placer = (path) => {
  const [top, key, field, index] = path;
  if (top === "shares") return { where: "", field: key === undefined ? "目标占比" : `等级 ${key} 的目标占比` };
  if (top === "mode") return { where: "", field: "检查方式" };
  if (top === "tolerance") return { where: "", field: "允许偏差" };
  if (top === "groups" && typeof key === "number") {
    const words: Record<string, string> = { grades: "等级", min: "最低占比（min）", max: "最高占比（max）" };
    const name = field === undefined ? "" : (words[String(field)] ?? String(field));
    return { where: `第 ${key + 1} 个等级组合`, field: typeof index === "number" ? `第 ${index + 1} 个${name}` : name };
  }
  return { where: "", field: top === "groups" ? "等级组合" : top === undefined ? "" : String(top) };
};

/** A problem the scale check finds: the English at its path, the Chinese in words with the path as a detail. */
const problem = (path: string, en: string, zh: { where?: string; sentence: string }): TemplateProblem => ({
  path,
  en: path ? `${path} ${en}` : en,
  zh: inWords(zh.where ?? "", zh.sentence, path),
});

/** Checks the file's grades against the scale and its shares' sum; returns the policy in fractions. */
/** `field` names where the shares are written: "shares" in a policy file, "policy" in a scale file. */
export function policyOnScale(file: PolicyFile, scale: Scale, field = "shares"): PolicyResult {
  const labels = scale.grades.map((grade) => grade.label);
  const notAGrade = (path: string, name: string, where: string) =>
    problem(path, `'${name}' is not a grade of the scale (${labels.join(", ")})`, {
      where,
      sentence: `“${name}”不是等级标准中的等级（${labels.join("、")}）`,
    });
  const problems: TemplateProblem[] = [];
  const seen = new Map<string, string>();
  const shares = Object.entries(file.shares).flatMap(([name, percent]) => {
    const grade = findGrade(scale, name);
    if (!grade) {
      problems.push(notAGrade(`${field}.${name}`, name, "目标占比"));
      return [];
    }
    const earlier = seen.get(grade.label);
    if (earlier !== undefined) {
      problems.push(
        problem(`${field}.${name}`, `names grade ${grade.label} again (as '${earlier}')`, {
          where: "目标占比",
          sentence: `“${name}”与“${earlier}”重复，都是等级 ${grade.label}`,
        }),
      );
    }
    seen.set(grade.label, name);
    return [{ grade: grade.label, share: percent / 100 }];
  });
  if (Object.keys(file.shares).length === 0) {
    problems.push(
      problem(field, "needs the target share of at least one grade", { sentence: "至少需要一个等级的目标占比" }),
    );
  } else {
    const sum = Object.values(file.shares).reduce((total, percent) => total + percent, 0);
    if (Math.abs(sum - 100) > SHARE_SUM_TOLERANCE * 100 + 1e-9) {
      const total = formatNumber(sum);
      problems.push(
        problem(field, `add up to ${total}%, not 100% (write percentages: 45 for 45%)`, {
          sentence: `各等级的目标占比合计为 ${total}%，不是 100%（请写百分数：45 表示 45%）`,
        }),
      );
    }
  }
  file.groups.forEach((group, g) => {
    group.grades.forEach((name, i) => {
      if (!findGrade(scale, name))
        problems.push(notAGrade(`groups[${g}].grades[${i}]`, name, `第 ${g + 1} 个等级组合`));
    });
    if (group.min === undefined && group.max === undefined) {
      problems.push(
        problem(`groups[${g}]`, "needs min or max (percent)", {
          where: `第 ${g + 1} 个等级组合`,
          sentence: "需要最低占比（min）或最高占比（max），单位为百分数",
        }),
      );
    }
    if (group.min !== undefined && group.max !== undefined && group.min > group.max) {
      problems.push(
        problem(`groups[${g}].min`, "must not be above max", {
          where: `第 ${g + 1} 个等级组合`,
          sentence: "最低占比（min）不能大于最高占比（max）",
        }),
      );
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
  if (!result.success) return { ok: false, problems: describeIssues(result.error.issues, policyPlace) };
  return policyOnScale(result.data, scale);
}
