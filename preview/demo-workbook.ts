/** The preview's starting workbook: a department's appraisal with HR formulas, and hand-typed grades. */
import type { FakeExcel } from "./fake-excel";

const SCORES: [string, string, number[]][] = [
  ["王芳", "运营部", [95, 92, 90, 88, 94]],
  ["李强", "运营部", [85, 88, 80, 84, 86]],
  ["张伟", "运营部", [72, 75, 70, 68, 74]],
  ["刘洋", "运营部", [91, 93, 95, 90, 92]],
  ["陈静", "运营部", [82, 80, 85, 83, 81]],
  ["杨磊", "运营部", [58, 62, 55, 60, 57]],
  ["赵敏", "客服部", [88, 90, 92, 91, 89]],
  ["黄涛", "客服部", [93, 95, 94, 96, 92]],
  ["周丽", "客服部", [78, 80, 76, 82, 79]],
  ["吴刚", "客服部", [90, 91, 89, 92, 93]],
  ["徐静", "客服部", [84, 86, 83, 85, 87]],
  ["孙悦", "客服部", [96, 94, 95, 97, 93]],
];

const HAND_GRADES: [string, string, string | null][] = [
  ["郑凯", "市场部", "A"],
  ["马琳", "市场部", "B"],
  ["胡斌", "市场部", "A+"],
  ["林芳", "市场部", "B"],
  ["何勇", "市场部", "良"],
  ["高洁", "市场部", null],
  ["罗杰", "市场部", "C"],
  ["梁静", "市场部", "A"],
];

/** A table as HR keeps it: title, a two-row header with merged group cells, a footer. */
const EXISTING: (string | number | null)[][] = [
  ["销售部 2026年10月绩效考核表", null, null, null, null, null],
  ["序号", "姓名", "考核得分", null, "考核等级", null],
  [null, null, "自评", "综合", "自评等级", "最终等级"],
  [1, "陈晨", 92, 91, "A", "A"],
  [2, "林涛", 90, 86, "A", "B"],
  [3, "许静", 85, 78, "B", "C"],
  [4, "宋雨", 88, null, "B", null],
  [5, "邓超", 95, 93, "A", "A"],
  ["合计", null, null, null, null, 4],
  ["部门负责人签字：", null, null, null, null, null],
];

export const DEMO_SHEETS = { appraisal: "部门考核 2026-10", handGraded: "手工评级", existing: "销售部原表" };

export function fillDemoWorkbook(excel: FakeExcel) {
  excel.addSheet(DEMO_SHEETS.appraisal);
  excel.type(DEMO_SHEETS.appraisal, "A1", [
    ["姓名", "部门", "组织计划", "领导能力", "专业知识", "解决问题", "协调能力", "综合得分", "等级"],
    ...SCORES.map(([name, department, scores], i) => [
      name,
      department,
      ...scores,
      `=HR.SCORE(C${i + 2}:G${i + 2})`,
      `=HR.GRADE(C${i + 2}:G${i + 2})`,
    ]),
  ]);
  excel.addSheet(DEMO_SHEETS.handGraded);
  excel.type(DEMO_SHEETS.handGraded, "A1", [["姓名", "部门", "绩效等级"], ...HAND_GRADES]);
  excel.addSheet(DEMO_SHEETS.existing);
  excel.type(DEMO_SHEETS.existing, "A1", EXISTING);
  for (const merged of ["A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:F2"]) excel.merge(DEMO_SHEETS.existing, merged);
}
