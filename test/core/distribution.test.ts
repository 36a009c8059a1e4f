import {
  DEFAULT_POLICY,
  DEFAULT_SCALE,
  differenceStatus,
  distribution,
  policyFromRows,
  scaleFromRows,
  tallyGrades,
  targetCounts,
} from "../../src";
import { errorOf } from "../support/errors";

const DEFAULT_SHARES = [0.45, 0.3, 0.2, 0.05];

describe("largest-remainder target counts", () => {
  test("7 people at 45/30/20/5 → 3/2/2/0 (DOMAIN §4)", () => {
    expect(targetCounts(7, DEFAULT_SHARES)).toEqual([3, 2, 2, 0]);
  });

  test("20 and 100 people divide exactly", () => {
    expect(targetCounts(20, DEFAULT_SHARES)).toEqual([9, 6, 4, 1]);
    expect(targetCounts(100, DEFAULT_SHARES)).toEqual([45, 30, 20, 5]);
  });

  test("ties go to the earlier grade (A before B)", () => {
    // 2 people at 50/50 is exact; 1 person at 50/50 ties: A gets the person.
    expect(targetCounts(1, [0.5, 0.5])).toEqual([1, 0]);
    expect(targetCounts(1, [0.25, 0.25, 0.25, 0.25])).toEqual([1, 0, 0, 0]);
    expect(targetCounts(3, [0.25, 0.25, 0.25, 0.25])).toEqual([1, 1, 1, 0]);
  });

  test("counts always sum to N, also for 0 people", () => {
    expect(targetCounts(0, DEFAULT_SHARES)).toEqual([0, 0, 0, 0]);
    for (let n = 1; n < 60; n++) expect(targetCounts(n, DEFAULT_SHARES).reduce((a, b) => a + b)).toBe(n);
  });
});

describe("HR.DISTRIBUTION rows", () => {
  test("counts, shares, targets, differences", () => {
    const grades = ["A", "A", "A", "A", "B", "B", "C", null, "", "D"];
    const rows = distribution(grades, DEFAULT_POLICY, DEFAULT_SCALE);
    expect(rows).toEqual([
      { grade: "A", count: 4, actualShare: 0.5, targetShare: 0.45, targetCount: 4, difference: 0 },
      { grade: "B", count: 2, actualShare: 0.25, targetShare: 0.3, targetCount: 2, difference: 0 },
      { grade: "C", count: 1, actualShare: 0.125, targetShare: 0.2, targetCount: 2, difference: -1 },
      { grade: "D", count: 1, actualShare: 0.125, targetShare: 0.05, targetCount: 0, difference: 1 },
    ]);
    expect(rows.map((row) => differenceStatus(row.difference))).toEqual(["OK", "OK", "-1", "+1"]);
    // In a Chinese workbook the status says it in words; the Difference column stays a number.
    expect(rows.map((row) => differenceStatus(row.difference, "zh"))).toEqual(["符合", "符合", "少 1 人", "多 1 人"]);
    expect([differenceStatus(2, "en"), differenceStatus(2, "zh"), differenceStatus(-2, "zh")]).toEqual([
      "+2",
      "多 2 人",
      "少 2 人",
    ]);
  });

  test("Chinese names and full-width letters count as their grade", () => {
    const tally = tallyGrades(["超过目标", "ａ", "達到目標", "b"], DEFAULT_SCALE);
    expect(tally.counts).toEqual([2, 2, 0, 0]);
  });

  test("a cell that is not a grade is #VALUE! naming it", () => {
    const error = errorOf(() => distribution(["A", "B", "A+", 85], DEFAULT_POLICY, DEFAULT_SCALE));
    expect(error.kind).toBe("value");
    expect(error.message).toBe("'A+' at item 3 is not a grade of the scale");
    expect(error.text("zh")).toBe("第 3 项的“A+”不是等级标准中的等级");
  });

  test("the tally lists every invalid and blank cell", () => {
    const tally = tallyGrades(["A", "x", null, 85, "B"], DEFAULT_SCALE);
    expect(tally.invalid).toEqual([
      { index: 1, value: "x" },
      { index: 3, value: 85 },
    ]);
    expect(tally.blank).toEqual([2]);
    expect(tally.total).toBe(2);
  });

  test("no grades at all is #N/A", () => {
    const error = errorOf(() => distribution([null, ""], DEFAULT_POLICY, DEFAULT_SCALE));
    expect(error.kind).toBe("na");
    expect(error.message).toBe("No grades entered");
  });
});

describe("policies", () => {
  test("fractions, percents and % text", () => {
    const expected = DEFAULT_POLICY.shares;
    expect(
      policyFromRows(
        [
          ["A", 0.45],
          ["B", 0.3],
          ["C", 0.2],
          ["D", 0.05],
        ],
        DEFAULT_SCALE,
      ).shares,
    ).toEqual(expected);
    expect(
      policyFromRows(
        [
          ["A", 45],
          ["B", 30],
          ["C", 20],
          ["D", 5],
        ],
        DEFAULT_SCALE,
      ).shares,
    ).toEqual(expected);
    expect(
      policyFromRows(
        [
          ["A", "45%"],
          ["B", "30%"],
          ["C", "20%"],
          ["D", "5%"],
        ],
        DEFAULT_SCALE,
      ).shares,
    ).toEqual(expected);
    expect(
      policyFromRows(
        [
          ["超过目标", "45％"],
          ["b", 30],
          ["C", 20],
          ["D", 5],
        ],
        DEFAULT_SCALE,
      ).shares[1].share,
    ).toBe(0.3);
  });

  test("shares may miss 100% by 0.1 point", () => {
    expect(() =>
      policyFromRows(
        [
          ["A", 45],
          ["B", 30],
          ["C", 20],
          ["D", 4.9],
        ],
        DEFAULT_SCALE,
      ),
    ).not.toThrow();
    expect(() =>
      policyFromRows(
        [
          ["A", 45],
          ["B", 30],
          ["C", 20],
          ["D", 5.1],
        ],
        DEFAULT_SCALE,
      ),
    ).not.toThrow();
  });

  test.each([
    [
      [
        ["A", 45],
        ["B", 30],
        ["C", 20],
        ["D", 4.8],
      ],
      "Policy shares add up to 99.8%, not 100%",
    ],
    [
      [
        ["A", 45],
        ["B", 30],
        ["C", 20],
      ],
      "Policy shares add up to 95%, not 100%",
    ],
    [
      [
        ["A", 50],
        ["E", 50],
      ],
      "Policy row 2: 'E' is not a grade of the scale (pass the scale as the last argument)",
    ],
    [
      [
        ["A", 50],
        ["a", 50],
      ],
      "Policy: the grade 'a' appears twice",
    ],
    [
      [
        ["A", "lots"],
        ["B", 50],
      ],
      "Policy row 1: share 'lots' is not a number or percentage",
    ],
    [
      [
        ["A", 110],
        ["B", -10],
      ],
      "Policy row 2: share -0.1 is negative",
    ],
    [[["A"]], "The policy needs 2 columns: grade | target share"],
  ])("policy %j is rejected: %s", (rows, message) => {
    const error = errorOf(() => policyFromRows(rows, DEFAULT_SCALE));
    expect(error.kind).toBe("value");
    expect(error.message).toBe(message);
  });

  test("custom scale with its own policy; grades the policy omits get 0%", () => {
    const scale = scaleFromRows([
      ["优秀", 90],
      ["良好", 75],
      ["合格", 60],
      ["不合格", 0],
    ]);
    const policy = policyFromRows(
      [
        ["优秀", 20],
        ["良好", 50],
        ["合格", 30],
      ],
      scale,
    );
    const rows = distribution(["优秀", "良好", "良好", "合格", "不合格"], policy, scale);
    expect(rows.map((row) => [row.grade, row.count, row.targetCount, row.difference])).toEqual([
      ["优秀", 1, 1, 0],
      ["良好", 2, 3, -1],
      ["合格", 1, 1, 0],
      ["不合格", 1, 0, 1],
    ]);
  });
});
