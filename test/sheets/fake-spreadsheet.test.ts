/**
 * The fake spreadsheet's modelled Sheets behaviours, each as its comment in fake-spreadsheet.ts
 * documents it: what the gateway tests trust.
 */
import {
  FakeSpreadsheetApp,
  dateOfSerial,
  formatDate,
  namedRangeProblem,
  sheetsInput,
  shiftFormula,
} from "./fake-spreadsheet";

const fresh = () => {
  const app = new FakeSpreadsheetApp();
  return { app, book: app.spreadsheet, sheet: app.spreadsheet.addSheet("Sheet1") };
};

test("sheet names: unique in any case, at most 100 characters; a new sheet is 1000 × 26 and active", () => {
  const { book } = fresh();
  expect(() => book.insertSheet("SHEET1", 1)).toThrow('A sheet with the name "SHEET1" already exists');
  expect(() => book.insertSheet("x".repeat(101), 1)).toThrow("at most 100");
  const added = book.insertSheet("x".repeat(100), 1);
  expect([added.maxRows, added.maxColumns, book.active]).toEqual([1000, 26, added]);
});

test("named ranges: one namespace for the spreadsheet, in any case; names Sheets refuses", () => {
  const { book, sheet } = fresh();
  const other = book.insertSheet("Other", 1);
  book.setNamedRange("HR_Scale", sheet.getRange("A1:B2"));
  expect(() => book.setNamedRange("hr_scale", other.getRange("A1"))).toThrow("already exists");
  for (const bad of ["1st", "A1", "r1c1", "true_total", "has space", "a-b", "x".repeat(251)]) {
    expect([bad, namedRangeProblem(bad)]).toEqual([bad, expect.any(String)]);
  }
  for (const good of ["HR_Scale_2", "HR_Total_12", "_x", "等级标准"]) expect(namedRangeProblem(good)).toBeUndefined();
  expect(sheet.getNamedRanges().map((named) => named.getName())).toEqual(["HR_Scale"]);
  expect(other.getNamedRanges()).toEqual([]);
});

test("a deleted sheet's named ranges stay, pointing at #REF!, and keep their names", () => {
  const { book } = fresh();
  const other = book.insertSheet("Other", 1);
  book.setNamedRange("HR_Total_1", other.getRange("B2"));
  book.deleteSheet(other);
  expect(book.getNamedRanges().map((named) => named.getName())).toEqual(["HR_Total_1"]);
  expect(() => book.getNamedRanges()[0].getRange()).toThrow("#REF!");
  expect(() => book.setNamedRange("HR_Total_1", book.sheets[0].getRange("A1"))).toThrow("already exists");
  expect(() => book.deleteSheet(book.sheets[0])).toThrow("all the sheets");
});

test("setValues: the data must match the range; strings read as typed unless the cell is text", () => {
  const { sheet } = fresh();
  expect(() => sheet.getRange("A1:B2").setValues([[1, 2]])).toThrow("The data has 1 but the range has 2");
  expect(() => sheet.getRange("A1:B1").setValues([[1]])).toThrow("number of columns");
  expect(() => sheet.getRange("A1").setValues([[undefined]])).toThrow();
  sheet.getRange("B1").setNumberFormat("@");
  sheet.getRange("A1:B1").setValues([["00123", "00123"]]);
  expect([sheet.content("A1"), sheet.content("B1")]).toEqual([
    { kind: "value", value: 123 },
    { kind: "value", value: "00123" },
  ]);
  expect(() => sheet.getRange("AA1")).toThrow("outside the dimensions of the sheet");
  expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("at least 1");
});

test.each([
  ["=SUM(A1:A2)", { kind: "formula", formula: "=SUM(A1:A2)" }],
  ["1,250", { kind: "value", value: 1250 }],
  ["-5%", { kind: "value", value: -0.05 }],
  ["2026-11-05", { kind: "date", serial: 46_331 }],
  ["11/5/2026", { kind: "date", serial: 46_331 }],
  ["2026-11", { kind: "date", serial: 46_327 }],
  ["true", { kind: "value", value: true }],
  ["'00123", { kind: "value", value: "00123" }],
  ["+86 138 0000", { kind: "formula", formula: "=+86 138 0000" }],
  ["A", { kind: "value", value: "A" }],
  ["2026-13", { kind: "value", value: "2026-13" }],
])("typed %s is stored as %o", (text, content) => {
  expect(sheetsInput(text)).toEqual(content);
});

test("getValues: '' for blanks, Dates in the spreadsheet's time zone, formulas only with a calculator", () => {
  const app = new FakeSpreadsheetApp({ timeZone: "Asia/Shanghai" });
  const sheet = app.spreadsheet.addSheet("S");
  sheet.getRange("A1:C1").setValues([["2026-11-05", "", "=1+1"]]);
  const [[date, blank]] = sheet.getRange("A1:B1").getValues() as [[Date, string]];
  expect(Object.prototype.toString.call(date)).toBe("[object Date]");
  expect(date.toISOString()).toBe("2026-11-04T16:00:00.000Z");
  expect(formatDate(date, "Asia/Shanghai", "yyyy-MM-dd HH:mm")).toBe("2026-11-05 00:00");
  expect(blank).toBe("");
  expect(() => sheet.getRange("C1").getValues()).toThrow("needs a calculator");
  // a daylight-saving date keeps its wall clock
  expect(formatDate(dateOfSerial(46_218.75, "America/New_York"), "America/New_York", "yyyy-MM-dd'T'HH:mm:ss")).toBe(
    "2026-07-15T18:00:00",
  );
});

test("copyTo repeats the source as many whole times as fit, moving relative references", () => {
  const { sheet } = fresh();
  sheet.getRange("A1:B1").setValues([["=C1+$C$1", "=SUM(C1:D1)*HR_Scale"]]);
  sheet.getRange("A1:B1").setNumberFormat("0.00");
  sheet.getRange("A1:B1").copyTo(sheet.getRange("A2:C4"));
  expect(sheet.content("A4")).toEqual({ kind: "formula", formula: "=C4+$C$1" });
  expect(sheet.content("B3")).toEqual({ kind: "formula", formula: "=SUM(C3:D3)*HR_Scale" });
  expect(sheet.content("C2")).toBeNull(); // 3 columns hold one copy of 2, never a truncated second
  expect(sheet.numberFormat("B4")).toBe("0.00");
  expect(shiftFormula('=IF(B8="","",BAND(B8,"B8"&LOG10(2)))', 2, 1)).toBe('=IF(C10="","",BAND(C10,"B8"&LOG10(2)))');
});

test("merges keep the top-left value; Sheets refuses merges across the frozen panes and freezing part of a merge", () => {
  const { sheet } = fresh();
  sheet.getRange("A1:B1").setValues([["title", "lost"]]);
  sheet.getRange("A1:C1").merge();
  expect([sheet.content("A1"), sheet.content("B1")]).toEqual([{ kind: "value", value: "title" }, null]);
  expect(() => sheet.setFrozenColumns(1)).toThrow("part of a merged cell");
  sheet.setFrozenRows(1);
  expect(() => sheet.getRange("A1:A3").merge()).toThrow("frozen");
  expect(() => sheet.getRange("B1:D1").merge()).toThrow("overlaps");
  expect(
    sheet
      .getRange("B1:B5")
      .getMergedRanges()
      .map((range) => range.getA1Notation()),
  ).toEqual(["A1:C1"]);
});

test("one filter per sheet; validation rejects only once told to; a call can be made to fail", () => {
  const { app, book, sheet } = fresh();
  sheet.getRange("A1:B3").createFilter();
  expect(() => sheet.getRange("D1:D2").createFilter()).toThrow("already has a filter");
  sheet.getRange("A2").setDataValidation(app.newDataValidation().requireNumberBetween(0, 100).build());
  sheet.type("A2", "150"); // a new rule only warns (DataValidationBuilder.setAllowInvalid defaults to true)
  sheet
    .getRange("A2")
    .setDataValidation(app.newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(false).build());
  expect(() => sheet.type("A2", "150")).toThrow("Rejected");
  book.failOn("Range.merge", 2);
  sheet.getRange("E1:F1").merge();
  expect(() => sheet.getRange("E2:F2").merge()).toThrow("injected at Range.merge #2");
  expect(book.count("Range.merge")).toBe(2);
});

test("the spreadsheet holds at most 10 million cells", () => {
  const app = new FakeSpreadsheetApp();
  const big = app.spreadsheet.addSheet("Big", { rows: 384_000, columns: 26 });
  expect(() => big.insertRowsAfter(384_000, 1000)).toThrow("limit of 10000000 cells");
});
