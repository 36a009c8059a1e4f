import { isBlank, readNumber, readRatio } from "../../src";

describe("reading cells", () => {
  test.each([
    [90, 90],
    [" 85.5 ", 85.5],
    ["９０", 90],
    ["８５．５", 85.5],
    ["　７０　", 70],
    ["-5", -5],
    [".5", 0.5],
    ["1,250.5", 1250.5],
    ["1e2", 100],
  ])("%p reads as the number %p", (cell, value) => {
    expect(readNumber(cell)).toEqual({ value, percent: false });
  });

  test.each([
    ["85%", 0.85],
    ["８５％", 0.85],
    [" 20 % ", 0.2],
    ["120%", 1.2],
  ])("%p reads as the percentage %p", (cell, value) => {
    expect(readNumber(cell)).toEqual({ value, percent: true });
    expect(readRatio(cell)).toBe(value);
  });

  test.each([
    ["abc"],
    ["12abc"],
    ["1,23"],
    ["--5"],
    ["%"],
    [true],
    [false],
    [NaN],
    [Infinity],
    [-Infinity],
    [null],
    [""],
    [{}],
    ["1e999"],
  ])("%p is not a number", (cell) => {
    expect(readNumber(cell)).toBeUndefined();
  });

  test.each([[null], [undefined], [""], ["   "], ["　"]])("%p is blank", (cell) => {
    expect(isBlank(cell)).toBe(true);
  });

  test.each([[0], ["0"], ["x"], [false]])("%p is not blank", (cell) => {
    expect(isBlank(cell)).toBe(false);
  });
});
