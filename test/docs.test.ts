/**
 * The READMEs and docs/ stand on their own in a clone: every link resolves to a file (and heading)
 * inside the repository, nothing points at a folder beside it, and no command fetches a stranger's
 * package.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "fs";
import { dirname, extname, join, relative, resolve, sep } from "path";

const ROOT = resolve(__dirname, "..");
const NOT_SOURCE = new Set(["node_modules", "dist", "dist-preview", "coverage", "test-results", ".git"]);
const TEXT = new Set([".md", ".ts", ".tsx", ".js", ".mjs", ".json", ".html", ".xml", ".sh", ".yml", ".yaml", ""]);
/** The folder the project was planned in sits beside the repository; the product never reaches it. */
const OUTSIDE = /\.\.[\\/]shared\b|\/work\/shared|seeds\/\d{3}_/;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return NOT_SOURCE.has(entry.name) ? [] : filesUnder(path);
    return [path];
  });
}

const docs = [join(ROOT, "README.md"), join(ROOT, "README.zh-CN.md"), ...filesUnder(join(ROOT, "docs"))].filter(
  (file) => extname(file) === ".md",
);
const name = (file: string) => relative(ROOT, file);

/** Markdown without fenced code blocks and code spans, where link syntax is only text. */
const prose = (markdown: string) => markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");

/** Link targets: inline links and images, reference definitions, and HTML href/src attributes. */
function linkTargets(markdown: string): string[] {
  const text = prose(markdown);
  return [
    ...[...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]),
    ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((match) => match[1]),
    ...[...text.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((match) => match[1]),
  ];
}

/** GitHub's anchors for a file's headings: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, heading] of prose(markdown.replace(/`([^`\n]*)`/g, "$1")).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
      .replace(/ /g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count ? `${base}-${count}` : base);
  }
  return anchors;
}

test("the READMEs and docs/ are found", () => {
  expect(docs.map(name)).toEqual(expect.arrayContaining(["README.md", "README.zh-CN.md", join("docs", "contract.md")]));
});

test.each(docs.map(name))("every link in %s resolves inside the repository", (file) => {
  const path = join(ROOT, file);
  const markdown = readFileSync(path, "utf8");
  const problems: string[] = [];
  for (const target of linkTargets(markdown)) {
    if (/^(https?|mailto):/i.test(target)) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("/") || target.startsWith("\\")) {
      problems.push(`${target}: not a path inside the repository`);
      continue;
    }
    const [pathPart, anchor] = target.split("#");
    const linked = pathPart ? resolve(dirname(path), decodeURIComponent(pathPart)) : path;
    if (linked !== ROOT && !linked.startsWith(ROOT + sep)) problems.push(`${target}: outside the repository`);
    else if (!existsSync(linked)) problems.push(`${target}: no such file`);
    else if (anchor && statSync(linked).isFile() && extname(linked) === ".md") {
      const anchors = headingAnchors(readFileSync(linked, "utf8"));
      if (!anchors.has(decodeURIComponent(anchor))) problems.push(`${target}: no heading with that anchor`);
    }
  }
  expect(problems).toEqual([]);
});

test("the anchors are GitHub's", () => {
  const anchors = headingAnchors(
    "# Quick start\n## `hr-appraisal check` on workbooks\n## 003 — 《電商部運營管理手冊》\n# Quick start\n",
  );
  expect([...anchors]).toEqual([
    "quick-start",
    "hr-appraisal-check-on-workbooks",
    "003--電商部運營管理手冊",
    "quick-start-1",
  ]);
});

test("nothing in the repository names the planning folder beside it", () => {
  const offenders = filesUnder(ROOT)
    .filter((file) => TEXT.has(extname(file)) && statSync(file).size < 2_000_000)
    .filter((file) => OUTSIDE.test(readFileSync(file, "utf8")))
    .map(name);
  expect(offenders).toEqual([]);
});

test("no README or doc suggests npx for the command line (npx would fetch a package of that name)", () => {
  const offenders = docs.filter((file) => /npx\s+hr-appraisal/.test(readFileSync(file, "utf8"))).map(name);
  expect(offenders).toEqual([]);
});
