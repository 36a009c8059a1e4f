/**
 * Portable sheet plans: native formulas only. Applied to a formula engine without the HR functions,
 * every computed cell equals what the core computes; editing weights and the scale recalculates;
 * input the HR functions reject shows an error, never a number. (The same plans are recalculated
 * by LibreOffice in test/xlsx/libreoffice-crosscheck.test.ts.)
 */
import { DEFAULT_SCALE } from "../../src";
import {
  CATALOG,
  type PlanOptions,
  SCALE_NAME,
  type SheetPlan,
  type Template,
  cell,
  findColumn,
  parseCell,
  planSheet,
  tableRow,
} from "../../src/templates";
import { LABELS } from "../../src/templates/labels";
import { applyPlan } from "../support/apply-plan";
import {
  EDITED_SCALE,
  EDITED_SCALE_ROWS,
  expectedRow,
  editedTemplate,
  sameShown,
  sampleRows,
  templateById,
  withKpiFloor,
} from "../support/appraisal-data";

const base = { cycle: "monthly", period: "2026-11", language: "zh", ratingInput: "points" } as const;
/** The scale block, "$X$2:$Z$5". */
const scaleAddress = (plan: SheetPlan) => plan.names.find((name) => name.name === SCALE_NAME)!.address;
const portable = (template: Template, options: Partial<PlanOptions> = {}) =>
  planSheet(template, { ...base, employees: 10, raters: true, formulas: "portable", ...options });

/** Fills the plan's inputs and returns the cells where the engine and the core disagree. */
function mismatches(plan: SheetPlan, template: Template, raters: boolean, seed: string, scale = DEFAULT_SCALE) {
  const sheet = applyPlan(plan);
  const rows = sampleRows(plan, template, seed);
  rows.forEach((row, employee) =>
    row.forEach((value, column) => value !== null && sheet.setInput(employee, column, value)),
  );
  return { sheet, rows, found: compare(sheet, plan, template, raters, rows, scale) };
}

function compare(
  sheet: ReturnType<typeof applyPlan>,
  plan: SheetPlan,
  template: Template,
  raters: boolean,
  rows: unknown[][],
  scale = DEFAULT_SCALE,
) {
  const found: string[] = [];
  rows.forEach((row, employee) => {
    for (const [column, expected] of expectedRow(plan, template, raters, row, scale)) {
      const actual = sheet.valueAt(employee, column);
      if (!sameShown(actual, expected)) {
        found.push(
          `row ${employee} ${plan.table.columns[column].header}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`,
        );
      }
    }
  });
  return found;
}

describe.each(CATALOG.map((template) => [template.id, template] as const))("template %s", (id, catalogTemplate) => {
  test.each([
    { raters: true, floor: undefined },
    { raters: false, floor: 0.6 },
  ])("raters $raters, KPI floor $floor: every computed cell equals the core", ({ raters, floor }) => {
    const template = floor === undefined ? catalogTemplate : withKpiFloor(catalogTemplate, floor);
    const plan = portable(template, { raters });
    expect(mismatches(plan, template, raters, `${id}/${raters}`).found).toEqual([]);
  });
});

describe("a portable plan (运营主管: KPIs, three sections, three raters)", () => {
  const template = templateById("shop-ops-supervisor");
  const plan = portable(template);
  const hrPlan = planSheet(template, { ...base, employees: 10, raters: true });
  const formulas = tableRow(plan, 0).filter((content): content is string => typeof content === "string");

  test("uses native functions only, and no name the add-in defines", () => {
    expect(formulas.length).toBeGreaterThan(10);
    for (const formula of formulas) {
      expect(formula).not.toMatch(/\bHR[._]/);
      expect(formula).not.toMatch(/[{}]/); // every placeholder filled in
      expect(formula.length).toBeLessThan(8192); // Excel's formula limit
    }
  });

  test("has the HR plan's layout: same columns, formats and merges; note rows above the table", () => {
    const shape = (p: SheetPlan) =>
      p.table.columns.map(({ header, role, numberFormat }) => ({ header, role, numberFormat }));
    expect(shape(plan)).toEqual(shape(hrPlan));
    expect(plan.merges.length).toBe(hrPlan.merges.length);
    expect(plan.formats.length).toBe(hrPlan.formats.length + LABELS.zh.portableNotes(0, 100).length);
    expect(plan.table.headerRow).toBe(hrPlan.table.headerRow + LABELS.zh.portableNotes(0, 100).length);
    expect(plan.names.map((n) => n.name)).toEqual(hrPlan.names.map((n) => n.name));
  });

  test("says in the sheet what its formulas cannot read, in the sheet's language", () => {
    for (const language of ["zh", "en"] as const) {
      const notes = LABELS[language].portableNotes(0, 100);
      const written = portable(template, { language }).writes.flatMap((w) => w.contents.flat());
      for (const line of notes) expect(written).toContain(line);
    }
    expect(LABELS.en.portableNotes(0, 100).join(" ")).toMatch(/not grade letters.*KPI direction.*#VALUE!/s);
    expect(LABELS.zh.portableNotes(0, 100).join(" ")).toMatch(/不能输入等级字母.*指标方向.*#VALUE!/s);
  });

  test("each note line fits left of the scale block in every template (text overflows into empty cells)", () => {
    const width = (text: string) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    for (const each of CATALOG) {
      for (const language of ["zh", "en"] as const) {
        const p = portable(each, { language, raters: false });
        const scaleColumn = parseCell(scaleAddress(p).replace(/\$/g, "").split(":")[0]).column;
        const room = p.columnWidths.slice(0, scaleColumn - 1).reduce((sum, w) => sum + w, 0);
        const longest = Math.max(...LABELS[language].portableNotes(0, 100).map(width));
        expect([each.id, language, longest <= room]).toEqual([each.id, language, true]);
      }
    }
  });

  test("grade letters are refused: they need the HR functions", () => {
    expect(() => portable(template, { ratingInput: "letters" })).toThrow(/Portable sheets take points/);
  });

  test("the scale block's bounds and points are kept numeric by validation", () => {
    const scale = parseCell(scaleAddress(plan).replace(/\$/g, "").split(":")[0]);
    const bounds = plan.validations.find((v) => v.address.startsWith(cell(scale.row, scale.column + 1)));
    expect(bounds?.rule).toEqual({ kind: "decimal", min: 0, max: 100 });
    expect(hrPlan.validations.some((v) => v.address === bounds?.address)).toBe(false);
  });

  test("editing the weights and the scale (rows in any order) recalculates every grade", () => {
    const { sheet, rows } = mismatches(plan, template, true, "edit");
    const edited = editedTemplate(template);
    const editedPlan = planSheet(edited, { ...base, employees: 10, raters: true, formulas: "portable" });
    const weightCells = editedPlan.writes.filter(
      (w) => typeof w.contents[0][0] === "number" && !w.address.includes(":"),
    );
    for (const write of weightCells) sheet.setAddress(write.address, write.contents[0][0]);
    const first = parseCell(scaleAddress(plan).replace(/\$/g, "").split(":")[0]);
    EDITED_SCALE_ROWS.forEach((row, r) =>
      row.forEach((value, c) => sheet.setAddress(cell(first.row + r, first.column + c), value)),
    );
    expect(compare(sheet, plan, edited, true, rows, EDITED_SCALE)).toEqual([]);
    expect(compare(sheet, plan, template, true, rows).length).toBeGreaterThan(0); // the edits did change results
  });
});

describe("input the HR functions reject shows an error, never a number", () => {
  const template = templateById("copywriter"); // one section, five rated items, 20% each
  const plan = portable(template, { employees: 1, raters: false });
  const ratings = plan.table.columns.flatMap((c, i) => (c.role.kind === "rating" ? [i] : []));
  const final = findColumn(plan, (role) => role.kind === "final");
  const grade = findColumn(plan, (role) => role.kind === "grade");
  const scored = (values: unknown[]) => {
    const sheet = applyPlan(plan);
    values.forEach((value, i) => sheet.setInput(0, ratings[i], value));
    return sheet;
  };
  const errorOf = (value: unknown) => (value as { error?: string }).error;

  test.each([
    ["a grade letter", ["A", 90, 90, 90, 90]],
    ["a score above 100", [105, 90, 90, 90, 90]],
    ["a negative score", [-5, 90, 90, 90, 90]],
    ["TRUE", [true, 90, 90, 90, 90]],
  ])("%s: #VALUE!", (_, values) => {
    const sheet = scored(values);
    expect(errorOf(sheet.valueAt(0, final))).toBe("#VALUE!");
    expect(errorOf(sheet.valueAt(0, grade))).toBe("#VALUE!");
  });

  test("a blank weight next to a score: #VALUE!; every weight 0: #DIV/0!", () => {
    const sheet = scored([80, 80, 80, 80, 80]);
    sheet.setAddress(cell(plan.itemWeightsRow, ratings[0]), null);
    expect(errorOf(sheet.valueAt(0, final))).toBe("#VALUE!");
    for (const column of ratings) sheet.setAddress(cell(plan.itemWeightsRow, column), 0);
    expect(errorOf(sheet.valueAt(0, final))).toBe("#DIV/0!");
  });

  test("a scale with two grades on one bound, or a bound that is text: the grade is #VALUE!", () => {
    const sheet = scored([85, 85, 85, 85, 85]);
    expect(sheet.valueAt(0, grade)).toBe("B");
    const first = parseCell(scaleAddress(plan).replace(/\$/g, "").split(":")[0]);
    sheet.setAddress(cell(first.row, first.column + 1), 80); // A from 80, as B
    expect(errorOf(sheet.valueAt(0, grade))).toBe("#VALUE!");
    sheet.setAddress(cell(first.row, first.column + 1), "九十");
    expect(errorOf(sheet.valueAt(0, grade))).toBe("#VALUE!");
  });

  test("KPIs: a direction word the list does not offer, a missing target, a zero target", () => {
    const kpiTemplate = templateById("marketing");
    const kpiPlan = portable(kpiTemplate, { employees: 1, raters: false });
    const points = findColumn(kpiPlan, (role) => role.kind === "kpi-points");
    const role = kpiPlan.table.columns[points].role as { item: string };
    const target = findColumn(kpiPlan, (r) => r.kind === "kpi-target" && r.item === role.item);
    const actual = findColumn(kpiPlan, (r) => r.kind === "kpi-actual" && r.item === role.item);
    const sheet = applyPlan(kpiPlan);
    sheet.setInput(0, actual, 80);
    expect(errorOf(sheet.valueAt(0, points))).toBe("#N/A");
    sheet.setInput(0, target, 0);
    expect(errorOf(sheet.valueAt(0, points))).toBe("#VALUE!");
    sheet.setInput(0, target, 100);
    const direction = cell(kpiPlan.itemWeightsRow + 2, points); // item weights, section weights, direction
    expect(sheet.valueOfAddress(direction)).toMatch(/越(高|低)越好/);
    const before = sheet.valueAt(0, points);
    expect(typeof before).toBe("number");
    sheet.setAddress(direction, "higher"); // the English word, in a Chinese sheet
    expect(errorOf(sheet.valueAt(0, points))).toBe("#VALUE!");
    sheet.setAddress(direction, null); // blank: higher is better, as HR.KPISCORE reads it
    expect(sheet.valueAt(0, points)).toBe(80);
  });

  test("step KPIs: a value on a threshold, edits to the table, and a broken table", () => {
    const stepPlan = portable(templateById("customer-service"), { employees: 1, raters: false });
    const points = findColumn(stepPlan, (r) => r.kind === "kpi-points" && r.item === "response-time");
    const actual = findColumn(stepPlan, (r) => r.kind === "kpi-actual" && r.item === "response-time");
    const formula = stepPlan.table.columns[points].formula!;
    const [first] = /\$[A-Z]+\$\d+/.exec(formula.slice(formula.indexOf("INDEX(")))!;
    const pointsCell = parseCell(first.replace(/\$/g, "")); // the first points cell of the table
    const thresholdAt = (row: number) => cell(pointsCell.row + row, pointsCell.column - 1);
    const pointsAt = (row: number) => cell(pointsCell.row + row, pointsCell.column);
    const sheet = applyPlan(stepPlan);
    const shown = (value: unknown) => {
      sheet.setInput(0, actual, value);
      return sheet.valueAt(0, points);
    };
    // steps 1 h → 100, 4 → 90, 12 → 80, 24 → 60; lower is better
    expect([0.5, 1, 4, 5, 24, 24.01].map(shown)).toEqual([100, 100, 90, 80, 60, 0]);
    expect(shown(null)).toBe("");
    expect(errorOf(shown("abc"))).toBe("#VALUE!");
    shown(5);
    sheet.setAddress(pointsAt(2), 85);
    expect(sheet.valueAt(0, points)).toBe(85);
    for (const [address, value] of [
      [thresholdAt(1), "四小时"], // a threshold that is text
      [pointsAt(1), 120], // points above 100
      [thresholdAt(1), 1], // two equal thresholds
      [pointsAt(1), null], // a row with only its threshold
    ] as const) {
      const before = sheet.valueOfAddress(address);
      sheet.setAddress(address, value);
      expect([address, errorOf(sheet.valueAt(0, points))]).toEqual([address, "#VALUE!"]);
      sheet.setAddress(address, before);
    }
    expect(sheet.valueAt(0, points)).toBe(85);
    const direction = cell(stepPlan.itemWeightsRow + 2, points);
    sheet.setAddress(direction, "lower"); // the English word, in a Chinese sheet
    expect(errorOf(sheet.valueAt(0, points))).toBe("#VALUE!");
    sheet.setAddress(direction, null); // blank: higher is better, as HR.KPISTEP reads it
    expect(sheet.valueAt(0, points)).toBe(90); // the highest threshold reached by 5 hours: 4
  });
});
