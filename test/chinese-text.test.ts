/**
 * Every Chinese string a user reads follows the project's writing rules for Chinese: full-width
 * punctuation inside Chinese, a space between Chinese and Latin letters or digits and none around
 * full-width punctuation, compound headers as one phrase, and one term per thing (the words the
 * glossary says not to use). Strings are found by parsing the sources with the TypeScript compiler
 * (every string literal, template literal and JSX text holding a Chinese character), by walking the
 * JSON of the function help and by reading the prose of README.zh-CN.md, so strings added later are
 * covered without touching this test. A finding names the file, the line and the string.
 */
import { readFileSync, readdirSync, statSync } from "fs";
import { join, relative } from "path";
import ts from "typescript";
import { CATALOG } from "../src/templates";

const ROOT = join(__dirname, "..");
const HAN = /\p{Script=Han}/u;
/** Stands for `${…}` in a template literal: neither Chinese, Latin nor space, so no rule fires across it. */
const SLOT = "\uE000";

/** Every .ts/.tsx file under a folder of the repository. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(ROOT, path)).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * Where users read Chinese: core messages and check texts, the sheet words and the catalog, the task
 * pane and the Sheets add-on, the command line. Not scanned: the words the core *recognises* in HR's own sheets (headers
 * such as 档次 or 级别 in the table reader, 越高越好 as a KPI direction), which are input, not output.
 */
const SOURCES = [
  "src/messages.ts",
  "src/check/describe.ts",
  "src/check/policy-file.ts",
  "src/templates/labels.ts",
  "src/templates/validate.ts",
  "src/templates/sheet-plan.ts",
  ...filesUnder("src/templates/catalog"),
  ...filesUnder("taskpane"),
  ...filesUnder("cli"),
  ...filesUnder("functions"),
  ...filesUnder("sheets"),
];
/** Files that must keep yielding Chinese strings: if one stops, the scan lost track of it. */
const MUST_HAVE_CHINESE = [
  "src/messages.ts",
  "src/check/describe.ts",
  "src/check/policy-file.ts",
  "src/templates/labels.ts",
  "src/templates/validate.ts",
  "src/templates/catalog/shared.ts",
  "src/templates/catalog/seed-000.ts",
  "src/templates/catalog/seed-001.ts",
  "src/templates/catalog/seed-002.ts",
  "src/templates/catalog/seed-003.ts",
  "src/templates/catalog/seed-004.ts",
  "taskpane/i18n.ts",
  "cli/messages.ts",
  "functions/locales/zh-CN.json",
  "sheets/server/functions.ts",
  "sheets/server/menu.ts",
  "README.zh-CN.md",
];

interface Text {
  file: string;
  line: number;
  text: string;
}

/** Excel's function help is English in JSDoc and Chinese in zh-CN.json; Sheets' is both, in JSDoc. */
const BILINGUAL_HELP = "sheets/server/functions.ts";

/**
 * The Chinese halves of a `@customfunction` JSDoc comment's lines: in Google Sheets the comment is
 * the function's help, English then Chinese on one line (sheets/server/functions.ts). The Chinese
 * half follows the English one's last ". ", a mark Chinese text never holds (it ends with 。).
 */
function functionHelpTexts(source: string, node: ts.Node): string[] {
  const comments = ts.getLeadingCommentRanges(source, node.getFullStart()) ?? [];
  return comments
    .map((range) => source.slice(range.pos, range.end))
    .filter((comment) => comment.startsWith("/**") && /@customfunction\b/.test(comment))
    .flatMap((comment) => comment.split("\n").map((line) => line.split(". ").at(-1)!));
}

/** The Chinese string, template and JSX literals and function help of a source file, `${…}` replaced by SLOT. */
function sourceTexts(file: string): Text[] {
  const source = readFileSync(join(ROOT, file), "utf8");
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const texts: Text[] = [];
  const add = (node: ts.Node, text: string) => {
    if (HAN.test(text)) texts.push({ file, line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  };
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node)) {
      add(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      add(node, [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(SLOT));
    } else if (ts.isFunctionDeclaration(node) && file === BILINGUAL_HELP) {
      for (const line of functionHelpTexts(source, node)) add(node, line);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return texts;
}

/** Every string value of a JSON file. */
function jsonTexts(file: string): Text[] {
  const walk = (value: unknown): string[] =>
    typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(walk) : [];
  return walk(JSON.parse(readFileSync(join(ROOT, file), "utf8")))
    .filter((text) => HAN.test(text))
    .map((text) => ({ file, line: 0, text }));
}

/** The prose of a Markdown file, line by line (table cells apart): code, link targets and markup left out. */
function markdownTexts(file: string): Text[] {
  let fenced = false;
  return readFileSync(join(ROOT, file), "utf8")
    .split("\n")
    .flatMap((raw, index) => {
      if (raw.startsWith("```")) fenced = !fenced;
      if (fenced || raw.startsWith("```")) return [];
      const prose = raw
        .replace(/\\\|/g, SLOT) // an escaped pipe inside a table cell
        .replace(/`[^`]*`/g, SLOT)
        .replace(/\]\([^)]*\)/g, "]")
        .replace(/[*#>]/g, "")
        .replace(/^\s*[-|]\s*/, "");
      return prose
        .split(/\s*\|\s*/)
        .filter((text) => HAN.test(text))
        .map((text) => ({ file, line: index + 1, text: text.trim() }));
    });
}

/** The Chinese of the catalog as the templates hold it, after the builders have joined their pieces. */
function catalogTexts(): Text[] {
  const walk = (value: unknown): string[] =>
    value && typeof value === "object"
      ? "zh" in value && typeof value.zh === "string"
        ? [value.zh]
        : Object.values(value).flatMap(walk)
      : [];
  return CATALOG.flatMap((template) =>
    walk(template).map((text) => ({ file: `catalog:${template.id}`, line: 0, text })),
  );
}

const H = "\\p{Script=Han}";
const rule = (name: string, pattern: string) => ({ name, pattern: new RegExp(pattern, "u") });

/** Writing rules: a string breaks one when the pattern matches (after the allowed phrases are taken out). */
const RULES = [
  rule("half-width , : ; ( ) next to Chinese (use ，：；（）)", `${H}[,:;()]|[,:;()]${H}`),
  rule("half-width list separator in Chinese text (use 、 or ，)", `[,;:][ \\t]`),
  rule("space before full-width punctuation", `[ \\t\\u00a0\\u3000][，。：；、？！（）“”《》【】]`),
  rule("space after full-width punctuation", `[，。：；、？！（“《【][ \\t\\u00a0\\u3000]`),
  rule("no space between Chinese and a Latin letter or digit", `${H}[A-Za-z0-9]|[A-Za-z0-9%]${H}`),
  rule("a space between Chinese words (a compound header is one phrase)", `${H}[ \\u3000]+${H}`),
  rule("code notation a | b [| c] (say it in words)", `\\s\\|\\s|\\[\\|`),
  rule("English status OK in Chinese text (use 符合)", `\\bOK\\b`),
];

/**
 * The glossary's "not" words. Exceptions, each for a reason: 分值 inside 对应分值 (the glossary's term
 * for a grade's representative points); 类别 in 岗位类别 (role family, the glossary's term); 表格 in
 * Google 表格 (the product's Chinese name) and Excel 表格 (Excel's own word for a table object); JSON
 * in “JSON 格式” (the file format named as such); words inside 《…》, the titles of the manuals' own
 * forms quoted as they are (《月度日常工作考评表》). 评估 is allowed: the glossary forbids it only
 * alone as the word for the appraisal, and the manuals use it as a verb (评估推广效果).
 */
const NOT_WORDS: { word: RegExp; use: string; allowed?: RegExp }[] = [
  { word: /种子/u, use: "原手册" },
  { word: /考评/u, use: "绩效考核 / 考核" },
  { word: /指标项/u, use: "考核项目 / 指标" },
  { word: /类别/u, use: "考核维度", allowed: /岗位类别/gu },
  { word: /比重/u, use: "权重" },
  { word: /分值/u, use: "得分", allowed: /对应分值/gu },
  { word: /代表分/u, use: "对应分值" },
  { word: /档次|级别/u, use: "绩效等级 / 等级" },
  { word: /评分规则/u, use: "等级标准" },
  { word: /分布规则|目标分布/u, use: "分布比例 / 目标占比" },
  { word: /评分者/u, use: "评价人" },
  { word: /年末/u, use: "年度" },
  { word: /归一化/u, use: "校准后得分" },
  { word: /表格自带公式/u, use: "Excel 内置函数" },
  { word: /输入提示/u, use: "输入信息" },
  { word: /表格/u, use: "工作表", allowed: /(Google|Excel) 表格/gu },
  { word: /JSON/u, use: "模板文件", allowed: /JSON 格式/gu },
];

interface Finding {
  where: string;
  text: string;
  problem: string;
}

/**
 * A string is Chinese when it has at least as many Chinese characters as Latin words: an English
 * message that names a Chinese header ("a header such as Grade or 等级") is English.
 */
const isChinese = (text: string) =>
  (text.match(/\p{Script=Han}/gu) ?? []).length >= (text.match(/[A-Za-z]+/g) ?? []).length;

function check(texts: readonly Text[]): Finding[] {
  return texts
    .filter(({ text }) => isChinese(text))
    .flatMap(({ file, line, text }) => {
      const where = line ? `${relative(ROOT, join(ROOT, file))}:${line}` : file;
      const shown = text.replaceAll(SLOT, "${…}");
      const problems = RULES.filter((r) => r.pattern.test(text)).map((r) => r.name);
      const unquoted = text.replace(/《[^》]*》/gu, SLOT);
      for (const { word, use, allowed } of NOT_WORDS) {
        const rest = allowed ? unquoted.replace(allowed, SLOT) : unquoted;
        const found = word.exec(rest);
        if (found) problems.push(`“${found[0]}”: the glossary says ${use}`);
      }
      return problems.map((problem) => ({ where, text: shown, problem }));
    });
}

const report = (findings: Finding[]) => findings.map((f) => `${f.where}  «${f.text}»  ${f.problem}`);

const scanned: Text[] = [
  ...SOURCES.flatMap(sourceTexts),
  ...jsonTexts("functions/locales/zh-CN.json"),
  ...markdownTexts("README.zh-CN.md"),
];

describe("Chinese text a user reads", () => {
  test("the scan finds the Chinese of every file that has some", () => {
    const counts = new Map<string, number>();
    for (const { file } of scanned) counts.set(file, (counts.get(file) ?? 0) + 1);
    expect(MUST_HAVE_CHINESE.filter((file) => !counts.get(file))).toEqual([]);
    expect(scanned.length).toBeGreaterThan(500);
  });

  test("follows the writing rules and the glossary's terms", () => {
    expect(report(check(scanned))).toEqual([]);
  });

  test("the catalog's assembled texts follow them too", () => {
    const texts = catalogTexts();
    expect(texts.length).toBeGreaterThan(300);
    expect(report(check(texts))).toEqual([]);
  });

  test("function help starts with a verb, as Excel's own Chinese help does", () => {
    const help = JSON.parse(readFileSync(join(ROOT, "functions/locales/zh-CN.json"), "utf8")) as Record<
      string,
      { description: string }
    >;
    const notVerbs = Object.entries(help).filter(
      ([, entry]) => !/^(返回|计算|统计|查找|根据)/u.test(entry.description),
    );
    expect(notVerbs).toEqual([]);
  });

  test("each rule catches what it is meant to", () => {
    const bad: [string, string][] = [
      ["考核周期:月度", "half-width , : ; ( )"],
      ["请输入等级：A, B, C, D", "half-width list separator"],
      ["第 2 项 ，权重", "space before full-width"],
      ["得分， 权重", "space after full-width"],
      ["第2项", "no space between Chinese and a Latin"],
      ["工作业绩指标 得分", "a space between Chinese words"],
      ["等级 | 下限 [| 代表分]", "code notation"],
      ["状态：OK", "English status OK"],
      ["种子手册", "“种子”"],
      ["类别权重", "“类别”"],
      ["代表分", "“代表分”"],
      ["年度（年末）", "“年末”"],
      ["导入 JSON…", "“JSON”"],
    ];
    for (const [text, problem] of bad) {
      const found = check([{ file: "sample", line: 0, text }]).map((f) => f.problem);
      expect([text, found.some((p) => p.startsWith(problem))]).toEqual([text, true]);
    }
    const good = [
      "岗位类别",
      "对应分值",
      "Google 表格",
      "《月度日常工作考评表》",
      "第 2 个维度第 4 项：权重不能小于 0",
      "no grade column: looked for a header such as Grade or 等级, or a column of grade letters",
    ];
    for (const text of good) expect([text, check([{ file: "sample", line: 0, text }])]).toEqual([text, []]);
    // A slot stands for a value: `第 ${n} 项` is spaced right; nothing is judged across the slot.
    expect(check([{ file: "sample", line: 0, text: `第 ${SLOT} 项的得分“${SLOT}”` }])).toEqual([]);
  });
});
