import { DEFAULT_SCALE, gradeOf, readWeights, scaleFromRows, weightedScore } from "../../src";
import { errorOf } from "../support/errors";

const score = (scores: unknown[], weights?: unknown[], scale = DEFAULT_SCALE) =>
  weightedScore(scores, weights ? readWeights(weights) : null, scale);
const grade = (scores: unknown[], weights?: unknown[]) => gradeOf(DEFAULT_SCALE, score(scores, weights)).label;

describe("weighted score (HR.SCORE)", () => {
  test("equal weights when omitted", () => {
    expect(score([90, 80, 70, 60, 100])).toBe(80);
  });

  test("weights are relative: 20,20,20,20,20 ≡ 0.2,… ≡ 20%,…", () => {
    const scores = [95, 85, 70, 50, 88];
    const expected = 77.6;
    expect(score(scores, [20, 20, 20, 20, 20])).toBe(expected);
    expect(score(scores, [0.2, 0.2, 0.2, 0.2, 0.2])).toBe(expected);
    expect(score(scores, ["20%", "20%", "20%", "20%", "20%"])).toBe(expected);
    expect(score(scores, ["２０％", "20 %", 0.2, "0.2", 20 / 100])).toBe(expected);
  });

  test("unequal weights", () => {
    expect(score([100, 50], [3, 1])).toBe(87.5);
    expect(score([1, 2], [1, 2])).toBe(1.666666667);
  });

  test("a mean that is mathematically 90 is exactly 90 and grades A, whatever the weights", () => {
    expect(score([90, 90, 90, 90, 90], [0.1, 0.2, 0.3, 0.2, 0.2])).toBe(90);
    expect(grade([90, 90, 90, 90, 90], [0.1, 0.2, 0.3, 0.2, 0.2])).toBe("A");
    expect(grade([90, 90, 90], [0.7, 0.1, 0.2])).toBe("A");
    expect(grade([80, 100], [0.5, 0.5])).toBe("A");
  });

  test("89.6 is a B, not a gap; 59.99 is D; 60 is C", () => {
    expect(grade([90, 89.2])).toBe("B");
    expect(score([90, 89.2])).toBe(89.6);
    expect(grade([59.99])).toBe("D");
    expect(grade([60])).toBe("C");
    expect(grade([100, 100])).toBe("A");
  });

  test("blank scores are skipped and the remaining weights renormalised", () => {
    expect(score([90, null, 70], [1, 1, 2])).toBe(76.666666667);
    expect(score([90, "", "  ", 70])).toBe(80);
    // a weight next to a blank score is ignored, even a blank one
    expect(score([90, null], [1, null])).toBe(90);
  });

  test("grade labels stand for their representative points", () => {
    expect(score(["A", "B", "C", "D"])).toBe((95 + 85 + 70 + 50) / 4);
    expect(score(["超过目标", "達到目標", "ａ"])).toBe(91.666666667);
  });

  test("numeric text, full-width digits and spaces", () => {
    expect(score(["９０", " 80 ", "７０．５"])).toBe(80.166666667);
  });

  test.each([
    [
      ["90", 80, "abc"],
      undefined,
      "Score 'abc' at item 3 is not a number or grade",
      "第 3 项的得分“abc”不是数字或等级",
    ],
    [[90, true], undefined, "Score 'TRUE' at item 2 is not a number or grade", "第 2 项的得分“TRUE”不是数字或等级"],
    [[NaN], undefined, "Score 'NaN' at item 1 is not a number or grade", "第 1 项的得分“NaN”不是数字或等级"],
    [
      [90, Infinity],
      undefined,
      "Score 'Infinity' at item 2 is not a number or grade",
      "第 2 项的得分“Infinity”不是数字或等级",
    ],
    [
      [90, 105],
      undefined,
      "Score 105 at item 2 is outside the scale's range 0–100",
      "第 2 项的得分 105 超出等级标准的范围（0～100）",
    ],
    [
      [-1],
      undefined,
      "Score -1 at item 1 is outside the scale's range 0–100",
      "第 1 项的得分 -1 超出等级标准的范围（0～100）",
    ],
    [
      [90, "85%"],
      undefined,
      "Score '85%' at item 2 is a percentage: enter points (0–100)",
      "第 2 项的得分“85%”是百分比，请输入 0～100 的分数",
    ],
    [
      [90, 80],
      [1, 2, 3],
      "2 scores but 3 weights: give one weight per score",
      "有 2 个得分却有 3 个权重：每个得分需要一个权重",
    ],
    [[90, 80], [1, null], "Weight at item 2 is blank but the item has a score", "第 2 项已有得分，但权重为空"],
    [[90, 80], [1, -1], "Weight -1 at item 2 is negative", "第 2 项的权重 -1 是负数"],
    [[90, 80], ["x", 1], "Weight 'x' at item 1 is not a number", "第 1 项的权重“x”不是数字"],
  ])("%j weighted %j is #VALUE!: %s", (scores, weights, en, zh) => {
    const error = errorOf(() => score(scores, weights));
    expect(error.kind).toBe("value");
    expect(error.message).toBe(en);
    expect(error.text("zh")).toBe(zh);
  });

  test("a bad weight is reported even next to a blank score", () => {
    expect(errorOf(() => score([90, null], [1, "x"])).message).toBe("Weight 'x' at item 2 is not a number");
  });

  test("all scores blank is #N/A", () => {
    const error = errorOf(() => score([null, "", " "]));
    expect(error.kind).toBe("na");
    expect(error.message).toBe("No scores entered");
    expect(error.text("zh")).toBe("尚未输入得分");
  });

  test("weights of the scored items summing to 0 is #DIV/0!", () => {
    const error = errorOf(() => score([90, 80, null], [0, 0, 1]));
    expect(error.kind).toBe("div0");
    expect(error.message).toBe("The weights of the scored items add up to 0");
  });

  test("custom scale: range and labels", () => {
    const scale = scaleFromRows([
      ["优秀", 90, 95],
      ["良好", 75],
      ["合格", 60, 65],
      ["不合格", 0, 30],
    ]);
    expect(weightedScore(["优秀", "合格"], null, scale)).toBe(80);
    expect(errorOf(() => weightedScore(["良好"], null, scale)).message).toBe(
      "Grade '良好' at item 1 has no representative points in the scale",
    );
    expect(errorOf(() => weightedScore(["A"], null, scale)).message).toBe(
      "Score 'A' at item 1 is not a number or grade",
    );
  });
});
