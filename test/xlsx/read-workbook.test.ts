/**
 * The streaming reader: stored values as a spreadsheet saved them (formula results, errors,
 * formulas never calculated), Chinese text intact across chunk boundaries, the package parts
 * found through their relationships, and clear errors for what is not a workbook.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { WorkbookError, XlsxReader } from "../../cli/xlsx/read-workbook";
import { ZipError } from "../../cli/xlsx/zip";
import { xlsx, zip } from "../support/zip-writer";
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
