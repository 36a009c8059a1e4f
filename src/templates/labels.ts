/** The words a sheet plan writes, in both languages. */
import type { Language } from "../messages";
import type { Cycle, RaterRole } from "./schema";

const en = {
  title: (role: string) => `${role} appraisal form`,
  department: "Department",
  period: "Period",
  reviewer: "Reviewer",
  cycle: "Cycle",
  source: "Source",
  seedSource: (seed: string) => (seed === "custom" ? "custom template" : `manual ${seed}`),
  raters: "Raters",
  raterWeights: "Rater weights",
  itemWeights: "Item weights",
  sectionWeights: "Section weights",
  kpiDirection: "KPI direction",
  kpiFloor: "KPI floor (0 points below)",
  kpiCap: "KPI cap",
  total: "Total",
  employee: "Employee",
  employeeId: "Employee ID",
  manager: "Manager",
  kpiTarget: (item: string) => `${item} target`,
  kpiActual: (item: string) => `${item} actual`,
  kpiPoints: (item: string) => `${item} points`,
  raterScore: (item: string, rater: string) => `${item} ${rater}`,
  itemScore: (item: string) => `${item} score`,
  sectionScore: (section: string) => `${section} score`,
  finalScore: "Final score",
  grade: "Grade",
  scale: "Scale",
  scaleLabel: "Grade",
  scaleLower: "From",
  scalePoints: "Points",
  stepThreshold: "Threshold",
  stepPoints: "Points",
  stepTable: "Step table",
  stepPrompt:
    "Higher is better: a value at or above a threshold earns its points; lower is better: at or below. 0 points beyond every step.",
  stepThresholdError: "Enter a number.",
  stepPointsError: "Points must be a number from 0 to 100.",
  higher: "higher",
  lower: "lower",
  cycles: { monthly: "monthly", quarterly: "quarterly", annual: "annual (advisory distribution)" } as Record<
    Cycle,
    string
  >,
  raterNames: { self: "self", supervisor: "supervisor", peer: "peer" } as Record<RaterRole, string>,
  pointsPrompt: (min: number, max: number) => `Enter points ${min}–${max}, or leave blank if not scored.`,
  lettersPrompt: (labels: readonly string[]) => `Enter a grade: ${labels.join(", ")}. Blank = not scored.`,
  anchor: (grade: string, text: string) => `${grade}: ${text}`,
  pointsError: (min: number, max: number) => `Points must be a number from ${min} to ${max}.`,
  lettersError: (labels: readonly string[]) => `Choose one of ${labels.join(", ")}.`,
  kpiPrompt: (unit: string) => unit,
  directionError: (higher: string, lower: string) => `${higher} / ${lower}`,
  numberError: "Enter a number.",
  weightError: "Weights are percentages from 0% to 100%.",
  totalNot100: "Weights should add up to 100%.",
  scaleBoundError: (max: number) => `Lower bounds and points are numbers from 0 to ${max}.`,
  /** What a portable sheet says about itself, under the header fields: short lines that fit left of the scale. */
  portableNotes: (min: number, max: number) => [
    "Portable sheet: plain formulas, computed without the add-in (Excel, LibreOffice, Google Sheets).",
    `Enter points ${min}–${max}, not grade letters; choose the KPI direction from its list.`,
    "Weights, KPI limits and scale bounds are numbers; input that breaks a rule shows #VALUE!.",
  ],
};

type Labels = typeof en;

/** 转化率（目标值）; a name that ends in brackets already takes the word directly: 获客成本（CAC）目标值. */
const qualified = (name: string, word: string) => (name.endsWith("）") ? `${name}${word}` : `${name}（${word}）`);

/**
 * 工作业绩指标得分; a duty written as a sentence (longer than a phrase, or with a comma) takes the
 * word in brackets, so it does not read as part of the sentence: 负责……的策划（得分）.
 */
const scored = (name: string) =>
  !name.endsWith("）") && ([...name].length > 12 || name.includes("，")) ? `${name}（得分）` : `${name}得分`;

const zh: Labels = {
  title: (role) => `${role}绩效考核表`,
  department: "部门",
  period: "考核期间",
  reviewer: "考核人",
  cycle: "考核周期",
  source: "来源",
  seedSource: (seed) => (seed === "custom" ? "自定义模板" : `原手册 ${seed}`),
  raters: "评价人",
  raterWeights: "评价人权重",
  itemWeights: "项目权重",
  sectionWeights: "维度权重",
  kpiDirection: "指标方向",
  kpiFloor: "达成率门槛（低于得 0 分）",
  kpiCap: "达成率封顶",
  total: "合计",
  employee: "姓名",
  employeeId: "工号",
  manager: "直接上级",
  // Compound headers are one phrase: 工作业绩指标得分, 设计任务完成及时率（目标值）.
  kpiTarget: (item) => qualified(item, "目标值"),
  kpiActual: (item) => qualified(item, "实际值"),
  kpiPoints: (item) => scored(item),
  raterScore: (item, rater) => qualified(item, rater),
  itemScore: (item) => scored(item),
  sectionScore: (section) => scored(section),
  finalScore: "综合得分",
  grade: "等级",
  scale: "等级标准",
  scaleLabel: "等级",
  scaleLower: "分数下限",
  scalePoints: "对应分值",
  stepThreshold: "分档值",
  stepPoints: "得分",
  stepTable: "分档计分表",
  stepPrompt: "越高越好：实际值达到分档值即得该档得分；越低越好：不超过分档值即得该档得分。一档都未达到得 0 分。",
  stepThresholdError: "请输入数字。",
  stepPointsError: "得分须为 0～100 的数字。",
  higher: "越高越好",
  lower: "越低越好",
  cycles: { monthly: "月度", quarterly: "季度", annual: "年度（强制分布仅供参考）" },
  raterNames: { self: "自评", supervisor: "上级评价", peer: "互评" },
  pointsPrompt: (min, max) => `请输入 ${min}～${max} 分；未评分请留空。`,
  lettersPrompt: (labels) => `请输入等级：${labels.join("、")}；未评分请留空。`,
  anchor: (grade, text) => `${grade}：${text}`,
  pointsError: (min, max) => `得分须为 ${min}～${max} 之间的数字。`,
  lettersError: (labels) => `请从 ${labels.join("、")} 中选择。`,
  kpiPrompt: (unit) => (unit === "%" ? "请输入百分比，如 95%。" : `请输入数字，单位：${unit}。`),
  directionError: (higher, lower) => `请从下拉列表中选择“${higher}”或“${lower}”。`,
  numberError: "请输入数字。",
  weightError: "权重须为 0%～100% 之间的百分比。",
  totalNot100: "权重合计应为 100%。",
  scaleBoundError: (max) => `分数下限和对应分值须为 0～${max} 之间的数字。`,
  portableNotes: (min, max) => [
    "通用版：只使用 Excel 内置函数，无需加载项即可计算（Excel、LibreOffice、Google 表格均可）。",
    `得分请输入 ${min}～${max} 的数字，不能输入等级字母；指标方向请从下拉列表中选择。`,
    "权重、达成率门槛与封顶、分数下限均须为数字；不符合规则的输入会显示 #VALUE!。",
  ],
};

export const LABELS: Record<Language, Labels> = { en, zh };
