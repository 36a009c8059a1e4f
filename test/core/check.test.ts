import { DEFAULT_POLICY, type Policy } from "../../src";
import {
  type GradeEntry,
  checkGrades,
  describeBlocker,
  describeHint,
  describeVerdict,
  describeViolation,
  moveHints,
} from "../../src/check";

const entries = (grades: (string | null)[], group?: string): GradeEntry[] =>
  grades.map((value, i) => ({ address: `G${i + 2}`, value, group }));

describe("exact mode (the default policy)", () => {
  test("7 people 4/2/1/0 against targets 3/2/2/0: move 1 person from A to C", () => {
    const report = checkGrades(entries(["A", "A", "A", "A", "B", "B", "C"]));
    expect(report.overall.rows.map((r) => r.targetCount)).toEqual([3, 2, 2, 0]);
    expect(report.overall.hints).toEqual([{ count: 1, from: "A", to: "C" }]);
    expect(report.overall.violations.map((v) => describeViolation(v, "en"))).toEqual([
      "A: 4 people, should be 3",
      "C: 1 person, should be 2",
    ]);
    expect(describeHint(report.overall.hints[0], "zh")).toBe("将 1 人从 A 调整为 C");
    expect(report.ready).toBe(false);
    expect(describeVerdict(report, "en")).toBe("Not ready: Forced distribution not met: everyone");
  });

  test("on target: ready", () => {
    const report = checkGrades(entries(["A", "A", "A", "B", "B", "C", "C"]));
    expect(report.overall.violations).toEqual([]);
    expect(report.ready).toBe(true);
    expect(describeVerdict(report, "zh")).toBe("可以提交");
  });

  test("surpluses go to the nearest short grades", () => {
    // 20 people: targets 9/6/4/1; counts 12/6/2/0 → 3 too many A; C short 2, D short 1
    const report = checkGrades(entries([...Array(12).fill("A"), ...Array(6).fill("B"), "C", "C"]));
    expect(report.overall.hints).toEqual([
      { count: 2, from: "A", to: "C" },
      { count: 1, from: "A", to: "D" },
    ]);
  });

  test("a grade short with nobody over: people come from the nearest grade that can spare them", () => {
    expect(
      moveHints(
        ["A", "B", "C"],
        [2, 2, 2],
        [
          { low: 1, high: 3 },
          { low: 3, high: 3 },
          { low: 1, high: 3 },
        ],
      ),
    ).toEqual([{ count: 1, from: "C", to: "B" }]);
  });
});

describe("guideline mode", () => {
  const policy: Policy = { ...DEFAULT_POLICY, mode: "guideline", tolerance: 5 };

  test("shares within ±5 points pass; outside, the hint brings them back", () => {
    // 20 people: A 45%±5 → 8–10, B 30%±5 → 5–7, C 20%±5 → 3–5, D 5%±5 → 0–2
    const within = checkGrades(entries([...Array(10).fill("A"), ...Array(5).fill("B"), ...Array(4).fill("C"), "D"]), {
      policy,
    });
    expect(within.overall.limits).toEqual([
      { low: 8, high: 10 },
      { low: 5, high: 7 },
      { low: 3, high: 5 },
      { low: 0, high: 2 },
    ]);
    expect(within.ready).toBe(true);
    const over = checkGrades(entries([...Array(12).fill("A"), ...Array(5).fill("B"), ...Array(3).fill("C")]), {
      policy,
    });
    expect(over.overall.violations.map((v) => describeViolation(v, "en"))).toEqual(["A: 12 people, should be 8–10"]);
    expect(over.overall.hints).toEqual([{ count: 2, from: "A", to: "B" }]);
  });

  test("grouped grades: B + C at least 50%", () => {
    const report = checkGrades(entries(["A", "A", "A", "B", "C", "D"]), {
      policy: { ...policy, tolerance: 50, groups: [{ grades: ["B", "C"], min: 0.5 }] },
    });
    expect(report.overall.violations.map((v) => describeViolation(v, "en"))).toEqual([
      "B+C together 33.3%, should be ≥ 50%",
    ]);
  });
});

describe("readiness", () => {
  test("invalid cells, missing grades, error cells and weight rows block", () => {
    const report = checkGrades(
      [
        ...entries(["A", "A", "B"]),
        { address: "G5", value: "A+" },
        { address: "G6", value: null },
        { address: "G8", value: { error: "#N/A" } },
      ],
      {
        scoreErrors: [{ address: "F3", error: "#VALUE!" }],
        weightTotals: [
          { address: "J5", total: 0.9 },
          { address: "K5", total: 1 },
        ],
      },
    );
    expect(report.invalid).toEqual([{ address: "G5", value: "A+" }]);
    expect(report.missing).toEqual(["G6"]);
    expect(report.errors).toEqual([
      { address: "F3", error: "#VALUE!" },
      { address: "G8", error: "#N/A" },
    ]);
    expect(report.weights).toEqual([{ address: "J5", total: 0.9 }]);
    expect(report.blocking.map((b) => b.kind)).toEqual(["distribution", "invalid", "missing", "errors", "weights"]);
  });

  test("year-end: the distribution is advisory, data problems still block", () => {
    const advisory = checkGrades(entries(["A", "A", "A", "A"]), { advisory: true });
    expect(advisory.overall.violations.length).toBeGreaterThan(0);
    expect(advisory.ready).toBe(true);
    expect(describeVerdict(advisory, "en")).toBe("Ready to submit (year-end: the distribution is advisory)");
    expect(checkGrades([...entries(["A"]), { address: "G9", value: "x" }], { advisory: true }).ready).toBe(false);
  });

  test("per group: each department is judged; everyone together is shown", () => {
    const report = checkGrades([
      ...entries(["A", "A", "A", "B", "B", "C", "C"], "运营部"),
      ...entries(["A", "A", "A", "A", "B", "B", "C"], "客服部"),
    ]);
    expect(report.groups.map((g) => [g.group, g.violations.length])).toEqual([
      ["运营部", 0],
      ["客服部", 2],
    ]);
    expect(report.overall.total).toBe(14);
    expect(report.blocking).toEqual([{ kind: "distribution", groups: ["客服部"] }]);
  });
});

describe("nothing to check is never ready", () => {
  test("no people at all: not ready, never 'on target'", () => {
    const report = checkGrades([]);
    expect(report.ready).toBe(false);
    expect(report.blocking).toEqual([{ kind: "no-graded-people", where: [] }]);
    expect(describeVerdict(report, "en")).toBe("Not ready: no graded people were read");
    expect(describeVerdict(report, "zh")).toBe("暂不能提交：没有读到任何有等级的人员");
  });

  test("people, none graded: missing, and nobody graded", () => {
    const report = checkGrades(entries([null, null]));
    expect(report.blocking.map((b) => b.kind)).toEqual(["missing", "no-graded-people"]);
  });

  test("one file among others holds nobody graded", () => {
    const report = checkGrades(entries(["A", "A", "A", "B", "B", "C", "C"]), { nothingGraded: ["empty.xlsx"] });
    expect(report.blocking).toEqual([{ kind: "no-graded-people", where: ["empty.xlsx"] }]);
    expect(describeBlocker(report.blocking[0], "en")).toBe("no graded people in empty.xlsx");
  });

  test("grades of another known scale: named with the scale, not flagged cell by cell", () => {
    const report = checkGrades([], {
      otherScales: [{ where: "a.xlsx › 考核", suggestion: { id: "excellent-good-pass-fail", cells: 12 } }],
    });
    expect(report.invalid).toEqual([]);
    expect(report.blocking).toEqual([
      { kind: "other-scale", where: "a.xlsx › 考核", suggestion: { id: "excellent-good-pass-fail", cells: 12 } },
    ]);
    expect(describeBlocker(report.blocking[0], "zh")).toBe(
      "a.xlsx › 考核 的等级属于“优秀/良好/合格/不合格”，请按该等级标准检查",
    );
  });
});
