/**
 * The built dist/functions.js, loaded as the shared runtime loads it, and every DOMAIN §3 example
 * through it — first called directly, then inside a real formula engine.
 */
import {
  DEFAULT_SCALE,
  gradeOf,
  kpiPoints,
  kpiStep,
  normalizeScores,
  readKpiRule,
  readSteps,
  weightedScore,
} from "../../src";
import { ExcelError, call, loadFunctionsBundle, readMetadata } from "../support/bundle";

const bundle = loadFunctionsBundle();
const fn = (id: string) => {
  const found = bundle.functions.get(id);
  if (!found) throw new Error(`${id} is not associated`);
  return found;
};
const row = (...cells: unknown[]) => [cells];

describe("dist/functions.js in a fresh context", () => {
  test("associates every function of the metadata, and nothing else", () => {
    const ids = readMetadata().functions.map((f) => f.id);
    expect(ids).toEqual(["SCORE", "GRADE", "BAND", "GRADES", "KPISCORE", "KPISTEP", "NORMALIZE", "DISTRIBUTION"]);
    expect([...bundle.functions.keys()].sort()).toEqual([...ids].sort());
  });

  test("leaves no globals behind but the two it was given", () => {
    expect(Object.keys(bundle.context).sort()).toEqual(["CustomFunctions", "Office"]);
  });
});

describe("DOMAIN §3 through the bundle", () => {
  test("HR.SCORE and HR.GRADE", () => {
    expect(fn("SCORE")(row(90, 80, 70, 60, 100), null, null)).toBe(80);
    expect(fn("GRADE")(row(90, 80, 70, 60, 100), null, null)).toBe("B");
    expect(fn("GRADE")(row(90, 90, 90, 90, 90), row(0.1, 0.2, 0.3, 0.2, 0.2), null)).toBe("A");
    expect(fn("SCORE")(row(90, 89.2), null, null)).toBe(89.6);
    expect(fn("GRADE")(row(90, 89.2), null, null)).toBe("B");
    expect(fn("GRADE")(row("９０", "超过目标", null, ""), null, null)).toBe("A");
    // weights as a column, scores as a row: counts matter, not shapes
    expect(fn("SCORE")(row(100, 50), [[3], [1]], null)).toBe(87.5);
    expect(fn("SCORE")(row(100, 50), row("75%", "25%"))).toBe(87.5);
  });

  test("errors carry the contract's codes and messages", () => {
    expect(call(fn("SCORE"), row(90, 80, "abc"), null, null)).toEqual(
      new ExcelError("#VALUE!", "Score 'abc' at item 3 is not a number or grade"),
    );
    expect(call(fn("GRADE"), row(null, "", " "), null, null)).toEqual(new ExcelError("#N/A", "No scores entered"));
    expect(call(fn("SCORE"), row(90, 80), row(0, 0), null)).toEqual(
      new ExcelError("#DIV/0!", "The weights of the scored items add up to 0"),
    );
    expect(call(fn("BAND"), 101, null)).toEqual(
      new ExcelError("#VALUE!", "Score 101 is outside the scale's range 0–100"),
    );
    expect(call(fn("BAND"), null, null)).toEqual(new ExcelError("#N/A", "No score to grade"));
  });

  test("HR.BAND at the boundaries", () => {
    const bands = [59.99, 60, 79.99, 80, 89.6, 90, 100].map((s) => fn("BAND")(s, null));
    expect(bands).toEqual(["D", "C", "C", "B", "B", "A", "A"]);
  });

  test("custom scale as a range argument", () => {
    const scale = [
      ["优秀", 90, 95],
      ["良好", 75, 80],
      ["合格", 60, 65],
      ["不合格", 0, 30],
    ];
    expect(fn("GRADE")(row(80, 70), null, scale)).toBe("良好");
    expect(fn("BAND")(74.9, scale)).toBe("合格");
  });

  test("HR.GRADES spills one grade per row; blank rows are empty, bad rows an error in their cell only", () => {
    const result = fn("GRADES")(
      [
        [90, 95],
        [null, ""],
        [70, "abc"],
        [60, 65],
      ],
      null,
      null,
    ) as unknown[][];
    expect(result).toHaveLength(4);
    expect(result[0]).toEqual(["A"]);
    expect(result[1]).toEqual([""]);
    expect(result[2]).toEqual([new ExcelError("#VALUE!", "Score 'abc' at item 2 is not a number or grade")]);
    expect(result[3]).toEqual(["C"]);
  });

  test("HR.GRADES rejects weights that do not match the columns as a whole", () => {
    expect(call(fn("GRADES"), [[90, 95]], row(1, 2, 3), null)).toEqual(
      new ExcelError("#VALUE!", "2 scores but 3 weights: give one weight per score"),
    );
  });

  test("HR.KPISCORE", () => {
    const kpi = fn("KPISCORE");
    expect(kpi(90, 100, null, null, null)).toBe(90);
    expect(kpi(12, 10, "lower", null, null)).toBe(80);
    expect(kpi(12, 10, "越低越好", null, null)).toBe(80);
    expect(kpi(59, 100, null, "60%", null)).toBe(0);
    expect(kpi(130, 100, null, null, 1.2)).toBe(120);
    expect(call(kpi, 5, 0, "lower", null, null)).toEqual(
      new ExcelError(
        "#VALUE!",
        "Target is 0: a lower-is-better KPI with a zero target needs step scoring (e.g. points off per unit), not a ratio",
      ),
    );
  });

  test("HR.KPISTEP: the contract's examples", () => {
    const step = fn("KPISTEP");
    const higher = [
      ["80%", 60],
      ["90%", 80],
      ["100%", 100],
    ];
    expect([0.95, 1.2, 0.7].map((value) => step(value, higher, null))).toEqual([80, 100, 0]);
    const lower = [
      [30, 100],
      [60, 80],
      [120, 60],
    ];
    expect([45, 20, 200].map((value) => step(value, lower, "lower"))).toEqual([80, 100, 0]);
    const complaints = [
      [0, 100],
      [2, 80],
      [5, 60],
    ];
    expect([0, 3, 6].map((value) => step(value, complaints, "越低越好"))).toEqual([100, 60, 0]);
    expect(call(step, null, complaints, "lower")).toEqual(new ExcelError("#N/A", "No actual value entered"));
    expect(call(step, 1, [[1], [2]], null)).toEqual(
      new ExcelError("#VALUE!", "The step table needs 2 columns (threshold, points), not 1"),
    );
    expect(
      call(
        step,
        1,
        [
          [1, 100],
          ["100%", 80],
        ],
        null,
      ),
    ).toEqual(new ExcelError("#VALUE!", "Step table rows 1 and 2 have the same threshold 1"));
  });

  test("HR.NORMALIZE spills one calibrated score per row; a bad row errs in its own cell only", () => {
    const scores = [[90], [95], [100], [null], ["abc"], [70], [75], [80], [60]];
    const raters = [["X"], ["X"], ["X"], ["X"], ["Y"], ["Y"], ["Y"], ["Y"], [null]];
    const result = fn("NORMALIZE")(scores, raters, null, null) as unknown[][];
    expect(result.map((cells) => cells.length)).toEqual(scores.map(() => 1));
    const rounded = result.map(([cell]) => (typeof cell === "number" ? Number(cell.toFixed(3)) : cell));
    expect(rounded).toEqual([
      71.771,
      85,
      98.229,
      "",
      new ExcelError("#VALUE!", "Score 'abc' at item 5 is not a number or grade"),
      71.771,
      85,
      98.229,
      new ExcelError("#VALUE!", "The score at row 9 has no rater"),
    ]);
    expect(call(fn("NORMALIZE"), [[90, 80]], [["X"]], null, null)).toEqual(
      new ExcelError("#VALUE!", "Scores must be one column, not 2"),
    );
    expect(call(fn("NORMALIZE"), [[90]], [["X"], ["Y"]], null, null)).toEqual(
      new ExcelError("#VALUE!", "1 scores but 2 raters: select two columns of the same rows"),
    );
    expect(call(fn("NORMALIZE"), [[90]], [["X"]], 0, null)).toEqual(
      new ExcelError("#VALUE!", "min_ratings '0' must be a whole number of at least 1"),
    );
    // min_ratings 2: Y's two scores are calibrated too
    const two = fn("NORMALIZE")([[90], [95], [100], [70], [80]], [["X"], ["X"], ["X"], ["Y"], ["Y"]], 2, null);
    expect(two).toEqual(normalizeScores([90, 95, 100, 70, 80], ["X", "X", "X", "Y", "Y"], 2).map((value) => [value]));
  });

  test("HR.DISTRIBUTION: header row, one row per grade, 7 people at 45/30/20/5 → 3/2/2/0", () => {
    const grades = [["A"], ["A"], ["B"], ["B"], ["B"], ["C"], ["D"], [null]];
    expect(fn("DISTRIBUTION")(grades, null, null)).toEqual([
      ["Grade", "Count", "Actual %", "Target %", "Target count", "Difference", "Status"],
      ["A", 2, 2 / 7, 0.45, 3, -1, "-1"],
      ["B", 3, 3 / 7, 0.3, 2, 1, "+1"],
      ["C", 1, 1 / 7, 0.2, 2, -1, "-1"],
      ["D", 1, 1 / 7, 0.05, 0, 1, "+1"],
    ]);
  });

  test("HR.DISTRIBUTION with a policy range and with a custom scale", () => {
    const policy = [
      ["A", "20%"],
      ["B", "50%"],
      ["C", "30%"],
    ];
    const table = fn("DISTRIBUTION")([["A", "B", "B", "C"]], policy, null) as unknown[][];
    expect(table.slice(1).map((r) => [r[0], r[4], r[6]])).toEqual([
      ["A", 1, "OK"],
      ["B", 2, "OK"],
      ["C", 1, "OK"],
      ["D", 0, "OK"],
    ]);
    const scale = [
      ["优秀", 90],
      ["合格", 60],
      ["不合格", 0],
    ];
    expect(call(fn("DISTRIBUTION"), [["优秀"]], null, scale)).toEqual(
      new ExcelError("#VALUE!", "With a custom scale, give the policy too: rows of grade | target share"),
    );
    const custom = fn("DISTRIBUTION")(
      [["优秀", "合格"]],
      [
        ["优秀", 50],
        ["合格", 50],
      ],
      scale,
    ) as unknown[][];
    expect(custom.map((r) => r[0])).toEqual(["Grade", "优秀", "合格", "不合格"]);
    expect(call(fn("DISTRIBUTION"), [["A", "Z"]], null, null)).toEqual(
      new ExcelError("#VALUE!", "'Z' at item 2 is not a grade of the scale"),
    );
  });

  test("the README's worked example", () => {
    const weights = row("20%", "20%", "30%", "15%", "15%");
    expect(fn("SCORE")(row(95, 92, "Ａ", 88, null), weights, null)).toBe(93.058823529);
    expect(fn("GRADE")(row(95, 92, "Ａ", 88, null), weights, null)).toBe("A");
    expect(fn("SCORE")(row(85, "达到目标", 70, 64, 80), weights, null)).toBe(76.6);
    expect(fn("GRADE")(row(85, "达到目标", 70, 64, 80), null, null)).toBe("C");
    expect(call(fn("GRADE"), row(90, "abc", 70, 60, 80), null, null)).toEqual(
      new ExcelError("#VALUE!", "Score 'abc' at item 2 is not a number or grade"),
    );
  });

  test("the bundle agrees with the core it was built from", () => {
    const scores = [85, "Ｂ", null, 72.5, "90"];
    expect(fn("SCORE")([scores], null, null)).toBe(weightedScore(scores, null, DEFAULT_SCALE));
    expect(fn("GRADE")([scores], null, null)).toBe(
      gradeOf(DEFAULT_SCALE, weightedScore(scores, null, DEFAULT_SCALE)).label,
    );
    expect(fn("KPISCORE")(7, 9, "lower", 0.5, 1.2)).toBe(kpiPoints(7, 9, readKpiRule("lower", 0.5, 1.2)));
    const steps = [
      [2, 100],
      [8, 80],
      [24, 60],
    ];
    for (const value of [1, 2, 5, 8, 24, 25]) {
      expect(fn("KPISTEP")(value, steps, "lower")).toBe(kpiStep(value, readSteps(steps), "lower"));
    }
  });
});

describe("messages follow the workbook's language", () => {
  const zh = loadFunctionsBundle("zh-CN");
  test("Chinese messages and headers under zh-CN", () => {
    expect(call(zh.functions.get("SCORE")!, row(90, "abc"), null, null)).toEqual(
      new ExcelError("#VALUE!", "第 2 项的得分“abc”不是数字或等级"),
    );
    expect(call(zh.functions.get("KPISTEP")!, 1, [[1, 120]], null)).toEqual(
      new ExcelError("#VALUE!", "分档计分表第 1 行：得分“120”须为 0～100 的数字"),
    );
    expect(zh.functions.get("NORMALIZE")!([[90]], [[null]], null, null)).toEqual([
      [new ExcelError("#VALUE!", "第 1 行有得分，但评价人为空")],
    ]);
    const seven = ["A", "A", "A", "B", "B", "C", "C"].map((grade) => [grade]);
    const table = zh.functions.get("DISTRIBUTION")!(seven, null, null) as unknown[][];
    expect(table[0]).toEqual(["等级", "实际人数", "实际占比", "目标占比", "目标人数", "差异", "状态"]);
    // 7 people at 45/30/20/5: targets 3/2/2/0 (largest remainder); status in words, Difference a number.
    expect(table.slice(1).map((r) => [r[0], r[5], r[6]])).toEqual([
      ["A", 0, "符合"],
      ["B", 0, "符合"],
      ["C", 0, "符合"],
      ["D", 0, "符合"],
    ]);
    const off = zh.functions.get("DISTRIBUTION")!([["A"], ["A"], ["A"], ["D"]], null, null) as unknown[][];
    expect(off.slice(1).map((r) => [r[0], r[5], r[6]])).toEqual([
      ["A", 1, "多 1 人"],
      ["B", -1, "少 1 人"],
      ["C", -1, "少 1 人"],
      ["D", 1, "多 1 人"],
    ]);
  });
});
