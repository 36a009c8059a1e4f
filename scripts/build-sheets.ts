/**
 * Builds the Google Sheets add-on into dist-sheets/, the folder clasp pushes:
 * - Code.js: the server (sheets/server/index.ts) bundled by esbuild into one closure, then every
 *   function it exports declared again at top level with its parameter names and its JSDoc copied
 *   from the source. Apps Script only sees top-level function declarations: they are what a menu,
 *   google.script.run and a cell can call, and a custom function's `@customfunction` JSDoc is what
 *   Sheets shows in its formula help (developers.google.com/apps-script/guides/sheets/functions).
 * - Sidebar.html: the sidebar (sheets/sidebar/index.tsx) inlined into one page, so HtmlService
 *   serves it without loading anything. Template literals are lowered to plain strings: HtmlService
 *   rewrites the page it serves, and text inside a template literal that looks like markup or a
 *   comment would be changed with it.
 * - appsscript.json: the manifest, V8, with the narrowest scopes (this spreadsheet, its UI).
 */
import { build } from "esbuild";
import { mkdirSync, rmSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import ts from "typescript";

const ROOT = resolve(__dirname, "..");
export const DIST_SHEETS = join(ROOT, "dist-sheets");
const SERVER_ENTRY = join(ROOT, "sheets/server/index.ts");
const SIDEBAR_ENTRY = join(ROOT, "sheets/sidebar/index.tsx");
/** The closure the server bundle assigns to; top-level functions call into it. */
const SERVER_GLOBAL = "HrAppraisal";

export const MANIFEST = {
  timeZone: "Asia/Shanghai",
  runtimeVersion: "V8",
  exceptionLogging: "STACKDRIVER",
  oauthScopes: [
    "https://www.googleapis.com/auth/spreadsheets.currentonly",
    "https://www.googleapis.com/auth/script.container.ui",
  ],
};

interface TopLevelFunction {
  name: string;
  parameters: string[];
  jsDoc: string;
}

/** Every function the server entry exports (through `export *` too), with its source JSDoc. */
function exportedFunctions(entry: string): TopLevelFunction[] {
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.find(ts.isFunctionDeclaration);
    if (!declaration) throw new Error(`${exported.name}: the server entry may export functions only`);
    const source = declaration.getSourceFile().text;
    const jsDoc = ts
      .getLeadingCommentRanges(source, declaration.getFullStart())
      ?.filter((range) => source.startsWith("/**", range.pos))
      .map((range) => source.slice(range.pos, range.end))
      .at(-1);
    if (!jsDoc) throw new Error(`${exported.name}: a top-level function needs a JSDoc comment`);
    return { name: exported.name, parameters: declaration.parameters.map((p) => p.name.getText()), jsDoc };
  });
}

const topLevel = ({ name, parameters, jsDoc }: TopLevelFunction) => {
  const list = parameters.join(", ");
  return `${jsDoc}\nfunction ${name}(${list}) {\n  return ${SERVER_GLOBAL}.${name}(${list});\n}\n`;
};

async function buildServer(): Promise<string> {
  const bundled = await build({
    entryPoints: [SERVER_ENTRY],
    bundle: true,
    write: false,
    format: "iife",
    globalName: SERVER_GLOBAL,
    target: "es2020",
    platform: "neutral",
    mainFields: ["module", "main"],
    legalComments: "none",
    charset: "utf8",
  });
  const functions = exportedFunctions(SERVER_ENTRY);
  return `${bundled.outputFiles[0].text}\n${functions.map(topLevel).join("\n")}`;
}

async function buildSidebar(): Promise<string> {
  const bundled = await build({
    entryPoints: [SIDEBAR_ENTRY],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
    supported: { "template-literal": false },
    minify: true,
    legalComments: "none",
    charset: "utf8",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  // A script element ends at the first "</script", wherever it is: escape it inside strings.
  const script = bundled.outputFiles[0].text.replace(/<\/(script)/gi, "<\\/$1");
  return [
    "<!DOCTYPE html>",
    "<html>",
    "<head>",
    '<meta charset="utf-8">',
    '<base target="_top">',
    "</head>",
    "<body>",
    '<div id="root"></div>',
    `<script>${script}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

async function main() {
  const [server, sidebar] = await Promise.all([buildServer(), buildSidebar()]);
  rmSync(DIST_SHEETS, { recursive: true, force: true });
  mkdirSync(DIST_SHEETS, { recursive: true });
  writeFileSync(join(DIST_SHEETS, "Code.js"), server);
  writeFileSync(join(DIST_SHEETS, "Sidebar.html"), sidebar);
  writeFileSync(join(DIST_SHEETS, "appsscript.json"), `${JSON.stringify(MANIFEST, null, 2)}\n`);
  console.log(`dist-sheets/: Code.js ${kib(server)}, Sidebar.html ${kib(sidebar)}, appsscript.json`);
}

const kib = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`;

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
