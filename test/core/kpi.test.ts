import { kpiPoints, readDirection, readKpiRule } from "../../src";
import { errorOf } from "../support/errors";

const points = (actual: unknown, target: unknown, direction?: unknown, floor?: unknown, cap?: unknown) =>
  kpiPoints(actual, target, readKpiRule(direction, floor, cap));

describe("KPI points (HR.KPISCORE)", () => {
  test("higher is better: actual ÷ target, capped at 100% by default", () => {
    expect(points(90, 100)).toBe(90);
    expect(points(120, 100)).toBe(100);
    expect(points(1, 3)).toBe(33.333333333);
    expect(points(0, 100)).toBe(0);
  });

  test("lower is better: 1 + (target − actual) ÷ |target|", () => {
    expect(points(8, 10, "lower")).toBe(100);
    expect(points(12, 10, "lower")).toBe(80);
    expect(points(25, 10, "lower")).toBe(0);
    expect(points(-12, -10, "lower")).toBe(100);
    expect(points(-8, -10, "lower")).toBe(80);
  });

  test("direction words", () => {
    for (const word of [null, "", "higher", "HIGHER", "高", "越高越好", 1, "1", "ｈｉｇｈｅｒ"]) {
      expect(readDirection(word)).toBe("higher");
    }
    for (const word of ["lower", "Lower", "低", "越低越好", -1, "-1"]) expect(readDirection(word)).toBe("lower");
  });

  test("floor gates achievement below it to 0; the gate itself passes", () => {
    expect(points(59, 100, null, 0.6)).toBe(0);
    expect(points(60, 100, null, 0.6)).toBe(60);
    expect(points(60, 100, null, "60%")).toBe(60);
    expect(points(0.3, 0.5, null, 0.6)).toBe(60);
    expect(points(59, 100, null, "６０％")).toBe(0);
  });

  test("cap lets achievement count above 100%", () => {
    expect(points(130, 100, "higher", 0, 1.2)).toBe(120);
    expect(points(110, 100, "higher", 0, "120%")).toBe(110);
  });

  test("percent and numeric text actuals and targets", () => {
    expect(points("3.3%", "3%")).toBe(100);
    expect(points("2.7%", "3%")).toBe(90);
    expect(points("1,200", "1,500")).toBe(80);
  });

  test("blank actual or target is #N/A", () => {
    expect(errorOf(() => points(null, 100)).kind).toBe("na");
    expect(errorOf(() => points(null, 100)).message).toBe("No actual value entered");
    expect(errorOf(() => points(50, "")).message).toBe("No target entered");
    expect(errorOf(() => points(50, "")).text("zh")).toBe("尚未输入目标值");
  });

  test.each([
    [["abc", 100], "Actual 'abc' is not a number"],
    [[50, "x"], "Target 'x' is not a number"],
    [[50, 0], "Target 0 must be greater than 0 for a higher-is-better KPI"],
    [[50, -5], "Target -5 must be greater than 0 for a higher-is-better KPI"],
    [
      [3, 0, "lower"],
      "Target is 0: a lower-is-better KPI with a zero target needs step scoring (e.g. points off per unit), not a ratio",
    ],
    [[50, 100, "sideways"], `Direction 'sideways' is not "higher" or "lower"`],
    [[50, 100, 2], `Direction '2' is not "higher" or "lower"`],
    [[50, 100, null, "x"], "Floor 'x' is not a number or percentage"],
    [[50, 100, null, null, "x"], "Cap 'x' is not a number or percentage"],
    [[50, 100, null, null, 0], "Cap 0 must be greater than 0"],
    [[50, 100, null, 60], `Floor 60 must lie between 0 and the cap 1 (write 60% as 0.6 or "60%")`],
    [[50, 100, null, -0.1], `Floor -0.1 must lie between 0 and the cap 1 (write 60% as 0.6 or "60%")`],
    [[true, 100], "Actual 'TRUE' is not a number"],
  ])("%j is #VALUE!: %s", (args, message) => {
    const error = errorOf(() => points(...(args as [unknown, unknown, unknown?, unknown?, unknown?])));
    expect(error.kind).toBe("value");
    expect(error.message).toBe(message);
    expect(error.text("zh")).not.toBe(message);
  });
});
