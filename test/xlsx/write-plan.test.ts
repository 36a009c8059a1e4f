/**
 * The .xlsx writer applies every part of a sheet plan: read back with ExcelJS's full reader, the
 * file holds the header writes, the table and its formulas, number formats, validation with
 * prompts, conditional formats, the names, merges, frozen panes and column widths.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { findTemplate, parseCell, planSheet, tableAddress, tableRow } from "../../src/templates";
import { ZipArchive } from "../../cli/xlsx/zip";
import { coreResults } from "../../cli/xlsx/core-results";
import { planWorkbook } from "../../cli/xlsx/write-plan";
import { expectedRow, sameShown, sampleRows } from "../support/appraisal-data";
import { readTable } from "../support/xlsx-table";

const template = findTemplate("shop-ops-supervisor")!;
const plan = planSheet(template, {
  employees: 6,
  cycle: "monthly",
  period: "2026-11",
  language: "zh",
  raters: true,
  ratingInput: "points",
});

let folder: string;
beforeAll(() => (folder = mkdtempSync(join(tmpdir(), "hr-writer-"))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes the workbook to a file and reads it back with ExcelJS's full reader. */
async function roundTrip(workbook: ExcelJS.Workbook, name: string) {
  const path = join(folder, name);
  await workbook.xlsx.writeFile(path);
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.readFile(path);
  return { loaded, path };
}

/** One part of the package as text. */
async function partText(path: string, part: string): Promise<string> {
  const archive = await ZipArchive.open(path);
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of await archive.stream(archive.entries.get(part)!)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  } finally {
    await archive.close();
  }
}

/** ExcelJS keeps validations per cell once read back. */
type Validations = Record<string, ExcelJS.DataValidation>;

describe("a plan written as .xlsx", () => {
  let sheet: ExcelJS.Worksheet;
  let workbook: ExcelJS.Workbook;
  let written: string;
  beforeAll(async () => {
    ({ loaded: workbook, path: written } = await roundTrip(planWorkbook(plan), "plan.xlsx"));
    sheet = workbook.getWorksheet(plan.sheetName)!;
  });

  test("header writes, frozen panes, merges and column widths", () => {
    for (const write of plan.writes) {
      const start = parseCell(write.address.split(":")[0]);
      write.contents.forEach((row, r) =>
        row.forEach((content, c) => {
          const value = sheet.getCell(start.row + r + 1, start.column + c + 1).value;
          if (typeof content === "string" && content.startsWith("=")) {
            expect((value as ExcelJS.CellFormulaValue).formula).toBe(content.slice(1));
          } else expect(value).toBe(content);
        }),
      );
    }
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows });
    expect([...(sheet.model.merges as string[])].sort()).toEqual([...plan.merges].sort());
    plan.columnWidths.forEach((width, index) => expect(sheet.getColumn(index + 1).width).toBe(width));
  });

  test("the table: its name, header and a formula per computed cell, with number formats", async () => {
    const table = await partText(written, "xl/tables/table1.xml");
    expect(table).toContain(`name="${plan.table.name}"`);
    expect(table).toContain(`ref="${tableAddress(plan)}"`);
    expect(table).toContain(`<tableColumns count="${plan.table.columns.length}">`);
    plan.table.columns.forEach((column, c) =>
      expect(sheet.getCell(plan.table.headerRow + 1, c + 1).value).toBe(column.header),
    );
    for (let employee = 0; employee < plan.table.rows; employee++) {
      tableRow(plan, employee).forEach((content, c) => {
        const { value, numFmt } = sheet.getCell(plan.table.headerRow + 2 + employee, c + 1);
        if (content === null) expect(value).toBeNull();
        else expect((value as ExcelJS.CellFormulaValue).formula).toBe(String(content).slice(1));
        if (plan.table.columns[c].numberFormat) expect(numFmt).toBe(plan.table.columns[c].numberFormat);
      });
    }
  });

  test("validation with its prompt and error message on every planned range", () => {
    const validations = (sheet as unknown as { dataValidations: { model: Validations } }).dataValidations.model;
    for (const planned of plan.validations) {
      const [first, last = first] = planned.address.split(":");
      for (const address of [first, last]) {
        const got = validations[address];
        expect([planned.address, got?.type]).toEqual([
          planned.address,
          planned.rule.kind === "decimal" ? "decimal" : "list",
        ]);
        expect(got.errorTitle).toBe(planned.error.title);
        expect(got.error).toBe(planned.error.message);
        if (planned.prompt) {
          expect(got.showInputMessage).toBe(true);
          expect(got.promptTitle).toBe(planned.prompt.title);
        }
        if (planned.rule.kind === "decimal") expect(got.formulae).toEqual([planned.rule.min, planned.rule.max]);
        if (planned.rule.kind === "text") expect(got.formulae).toEqual([`"${planned.rule.values.join(",")}"`]);
      }
    }
  });

  test("conditional formats with their formulas and colours", () => {
    type Rule = { formulae: string[]; style: { fill?: { bgColor: { argb: string } } } };
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string; rules: Rule[] }[] })
      .conditionalFormattings;
    expect(formats.map((f) => [f.ref, f.rules[0].formulae[0]])).toEqual(
      plan.conditionalFormats.map((f) => [f.address, f.formula.slice(1)]),
    );
    formats.forEach((format, i) => {
      const fill = plan.conditionalFormats[i].style.fill;
      if (fill) expect(format.rules[0].style.fill?.bgColor.argb).toBe(`FF${fill.slice(1)}`);
    });
  });

  test("the names: HR_Scale on the scale block and the weight totals", () => {
    const quoted = `'${plan.sheetName}'`;
    expect(workbook.definedNames.model).toEqual(
      expect.arrayContaining(plan.names.map((name) => ({ name: name.name, ranges: [`${quoted}!${name.address}`] }))),
    );
  });
});

test("with data: inputs, the core's results cached, weight totals summed; spreadsheets recalculate on load", async () => {
  const inputs = sampleRows(plan, template, "writer");
  const { loaded, path } = await roundTrip(planWorkbook(plan, coreResults(plan, template, true, inputs)), "data.xlsx");
  const sheet = loaded.getWorksheet(plan.sheetName)!;
  expect(await partText(path, "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  const first = plan.table.headerRow + 2;
  plan.table.columns.forEach((column, c) => {
    const value = inputs[0][c];
    if (!column.formula && value !== null) expect(sheet.getCell(first, c + 1).value).toBe(value);
  });
  // cached results as the CLI reads them: the core's values; a row the core rejects is left to the spreadsheet
  const table = await readTable(path, plan);
  let rejected = 0;
  inputs.forEach((row, employee) => {
    const expected = expectedRow(plan, template, true, row);
    const failed = [...expected.values()].some((shown) => typeof shown === "object");
    if (failed) rejected++;
    for (const [column, shown] of expected) {
      const read = table[employee][column];
      if (failed) expect(read).toEqual({ kind: "uncalculated" });
      else
        expect([employee, column, sameShown(read?.kind === "cached" ? read.value : undefined, shown)]).toEqual([
          employee,
          column,
          true,
        ]);
    }
  });
  expect(rejected).toBeGreaterThan(0);
  for (const total of plan.weightTotals) {
    expect((sheet.getCell(total).value as ExcelJS.CellFormulaValue).result).toBeCloseTo(1, 9);
  }
});
