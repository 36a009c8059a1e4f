/**
 * The stand-in for the Excel API behaves as Excel does where the product could come to rely on a
 * difference: each test pins a documented behaviour (the source is cited in preview/fake-excel.ts).
 */
import { FakeExcel, displayNumber, excelInput, namesIn, sheetNameProblem } from "../../preview/fake-excel";

type Context = Parameters<Parameters<FakeExcel["run"]>[0]>[0];

function workbook() {
  const excel = new FakeExcel();
  excel.addSheet("Sheet1");
  return excel;
}

const run = <T>(excel: FakeExcel, batch: (context: Context) => Promise<T>) => excel.run(batch);

describe("strings written through values or formulas", () => {
  test.each([
    ["2026-11", 46327, "mmm-yy"], // 1 November 2026
    ["2026-11-05", 46331, "m/d/yyyy"],
    ["00123", 123, undefined],
    ["1,250", 1250, "#,##0"],
    ["85%", 0.85, "0%"],
    ["-5", -5, undefined],
  ])("%s is stored as the number %d", (text, value, format) => {
    expect(excelInput(text)).toEqual({ content: value, ...(format ? { numberFormat: format } : {}) });
  });

  test.each([
    ["=SUM(A1:A2)", "=SUM(A1:A2)"],
    ["+A1", "=+A1"],
    ["-abc", "=-abc"],
    ["王芳", "王芳"],
    ["2026 Q4", "2026 Q4"],
    ["2026-13", "2026-13"],
  ])("%s is stored as %s", (text, content) => {
    expect(excelInput(text)).toEqual({ content });
  });

  test("TRUE is a boolean; the empty string clears", () => {
    expect(excelInput("true")).toEqual({ content: true });
    expect(excelInput("  ")).toEqual({ content: null });
  });

  test("a cell formatted as text (@) before the write keeps the text as it is", async () => {
    const excel = workbook();
    await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").numberFormat = [["@", "@", "@"]];
      sheet.getRange("A1:C1").values = [["00123", "2026-11", "-5% complaints"]];
      sheet.getRange("A2:C2").values = [["00123", "2026-11", "-5% complaints"]];
      await context.sync();
    });
    const contents = [0, 1].map((row) => [0, 1, 2].map((column) => excel.engine.content("Sheet1", row, column)));
    expect(contents).toEqual([
      ["00123", "2026-11", "-5% complaints"],
      [123, 46327, "=-5% complaints"],
    ]);
  });

  test("null in a 2-D array leaves the cell as it is; a matrix of the wrong shape fails", async () => {
    const excel = workbook();
    excel.type("Sheet1", "A1", [["keep", "clear"]]);
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, ""]];
      await context.sync();
    });
    expect([excel.engine.content("Sheet1", 0, 0), excel.engine.content("Sheet1", 0, 1)]).toEqual(["keep", null]);
    const wrongShape = run(excel, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["one"]];
      await context.sync();
    });
    await expect(wrongShape).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("number formats show what Excel shows: 0.##% leaves a point after a whole percentage", () => {
    expect(displayNumber(1, "0.##%")).toBe("100.%");
    expect(displayNumber(0.995, "0.##%")).toBe("99.5%");
    expect(displayNumber(1, "0.00%")).toBe("100.00%");
    expect(displayNumber(0.2, "0%")).toBe("20%");
    expect(displayNumber(92.4, "0.00")).toBe("92.40");
    expect(displayNumber(1250, "#,##0")).toBe("1,250");
  });
});

describe("a batch", () => {
  test("a failing command fails the sync; the commands before it stay applied", async () => {
    const excel = workbook();
    const failed = run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["applied"]];
      context.workbook.worksheets.getItem("no such sheet").getRange("A1").values = [["x"]];
      sheet.getRange("A2").values = [["never applied"]];
      await context.sync();
    });
    await expect(failed).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(excel.engine.content("Sheet1", 0, 0)).toBe("applied");
    expect(excel.engine.content("Sheet1", 1, 0)).toBeNull();
  });

  test("requests and replies are measured in UTF-8 bytes and refused over 5 MB", async () => {
    const excel = workbook();
    const text = "考".repeat(1000); // 3,000 bytes in UTF-8, 1,000 UTF-16 units
    const rows = 1800;
    const big = Array.from({ length: rows }, () => [text]);
    const write = run(excel, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${rows}`).values = big;
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.requestBytes.at(-1)).toBeGreaterThan(rows * 3000);
    excel.type("Sheet1", "A1", big.slice(0, 900)); // 2.7 MB of values, fine to write in two halves
    excel.type("Sheet1", "A901", big.slice(0, 900));
    const read = run(excel, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${rows}`).load("values,valueTypes");
      await context.sync();
    });
    await expect(read).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    excel.payloadLimit = null; // Excel desktop has no such limit
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${rows}`).load("values");
      await context.sync();
    });
    expect(excel.responseBytes.at(-1)).toBeGreaterThan(5_000_000);
  });
});

describe("names and tables", () => {
  test("names are unique per scope without regard to case, and never equal a table's name", async () => {
    const excel = workbook();
    excel.addTable("Sheet1", "A1:B3", "Staff");
    const add = (name: string, scope: "sheet" | "workbook") =>
      run(excel, async (context) => {
        const names = scope === "sheet" ? context.workbook.worksheets.getItem("Sheet1").names : context.workbook.names;
        names.add(name, "Sheet1!$D$1");
        await context.sync();
      });
    await add("HR_Scale", "sheet");
    await expect(add("hr_scale", "sheet")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await add("HR_SCALE", "workbook"); // another scope
    await expect(add("STAFF", "sheet")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(add("A1", "sheet")).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a table cannot take a name a defined name or another table has, in any case", async () => {
    const excel = workbook();
    excel.sheets[0].names.set("HR_Scale", "Sheet1!$D$1:$F$4");
    const addTable = (name: string) =>
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B3", true).name = name;
        await context.sync();
      });
    await expect(addTable("hr_scale")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await addTable("HR_Marketing");
    await expect(addTable("HR_MARKETING")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  test("getItemOrNullObject finds a name in any case; a missing one is a null object", async () => {
    const excel = workbook();
    excel.sheets[0].names.set("HR_Total_1", "Sheet1!$E$6");
    excel.type("Sheet1", "E6", [[1]]);
    const [found, missing, range] = await run(excel, async (context) => {
      const names = context.workbook.worksheets.getItem("Sheet1").names;
      const item = names.getItemOrNullObject("hr_total_1").load("name,type");
      const none = names.getItemOrNullObject("HR_Total_2").load("name");
      const cells = names.getItem("HR_TOTAL_1").getRange().load("address,values");
      await context.sync();
      return [item, none, cells];
    });
    expect([found.isNullObject, found.name, found.type]).toEqual([false, "HR_Total_1", "Range"]);
    expect(missing.isNullObject).toBe(true);
    expect([range.address, range.values]).toEqual(["Sheet1!E6", [[1]]]);
  });

  test("a name whose cells were deleted (#REF!): getRange() fails the whole sync, getRangeOrNullObject() does not", async () => {
    const excel = workbook();
    excel.sheets[0].names.set("HR_Total_1", "Sheet1!$E$6");
    excel.sheets[0].names.set("HR_Total_2", "Sheet1!$J$6");
    excel.breakName("Sheet1", "hr_total_1");
    const failed = run(excel, async (context) => {
      const names = context.workbook.worksheets.getItem("Sheet1").names;
      names.getItem("HR_Total_2").getRange().load("values");
      names.getItem("HR_Total_1").getRange().load("values");
      await context.sync();
    });
    await expect(failed).rejects.toMatchObject({ code: "InvalidReference" });
    const { broken, fine, item } = await run(excel, async (context) => {
      const names = context.workbook.worksheets.getItem("Sheet1").names;
      const [first, second] = [names.getItem("HR_Total_1"), names.getItem("HR_Total_2")].map((name) =>
        name.getRangeOrNullObject().load("address"),
      );
      const named = names.getItem("HR_Total_1").load("type,value");
      await context.sync();
      return { broken: first, fine: second, item: named };
    });
    expect([broken.isNullObject, fine.isNullObject, fine.address]).toEqual([true, false, "Sheet1!J6"]);
    expect([item.type, item.value]).toEqual(["Error", "#REF!"]);
  });

  test("a table's totals row: showTotals, getTotalRowRange, getRange from the sheet's tables", async () => {
    const excel = workbook();
    excel.addTable("Sheet1", "A1:C6", "Staff", true);
    excel.addTable("Sheet1", "E1:F4", "Other");
    const result = await run(excel, async (context) => {
      const tables = context.workbook.worksheets.getItem("Sheet1").tables.load("items/name,items/showTotals");
      await context.sync();
      const totals = tables.items[0].getTotalRowRange().load("address");
      const whole = tables.items[0].getRange().load("address");
      await context.sync();
      return { tables: tables.items.map((t) => [t.name, t.showTotals]), totals: totals.address, whole: whole.address };
    });
    expect(result).toEqual({
      tables: [
        ["Staff", true],
        ["Other", false],
      ],
      totals: "Sheet1!A6:C6",
      whole: "Sheet1!A1:C6",
    });
    const noTotals = run(excel, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.getItem("other").getTotalRowRange().load("address");
      await context.sync();
    });
    await expect(noTotals).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("the names a formula uses: not functions, cells, booleans or text", () => {
    expect(namesIn('=IF(J8="","",HR.BAND(J8,HR_Scale))')).toEqual(["HR_Scale"]);
    expect(namesIn('=SUM($E$6:$I$6)+TRUE+"HR_Scale"')).toEqual([]);
  });
});

describe("sheets", () => {
  test("names Excel refuses", () => {
    expect(sheetNameProblem("a".repeat(31))).toBeUndefined();
    expect(sheetNameProblem("a".repeat(32))).toMatch(/31/);
    expect(sheetNameProblem("运营 2026-11'")).toMatch(/apostrophe/);
    expect(sheetNameProblem(`${"a".repeat(29)}${"😀".slice(0, 1)}`)).toMatch(/half/);
    expect(sheetNameProblem("a/b")).toMatch(/contains/);
    expect(sheetNameProblem("history")).toMatch(/reserved/);
  });

  test("sheets are found by name in any case or by id; the id survives a rename", async () => {
    const excel = workbook();
    const { id } = excel.sheets[0];
    excel.rename("sheet1", "Renamed");
    const sheet = await run(excel, async (context) => {
      const found = context.workbook.worksheets.getItem(id).load("name,id,visibility");
      await context.sync();
      return found;
    });
    expect([sheet.name, sheet.id, sheet.visibility]).toEqual(["Renamed", id, "Visible"]);
  });

  test("visibility is loadable; a hidden sheet cannot be activated or selected into", async () => {
    const excel = workbook();
    excel.addSheet("Hidden one");
    excel.hide("Hidden one");
    const listed = await run(excel, async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.map((s) => [s.name, s.visibility]);
    });
    expect(listed).toEqual([
      ["Sheet1", "Visible"],
      ["Hidden one", "Hidden"],
    ]);
    const activate = run(excel, async (context) => {
      context.workbook.worksheets.getItem("Hidden one").activate();
      await context.sync();
    });
    await expect(activate).rejects.toMatchObject({ code: "InvalidOperation" });
    const select = run(excel, async (context) => {
      context.workbook.worksheets.getItem("Hidden one").getRange("A1").select();
      await context.sync();
    });
    await expect(select).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(excel.active).toBe("Sheet1");
  });

  test("merged areas of a range, or a null object when it has none", async () => {
    const excel = workbook();
    excel.merge("Sheet1", "A1:H1");
    excel.merge("Sheet1", "C5:C7");
    const [top, middle, none] = await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const ranges = ["A1:Z3", "A6:Z9", "A20:B30"].map((address) => {
        const areas = sheet.getRange(address).getMergedAreasOrNullObject();
        areas.load("address,areaCount");
        areas.areas.load("items/address");
        return areas;
      });
      await context.sync();
      return ranges;
    });
    expect([top.address, top.areaCount, top.areas.items.map((r) => r.address)]).toEqual([
      "Sheet1!A1:H1",
      1,
      ["Sheet1!A1:H1"],
    ]);
    expect(middle.address).toBe("Sheet1!C5:C7");
    expect(none.isNullObject).toBe(true);
  });
});

describe("calculation", () => {
  test("while calculating, calculationState says so and custom-function cells read #BUSY!", async () => {
    const excel = workbook();
    excel.type("Sheet1", "A1", [["=HR.GRADE(B1:F1)", "=SUM(B1:F1)"]]);
    excel.calculation = { state: "Calculating", syncs: 2 };
    const read = () =>
      run(excel, async (context) => {
        const state = context.workbook.application.load("calculationState");
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").load("values,valueTypes");
        await context.sync();
        return [state.calculationState, range.values[0][0], range.valueTypes[0][0], range.valueTypes[0][1]];
      });
    expect(await read()).toEqual(["Calculating", "#BUSY!", "Error", "String"]);
    expect(await read()).toEqual(["Calculating", "#BUSY!", "Error", "String"]);
    expect(await read()).toEqual(["Done", "=HR.GRADE(B1:F1)", "String", "String"]);
  });

  test("before the add-in's functions are registered, their cells read #NAME?", async () => {
    const excel = workbook();
    excel.type("Sheet1", "A1", [["=HR.GRADE(B1:F1)"]]);
    excel.functionsRegistered = false;
    const value = await run(excel, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values,valueTypes");
      await context.sync();
      return [range.values[0][0], range.valueTypes[0][0]];
    });
    expect(value).toEqual(["#NAME?", "Error"]);
  });
});
