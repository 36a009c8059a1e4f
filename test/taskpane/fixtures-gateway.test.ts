/**
 * The fixture workbooks (HR's own shapes, test/fixtures/tables) opened in the Excel stand-in and
 * read through the task pane's gateway: the same expectations the core reader and the command line
 * are held to, so the faces cannot disagree.
 */
import { join } from "path";
import { createExcelGateway } from "../../taskpane/workbook/excel-gateway";
import { EXPECTED } from "../fixtures/tables/expected";
import { fixturesFolder } from "../fixtures/tables/workbooks";
import { readAsExpected, scaleOf, statedFields } from "../reading/expectations";
import { fakeFromXlsx } from "../support/fake-workbook";

const folder = fixturesFolder("hr-pane-tables-");

test.each(EXPECTED.map((workbook) => [`${workbook.file}: ${workbook.shape}`, workbook] as const))(
  "%s",
  async (_, workbook) => {
    const scale = scaleOf(folder(), workbook);
    const excel = await fakeFromXlsx(join(folder(), workbook.file));
    const gateway = createExcelGateway(excel as unknown as typeof Excel, {
      supportsMerges: () => true,
      pause: async () => undefined,
    });
    const sheets = [];
    for (const { name } of await gateway.listSheets()) {
      const { source } = await gateway.readSheet(name);
      sheets.push(readAsExpected(source, workbook, scale));
    }
    expect(sheets.map((sheet, i) => statedFields(sheet, workbook.sheets[i] ?? sheet))).toEqual(workbook.sheets);
    expect(excel.writes).toEqual([]);
  },
);
