/**
 * Every catalog template becomes a sheet plan; applied to a real formula engine with the built HR
 * functions, filled with sample scores and KPI values, its final scores and grades equal what the
 * core computes directly.
 */
import { type Cell, HrError, kpiStep } from "../../src";
import {
  CATALOG,
  type ColumnRole,
  type InputRole,
  type PlanOptions,
  type Template,
  cell,
  evaluateRow,
  findColumn,
  findTemplate,
  isStepKpi,
  parseCell,
  planSheet,
  uniqueSheetName,
  uniqueTableName,
} from "../../src/templates";
import { displayNumber, sheetNameProblem } from "../../preview/fake-excel";
import { seeded } from "../../scripts/sample-workbooks";
import { applyPlan } from "../support/apply-plan";
import { loadFunctionsBundle } from "../support/bundle";
import { BLANK_MODES, type BlankCells, registerHrFunctions } from "../support/formula-engine";

/** Registers the bundle's HR functions for the enclosing describe, blank cells passed as `blanks`. */
function withHrFunctions(blanks: BlankCells = "null") {
  let unregister: () => void;
  beforeAll(() => {
    unregister = registerHrFunctions(loadFunctionsBundle(), { blanks });
  });
  afterAll(() => unregister());
}

/** The cells of "C5" or "C5:E9". */
function cellsOf(address: string): string[] {
  const [first, last = first] = address.split(":").map(parseCell);
  const cells: string[] = [];
  for (let row = first.row; row <= last.row; row++)
    for (let column = first.column; column <= last.column; column++) cells.push(cell(row, column));
  return cells;
}

const isInput = (role: ColumnRole): role is InputRole =>
  role.kind === "rating" || role.kind === "kpi-target" || role.kind === "kpi-actual";
const roleKey = (role: InputRole) =>
  JSON.stringify([role.kind, role.section, role.item, "rater" in role ? role.rater : null]);

const base = { cycle: "monthly", period: "2026-11", language: "zh" } as const;
const MODES: { name: string; options: Pick<PlanOptions, "raters" | "ratingInput"> }[] = [
  { name: "raters, points", options: { raters: true, ratingInput: "points" } },
  { name: "no raters, letters", options: { raters: false, ratingInput: "letters" } },
];

/**
 * Employee 0 fills everything, 1 leaves some items blank (and a KPI without its target), 2 uses
 * grade labels, 3 enters nothing, 4 random.
 */
function sampleInput(
  template: Template,
  role: InputRole,
  employee: number,
  letters: boolean,
  next: () => number,
): Cell {
  if (employee === 3) return null;
  if (employee === 1 && next() < 0.3) return null;
  if (role.kind === "rating") {
    if (letters || employee === 2) return ["A", "B", "C", "D"][Math.floor(next() * 4)];
    return Math.round(40 + next() * 6000) / 100;
  }
  const item = template.sections.find((s) => s.id === role.section)!.items.find((i) => i.id === role.item)!;
  const percent = item.kind === "kpi" && item.unit.en === "%";
  const target = percent ? 0.05 : 200;
  return role.kind === "kpi-target" ? target : Math.round(target * (0.4 + next() * 1.0) * 1000) / 1000;
}

const EXCEL_ERRORS = { value: "#VALUE!", na: "#N/A", div0: "#DIV/0!" };

/** What the final and grade cells should show: the core's values, "" when not scored, or its error. */
function expectedCells(evaluate: () => ReturnType<typeof evaluateRow>) {
  try {
    const { final, grade } = evaluate();
    return { final: final ?? "", grade: grade ?? "" };
  } catch (error) {
    if (!(error instanceof HrError)) throw error;
    // Excel shows a custom message with #VALUE! and #N/A only.
    const cell = { error: EXCEL_ERRORS[error.kind], message: error.kind === "div0" ? "" : error.message };
    return { final: cell, grade: cell };
  }
}

// Both ways Excel builds pass blank cells to custom functions (null; 0 on older desktop builds):
// the sheet must grade the same.
describe.each(BLANK_MODES)("blank cells passed as %s", (blanks) => {
  withHrFunctions(blanks);
  describe.each(CATALOG.map((template) => [template.id, template] as const))("template %s", (id, template) => {
    test.each(MODES)("5 employees ($name): final scores and grades equal the core's", ({ options }) => {
      const plan = planSheet(template, { ...base, employees: 5, ...options });
      const sheet = applyPlan(plan);
      const next = seeded(`${id}/${options.ratingInput}`);
      const entered = new Map<string, Cell>();
      for (let employee = 0; employee < 5; employee++) {
        plan.table.columns.forEach((column, index) => {
          if (!isInput(column.role)) return;
          const value = sampleInput(template, column.role, employee, options.ratingInput === "letters", next);
          entered.set(`${employee}:${roleKey(column.role)}`, value);
          if (value !== null) sheet.setInput(employee, index, value);
        });
      }
      const finalColumn = findColumn(plan, (role) => role.kind === "final");
      const gradeColumn = findColumn(plan, (role) => role.kind === "grade");
      const graded: string[] = [];
      for (let employee = 0; employee < 5; employee++) {
        const expected = expectedCells(() =>
          evaluateRow(template, options.raters, (role) => entered.get(`${employee}:${roleKey(role)}`) ?? null),
        );
        expect([employee, sheet.valueAt(employee, finalColumn)]).toEqual([employee, expected.final]);
        expect([employee, sheet.valueAt(employee, gradeColumn)]).toEqual([employee, expected.grade]);
        if (typeof expected.grade === "string" && expected.grade) graded.push(expected.grade);
      }
      // employees 0, 2 and 4 are fully scored; 3 has nothing and stays blank
      expect(graded.length).toBeGreaterThanOrEqual(3);
      expect(sheet.valueAt(3, finalColumn)).toBe("");
    });
  });

  test("a cleared weight next to a score is an error, not a weight of 0", () => {
    const template = findTemplate("ecommerce-supervisor")!;
    const plan = planSheet(template, { ...base, employees: 1, raters: false, ratingInput: "points" });
    const sheet = applyPlan(plan);
    const ratings = plan.table.columns.flatMap((c, i) => (c.role.kind === "rating" ? [i] : []));
    ratings.forEach((column) => sheet.setInput(0, column, 80));
    sheet.setAddress(cell(plan.itemWeightsRow, ratings[1]), null);
    const final = sheet.valueAt(
      0,
      findColumn(plan, (r) => r.kind === "final"),
    );
    expect(final).toEqual({ error: "#VALUE!", message: "Weight at item 2 is blank but the item has a score" });
  });

  test("a KPI without its target waits for it (#N/A), instead of reading a target of 0", () => {
    const template = findTemplate("store-operations")!;
    const plan = planSheet(template, { ...base, employees: 1, raters: false, ratingInput: "points" });
    const sheet = applyPlan(plan);
    const actual = findColumn(plan, (r) => r.kind === "kpi-actual");
    sheet.setInput(0, actual, 120);
    const points = sheet.valueAt(
      0,
      findColumn(plan, (r) => r.kind === "kpi-points"),
    );
    expect(points).toEqual({ error: "#N/A", message: "No target entered" });
  });
});

describe("the plan of one template (运营主管: KPIs, three sections, three raters)", () => {
  withHrFunctions();
  const template = findTemplate("shop-ops-supervisor")!;
  const options = { ...base, employees: 3, raters: true, ratingInput: "points" } as const;
  const plan = planSheet(template, options);

  test("one table with a row per employee, unique headers, frozen header and name column", () => {
    expect(plan.table.rows).toBe(3);
    const headers = plan.table.columns.map((c) => c.header);
    expect(new Set(headers).size).toBe(headers.length);
    expect(headers.slice(0, 4)).toEqual(["姓名", "工号", "部门", "直接上级"]);
    expect(headers.slice(-2)).toEqual(["综合得分", "等级"]);
    expect(plan.freeze).toEqual({ rows: plan.table.headerRow + 1, columns: 1 });
    expect(plan.sheetName).toBe("运营主管 2026-11");
  });

  test("compound headers are one phrase in Chinese, words joined by a space in English", () => {
    const headers = plan.table.columns.map((c) => c.header);
    for (const header of [
      "网店销售额（目标值）",
      "网店销售额（实际值）",
      "网店销售额得分",
      "责任心（自评）",
      "责任心得分",
    ])
      expect(headers).toContain(header);
    expect(headers).toEqual(expect.arrayContaining(["工作业绩指标得分", "工作能力指标得分", "工作态度指标得分"]));
    const english = planSheet(template, { ...options, language: "en" }).table.columns.map((c) => c.header);
    expect(english).toEqual(expect.arrayContaining(["Online shop sales target", "Work performance indicators score"]));
    // A name that ends in brackets takes the word directly; a duty written as a sentence, in brackets.
    const marketing = planSheet(findTemplate("marketing")!, options).table.columns.map((c) => c.header);
    expect(marketing).toEqual(expect.arrayContaining(["获客成本（CAC）目标值", "渠道 ROI（投入产出比）得分"]));
    const duties = planSheet(findTemplate("ecommerce-ops-manager")!, options).table.columns.map((c) => c.header);
    expect(duties).toContain("完成上级主管交办的其他临时性工作（得分）");
  });

  test('formulas use the HR functions with absolute weights and the named scale, blanks passed as ""', () => {
    // IF(x="","",x) for every argument: some Excel desktop builds pass a blank cell as 0.
    const blank = (ref: string) => `IF\\(${ref}="","",${ref}\\)`;
    const row = "[A-Z]+\\{row\\}";
    const fixed = "\\$[A-Z]+\\$\\d+";
    const final = plan.table.columns[findColumn(plan, (r) => r.kind === "final")].formula!;
    expect(final).toMatch(
      new RegExp(`HR\\.SCORE\\(${blank(`${row}:${row}`)},${blank(`${fixed}:${fixed}`)},${blank("HR_Scale")}\\)`),
    );
    const grade = plan.table.columns[findColumn(plan, (r) => r.kind === "grade")].formula!;
    expect(grade).toMatch(new RegExp(`HR\\.BAND\\(${row},${blank("HR_Scale")}\\)`));
    const points = plan.table.columns[findColumn(plan, (r) => r.kind === "kpi-points")].formula!;
    expect(points).toMatch(
      new RegExp(`HR\\.KPISCORE\\(${row},${blank(row)},${blank(fixed)},${blank(fixed)},${blank(fixed)}\\)`),
    );
    const scale = plan.names.find((n) => n.name === "HR_Scale");
    expect(scale?.address).toMatch(/^\$[A-Z]+\$2:\$[A-Z]+\$5$/);
    // each weight total is named, so a later check finds it without the plan
    const totals = plan.names.filter((n) => n.name.startsWith("HR_Total_"));
    expect(totals.map((n) => n.address.replace(/\$/g, ""))).toEqual(plan.weightTotals);
  });

  test("a weights total turns red when it is not 100%, and editing a weight recalculates", () => {
    const sheet = applyPlan(plan);
    const scoreColumns = plan.table.columns.flatMap((c, i) => (c.role.kind === "rating" ? [i] : []));
    scoreColumns.forEach((c, n) => sheet.setInput(0, c, 60 + n));
    const totals = plan.conditionalFormats.filter((f) => f.formula.startsWith("=ROUND("));
    expect(totals.map((f) => f.address)).toEqual(plan.weightTotals);
    expect(totals.length).toBe(template.sections.length + 2); // each section, the sections, the raters
    expect(plan.weightTotals.map((address) => sheet.valueOfAddress(address))).toEqual(totals.map(() => 1));
    const redAt = (format: (typeof totals)[number]) => {
      sheet.setAddress("A1000", format.formula);
      return sheet.valueOfAddress("A1000");
    };
    expect(totals.map(redAt)).toEqual(totals.map(() => false));
    const finalColumn = findColumn(plan, (r) => r.kind === "final");
    const before = sheet.valueAt(0, finalColumn);
    // the ability section's first item weight: 25% → 55%
    const abilityFirst = findColumn(plan, (r) => r.kind === "item-score" && r.section === "ability");
    const weightAddress = cell(plan.itemWeightsRow, abilityFirst);
    expect(sheet.valueOfAddress(weightAddress)).toBe(0.25);
    sheet.setAddress(weightAddress, 0.55);
    expect(totals.map(redAt).filter(Boolean)).toHaveLength(1);
    expect(sheet.valueAt(0, finalColumn)).not.toBe(before);
  });

  test("editing the scale recalculates the grades", () => {
    const sheet = applyPlan(plan);
    plan.table.columns.forEach((c, i) => {
      if (c.role.kind === "rating") sheet.setInput(0, i, 92);
      if (c.role.kind === "kpi-target") sheet.setInput(0, i, 100);
      if (c.role.kind === "kpi-actual") sheet.setInput(0, i, 92);
    });
    const gradeColumn = findColumn(plan, (r) => r.kind === "grade");
    expect(sheet.valueAt(0, gradeColumn)).toBe("A");
    const scaleA = parseCell(plan.names.find((n) => n.name === "HR_Scale")!.address.split(":")[0]);
    const lowerOfA = cell(scaleA.row, scaleA.column + 1);
    sheet.setAddress(lowerOfA, 95);
    expect(sheet.valueAt(0, gradeColumn)).toBe("B");
  });
});

describe("plan options", () => {
  const supervisor = findTemplate("ecommerce-supervisor")!;
  const plan = (overrides: Partial<PlanOptions> = {}) =>
    planSheet(supervisor, { ...base, employees: 4, raters: false, ratingInput: "points", ...overrides });

  test("sheet names: ≤ 31 characters, no []:*?/\\, unique against the workbook's sheets", () => {
    expect(plan().sheetName).toBe("电商部主管 2026-11");
    expect(plan({ takenSheetNames: ["电商部主管 2026-11"] }).sheetName).toBe("电商部主管 2026-11 (2)");
    expect(plan({ takenSheetNames: ["电商部主管 2026-11", "电商部主管 2026-11 (2)"] }).sheetName).toBe(
      "电商部主管 2026-11 (3)",
    );
    expect(uniqueSheetName("a/b:c*d?e[f]g\\h", [])).toBe("a-b-c-d-e-f-g-h");
    const long = planSheet(findTemplate("ecommerce-ops-manager")!, {
      ...base,
      language: "en",
      employees: 1,
      raters: false,
      ratingInput: "points",
      period: "2026 Q4 final",
    });
    expect(long.sheetName.length).toBeLessThanOrEqual(31);
    const taken = [long.sheetName];
    const second = uniqueSheetName(`${"x".repeat(40)}`, taken.concat("x".repeat(31)));
    expect(second).toBe(`${"x".repeat(27)} (2)`);
  });

  test("a cut sheet name keeps whole characters and ends with neither an apostrophe nor a space", () => {
    // 30 characters, then an emoji (two UTF-16 units) that a cut at 31 would split
    const emoji = uniqueSheetName(`${"运".repeat(30)}😀 2026-11`, []);
    expect(emoji).toBe("运".repeat(30));
    // the 31st character is an apostrophe, which Excel refuses at the end of a name
    const apostrophe = uniqueSheetName(`${"a".repeat(30)}' 2026-11`, []);
    expect(apostrophe).toBe("a".repeat(30));
    const second = uniqueSheetName(`${"b".repeat(26)}'xyz`, [`${"b".repeat(26)}'xyz`]);
    expect(second).toBe(`${"b".repeat(26)} (2)`);
    expect(uniqueSheetName("History", [])).toBe("History (2)");
    for (const name of [emoji, apostrophe, second]) expect([name, sheetNameProblem(name)]).toEqual([name, undefined]);
  });

  test("table names are unique against the workbook's names", () => {
    expect(plan().table.name).toBe("HR_ecommerce_supervisor");
    expect(plan({ takenNames: ["hr_ecommerce_supervisor"] }).table.name).toBe("HR_ecommerce_supervisor_2");
  });

  test("a table name never equals the plan's own names, in any case (one namespace in Excel)", () => {
    const named = (id: string) =>
      planSheet({ ...supervisor, id }, { ...base, employees: 1, raters: false, ratingInput: "points" });
    expect(named("scale").table.name).toBe("HR_scale_2");
    expect(named("total-1").table.name).toBe("HR_total_1_2");
    expect(uniqueTableName("total-12", [])).toBe("HR_total_12_2");
  });

  test("every string the plan writes is text (formatted @ before writing), no formula is, and names and IDs are text", () => {
    const options = { ...base, employees: 2, raters: true, ratingInput: "points" } as const;
    const planned = planSheet(findTemplate("shop-ops-supervisor")!, options);
    const texts = new Set(planned.texts.flatMap(cellsOf));
    const written = planned.writes.flatMap((write) => {
      const start = parseCell(write.address.split(":")[0]);
      return write.contents.flatMap((cells, r) =>
        cells.map((content, c) => ({ address: cell(start.row + r, start.column + c), content })),
      );
    });
    for (const { address, content } of written) {
      const isText = typeof content === "string" && !content.startsWith("=");
      expect([address, content, texts.has(address)]).toEqual([address, content, isText]);
    }
    expect(written.some(({ address, content }) => content === "2026-11" && texts.has(address))).toBe(true);
    const headerRow = planned.table.columns.map((_, c) => cell(planned.table.headerRow, c));
    expect(headerRow.filter((address) => !texts.has(address))).toEqual([]);
    const info = planned.table.columns.filter((column) => column.role.kind === "info");
    expect(info.map((column) => column.numberFormat)).toEqual(["@", "@", "@", "@"]);
  });

  test("number formats show whole percentages without a trailing point (0.##% shows 100.%)", () => {
    const planned = planSheet(findTemplate("shop-ops-supervisor")!, {
      ...base,
      employees: 2,
      raters: true,
      ratingInput: "points",
    });
    const formats = new Set([
      ...planned.formats.flatMap((format) => format.style.numberFormat ?? []),
      ...planned.table.columns.flatMap((column) => column.numberFormat ?? []),
    ]);
    expect([...formats].some((format) => format.includes("%"))).toBe(true);
    for (const format of formats) {
      for (const value of [1, 0.2, 0.995, 92]) {
        const shown = displayNumber(value, format);
        expect([format, value, shown]).toEqual([format, value, expect.not.stringMatching(/\.(%|$)/)]);
      }
    }
  });

  test("points input: validation 0–100 whose prompt shows the item's A–D anchors", () => {
    const validations = plan().validations.filter((v) => v.rule.kind === "decimal" && v.rule.max === 100);
    expect(validations).toHaveLength(5);
    for (const v of validations) {
      expect(v.address).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
      expect(v.prompt!.title.length).toBeLessThanOrEqual(32);
      expect(v.prompt!.message.length).toBeLessThanOrEqual(255);
      expect(v.prompt!.message).toMatch(/^请输入 0～100 分/);
      expect(v.prompt!.message).toContain("\nA：");
    }
    expect(validations[1].prompt!.message).toContain("D：放任自流");
  });

  test("letters input: a list of the scale's labels, read from the scale block", () => {
    const letters = plan({ ratingInput: "letters" });
    const lists = letters.validations.filter((v) => v.rule.kind === "list");
    expect(lists).toHaveLength(5);
    const scale = letters.names.find((n) => n.name === "HR_Scale")!.address.split(":")[0];
    const labels = `${scale}:${scale.replace(/\d+$/, (n) => String(Number(n) + 3))}`;
    for (const v of lists) expect(v.rule).toEqual({ kind: "list", source: `=${labels}` });
  });

  test("English labels", () => {
    const english = plan({ language: "en" });
    expect(english.table.columns.map((c) => c.header).slice(0, 4)).toEqual([
      "Employee",
      "Employee ID",
      "Department",
      "Manager",
    ]);
    expect(english.writes.find((w) => w.address === "A1")?.contents).toEqual([
      ["E-commerce Department Supervisor appraisal form"],
    ]);
  });

  test("invalid options are rejected", () => {
    expect(() => plan({ employees: 0 })).toThrow();
    expect(() => plan({ employees: 2.5 })).toThrow();
    expect(() => plan({ period: " " })).toThrow();
  });

  test("one rater means no rater columns, even with raters on", () => {
    const withRaters = plan({ raters: true });
    expect(withRaters.table.columns.some((c) => c.role.kind === "rating" && c.role.rater)).toBe(false);
  });
});

describe("step-scored KPIs (客户服务类岗位: response time and complaint rate)", () => {
  withHrFunctions();
  const template = findTemplate("customer-service")!;
  const plan = planSheet(template, { ...base, employees: 2, raters: false, ratingInput: "points" });
  const pointsOf = (item: string) => findColumn(plan, (r) => r.kind === "kpi-points" && r.item === item);
  const actualOf = (item: string) => findColumn(plan, (r) => r.kind === "kpi-actual" && r.item === item);
  const stepItem = (id: string) => {
    const item = template.sections.flatMap((s) => s.items).find((i) => i.id === id);
    if (!item || !isStepKpi(item)) throw new Error(`${id} is not step-scored`);
    return item;
  };
  /** The block a KPISTEP formula reads: "$AJ$3:$AK$5" → its first cell. */
  const stepBlock = (item: string) => {
    const formula = plan.table.columns[pointsOf(item)].formula!;
    const [, first, last] = /HR\.KPISTEP\([A-Z]+\{row\},IF\((\$[A-Z]+\$\d+):(\$[A-Z]+\$\d+)=/.exec(formula)!;
    return { first: parseCell(first.replace(/\$/g, "")), last: parseCell(last.replace(/\$/g, "")) };
  };

  test("a step KPI has an actual but no target column; its points come from HR.KPISTEP over its table", () => {
    expect(findColumn(plan, (r) => r.kind === "kpi-target" && r.item === "complaint-rate")).toBe(-1);
    expect(actualOf("complaint-rate")).toBeGreaterThan(0);
    const formula = plan.table.columns[pointsOf("complaint-rate")].formula!;
    expect(formula).toMatch(
      /^=IF\([A-Z]+\{row\}="","",HR\.KPISTEP\([A-Z]+\{row\},IF\((\$[A-Z]+\$3:\$[A-Z]+\$5)="","",\1\),IF\((\$[A-Z]+\$\d+)="","",\2\)\)\)$/,
    );
    // proportional KPIs keep HR.KPISCORE with their target
    expect(plan.table.columns[pointsOf("csat")].formula).toContain("HR.KPISCORE(");
  });

  test("each table is an editable block right of the scale, above the header row, holding the template's steps", () => {
    const scale = parseCell(
      plan.names
        .find((n) => n.name === "HR_Scale")!
        .address.replace(/\$/g, "")
        .split(":")[0],
    );
    const blocks = ["response-time", "complaint-rate"].map(stepBlock);
    expect(blocks[0].first.column).toBe(scale.column + 4);
    expect(blocks[1].first.column).toBe(blocks[0].first.column + 3);
    for (const [index, id] of ["response-time", "complaint-rate"].entries()) {
      const { first, last } = blocks[index];
      const steps = stepItem(id).steps;
      expect(last.row - first.row + 1).toBe(steps.length);
      expect(last.row).toBeLessThan(plan.table.headerRow);
      const write = plan.writes.find(
        (w) => w.address === `${cell(first.row, first.column)}:${cell(last.row, last.column)}`,
      );
      expect(write?.contents).toEqual(steps.map((step) => [step.threshold, step.points]));
      expect(plan.writes.find((w) => w.address === cell(first.row - 2, first.column))?.contents).toEqual([
        [template.sections.flatMap((s) => s.items).find((i) => i.id === id)!.name.zh],
      ]);
      const rules = plan.validations.filter((v) => parseCell(v.address.split(":")[0]).column === first.column);
      expect(rules.map((v) => v.prompt?.title)).toEqual(["分档计分表"]);
    }
    // complaint rates are percentages: thresholds shown as such
    const complaints = blocks[1];
    expect(
      plan.formats.find(
        (f) => f.address.startsWith(cell(complaints.first.row, complaints.first.column)) && f.style.numberFormat,
      ),
    ).toMatchObject({ style: { numberFormat: "0.00%" } });
  });

  test("the direction sits above the points; floor and cap stay blank for a step KPI", () => {
    const points = pointsOf("response-time");
    const direction = plan.writes.find((w) => w.address === cell(plan.itemWeightsRow + 2, points));
    expect(direction?.contents).toEqual([["越低越好"]]);
    const below = [3, 4].map((offset) =>
      plan.writes.find((w) => w.address === cell(plan.itemWeightsRow + offset, points)),
    );
    expect(below).toEqual([undefined, undefined]);
  });

  test("in a formula engine: points equal the core, and editing the table or the direction recalculates", () => {
    const sheet = applyPlan(plan);
    const column = actualOf("response-time");
    const points = pointsOf("response-time");
    const steps = stepItem("response-time").steps;
    const expected = (value: number, direction: "higher" | "lower" = "lower") => kpiStep(value, steps, direction);
    for (const value of [0.5, 1, 3, 4, 12, 24, 24.5]) {
      sheet.setInput(0, column, value);
      expect([value, sheet.valueAt(0, points)]).toEqual([value, expected(value)]);
    }
    sheet.setInput(0, column, 3);
    const { first } = stepBlock("response-time");
    sheet.setAddress(cell(first.row + 1, first.column + 1), 95); // 4 hours: 90 → 95 points
    expect(sheet.valueAt(0, points)).toBe(95);
    sheet.setAddress(cell(first.row + 1, first.column), 1); // two rows now have 1 hour
    expect(sheet.valueAt(0, points)).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/same threshold 1$/),
    });
    sheet.setAddress(cell(first.row + 1, first.column), 4);
    sheet.setAddress(cell(plan.itemWeightsRow + 2, points), "越高越好"); // now the highest threshold reached
    expect(sheet.valueAt(0, points)).toBe(100);
  });
});

describe("a template whose only KPI is step-scored, with a table taller than the rows above the header", () => {
  withHrFunctions();
  const custom: Template = {
    ...findTemplate("copywriter")!,
    id: "complaints-only",
    sections: [
      {
        id: "results",
        name: { zh: "业绩", en: "Results" },
        weight: 100,
        weightSource: "default",
        items: [
          {
            kind: "kpi",
            id: "complaints",
            name: { zh: "投诉次数", en: "Complaints" },
            weight: 100,
            weightSource: "default",
            unit: { zh: "次", en: "complaints" },
            direction: "lower",
            steps: [0, 1, 2, 3, 4, 5, 6, 7, 8].map((threshold) => ({ threshold, points: 100 - 10 * threshold })),
            stepsSource: "default",
          },
        ],
      },
    ],
  };
  const plan = planSheet(custom, { ...base, language: "en", employees: 3, raters: false, ratingInput: "points" });

  test("no floor and cap rows; the header row moves down below the table; points equal the core", () => {
    const labels = plan.writes.map((w) => w.contents[0][0]);
    expect(labels).toContain("KPI direction");
    expect(labels).not.toContain("KPI floor (0 points below)");
    expect(plan.table.headerRow).toBeGreaterThanOrEqual(2 + 9);
    const sheet = applyPlan(plan);
    const actual = findColumn(plan, (r) => r.kind === "kpi-actual");
    const final = findColumn(plan, (r) => r.kind === "final");
    const grade = findColumn(plan, (r) => r.kind === "grade");
    [0, 1, 9].forEach((value, employee) => sheet.setInput(employee, actual, value));
    for (const [employee, value] of [0, 1, 9].entries()) {
      const expected = evaluateRow(custom, false, (role) => (role.kind === "kpi-actual" ? value : null));
      expect([sheet.valueAt(employee, final), sheet.valueAt(employee, grade)]).toEqual([
        expected.final,
        expected.grade,
      ]);
    }
    expect(sheet.valueAt(0, final)).toBe(100);
    expect(sheet.valueAt(2, final)).toBe(0);
  });
});
