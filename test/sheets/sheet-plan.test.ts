/**
 * Sheet plans for Google Sheets (host "sheets"): the HR functions without a namespace and without
 * Excel's blank workaround, named ranges free in the whole spreadsheet, no merge across the frozen
 * panes; everything else as in the Excel plan.
 */
import { CATALOG, type PlanOptions, SCALE_NAME, WEIGHT_TOTAL_NAME, findTemplate, planSheet } from "../../src/templates";

const base = {
  cycle: "monthly",
  period: "2026-11",
  language: "zh",
  employees: 5,
  raters: true,
  ratingInput: "points",
} as const;
const supervisor = findTemplate("shop-ops-supervisor")!;
const sheetsPlan = (options: Partial<PlanOptions> = {}) =>
  planSheet(supervisor, { ...base, host: "sheets", ...options });
const formulasOf = (plan: ReturnType<typeof planSheet>) =>
  plan.table.columns.flatMap((column) => (column.formula ? [column.formula] : []));

test("the Excel plan is the default, and host excel changes nothing", () => {
  expect(planSheet(supervisor, { ...base, host: "excel" })).toEqual(planSheet(supervisor, base));
});

test.each(CATALOG.map((template) => [template.id, template] as const))(
  "%s: the HR functions without a namespace, arguments as they are",
  (_, template) => {
    const excel = planSheet(template, base);
    const sheets = planSheet(template, { ...base, host: "sheets" });
    for (const formula of formulasOf(sheets)) {
      expect(formula).not.toMatch(/HR\./);
      // IF over a range gives one cell outside ARRAYFORMULA in Sheets, and blanks arrive as "" already
      expect(formula).not.toMatch(/IF\([^()]*="","",[^()]*\)(?=[,)])/);
      expect(formula).not.toMatch(/IF\(HR_Scale/);
    }
    // the same formulas once Excel's namespace and blank workaround are taken away
    const unwrapped = formulasOf(excel).map((formula) =>
      formula.replace(/HR\./g, "").replace(/IF\(([^()",]+)="","",\1\)/g, "$1"),
    );
    expect(formulasOf(sheets)).toEqual(unwrapped);
    expect(formulasOf(sheets).some((formula) => /(^|[^A-Z])SCORE\(/.test(formula))).toBe(true);
    expect(formulasOf(sheets).some((formula) => /BAND\([A-Z]+\{row\},HR_Scale\)/.test(formula))).toBe(true);
  },
);

test("portable formulas are the same on both hosts", () => {
  const portable = { ...base, formulas: "portable" } as const;
  expect(formulasOf(planSheet(supervisor, { ...portable, host: "sheets" }))).toEqual(
    formulasOf(planSheet(supervisor, portable)),
  );
});

describe("names, spreadsheet-wide in Sheets", () => {
  test("the first plan takes HR_Scale and HR_Total_1…", () => {
    const plan = sheetsPlan();
    expect(plan.names.map((n) => n.name)).toEqual([
      ...plan.weightTotals.map((_, i) => `${WEIGHT_TOTAL_NAME}${i + 1}`),
      SCALE_NAME,
    ]);
  });

  test("a second plan picks names no range has, in any case, and its formulas use its own scale", () => {
    const first = sheetsPlan();
    const taken = [...first.names.map((n) => n.name.toUpperCase()), first.table.name];
    const second = sheetsPlan({ takenNames: taken, takenSheetNames: [first.sheetName] });
    const names = second.names.map((n) => n.name);
    expect(names).toContain("HR_Scale_2");
    expect(names.filter((n) => n.startsWith(WEIGHT_TOTAL_NAME))).toEqual(
      second.weightTotals.map((_, i) => `${WEIGHT_TOTAL_NAME}${first.weightTotals.length + i + 1}`),
    );
    const lower = new Set(taken.map((n) => n.toLowerCase()));
    for (const name of [...names, second.table.name]) expect(lower.has(name.toLowerCase())).toBe(false);
    expect(second.table.name).toBe(`${first.table.name}_2`);
    const grade = second.table.columns.find((c) => c.role.kind === "grade")!.formula!;
    expect(grade).toMatch(/BAND\([A-Z]+\{row\},HR_Scale_2\)/);
  });

  test("the taken names of an Excel workbook do not rename the plan's own (they are scoped to the new sheet)", () => {
    const excel = planSheet(supervisor, { ...base, takenNames: ["HR_Scale", "HR_Total_1"] });
    expect(excel.names.map((n) => n.name)).toContain("HR_Scale");
    expect(excel.names.map((n) => n.name)).toContain("HR_Total_1");
  });

  test("a table name never equals a name the plan gives its own cells", () => {
    const plan = sheetsPlan({ takenNames: ["HR_Scale"] });
    const scaleId = planSheet({ ...supervisor, id: "scale-2" }, { ...base, host: "sheets", takenNames: ["HR_Scale"] });
    expect(plan.names.map((n) => n.name)).toContain("HR_Scale_2");
    expect(scaleId.table.name.toLowerCase()).not.toBe("hr_scale_2");
    expect(scaleId.names.map((n) => n.name)).toContain("HR_Scale_2");
  });
});

test("no merge spans the frozen rows or column in Sheets; Excel keeps the title merged", () => {
  const excel = planSheet(supervisor, base);
  const sheets = sheetsPlan();
  const title = excel.merges.find((m) => m.startsWith("A1:"));
  expect(title).toBeDefined();
  expect(sheets.merges).not.toContain(title);
  expect(sheets.merges).toEqual(excel.merges.filter((m) => m !== title));
  expect(sheets.freeze).toEqual(excel.freeze);
});
