/**
 * @jest-environment jsdom
 */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { SheetValue } from "../../src/reading";
import type { Host } from "../../src/templates";
import { App } from "../../taskpane/components/App";
import type { SheetData, WorkbookGateway } from "../../taskpane/workbook/gateway";
import { InsertFailed } from "../../taskpane/workbook/insert-error";

// Fluent UI in jsdom is slow to render: a busy machine takes far longer than the default 30 s.
jest.setTimeout(120_000);

// jsdom has no layout: Fluent's MessageBar observes its size.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
// jsdom's File has no text(); browsers' does.
File.prototype.text ??= function (this: File) {
  return new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(this);
  });
};

/** A sheet as the gateway hands it over: a header row and eight people, one grade not on the scale. */
function sheetData(rows: SheetValue[][], name = "考核表"): SheetData {
  return { source: { name, rows, merges: [] }, weightTotals: [], calculating: false };
}
const HEADER: SheetValue[] = ["姓名", "部门", "综合得分", "等级"];
const person = (name: string, grade: SheetValue, department = "运营部", score: SheetValue = 90): SheetValue[] => [
  name,
  department,
  score,
  grade,
];
const PEOPLE = sheetData([
  HEADER,
  person("王芳", "A"),
  person("李强", "A"),
  person("张伟", "A"),
  person("赵敏", "A", "运营部", { error: "#VALUE!" }),
  person("刘洋", "B"),
  person("陈静", "B"),
  person("杨磊", "C"),
  person("黄勇", "A+"),
]);

function fakeGateway(overrides: Partial<WorkbookGateway> = {}): jest.Mocked<WorkbookGateway> {
  return {
    listSheets: jest.fn(async () => [
      { name: "考核表", visible: true },
      { name: "说明", visible: true },
      { name: "等级表", visible: false },
    ]),
    insertTemplate: jest.fn(async (template, options) => ({
      sheetName: `${template.role.zh} ${options.period}`,
      tableName: "HR_x",
      employees: options.employees,
      columns: 11,
    })),
    readSheet: jest.fn(async () => PEOPLE),
    select: jest.fn(async () => undefined),
    ...overrides,
  } as jest.Mocked<WorkbookGateway>;
}

async function renderApp(gateway = fakeGateway(), language: "zh" | "en" = "zh", host: Host = "excel") {
  const user = userEvent.setup();
  render(<App gateway={gateway} language={language} host={host} />);
  await act(async () => undefined); // the distribution view lists the sheets on mount
  return { user, gateway };
}

describe("shell", () => {
  test("Chinese by default for zh, English after the switch; two views", async () => {
    const { user } = await renderApp();
    expect(screen.getByRole("heading", { name: "绩效考核助手" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "考核模板" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "以英文显示任务窗格" }));
    expect(screen.getByRole("heading", { name: "HR Appraisal" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Distribution check" })).toBeTruthy();
  });

  test("every control of the insert form has a label", async () => {
    await renderApp(fakeGateway(), "en");
    for (const name of ["Employee rows", "Cycle", "Period", "Rater columns (self / supervisor / peer)"]) {
      expect(screen.getByLabelText(name)).toBeTruthy();
    }
  });
});

describe("templates view", () => {
  test("search filters the catalog; the preview shows items, weights, anchors and the source", async () => {
    const { user } = await renderApp();
    await user.type(screen.getByRole("searchbox", { name: "搜索岗位" }), "客服");
    const catalog = screen.getByRole("region", { name: "考核模板" });
    const roles = within(catalog)
      .getAllByRole("button")
      .map((b) => b.textContent?.split(" ·")[0]);
    expect(roles).toEqual(expect.arrayContaining(["客服主管", "客服"]));
    expect(roles).not.toContain("电商部文案");
    await user.clear(screen.getByRole("searchbox", { name: "搜索岗位" }));
    await user.click(within(catalog).getByRole("button", { name: /电商部主管/ }));
    const preview = screen.getByRole("region", { name: "电商部主管" });
    expect(within(preview).getByText("来自原手册 003")).toBeTruthy();
    expect(within(preview).getByText(/D：放任自流/)).toBeTruthy();
    const weights = within(preview)
      .getAllByRole("cell")
      .filter((cell) => cell.textContent?.startsWith("20%"));
    expect(weights).toHaveLength(5);
  });

  test("a step-scored KPI shows its step table, best step first, and what is earned beyond it", async () => {
    const { user } = await renderApp();
    const catalog = screen.getByRole("region", { name: "考核模板" });
    await user.click(within(catalog).getByRole("button", { name: /客户服务类岗位/ }));
    // label and DOM queries: role queries over the whole preview are slow in jsdom
    const preview = screen.getByLabelText("客户服务类岗位");
    const cells = (table: HTMLElement) =>
      [...table.querySelectorAll("tr")]
        .map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent))
        .filter((row) => row.length > 0); // the heading row has th cells only
    expect(cells(within(preview).getByLabelText("响应时效 分档计分表"))).toEqual([
      ["≤ 1 小时", "100"],
      ["≤ 4 小时", "90"],
      ["≤ 12 小时", "80"],
      ["≤ 24 小时", "60"],
    ]);
    expect(cells(within(preview).getByLabelText("客诉率 分档计分表"))[0]).toEqual(["≤ 0.5%", "100"]);
    expect(within(preview).getAllByText("超过最高一档：0 分")).toHaveLength(2);
    // proportional KPIs have no table
    expect(within(preview).getAllByLabelText(/分档计分表$/)).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "以英文显示任务窗格" }));
    const english = screen.getByLabelText("Customer service roles");
    expect(cells(within(english).getByLabelText("Response time Step table"))[0]).toEqual(["≤ 1 hours", "100"]);
    expect(within(english).getAllByText("Above every step: 0 points")).toHaveLength(2);
  });

  test("Insert creates the sheet through the gateway and says what was created", async () => {
    const { user, gateway } = await renderApp();
    const employees = screen.getByLabelText("员工行数");
    await user.clear(employees);
    await user.type(employees, "12");
    await user.click(screen.getByRole("button", { name: "插入到新工作表" }));
    expect(gateway.insertTemplate).toHaveBeenCalledWith(
      expect.objectContaining({ id: "ecommerce-supervisor" }),
      expect.objectContaining({ employees: 12, cycle: "monthly", language: "zh", ratingInput: "points" }),
    );
    expect((await screen.findByRole("status")).textContent).toMatch(
      /已创建工作表“电商部主管 \d{4}-\d{2}”：12 行员工，11 列。/,
    );
  });

  test("portable formulas: letters are not offered, the plan gets points", async () => {
    const { user, gateway } = await renderApp(fakeGateway(), "en");
    await user.click(screen.getByRole("radio", { name: "Grade letters" }));
    await user.click(screen.getByRole("radio", { name: "Portable (any Excel, no add-in)" }));
    expect((screen.getByRole("radio", { name: "Grade letters" }) as HTMLInputElement).disabled).toBe(true);
    await user.click(screen.getByRole("button", { name: "Insert into a new sheet" }));
    expect(gateway.insertTemplate).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ formulas: "portable", ratingInput: "points" }),
    );
  });

  test("a failed insert shows the reason and what became of the new sheet", async () => {
    const failures = [
      new InsertFailed(new Error("The workbook is protected."), null),
      new InsertFailed(new Error("The request failed."), { name: "电商部主管 2026-11", removed: true }),
      new InsertFailed(new Error("The request failed."), { name: "电商部主管 2026-11", removed: false }),
    ];
    const gateway = fakeGateway({ insertTemplate: jest.fn(async () => Promise.reject(failures.shift())) });
    const { user } = await renderApp(gateway, "en");
    const statusAfterInsert = async () => {
      await user.click(screen.getByRole("button", { name: "Insert into a new sheet" }));
      return (await screen.findByRole("status")).textContent;
    };
    expect(await statusAfterInsert()).toBe("Could not insert the template.The workbook is protected.");
    expect(await statusAfterInsert()).toBe(
      "Could not insert the template.The request failed.The new sheet was removed.",
    );
    expect(await statusAfterInsert()).toContain(
      "The half-written sheet “电商部主管 2026-11” could not be removed: delete it by hand.",
    );
  });

  test("export shows the template file's text to copy: a download does nothing in Office on Mac", async () => {
    const { user } = await renderApp(fakeGateway(), "en");
    await user.click(screen.getByRole("button", { name: "Export JSON" }));
    const panel = screen.getByRole("region", { name: "Template file ecommerce-supervisor.json" });
    const text = within(panel).getByRole("textbox", { name: "ecommerce-supervisor.json" }) as HTMLTextAreaElement;
    expect(JSON.parse(text.value)).toMatchObject({ id: "ecommerce-supervisor" });
    await user.click(within(panel).getByRole("button", { name: "Copy" }));
    expect(await navigator.clipboard.readText()).toBe(text.value);
    expect(within(panel).getByRole("status").textContent).toBe("Copied.");
    await user.click(within(panel).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("region", { name: /Template file/ })).toBeNull();
  });

  test("a bad employee count disables Insert and says why", async () => {
    const { user } = await renderApp(fakeGateway(), "en");
    const employees = screen.getByLabelText("Employee rows");
    await user.clear(employees);
    await user.type(employees, "0");
    expect(screen.getByText("Enter a whole number from 1 to 100,000.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Insert into a new sheet" }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("importing a template: schema errors are shown; a valid file is added and selected", async () => {
    const { user } = await renderApp(fakeGateway(), "en");
    const input = screen.getByTestId("template-file") as HTMLInputElement;
    await user.upload(input, new File(['{"id": "Bad Id", "sections": []}'], "bad.json", { type: "application/json" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("This file is not a valid template:");
    expect(alert.textContent).toContain("id must be lowercase words joined by '-', e.g. shop-designer");
    expect(alert.textContent).toContain("sections needs at least 1 entries");
  });
});

describe("distribution view", () => {
  test("what was read, then the verdict, the tables, the hints and clickable cells", async () => {
    const { user, gateway } = await renderApp();
    await user.click(screen.getByRole("tab", { name: "分布检查" }));
    const read = screen.getByRole("region", { name: "读取结果" });
    expect(read.textContent).toContain("表头：第 1 行；等级列：D 列“等级”（表头为等级）。");
    expect(read.textContent).toContain("姓名列：A 列“姓名”。");
    expect(read.textContent).toContain("人员：第 2～9 行，共 8 人。");
    expect((screen.getByLabelText("等级列") as HTMLSelectElement).value).toBe("-1");
    expect(screen.getByRole("option", { name: "已识别：D · 等级" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "检查" }));
    expect(gateway.readSheet).toHaveBeenLastCalledWith("考核表");
    const verdict = await screen.findByText(/暂不能提交/);
    expect(verdict.textContent).toContain("强制分布未达标");
    expect(screen.getByText("将 1 人从 A 调整为 C")).toBeTruthy();
    expect(screen.getByRole("img", { name: "目标人数与实际人数：全体" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "在工作表中选中 D9" }));
    expect(gateway.select).toHaveBeenCalledWith("考核表", "D9");
    expect(screen.getByRole("button", { name: "在工作表中选中 C5" })).toBeTruthy();
  });

  test("hidden sheets are listed as hidden and never opened first", async () => {
    const { user, gateway } = await renderApp();
    await user.click(screen.getByRole("tab", { name: "分布检查" }));
    expect(screen.getByRole("option", { name: "等级表（已隐藏）" })).toBeTruthy();
    expect(gateway.readSheet).toHaveBeenCalledWith("考核表");
  });

  test("checking per department groups the people by the column chosen", async () => {
    const grouped = sheetData([HEADER, person("王芳", "A"), person("李强", "B"), person("张伟", "A", "客服部")]);
    const { user } = await renderApp(fakeGateway({ readSheet: jest.fn(async () => grouped) }));
    await user.click(screen.getByRole("tab", { name: "分布检查" }));
    await user.selectOptions(screen.getByLabelText("分组检查"), "1");
    await user.click(screen.getByRole("button", { name: "检查" }));
    expect(await screen.findByRole("region", { name: "运营部" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "客服部" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "全体合计（仅供参考）" })).toBeTruthy();
  });

  test("overrides: another grade column, another header row; the reading follows", async () => {
    const twoGrades = sheetData([
      ["2026年11月 考核表"],
      ["姓名", "自评等级", "最终等级"],
      ["王芳", "A", "B"],
      ["李强", "A", "B"],
    ]);
    const { user } = await renderApp(fakeGateway({ readSheet: jest.fn(async () => twoGrades) }), "en");
    await user.click(screen.getByRole("tab", { name: "Distribution check" }));
    const read = () => screen.getByRole("region", { name: "What was read" }).textContent;
    expect(read()).toContain("Header row 2; grade column C “最终等级” (the final grade).");
    expect(read()).toContain("Other grade columns: B “自评等级” (one rater's grade).");
    await user.selectOptions(screen.getByLabelText("Grade column"), "1");
    expect(read()).toContain("grade column B “自评等级” (chosen by you)");
    // row 1 is the title: a header of one cell, with no grade column in it
    await user.type(screen.getByLabelText("Header row"), "1");
    expect(read()).toContain("A table (header row 1) without a grade column.");
  });

  test("grades of another scale: the pane says so and checks with it on request", async () => {
    const levels = sheetData([HEADER, person("王芳", "优秀"), person("李强", "良好"), person("张伟", "合格")]);
    const { user } = await renderApp(fakeGateway({ readSheet: jest.fn(async () => levels) }), "en");
    await user.click(screen.getByRole("tab", { name: "Distribution check" }));
    expect(
      screen.getByText("The grades in this sheet are 优秀/良好/合格/不合格, not grades of the scale chosen."),
    ).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Check with 优秀/良好/合格/不合格" }));
    expect((screen.getByLabelText("Grade scale") as HTMLSelectElement).value).toBe("excellent-good-pass-fail");
    expect(screen.getByLabelText("优秀")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Check" }));
    expect(await screen.findByText("Ready to submit")).toBeTruthy();
  });

  test("an unfilled sheet is not ready: nobody graded", async () => {
    const { user } = await renderApp(fakeGateway({ readSheet: jest.fn(async () => sheetData([HEADER])) }), "en");
    await user.click(screen.getByRole("tab", { name: "Distribution check" }));
    await user.click(screen.getByRole("button", { name: "Check" }));
    expect(await screen.findByText("Not ready: no graded people were read")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Everyone" })).toBeNull();
  });

  test("a rater column: the rater view with a lenient rater flagged (advisory)", async () => {
    const rows: SheetValue[][] = [["姓名", "直接上级", "综合得分", "等级"]];
    for (let i = 0; i < 5; i++) rows.push([`甲${i}`, "王经理", 97, "A"]);
    for (let i = 0; i < 15; i++) rows.push([`乙${i}`, `李经理${i % 3}`, 70 + i, ["A", "B", "B", "C", "C"][i % 5]]);
    const { user } = await renderApp(fakeGateway({ readSheet: jest.fn(async () => sheetData(rows)) }), "en");
    await user.click(screen.getByRole("tab", { name: "Distribution check" }));
    await user.click(screen.getByRole("button", { name: "Check" }));
    const view = await screen.findByRole("region", { name: "Raters (advisory)" });
    expect(within(view).getByText(/Lenient: everyone else 77/)).toBeTruthy();
    expect(within(view).getAllByRole("row")).toHaveLength(5);
    // calibration is offered as a formula to copy, never written into the sheet
    expect((within(view).getByRole("textbox") as HTMLInputElement).value).toBe("=HR.NORMALIZE(C2:C21,B2:B21)");
  });

  test("in the Google Sheets sidebar: the calibration formula without a namespace, the add-on in its own words", async () => {
    const rows: SheetValue[][] = [["姓名", "直接上级", "综合得分", "等级"]];
    for (let i = 0; i < 6; i++) rows.push([`甲${i}`, `王经理${i % 2}`, 80 + i, ["A", "B", "C"][i % 3]]);
    const { user } = await renderApp(fakeGateway({ readSheet: jest.fn(async () => sheetData(rows)) }), "zh", "sheets");
    await user.click(screen.getByRole("tab", { name: "分布检查" }));
    await user.click(screen.getByRole("button", { name: "检查" }));
    const view = await screen.findByRole("region", { name: "评价人（仅供参考）" });
    expect((within(view).getByRole("textbox") as HTMLInputElement).value).toBe("=NORMALIZE(C2:C7,B2:B7)");
    expect(within(view).getByText(/插件不会写入你的工作表/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "以英文显示边栏" })).toBeTruthy();
  });

  test("Excel still calculating: the pane says so", async () => {
    const busy = { ...PEOPLE, calculating: true };
    const { user } = await renderApp(fakeGateway({ readSheet: jest.fn(async () => busy) }), "en");
    await user.click(screen.getByRole("tab", { name: "Distribution check" }));
    expect(screen.getByText(/Excel was still calculating/)).toBeTruthy();
  });

  test("shares that do not add up to 100% are reported, not checked", async () => {
    const { user, gateway } = await renderApp(fakeGateway(), "en");
    await user.click(screen.getByRole("tab", { name: "Distribution check" }));
    const a = screen.getByLabelText("A");
    await user.clear(a);
    await user.type(a, "50");
    expect(screen.getByText("Total 105%")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Check" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Policy shares add up to 105%, not 100%");
    expect(gateway.readSheet).toHaveBeenCalledTimes(1); // when the sheet was opened, not for the check
  });

  test("a sheet that cannot be read shows the reason", async () => {
    const gateway = fakeGateway({ readSheet: jest.fn(async () => Promise.reject(new Error("Sheet is locked"))) });
    const { user } = await renderApp(gateway, "en");
    await user.click(screen.getByRole("tab", { name: "Distribution check" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Could not read the sheet: Sheet is locked");
  });

  test("year-end: the check is advisory", async () => {
    const two = sheetData([HEADER, person("王芳", "A"), person("李强", "A")]);
    const { user } = await renderApp(fakeGateway({ readSheet: jest.fn(async () => two) }), "en");
    await user.click(screen.getByRole("tab", { name: "Distribution check" }));
    await user.selectOptions(screen.getByLabelText("Review cycle"), "annual");
    await user.click(screen.getByRole("button", { name: "Check" }));
    expect(await screen.findByText("Ready to submit (year-end: the distribution is advisory)")).toBeTruthy();
  });
});
