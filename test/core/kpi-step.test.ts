import fc from "fast-check";
import { type Direction, kpiStep, readDirection, readSteps } from "../../src";
import { errorOf } from "../support/errors";

/** HR.KPISTEP as the function adapter calls it: cells in, points out. */
const points = (value: unknown, steps: unknown[][], direction?: unknown) =>
  kpiStep(value, readSteps(steps), readDirection(direction));

describe("step-table KPI points (HR.KPISTEP): the contract's examples", () => {
  test("higher is better, steps 80%→60, 90%→80, 100%→100", () => {
    const steps = [
      ["80%", 60],
      ["90%", 80],
      ["100%", 100],
    ];
    expect([0.95, 1.2, 0.7].map((value) => points(value, steps))).toEqual([80, 100, 0]);
  });

  test("lower is better, steps 30→100, 60→80, 120→60", () => {
    const steps = [
      [30, 100],
      [60, 80],
      [120, 60],
    ];
    expect([45, 20, 200].map((value) => points(value, steps, "lower"))).toEqual([80, 100, 0]);
  });

  test("a zero-target KPI (complaints), lower, steps 0→100, 2→80, 5→60", () => {
    const steps = [
      [0, 100],
      [2, 80],
      [5, 60],
    ];
    expect([0, 3, 6].map((value) => points(value, steps, "越低越好"))).toEqual([100, 60, 0]);
  });
});

describe("step-table KPI points: edges", () => {
  test("a single step", () => {
    expect(points(0.9, [[0.9, 100]])).toBe(100);
    expect(points(0.89, [[0.9, 100]])).toBe(0);
    expect(points(0, [[0, 100]], "lower")).toBe(100);
    expect(points(1, [[0, 100]], "lower")).toBe(0);
  });

  test("steps in any order give the same points", () => {
    const sorted = [
      [0.8, 60],
      [0.9, 80],
      [1, 100],
    ];
    const shuffled = [sorted[2], sorted[0], sorted[1]];
    for (const value of [0.5, 0.8, 0.85, 0.9, 0.99, 1, 1.5]) {
      for (const direction of ["higher", "lower"]) {
        expect(points(value, shuffled, direction)).toBe(points(value, sorted, direction));
      }
    }
  });

  test("a value exactly on a threshold reaches it, in both directions", () => {
    const higher = [
      [0.8, 60],
      [0.9, 80],
    ];
    expect([0.8, 0.9].map((value) => points(value, higher))).toEqual([60, 80]);
    const lower = [
      [30, 100],
      [60, 80],
    ];
    expect([30, 60].map((value) => points(value, lower, "lower"))).toEqual([100, 80]);
  });

  test("values and thresholds as percent text, full-width digits and numeric text", () => {
    const steps = [
      ["９０％", 80],
      [" 1 ", 100],
    ];
    expect(points("95%", steps)).toBe(80);
    expect(points("１００％", steps)).toBe(100);
    expect(points("0.9", steps)).toBe(80);
    expect(points("1,000", [["1,000", 100]])).toBe(100);
  });

  test("float noise in a computed value does not step over a threshold", () => {
    expect(0.7 - 0.4).toBeLessThan(0.3);
    expect(points(0.7 - 0.4, [[0.3, 100]])).toBe(100);
    expect(0.1 + 0.2).toBeGreaterThan(0.3);
    expect(points(0.1 + 0.2, [[0.3, 100]], "lower")).toBe(100);
  });

  test("fully blank rows are skipped (a step deleted by clearing its row)", () => {
    const steps = [
      [0.8, 60],
      [null, ""],
      [1, 100],
    ];
    expect(points(0.9, steps)).toBe(60);
  });
});

describe("step-table KPI points: errors name the problem and the row", () => {
  test("a blank value is #N/A", () => {
    const error = errorOf(() => points(" ", [[1, 100]]));
    expect(error.kind).toBe("na");
    expect(error.message).toBe("No actual value entered");
    expect(error.text("zh")).toBe("尚未输入实际值");
  });

  test.each([
    ["a value that is text", "abc", [[1, 100]], "Actual 'abc' is not a number", "实际值“abc”不是数字"],
    ["a value that is TRUE", true, [[1, 100]], "Actual 'TRUE' is not a number", "实际值“TRUE”不是数字"],
    [
      "one column",
      1,
      [[1], [2]],
      "The step table needs 2 columns (threshold, points), not 1",
      "分档计分表需要 2 列（分档值、得分），当前为 1 列",
    ],
    [
      "three columns",
      1,
      [[1, 100, "x"]],
      "The step table needs 2 columns (threshold, points), not 3",
      "分档计分表需要 2 列（分档值、得分），当前为 3 列",
    ],
    [
      "no steps",
      1,
      [[null, null]],
      "The step table is empty: give rows of threshold and points",
      "分档计分表为空：请在每行填写分档值和得分",
    ],
    [
      "a blank threshold",
      1,
      [
        [1, 100],
        ["", 80],
      ],
      "Step table row 2: the threshold cell is blank",
      "分档计分表第 2 行：分档值为空",
    ],
    ["blank points", 1, [[1, null]], "Step table row 1: the points cell is blank", "分档计分表第 1 行：得分为空"],
    [
      "a threshold that is text",
      1,
      [
        [1, 100],
        ["high", 80],
      ],
      "Step table row 2: threshold 'high' is not a number",
      "分档计分表第 2 行：分档值“high”不是数字",
    ],
    [
      "points above 100",
      1,
      [[1, 120]],
      "Step table row 1: points '120' must be a number from 0 to 100",
      "分档计分表第 1 行：得分“120”须为 0～100 的数字",
    ],
    [
      "negative points",
      1,
      [[1, -5]],
      "Step table row 1: points '-5' must be a number from 0 to 100",
      "分档计分表第 1 行：得分“-5”须为 0～100 的数字",
    ],
    [
      "points as a percentage",
      1,
      [[1, "80%"]],
      "Step table row 1: points '80%' must be a number from 0 to 100",
      "分档计分表第 1 行：得分“80%”须为 0～100 的数字",
    ],
    [
      "two equal thresholds (90% and 0.9)",
      1,
      [
        ["90%", 80],
        [1, 100],
        [0.9, 70],
      ],
      "Step table rows 1 and 3 have the same threshold 0.9",
      "分档计分表第 1 行与第 3 行的分档值相同（0.9）",
    ],
    [
      "a bad direction",
      1,
      [[1, 100]],
      `Direction 'up' is not "higher" or "lower"`,
      "指标方向“up”无效，应为“越高越好”或“越低越好”",
    ],
  ])("%s is #VALUE!", (_, value, steps, en, zh) => {
    const direction = en.startsWith("Direction") ? "up" : undefined;
    const error = errorOf(() => points(value, steps as unknown[][], direction));
    expect(error.kind).toBe("value");
    expect(error.message).toBe(en);
    expect(error.text("zh")).toBe(zh);
  });
});

test("a direction other than higher or lower is #VALUE!", () => {
  const error = errorOf(() => points(1, [[1, 100]], "up"));
  expect([error.kind, error.message]).toEqual(["value", `Direction 'up' is not "higher" or "lower"`]);
});

describe("properties of step-table points", () => {
  /** Unique thresholds with points monotone in them (rising for higher, falling for lower), rows shuffled. */
  const monotoneSteps = (direction: Direction) =>
    fc
      .uniqueArray(fc.integer({ min: -500, max: 500 }), { minLength: 1, maxLength: 8 })
      .chain((thresholds) =>
        fc
          .array(fc.integer({ min: 0, max: 100 }), { minLength: thresholds.length, maxLength: thresholds.length })
          .map((points) => {
            const sortedThresholds = [...thresholds].sort((a, b) => a - b);
            const sortedPoints = [...points].sort((a, b) => (direction === "higher" ? a - b : b - a));
            return sortedThresholds.map((threshold, i) => ({ threshold: threshold / 10, points: sortedPoints[i] }));
          }),
      )
      .chain((steps) => fc.shuffledSubarray(steps, { minLength: steps.length, maxLength: steps.length }));
  const valueArb = fc.integer({ min: -600, max: 600 }).map((n) => n / 10);

  test.each(["higher", "lower"] as const)("%s: monotone in the value", (direction) => {
    fc.assert(
      fc.property(monotoneSteps(direction), valueArb, valueArb, (steps, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const [atLow, atHigh] = [kpiStep(low, steps, direction), kpiStep(high, steps, direction)];
        return direction === "higher" ? atLow <= atHigh : atLow >= atHigh;
      }),
    );
  });

  test("the points are always one of the table's points, or 0", () => {
    fc.assert(
      fc.property(monotoneSteps("higher"), valueArb, fc.constantFrom("higher", "lower"), (steps, value, direction) => {
        const result = kpiStep(value, steps, direction as Direction);
        return result === 0 || steps.some((step) => step.points === result);
      }),
    );
  });
});
