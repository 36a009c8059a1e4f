/**
 * dist-sheets/ as `npm run build:sheets` writes it, checked for what Apps Script needs to deploy it:
 * a V8 manifest with the narrowest scopes, a server file whose callable functions are top-level
 * declarations, and a sidebar page that loads nothing and survives HtmlService.
 */
import { readFileSync } from "fs";
import { join } from "path";
import ts from "typescript";
import vm from "vm";

const DIST_SHEETS = join(__dirname, "..", "..", "dist-sheets");
const read = (file: string) => readFileSync(join(DIST_SHEETS, file), "utf8");

const CUSTOM_FUNCTIONS = ["SCORE", "GRADE", "BAND", "GRADES", "KPISCORE", "KPISTEP", "NORMALIZE", "DISTRIBUTION"];
const MENU = ["onOpen", "onInstall", "showSidebar"];
const SIDEBAR_SERVER = ["hrSidebarLanguage", "hrListSheets", "hrInsertTemplate", "hrReadSheet", "hrSelect"];

describe("appsscript.json", () => {
  const manifest = JSON.parse(read("appsscript.json"));

  test("runs on V8", () => {
    expect(manifest.runtimeVersion).toBe("V8");
  });

  test("asks for this spreadsheet and its UI only", () => {
    // .currentonly: the add-on reaches the spreadsheet it is opened in, never the user's others
    // (developers.google.com/apps-script/add-ons/concepts/editor-scopes)
    expect([...manifest.oauthScopes].sort()).toEqual([
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
    ]);
    expect(Object.keys(manifest).sort()).toEqual(["exceptionLogging", "oauthScopes", "runtimeVersion", "timeZone"]);
  });
});

describe("Code.js", () => {
  const code = read("Code.js");
  const tree = ts.createSourceFile("Code.js", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const declared = tree.statements.filter(ts.isFunctionDeclaration);
  const jsDocOf = (node: ts.Node) =>
    ts
      .getLeadingCommentRanges(code, node.getFullStart())
      ?.map((range) => code.slice(range.pos, range.end))
      .join("\n") ?? "";

  test("declares the custom functions, the menu and the sidebar's server functions at top level", () => {
    expect(declared.map((fn) => fn.name!.text).sort()).toEqual(
      [...CUSTOM_FUNCTIONS, ...MENU, ...SIDEBAR_SERVER].sort(),
    );
  });

  test("marks exactly the custom functions @customfunction, each parameter described", () => {
    const custom = declared.filter((fn) => /@customfunction\b/.test(jsDocOf(fn)));
    expect(custom.map((fn) => fn.name!.text).sort()).toEqual([...CUSTOM_FUNCTIONS].sort());
    for (const fn of custom) {
      const doc = jsDocOf(fn);
      for (const parameter of fn.parameters) {
        expect(doc).toMatch(new RegExp(`@param\\s+(\\{[^}]*\\}\\s+)?\\[?${parameter.name.getText()}\\b[^\\n]*\\S`));
      }
    }
  });

  test("runs its top-level code without any Apps Script service", () => {
    // Apps Script runs a file's global code before every call, custom functions included, where
    // services needing authorisation are unavailable: loading must touch none.
    const context = vm.createContext({});
    expect(() => vm.runInContext(code, context, { filename: "Code.js" })).not.toThrow();
    for (const name of [...CUSTOM_FUNCTIONS, ...MENU, ...SIDEBAR_SERVER]) {
      expect(typeof context[name]).toBe("function");
    }
  });
});

describe("Sidebar.html", () => {
  const html = read("Sidebar.html");
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];

  test("is one self-contained page: one inline script, nothing loaded", () => {
    expect(scripts).toHaveLength(1);
    expect(scripts[0][1].trim()).toBe("");
    // The markup around the script: the script's own strings may well name attributes.
    const markup = html.replace(scripts[0][0], "");
    expect(markup).not.toMatch(/<link\b|\bsrc\s*=|\bhref\s*=|@import|url\(/i);
    expect(scripts[0][2].length).toBeGreaterThan(100_000); // React, Fluent UI and the App are inside
  });

  test("its script has no template literals, markup comments or scriptlet marks for HtmlService to rewrite", () => {
    const script = scripts[0][2];
    const tree = ts.createSourceFile("sidebar.js", script, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    const templates: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node)) templates.push(node.getText());
      ts.forEachChild(node, visit);
    };
    visit(tree);
    expect(templates).toEqual([]);
    expect(script).not.toMatch(/<!--|-->|<\?|\?>/);
  });
});
