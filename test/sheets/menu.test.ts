/**
 * The add-on menu as Sheets runs it: the built dist-sheets/Code.js in a fresh vm context holding only
 * the Apps Script services the call may use, as fakes typed against @types/google-apps-script.
 * onOpen runs in AuthMode.NONE until the add-on is used in a spreadsheet, where every service that
 * needs authorisation is unavailable, the spreadsheet itself included
 * (developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle): there the fake
 * SpreadsheetApp has nothing but getUi, and any other service is missing from the context.
 */
import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";
import { CODE_JS, loadCode } from "./load-code";

type Menu = GoogleAppsScript.Base.Menu;
type Ui = GoogleAppsScript.Base.Ui;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

const DIST_SHEETS = dirname(CODE_JS);
const AUTH_MODE = { NONE: 0, CUSTOM_FUNCTION: 1, LIMITED: 2, FULL: 3 } as const;

interface MenuItem {
  caption: string;
  functionName: string;
}

/** A menu as Ui builds one: items in order, shown once addToUi is called. */
class FakeMenu implements Menu {
  readonly items: (MenuItem | "separator" | FakeMenu)[] = [];
  constructor(
    private readonly shown: FakeMenu[],
    readonly caption: string | null,
  ) {}
  addItem(caption: string, functionName: string): Menu {
    if (!caption || !functionName) throw new Error("Menu.addItem needs a caption and a function name");
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): Menu {
    this.items.push("separator");
    return this;
  }
  addSubMenu(menu: Menu): Menu {
    this.items.push(menu as FakeMenu);
    return this;
  }
  addToUi(): void {
    this.shown.push(this);
  }
}

class FakeHtmlOutput implements Pick<HtmlOutput, "getContent" | "getTitle" | "setTitle"> {
  private title = "";
  constructor(private readonly content: string) {}
  getContent() {
    return this.content;
  }
  getTitle() {
    return this.title;
  }
  setTitle(title: string): HtmlOutput {
    this.title = title;
    return this as unknown as HtmlOutput;
  }
}

/** The editor's UI: the menus added to it and the sidebars shown. */
function fakeUi() {
  const menus: FakeMenu[] = [];
  const sidebars: FakeHtmlOutput[] = [];
  const ui: Pick<Ui, "createAddonMenu" | "createMenu" | "showSidebar"> = {
    createAddonMenu: () => new FakeMenu(menus, null),
    createMenu: (caption) => new FakeMenu(menus, caption),
    showSidebar: (output) => void sidebars.push(output as unknown as FakeHtmlOutput),
  };
  return { ui, menus, sidebars };
}

/**
 * HtmlService over the files clasp pushes: createHtmlOutputFromFile takes a project file's name
 * without its extension (developers.google.com/apps-script/reference/html/html-service) and fails
 * for a file the project does not have.
 */
const htmlService: Pick<GoogleAppsScript.HTML.HtmlService, "createHtmlOutputFromFile"> = {
  createHtmlOutputFromFile(filename) {
    const file = join(DIST_SHEETS, `${filename}.html`);
    if (!existsSync(file)) throw new Error(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(readFileSync(file, "utf8")) as unknown as HtmlOutput;
  },
};

/** Before authorisation: SpreadsheetApp answers getUi and throws for anything else it is asked. */
function unauthorised() {
  const { ui, menus, sidebars } = fakeUi();
  const asked: string[] = [];
  const spreadsheetApp: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, "getUi"> = { getUi: () => ui as Ui };
  const guarded = new Proxy(spreadsheetApp, {
    get(target, property) {
      if (property === "getUi") return target.getUi;
      asked.push(String(property));
      throw new Error(`SpreadsheetApp.${String(property)} needs authorisation (AuthMode.NONE)`);
    },
  });
  return { context: loadCode({ SpreadsheetApp: guarded }), menus, sidebars, asked };
}

const event = (authMode: number) => ({ authMode, source: undefined, triggerUid: "", user: undefined });

test("onOpen in AuthMode.NONE adds the add-on menu with one bilingual item and asks for nothing else", () => {
  const { context, menus, asked } = unauthorised();
  context.onOpen(event(AUTH_MODE.NONE));
  expect(asked).toEqual([]);
  expect(menus).toHaveLength(1);
  expect(menus[0].caption).toBeNull(); // an add-on menu, under Extensions
  expect(menus[0].items).toEqual([{ caption: "打开 HR 考核 / Open HR Appraisal", functionName: "showSidebar" }]);
  expect(typeof context.showSidebar).toBe("function"); // the item's function is top level
});

test("onOpen with no event (run from the script editor) builds the same menu", () => {
  const { context, menus } = unauthorised();
  context.onOpen();
  expect(menus.map((menu) => menu.items)).toEqual([
    [{ caption: "打开 HR 考核 / Open HR Appraisal", functionName: "showSidebar" }],
  ]);
});

test("onInstall builds the menu through onOpen", () => {
  const { context, menus, asked } = unauthorised();
  context.onInstall({ authMode: AUTH_MODE.FULL });
  expect(asked).toEqual([]);
  expect(menus.map((menu) => menu.items)).toEqual([
    [{ caption: "打开 HR 考核 / Open HR Appraisal", functionName: "showSidebar" }],
  ]);
});

test.each([
  ["zh_CN", "绩效考核助手"],
  ["zh_TW", "绩效考核助手"],
  ["en_US", "HR Appraisal"],
  ["de_DE", "HR Appraisal"],
])("showSidebar opens Sidebar.html titled in the spreadsheet's language (%s)", (locale, title) => {
  const { ui, sidebars } = fakeUi();
  const spreadsheet: Pick<GoogleAppsScript.Spreadsheet.Spreadsheet, "getSpreadsheetLocale"> = {
    getSpreadsheetLocale: () => locale,
  };
  const spreadsheetApp: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, "getUi" | "getActive"> = {
    getUi: () => ui as Ui,
    getActive: () => spreadsheet as GoogleAppsScript.Spreadsheet.Spreadsheet,
  };
  const context = loadCode({ SpreadsheetApp: spreadsheetApp, HtmlService: htmlService });
  context.showSidebar();
  expect(sidebars).toHaveLength(1);
  expect(sidebars[0].getTitle()).toBe(title);
  expect(sidebars[0].getContent()).toBe(readFileSync(join(DIST_SHEETS, "Sidebar.html"), "utf8"));
});
