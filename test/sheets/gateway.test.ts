/**
 * The Google Sheets gateway (sheets/server/spreadsheet.ts) and the sidebar's server functions
 * against the fake spreadsheet, which counts calls by method and records every write.
 */
import { type SheetSource, WHOLE_ROWS, readSheet as readTable } from "../../src/reading";
import {
  CATALOG,
  type PlanOptions,
  type Template,
  cell,
  columnWidthPoints,
  findColumn,
  findTemplate,
  planSheet,
  tableRow,
} from "../../src/templates";
import * as server from "../../sheets/server/sidebar-server";
import { BLOCK_CELLS } from "../../sheets/server/read-sheet";
import {
  BadAddress,
  NoSuchSheet,
  insertTemplate,
  listSheets,
  readSheet,
  selectCell,
} from "../../sheets/server/spreadsheet";
import type { InsertOptions } from "../../taskpane/workbook/gateway";
import { InsertFailed } from "../../taskpane/workbook/insert-error";
import { FakeSpreadsheetApp, type FakeOptions, dateOfSerial, fakeUtilities, formatDate } from "./fake-spreadsheet";

const template = findTemplate("ecommerce-supervisor")!;
const options = {
  employees: 20,
  cycle: "monthly",
  period: "2026-11",
  language: "zh",
  raters: false,
  ratingInput: "points",
} as const;
const SHEET = "电商部主管 2026-11";

function spreadsheetWithData(fakeOptions: FakeOptions = {}) {
  const app = new FakeSpreadsheetApp(fakeOptions);
  app.spreadsheet.addSheet("员工名单").load("A1", [
    ["姓名", "部门", "等级"],
    ["王芳", "运营部", "A"],
  ]);
  return app;
}

/** The plan the gateway wrote, made again with the names it saw. */
const planOf = (chosen: InsertOptions, taken: { sheets: string[]; names: string[] }) =>
  planSheet(template, { ...chosen, host: "sheets", takenSheetNames: taken.sheets, takenNames: taken.names });

describe("inserting a template", () => {
  /** The calls of one insert into a fresh spreadsheet, by method. */
  const callsFor = (each: Template, employees: number) => {
    const app = new FakeSpreadsheetApp();
    app.spreadsheet.addSheet("Sheet1");
    insertTemplate(each, { ...options, raters: true, employees }, app);
    return app.spreadsheet.calls;
  };

  test.each(CATALOG.map((t) => [t.id, t] as const))(
    "%s: the same calls for 20 and 2,000 employees, but one to add rows; values in two blocks and one copy",
    (_, each) => {
      const [few, many] = [20, 2000].map((employees) => callsFor(each, employees));
      expect(many.get("Sheet.insertRowsAfter")).toBe(1);
      expect(few.get("Sheet.insertRowsAfter")).toBeUndefined();
      many.delete("Sheet.insertRowsAfter");
      expect(many).toEqual(few);
      // the rows above the table with the header in one block, the first data row, copied down
      expect(few.get("Range.setValues")).toBe(2);
      expect(few.get("Range.copyTo")).toBe(1);
    },
  );

  test("20,000 employees: the same calls as 2,000", () => {
    expect(callsFor(template, 20_000)).toEqual(callsFor(template, 2000));
  });

  test("2,000 employees: the grid grows, and the last row has its formulas with references moved to it", () => {
    const app = spreadsheetWithData();
    const result = insertTemplate(template, { ...options, employees: 2000 }, app);
    expect(result).toEqual({ sheetName: SHEET, tableName: "HR_ecommerce_supervisor", employees: 2000, columns: 11 });
    const plan = planOf({ ...options, employees: 2000 }, { sheets: ["员工名单"], names: [] });
    const sheet = app.spreadsheet.sheet(SHEET);
    expect(sheet.maxRows).toBe(plan.table.headerRow + 1 + 2000);
    const last = plan.table.headerRow + 2000;
    const row = plan.table.columns.map((_, c) => sheet.content(cell(last, c)));
    expect(row).toEqual(
      tableRow(plan, 1999).map((content) => (content === null ? null : { kind: "formula", formula: content })),
    );
    expect(row[row.length - 1]).toEqual({
      kind: "formula",
      formula: `=IF(J${last + 1}="","",BAND(J${last + 1},HR_Scale))`,
    });
    // the number formats reach the last row too; names and IDs are text
    const id = findColumn(plan, (role) => role.kind === "info" && role.field === "id");
    const final = findColumn(plan, (role) => role.kind === "final");
    expect(sheet.numberFormat(cell(last, id))).toBe("@");
    expect(sheet.numberFormat(cell(last, final))).toBe("0.00");
    expect(sheet.content(cell(last + 1, final))).toBeNull();
  });

  test("a wide template grows the grid's columns past Z", () => {
    const app = spreadsheetWithData();
    const wide = findTemplate("ecommerce-ops-manager")!;
    insertTemplate(wide, { ...options, raters: true }, app);
    const plan = planSheet(wide, { ...options, raters: true, host: "sheets" });
    const sheet = app.spreadsheet.sheets[1];
    expect(plan.columnWidths.length).toBeGreaterThan(26);
    expect(sheet.maxColumns).toBe(plan.columnWidths.length);
  });

  test("a unique sheet name next to existing ones (in any case); the existing sheets are never written", () => {
    const app = spreadsheetWithData();
    app.spreadsheet.addSheet(SHEET.toUpperCase()).load("A1", [["my own notes"]]);
    const result = insertTemplate(template, options, app);
    expect(result.sheetName).toBe(`${SHEET} (2)`);
    expect(app.spreadsheet.writes.filter((write) => write.sheet !== result.sheetName)).toEqual([]);
    expect(app.spreadsheet.sheet(SHEET.toUpperCase()).content("A1")).toEqual({ kind: "value", value: "my own notes" });
    expect(app.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual([
      "员工名单",
      SHEET.toUpperCase(),
      `${SHEET} (2)`,
    ]);
  });

  test("names stay unique across two inserted sheets, and each sheet's formulas use its own scale", () => {
    const app = spreadsheetWithData();
    const first = insertTemplate(template, options, app);
    const second = insertTemplate(template, options, app);
    expect([first.sheetName, second.sheetName]).toEqual([SHEET, `${SHEET} (2)`]);
    expect([first.tableName, second.tableName]).toEqual(["HR_ecommerce_supervisor", "HR_ecommerce_supervisor_2"]);
    const names = app.spreadsheet.namedRanges.map((named) => named.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const onSheet = (name: string) =>
      app.spreadsheet.namedRanges.filter((named) => named.sheet?.name === name).map((named) => named.name);
    expect(onSheet(SHEET)).toEqual(["HR_Total_1", "HR_Scale", "HR_ecommerce_supervisor"]);
    expect(onSheet(`${SHEET} (2)`)).toEqual(["HR_Total_2", "HR_Scale_2", "HR_ecommerce_supervisor_2"]);
    const gradeOf = (sheet: string) => app.spreadsheet.sheet(sheet).content(cell(7, first.columns - 1));
    expect(gradeOf(SHEET)).toEqual({ kind: "formula", formula: '=IF(J8="","",BAND(J8,HR_Scale))' });
    expect(gradeOf(`${SHEET} (2)`)).toEqual({ kind: "formula", formula: '=IF(J8="","",BAND(J8,HR_Scale_2))' });
  });

  test("a name the user gave a range elsewhere is avoided", () => {
    const app = spreadsheetWithData();
    const users = app.spreadsheet.sheet("员工名单");
    app.spreadsheet.setNamedRange("hr_scale", users.getRange("A1"));
    app.spreadsheet.setNamedRange("HR_ECOMMERCE_SUPERVISOR", users.getRange("A2"));
    const result = insertTemplate(template, options, app);
    expect(result.tableName).toBe("HR_ecommerce_supervisor_2");
    expect(app.spreadsheet.namedRanges.map((named) => named.name)).toContain("HR_Scale_2");
  });

  describe("a failed insert", () => {
    test.each([
      "Sheet.getRangeList",
      "Spreadsheet.setNamedRange",
      "Range.setValues",
      "Range.copyTo",
      "Range.setDataValidation",
      "Sheet.setConditionalFormatRules",
      "Range.merge",
      "Sheet.setFrozenColumns",
      "SpreadsheetApp.flush",
    ])("failing at %s leaves no sheet and no name behind, and keeps the original error", (method) => {
      const app = spreadsheetWithData();
      const before = app.spreadsheet.sheet("员工名单");
      const contents = new Map(before.contents);
      app.spreadsheet.failOn(method);
      let failure: unknown;
      try {
        insertTemplate(template, options, app);
      } catch (error) {
        failure = error;
      }
      expect(failure).toBeInstanceOf(InsertFailed);
      expect((failure as InsertFailed).message).toMatch(`injected at ${method}`);
      expect((failure as InsertFailed).sheet).toEqual({ name: SHEET, removed: true });
      expect(app.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(["员工名单"]);
      expect(app.spreadsheet.namedRanges).toEqual([]);
      expect(before.contents).toEqual(contents);
    });

    test("a sheet that could not be added: nothing to remove", () => {
      const app = spreadsheetWithData();
      app.spreadsheet.failOn("Spreadsheet.insertSheet");
      expect(() => insertTemplate(template, options, app)).toThrow(
        expect.objectContaining({ sheet: null, message: expect.stringMatching("injected at Spreadsheet.insertSheet") }),
      );
      expect(app.spreadsheet.count("Spreadsheet.deleteSheet")).toBe(0);
    });

    test("a clean-up that fails keeps the original error and names the sheet left behind", () => {
      const app = spreadsheetWithData();
      app.spreadsheet.failOn("Range.merge");
      app.spreadsheet.failOn("Spreadsheet.deleteSheet");
      expect(() => insertTemplate(template, options, app)).toThrow(
        expect.objectContaining({
          message: expect.stringMatching("injected at Range.merge"),
          sheet: { name: SHEET, removed: false },
        }),
      );
      expect(app.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(["员工名单", SHEET]);
    });

    test("the clean-up deletes the new sheet by its object, never a co-author's sheet of that name", () => {
      const app = spreadsheetWithData();
      const book = app.spreadsheet;
      // A co-author renames the new sheet and adds one of its name while the insert writes.
      const original = book.call.bind(book);
      book.call = (method: string) => {
        original(method);
        if (method === "Range.merge" && book.count(method) === 1) {
          book.sheet(SHEET).name = "renamed by a co-author";
          book.addSheet(SHEET).load("A1", [["the co-author's own sheet"]]);
          throw new Error("Service Spreadsheets failed (the co-author's edit)");
        }
      };
      expect(() => insertTemplate(template, options, app)).toThrow(InsertFailed);
      expect(book.sheets.map((sheet) => sheet.name)).toEqual(["员工名单", SHEET]);
      expect(book.sheet(SHEET).content("A1")).toEqual({ kind: "value", value: "the co-author's own sheet" });
    });

    test("past the spreadsheet's 10 million cells: the rows cannot be added, the new sheet is removed", () => {
      const app = new FakeSpreadsheetApp();
      app.spreadsheet.addSheet("大表", { rows: 382_000, columns: 26 }); // 9,932,000 cells
      expect(() => insertTemplate(template, { ...options, employees: 5000 }, app)).toThrow(
        expect.objectContaining({
          message: expect.stringMatching("limit of 10000000 cells"),
          sheet: { name: SHEET, removed: true },
        }),
      );
      expect(app.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(["大表"]);
    });
  });

  test("focus that fails leaves the completed sheet in place", () => {
    const app = spreadsheetWithData();
    app.spreadsheet.active = app.spreadsheet.sheets[0];
    app.spreadsheet.failOn("Sheet.setActiveRange");
    const result = insertTemplate(template, options, app);
    expect(result.sheetName).toBe(SHEET);
    expect(app.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(["员工名单", SHEET]);
  });

  test("the new sheet is active with its first data row's name cell selected", () => {
    const app = spreadsheetWithData();
    insertTemplate(template, options, app);
    const sheet = app.spreadsheet.sheet(SHEET);
    expect(app.spreadsheet.active).toBe(sheet);
    expect(sheet.activeRange).toEqual({ top: 7, left: 0, rows: 1, columns: 1 });
  });

  test("text stays text: the period, template texts that look like numbers, dates or formulas, headers, IDs", () => {
    const app = spreadsheetWithData();
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
    const result = insertTemplate(tricky, options, app);
    const plan = planSheet(tricky, { ...options, host: "sheets", takenSheetNames: ["员工名单"] });
    const sheet = app.spreadsheet.sheet(result.sheetName);
    const texts = plan.writes.flatMap((write) =>
      write.contents.length === 1 && write.contents[0].length === 1 && typeof write.contents[0][0] === "string"
        ? [{ address: write.address, text: write.contents[0][0] }]
        : [],
    );
    for (const { address, text } of texts) {
      const expected =
        text.startsWith("=") && !plan.texts.includes(address)
          ? { kind: "formula", formula: text }
          : { kind: "value", value: text };
      expect([address, sheet.content(address)]).toEqual([address, expected]);
    }
    expect(texts.map((t) => t.text)).toEqual(
      expect.arrayContaining(["=1+1绩效考核表", "00123", "2026-11", "-5% 投诉率"]),
    );
    const header = plan.table.columns.map((_, c) => sheet.content(cell(plan.table.headerRow, c)));
    expect(header).toEqual(plan.table.columns.map((column) => ({ kind: "value", value: column.header })));
    // HR types an ID with leading zeros: it keeps them; a score typed the same way is a number
    const id = findColumn(plan, (role) => role.kind === "info" && role.field === "id");
    const score = findColumn(plan, (role) => role.kind === "rating");
    sheet.type(cell(plan.table.headerRow + 20, id), "00123");
    sheet.type(cell(plan.table.headerRow + 20, score), "085");
    expect(sheet.content(cell(plan.table.headerRow + 20, id))).toEqual({ kind: "value", value: "00123" });
    expect(sheet.content(cell(plan.table.headerRow + 20, score))).toEqual({ kind: "value", value: 85 });
  });

  test("without the text format first, Sheets would turn those texts into a date, a number and formulas", () => {
    const app = new FakeSpreadsheetApp();
    const sheet = app.spreadsheet.addSheet("Sheet1");
    sheet.getRange("A1:D1").setValues([["2026-11", "00123", "=1+1", "-5% 投诉率"]]);
    expect(["A1", "B1", "C1", "D1"].map((a1) => sheet.content(a1)?.kind)).toEqual([
      "date",
      "value",
      "formula",
      "formula",
    ]);
    expect(sheet.content("B1")).toEqual({ kind: "value", value: 123 });
  });

  describe("the sheet's rules", () => {
    const app = spreadsheetWithData();
    const result = insertTemplate(template, { ...options, raters: false }, app);
    const sheet = app.spreadsheet.sheet(result.sheetName);
    const plan = planOf(options, { sheets: ["员工名单"], names: [] });
    const score = findColumn(plan, (role) => role.kind === "rating");
    const firstInput = cell(plan.table.headerRow + 1, score);

    test("a rated item rejects what is not points of the scale, and shows the A–D anchors as its help", () => {
      const rule = sheet.validation(cell(plan.table.headerRow + 20, score))!;
      expect(rule.allowInvalid).toBe(false);
      expect(rule.criteria).toEqual({ kind: "number-between", min: 0, max: 100 });
      expect(rule.helpText).toMatch(/^请输入 0～100 分；未评分请留空。\nA：/);
      expect(rule.helpText.split("\n").map((line) => line.slice(0, 2))).toEqual(["请输", "A：", "B：", "C：", "D："]);
      expect(() => sheet.type(firstInput, "150")).toThrow(/^Rejected: 请输入 0～100 分/);
      expect(() => sheet.type(firstInput, "优秀")).toThrow(/Rejected/);
      sheet.type(firstInput, "85");
      expect(sheet.content(firstInput)).toEqual({ kind: "value", value: 85 });
    });

    test("grade letters: a list drawn from the scale block", () => {
      const lettersApp = spreadsheetWithData();
      insertTemplate(template, { ...options, ratingInput: "letters" }, lettersApp);
      const lettersSheet = lettersApp.spreadsheet.sheet(SHEET);
      lettersSheet.type(firstInput, "B");
      expect(() => lettersSheet.type(firstInput, "E")).toThrow(/Rejected: 请输入等级：A、B、C、D/);
      expect(lettersSheet.validation(firstInput)!.criteria).toMatchObject({ kind: "value-in-range", dropdown: true });
    });

    test("weights are numbers from 0 to 100%, and say so when refused", () => {
      const weight = cell(plan.itemWeightsRow, score);
      expect(() => sheet.type(weight, "120%")).toThrow(/Rejected: .+/);
      sheet.type(weight, "25%");
      expect(sheet.content(weight)).toEqual({ kind: "value", value: 0.25 });
    });

    test("conditional formats in one call: the totals red when not 100%, each grade its colour", () => {
      expect(app.spreadsheet.count("Sheet.setConditionalFormatRules")).toBe(1);
      expect(sheet.conditionalRules.map((rule) => [rule.formula, rule.ranges.map((r) => r.area)])).toEqual(
        plan.conditionalFormats.map((format) => {
          const [first, last = first] = format.address.split(":");
          return [format.formula, [sheet.getRange(`${first}:${last}`).area]];
        }),
      );
      expect(sheet.conditionalRules[0].format).toEqual({ background: "#FFC7CE", fontColor: "#9C0006", bold: true });
    });

    test("frozen header and name column, no merge across them, a header with a filter, widths in pixels", () => {
      expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([plan.table.headerRow + 1, 1]);
      expect(sheet.merges.map((merge) => merge.left)).not.toContain(0);
      expect(sheet.merges).toHaveLength(plan.merges.length);
      expect(sheet.filter).toEqual({
        top: plan.table.headerRow,
        left: 0,
        rows: options.employees + 1,
        columns: plan.table.columns.length,
      });
      expect(sheet.style(cell(plan.table.headerRow, 3), "background")).toBe("#4472C4");
      expect(sheet.style(cell(plan.table.headerRow, 3), "fontWeight")).toBe("bold");
      // the name column: 14 characters as .xlsx stores widths, 98 px as Excel draws them
      expect(sheet.columnWidths.get(0)).toBe(columnWidthPoints(14) / 0.75);
      expect(sheet.columnWidths.get(0)).toBe(98);
      expect([...sheet.columnWidths.keys()]).toHaveLength(plan.columnWidths.length);
    });
  });
});

describe("reading a sheet", () => {
  test("values at the door: blanks, numbers, booleans, dates as serial numbers, error texts as error cells", () => {
    const app = new FakeSpreadsheetApp({ timeZone: "America/New_York" });
    const sheet = app.spreadsheet.addSheet("名单");
    const summer = dateOfSerial(46_218.75, "America/New_York"); // 2026-07-15 18:00 in New York (EDT)
    const winter = dateOfSerial(46_023, "America/New_York"); // 2026-01-01
    sheet.load("A1", [
      ["姓名", "等级", "入职日期", "在职", "备注"],
      ["王芳", "A", summer, true, ""],
      ["李娜", "#N/A", winter, false, "#1 销售"],
      ["张伟", "#VALUE! Score 'abc' at item 3 is not a number or grade", 12.5, null, "#ERROR!"],
    ]);
    const { source, calculating, weightTotals } = readSheet("名单", app, formatDate);
    expect(source.rows).toEqual([
      ["姓名", "等级", "入职日期", "在职", "备注"],
      ["王芳", "A", 46_218.75, true, null],
      ["李娜", { error: "#N/A" }, 46_023, false, "#1 销售"],
      ["张伟", { error: "#VALUE!" }, 12.5, null, { error: "#ERROR!" }],
    ]);
    expect(calculating).toBe(false);
    expect(weightTotals).toEqual([]);
    expect(source).toEqual({ name: "名单", rows: source.rows, merges: [], hidden: false });
  });

  test("in blocks: one getValues for the first rows, then one per block of the columns they fill; the rows round-trip", () => {
    const app = new FakeSpreadsheetApp();
    const sheet = app.spreadsheet.addSheet("全员", { rows: 12_000, columns: 26 });
    const rows = Array.from({ length: 12_000 }, (_, r) =>
      r === 0
        ? ["工号", "姓名", "部门", "等级", "得分", "上级", "备注", "年度", "是否在职", "说明"]
        : [`E${r}`, `员工${r}`, "运营部", "ABCD"[r % 4], 60 + (r % 40), "王经理", "", 2026, r % 7 !== 0, null],
    );
    sheet.load("A1", rows);
    sheet.load("Z500", [["a stray note right of the table"]]);
    const { source } = readSheet("全员", app, formatDate);
    const width = 10;
    const blockRows = Math.floor(BLOCK_CELLS / width);
    expect(app.spreadsheet.count("Range.getValues")).toBe(1 + Math.ceil((12_000 - WHOLE_ROWS) / blockRows));
    // the first rows are read whole (26 columns: the stray column is blank there), the others as wide as the table
    const asRead = (row: (string | number | boolean | null)[]) => row.map((value) => (value === "" ? null : value));
    expect(source.rows).toEqual([
      ...rows.slice(0, WHOLE_ROWS).map((row) => [...asRead(row), ...Array(26 - width).fill(null)]),
      ...rows.slice(WHOLE_ROWS).map(asRead),
    ]);
    expect(app.spreadsheet.writes).toEqual([]);
  });

  test("merged cells, a hidden sheet, an empty sheet", () => {
    const app = new FakeSpreadsheetApp();
    const sheet = app.spreadsheet.addSheet("合并");
    sheet.load("A1", [["考核表"], ["部门", "姓名", "等级"], ["运营部", "王芳", "A"], [null, "李娜", "B"]]);
    sheet.loadMerge("A1:C1");
    sheet.loadMerge("A3:A4");
    app.spreadsheet.addSheet("等级标准", { hidden: true }).load("A1", [["A"]]);
    app.spreadsheet.addSheet("空白");
    expect(readSheet("合并", app, formatDate).source.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 0, bottom: 3, right: 0 },
    ]);
    expect(readSheet("等级标准", app, formatDate).source.hidden).toBe(true);
    expect(readSheet("空白", app, formatDate)).toEqual({
      source: { name: "空白", rows: [], merges: [], hidden: false },
      weightTotals: [],
      calculating: false,
    });
    expect(listSheets(app)).toEqual([
      { name: "合并", visible: true },
      { name: "等级标准", visible: false },
      { name: "空白", visible: true },
    ]);
  });

  test("a sheet that is not there", () => {
    expect(() => readSheet("没有", spreadsheetWithData(), formatDate)).toThrow(NoSuchSheet);
  });
});

describe("selecting a cell", () => {
  test("activates the sheet and selects the cell; a hidden sheet is left alone", () => {
    const app = spreadsheetWithData();
    app.spreadsheet.addSheet("隐藏", { hidden: true });
    app.spreadsheet.addSheet("第二页");
    selectCell("第二页", "C12", app);
    expect(app.spreadsheet.active?.name).toBe("第二页");
    expect(app.spreadsheet.sheet("第二页").activeRange).toEqual({ top: 11, left: 2, rows: 1, columns: 1 });
    selectCell("隐藏", "A1", app);
    expect(app.spreadsheet.active?.name).toBe("第二页");
    expect(app.spreadsheet.writes).toEqual([]);
  });

  test("a bad address or a missing sheet is an error", () => {
    const app = spreadsheetWithData();
    expect(() => selectCell("员工名单", "C0:=", app)).toThrow(BadAddress);
    expect(() => selectCell("没有", "A1", app)).toThrow(NoSuchSheet);
  });
});

/** Where a value is not plain JSON (undefined, a Date, NaN, a class instance…), or undefined. */
function notPlainJson(value: unknown, path = "$"): string | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `${path}: ${value}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return `${path}[${i}]: a hole`;
      const found = notPlainJson(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      const found = notPlainJson(item, `${path}.${key}`);
      if (found) return found;
    }
    return undefined;
  }
  return `${path}: ${typeof value === "object" ? Object.prototype.toString.call(value) : typeof value}`;
}

describe("the sidebar's server functions", () => {
  const globals = globalThis as Record<string, unknown>;
  let app: FakeSpreadsheetApp;
  beforeEach(() => {
    app = spreadsheetWithData({ locale: "zh_CN" });
    globals.SpreadsheetApp = app;
    globals.Utilities = fakeUtilities;
  });
  afterEach(() => {
    delete globals.SpreadsheetApp;
    delete globals.Utilities;
  });

  test("the module exports the five functions of SidebarServer, and nothing else", () => {
    expect(Object.keys(server).sort()).toEqual([
      "hrInsertTemplate",
      "hrListSheets",
      "hrReadSheet",
      "hrSelect",
      "hrSidebarLanguage",
    ]);
  });

  test.each([
    ["zh_CN", "zh"],
    ["zh_TW", "zh"],
    ["zh", "zh"],
    ["en_US", "en"],
    ["ja_JP", "en"],
  ])("the spreadsheet's locale %s is %s", (locale, language) => {
    globals.SpreadsheetApp = new FakeSpreadsheetApp({ locale });
    expect(server.hrSidebarLanguage()).toEqual({ ok: true, value: language });
  });

  test("every reply is plain JSON, for what succeeds and what fails", () => {
    const replies = [
      server.hrSidebarLanguage(),
      server.hrListSheets(),
      server.hrInsertTemplate(template, options),
      server.hrReadSheet("员工名单"),
      server.hrSelect("员工名单", "B2"),
      server.hrReadSheet("没有"),
      server.hrSelect("员工名单", "not a cell"),
      server.hrInsertTemplate({ ...template, sections: [] }, options),
      server.hrInsertTemplate(template, { ...options, employees: 0 }),
    ];
    app.spreadsheet.failOn("Range.merge");
    replies.push(server.hrInsertTemplate(template, options));
    for (const reply of replies) {
      expect(notPlainJson(reply)).toBeUndefined();
      expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
    }
    expect(replies.map((reply) => reply.ok)).toEqual([true, true, true, true, true, false, false, false, false, false]);
  });

  test("a reading reply is what the core's table reader takes", () => {
    const reply = server.hrReadSheet("员工名单");
    if (!reply.ok) throw new Error(reply.error.message);
    const reading = readTable(reply.value.source as SheetSource);
    expect(reading.kind).toBe("table");
  });

  test("a failed insert says whether its sheet was removed, with the original reason", () => {
    app.spreadsheet.failOn("Range.copyTo");
    expect(server.hrInsertTemplate(template, options)).toEqual({
      ok: false,
      error: { message: expect.stringMatching("injected at Range.copyTo"), sheet: { name: SHEET, removed: true } },
    });
  });

  test("a template or options that cannot be used are refused in the spreadsheet's language, before anything is written", () => {
    const badTemplate = server.hrInsertTemplate({ ...template, sections: [] } as Template, options);
    expect(badTemplate).toEqual({
      ok: false,
      error: { message: expect.stringMatching(/^无法插入该模板：/), sheet: null },
    });
    const badOptions = server.hrInsertTemplate(template, { ...options, employees: 0, period: "" } as InsertOptions);
    expect(badOptions).toEqual({
      ok: false,
      error: { message: expect.stringMatching(/^插入选项有误：员工行数不能小于 1.*；考核期间不能为空/), sheet: null },
    });
    const portableLetters = server.hrInsertTemplate(template, {
      ...options,
      formulas: "portable",
      ratingInput: "letters",
    });
    expect(portableLetters.ok).toBe(false);
    const notAnObject = server.hrInsertTemplate(
      "ecommerce-supervisor" as unknown as Template,
      null as unknown as InsertOptions,
    );
    expect(notAnObject.ok).toBe(false);
    expect(app.spreadsheet.writes).toEqual([]);
  });

  test("a missing sheet or a bad address, in words", () => {
    expect(server.hrReadSheet("没有")).toEqual({
      ok: false,
      error: { message: "没有名为“没有”的工作表，可能已被重命名或删除。", sheet: null },
    });
    expect(server.hrSelect("员工名单", "Z0")).toEqual({
      ok: false,
      error: { message: "“Z0”不是单元格地址（如 B7）。", sheet: null },
    });
  });

  test("the server fills in the host and the taken names: what the sidebar sends cannot override them", () => {
    const sent = { ...options, host: "excel", takenSheetNames: ["x"], takenNames: ["HR_Scale"] } as InsertOptions &
      Partial<PlanOptions>;
    const reply = server.hrInsertTemplate(template, sent);
    expect(reply).toEqual({ ok: true, value: expect.objectContaining({ sheetName: SHEET }) });
    expect(app.spreadsheet.sheet(SHEET).content(cell(7, 10))).toEqual({
      kind: "formula",
      formula: '=IF(J8="","",BAND(J8,HR_Scale))',
    });
  });
});
