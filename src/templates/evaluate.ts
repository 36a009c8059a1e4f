/**
 * An employee's result computed straight from the core, the way the sheet plan's formulas compute
 * it: items → section scores → final score → grade. An item or section with nothing entered is
 * "not scored" and its weight renormalised away. Bad input throws the core's HrError, as the
 * sheet shows an error cell.
 */
import { type Cell, isBlank } from "../cells";
import { kpiPoints } from "../kpi";
import { kpiStep } from "../kpi-step";
import { DEFAULT_SCALE, type Scale, band } from "../scale";
import { weightedScore } from "../scoring";
import type { Template } from "./schema";
import type { ColumnRole, InputRole, SheetPlan } from "./sheet-plan";

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
        if (isBlank(actual)) points = null;
        else if ("steps" in item) points = kpiStep(actual, item.steps, item.direction);
        else points = kpiPoints(actual, input({ kind: "kpi-target", section: section.id, item: item.id }), item);
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

/** What a computed column of the plan shows for the row: points, a grade, null when not scored; undefined for inputs. */
export function columnResult(role: ColumnRole, result: RowResult): number | string | null | undefined {
  switch (role.kind) {
    case "kpi-points":
    case "item-score":
      return result.items.get(`${role.section}/${role.item}`);
    case "section-score":
      return result.sections.get(role.section);
    case "final":
      return result.final;
    case "grade":
      return result.grade;
    default:
      return undefined;
  }
}

export const isInputRole = (role: ColumnRole): role is InputRole =>
  role.kind === "rating" || role.kind === "kpi-target" || role.kind === "kpi-actual";

const inputKey = (role: InputRole) =>
  JSON.stringify([role.kind, role.section, role.item, "rater" in role ? (role.rater ?? null) : null]);

/** evaluateRow's input for one row of the plan's table, given as cells by table column. */
export function rowInputs(plan: SheetPlan, row: readonly Cell[]): (role: InputRole) => Cell {
  const byRole = new Map<string, Cell>();
  plan.table.columns.forEach((column, index) => {
    if (isInputRole(column.role)) byRole.set(inputKey(column.role), row[index]);
  });
  return (role) => byRole.get(inputKey(role)) ?? null;
}
