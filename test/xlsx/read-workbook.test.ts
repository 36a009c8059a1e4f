/**
 * The streaming reader: stored values as a spreadsheet saved them (formula results, errors,
 * formulas never calculated), Chinese text intact across chunk boundaries, the package parts
 * found through their relationships, sheet states, tables, merged ranges and hidden rows, and
 * clear errors for what is not a workbook or is damaged. Hostile zips: hostile-zip.test.ts.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { type SheetRow, WorkbookError, XlsxReader } from "../../cli/xlsx/read-workbook";
import { ZipError } from "../../cli/xlsx/zip";
import { recalculate } from "../support/libreoffice";
import { xlsx, xlsxParts, zip } from "../support/zip-writer";
import { readSheetCells } from "../support/xlsx-table";

let folder: string;
beforeAll(() => (folder = mkdtempSync(join(tmpdir(), "hr-reader-"))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const file = (name: string, content: Buffer) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

test("cell values as stored: numbers, text, TRUE/FALSE, errors, formula results, formulas never calculated", async () => {
  const path = file(
    "values.xlsx",
    xlsx({
      sharedStrings: ["等级", "A"],
      sheets: [
        {
          name: "考核 2026",
          // a namespace prefix, cells without r, inline text in runs, a shared formula's child
          xml:
            `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>89.5</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#REF!</v></c></row>` +
            `<row r="3"><c t="s"><v>1</v></c><c t="str"><f>"B"&amp;""</f><v>B</v></c><c t="e"><f>NA()</f><v>#N/A</v></c><c><f>1/3</f></c></row>` +
            `<row r="4"><c r="A4" t="inlineStr"><is><r><t>达到</t></r><r><t>目标</t></r></is></c><c r="B4" t="str"><f>IF(1,"","x")</f><v></v></c>` +
            `<c r="C4"><f t="shared" si="0"/><v>7</v></c><c r="D4" t="b"><f>TRUE()</f><v>0</v></c></row>`,
        },
      ],
    }),
  );
  const rows = await readSheetCells(path, "考核 2026");
  expect(rows[0]).toEqual([
    { kind: "value", value: "等级" },
    { kind: "value", value: 89.5 },
    { kind: "value", value: true },
    { kind: "value", value: { error: "#REF!" } },
  ]);
  expect(rows[1]).toBeUndefined();
  expect(rows[2]).toEqual([
    { kind: "value", value: "A" },
    { kind: "cached", value: "B" },
    { kind: "cached", value: { error: "#N/A" } },
    { kind: "uncalculated" },
  ]);
  expect(rows[3]).toEqual([
    { kind: "value", value: "达到目标" },
    { kind: "cached", value: "" },
    { kind: "cached", value: 7 },
    { kind: "cached", value: false },
  ]);
});

test("Chinese text stays intact wherever the inflated chunks split it (20,000 shared strings)", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("员工");
  const names = Array.from({ length: 20_000 }, (_, i) => `员工姓名${i}达到目标`);
  names.forEach((name, i) => (sheet.getCell(i + 1, 1).value = name));
  const path = join(folder, "chinese.xlsx");
  await workbook.xlsx.writeFile(path);
  const rows = await readSheetCells(path, "员工");
  expect(rows.map((row) => row[0]?.kind === "value" && row[0].value)).toEqual(names);
});

test("sheets in workbook order with their positions, and defined names with their scope", async () => {
  const path = file(
    "names.xlsx",
    xlsx({
      sheets: [
        { name: "Summary", xml: "" },
        { name: "O'Brien team", xml: "" },
      ],
      definedNames:
        `<definedName name="HR_Total_1" localSheetId="1">'O''Brien team'!$C$5</definedName>` +
        `<definedName name="HR_Total_2">'O''Brien team'!$D$5</definedName>` +
        `<definedName name="HR_Total_3" localSheetId="0">Summary!$E$5</definedName>` +
        `<definedName name="Other">'O''Brien team'!$F$5</definedName>`,
    }),
  );
  const reader = await XlsxReader.open(path);
  try {
    expect(reader.sheets.map(({ name, position }) => [name, position])).toEqual([
      ["Summary", 0],
      ["O'Brien team", 1],
    ]);
    expect(reader.namedCells(reader.sheets[1], "HR_Total_")).toEqual(["C5", "D5"]);
    expect(reader.namedCells(reader.sheets[0], "HR_Total_")).toEqual(["E5"]);
  } finally {
    await reader.close();
  }
});

describe("what is not a readable workbook", () => {
  const opening = (name: string, content: Buffer) => XlsxReader.open(file(name, content));

  test("a zip without a spreadsheet: not-workbook; an .xlsb: xlsb", async () => {
    const word = zip({
      "_rels/.rels": `<Relationships><Relationship Id="r" Type="x/officeDocument" Target="word/document.xml"/></Relationships>`,
      "word/document.xml": "<document/>",
    });
    await expect(opening("letter.xlsx", word)).rejects.toMatchObject({ problem: "not-workbook" });
    const binary = zip({
      "_rels/.rels": `<Relationships><Relationship Id="r" Type="x/officeDocument" Target="xl/workbook.bin"/></Relationships>`,
      "xl/workbook.bin": "binary",
    });
    await expect(opening("binary.xlsb", binary)).rejects.toMatchObject({ problem: "xlsb" });
    await expect(opening("plain.zip", zip({ "readme.txt": "hello" }))).rejects.toBeInstanceOf(WorkbookError);
  });

  test("a truncated archive or broken XML: damaged", async () => {
    const whole = xlsx({ sheets: [{ name: "S", xml: `<row r="1"><c r="A1"><v>1</v></c></row>` }] });
    await expect(opening("cut.xlsx", whole.subarray(0, whole.length - 30))).rejects.toBeInstanceOf(ZipError);
    const broken = xlsx({ sheets: [{ name: "S", xml: `<row r="1"><c r="A1"><v>1</v></row>` }] });
    const reader = await opening("broken.xlsx", broken);
    try {
      const read = async () => {
        for await (const batch of reader.rows(reader.sheets[0])) void batch;
      };
      await expect(read()).rejects.toMatchObject({ problem: "damaged" });
    } finally {
      await reader.close();
    }
  });
});

/** Everything the reader says about each sheet, rows read to the end first. */
async function readEverything(path: string) {
  const reader = await XlsxReader.open(path);
  try {
    const sheets = [];
    for (const sheet of reader.sheets) {
      const rows: SheetRow[] = [];
      for await (const batch of reader.rows(sheet)) rows.push(...batch);
      sheets.push({ ...sheet, tables: await reader.tables(sheet), merges: reader.merges(sheet), rows });
    }
    return sheets;
  } finally {
    await reader.close();
  }
}

/** Reads every row of the package's only sheet. */
async function readOnlySheet(path: string) {
  const reader = await XlsxReader.open(path);
  try {
    const rows: SheetRow[] = [];
    for await (const batch of reader.rows(reader.sheets[0])) rows.push(...batch);
    return rows;
  } finally {
    await reader.close();
  }
}

describe("what a sheet holds besides values", () => {
  test("sheet states, an Excel table with a totals row, a merged title and a hidden row, as ExcelJS writes them and LibreOffice saves them again", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("考核");
    sheet.mergeCells("A1:C1");
    sheet.getCell("A1").value = "2026 年 11 月绩效考核";
    sheet.mergeCells("D4:D5");
    sheet.addTable({
      name: "成绩表",
      ref: "A3",
      headerRow: true,
      totalsRow: true,
      columns: [{ name: "姓名", totalsRowLabel: "合计" }, { name: "等级" }, { name: "得分", totalsRowFunction: "sum" }],
      rows: [
        ["王伟", "A", 92],
        ["李娜", "B", 81],
        ["张敏", "C", 70],
      ],
    });
    sheet.getRow(5).hidden = true;
    workbook.addWorksheet("说明", { state: "hidden" }).getCell("A1").value = "A ≥90分";
    workbook.addWorksheet("宏", { state: "veryHidden" });
    const written = join(folder, "shapes.xlsx");
    await workbook.xlsx.writeFile(written);
    const resaved = join(folder, "libreoffice");
    recalculate([written], resaved);

    // LibreOffice has no "very hidden": it saves such a sheet as hidden
    const copies = [
      { path: written, macroState: "veryHidden" },
      { path: join(resaved, "shapes.xlsx"), macroState: "hidden" },
    ];
    for (const { path, macroState } of copies) {
      const [table, legend, macro] = await readEverything(path);
      expect([table, legend, macro].map(({ name, state }) => [name, state])).toEqual([
        ["考核", "visible"],
        ["说明", "hidden"],
        ["宏", macroState],
      ]);
      expect(table.tables).toEqual([
        { name: "成绩表", range: { top: 2, left: 0, bottom: 6, right: 2 }, headerRowCount: 1, totalsRowCount: 1 },
      ]);
      expect(table.merges).toEqual(
        expect.arrayContaining([
          { top: 0, left: 0, bottom: 0, right: 2 },
          { top: 3, left: 3, bottom: 4, right: 3 },
        ]),
      );
      expect(table.merges).toHaveLength(2);
      expect(table.rows.filter((row) => row.hidden).map((row) => row.index)).toEqual([4]);
      expect(table.rows.find((row) => row.index === 4)?.cells[0]).toEqual({ kind: "value", value: "李娜" });
      expect([legend.tables, legend.merges, macro.rows]).toEqual([[], [], []]);
    }
  });

  test("merged ranges are known once the rows were read to the end, not before", async () => {
    const path = file(
      "merges.xlsx",
      xlsx({ sheets: [{ name: "S", xml: `<row r="1"><c r="A1"><v>1</v></c></row><row r="2"/>` }] }),
    );
    const reader = await XlsxReader.open(path);
    try {
      const [sheet] = reader.sheets;
      expect(() => reader.merges(sheet)).toThrow(/read to the end/);
      for await (const batch of reader.rows(sheet)) if (batch.length) break;
      expect(() => reader.merges(sheet)).toThrow(/read to the end/);
      for await (const batch of reader.rows(sheet)) void batch;
      expect(reader.merges(sheet)).toEqual([]);
      expect(() => reader.merges(sheet)).not.toThrow(WorkbookError);
    } finally {
      await reader.close();
    }
  });

  test("a sheet without relationships has no tables; a missing or broken table part is damage", async () => {
    const parts = xlsxParts({ sheets: [{ name: "S", xml: "" }] });
    const sheetRels = (target: string) =>
      `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="${target}"/></Relationships>`;
    const tablesOf = async (name: string, extra: Record<string, string>) => {
      const reader = await XlsxReader.open(file(name, zip({ ...parts, ...extra })));
      try {
        return await reader.tables(reader.sheets[0]);
      } finally {
        await reader.close();
      }
    };
    await expect(tablesOf("no-rels.xlsx", {})).resolves.toEqual([]);
    await expect(
      tablesOf("no-table.xlsx", { "xl/worksheets/_rels/sheet1.xml.rels": sheetRels("../tables/table1.xml") }),
    ).rejects.toThrow(new WorkbookError("damaged", "xl/tables/table1.xml is missing"));
    for (const table of [`<table name="T" ref="A1:XFE3"/>`, `<table name="T" ref="A1:B1" totalsRowCount="1"/>`]) {
      const broken = tablesOf("bad-table.xlsx", {
        "xl/worksheets/_rels/sheet1.xml.rels": sheetRels("../tables/table1.xml"),
        "xl/tables/table1.xml": table,
      });
      await expect(broken).rejects.toMatchObject({ problem: "damaged" });
    }
  });
});

describe("a damaged sheet is an error that says where", () => {
  const cases: [string, string, RegExp][] = [
    ["rows numbered backwards", `<row r="2"/><row r="1"/>`, /sheet "S": row 1 comes after row 2$/],
    ["a row number repeated", `<row r="2"/><row r="2"/>`, /row 2 appears twice/],
    ["row 0", `<row r="0"><c r="A0"><v>1</v></c></row>`, /"0" is not a row number/],
    ["a row below Excel's last", `<row r="1048577"/>`, /"1048577" is not a row number/],
    ["a row inside a row", `<row r="1"><row r="2"/></row>`, /a row inside row 1/],
    ["cells out of order", `<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>`, /cell A1 comes after B1/],
    ["a cell written twice", `<row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>2</v></c></row>`, /cell A1 comes after A1/],
    ["a cell of another row", `<row r="1"><c r="A2"><v>1</v></c></row>`, /"A2" is not a cell of row 1/],
    ["a column beyond XFD", `<row r="1"><c r="XFE1"><v>1</v></c></row>`, /"XFE1" is not a cell of row 1/],
    ["a number that is not one", `<row r="1"><c r="A1"><v>9O</v></c></row>`, /A1: "9O" is not a number/],
    ["TRUE/FALSE that is neither", `<row r="1"><c r="A1" t="b"><v>2</v></c></row>`, /A1: "2" is not TRUE or FALSE/],
    ["an unknown cell type", `<row r="1"><c r="A1" t="q"><v>1</v></c></row>`, /A1 has the unknown type "q"/],
    ["a shared string that does not exist", `<row r="1"><c r="A1" t="s"><v>7</v></c></row>`, /shared string "7"/],
    [
      "a merge that is not a range",
      `<row r="1"/></sheetData><mergeCells><mergeCell ref="A1:"/>`,
      /"A1:" is not a range/,
    ],
    [
      "text longer than a cell holds",
      `<row r="1"><c r="A1" t="inlineStr"><is><t>${"考".repeat(32_768)}</t></is></c></row>`,
      /cell A1 holds more than Excel's 32767 characters/,
    ],
  ];
  test.each(cases)("%s", async (_label, xml, message) => {
    const path = file("damaged.xlsx", xlsx({ sheets: [{ name: "S", xml }], sharedStrings: ["甲"] }));
    const reading = readOnlySheet(path);
    await expect(reading).rejects.toBeInstanceOf(WorkbookError);
    await expect(reading).rejects.toMatchObject({ problem: "damaged", message: expect.stringMatching(message) });
  });

  test("Excel's limits themselves read: row 1,048,576, column XFD, 32,767 characters, rows and cells without numbers", async () => {
    const longest = "考".repeat(32_767);
    const xml =
      `<row r="3"><c r="B3"><v>1</v></c><c><v>2</v></c></row><row><c r="A4" t="s"><v>0</v></c></row>` +
      `<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>${longest}</t></is></c></row>`;
    const rows = await readOnlySheet(
      file("limits.xlsx", xlsx({ sheets: [{ name: "S", xml }], sharedStrings: [longest] })),
    );
    expect(rows.map((row) => row.index)).toEqual([2, 3, 1_048_575]);
    expect(rows[0].cells).toEqual([undefined, { kind: "value", value: 1 }, { kind: "value", value: 2 }]);
    expect(rows[1].cells[0]).toEqual({ kind: "value", value: longest });
    expect(rows[2].cells[16_383]).toEqual({ kind: "value", value: longest });
  });

  test("shared strings longer than a cell holds, text that is not UTF-8 and entity definitions are damage", async () => {
    const tooLong = xlsx({ sheets: [{ name: "S", xml: "" }], sharedStrings: ["x".repeat(32_768)] });
    await expect(readOnlySheet(file("long-shared.xlsx", tooLong))).rejects.toThrow(
      new WorkbookError("damaged", "shared string 0 holds more than Excel's 32767 characters of text"),
    );
    const parts = xlsxParts({ sheets: [{ name: "S", xml: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` }] });
    const latin1 = zip({
      ...parts,
      "xl/sharedStrings.xml": Buffer.concat([
        Buffer.from("<sst><si><t>"),
        Buffer.from([0xe9]),
        Buffer.from("</t></si></sst>"),
      ]),
    });
    await expect(readOnlySheet(file("latin1.xlsx", latin1))).rejects.toThrow(
      new WorkbookError("damaged", "xl/sharedStrings.xml is not UTF-8 text"),
    );
    // "billion laughs": saxes expands no entity a document defines, so this is an error, not 3 GB of text
    const laughs = `<!DOCTYPE sst [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><sst><si><t>&c;</t></si></sst>`;
    await expect(
      readOnlySheet(file("laughs.xlsx", zip({ ...parts, "xl/sharedStrings.xml": laughs }))),
    ).rejects.toMatchObject({ problem: "damaged" });
  });

  test("a sheet without its part or with an unknown state, and a defined name longer than Excel allows, are damage", async () => {
    const parts = xlsxParts({ sheets: [{ name: "S", xml: "" }] });
    const withSheets = (sheets: string, names = "") =>
      zip({
        ...parts,
        "xl/workbook.xml": `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets}</sheets>${names}</workbook>`,
      });
    const opening = (name: string, content: Buffer) => XlsxReader.open(file(name, content));
    await expect(opening("orphan.xlsx", withSheets(`<sheet name="考核" r:id="rId9"/>`))).rejects.toThrow(
      new WorkbookError("damaged", `sheet "考核" has no part in the workbook`),
    );
    await expect(opening("state.xlsx", withSheets(`<sheet name="S" state="gone" r:id="rId1"/>`))).rejects.toThrow(
      new WorkbookError("damaged", `sheet "S" has the state "gone"`),
    );
    const longName = `<definedNames><definedName name="HR_x">${"A".repeat(32_768)}</definedName></definedNames>`;
    await expect(opening("name.xlsx", withSheets(`<sheet name="S" r:id="rId1"/>`, longName))).rejects.toMatchObject({
      problem: "damaged",
    });
  });
});
