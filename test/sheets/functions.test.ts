/**
 * The custom functions of the built dist-sheets/Code.js, loaded as Apps Script loads it (a fresh JS
 * context with only a SpreadsheetApp stand-in) and called with arguments shaped as Sheets passes
 * them: a range as a 2-D array, a single cell as its value, a blank cell as "", an omitted argument
 * as undefined, a date as a Date. The cases are the Excel bundle's (test/functions/bundle.test.ts);
 * what Sheets does differently is DOMAIN §7: errors are thrown as "#KIND message", a spilled bad
 * row holds that text, dates are refused, messages follow the spreadsheet's locale.
 */
import { readFileSync } from "fs";
import { join } from "path";
import ts from "typescript";
import vm from "vm";
import {
  DEFAULT_SCALE,
  gradeOf,
  kpiPoints,
  kpiStep,
  normalizeScores,
  readKpiRule,
  readSteps,
  weightedScore,
} from "../../src";
import type { SheetsFunction } from "../support/sheets-engine";
import { CODE_JS, loadWithLocale } from "./load-code";

const CUSTOM_FUNCTIONS = ["SCORE", "GRADE", "BAND", "GRADES", "KPISCORE", "KPISTEP", "NORMALIZE", "DISTRIBUTION"];
const row = (...cells: unknown[]) => [cells];
const column = (...cells: unknown[]) => cells.map((cell) => [cell]);

/** What a call threw, as Sheets would show it: the message of an Error (from Code.js's own realm). */
function thrown(fn: SheetsFunction, ...args: unknown[]): string {
  try {
    fn(...args);
  } catch (error) {
    expect(Object.prototype.toString.call(error)).toBe("[object Error]");
    return (error as Error).message;
  }
  throw new Error("the call returned instead of throwing");
}

describe("Code.js declares the custom functions for Sheets' formula help", () => {
  const code = readFileSync(CODE_JS, "utf8");
  const tree = ts.createSourceFile("Code.js", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const declared = new Map(tree.statements.filter(ts.isFunctionDeclaration).map((fn) => [fn.name!.text, fn] as const));

  /** Excel's help for the same function: the JSDoc of functions/functions.ts and functions/locales/zh-CN.json. */
  const excelSource = ts.createSourceFile(
    "functions.ts",
    readFileSync(join(__dirname, "..", "..", "functions", "functions.ts"), "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const chinese = JSON.parse(
    readFileSync(join(__dirname, "..", "..", "functions", "locales", "zh-CN.json"), "utf8"),
  ) as Record<string, { description: string; parameters: Record<string, string> }>;
  const text = (comment: string | ts.NodeArray<ts.JSDocComment> | undefined) => ts.getTextOfJSDocComment(comment) ?? "";
  const help = (fn: ts.FunctionDeclaration) => {
    const tags = ts.getJSDocTags(fn);
    return {
      description: text((ts.getJSDocCommentsAndTags(fn)[0] as ts.JSDoc).comment),
      parameters: Object.fromEntries(
        tags.filter(ts.isJSDocParameterTag).map((tag) => [tag.name.getText(), text(tag.comment)]),
      ),
      returns: text(tags.find(ts.isJSDocReturnTag)?.comment),
      customFunction: tags.find((tag) => tag.tagName.text === "customfunction"),
    };
  };
  const excel = new Map(
    excelSource.statements.filter(ts.isFunctionDeclaration).map((fn) => {
      const found = help(fn);
      return [text(found.customFunction!.comment), found] as const;
    }),
  );
  const withoutNamespace = (words: string) => words.replace(/HR\./g, "");

  test.each(CUSTOM_FUNCTIONS)("%s is a top-level function declaration marked @customfunction", (name) => {
    const fn = declared.get(name);
    expect(fn).toBeDefined();
    expect(help(fn!).customFunction).toBeDefined();
  });

  test.each(CUSTOM_FUNCTIONS)("%s: one line in English then Chinese, in Excel's words, every parameter too", (name) => {
    const fn = declared.get(name)!;
    const sheets = help(fn);
    const { description, parameters, returns } = excel.get(name)!;
    const doc = code.slice(fn.getFullStart(), fn.getStart());
    expect(doc.slice(0, doc.indexOf(" * @")).trim().split("\n")).toEqual(["/**", expect.stringMatching(/^ \* \S/)]);
    expect(sheets.description).toBe(withoutNamespace(`${description} ${chinese[name].description}`));
    expect(fn.parameters.map((p) => p.name.getText())).toEqual(Object.keys(parameters));
    expect(sheets.parameters).toEqual(
      Object.fromEntries(
        Object.entries(parameters).map(([parameter, english]) => [
          parameter,
          `${english} ${chinese[name].parameters[parameter]}`,
        ]),
      ),
    );
    // the result in Excel's words, then in Chinese
    const chineseReturns = sheets.returns.slice(returns.length + 1);
    expect(sheets.returns).toBe(`${returns} ${chineseReturns}`);
    expect(chineseReturns).toMatch(/\p{Script=Han}/u);
  });
});

describe("the context Code.js runs in", () => {
  test("gains no globals but its top-level declarations, even after every function ran", () => {
    const code = readFileSync(CODE_JS, "utf8");
    const tree = ts.createSourceFile("Code.js", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    const functions = tree.statements.filter(ts.isFunctionDeclaration).map((fn) => fn.name!.text);
    const variables = tree.statements
      .filter(ts.isVariableStatement)
      .flatMap((statement) => statement.declarationList.declarations.map((d) => d.name.getText()));
    expect(variables).toHaveLength(1); // the bundle's one closure, which the top-level functions call into
    const { context, fn } = loadWithLocale("en_US");
    const expected = ["SpreadsheetApp", ...functions, ...variables].sort();
    expect(Object.keys(context).sort()).toEqual(expected);
    fn("GRADES")([[90], ["abc"]]);
    fn("DISTRIBUTION")(column("A", "B"));
    thrown(fn("SCORE"), row("abc"));
    expect(Object.keys(context).sort()).toEqual(expected);
  });
});

describe("DOMAIN §3 through Code.js, with Sheets' arguments", () => {
  const { context, fn } = loadWithLocale("en_US");
  /** A Date of Code.js's own realm, as Apps Script passes a date cell. */
  const date = vm.runInContext("new Date(1900, 2, 30)", context) as Date;

  test("SCORE and GRADE", () => {
    expect(fn("SCORE")(row(90, 80, 70, 60, 100))).toBe(80);
    expect(fn("GRADE")(row(90, 80, 70, 60, 100))).toBe("B");
    expect(fn("GRADE")(row(90, 90, 90, 90, 90), row(0.1, 0.2, 0.3, 0.2, 0.2))).toBe("A");
    expect(fn("SCORE")(row(90, 89.2))).toBe(89.6);
    expect(fn("GRADE")(row(90, 89.2))).toBe("B");
    expect(fn("GRADE")(row("９０", "超过目标", "", " "))).toBe("A");
    expect(fn("SCORE")(row(100, 50), [[3], [1]])).toBe(87.5);
    expect(fn("SCORE")(row(100, 50), row("75%", "25%"))).toBe(87.5);
    // a cell formatted as a percentage arrives as its number
    expect(fn("SCORE")(row(100, 50), row(0.75, 0.25))).toBe(87.5);
  });

  test('a single cell arrives as its value, a blank one as "", an omitted argument as undefined', () => {
    expect(fn("GRADE")(90)).toBe("A");
    expect(fn("SCORE")(85, 20)).toBe(85);
    expect(fn("SCORE")(row(100, 50), "")).toBe(75); // a blank weights cell: equal weights
    expect(fn("GRADES")(90)).toEqual([["A"]]);
    // a one-cell array (an array literal {90}) where one value is expected is that value
    expect(fn("BAND")([[90]])).toBe("A");
    expect(fn("KPISCORE")([[90]], 100)).toBe(90);
    expect(thrown(fn("GRADE"), "")).toBe("#N/A No scores entered");
    expect(thrown(fn("GRADE"))).toBe("#N/A No scores entered");
    expect(thrown(fn("BAND"))).toBe("#N/A No score to grade");
    expect(thrown(fn("KPISTEP"), 1, 5)).toBe("#VALUE! The step table needs 2 columns (threshold, points), not 1");
  });

  test("errors are thrown with their kind first, then Excel's message", () => {
    expect(thrown(fn("SCORE"), row(90, 80, "abc"))).toBe("#VALUE! Score 'abc' at item 3 is not a number or grade");
    expect(thrown(fn("GRADE"), row("", "", " "))).toBe("#N/A No scores entered");
    expect(thrown(fn("SCORE"), row(90, 80), row(0, 0))).toBe("#DIV/0! The weights of the scored items add up to 0");
    expect(thrown(fn("BAND"), 101)).toBe("#VALUE! Score 101 is outside the scale's range 0–100");
    expect(thrown(fn("BAND"), "")).toBe("#N/A No score to grade");
    expect(thrown(fn("SCORE"), row(true, 90))).toBe("#VALUE! Score 'TRUE' at item 1 is not a number or grade");
  });

  test("BAND at the boundaries", () => {
    expect([59.99, 60, 79.99, 80, 89.6, 90, 100].map((s) => fn("BAND")(s))).toEqual([
      "D",
      "C",
      "C",
      "B",
      "B",
      "A",
      "A",
    ]);
  });

  test("a custom scale as a range argument, after weights left out or blank", () => {
    const scale = [
      ["优秀", 90, 95],
      ["良好", 75, 80],
      ["合格", 60, 65],
      ["不合格", 0, 30],
    ];
    expect(fn("GRADE")(row(80, 70), undefined, scale)).toBe("良好");
    expect(fn("GRADE")(row(80, 70), "", scale)).toBe("良好");
    expect(fn("BAND")(74.9, scale)).toBe("合格");
  });

  test("GRADES spills one grade per row; a bad row holds its error text, the others still spill", () => {
    const result = fn("GRADES")([
      [90, 95],
      ["", ""],
      [70, "abc"],
      [60, 65],
    ]);
    expect(result).toEqual([["A"], [""], ["#VALUE! Score 'abc' at item 2 is not a number or grade"], ["C"]]);
    expect(thrown(fn("GRADES"), [[90, 95]], row(1, 2, 3))).toBe(
      "#VALUE! 2 scores but 3 weights: give one weight per score",
    );
  });

  test("KPISCORE", () => {
    const kpi = fn("KPISCORE");
    expect(kpi(90, 100)).toBe(90);
    expect(kpi(12, 10, "lower")).toBe(80);
    expect(kpi(12, 10, "越低越好")).toBe(80);
    expect(kpi(59, 100, undefined, "60%")).toBe(0);
    expect(kpi(59, 100, "", 0.6)).toBe(0);
    expect(kpi(130, 100, undefined, undefined, 1.2)).toBe(120);
    expect(thrown(kpi, 5, 0, "lower")).toBe(
      "#VALUE! Target is 0: a lower-is-better KPI with a zero target needs step scoring (e.g. points off per unit), not a ratio",
    );
    expect(thrown(kpi, "", 100)).toBe("#N/A No actual value entered");
  });

  test("KPISTEP: the contract's examples", () => {
    const step = fn("KPISTEP");
    const higher = [
      ["80%", 60],
      [0.9, 80],
      ["100%", 100],
    ];
    expect([0.95, 1.2, 0.7].map((value) => step(value, higher))).toEqual([80, 100, 0]);
    const lower = [
      [30, 100],
      [60, 80],
      [120, 60],
    ];
    expect([45, 20, 200].map((value) => step(value, lower, "lower"))).toEqual([80, 100, 0]);
    const complaints = [
      [0, 100],
      [2, 80],
      [5, 60],
    ];
    expect([0, 3, 6].map((value) => step(value, complaints, "越低越好"))).toEqual([100, 60, 0]);
    expect(thrown(step, "", complaints, "lower")).toBe("#N/A No actual value entered");
    expect(thrown(step, 1, [[1], [2]])).toBe("#VALUE! The step table needs 2 columns (threshold, points), not 1");
    expect(
      thrown(step, 1, [
        [1, 100],
        ["100%", 80],
      ]),
    ).toBe("#VALUE! Step table rows 1 and 2 have the same threshold 1");
  });

  test("NORMALIZE spills one calibrated score per row; a bad row holds its error text", () => {
    const scores = column(90, 95, 100, "", "abc", 70, 75, 80, 60);
    const raters = column("X", "X", "X", "X", "Y", "Y", "Y", "Y", "");
    const result = fn("NORMALIZE")(scores, raters) as unknown[][];
    expect(result.map(([cell]) => (typeof cell === "number" ? Number(cell.toFixed(3)) : cell))).toEqual([
      71.771,
      85,
      98.229,
      "",
      "#VALUE! Score 'abc' at item 5 is not a number or grade",
      71.771,
      85,
      98.229,
      "#VALUE! The score at row 9 has no rater",
    ]);
    expect(thrown(fn("NORMALIZE"), [[90, 80]], "X")).toBe("#VALUE! Scores must be one column, not 2");
    expect(thrown(fn("NORMALIZE"), 90, column("X", "Y"))).toBe(
      "#VALUE! 1 scores but 2 raters: select two columns of the same rows",
    );
    expect(thrown(fn("NORMALIZE"), 90, "X", 0)).toBe("#VALUE! min_ratings '0' must be a whole number of at least 1");
    const two = fn("NORMALIZE")(column(90, 95, 100, 70, 80), column("X", "X", "X", "Y", "Y"), 2);
    expect(two).toEqual(normalizeScores([90, 95, 100, 70, 80], ["X", "X", "X", "Y", "Y"], 2).map((value) => [value]));
    expect(fn("NORMALIZE")(90, "X")).toEqual([[90]]); // one score: too few to judge, kept
  });

  test("DISTRIBUTION returns its table: header row, one row per grade, 7 people at 45/30/20/5 → 3/2/2/0", () => {
    expect(fn("DISTRIBUTION")(column("A", "A", "B", "B", "B", "C", "D", ""))).toEqual([
      ["Grade", "Count", "Actual %", "Target %", "Target count", "Difference", "Status"],
      ["A", 2, 2 / 7, 0.45, 3, -1, "-1"],
      ["B", 3, 3 / 7, 0.3, 2, 1, "+1"],
      ["C", 1, 1 / 7, 0.2, 2, -1, "-1"],
      ["D", 1, 1 / 7, 0.05, 0, 1, "+1"],
    ]);
  });

  test("DISTRIBUTION with a policy range and with a custom scale", () => {
    const policy = [
      ["A", "20%"],
      ["B", 0.5],
      ["C", "30%"],
    ];
    const table = fn("DISTRIBUTION")(row("A", "B", "B", "C"), policy) as unknown[][];
    expect(table.slice(1).map((r) => [r[0], r[4], r[6]])).toEqual([
      ["A", 1, "OK"],
      ["B", 2, "OK"],
      ["C", 1, "OK"],
      ["D", 0, "OK"],
    ]);
    const scale = [
      ["优秀", 90],
      ["合格", 60],
      ["不合格", 0],
    ];
    expect(thrown(fn("DISTRIBUTION"), "优秀", undefined, scale)).toBe(
      "#VALUE! With a custom scale, give the policy too: rows of grade | target share",
    );
    const custom = fn("DISTRIBUTION")(
      row("优秀", "合格"),
      [
        ["优秀", 50],
        ["合格", 50],
      ],
      scale,
    ) as unknown[][];
    expect(custom.map((r) => r[0])).toEqual(["Grade", "优秀", "合格", "不合格"]);
    expect(thrown(fn("DISTRIBUTION"), row("A", "Z"))).toBe("#VALUE! 'Z' at item 2 is not a grade of the scale");
  });

  test("the README's worked example", () => {
    const weights = row("20%", "20%", "30%", "15%", "15%");
    expect(fn("SCORE")(row(95, 92, "Ａ", 88, ""), weights)).toBe(93.058823529);
    expect(fn("GRADE")(row(95, 92, "Ａ", 88, ""), weights)).toBe("A");
    expect(fn("SCORE")(row(85, "达到目标", 70, 64, 80), weights)).toBe(76.6);
    expect(fn("GRADE")(row(85, "达到目标", 70, 64, 80))).toBe("C");
    expect(thrown(fn("GRADE"), row(90, "abc", 70, 60, 80))).toBe(
      "#VALUE! Score 'abc' at item 2 is not a number or grade",
    );
  });

  test("Code.js agrees with the core it was built from", () => {
    const scores = [85, "Ｂ", "", 72.5, "90"];
    expect(fn("SCORE")([scores])).toBe(weightedScore(scores, null, DEFAULT_SCALE));
    expect(fn("GRADE")([scores])).toBe(gradeOf(DEFAULT_SCALE, weightedScore(scores, null, DEFAULT_SCALE)).label);
    expect(fn("KPISCORE")(7, 9, "lower", 0.5, 1.2)).toBe(kpiPoints(7, 9, readKpiRule("lower", 0.5, 1.2)));
    const steps = [
      [2, 100],
      [8, 80],
      [24, 60],
    ];
    for (const value of [1, 2, 5, 8, 24, 25]) {
      expect(fn("KPISTEP")(value, steps, "lower")).toBe(kpiStep(value, readSteps(steps), "lower"));
    }
  });

  test("spilled results hold only text and numbers, which Sheets can show", () => {
    const spilled = [
      fn("GRADES")([[90], ["abc"], [""]]),
      fn("NORMALIZE")(column(90, "", "abc"), column("X", "X", "X")),
      fn("DISTRIBUTION")(column("A", "B")),
    ] as unknown[][][];
    for (const cell of spilled.flat(2)) expect(["string", "number"]).toContain(typeof cell);
  });

  describe("a date where a value is expected is #VALUE!", () => {
    const inCell = (item: number) =>
      `#VALUE! Item ${item} is a date, not a number, score or grade: format its cell as Number or Plain text`;
    const asValue =
      "#VALUE! The value is a date, not a number, score or grade: format its cell as Number or Plain text";

    test("in a range: a score, a weight, a step, a grade to count, a scale bound", () => {
      expect(thrown(fn("SCORE"), row(90, date, 70))).toBe(inCell(2));
      expect(thrown(fn("GRADE"), date)).toBe(inCell(1));
      expect(thrown(fn("SCORE"), row(90, 80), row(1, date))).toBe(inCell(2));
      expect(thrown(fn("KPISTEP"), 1, [[date, 100]])).toBe(inCell(1));
      expect(thrown(fn("DISTRIBUTION"), column("A", date))).toBe(inCell(2));
      expect(
        thrown(fn("BAND"), 80, [
          ["A", 90],
          ["B", date],
        ]),
      ).toBe(inCell(4));
    });

    test("as one value: a score to band, a KPI actual, a target, a floor, min_ratings", () => {
      expect(thrown(fn("BAND"), date)).toBe(asValue);
      expect(thrown(fn("KPISCORE"), date, 100)).toBe(asValue);
      expect(thrown(fn("KPISCORE"), 90, date)).toBe(asValue);
      expect(thrown(fn("KPISCORE"), 90, 100, "higher", date)).toBe(asValue);
      expect(thrown(fn("KPISTEP"), date, [[1, 100]])).toBe(asValue);
      expect(thrown(fn("NORMALIZE"), 90, "X", date)).toBe(asValue);
    });

    test("a date made in another realm is a date too", () => {
      expect(thrown(fn("BAND"), new Date(2024, 0, 5))).toBe(asValue);
    });

    test("in GRADES, only the row holding it errs", () => {
      expect(
        fn("GRADES")([
          [90, 95],
          [80, date],
          [70, 75],
        ]),
      ).toEqual([["A"], [inCell(2)], ["C"]]);
    });

    test("in NORMALIZE, only its row errs, and that row counts in no rater's statistics", () => {
      const scores = [90, 95, date, 100, 70, 75, 80];
      const raters = ["X", "X", "X", "X", "Y", "Y", "Y"];
      const result = fn("NORMALIZE")(column(...scores), column(...raters)) as unknown[][];
      const withoutRow = normalizeScores(
        scores.map((s) => (s === date ? "" : s)),
        raters,
      );
      expect(result).toEqual(withoutRow.map((value, i) => [i === 2 ? inCell(3) : value]));
      const dateRater = fn("NORMALIZE")(column(90, 95, 100), column("X", date, "X")) as unknown[][];
      expect(dateRater[1]).toEqual([inCell(2)]);
      expect(dateRater[0]).toEqual([90]); // X is left with two scores: too few to judge
    });
  });
});

describe("messages follow the spreadsheet's locale", () => {
  const zh = loadWithLocale("zh_CN");
  const zhDate = () => vm.runInContext("new Date(1900, 2, 30)", zh.context) as Date;

  test("Chinese messages, error texts and headers under zh_CN", () => {
    expect(thrown(zh.fn("SCORE"), row(90, "abc"))).toBe("#VALUE! 第 2 项的得分“abc”不是数字或等级");
    expect(thrown(zh.fn("GRADE"), "")).toBe("#N/A 尚未输入得分");
    expect(thrown(zh.fn("KPISTEP"), 1, [[1, 120]])).toBe("#VALUE! 分档计分表第 1 行：得分“120”须为 0～100 的数字");
    expect(zh.fn("NORMALIZE")(90, "")).toEqual([["#VALUE! 第 1 行有得分，但评价人为空"]]);
    expect(zh.fn("GRADES")([[90], ["abc"]])).toEqual([["A"], ["#VALUE! 第 1 项的得分“abc”不是数字或等级"]]);
    expect(thrown(zh.fn("SCORE"), row(90, zhDate()))).toBe(
      "#VALUE! 第 2 项是日期，不是数字、得分或等级：请将其单元格的格式设为“数字”或“纯文本”",
    );
    const seven = column("A", "A", "A", "B", "B", "C", "C");
    const table = zh.fn("DISTRIBUTION")(seven) as unknown[][];
    expect(table[0]).toEqual(["等级", "实际人数", "实际占比", "目标占比", "目标人数", "差异", "状态"]);
    expect(table.slice(1).map((r) => [r[0], r[5], r[6]])).toEqual([
      ["A", 0, "符合"],
      ["B", 0, "符合"],
      ["C", 0, "符合"],
      ["D", 0, "符合"],
    ]);
    const off = zh.fn("DISTRIBUTION")(column("A", "A", "A", "D")) as unknown[][];
    expect(off.slice(1).map((r) => [r[0], r[5], r[6]])).toEqual([
      ["A", 1, "多 1 人"],
      ["B", -1, "少 1 人"],
      ["C", -1, "少 1 人"],
      ["D", 1, "多 1 人"],
    ]);
  });

  test.each([
    ["zh_CN", "#N/A 尚未输入得分"],
    ["zh_TW", "#N/A 尚未输入得分"],
    ["zh_HK", "#N/A 尚未输入得分"],
    ["en_US", "#N/A No scores entered"],
    ["en_GB", "#N/A No scores entered"],
    ["fr_FR", "#N/A No scores entered"],
    [null, "#N/A No scores entered"],
  ])("locale %s: %s", (locale, message) => {
    expect(thrown(loadWithLocale(locale).fn("GRADE"), "")).toBe(message);
  });

  test("the locale is read once per call at most, and not at all by a call that needs no words", () => {
    const reads = () => zh.reads.count;
    let before = reads();
    expect(zh.fn("GRADE")(row(90, 80))).toBe("B");
    expect(zh.fn("GRADES")([[90], [80]])).toEqual([["A"], ["B"]]);
    expect(reads() - before).toBe(0);
    before = reads();
    zh.fn("GRADES")([["abc"], ["x"], [zhDate()]]);
    expect(reads() - before).toBe(1);
    before = reads();
    zh.fn("NORMALIZE")(column("abc", "x", 90), column("X", "X", ""));
    expect(reads() - before).toBe(1);
    before = reads();
    zh.fn("DISTRIBUTION")(column("A"));
    expect(reads() - before).toBe(1);
    before = reads();
    thrown(zh.fn("SCORE"), row("abc"));
    expect(reads() - before).toBe(1);
  });
});
