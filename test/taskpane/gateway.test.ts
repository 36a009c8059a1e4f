/**
 * The Office.js gateway against a fake Excel that counts syncs, records writes and measures what
 * crosses the wire.
 */
import { DEFAULT_POLICY } from "../../src";
import { checkGrades, gradeEntries } from "../../src/check";
import { peopleOf, readSheet } from "../../src/reading";
import {
  CATALOG,
  type Content,
  type Template,
  cell,
  columnName,
  columnWidthPoints,
  findColumn,
  findTemplate,
  parseCell,
  planSheet,
} from "../../src/templates";
import { planWorkbook } from "../../cli/xlsx/write-plan";
import { FakeExcel, shiftFormula } from "../../preview/fake-excel";
import { createExcelGateway } from "../../taskpane/workbook/excel-gateway";
import { parseAreas } from "../../taskpane/workbook/excel-read";
import { InsertFailed } from "../../taskpane/workbook/insert-error";

const FIVE_MB = 5 * 1024 * 1024;
const template = findTemplate("ecommerce-supervisor")!;
const options = {
  employees: 10,
  cycle: "monthly",
  period: "2026-11",
  language: "zh",
  raters: false,
  ratingInput: "points",
} as const;

function workbookWithData() {
  const excel = new FakeExcel();
  excel.addSheet("员工名单");
  excel.type("员工名单", "A1", [
    ["姓名", "部门", "等级"],
    ["王芳", "运营部", "A"],
  ]);
  return excel;
}

/** The gateway over the stand-in; ExcelApi 1.13 (merged cells) unless told otherwise, waits not waited. */
const gatewayOf = (excel: FakeExcel, merges = true) =>
  createExcelGateway(excel as unknown as typeof Excel, { supportsMerges: () => merges, pause: async () => undefined });

/** The insert's syncs: read the names, add the sheet, write it, then activate it. */
const INSERT_SYNCS = 4;
const WRITE_SYNC = 3;

describe("inserting a template", () => {
  test.each([10, 10_000])("%i employees: 4 syncs, under 5 MB, all writes on the new sheet", async (employees) => {
    const excel = workbookWithData();
    const result = await gatewayOf(excel).insertTemplate(template, { ...options, employees });
    expect(excel.syncs).toBe(INSERT_SYNCS);
    expect(result).toMatchObject({ sheetName: "电商部主管 2026-11", employees });
    expect(Math.max(...excel.requestBytes)).toBeLessThan(FIVE_MB);
    expect(new Set(excel.writes.map((w) => w.sheet))).toEqual(new Set(["电商部主管 2026-11"]));
    expect(excel.active).toBe("电商部主管 2026-11");
    // the last employee's row has its formulas, references shifted to its own row
    const sheet = excel.sheets.find((s) => s.name === result.sheetName)!;
    expect(sheet.tables).toEqual([expect.objectContaining({ name: "HR_ecommerce_supervisor" })]);
    const lastRow = 6 + employees; // 0-based header row 6
    const grade = excel.engine.content(result.sheetName, lastRow, result.columns - 1);
    expect(grade).toBe(`=IF(J${lastRow + 1}="","",HR.BAND(J${lastRow + 1},IF(HR_Scale="","",HR_Scale)))`);
  });

  test("the request does not grow with the number of employees", async () => {
    const sizes = [];
    for (const employees of [10, 10_000]) {
      const excel = new FakeExcel();
      await gatewayOf(excel).insertTemplate(template, { ...options, employees });
      sizes.push(Math.max(...excel.requestBytes));
    }
    expect(sizes[1]).toBeLessThan(sizes[0] * 1.5);
  });

  test("portable formulas: the sheet computes without the add-in", async () => {
    const excel = new FakeExcel();
    const result = await gatewayOf(excel).insertTemplate(template, { ...options, formulas: "portable" });
    const lastRow = 6 + options.employees;
    const grade = String(excel.engine.content(result.sheetName, lastRow, result.columns - 1));
    expect(grade.startsWith("=")).toBe(true);
    expect(grade).not.toContain("HR.");
  });

  test("a unique sheet name next to an existing one; the existing sheet is never written", async () => {
    const excel = workbookWithData();
    excel.addSheet("电商部主管 2026-11");
    excel.type("电商部主管 2026-11", "A1", [["my own notes"]]);
    const result = await gatewayOf(excel).insertTemplate(template, options);
    expect(result.sheetName).toBe("电商部主管 2026-11 (2)");
    expect(excel.writes.filter((w) => w.sheet !== result.sheetName)).toEqual([]);
    expect(excel.engine.content("电商部主管 2026-11", 0, 0)).toBe("my own notes");
  });

  test("a failed insert removes the half-written sheet and reports the reason", async () => {
    const excel = workbookWithData();
    excel.failAtSync = WRITE_SYNC;
    const failure = gatewayOf(excel).insertTemplate(template, options);
    await expect(failure).rejects.toThrow("injected");
    await expect(failure).rejects.toMatchObject({ sheet: { name: "电商部主管 2026-11", removed: true } });
    expect(excel.sheets.map((s) => s.name)).toEqual(["员工名单"]);
    expect(excel.syncs).toBe(WRITE_SYNC + 1);
    expect(excel.engine.content("员工名单", 1, 2)).toBe("A");
  });

  test("the clean-up deletes the new sheet by its id, never a co-author's sheet of the same name", async () => {
    const excel = workbookWithData();
    excel.failAtSync = WRITE_SYNC;
    excel.beforeSync = (sync) => {
      if (sync !== WRITE_SYNC) return;
      excel.rename("电商部主管 2026-11", "renamed by a co-author");
      excel.addSheet("电商部主管 2026-11");
      excel.type("电商部主管 2026-11", "A1", [["the co-author's own sheet"]]);
    };
    await expect(gatewayOf(excel).insertTemplate(template, options)).rejects.toThrow("injected");
    expect(excel.sheets.map((s) => s.name)).toEqual(["员工名单", "电商部主管 2026-11"]);
    expect(excel.engine.content("电商部主管 2026-11", 0, 0)).toBe("the co-author's own sheet");
  });

  test("a clean-up that fails keeps the original error and names the sheet left behind", async () => {
    const excel = workbookWithData();
    excel.failAtSync = WRITE_SYNC;
    // A very hidden sheet cannot be deleted: the clean-up fails.
    excel.beforeSync = (sync) => sync === WRITE_SYNC + 1 && excel.hide("电商部主管 2026-11", "VeryHidden");
    const failure = gatewayOf(excel).insertTemplate(template, options);
    await expect(failure).rejects.toBeInstanceOf(InsertFailed);
    await expect(failure).rejects.toThrow("The operation failed (injected by the test).");
    await expect(failure).rejects.toMatchObject({ sheet: { name: "电商部主管 2026-11", removed: false } });
    expect(excel.sheets.map((s) => s.name)).toEqual(["员工名单", "电商部主管 2026-11"]);
  });

  test("a focus change that fails leaves the completed sheet in place", async () => {
    const excel = workbookWithData();
    excel.failFocus = true;
    const result = await gatewayOf(excel).insertTemplate(template, options);
    expect(result.sheetName).toBe("电商部主管 2026-11");
    expect(excel.sheets.map((s) => s.name)).toEqual(["员工名单", "电商部主管 2026-11"]);
    const sheet = excel.sheets[1];
    expect(sheet.tables).toHaveLength(1);
    expect(excel.engine.content(result.sheetName, 6 + options.employees, result.columns - 1)).toMatch(/HR\.BAND/);
    expect(excel.active).toBe("员工名单");
  });

  test("names are defined before the formulas that use them", async () => {
    const excel = workbookWithData();
    await gatewayOf(excel).insertTemplate(template, options);
    expect(excel.namesUsedBeforeDefined).toEqual([]);
    expect([...excel.sheets[1].names.keys()]).toEqual(expect.arrayContaining(["HR_Scale", "HR_Total_1"]));
  });

  test("the table name avoids names of every scope, a sheet-scoped name on another sheet included", async () => {
    const excel = workbookWithData();
    excel.sheets[0].names.set("hr_ECOMMERCE_supervisor", "员工名单!$A$1");
    const result = await gatewayOf(excel).insertTemplate(template, options);
    expect(result.tableName).toBe("HR_ecommerce_supervisor_2");
  });

  test("text stays text: the period, template texts that look like numbers or formulas, headers, IDs", async () => {
    const excel = workbookWithData();
    const [first, ...rest] = template.sections[0].items;
    const tricky: Template = {
      ...template,
      id: "tricky",
      role: { zh: "=1+1", en: "=1+1" },
      department: { zh: "00123", en: "00123" },
      sections: [
        {
          ...template.sections[0],
          name: { zh: "-5% 投诉率", en: "-5% complaints" },
          items: [{ ...first, name: { zh: "2026-11", en: "2026-11" } }, ...rest],
        },
      ],
    };
    const result = await gatewayOf(excel).insertTemplate(tricky, options);
    const plan = planSheet(tricky, { ...options, takenSheetNames: ["员工名单"] });
    const contentOf = (address: string) => {
      const { row, column } = parseCell(address);
      return excel.engine.content(result.sheetName, row, column);
    };
    for (const write of plan.writes) {
      const written = write.contents[0][0];
      if (write.contents.length === 1 && write.contents[0].length === 1 && typeof written === "string")
        expect([write.address, contentOf(write.address)]).toEqual([write.address, written]);
    }
    expect(plan.writes.map((w) => w.contents[0][0])).toEqual(
      expect.arrayContaining(["=1+1绩效考核表", "00123", "2026-11", "-5% 投诉率"]),
    );
    const header = plan.table.columns.map((_, c) => contentOf(cell(plan.table.headerRow, c)));
    expect(header).toEqual(plan.table.columns.map((column) => column.header));
    expect(header).toContain("2026-11");
    const id = findColumn(plan, (role) => role.kind === "info" && role.field === "id");
    const lastRow = cell(plan.table.headerRow + options.employees, id);
    excel.type(result.sheetName, lastRow, [["00123"]]); // typed by HR: the ID keeps its zeros
    expect(contentOf(lastRow)).toBe("00123");
  });

  test("a custom template id that spells one of the plan's names still gets a table of its own", async () => {
    for (const id of ["scale", "total-1"]) {
      const excel = workbookWithData();
      const result = await gatewayOf(excel).insertTemplate({ ...template, id }, options);
      expect(result.tableName).toBe(`HR_${id.replace("-", "_")}_2`);
      expect([...excel.sheet(result.sheetName).names.keys()]).toContain("HR_Scale");
    }
  });

  test("column widths in points agree with what the .xlsx writer writes for the same plan", async () => {
    const excel = workbookWithData();
    const result = await gatewayOf(excel).insertTemplate(template, options);
    const plan = planSheet(template, { ...options, takenSheetNames: ["员工名单"] });
    const xlsx = planWorkbook(plan).getWorksheet(plan.sheetName)!;
    const set = new Map(
      excel
        .sheet(result.sheetName)
        .formats.filter((f) => "columnWidth" in f.format)
        .map((f) => [f.address, f.format.columnWidth]),
    );
    expect(set.size).toBe(plan.columnWidths.length);
    plan.columnWidths.forEach((_, i) => {
      const column = columnName(i);
      expect([column, set.get(`${column}:${column}`)]).toEqual([
        column,
        columnWidthPoints(xlsx.getColumn(i + 1).width!),
      ]);
    });
  });
});

test("column widths: Excel's default column (8.43 characters, stored as 9.140625) is 64 px = 48 pt", () => {
  expect(columnWidthPoints(9.140625)).toBe(48);
  expect(columnWidthPoints(14)).toBe(73.5); // 98 px, where 7 points per character gave 98 pt
});

describe("reading a sheet for the check", () => {
  const grades = ["A", "B", "B", "C", "A", "D", "A", "B", "C", "A"];
  function bigSheet(rows: number, extra: (i: number) => Content[] = () => []) {
    const excel = new FakeExcel();
    excel.addSheet("考核");
    excel.type("考核", "A1", [
      ["姓名", "部门", "综合得分", "等级", ...extra(-1).map((_, k) => `备注${k + 1}`)],
      ...Array.from({ length: rows }, (_, i) => [
        `员工${i}`,
        i % 2 ? "运营部" : "客服部",
        80,
        grades[i % 10],
        ...extra(i),
      ]),
    ]);
    return excel;
  }
  const readOf = async (excel: FakeExcel, sheet: string, merges = true) => {
    const data = await gatewayOf(excel, merges).readSheet(sheet);
    return { data, reading: readSheet(data.source) };
  };

  test("100,000 rows: blocks sized to stay under 5 MB, a fixed number of syncs per block, nothing written", async () => {
    const excel = bigSheet(100_000);
    const { data, reading } = await readOf(excel, "考核");
    // every reply under Excel on the web's limit (the stand-in refuses bigger ones), few round trips
    expect(Math.max(...excel.responseBytes)).toBeLessThan(FIVE_MB);
    expect(excel.syncs).toBeLessThan(20);
    expect(excel.writes).toEqual([]);
    expect(data.source.rows).toHaveLength(100_001);
    if (reading.kind !== "table") throw new Error(reading.kind);
    expect(reading.people).toHaveLength(100_000);
    expect(reading.people[0]).toMatchObject({ gradeCell: "D2", grade: "A", label: "A", name: "员工0" });
    const report = checkGrades(gradeEntries(readSheet(data.source, { groupBy: "部门" })), { policy: DEFAULT_POLICY });
    expect(report.overall.total).toBe(100_000);
    expect(report.groups.map((g) => g.group)).toEqual(["客服部", "运营部"]);
  });

  test("wide sheets: the widest catalog template and a 60-column table stay under 5 MB per reply", async () => {
    const widest = CATALOG.reduce((best, t) =>
      planSheet(t, options).table.columns.length > planSheet(best, options).table.columns.length ? t : best,
    );
    const excel = new FakeExcel();
    const inserted = await gatewayOf(excel).insertTemplate(widest, { ...options, employees: 20_000 });
    excel.responseBytes.length = 0;
    const { reading } = await readOf(excel, inserted.sheetName);
    expect(reading).toMatchObject({ kind: "table", people: [] }); // no names typed yet: nobody to count
    expect(Math.max(...excel.responseBytes)).toBeLessThan(FIVE_MB);

    const long = "很长的评语，".repeat(20);
    const wide = bigSheet(20_000, () => Array.from({ length: 56 }, () => long));
    const read = await readOf(wide, "考核");
    expect(Math.max(...wide.responseBytes)).toBeLessThan(FIVE_MB);
    expect(read.reading).toMatchObject({ kind: "table" });
    expect(peopleOf(read.reading)).toHaveLength(20_000);
  });

  test("a reply that is still too large is read again in halves", async () => {
    const excel = bigSheet(3_000);
    excel.payloadLimit = 60_000;
    const { reading } = await readOf(excel, "考核");
    expect(peopleOf(reading)).toHaveLength(3_000);
    // the first blocks were refused (the stand-in records what Excel would have sent), then halved
    const refused = excel.responseBytes.filter((bytes) => bytes > 60_000).length;
    expect(refused).toBeGreaterThan(0);
    expect(excel.responseBytes.at(-1)).toBeLessThanOrEqual(60_000);
  });

  test("an inserted template: the weight totals; a total whose name lost its range reads #REF!, the check goes on", async () => {
    const excel = new FakeExcel();
    const gateway = gatewayOf(excel);
    const inserted = await gateway.insertTemplate(template, { ...options, employees: 3 });
    const data = await gateway.readSheet(inserted.sheetName);
    expect(data.weightTotals).toEqual([{ address: expect.stringMatching(/^[A-Z]+\d+$/), total: expect.anything() }]);
    excel.breakName(inserted.sheetName, "HR_Total_1");
    const broken = await gateway.readSheet(inserted.sheetName);
    expect(broken.weightTotals).toEqual([{ address: "HR_Total_1", total: { error: "#REF!" } }]);
    const report = checkGrades([], { weightTotals: broken.weightTotals });
    expect(report.weights).toEqual([{ address: "HR_Total_1", total: { error: "#REF!" } }]);
  });

  test("right after an insert Excel may still calculate: the read waits for it, or says it did not finish", async () => {
    const excel = bigSheet(10);
    excel.calculation = { state: "Calculating", syncs: 3 };
    const settled = await gatewayOf(excel).readSheet("考核");
    expect(settled.calculating).toBe(false);
    excel.calculation = { state: "Calculating", syncs: 1_000 };
    const busy = await gatewayOf(excel).readSheet("考核");
    expect(busy.calculating).toBe(true);
  });

  test("hidden sheets are listed as hidden and never activated", async () => {
    const excel = workbookWithData();
    excel.addSheet("等级表");
    excel.hide("等级表");
    const gateway = gatewayOf(excel);
    expect(await gateway.listSheets()).toEqual([
      { name: "员工名单", visible: true },
      { name: "等级表", visible: false },
    ]);
    await gateway.select("等级表", "A1");
    expect(excel.active).toBe("员工名单");
    expect((await gateway.readSheet("等级表")).source.hidden).toBe(true);
  });

  test("merged cells and an Excel table's totals row reach the reader; without ExcelApi 1.13 it says so", async () => {
    const excel = new FakeExcel();
    excel.addSheet("销售部");
    excel.type("销售部", "A1", [
      ["2026年11月 销售部考核表"],
      ["部门", "姓名", "等级"],
      ["华东", "王芳", "A"],
      [null, "李强", "B"],
      ["华南", "张伟", "C"],
      ["合计", null, 3],
    ]);
    excel.merge("销售部", "A1:C1");
    excel.merge("销售部", "A3:A4");
    excel.addTable("销售部", "A2:C6", "销售", true);
    const { data, reading } = await readOf(excel, "销售部");
    expect(data.source.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 0, bottom: 3, right: 0 },
    ]);
    expect(data.source.totalsRows).toEqual([5]);
    const grouped = readSheet(data.source, { groupBy: "部门" });
    expect(peopleOf(grouped).map((p) => p.group)).toEqual(["华东", "华东", "华南"]);
    expect(reading).toMatchObject({ kind: "table", mergesKnown: true, ignored: [{ row: 5, reason: "totals-row" }] });
    const old = await readOf(excel, "销售部", false);
    expect(old.data.source.merges).toBeUndefined();
    expect(old.reading).toMatchObject({ mergesKnown: false });
  });

  test("a RangeAreas address: sheet names with commas, spaces and quotes", () => {
    expect(parseAreas("Sheet1!A1:C1, 'A, B''s'!$D$5:$D$9, 'x y'!E2")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 4, left: 3, bottom: 8, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 4 },
    ]);
  });

  test("select activates the sheet and selects the cell", async () => {
    const excel = workbookWithData();
    excel.addSheet("其他");
    await gatewayOf(excel).select("员工名单", "C2");
    expect(excel.selection).toEqual({ sheet: "员工名单", address: "C2" });
    expect(excel.active).toBe("员工名单");
  });
});

test("copying a formula down shifts relative rows only", () => {
  expect(shiftFormula('=IF(F14="","",HR.SCORE(F14:H14,$F$8:$H$8,HR_Scale))', 2)).toBe(
    '=IF(F16="","",HR.SCORE(F16:H16,$F$8:$H$8,HR_Scale))',
  );
  expect(shiftFormula('=IF(A1="B2","x",A$1+$A1)', 1)).toBe('=IF(A2="B2","x",A$1+$A2)');
});
