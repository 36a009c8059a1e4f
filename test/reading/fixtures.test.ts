/**
 * Every fixture workbook (HR's own shapes, test/fixtures/tables) read by the core's table reader
 * through the command line's streaming host, against the reading written from DOMAIN §6 before
 * the reader ran.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseScaleJson } from "../../src/check";
import { readSheet } from "../../src/reading";
import { DEFAULT_SCALE, type Scale } from "../../src/scale";
import { readSheetSource } from "../../cli/check/sheet-source";
import { XlsxReader } from "../../cli/xlsx/read-workbook";
import { EXPECTED, type ExpectedWorkbook } from "../fixtures/tables/expected";
import { writeFixtures } from "../fixtures/tables/workbooks";
import { asExpected, statedFields } from "./expectations";

let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "hr-tables-"));
  await writeFixtures(folder);
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function scaleOf(workbook: ExpectedWorkbook): Scale {
  if (!workbook.options?.scale) return DEFAULT_SCALE;
  const parsed = parseScaleJson(readFileSync(join(folder, workbook.options.scale), "utf8"));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.en).join("; "));
  return parsed.scale;
}

test.each(EXPECTED.map((workbook) => [`${workbook.file}: ${workbook.shape}`, workbook] as const))(
  "%s",
  async (_, workbook) => {
    const scale = scaleOf(workbook);
    const reader = await XlsxReader.open(join(folder, workbook.file));
    try {
      const sheets = [];
      for (const sheet of reader.sheets) {
        const { source } = await readSheetSource(reader, sheet);
        const reading = readSheet(source, {
          scale,
          groupBy: workbook.options?.groupBy,
          gradeColumn: workbook.options?.gradeColumn,
          headerRow: workbook.options?.headerRow,
        });
        sheets.push(asExpected(reading, scale));
      }
      expect(sheets.map((sheet, i) => statedFields(sheet, workbook.sheets[i] ?? sheet))).toEqual(workbook.sheets);
    } finally {
      await reader.close();
    }
  },
);
