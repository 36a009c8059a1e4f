/**
 * End to end in real Chromium (Debian's, driven by playwright-core): the built dist-sheets/
 * Sidebar.html at Sheets' sidebar size, 300 × 800, its google.script.run stubbed by an init script
 * that calls the built Code.js, loaded in a vm over the stand-in spreadsheet (fake-spreadsheet.ts,
 * its formulas computed with Code.js's own custom functions). Calls cross as Apps Script passes
 * them (developers.google.com/apps-script/guides/html/reference/run): asynchronously, arguments and
 * return values as JSON, a Date, a function or another non-plain value refused, a thrown error to
 * the failure handler as its message. The sidebar inserts a template for 20 people, the test types
 * their scores into the sheet, the check reads the grades the formulas compute, and a click on an
 * address selects that cell in the spreadsheet; in both languages nothing is wider than the
 * sidebar. The screenshots the README shows are taken here.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { type Browser, type Page, chromium } from "playwright-core";
import { block } from "../../src/templates";
import { chromiumPath } from "../support/chromium";
import { SHEETS_FUNCTIONS, type SheetsFunction } from "../support/sheets-engine";
import { FakeSpreadsheetApp, type FakeSpreadsheet, fakeUtilities } from "./fake-spreadsheet";
import { loadCode } from "./load-code";
import { sheetsCalculator } from "./sheets-calculator";

const DIST_SHEETS = join(__dirname, "..", "..", "dist-sheets");
const SCREENSHOTS = join(__dirname, "..", "..", "docs", "screenshots");
/** Where the page is served from: any origin but the network, which the test refuses. */
const SIDEBAR_URL = "https://sidebar.test/Sidebar.html";
const SERVER_FUNCTIONS = ["hrSidebarLanguage", "hrListSheets", "hrInsertTemplate", "hrReadSheet", "hrSelect"];
const EMPLOYEES = 20;
const HAND_GRADED = "手工评级";

jest.setTimeout(180_000);

/** What in a value Apps Script would refuse to pass: a Date, a function, undefined, NaN, a class instance. */
function illegal(value: unknown, path = "value"): string | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `${path} is ${value}`;
  if (value === undefined || typeof value === "function") return `${path} is ${typeof value}`;
  if (Object.prototype.toString.call(value) === "[object Date]") return `${path} is a Date`;
  if (Array.isArray(value)) return value.map((item, i) => illegal(item, `${path}[${i}]`)).find(Boolean);
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== null && Object.getPrototypeOf(prototype) !== null)
    return `${path} is a ${prototype.constructor?.name}`;
  return Object.entries(value as object)
    .map(([key, item]) => illegal(item, `${path}.${key}`))
    .find(Boolean);
}

/**
 * google.script.run in the page: each with…Handler returns a runner that carries it; a server
 * function's name sends the call and returns nothing. The same rules as illegal() above, for what
 * the sidebar sends: a refused argument fails the call, as Apps Script fails it.
 */
const SCRIPT_RUN = `(() => {
  const names = ${JSON.stringify(SERVER_FUNCTIONS)};
  const illegal = ${illegal.toString()};
  window.hrRefused = [];
  const runner = (success, failure) => {
    const run = {
      withSuccessHandler: (handler) => runner(handler, failure),
      withFailureHandler: (handler) => runner(success, handler),
    };
    for (const name of names) {
      run[name] = (...args) => {
        const problem = illegal(args, name + " arguments");
        if (problem) {
          window.hrRefused.push(problem);
          setTimeout(() => failure && failure(new Error(problem)));
          return;
        }
        window.hrAppsScript(name, JSON.stringify(args)).then(({ value, thrown }) => {
          if (thrown === undefined) success && success(JSON.parse(value));
          else failure && failure(new Error(thrown));
        });
      };
    }
    return run;
  };
  window.google = { script: { run: runner() } };
})();`;

/** A hand-graded sheet as HR keeps one: 20 people, one grade that is not one (A+), one person without. */
function handGraded(spreadsheet: FakeSpreadsheet) {
  const grades = ["A", "A", "A+", "A", "B", null, "A", "A", "B", "C", "A", "A", "B", "A", "C", "B", "A", "D", "B", "C"];
  spreadsheet
    .addSheet(HAND_GRADED)
    .load("A1", [["姓名", "部门", "绩效等级"], ...grades.map((grade, i) => [`员工${i + 1}`, "市场部", grade])]);
}

interface Sidebar {
  page: Page;
  spreadsheet: FakeSpreadsheet;
  /** The server functions called, in order. */
  calls: string[];
  /** Values Apps Script would have refused, either way. */
  refused(): Promise<string[]>;
  /** Requests the page made beyond itself: a self-contained sidebar makes none. */
  loads: string[];
}

let browser: Browser;

/** The spreadsheet's active sheet and its active range, "手工评级!C4". */
function activeCell(spreadsheet: FakeSpreadsheet): string {
  const sheet = spreadsheet.active;
  const range = sheet?.activeRange;
  return `${sheet?.name}!${range ? block(range.top, range.left, range.rows, range.columns) : "none"}`;
}

/** Waits until `read` gives `expected` (a call across google.script.run settles later), or fails with the last value. */
async function eventually<T>(read: () => T, expected: T, timeout = 10_000): Promise<void> {
  const start = Date.now();
  while (read() !== expected && Date.now() - start < timeout) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(read()).toBe(expected);
}

/** The sidebar opened in a spreadsheet of `locale`, over a server of its own. */
async function openSidebar(locale: string): Promise<Sidebar> {
  const functions: Record<string, SheetsFunction> = {};
  const app = new FakeSpreadsheetApp({ locale, calculator: sheetsCalculator(functions) });
  const spreadsheet = app.spreadsheet;
  handGraded(spreadsheet);
  const server = loadCode({ SpreadsheetApp: app, Utilities: fakeUtilities });
  for (const name of SHEETS_FUNCTIONS) functions[name] = server[name];

  const calls: string[] = [];
  const returned: string[] = [];
  const loads: string[] = [];
  const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
  page.on("pageerror", (error) => console.error("page error:", error.message));
  await page.exposeFunction("hrAppsScript", (name: string, args: string) => {
    calls.push(name);
    if (!SERVER_FUNCTIONS.includes(name) || typeof server[name] !== "function") {
      return { thrown: `Script function not found: ${name}` };
    }
    try {
      const result = server[name](...JSON.parse(args));
      const problem = illegal(result, `${name} reply`);
      if (problem) returned.push(problem);
      return { value: problem ? "null" : JSON.stringify(result) };
    } catch (error) {
      return { thrown: String((error as Error)?.message ?? error) };
    }
  });
  await page.addInitScript(SCRIPT_RUN);
  const html = readFileSync(join(DIST_SHEETS, "Sidebar.html"), "utf8");
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === SIDEBAR_URL) return route.fulfill({ body: html, contentType: "text/html; charset=utf-8" });
    loads.push(url);
    return route.abort();
  });
  await page.goto(SIDEBAR_URL);
  const refused = async () => [
    ...returned,
    ...(await page.evaluate(() => (window as never as { hrRefused: string[] }).hrRefused)),
  ];
  return { page, spreadsheet, calls, refused, loads };
}

/** Nothing wider than the sidebar: the page does not scroll sideways and no shown element ends past its edge. */
function overflow() {
  const width = document.documentElement.clientWidth;
  const past = [...document.body.querySelectorAll<Element>("*")]
    .filter((element) => !element.closest("[hidden]"))
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && (box.right > width + 0.5 || box.left < -0.5);
    })
    .map((element) => `${element.tagName.toLowerCase()} “${(element.textContent ?? "").trim().slice(0, 30)}”`);
  return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, past };
}

beforeAll(async () => {
  const executablePath = chromiumPath();
  for (const file of ["Code.js", "Sidebar.html"]) {
    if (!existsSync(join(DIST_SHEETS, file))) {
      throw new Error(`dist-sheets/${file} is missing: run \`npm run build:sheets\` (npm test does).`);
    }
  }
  browser = await chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe("in a Chinese spreadsheet (zh_CN)", () => {
  let sidebar: Sidebar;
  let inserted = "";

  beforeAll(async () => {
    sidebar = await openSidebar("zh_CN");
    await sidebar.page.getByRole("heading", { name: "绩效考核助手" }).waitFor();
  });

  afterAll(async () => {
    await sidebar?.page.close();
  });

  test("the sidebar asks the spreadsheet's language before anything else, and loads nothing", () => {
    expect(sidebar.calls[0]).toBe("hrSidebarLanguage");
    expect(sidebar.loads).toEqual([]);
  });

  test("insert the e-commerce supervisor template for 20 people: a new sheet with formulas", async () => {
    const { page, spreadsheet } = sidebar;
    await page.getByRole("button", { name: /电商部主管/ }).click();
    await page.getByLabel("员工行数").fill(String(EMPLOYEES));
    await page.getByRole("button", { name: "插入到新工作表" }).click();
    const status = page.getByRole("status").filter({ hasText: "已创建工作表" });
    await status.waitFor();
    inserted = /“(.+)”/.exec(await status.innerText())![1];
    expect(await status.innerText()).toContain(`${EMPLOYEES} 行员工`);

    // The new sheet is the last, active, its header in row 7 and 20 rows of formulas below.
    expect(spreadsheet.sheets.map((sheet) => sheet.name)).toEqual([HAND_GRADED, inserted]);
    const sheet = spreadsheet.sheet(inserted);
    expect(spreadsheet.active).toBe(sheet);
    expect(sheet.content("A7")).toEqual({ kind: "value", value: "姓名" });
    expect(sheet.content("K7")).toEqual({ kind: "value", value: "等级" });
    for (const row of [8, 8 + EMPLOYEES - 1]) {
      expect(sheet.content(`J${row}`)).toMatchObject({ kind: "formula", formula: expect.stringContaining("SCORE(") });
      expect(sheet.content(`K${row}`)).toEqual({
        kind: "formula",
        formula: `=IF(J${row}="","",BAND(J${row},HR_Scale))`,
      });
    }
    expect(sheet.content(`K${8 + EMPLOYEES}`)).toBeNull();
    await status.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, "sheets-sidebar-templates.png") });
  });

  test("the check reads the grades the sheet's formulas compute from the scores typed in", async () => {
    const { page, spreadsheet } = sidebar;
    // 12 strong performers, 5 solid, 3 weaker: more A than the 45% target.
    const scoresOf = (i: number) =>
      i < 12 ? [95, 92, 90, 94, 91] : i < 17 ? [85, 82, 88, 80, 84] : [70, 65, 72, 68, 75];
    const sheet = spreadsheet.sheet(inserted);
    for (let i = 0; i < EMPLOYEES; i++) {
      sheet.type(`A${8 + i}`, `员工${i + 1}`);
      scoresOf(i).forEach((score, item) => sheet.type(`${"EFGHI"[item]}${8 + i}`, String(score)));
    }

    await page.getByRole("tab", { name: "分布检查" }).click();
    await page.getByRole("button", { name: "刷新" }).click();
    await page.getByLabel("工作表", { exact: true }).selectOption({ label: inserted });
    await page
      .getByRole("region", { name: "读取结果" })
      .getByText(/等级列：K 列“等级”/)
      .waitFor();
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByText(/暂不能提交/).waitFor();
    const everyone = page.getByRole("table", { name: "全体" });
    const rows = await everyone
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 3).map((td) => td.textContent)));
    expect(rows).toEqual([
      ["A", "9", "12"],
      ["B", "6", "5"],
      ["C", "4", "3"],
      ["D", "1", "0"],
    ]);
    await page.getByText("将 1 人从 A 调整为 D").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, "sheets-sidebar-distribution.png") });
  });

  test("a cell the check lists, clicked, becomes the spreadsheet's active cell", async () => {
    const { page, spreadsheet } = sidebar;
    await page.getByLabel("工作表", { exact: true }).selectOption({ label: HAND_GRADED });
    await page
      .getByRole("region", { name: "读取结果" })
      .getByText(/等级列：C 列“绩效等级”/)
      .waitFor();
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByRole("region", { name: "不是有效等级的单元格" }).waitFor();
    expect(activeCell(spreadsheet)).toBe(`${inserted}!A8`); // where the insert left the cursor

    await page.getByRole("button", { name: "在工作表中选中 C4" }).click(); // 员工3's “A+”
    await eventually(() => activeCell(spreadsheet), `${HAND_GRADED}!C4`);
    await page.getByRole("button", { name: "在工作表中选中 C7" }).click(); // 员工6 has no grade
    await eventually(() => activeCell(spreadsheet), `${HAND_GRADED}!C7`);
    // The check only read: the hand-graded sheet was never written.
    expect(spreadsheet.writes.filter((write) => write.sheet === HAND_GRADED)).toEqual([]);
  });

  test("a failed insert shows why and that the new sheet was removed; the spreadsheet is as it was", async () => {
    const { page, spreadsheet } = sidebar;
    await page.getByRole("tab", { name: "考核模板" }).click();
    const before = spreadsheet.sheets.map((sheet) => sheet.name);
    spreadsheet.failOn("Range.setValues", 2);
    await page.getByRole("button", { name: "插入到新工作表" }).click();
    const status = page.getByRole("status").filter({ hasText: "无法插入模板" });
    await status.waitFor();
    expect(await status.innerText()).toMatch(/Service Spreadsheets failed[\s\S]*已删除新建的工作表。/);
    expect(spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(before);
  });

  test.each([
    ["zh", "考核模板"],
    ["zh", "分布检查"],
    ["en", "Templates"],
    ["en", "Distribution check"],
  ])("at 300 px nothing is wider than the sidebar (%s, %s)", async (language, view) => {
    const { page } = sidebar;
    const toEnglish = page.getByRole("button", { name: "以英文显示边栏" });
    if (language === "en" && (await toEnglish.count())) await toEnglish.click();
    await page.getByRole("tab", { name: view }).click();
    if (view === "考核模板" || view === "Templates") {
      const exportButton = page.getByRole("button", { name: language === "zh" ? "导出模板文件" : "Export JSON" });
      if ((await exportButton.getAttribute("aria-expanded")) !== "true") await exportButton.click();
    } else {
      await page.getByRole("button", { name: language === "zh" ? "检查" : "Check", exact: true }).click();
      await page
        .getByRole("region", { name: language === "zh" ? "不是有效等级的单元格" : "Cells that are not valid grades" })
        .waitFor();
    }
    const { scrollWidth, clientWidth, past } = await page.evaluate(overflow);
    expect(clientWidth).toBe(300);
    expect({ scrollWidth, past }).toEqual({ scrollWidth: 300, past: [] });
  });

  test("everything that crossed google.script.run was plain JSON", async () => {
    expect(sidebar.calls).toEqual(expect.arrayContaining(SERVER_FUNCTIONS));
    expect(await sidebar.refused()).toEqual([]);
  });
});

test("in an English spreadsheet (en_US) the sidebar opens in English", async () => {
  const sidebar = await openSidebar("en_US");
  try {
    await sidebar.page.getByRole("heading", { name: "HR Appraisal" }).waitFor();
    await sidebar.page.getByRole("tab", { name: "Distribution check" }).click();
    await sidebar.page
      .getByRole("region", { name: "What was read" })
      .getByText(/grade column C “绩效等级”/i)
      .waitFor();
    const { scrollWidth, past } = await sidebar.page.evaluate(overflow);
    expect({ scrollWidth, past }).toEqual({ scrollWidth: 300, past: [] });
  } finally {
    await sidebar.page.close();
  }
});
