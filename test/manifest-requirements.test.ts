/**
 * The manifest's requirement sets state what the code uses. Every member of the Excel and custom
 * functions APIs that the gateway and the functions touch is found in their source with the
 * TypeScript checker, its API set read from its documentation in @types/office-js and
 * @types/custom-functions-runtime ("[Api set: ExcelApi 1.9]", "1.1 for get, 1.8 for set"), and
 * the highest version of each set must be the one manifest.xml requires — no lower (Excel would
 * load the add-in where it cannot run), no higher (it would refuse clients that can). A member of
 * a newer version is allowed only where the code asks first, `isSetSupported("ExcelApi", "1.13")`,
 * and does without it (the reading side without merged cells).
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import ts from "typescript";

const ROOT = join(__dirname, "..");
const SOURCES = ["taskpane/workbook", "functions"].flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((file) => file.endsWith(".ts"))
    .map((file) => join(ROOT, folder, file)),
);
const TYPINGS = /node_modules[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]/;
const SETS = ["ExcelApi", "CustomFunctionsRuntime"];

interface Use {
  member: string;
  set: string;
  version: string;
  where: string;
}

const versionNumber = (version: string) => version.split(".").map(Number);
const newer = (a: string, b: string) => {
  const [x, y] = [versionNumber(a), versionNumber(b)];
  return x[0] - y[0] || x[1] - y[1];
};

/** The API set of a documented declaration; for a write, the version that allows setting it. */
function apiSet(declaration: ts.Declaration, write: boolean): { set: string; version: string } | undefined {
  const text = declaration.getSourceFile().text;
  const comments = ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? [];
  const doc = comments.map((range) => text.slice(range.pos, range.end)).join("\n");
  const remark = /\[Api set: (\w+) (\d+\.\d+)([^\]]*)\]/.exec(doc);
  if (!remark) return undefined;
  const [, set, version, rest] = remark;
  const setter = /(\d+\.\d+) for set/.exec(rest);
  return { set, version: write && setter ? setter[1] : version };
}

function usesOfTheApi(): Use[] {
  const program = ts.createProgram(SOURCES, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["office-js", "custom-functions-runtime"],
  });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of SOURCES) {
    const source = program.getSourceFile(file)!;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const write =
          ts.isBinaryExpression(node.parent) &&
          node.parent.left === node &&
          node.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
        // Overloads share one remark: the first documented declaration speaks for them.
        const found = (symbol?.declarations ?? [])
          .filter((declaration) => TYPINGS.test(declaration.getSourceFile().fileName))
          .map((declaration) => apiSet(declaration, write))
          .find(Boolean);
        if (found) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          uses.push({ member: node.getText(), ...found, where: `${file.slice(ROOT.length + 1)}:${line + 1}` });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

function manifestSets(): Map<string, string> {
  const doc = new DOMParser().parseFromString(readFileSync(join(ROOT, "manifest.xml"), "utf8"), "text/xml");
  const requirements = doc.getElementsByTagName("Requirements")[0] as unknown as Element;
  const sets = Array.from(requirements.getElementsByTagName("Set") as unknown as ArrayLike<Element>);
  return new Map(sets.map((set) => [set.getAttribute("Name")!, set.getAttribute("MinVersion")!]));
}

jest.setTimeout(120_000);
const uses = usesOfTheApi();
/** Versions the code checks for at run time before using them: "ExcelApi 1.13". */
const guarded = new Set(
  SOURCES.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/isSetSupported\("(\w+)", "(\d+\.\d+)"\)/g)].map(
      ([, set, v]) => `${set} ${v}`,
    ),
  ),
);

test("the source is read: the gateway's Excel calls and the functions' error type are found", () => {
  const members = uses.map((use) => use.member);
  expect(members).toEqual(
    expect.arrayContaining(["context.application.suspendScreenUpdatingUntilNextSync", "CustomFunctions.Error"]),
  );
  expect(uses.filter((use) => use.set === "ExcelApi").length).toBeGreaterThan(20);
  // a property set has its own version: dataValidation.rule is 1.8 either way, columnWidth 1.2
  expect(uses.find((use) => use.member.endsWith("format.columnWidth"))?.version).toBe("1.2");
});

test.each(SETS)("manifest.xml requires %s at the highest version the code uses", (set) => {
  const used = uses.filter((use) => use.set === set && !guarded.has(`${set} ${use.version}`));
  expect(used.length).toBeGreaterThan(0);
  const highest = used.reduce((top, use) => (newer(use.version, top.version) > 0 ? use : top));
  const needing = used.filter((use) => use.version === highest.version).map((use) => `${use.member} (${use.where})`);
  expect({ set, requires: manifestSets().get(set), needing }).toEqual({ set, requires: highest.version, needing });
});

test("members of a newer set are used only behind a run-time check: merged cells need ExcelApi 1.13", () => {
  const optional = uses.filter((use) => guarded.has(`${use.set} ${use.version}`));
  expect(optional.map((use) => `${use.member} ${use.set} ${use.version}`)).toEqual([
    "used.getMergedAreasOrNullObject ExcelApi 1.13",
  ]);
  expect(newer("1.13", manifestSets().get("ExcelApi")!)).toBeGreaterThan(0);
});
