/**
 * Every message the core can show, in English and Simplified Chinese.
 * One entry per problem; the parameters are filled in by HrError.
 */
export type Language = "en" | "zh";

type Params = Record<string, string | number>;
type Text = (p: Params) => string;

const define = <K extends string>(table: Record<K, { en: Text; zh: Text }>) => table;

/** The numbers of a scale row, by the `field` a scale message names. */
const SCALE_FIELDS = {
  lower: { en: "lower bound", zh: "分数下限" },
  points: { en: "points", zh: "对应分值" },
  upper: { en: "upper bound", zh: "分数上限" },
} as Record<string, { en: string; zh: string }>;

export const messages = define({
  // Reading scores and weights
  scoreNotNumber: {
    en: (p) => `Score '${p.value}' at item ${p.item} is not a number or grade`,
    zh: (p) => `第 ${p.item} 项的得分“${p.value}”不是数字或等级`,
  },
  scorePercent: {
    en: (p) => `Score '${p.value}' at item ${p.item} is a percentage: enter points (${p.min}–${p.max})`,
    zh: (p) => `第 ${p.item} 项的得分“${p.value}”是百分比，请输入 ${p.min}～${p.max} 的分数`,
  },
  scoreOutOfRange: {
    en: (p) => `Score ${p.value} at item ${p.item} is outside the scale's range ${p.min}–${p.max}`,
    zh: (p) => `第 ${p.item} 项的得分 ${p.value} 超出等级标准的范围（${p.min}～${p.max}）`,
  },
  gradeWithoutPoints: {
    en: (p) => `Grade '${p.value}' at item ${p.item} has no representative points in the scale`,
    zh: (p) => `第 ${p.item} 项的等级“${p.value}”在等级标准中没有对应分值`,
  },
  weightNotNumber: {
    en: (p) => `Weight '${p.value}' at item ${p.item} is not a number`,
    zh: (p) => `第 ${p.item} 项的权重“${p.value}”不是数字`,
  },
  weightNegative: {
    en: (p) => `Weight ${p.value} at item ${p.item} is negative`,
    zh: (p) => `第 ${p.item} 项的权重 ${p.value} 是负数`,
  },
  weightBlank: {
    en: (p) => `Weight at item ${p.item} is blank but the item has a score`,
    zh: (p) => `第 ${p.item} 项已有得分，但权重为空`,
  },
  weightCount: {
    en: (p) => `${p.scores} scores but ${p.weights} weights: give one weight per score`,
    zh: (p) => `有 ${p.scores} 个得分却有 ${p.weights} 个权重：每个得分需要一个权重`,
  },
  noScores: {
    en: () => `No scores entered`,
    zh: () => `尚未输入得分`,
  },
  zeroWeights: {
    en: () => `The weights of the scored items add up to 0`,
    zh: () => `已评分项目的权重之和为 0`,
  },
  // Banding a single score
  noScore: {
    en: () => `No score to grade`,
    zh: () => `没有可评定等级的得分`,
  },
  bandNotNumber: {
    en: (p) => `Score '${p.value}' is not a number or grade`,
    zh: (p) => `得分“${p.value}”不是数字或等级`,
  },
  bandOutOfRange: {
    en: (p) => `Score ${p.value} is outside the scale's range ${p.min}–${p.max}`,
    zh: (p) => `得分 ${p.value} 超出等级标准的范围（${p.min}～${p.max}）`,
  },
  // Custom scales
  scaleEmpty: {
    en: () => `The scale is empty: give rows of label | lower bound [| points]`,
    zh: () => `等级标准区域为空：请选择 2～4 列的区域，依次为等级、分数下限，以及可选的对应分值、分数上限`,
  },
  scaleColumns: {
    en: () => `The scale needs at least 2 columns: label | lower bound [| points [| upper bound]]`,
    zh: () => `等级标准区域至少需要 2 列：依次为等级、分数下限，还可再加对应分值和分数上限`,
  },
  scaleLabelBlank: {
    en: (p) => `Scale row ${p.row}: the label is blank`,
    zh: (p) => `等级标准第 ${p.row} 行：等级名称为空`,
  },
  scaleNotNumber: {
    en: (p) => `Scale row ${p.row}: ${SCALE_FIELDS[p.field].en} '${p.value}' is not a number`,
    zh: (p) => `等级标准第 ${p.row} 行：${SCALE_FIELDS[p.field].zh}“${p.value}”不是数字`,
  },
  scaleDuplicateLabel: {
    en: (p) => `Scale: the label '${p.value}' appears twice`,
    zh: (p) => `等级标准：等级“${p.value}”出现了两次`,
  },
  scaleDuplicateBound: {
    en: (p) => `Scale: two grades have the lower bound ${p.value}`,
    zh: (p) => `等级标准：有两个等级的分数下限都是 ${p.value}`,
  },
  scalePointsOutsideBand: {
    en: (p) => `Scale row ${p.row}: points ${p.value} lie outside the band of '${p.label}'`,
    zh: (p) => `等级标准第 ${p.row} 行：对应分值 ${p.value} 不在“${p.label}”的分数区间内`,
  },
  scaleMaxBelowTop: {
    en: (p) => `Scale: the max ${p.max} is not above the top lower bound ${p.lower}`,
    zh: (p) => `等级标准：分数上限 ${p.max} 不高于最高等级的分数下限 ${p.lower}`,
  },
  // KPI points
  kpiNoActual: {
    en: () => `No actual value entered`,
    zh: () => `尚未输入实际值`,
  },
  kpiNoTarget: {
    en: () => `No target entered`,
    zh: () => `尚未输入目标值`,
  },
  kpiNotNumber: {
    en: (p) => `${p.field === "actual" ? "Actual" : "Target"} '${p.value}' is not a number`,
    zh: (p) => `${p.field === "actual" ? "实际值" : "目标值"}“${p.value}”不是数字`,
  },
  kpiTargetNotPositive: {
    en: (p) => `Target ${p.value} must be greater than 0 for a higher-is-better KPI`,
    zh: (p) => `越高越好的指标，目标值 ${p.value} 必须大于 0`,
  },
  kpiTargetZero: {
    en: () =>
      `Target is 0: a lower-is-better KPI with a zero target needs step scoring (e.g. points off per unit), not a ratio`,
    zh: () => `目标值为 0：越低越好且目标值为 0 的指标不能按比例计算，请改用分档计分（如每发生一次扣若干分）`,
  },
  kpiDirection: {
    en: (p) => `Direction '${p.value}' is not "higher" or "lower"`,
    zh: (p) => `指标方向“${p.value}”无效，应为“越高越好”或“越低越好”`,
  },
  kpiLimitNotNumber: {
    en: (p) => `${p.field === "floor" ? "Floor" : "Cap"} '${p.value}' is not a number or percentage`,
    zh: (p) => `${p.field === "floor" ? "达成率门槛" : "达成率封顶"}“${p.value}”不是数字或百分比`,
  },
  kpiCapNotPositive: {
    en: (p) => `Cap ${p.value} must be greater than 0`,
    zh: (p) => `达成率封顶 ${p.value} 必须大于 0`,
  },
  kpiFloorRange: {
    en: (p) => `Floor ${p.floor} must lie between 0 and the cap ${p.cap} (write 60% as 0.6 or "60%")`,
    zh: (p) => `达成率门槛 ${p.floor} 必须在 0 与达成率封顶 ${p.cap} 之间（60% 请写作 0.6 或 "60%"）`,
  },
  // Distribution
  notAGrade: {
    en: (p) => `'${p.value}' at item ${p.item} is not a grade of the scale`,
    zh: (p) => `第 ${p.item} 项的“${p.value}”不是等级标准中的等级`,
  },
  noGrades: {
    en: () => `No grades entered`,
    zh: () => `尚未输入等级`,
  },
  policyNeeded: {
    en: () => `With a custom scale, give the policy too: rows of grade | target share`,
    zh: () => `使用自定义等级标准时，请同时选择分布比例区域：2 列，依次为等级、目标占比`,
  },
  policyColumns: {
    en: () => `The policy needs 2 columns: grade | target share`,
    zh: () => `分布比例区域需要 2 列：依次为等级、目标占比`,
  },
  policyEmpty: {
    en: () => `The policy is empty: give rows of grade | target share`,
    zh: () => `分布比例区域为空：请选择 2 列的区域，依次为等级、目标占比`,
  },
  policyUnknownGrade: {
    en: (p) => `Policy row ${p.row}: '${p.value}' is not a grade of the scale (pass the scale as the last argument)`,
    zh: (p) => `分布比例第 ${p.row} 行：“${p.value}”不是等级标准中的等级（请把等级标准区域作为最后一个参数）`,
  },
  policyDuplicateGrade: {
    en: (p) => `Policy: the grade '${p.value}' appears twice`,
    zh: (p) => `分布比例：等级“${p.value}”出现了两次`,
  },
  policyShareNotNumber: {
    en: (p) => `Policy row ${p.row}: share '${p.value}' is not a number or percentage`,
    zh: (p) => `分布比例第 ${p.row} 行：目标占比“${p.value}”不是数字或百分比`,
  },
  policyShareNegative: {
    en: (p) => `Policy row ${p.row}: share ${p.value} is negative`,
    zh: (p) => `分布比例第 ${p.row} 行：目标占比 ${p.value} 是负数`,
  },
  policySum: {
    en: (p) => `Policy shares add up to ${p.sum}%, not 100%`,
    zh: (p) => `分布比例合计为 ${p.sum}%，不是 100%`,
  },
  // Step tables (HR.KPISTEP)
  stepsColumns: {
    en: (p) => `The step table needs 2 columns (threshold, points), not ${p.columns}`,
    zh: (p) => `分档计分表需要 2 列（分档值、得分），当前为 ${p.columns} 列`,
  },
  stepsEmpty: {
    en: () => `The step table is empty: give rows of threshold and points`,
    zh: () => `分档计分表为空：请在每行填写分档值和得分`,
  },
  stepBlank: {
    en: (p) => `Step table row ${p.row}: the ${p.field === "threshold" ? "threshold" : "points"} cell is blank`,
    zh: (p) => `分档计分表第 ${p.row} 行：${p.field === "threshold" ? "分档值" : "得分"}为空`,
  },
  stepThresholdNotNumber: {
    en: (p) => `Step table row ${p.row}: threshold '${p.value}' is not a number`,
    zh: (p) => `分档计分表第 ${p.row} 行：分档值“${p.value}”不是数字`,
  },
  stepPoints: {
    en: (p) => `Step table row ${p.row}: points '${p.value}' must be a number from 0 to 100`,
    zh: (p) => `分档计分表第 ${p.row} 行：得分“${p.value}”须为 0～100 的数字`,
  },
  stepDuplicateThreshold: {
    en: (p) => `Step table rows ${p.first} and ${p.row} have the same threshold ${p.value}`,
    zh: (p) => `分档计分表第 ${p.first} 行与第 ${p.row} 行的分档值相同（${p.value}）`,
  },
  // Rater calibration (HR.NORMALIZE)
  normalizeColumns: {
    en: (p) => `${p.field === "scores" ? "Scores" : "Raters"} must be one column, not ${p.columns}`,
    zh: (p) => `${p.field === "scores" ? "得分" : "评价人"}须为一列，当前为 ${p.columns} 列`,
  },
  normalizeRowCount: {
    en: (p) => `${p.scores} scores but ${p.raters} raters: select two columns of the same rows`,
    zh: (p) => `得分有 ${p.scores} 行，评价人却有 ${p.raters} 行：请选择行数相同的两列`,
  },
  normalizeNoRater: {
    en: (p) => `The score at row ${p.row} has no rater`,
    zh: (p) => `第 ${p.row} 行有得分，但评价人为空`,
  },
  normalizeMinRatings: {
    en: (p) => `min_ratings '${p.value}' must be a whole number of at least 1`,
    zh: (p) => `最少评分数“${p.value}”须为不小于 1 的整数`,
  },
  // Values a host passes that no reader takes: Google Sheets hands date cells over as dates
  dateAtItem: {
    en: (p) => `Item ${p.item} is a date, not a number, score or grade: format its cell as Number or Plain text`,
    zh: (p) => `第 ${p.item} 项是日期，不是数字、得分或等级：请将其单元格的格式设为“数字”或“纯文本”`,
  },
  dateValue: {
    en: () => `The value is a date, not a number, score or grade: format its cell as Number or Plain text`,
    zh: () => `该值是日期，不是数字、得分或等级：请将其单元格的格式设为“数字”或“纯文本”`,
  },
});

export type MessageKey = keyof typeof messages;

/** Column headings of the distribution table (HR.DISTRIBUTION's header row). */
export const DISTRIBUTION_HEADER: Record<Language, readonly string[]> = {
  en: ["Grade", "Count", "Actual %", "Target %", "Target count", "Difference", "Status"],
  zh: ["等级", "实际人数", "实际占比", "目标占比", "目标人数", "差异", "状态"],
};

/**
 * The status column of the distribution table, from Difference (count − target count): OK / +2 / -1,
 * in Chinese 符合 / 多 2 人 / 少 1 人. A formula that tests the result should test Difference.
 */
export const DISTRIBUTION_STATUS: Record<Language, (difference: number) => string> = {
  en: (difference) => (difference === 0 ? "OK" : difference > 0 ? `+${difference}` : String(difference)),
  zh: (difference) => (difference === 0 ? "符合" : difference > 0 ? `多 ${difference} 人` : `少 ${-difference} 人`),
};
export type MessageParams = Params;

/** "zh" for any Chinese locale tag (zh, zh-CN, zh-Hans, zh-TW…), "en" otherwise. */
export function languageOf(locale: string | undefined | null): Language {
  return locale && /^zh\b/i.test(locale) ? "zh" : "en";
}
