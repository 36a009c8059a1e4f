/**
 * A grade scale written as JSON (the command line's --scale file), validated by a zod schema and
 * then by the core's scale rules, with messages in both languages that point at the field:
 *
 *   { "grades": [ { "label": "优秀", "lower": 90, "points": 95 }, { "label": "良好", "lower": 80 },
 *                 { "label": "合格", "lower": 60 }, { "label": "不合格", "lower": 0 } ],
 *     "policy": { "优秀": 20, "良好": 50, "合格": 25, "不合格": 5 } }
 *
 * `policy` (percentages) is optional: a four-level known scale defaults to the manual's shares by
 * position, any other scale then needs a policy file.
 */
import { z } from "zod";
import { HrError } from "../errors";
import type { Policy } from "../policy";
import { findKnownScale } from "../reading";
import { type Scale, makeScale } from "../scale";
import { type TemplateProblem, describeIssues, readJson } from "../templates/validate";
import { PolicyFile, Percent, policyOnScale } from "./policy-file";

const Bound = z.number().finite().min(0);

export const ScaleFile = z
  .object({
    grades: z
      .array(z.object({ label: z.string().trim().min(1), lower: Bound, points: Bound.optional() }).strict())
      .min(1),
    /** The top of the scale (100 unless given). */
    max: z.number().finite().positive().optional(),
    /** Target share of each grade, in percent. */
    policy: z.record(z.string(), Percent).optional(),
  })
  .strict();
export type ScaleFile = z.infer<typeof ScaleFile>;

export type ScaleResult =
  { ok: true; scale: Scale; policy?: Policy; id?: string } | { ok: false; problems: TemplateProblem[] };

/** Validates the text of a scale file. */
export function parseScaleJson(text: string): ScaleResult {
  const json = readJson(text);
  if (!json.ok) return json;
  const parsed = ScaleFile.safeParse(json.value);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues) };
  let scale: Scale;
  try {
    scale = makeScale(parsed.data.grades, parsed.data.max);
  } catch (error) {
    if (!(error instanceof HrError)) throw error;
    return {
      ok: false,
      problems: [{ path: "grades", en: `grades: ${error.text("en")}`, zh: `grades：${error.text("zh")}` }],
    };
  }
  if (!parsed.data.policy) return { ok: true, scale };
  const policy = policyOnScale(PolicyFile.parse({ shares: parsed.data.policy }), scale, "policy");
  if (!policy.ok) return policy;
  return { ok: true, scale, policy: policy.policy };
}

/** A known scale by its id (excellent-good-pass-fail …), with its default policy when it has one. */
export function knownScaleResult(id: string): ScaleResult | undefined {
  const known = findKnownScale(id);
  return known && { ok: true, scale: known.scale, id: known.id, ...(known.policy ? { policy: known.policy } : {}) };
}
