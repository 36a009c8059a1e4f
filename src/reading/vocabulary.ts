/**
 * The words a careful HR person reads a table by (DOMAIN §6), as data. Every entry is compared
 * after `headerKey` (NFKC, no whitespace, lower case), so `姓\u3000名`, `考核\n等级` and `Final Rating`
 * match `姓名`, `考核等级` and `finalrating`.
 */

/** Header texts naming the person a row is about (whole header, or a header ending in 姓名). */
export const NAME_HEADERS = [
  "姓名",
  "员工姓名",
  "被考核人",
  "被考核人姓名",
  "被考核者",
  "被评价人",
  "员工",
  "名字",
  "人员姓名",
  "职工姓名",
  "name",
  "employee",
  "employeename",
  "fullname",
  "staffname",
];

/** Header texts naming an employee ID (序号, a row counter, is not one). */
export const ID_HEADERS = [
  "工号",
  "员工编号",
  "员工工号",
  "职工编号",
  "人员编号",
  "编号",
  "员工号",
  "员工id",
  "id",
  "employeeid",
  "employeeno",
  "staffid",
  "staffno",
  "empid",
];

/** Header texts of the columns people are grouped by. */
export const GROUP_HEADERS = {
  department: [
    "部门",
    "所属部门",
    "部门名称",
    "组别",
    "小组",
    "团队",
    "科室",
    "department",
    "dept",
    "team",
    "group",
    "division",
  ],
  manager: [
    "直接上级",
    "直属上级",
    "上级",
    "上级主管",
    "主管",
    "经理",
    "评价人",
    "考核人",
    "评分人",
    "评定人",
    "manager",
    "linemanager",
    "supervisor",
    "reviewer",
    "rater",
    "appraiser",
  ],
} as const;
export type GroupKind = keyof typeof GROUP_HEADERS;

/** A header containing one of these names a grade column… */
export const GRADE_WORDS = [
  "等级",
  "评级",
  "档次",
  "考核结果",
  "绩效结果",
  "评定结果",
  "考评结果",
  "评定",
  "grade",
  "rating",
  "band",
];
/** …unless it names a job level (values like P5, M1)… */
export const JOB_LEVEL_WORDS = [
  "岗位等级",
  "职位等级",
  "职务等级",
  "职级",
  "职等",
  "岗级",
  "薪级",
  "层级",
  "joblevel",
  "jobgrade",
  "paygrade",
  "salarygrade",
];
/** …or an earlier period. */
export const EARLIER_PERIOD_WORDS = [
  "上月",
  "上期",
  "上季",
  "上年",
  "上半年",
  "去年",
  "前期",
  "往期",
  "历史",
  "上次",
  "previous",
  "last",
  "prior",
  "prev",
];
/** Job-level codes: P5, M1, T10. A column mostly of these is a job level whatever its header. */
export const JOB_LEVEL_VALUE = /^[a-z]\d{1,2}(-\d{1,2})?$/i;

/** Whose grade a candidate column holds, best first: the final grade, then unqualified, then one rater's. */
export const GRADE_RANKS = [
  {
    rank: "final",
    words: ["最终", "综合", "总评", "评定结果", "最后", "核定", "审定", "final", "overall", "calibrated"],
  },
  { rank: "supervisor", words: ["上级", "主管", "经理", "领导", "supervisor", "manager"] },
  { rank: "rater", words: ["自评", "自我", "互评", "同事", "同级", "下级", "self", "peer"] },
] as const;

/** Other headers a table of people has: they help tell its header row from a title or a data row. */
export const OTHER_HEADERS = [
  "序号",
  "岗位",
  "职位",
  "职务",
  "岗位名称",
  "入职日期",
  "考核期间",
  "考核周期",
  "备注",
  "权重",
  "no",
  "no.",
  "#",
  "position",
  "title",
  "role",
  "jobtitle",
  "remarks",
  "comments",
];

/** A row counter: a row holding nothing but its number is an empty slot of a template, not worth listing. */
export const INDEX_HEADERS = ["序号", "序", "编次", "no", "no.", "#", "行号"];

/** Counts and shares per grade: a table of these (no name or ID column) is a summary, not people. */
export const SUMMARY_HEADERS = ["人数", "占比", "比例", "数量", "百分比", "count", "share", "percent", "percentage"];

/** Sub-headers under a group cell: raters, final, target and actual (考核得分 over 自评 / 上级 / 综合). */
export const SUB_HEADER_WORDS = [
  "自评",
  "互评",
  "上级",
  "主管",
  "综合",
  "最终",
  "目标",
  "实际",
  "得分",
  "等级",
  "self",
  "peer",
  "supervisor",
  "final",
  "target",
  "actual",
  "score",
  "grade",
];

/** Score columns: their error cells are reported, and a final one gives the rater view's mean. */
export const SCORE_WORDS = ["得分", "分数", "总分", "评分", "score", "points"];
export const FINAL_SCORE_WORDS = ["最终", "综合", "总分", "总得分", "final", "overall", "total"];

/** A row whose first filled cell begins with one of these ends the table (DOMAIN §6). */
export const FOOTER_WORDS = [
  "合计",
  "总计",
  "汇总",
  "小计",
  "平均",
  "说明",
  "备注",
  "注",
  "填表",
  "制表",
  "审核",
  "审批",
  "签字",
  "签名",
  "日期",
  "部门负责人",
  "负责人",
  "等级说明",
  "评分标准",
  "等级标准",
  "total",
  "sum",
  "average",
  "mean",
  "note",
  "remark",
  "preparedby",
  "approved",
  "signature",
  "date",
];

/**
 * Sheet names of notes, parameters and charts. A sheet so named is skipped when it has no name or
 * ID column (a real table of people is never dropped for its name).
 */
export const NOTES_SHEET_WORDS = [
  "说明",
  "须知",
  "参数",
  "设置",
  "配置",
  "图表",
  "目录",
  "封面",
  "等级标准",
  "评分标准",
  "字典",
  "下拉",
  "数据源",
  "instruction",
  "readme",
  "notes",
  "legend",
  "chart",
  "parameter",
  "setting",
  "lookup",
  "cover",
];

/** Form labels (per-person sheets): the person, and the grade (final labels preferred). */
export const FORM_NAME_LABELS = ["姓名", "被考核人", "被考核人姓名", "员工姓名", "被评价人", "name", "employeename"];
export const FORM_GRADE_LABELS = [
  "最终等级",
  "综合等级",
  "考核等级",
  "绩效等级",
  "评定等级",
  "考核结果",
  "绩效结果",
  "等级",
  "finalgrade",
  "grade",
  "rating",
];

/**
 * What follows a grade label at the start of a legend row, compared on `headerKey` text (full-width
 * marks folded): `A≥90分`, `A:优秀`, `A级(90分以上)`, `A级90分以上`. `A1` or `Anna` are not legends.
 */
export const LEGEND_AFTER_LABEL = /^(?:[级等档](?:[:=(~≥>≤<]|\d|分)|[:=(~≥>≤<])/u;
