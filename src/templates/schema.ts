/**
 * The role template: what a standard appraisal table for one role contains. The zod schema is the
 * single source of truth; the TypeScript types are inferred from it, and user templates (JSON) are
 * validated by it with messages that point at the field.
 */
import { z } from "zod";

/** Text in both UI languages: Chinese says what the manual means in written Chinese; English translates it. */
export const LocalText = z.object({
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

/**
 * Where a number comes from: a fact written in the seed manual, or a default this project chose
 * (DOMAIN §5: section and rater weights are not fixed by the seeds).
 */
export const Source = z.enum(["seed", "default"]);

/** Percentages as numbers: 20 means 20%. A list of them must add up to 100. */
const Percent = z.number().finite().min(0).max(100);

/** Behavioural anchors: what an A, B, C and D look like for a rated item (seed 003). */
export const Anchors = z.object({ A: LocalText, B: LocalText, C: LocalText, D: LocalText });

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by '-'");

const ItemBase = {
  id: Id,
  name: LocalText,
  weight: Percent,
  weightSource: Source,
  /** Work standard or definition, as the seed words it. */
  description: LocalText.optional(),
};

/** A rated item: scored by people on the scale (0–100 or a grade letter). */
export const RatingItem = z.object({ kind: z.literal("rating"), ...ItemBase, anchors: Anchors.optional() }).strict();

const KpiBase = {
  kind: z.literal("kpi"),
  ...ItemBase,
  unit: LocalText,
  direction: z.enum(["higher", "lower"]),
};

/** A KPI scored proportionally: points from actual against target (HR.KPISCORE). */
export const KpiItem = z
  .object({
    ...KpiBase,
    /** Achievement below the floor earns 0 points (0.6 = 60%). */
    floor: z.number().finite().min(0),
    /** Achievement above the cap counts as the cap (1.2 = 120%). */
    cap: z.number().finite().positive(),
    limitsSource: Source,
  })
  .strict();

/**
 * One row of a step table: an actual value reaching `threshold` earns `points`. Thresholds are in
 * the KPI's unit, percentages as fractions (0.5% = 0.005), as HR.KPISTEP reads them.
 */
export const KpiStep = z
  .object({
    threshold: z.number().finite(),
    points: z.number().finite().min(0).max(100),
  })
  .strict();

/**
 * A KPI scored by a step table (HR.KPISTEP) instead of proportionally: counts, times, a zero
 * target, any indicator scored in bands. Higher is better: the points of the highest threshold
 * reached; lower is better: of the lowest threshold not exceeded; 0 beyond every step.
 */
export const StepKpiItem = z
  .object({
    ...KpiBase,
    steps: z.array(KpiStep).min(1),
    stepsSource: Source,
  })
  .strict();

/** A KPI of either scoring: a step table when it has `steps`, otherwise proportional. */
export const Item = z.union([RatingItem, StepKpiItem, KpiItem]);

export const Section = z
  .object({
    id: Id,
    name: LocalText,
    weight: Percent,
    weightSource: Source,
    items: z.array(Item).min(1),
  })
  .strict();

export const RaterRole = z.enum(["self", "supervisor", "peer"]);

export const Rater = z.object({ role: RaterRole, weight: Percent }).strict();

export const Cycle = z.enum(["monthly", "quarterly", "annual"]);

export const Family = z.enum(["management", "operations", "customer-service", "marketing", "content-design", "data"]);

const TEMPLATE_VERSION = 1;

export const Template = z
  .object({
    /** Version of this schema the template was written for (exported JSON carries it). */
    schemaVersion: z.literal(TEMPLATE_VERSION).default(TEMPLATE_VERSION),
    id: Id,
    role: LocalText,
    department: LocalText,
    family: Family,
    /** The seed manual it comes from: "000" … "004", or "custom" for a user's own template. */
    seed: z.string().regex(/^(\d{3}|custom)$/, "must be a seed number such as 003, or custom"),
    cycles: z.array(Cycle).min(1),
    /** Who rates the rated items, and how much each rater counts. Empty: one rating per item. */
    raters: z.array(Rater),
    raterWeightsSource: Source,
    sections: z.array(Section).min(1),
    notes: LocalText.optional(),
  })
  .strict()
  .superRefine((template, ctx) => {
    /** A list of weighted entries: the weights add up to 100, and each key appears once. */
    const weightedList = <T extends { weight: number }>(
      entries: readonly T[],
      path: (string | number)[],
      field: "id" | "role",
      key: (entry: T) => string,
    ) => {
      const total = entries.reduce((sum, entry) => sum + entry.weight, 0);
      if (entries.length && Math.abs(total - 100) > 0.01) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path, params: { rule: "sum100", total } });
      }
      const keys = entries.map(key);
      keys.forEach((value, index) => {
        if (keys.indexOf(value) !== index) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [...path, index, field],
            params: { rule: "unique", value },
          });
        }
      });
    };
    weightedList(template.sections, ["sections"], "id", (section) => section.id);
    template.sections.forEach((section, s) => {
      weightedList(section.items, ["sections", s, "items"], "id", (item) => item.id);
      section.items.forEach((item, i) => {
        if (item.kind !== "kpi") return;
        if (!("steps" in item) && item.floor > item.cap) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ["sections", s, "items", i, "floor"],
            params: { rule: "floorAboveCap" },
          });
        }
        const thresholds = "steps" in item ? item.steps.map((step) => step.threshold) : [];
        thresholds.forEach((threshold, index) => {
          if (thresholds.indexOf(threshold) !== index) {
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              path: ["sections", s, "items", i, "steps", index, "threshold"],
              params: { rule: "unique", value: threshold },
            });
          }
        });
      });
    });
    weightedList(template.raters, ["raters"], "role", (rater) => rater.role);
  });

export type LocalText = z.infer<typeof LocalText>;
export type Source = z.infer<typeof Source>;
export type Anchors = z.infer<typeof Anchors>;
export type RatingItem = z.infer<typeof RatingItem>;
export type KpiItem = z.infer<typeof KpiItem>;
export type KpiStep = z.infer<typeof KpiStep>;
export type StepKpiItem = z.infer<typeof StepKpiItem>;
export type Item = z.infer<typeof Item>;
export type Section = z.infer<typeof Section>;
export type RaterRole = z.infer<typeof RaterRole>;
export type Rater = z.infer<typeof Rater>;
export type Cycle = z.infer<typeof Cycle>;
export type Family = z.infer<typeof Family>;
export type Template = z.infer<typeof Template>;
/** A template as written in source or JSON, before defaults are filled in. */
export type TemplateInput = z.input<typeof Template>;

/** A KPI scored by its step table rather than proportionally. */
export const isStepKpi = (item: Item): item is StepKpiItem => item.kind === "kpi" && "steps" in item;
