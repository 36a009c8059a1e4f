import fc from "fast-check";
import { DEFAULT_SCALE, band, gradeOf, round9, targetCounts, weightedScore } from "../../src";

// Scores as HR types them: 0–100 with up to two decimals; weights as positive integers or cents.
const scoreArb = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
const weightArb = fc.oneof(
  fc.integer({ min: 1, max: 100 }),
  fc.integer({ min: 1, max: 100 }).map((n) => n / 100),
);
const itemsArb = fc.array(fc.tuple(scoreArb, weightArb), { minLength: 1, maxLength: 12 });
const score = (items: [number, number][]) =>
  weightedScore(
    items.map(([s]) => s),
    items.map(([, w]) => w),
    DEFAULT_SCALE,
  );

describe("properties of the weighted score", () => {
  test("lies between the smallest and largest score", () => {
    fc.assert(
      fc.property(itemsArb, (items) => {
        const result = score(items);
        const scores = items.map(([s]) => s);
        return result >= Math.min(...scores) && result <= Math.max(...scores);
      }),
    );
  });

  test("does not depend on the order of the (score, weight) pairs", () => {
    fc.assert(
      fc.property(
        itemsArb.chain((items) =>
          fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length })),
        ),
        ([items, shuffled]) => score(items) === score(shuffled),
      ),
    );
  });

  test("does not change when every weight is scaled by the same factor", () => {
    fc.assert(
      fc.property(itemsArb, fc.constantFrom(0.01, 0.1, 3, 7, 100, 1e6), (items, factor) => {
        const scaled = score(items.map(([s, w]) => [s, w * factor]));
        const original = score(items);
        return (
          Math.abs(scaled - original) <= 1e-9 && gradeOf(DEFAULT_SCALE, scaled) === gradeOf(DEFAULT_SCALE, original)
        );
      }),
    );
  });

  test("equals the 9-decimal weighted mean computed in exact rational arithmetic", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 50 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (items) => {
          const numerator = items.reduce((sum, [s, w]) => sum + s * w, 0);
          const denominator = items.reduce((sum, [, w]) => sum + w, 0);
          return score(items) === round9(numerator / denominator);
        },
      ),
    );
  });
});

describe("properties of banding", () => {
  test("the grade is monotone in the score", () => {
    const rank = (s: number) => DEFAULT_SCALE.grades.indexOf(band(s)); // 0 = best
    fc.assert(
      fc.property(scoreArb, scoreArb, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return rank(high) <= rank(low);
      }),
    );
  });
});

describe("properties of target counts", () => {
  const sharesArb = fc
    .array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 })
    .filter((parts) => parts.some((p) => p > 0))
    .map((parts) => {
      const sum = parts.reduce((a, b) => a + b, 0);
      return parts.map((p) => p / sum);
    });

  test("sum to N, and each is the floor or the ceiling of N × share", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), sharesArb, (n, shares) => {
        const counts = targetCounts(n, shares);
        const sumsToN = counts.reduce((a, b) => a + b, 0) === n;
        const nearExact = counts.every((count, i) => {
          const exact = round9(n * shares[i]);
          return count === Math.floor(exact) || count === Math.ceil(exact);
        });
        return sumsToN && nearExact;
      }),
      { numRuns: 500 },
    );
  });
});
