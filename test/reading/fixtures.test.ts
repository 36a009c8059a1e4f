/**
 * Every fixture workbook (HR's own shapes, test/fixtures/tables) read by the core's table reader
 * through the command line's streaming host, against the reading written from DOMAIN §6 before
 * the reader ran.
 */
import { join } from "path";
import { readSheetSource } from "../../cli/check/sheet-source";
import { XlsxReader } from "../../cli/xlsx/read-workbook";
import { EXPECTED } from "../fixtures/tables/expected";
import { fixturesFolder } from "../fixtures/tables/workbooks";
import { readAsExpected, scaleOf, statedFields } from "./expectations";

const folder = fixturesFolder("hr-tables-");

test.each(EXPECTED.map((workbook) => [`${workbook.file}: ${workbook.shape}`, workbook] as const))(
  "%s",
  async (_, workbook) => {
    const scale = scaleOf(folder(), workbook);
    const reader = await XlsxReader.open(join(folder(), workbook.file));
    try {
      const sheets = [];
      for (const sheet of reader.sheets) {
        const { source } = await readSheetSource(reader, sheet);
        sheets.push(readAsExpected(source, workbook, scale));
      }
      expect(sheets.map((sheet, i) => statedFields(sheet, workbook.sheets[i] ?? sheet))).toEqual(workbook.sheets);
    } finally {
      await reader.close();
    }
  },
);
