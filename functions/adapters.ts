/**
 * The custom functions' host-neutral half (DOMAIN §3), shared by the Excel and the Google Sheets
 * entry points: arguments read into the core, the row loops of the spilled results (a bad row is an
 * error in its own cell only), DISTRIBUTION's table with its header and status in the workbook's
 * language. A host differs only in its door: how values come in and how errors go out.
 */
import {
  type Block,
  type Cell,
  DEFAULT_POLICY,
  DISTRIBUTION_HEADER,
  HrError,
  type HrErrorKind,
  type Language,
  band as bandOf,
  checkPolicy,
  differenceStatus,
  distribution as distributionOf,
  flatten,
  gradeOf,
  invalid,
  isBlank,
  isOmitted,
  kpiPoints,
  kpiStep as kpiStepPoints,
  normalizeScores,
  policyFromRows,
  readDirection,
  readKpiRule,
  readMinRatings,
  readSteps,
  scaleArgument,
  singleColumn,
  weightedScore,
  weightsArgument,
} from "../src";

/** The spreadsheet error each kind of core error is shown as (Excel's error values, Sheets' message prefix). */
export const ERROR_CODES: Record<HrErrorKind, string> = {
  value: "#VALUE!",
  na: "#N/A",
  div0: "#DIV/0!",
};

/** What one host decides about its custom functions; everything else is shared. */
export interface FunctionDoor<ErrorCell> {
  /** A range argument as rows of the values the host passed; null when it was omitted. */
  range(argument: unknown): readonly (readonly unknown[])[] | null;
  /** A one-value argument as the core reads it; throws the HrError of a value no core reader takes. */
  value(argument: unknown): Cell;
  /**
   * One value of a range as the core reads it; throws the HrError of a value no core reader takes
   * (a date in Sheets). `item` is its 1-based position in reading order. A host whose values are
   * already core cells leaves it out.
   */
  cell?(value: unknown, item: number): Cell;
  /** The language of messages and of DISTRIBUTION's header and status; asked at most once a call. */
  language(): Language;
  /** Ends the call with a core error, as the host shows a failed call. */
  fail(error: HrError, language: Language): never;
  /** A core error as one cell of a spilled result. */
  errorCell(error: HrError, language: Language): ErrorCell;
}

/** One call of a custom function: its arguments read through the door, its language asked once, when needed. */
class Call<ErrorCell> {
  private language: Language | undefined;

  constructor(private readonly door: FunctionDoor<ErrorCell>) {}

  workbookLanguage(): Language {
    return (this.language ??= this.door.language());
  }

  value(argument: unknown): Cell {
    return this.door.value(argument);
  }

  /** A range argument, each value checked by the door and numbered in reading order; null when omitted. */
  range(argument: unknown): Block | null {
    const rows = this.door.range(argument);
    return rows && this.cells(rows);
  }

  /** Rows of values, each checked by the door and numbered from 1 in reading order. */
  cells(rows: readonly (readonly unknown[])[]): Block {
    const door = this.door;
    if (!door.cell) return rows;
    let item = 0;
    return rows.map((row) => row.map((value) => door.cell!(value, ++item)));
  }

  /**
   * A one-column argument's values, row by row. A value the door refuses becomes its row's error in
   * `refused` and reads as blank, so that row counts in no statistic.
   */
  column(values: readonly unknown[], refused: Map<number, HrError>): readonly Cell[] {
    const door = this.door;
    if (!door.cell) return values;
    return values.map((value, index) => {
      try {
        return door.cell!(value, index + 1);
      } catch (error) {
        if (!(error instanceof HrError)) throw error;
        if (!refused.has(index)) refused.set(index, error);
        return null;
      }
    });
  }

  /** Runs the computation; a core error ends the call as the host shows one. */
  run<T>(compute: () => T): T {
    try {
      return compute();
    } catch (error) {
      if (!(error instanceof HrError)) throw error;
      return this.door.fail(error, this.workbookLanguage());
    }
  }

  /** A row's own core error as its cell of a spilled result; anything else is a bug and is rethrown. */
  errorCell(error: unknown): ErrorCell {
    if (!(error instanceof HrError)) throw error;
    return this.door.errorCell(error, this.workbookLanguage());
  }
}

/** The eight custom functions of DOMAIN §3 for one host, arguments in the host's shapes. */
export function customFunctions<ErrorCell>(door: FunctionDoor<ErrorCell>) {
  return {
    score(scores: unknown, weights?: unknown, scale?: unknown): number {
      const call = new Call(door);
      return call.run(() =>
        weightedScore(
          flatten(call.range(scores)),
          weightsArgument(call.range(weights)),
          scaleArgument(call.range(scale)),
        ),
      );
    },

    grade(scores: unknown, weights?: unknown, scale?: unknown): string {
      const call = new Call(door);
      return call.run(() => {
        const gradeScale = scaleArgument(call.range(scale));
        const itemWeights = weightsArgument(call.range(weights));
        return gradeOf(gradeScale, weightedScore(flatten(call.range(scores)), itemWeights, gradeScale)).label;
      });
    },

    band(score: unknown, scale?: unknown): string {
      const call = new Call(door);
      return call.run(() => bandOf(call.value(score), scaleArgument(call.range(scale))).label);
    },

    /** One grade per row: "" for a blank row, a bad row's error in its own cell; the weights and scale fail the whole call. */
    grades(scores: unknown, weights?: unknown, scale?: unknown): (string | ErrorCell)[][] {
      const call = new Call(door);
      const { rows, gradeScale, itemWeights } = call.run(() => {
        const rows = door.range(scores) ?? [];
        const itemWeights = weightsArgument(call.range(weights));
        const columns = rows[0]?.length ?? 0;
        if (itemWeights && itemWeights.length !== columns) {
          throw invalid("weightCount", { scores: columns, weights: itemWeights.length });
        }
        return { rows, gradeScale: scaleArgument(call.range(scale)), itemWeights };
      });
      return rows.map((values) => {
        try {
          const [row] = call.cells([values]); // items numbered within the row, as the core numbers them
          return [row.every(isBlank) ? "" : gradeOf(gradeScale, weightedScore(row, itemWeights, gradeScale)).label];
        } catch (error) {
          return [call.errorCell(error)];
        }
      });
    },

    kpiScore(actual: unknown, target: unknown, direction?: unknown, floor?: unknown, cap?: unknown): number {
      const call = new Call(door);
      return call.run(() =>
        kpiPoints(
          call.value(actual),
          call.value(target),
          readKpiRule(call.value(direction), call.value(floor), call.value(cap)),
        ),
      );
    },

    kpiStep(value: unknown, steps: unknown, direction?: unknown): number {
      const call = new Call(door);
      return call.run(() =>
        kpiStepPoints(call.value(value), readSteps(call.range(steps) ?? []), readDirection(call.value(direction))),
      );
    },

    /** One calibrated score per row: "" for a blank score, a bad row's error in its own cell. */
    normalize(scores: unknown, raters: unknown, minRatings?: unknown, scale?: unknown): (number | "" | ErrorCell)[][] {
      const call = new Call(door);
      const rows = call.run(() => {
        const scoreColumn = singleColumn(door.range(scores) ?? [], "scores");
        const raterColumn = singleColumn(door.range(raters) ?? [], "raters");
        const refused = new Map<number, HrError>();
        const calibrated = normalizeScores(
          call.column(scoreColumn, refused),
          call.column(raterColumn, refused),
          readMinRatings(call.value(minRatings)),
          scaleArgument(call.range(scale)),
        );
        return calibrated.map((row, index) => refused.get(index) ?? row);
      });
      return rows.map((row) => [row instanceof HrError ? call.errorCell(row) : row]);
    },

    /** Header row, then one row per grade of the scale; header and status in the workbook's language. */
    distribution(grades: unknown, policy?: unknown, scale?: unknown): (string | number)[][] {
      const call = new Call(door);
      return call.run(() => {
        const scaleRows = call.range(scale);
        const gradeScale = scaleArgument(scaleRows);
        const policyRows = call.range(policy);
        if (isOmitted(policyRows) && !isOmitted(scaleRows)) throw invalid("policyNeeded");
        const gradePolicy = isOmitted(policyRows)
          ? checkPolicy(DEFAULT_POLICY, gradeScale)
          : policyFromRows(policyRows, gradeScale);
        const rows = distributionOf(flatten(call.range(grades)), gradePolicy, gradeScale);
        const language = call.workbookLanguage();
        return [
          [...DISTRIBUTION_HEADER[language]],
          ...rows.map((row) => [
            row.grade,
            row.count,
            row.actualShare,
            row.targetShare,
            row.targetCount,
            row.difference,
            differenceStatus(row.difference, language),
          ]),
        ];
      });
    },
  };
}
