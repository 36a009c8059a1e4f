/**
 * Deterministic appraisal data: seeded scores, so every contender sees the same arrays and a rerun
 * sees the same numbers.
 */

/** One employee's item scores as Excel passes a row: numbers, null for a blank cell. */
export type ScoreRow = (number | null)[];

/** Relative weights of the five items (columns B:F of the formula-engine sheets). */
export const WEIGHTS: readonly number[] = [20, 20, 30, 15, 15];

/** Share of score cells left blank. */
export const BLANK_SHARE = 0.05;

const SEED = 20240601;

/** mulberry32: a small, fast 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // Kept to 32 bits: a growing float state would lose precision after a few million draws.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` rows of scores in 0–100. Each employee has a level (40–100) and the items scatter ±15
 * around it, so all four grades occur; half the scores are integers, half have two decimals.
 * Every row keeps at least one score: an all-blank row has no grade, which is not what is timed.
 */
export function scoreRows(count: number, seed = SEED): ScoreRow[] {
  const random = mulberry32(seed);
  const score = (level: number): number | null => {
    if (random() < BLANK_SHARE) return null;
    const points = Math.min(100, Math.max(0, level + (random() - 0.5) * 30));
    return random() < 0.5 ? Math.round(points) : Math.round(points * 100) / 100;
  };
  const rows: ScoreRow[] = [];
  for (let r = 0; r < count; r++) {
    const level = 40 + 60 * random();
    const row: ScoreRow = WEIGHTS.map(() => score(level));
    if (!row.some((cell) => cell !== null)) row[0] = Math.round(level);
    rows.push(row);
  }
  return rows;
}
