import { DEFAULT_SCALE, band, findGrade, scaleFromRows } from "../../src";
import { errorOf } from "../support/errors";

describe("the default scale (DOMAIN §2)", () => {
  test.each([
    [100, "A"],
    [95, "A"],
    [90, "A"],
    [89.999999, "B"],
    [89.6, "B"],
    [80, "B"],
    [79.99, "C"],
    [60, "C"],
    [59.99, "D"],
    [0, "D"],
  ])("score %p is %p", (score, label) => {
    expect(band(score).label).toBe(label);
  });

  test("floating-point noise below the 9th decimal does not move a grade", () => {
    expect(band(89.99999999999999).label).toBe("A");
    expect(band(90.00000000000001).label).toBe("A");
    expect(band(79.99999999999999).label).toBe("B");
  });

  test("representative points are 95/85/70/50", () => {
    expect(DEFAULT_SCALE.grades.map((g) => [g.label, g.points])).toEqual([
      ["A", 95],
      ["B", 85],
      ["C", 70],
      ["D", 50],
    ]);
  });

  test.each([
    ["a", "A"],
    ["Ａ", "A"],
    ["ｂ", "B"],
    [" c ", "C"],
    ["超过目标", "A"],
    ["超過目標", "A"],
    ["达到目标", "B"],
    ["達到目標", "B"],
    ["接近目标", "C"],
    ["远低于目标", "D"],
    ["遠低於目標", "D"],
    ["exceeds target", "A"],
  ])("label %p is grade %p", (text, label) => {
    expect(findGrade(DEFAULT_SCALE, text)?.label).toBe(label);
  });

  test("out of range and blank scores", () => {
    const above = errorOf(() => band(100.5));
    expect(above.kind).toBe("value");
    expect(above.message).toBe("Score 100.5 is outside the scale's range 0–100");
    expect(above.text("zh")).toBe("得分 100.5 超出等级标准的范围（0～100）");
    expect(errorOf(() => band(-1)).kind).toBe("value");
    const blank = errorOf(() => band(null));
    expect(blank.kind).toBe("na");
    expect(blank.message).toBe("No score to grade");
    expect(errorOf(() => band("abc")).message).toBe("Score 'abc' is not a number or grade");
    expect(errorOf(() => band(true)).message).toBe("Score 'TRUE' is not a number or grade");
  });

  test("numeric text and labels are banded too", () => {
    expect(band("８９．６").label).toBe("B");
    expect(band("超过目标").label).toBe("A");
  });
});

describe("custom scales", () => {
  const chinese = scaleFromRows([
    ["不合格", 0, 40],
    ["优秀", 90, 95],
    ["合格", 60, 70],
    ["良好", 75, 80],
  ]);

  test("rows in any order, sorted best first", () => {
    expect(chinese.grades.map((g) => g.label)).toEqual(["优秀", "良好", "合格", "不合格"]);
    expect(band(74.99, chinese).label).toBe("合格");
    expect(band(75, chinese).label).toBe("良好");
    expect(chinese.max).toBe(100);
  });

  test("five levels A–E with a max of 5 from the upper-bound column", () => {
    const five = scaleFromRows([
      ["A", 4.5, null, 5],
      ["B", 3.5, null, 4.49],
      ["C", 2.5],
      ["D", 1.5],
      ["E", 1],
    ]);
    expect(five.max).toBe(5);
    expect(five.min).toBe(1);
    expect(band(5, five).label).toBe("A");
    expect(band(3.5, five).label).toBe("B");
    expect(errorOf(() => band(5.5, five)).message).toBe("Score 5.5 is outside the scale's range 1–5");
    expect(errorOf(() => band(0.5, five)).kind).toBe("value");
  });

  test("blank rows are skipped", () => {
    expect(
      scaleFromRows([
        ["A", 50],
        [null, null],
        ["B", 0],
      ]).grades,
    ).toHaveLength(2);
  });

  test.each([
    [[["A"]], "The scale needs at least 2 columns: label | lower bound [| points [| upper bound]]"],
    [[["A", "x"]], "Scale row 1: lower bound 'x' is not a number"],
    [
      [
        ["A", 90],
        [null, 80],
      ],
      "Scale row 2: the label is blank",
    ],
    [
      [
        ["A", 90],
        ["a", 80],
      ],
      "Scale: the label 'a' appears twice",
    ],
    [
      [
        ["A", 90],
        ["B", 90],
      ],
      "Scale: two grades have the lower bound 90",
    ],
    [
      [
        ["A", 90, 85],
        ["B", 0],
      ],
      "Scale row 1: points 85 lie outside the band of 'A'",
    ],
    [
      [
        ["A", 90],
        ["B", 0, 95],
      ],
      "Scale row 2: points 95 lie outside the band of 'B'",
    ],
    [
      [
        ["A", 90, null, 80],
        ["B", 0],
      ],
      "Scale: the max 80 is not above the top lower bound 90",
    ],
    [[["A", "90%"]], "Scale row 1: lower bound '90%' is not a number"],
    [[[null, null]], "The scale is empty: give rows of label | lower bound [| points]"],
  ])("scale %j is rejected: %s", (rows, message) => {
    const error = errorOf(() => scaleFromRows(rows));
    expect(error.kind).toBe("value");
    expect(error.message).toBe(message);
  });
});
