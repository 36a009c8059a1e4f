/**
 * The custom functions in Google Sheets, without a namespace: =GRADE(B2:F2). Each is declared at
 * the top level of Code.js with its JSDoc (scripts/build-sheets.ts), which Sheets shows in its
 * formula help: the description and every parameter in English, then in Chinese, on one line, as
 * Sheets has one text per function whatever the language. The wording is Excel's (functions/
 * functions.ts and functions/locales/zh-CN.json). This module exports the eight functions only:
 * every export becomes a top-level function.
 */
import { sheetsFunctions } from "./sheets-values";

/**
 * Weighted score of one employee: the mean of the non-blank scores, weighted and rounded to 9 decimals. 返回一名员工的加权得分：非空得分的加权平均值，保留 9 位小数。
 * @param scores Item scores: points on the scale (0–100) or grade labels such as A or 超过目标. Blank cells are not scored. 各考核项目的得分区域：每个单元格为 0～100 的分数或等级（如 A、超过目标）；空白单元格视为未评分。
 * @param weights One weight per score (20, 0.2 or 20%), relative. Omit for equal weights. 权重区域：每个得分对应一个权重（20、0.2 或 20%），按相对大小计算；省略时各项权重相等。
 * @param scale Custom scale: rows of label | lower bound [| points [| upper bound]]. Omit for A/B/C/D. 等级标准区域：2～4 列，依次为等级、分数下限，以及可选的对应分值、分数上限；省略时使用默认的 A、B、C、D 四级。
 * @return The weighted score. 加权得分。
 * @customfunction
 */
export function SCORE(scores: unknown, weights?: unknown, scale?: unknown): number {
  return sheetsFunctions.score(scores, weights, scale);
}

/**
 * Grade of one employee: the band of the weighted score, e.g. =GRADE(B2:F2). 返回一名员工的绩效等级，即加权得分所在的等级，如 =GRADE(B2:F2)。
 * @param scores Item scores: points on the scale (0–100) or grade labels. Blank cells are not scored. 各考核项目的得分区域：每个单元格为 0～100 的分数或等级；空白单元格视为未评分。
 * @param weights One weight per score (20, 0.2 or 20%), relative. Omit for equal weights. 权重区域：每个得分对应一个权重（20、0.2 或 20%），按相对大小计算；省略时各项权重相等。
 * @param scale Custom scale: rows of label | lower bound [| points [| upper bound]]. Omit for A/B/C/D. 等级标准区域：2～4 列，依次为等级、分数下限，以及可选的对应分值、分数上限；省略时使用默认的 A、B、C、D 四级。
 * @return The grade label. 等级。
 * @customfunction
 */
export function GRADE(scores: unknown, weights?: unknown, scale?: unknown): string {
  return sheetsFunctions.grade(scores, weights, scale);
}

/**
 * The grade whose band contains a score. 返回分数所在的等级。
 * @param score A score on the scale (0–100 by default). 要评定等级的分数（默认为 0～100）。
 * @param scale Custom scale: rows of label | lower bound [| points [| upper bound]]. Omit for A/B/C/D. 等级标准区域：2～4 列，依次为等级、分数下限，以及可选的对应分值、分数上限；省略时使用默认的 A、B、C、D 四级。
 * @return The grade label. 等级。
 * @customfunction
 */
export function BAND(score: unknown, scale?: unknown): string {
  return sheetsFunctions.band(score, scale);
}

/**
 * Grades of a whole block, one per row (one employee per row), spilled as a column. A blank row gives an empty cell; a bad row gives an error in its own cell only. 返回每行一名员工的绩效等级，结果向下溢出为一列；空白行返回空白，某行有误时只在该行显示错误值。
 * @param scores Block of item scores, one row per employee. 得分区域：每行一名员工，每列一个考核项目。
 * @param weights One weight per column (20, 0.2 or 20%), relative. Omit for equal weights. 权重区域：每列一个权重（20、0.2 或 20%），按相对大小计算；省略时各项权重相等。
 * @param scale Custom scale: rows of label | lower bound [| points [| upper bound]]. Omit for A/B/C/D. 等级标准区域：2～4 列，依次为等级、分数下限，以及可选的对应分值、分数上限；省略时使用默认的 A、B、C、D 四级。
 * @return One grade per row. 每行一个等级。
 * @customfunction
 */
export function GRADES(scores: unknown, weights?: unknown, scale?: unknown): string[][] {
  return sheetsFunctions.grades(scores, weights, scale);
}

/**
 * Points for one KPI: achievement against target, gated by a floor and capped, times 100. 返回单项 KPI 的得分：按实际值与目标值计算达成率，低于门槛得 0 分，高于封顶按封顶计算，再乘以 100。
 * @param actual The actual value. 指标的实际值，如本月的实际销售额。
 * @param target The target value. 指标的目标值。
 * @param direction "higher" (default, 越高越好) or "lower" (越低越好) is better. 指标方向："越高越好"（默认，也可写 "higher"）或 "越低越好"（也可写 "lower"）。
 * @param floor Achievement below this earns 0 points, e.g. 0.6 or "60%". Default 0. 达成率门槛：达成率低于此值时得 0 分，如 0.6 或 "60%"；默认为 0。
 * @param cap Achievement above this counts as the cap, e.g. 1.2 or "120%". Default 1 (100%). 达成率封顶：达成率高于此值时按此值计算，如 1.2 或 "120%"；默认为 1（100%）。
 * @return KPI points. KPI 得分。
 * @customfunction
 */
export function KPISCORE(
  actual: unknown,
  target: unknown,
  direction?: unknown,
  floor?: unknown,
  cap?: unknown,
): number {
  return sheetsFunctions.kpiScore(actual, target, direction, floor, cap);
}

/**
 * Points for a KPI scored by a step table: the points of the highest threshold the value reaches (lower is better: the lowest threshold it stays within), 0 when it reaches none. 计算按分档计分的 KPI 得分：实际值达到的最高一档的得分（越低越好时为不超过的最低一档），一档都未达到得 0 分。
 * @param value The actual value, e.g. 0.95, "95%" or 3 (complaints). 实际值，如 0.95、"95%" 或 3（投诉次数）。
 * @param steps Step table: 2 columns, threshold and points (0–100), one row per step, in any order. 分档计分表区域：2 列，依次为分档值和得分（0～100），每行一档，顺序不限。
 * @param direction "higher" (default, 越高越好): a value at or above a threshold earns its points; "lower" (越低越好): at or below. "higher"（默认，越高越好）：达到分档值即得该档得分；"lower"（越低越好）：不超过分档值即得该档得分。
 * @return KPI points. KPI 得分。
 * @customfunction
 */
export function KPISTEP(value: unknown, steps: unknown, direction?: unknown): number {
  return sheetsFunctions.kpiStep(value, steps, direction);
}

/**
 * Calibrated scores, one per row, spilled as a column: each rater's scores re-expressed on the mean and spread of all scores. A blank score gives an empty cell; a bad row gives an error in its own cell only. 返回校准后得分，每行一个，向下溢出为一列：把每位评价人的得分换算到全体得分的平均值和离散程度上。空白得分返回空单元格；某行有误时只在该行显示错误。
 * @param scores The scores, one column: points on the scale (0–100) or grade labels. 得分区域：一列，等级标准内的分数（0～100）或等级名称。
 * @param raters Who gave each score, one column of the same rows. 评价人区域：一列，与得分逐行对应。
 * @param min_ratings A rater with fewer scores than this keeps them as they are. Default 3. 评分数少于此值的评价人，其得分保持不变。默认 3。
 * @param scale Custom scale: rows of label | lower bound [| points [| upper bound]]; results stay within its range. Omit for A/B/C/D. 自定义等级标准区域：2～4 列，依次为等级、分数下限、对应分值、分数上限；结果不超出其分数范围。省略时使用 A/B/C/D。
 * @return One calibrated score per row. 每行一个校准后得分。
 * @customfunction
 */
export function NORMALIZE(
  scores: unknown,
  raters: unknown,
  min_ratings?: unknown,
  scale?: unknown,
): (number | string)[][] {
  return sheetsFunctions.normalize(scores, raters, min_ratings, scale);
}

/**
 * Forced-distribution table of a column of grades: count, actual and target share, target count (largest remainder), difference and status per grade. 返回一列等级的强制分布表：每个等级的实际人数、实际占比、目标占比、目标人数（最大余数法）、差异和状态。
 * @param grades The grades to count; blank cells are not counted. 要统计的等级区域；空白单元格不计入。
 * @param policy Target shares: rows of grade | share (45% or 0.45). Omit for A 45%, B 30%, C 20%, D 5%. 分布比例区域：2 列，依次为等级、目标占比（45% 或 0.45）；省略时为 A 45%、B 30%、C 20%、D 5%。
 * @param scale Custom scale whose grades are counted: rows of label | lower bound [| points [| upper bound]]. Omit for A/B/C/D. 要统计的等级所用的等级标准区域：2～4 列，依次为等级、分数下限，以及可选的对应分值、分数上限；省略时使用默认的 A、B、C、D 四级。
 * @return A table with a header row and one row per grade. 强制分布表：一行表头，每个等级一行。
 * @customfunction
 */
export function DISTRIBUTION(grades: unknown, policy?: unknown, scale?: unknown): (string | number)[][] {
  return sheetsFunctions.distribution(grades, policy, scale);
}
