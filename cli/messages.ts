/** Every text the command line shows, in English and Simplified Chinese. */
import type { Language } from "../src";
import type { Cycle } from "../src/templates";
import type { FileProblem } from "./check/inputs";

/** A command-line argument node's parseArgs refused (ERR_PARSE_ARGS_*), by what went wrong. */
export type ArgumentProblem = "unknown-option" | "missing-value" | "unexpected-value" | "unexpected-argument";

/** "21 KB", "812.3 MB" */
const fileSize = (bytes: number) =>
  bytes < 2 ** 20 ? `${Math.ceil(bytes / 2 ** 10)} KB` : `${Math.round((bytes / 2 ** 20) * 10) / 10} MB`;

const en = {
  usage: `hr-appraisal — appraisal workbooks from the command line

Usage:
  hr-appraisal template <id> --out <file.xlsx> [--rows N] [--portable] [--letters] [--no-raters]
                        [--cycle monthly|quarterly|annual] [--period 2026-11|"2026 Q4"|2026]
                        [--lang zh-CN|en-US] [--force]
  hr-appraisal template --list
  hr-appraisal check <files or folders…> [--group-by file|all|<column>] [--policy <policy.json>]
                        [--scale <scale id or scale.json>] [--grade-column <header or letter>]
                        [--header-row N] [--year-end] [--max-size <MB>] [--json] [--lang zh-CN|en-US]
  hr-appraisal --version

template  writes a role template of the catalog as a new .xlsx workbook. --portable writes native
          formulas that compute without the add-in (points only, no grade letters). The cycle is
          one of the template's (--list shows them), the period is written as the cycle's example.
check     reads every sheet as a careful person would (header, grade column, people, footers; it
          says what it read), using the values the workbook saved (never recalculated), and checks
          the forced distribution: per file (default; a folder of one-person forms as one team),
          per value of a column, or all files together. --scale names another grade scale
          (excellent-good-pass-fail, excellent-competent, you-liang-zhong-cha, s-a-b-c-d, a-to-e)
          or a scale file; --grade-column and --header-row override what the check finds.
          Exit code: 0 ready, 1 not ready, 2 some input could not be read.
`,
  badArguments: (detail: string) => `${detail}. Run hr-appraisal --help for the usage.`,
  /** In English, node's own message says it (option is the flag or argument it names). */
  argumentError: (_problem: ArgumentProblem, _option: string, nodeMessage: string) => nodeMessage,
  unknownCommand: (command: string) => `Unknown command '${command}': use template or check`,
  templateNeeded: (ids: string) => `Name a template: ${ids}`,
  unknownTemplate: (id: string, ids: string) => `No template '${id}'. Templates: ${ids}`,
  outNeeded: "Give the file to write: --out file.xlsx",
  outExists: (path: string) => `${path} exists: choose another name, or add --force to replace it`,
  strayArgument: (arg: string, isFile: boolean) =>
    isFile
      ? `Unexpected '${arg}': to write that file, put --out before it (--out ${arg})`
      : `Unexpected '${arg}': template takes one template id, and every other value follows its option (--out file.xlsx, --period 2026-11)`,
  cycleNotOfTemplate: (cycle: Cycle, id: string, cycles: readonly Cycle[]) =>
    `${id} is not appraised ${cycle}: its cycles are ${cycles.join(", ")}`,
  badPeriod: (period: string, cycle: Cycle, example: string) =>
    `--period '${period}' is not a ${cycle} period: write it as ${example}`,
  periodOfOtherCycle: (period: string, fits: Cycle, cycle: Cycle) =>
    `--period '${period}' is a ${fits} period, but the sheet is ${cycle}: add --cycle ${fits}`,
  rowsRange: (value: string, min: number, max: number) =>
    `--rows '${value}' must be a whole number from ${min} to ${max}`,
  outNotXlsx: (path: string) => `--out '${path}' must end in .xlsx: the workbook is written in the .xlsx format`,
  outFolderMissing: (folder: string) =>
    `The folder ${folder} does not exist: create it, or give --out a file in an existing folder`,
  writeFailed: (path: string, reason: string) => `Cannot write ${path}: ${reason}`,
  writeProblems: {
    denied: "permission denied",
    busy: "the file is open in another program (Excel?): close it and run again",
    isFolder: "it is a folder",
    full: "the disk is full",
    readOnly: "the disk is read-only",
    noFolder: "its folder does not exist",
  },
  lettersNotPortable: "--letters needs the add-in's HR functions: a --portable sheet takes points",
  notPositive: (flag: string, value: string) => `--${flag} '${value}' must be a number above 0`,
  badChoice: (flag: string, value: string, choices: readonly string[]) =>
    `--${flag} '${value}' must be one of ${choices.join(", ")}`,
  badOptions: (detail: string) => `Invalid options: ${detail}`,
  wrote: (path: string, sheet: string, rows: number, portable: boolean) =>
    `Wrote ${path}: sheet '${sheet}', ${rows} rows, ${portable ? "portable native formulas" : "HR functions (needs the add-in)"}.`,
  templateList: "Templates (id — role — cycles):",
  templateLine: (id: string, role: string, cycles: readonly Cycle[]) => `  ${id} — ${role} — ${cycles.join(", ")}`,
  inputsNeeded: "Name the workbooks or folders to check",
  policyUnreadable: (path: string, detail: string) => `Cannot read the policy file ${path}: ${detail}`,
  policyInvalid: (path: string) => `The policy file ${path} is not valid:`,
  scaleUnreadable: (path: string, detail: string) => `Cannot read the scale file ${path}: ${detail}`,
  scaleInvalid: (path: string) => `The scale file ${path} is not valid:`,
  policyNeeded: (scale: string, known: string) =>
    `The scale ${scale} has no target shares: give them with --policy <policy.json> (or in the scale file's "policy"). Known scales: ${known}`,
  notRow: (flag: string, value: string) => `--${flag} '${value}' must be a row number (1, 2, …)`,
  // check output
  checking: (index: number, total: number, path: string) => `Checking ${index}/${total} ${path}`,
  summary: (files: number, sheets: number, people: number) =>
    `Checked ${files} workbook(s), ${sheets} sheet(s), ${people} graded ${people === 1 ? "person" : "people"}.`,
  policyLine: (shares: string, guideline: number | undefined, scope: string) =>
    `Policy: ${shares}, ${guideline === undefined ? "exact counts" : `±${guideline} points`}, checked ${scope}.`,
  scopes: { file: "per file", all: "for all files together", column: (column: string) => `per ${column}` },
  yearEnd: "Year-end review: the distribution is advisory.",
  graded: (n: number) => `${n} graded`,
  onTarget: "on target",
  offTarget: "not met",
  byGroup: (column: string) => `Per ${column}`,
  allFiles: "All files together",
  forInformation: " (for information)",
  /** OK inside the limits, else how many people too many or too few. */
  status: (count: number, { low, high }: { low: number; high: number }) =>
    count > high ? `+${count - high}` : count < low ? `-${low - count}` : "OK",
  blankGroup: "(blank)",
  hint: (text: string) => `→ ${text}`,
  invalid: "Not a grade of the scale",
  missing: "People without a grade",
  errors: "Error cells",
  weights: "Weight totals that are not 100%",
  uncalculated: "Grade formulas saved without a result: open the file in Excel and save it",
  unreadable: "Files that could not be checked",
  sheetLabel: (sheet: string) => `Sheet '${sheet}': `,
  listTitle: (title: string, count: number) => `${title} (${count})`,
  otherScaleOption: (where: string, id: string) => `${where}: check with --scale ${id} (and --policy for other shares)`,
  duplicate: (path: string) => `the same file as ${path}: read once`,
  ratersTitle: (basis: "score" | "points", mean: string, sd: string) =>
    `Raters (advisory, never blocking) — mean ${basis === "score" ? "final score" : "of the grades' points"}; everyone ${mean} ± ${sd}`,
  raterHeader: (grades: readonly string[]) => ["Rater", "People", "Mean", ...grades, ""],
  raterFlag: (flag: "lenient" | "severe", others: string) => `${flag} (everyone else ${others})`,
  incomplete: "Not every file could be checked: fix the files listed above and run the check again.",
  fileProblem(problem: FileProblem): string {
    switch (problem.kind) {
      case "missing":
        return "not found";
      case "no-workbooks":
        return "a folder with no .xlsx workbooks in it";
      case "empty":
        return "the file is empty";
      case "too-large":
        return `${fileSize(problem.bytes)}, above the ${fileSize(problem.limit)} limit (raise it with --max-size)`;
      case "not-zip":
        return "not an .xlsx workbook (it is not a zip archive: saved as CSV or another format?)";
      case "encrypted":
        return "password-protected: open it in Excel, remove the password (File › Info › Protect Workbook), save, and check again";
      case "legacy-xls":
        return "an Excel 97–2003 .xls workbook: open it in Excel and save it as .xlsx";
      case "xlsb":
        return "an Excel binary workbook (.xlsb): save it as .xlsx";
      case "not-workbook":
        return "a zip archive, but not an Excel workbook";
      case "damaged":
        return `damaged: ${problem.detail}`;
      case "unreadable":
        return `cannot be read: ${problem.detail}`;
      case "no-grade-column":
        return `no grade column in any sheet (${problem.sheets.join(", ")}): looked for a header such as Grade or 等级, or a column of grade letters`;
      case "no-group-column":
        return `no column '${problem.column}' to group by in sheet(s) ${problem.sheets.join(", ")}`;
    }
  },
};

type CliText = typeof en;

/** The cycles' Chinese names, as the glossary gives them. */
const ZH_CYCLES: Record<Cycle, string> = { monthly: "月度", quarterly: "季度", annual: "年度" };

/** Node's file-system error ("ENOENT: no such file or directory, open 'x'") in words, by its code. */
function fileErrorZh(detail: string): string {
  const code = /^(E[A-Z]+)\b/.exec(detail)?.[1];
  const words: Record<string, string> = {
    ENOENT: "找不到该文件",
    EACCES: "没有读取该文件的权限",
    EPERM: "没有读取该文件的权限",
    EISDIR: "这是一个文件夹，不是文件",
  };
  return (code && words[code]) ?? `读取失败（${code ?? detail}）`;
}

const zh: CliText = {
  usage: `hr-appraisal —— 在命令行中处理绩效考核工作簿

用法：
  hr-appraisal template <模板编号> --out <文件.xlsx> [--rows 人数] [--portable] [--letters] [--no-raters]
                        [--cycle monthly|quarterly|annual] [--period 2026-11|"2026 Q4"|2026]
                        [--lang zh-CN|en-US] [--force]
  hr-appraisal template --list
  hr-appraisal check <文件或文件夹…> [--group-by file|all|<列名>] [--policy <分布比例文件.json>]
                        [--scale <等级标准编号或文件>] [--grade-column <表头或列号>]
                        [--header-row 行号] [--year-end] [--max-size <MB>] [--json] [--lang zh-CN|en-US]
  hr-appraisal --version

template  将岗位模板写成新的 .xlsx 工作簿。--portable 只使用 Excel 内置函数，无需加载项即可计算，
          只能输入得分，不能输入等级字母。考核周期须是该模板的考核周期之一（--list 列出），
          考核期间按考核周期的示例格式填写。
check     像细心的人一样读取每个工作表：表头、等级列、人员、表尾，并说明读取了什么；
          使用工作簿已保存的值，不重新计算；检查强制分布：默认按文件（一个文件夹中的个人考核表
          视为一个团队），也可按某列的取值或全部文件合并检查。--scale 指定其他等级标准：
          excellent-good-pass-fail、excellent-competent、you-liang-zhong-cha、s-a-b-c-d、a-to-e，
          或等级标准文件；--grade-column 和 --header-row 可指定等级列和表头行。
          退出码：0 可以提交，1 暂不能提交，2 有输入无法读取。
`,
  badArguments: (detail) => `${detail}。运行 hr-appraisal --help 查看用法。`,
  argumentError: (problem, option) => {
    switch (problem) {
      case "unknown-option":
        return `没有 ${option} 这个选项`;
      case "missing-value":
        return `选项 ${option} 后面需要填写一个值`;
      case "unexpected-value":
        return `选项 ${option} 不需要填写值`;
      case "unexpected-argument":
        return `多余的参数“${option}”`;
    }
  },
  unknownCommand: (command) => `未知命令“${command}”：请使用 template 或 check`,
  templateNeeded: (ids) => `请指定模板：${ids}`,
  unknownTemplate: (id, ids) => `没有模板“${id}”。可用模板：${ids}`,
  outNeeded: "请用 --out 文件.xlsx 指定要写入的文件",
  outExists: (path) => `${path} 已存在：请换一个文件名，或加 --force 覆盖`,
  strayArgument: (arg, isFile) =>
    isFile
      ? `无法识别“${arg}”：要写入该文件，请在它前面加上 --out（--out ${arg}）`
      : `无法识别“${arg}”：template 只接受一个模板编号，其他值都要跟在各自的选项后面（--out 文件.xlsx、--period 2026-11）`,
  cycleNotOfTemplate: (cycle, id, cycles) =>
    `模板 ${id} 没有${ZH_CYCLES[cycle]}考核：可用的考核周期为 ${cycles.map((c) => `${c}（${ZH_CYCLES[c]}）`).join("、")}`,
  badPeriod: (period, cycle, example) =>
    `选项 --period 的值“${period}”不是有效的${ZH_CYCLES[cycle]}考核期间：请按 ${example} 的格式填写`,
  periodOfOtherCycle: (period, fits, cycle) =>
    `选项 --period 的值“${period}”是${ZH_CYCLES[fits]}考核期间，而工作表按${ZH_CYCLES[cycle]}考核：请加上 --cycle ${fits}`,
  rowsRange: (value, min, max) => `选项 --rows 的值“${value}”必须是 ${min}～${max} 之间的整数`,
  outNotXlsx: (path) => `选项 --out 的值“${path}”必须以 .xlsx 结尾：工作簿按 .xlsx 格式写入`,
  outFolderMissing: (folder) => `文件夹 ${folder} 不存在：请先创建该文件夹，或让 --out 指向已有文件夹中的文件`,
  writeFailed: (path, reason) => `无法写入 ${path}：${reason}`,
  writeProblems: {
    denied: "没有写入权限",
    busy: "文件正被其他程序（如 Excel）打开：请关闭后重试",
    isFolder: "这是一个文件夹",
    full: "磁盘空间已满",
    readOnly: "磁盘为只读",
    noFolder: "所在文件夹不存在",
  },
  lettersNotPortable: "--letters 需要加载项的 HR 函数：--portable 通用版只能输入分数",
  notPositive: (flag, value) => `选项 --${flag} 的值“${value}”必须是大于 0 的数字`,
  badChoice: (flag, value, choices) => `选项 --${flag} 的值“${value}”无效，可选值为 ${choices.join("、")}`,
  badOptions: (detail) => `选项无效：${detail}`,
  wrote: (path, sheet, rows, portable) =>
    `已写入 ${path}：工作表“${sheet}”，${rows} 行，${portable ? "通用版（只用 Excel 内置函数，无需加载项）" : "HR 函数（需要加载项）"}。`,
  templateList: "模板（编号 — 岗位 — 考核周期）：",
  templateLine: (id, role, cycles) => `  ${id} — ${role} — ${cycles.map((cycle) => ZH_CYCLES[cycle]).join("、")}`,
  inputsNeeded: "请指定要检查的工作簿或文件夹",
  policyUnreadable: (path, detail) => `无法读取分布比例文件 ${path}：${fileErrorZh(detail)}`,
  policyInvalid: (path) => `分布比例文件 ${path} 有误：`,
  scaleUnreadable: (path, detail) => `无法读取等级标准文件 ${path}：${fileErrorZh(detail)}`,
  scaleInvalid: (path) => `等级标准文件 ${path} 有误：`,
  policyNeeded: (scale, known) =>
    `等级标准 ${scale} 没有分布比例：请用 --policy <分布比例文件.json> 提供（或写在等级标准文件的“policy”中）。内置等级标准：${known}`,
  notRow: (flag, value) => `选项 --${flag} 的值“${value}”必须是行号（1、2……）`,
  checking: (index, total, path) => `正在检查 ${index}/${total} ${path}`,
  summary: (files, sheets, people) => `已检查 ${files} 个工作簿、${sheets} 个工作表，共 ${people} 人有等级。`,
  policyLine: (shares, guideline, scope) =>
    `分布比例：${shares}，${guideline === undefined ? "按目标人数" : `允许偏差 ±${guideline} 个百分点`}，${scope}检查。`,
  scopes: { file: "按文件", all: "全部文件合并", column: (column) => `按“${column}”` },
  yearEnd: "年度考核不受强制分布限制，检查结果仅供参考。",
  graded: (n) => `${n} 人有等级`,
  onTarget: "符合",
  offTarget: "不符合",
  byGroup: (column) => `按“${column}”`,
  allFiles: "全部文件合计",
  forInformation: "（仅供参考）",
  status: (count, { low, high }) =>
    count > high ? `多 ${count - high} 人` : count < low ? `少 ${low - count} 人` : "符合",
  blankGroup: "（空白）",
  hint: (text) => `→ ${text}`,
  invalid: "不是等级标准中的等级",
  missing: "没有等级的人员",
  errors: "显示错误值的单元格",
  weights: "合计不是 100% 的权重",
  uncalculated: "等级公式没有保存计算结果：请在 Excel 中打开并保存该文件",
  unreadable: "无法检查的文件",
  sheetLabel: (sheet) => `工作表“${sheet}”：`,
  listTitle: (title, count) => `${title}（${count}）`,
  otherScaleOption: (where, id) => `${where}：请加 --scale ${id} 检查（分布比例不同时另加 --policy）`,
  duplicate: (path) => `与 ${path} 是同一文件，只读取一次`,
  ratersTitle: (basis, mean, sd) =>
    `评价人（仅供参考，不影响提交）：按${basis === "score" ? "综合得分" : "等级的对应分值"}计算平均分；全体 ${mean} ± ${sd}`,
  raterHeader: (grades) => ["评价人", "人数", "平均分", ...grades, ""],
  raterFlag: (flag, others) => `${flag === "lenient" ? "偏宽" : "偏严"}（其他人 ${others}）`,
  incomplete: "并非所有文件都已检查：请处理上面列出的文件后重新检查。",
  fileProblem(problem) {
    switch (problem.kind) {
      case "missing":
        return "找不到该文件";
      case "no-workbooks":
        return "文件夹中没有 .xlsx 工作簿";
      case "empty":
        return "文件为空";
      case "too-large":
        return `${fileSize(problem.bytes)}，超过 ${fileSize(problem.limit)} 的上限（可用 --max-size 调高）`;
      case "not-zip":
        return "不是 .xlsx 工作簿（不是 zip 压缩包：是否另存为了 CSV 或其他格式？）";
      case "encrypted":
        return "受密码保护：请在 Excel 中打开，取消密码（文件 › 信息 › 保护工作簿），保存后重新检查";
      case "legacy-xls":
        return "Excel 97–2003 的 .xls 工作簿：请在 Excel 中另存为 .xlsx";
      case "xlsb":
        return "Excel 二进制工作簿（.xlsb）：请另存为 .xlsx";
      case "not-workbook":
        return "是 zip 压缩包，但不是 Excel 工作簿";
      case "damaged":
        return `文件已损坏：${problem.detail}`;
      case "unreadable":
        return `无法读取：${problem.detail}`;
      case "no-grade-column":
        return `所有工作表（${problem.sheets.join("、")}）中都没有等级列：查找了“等级”“Grade”等表头或由等级字母组成的列`;
      case "no-group-column":
        return `工作表 ${problem.sheets.join("、")} 中没有用于分组的列“${problem.column}”`;
    }
  },
};

export const CLI_TEXT: Record<Language, CliText> = { en, zh };
export type { CliText };
