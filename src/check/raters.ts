/**
 * The rater view (DOMAIN §4, advisory, never blocking): per rater, the people rated, their mean
 * score and the share of each grade; a rater with enough people whose mean stands a standard
 * deviation away from everyone else's is flagged lenient or severe, with the figures.
 */
import { round9 } from "../numeric";
import type { Person } from "../reading/reading";
import { type Scale, findGrade } from "../scale";

/** A rater is judged only with at least this many people rated. */
export const MIN_RATED = 5;

export interface RaterFigures {
  /** As first written in the sheet. */
  rater: string;
  people: number;
  /** Mean of the scores used (see RaterView.basis); undefined when none of the people has one. */
  mean?: number;
  /** Count per grade, in scale order. */
  counts: { grade: string; count: number; share: number }[];
  flag?: "lenient" | "severe";
  /** Mean of everyone this rater did not rate, when flagged. */
  othersMean?: number;
}

export interface RaterView {
  /** "score": the final-score column; "points": the grades' representative points. */
  basis: "score" | "points";
  mean?: number;
  /** Population standard deviation of all people's scores. */
  sd?: number;
  raters: RaterFigures[];
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** The rater view of the people who have a rater; undefined when none has. */
export function raterView(people: readonly Person[], scale: Scale): RaterView | undefined {
  const rated = people.filter((person) => person.rater?.trim());
  if (!rated.length) return undefined;
  const basis = rated.some((person) => person.score !== undefined) ? "score" : "points";
  const scoreOf = (person: Person) =>
    basis === "score" ? person.score : person.label ? findGrade(scale, person.label)?.points : undefined;
  const scored = (people: readonly Person[]) => {
    const scores: number[] = [];
    for (const person of people) {
      const score = scoreOf(person);
      if (score !== undefined) scores.push(score);
    }
    return scores;
  };
  const all = scored(rated);
  const overall = all.length ? mean(all) : undefined;
  const sd = overall === undefined ? undefined : Math.sqrt(mean(all.map((v) => (v - overall) ** 2)));

  const byRater = new Map<string, Person[]>();
  const shownAs = new Map<string, string>();
  for (const person of rated) {
    const key = person.rater!.trim().toLowerCase();
    if (!byRater.has(key)) byRater.set(key, []);
    if (!shownAs.has(key)) shownAs.set(key, person.rater!.trim());
    byRater.get(key)!.push(person);
  }
  const sumAll = all.reduce((sum, v) => sum + v, 0);
  const raters = [...byRater].map(([key, theirs]): RaterFigures => {
    const scores = scored(theirs);
    const sum = scores.reduce((total, v) => total + v, 0);
    const figures: RaterFigures = {
      rater: shownAs.get(key)!,
      people: theirs.length,
      ...(scores.length ? { mean: round9(sum / scores.length) } : {}),
      counts: scale.grades.map((grade) => {
        let count = 0;
        for (const person of theirs) if (person.label === grade.label) count++;
        return { grade: grade.label, count, share: count / theirs.length };
      }),
    };
    // everyone else: all the scores but this rater's
    const others = all.length - scores.length;
    if (theirs.length >= MIN_RATED && figures.mean !== undefined && others && sd) {
      const othersMean = (sumAll - sum) / others;
      const gap = figures.mean - othersMean;
      if (Math.abs(gap) >= sd - 1e-9) {
        figures.flag = gap > 0 ? "lenient" : "severe";
        figures.othersMean = round9(othersMean);
      }
    }
    return figures;
  });
  return { basis, ...(overall === undefined ? {} : { mean: round9(overall), sd: round9(sd!) }), raters };
}
