/**
 * Cross-check in a real spreadsheet application: for every catalog template, a portable workbook
 * with seeded scores and KPI values is written by the .xlsx writer, recalculated by LibreOffice
 * headless and read back; every score and grade LibreOffice computed equals the core's. Cached
 * values are written stale on purpose, so a workbook LibreOffice did not recalculate fails.
 * LibreOffice is required: without it this test fails and says how to install it.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { type Cell, DEFAULT_SCALE, type Scale } from "../../src";
import { CATALOG, type SheetPlan, type Template, isStepKpi, planSheet } from "../../src/templates";
import { planWorkbook } from "../../cli/xlsx/write-plan";
import {
  EDITED_SCALE,
  editedSheet,
  expectedRow,
  editedTemplate,
  sameShown,
  sampleRows,
  withKpiFloor,
} from "../support/appraisal-data";
import { recalculate } from "../support/libreoffice";
import { readTable } from "../support/xlsx-table";

jest.setTimeout(10 * 60_000);

const EMPLOYEES = 12;

interface Case {
  file: string;
  plan: SheetPlan;
  /** What the core computes from: the template and scale the sheet's cells hold. */
  template: Template;
  scale: Scale;
  raters: boolean;
  inputs: Cell[][];
}

function cases(): Case[] {
  const made: Case[] = [];
  CATALOG.forEach((catalogTemplate, index) => {
    for (const raters of [true, false]) {
      const template = raters ? catalogTemplate : withKpiFloor(catalogTemplate, 0.6);
      const language = index % 2 ? "en" : "zh";
      const options = { employees: EMPLOYEES, cycle: "monthly", period: "2026-11", language, raters } as const;
      const plan = planSheet(template, { ...options, ratingInput: "points", formulas: "portable" });
      const inputs = sampleRows(plan, template, `${template.id}/${raters}/lo`);
      made.push({
        file: `${template.id}-${raters ? "raters" : "gated"}.xlsx`,
        plan,
        template,
        scale: DEFAULT_SCALE,
        raters,
        inputs,
      });
      if (!raters) continue;
      // The same sheet after HR edited its weights and its scale block (rows reordered).
      const edited = editedTemplate(template);
      const editedPlan = planSheet(edited, { ...options, ratingInput: "points", formulas: "portable" }, EDITED_SCALE);
      made.push({
        file: `${template.id}-edited.xlsx`,
        plan: editedSheet(plan, editedPlan),
        template: edited,
        scale: EDITED_SCALE,
        raters,
        inputs,
      });
    }
  });
  return made;
}

const itemOf = (template: Template, role: { section: string; item: string }) =>
  template.sections.find((section) => section.id === role.section)!.items.find((item) => item.id === role.item)!;

let folder: string;
afterAll(() => folder && rmSync(folder, { recursive: true, force: true }));

test("LibreOffice computes every portable score and grade as the core does (tolerance 1e-9)", async () => {
  folder = mkdtempSync(join(tmpdir(), "hr-crosscheck-"));
  const all = cases();
  for (const each of all) {
    const stale = planWorkbook(each.plan, {
      input: (employee, column) => {
        const value = each.inputs[employee][column];
        return typeof value === "number" || typeof value === "string" ? value : null;
      },
      result: () => "stale",
    });
    await stale.xlsx.writeFile(join(folder, each.file));
  }
  const started = performance.now();
  recalculate(
    all.map((each) => join(folder, each.file)),
    join(folder, "recalculated"),
  );
  const seconds = (performance.now() - started) / 1000;

  let compared = 0;
  const mismatches: string[] = [];
  const shown = { grades: 0, errors: 0, stepPoints: new Set<unknown>() };
  for (const each of all) {
    const table = await readTable(join(folder, "recalculated", each.file), each.plan);
    each.inputs.forEach((row, employee) => {
      for (const [column, expected] of expectedRow(each.plan, each.template, each.raters, row, each.scale)) {
        const read = table[employee][column];
        const actual = read && read.kind !== "uncalculated" ? read.value : undefined;
        compared++;
        if (typeof expected === "object") shown.errors++;
        const role = each.plan.table.columns[column].role;
        if (role.kind === "grade" && typeof expected === "string" && expected) shown.grades++;
        if (role.kind === "kpi-points" && isStepKpi(itemOf(each.template, role))) shown.stepPoints.add(expected);
        if (!sameShown(actual ?? "", expected)) {
          const header = each.plan.table.columns[column].header;
          mismatches.push(
            `${each.file} row ${employee + 1} ${header}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`,
          );
        }
      }
    });
  }
  console.info(
    `LibreOffice cross-check: ${all.length} workbooks, ${compared} computed cells (${shown.grades} grades, ` +
      `${shown.errors} expected errors, step-table points ${[...shown.stepPoints].join("/")}), ` +
      `${mismatches.length} mismatches; recalculation ${seconds.toFixed(1)} s`,
  );
  expect(mismatches).toEqual([]);
  expect(compared).toBeGreaterThan(all.length * EMPLOYEES * 2);
  // the step tables were read in every band: full, partial and no points
  const stepPoints = [...shown.stepPoints].filter((value) => typeof value === "number");
  expect(stepPoints).toEqual(expect.arrayContaining([0, 60, 80, 100]));
});
