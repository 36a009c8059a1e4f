/**
 * An employee's result computed straight from the core, the way the sheet plan's formulas compute
 * it: items → section scores → final score → grade. An item or section with nothing entered is
 * "not scored" and its weight renormalised away. Bad input throws the core's HrError, as the
 * sheet shows an error cell.
 */
import { type Cell, isBlank } from "../cells";
import { kpiPoints } from "../kpi";
import { DEFAULT_SCALE, type Scale, band } from "../scale";
import { weightedScore } from "../scoring";
import type { Template } from "./schema";
import type { InputRole } from "./sheet-plan";

export interface RowResult {
  /** "section/item" → item points (null: not scored). */
  items: Map<string, number | null>;
  sections: Map<string, number | null>;
  final: number | null;
  grade: string | null;
}

const fractions = (percents: readonly number[]) => percents.map((percent) => percent / 100);
const scoredOrNull = (cells: readonly Cell[], compute: () => number) => (cells.every(isBlank) ? null : compute());

export function evaluateRow(
  template: Template,
  raters: boolean,
  input: (role: InputRole) => Cell,
  scale: Scale = DEFAULT_SCALE,
): RowResult {
  const raterColumns = raters && template.raters.length > 1;
  const raterWeights = fractions(template.raters.map((rater) => rater.weight));
  const result: RowResult = { items: new Map(), sections: new Map(), final: null, grade: null };
  const sectionScores = template.sections.map((section) => {
    const cells = section.items.map((item): Cell => {
      let points: Cell;
      if (item.kind === "kpi") {
        const actual = input({ kind: "kpi-actual", section: section.id, item: item.id });
        const target = input({ kind: "kpi-target", section: section.id, item: item.id });
        points = isBlank(actual) ? null : kpiPoints(actual, target, item);
      } else if (raterColumns) {
        const ratings = template.raters.map((rater) =>
          input({ kind: "rating", section: section.id, item: item.id, rater: rater.role }),
        );
        points = scoredOrNull(ratings, () => weightedScore(ratings, raterWeights, scale));
      } else {
        points = input({ kind: "rating", section: section.id, item: item.id });
      }
      result.items.set(`${section.id}/${item.id}`, isBlank(points) ? null : (points as number));
      return points;
    });
    const weights = fractions(section.items.map((item) => item.weight));
    const score = scoredOrNull(cells, () => weightedScore(cells, weights, scale));
    result.sections.set(section.id, score);
    return score;
  });
  result.final =
    template.sections.length === 1
      ? sectionScores[0]
      : scoredOrNull(sectionScores, () =>
          weightedScore(sectionScores, fractions(template.sections.map((section) => section.weight)), scale),
        );
  result.grade = result.final === null ? null : band(result.final, scale).label;
  return result;
}
