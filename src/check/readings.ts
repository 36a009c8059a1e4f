/**
 * From what the table reader read to what the check judges, and what the faces say was read.
 * The command line, the task pane and the Sheets sidebar all report a reading in these words.
 */
import type { Language } from "../messages";
import { type SheetReading, type TableReading, findKnownScale, peopleOf } from "../reading";
import { columnName } from "../templates/a1";
import type { CheckOptions, GradeEntry } from "./check";

/**
 * The check's entries of a reading, one per person; `place` turns a cell into the address the
 * report shows ("C12", "file.xlsx › Sheet1!C12"). A grade cell saved without a result is left out
 * (the caller reports it); a grade written `A级` is entered as its label.
 */
export function gradeEntries(reading: SheetReading, place: (cell: string) => string = (c) => c): GradeEntry[] {
  const uncalculated = new Set(reading.kind === "table" || reading.kind === "form" ? reading.uncalculated : []);
  return peopleOf(reading)
    .filter((person) => !uncalculated.has(person.gradeCell))
    .map((person) => ({
      address: place(person.gradeCell),
      value: person.label ?? person.grade,
      ...(person.group !== undefined ? { group: person.group } : {}),
    }));
}

/**
 * A sheet that holds people is judged; one whose grades belong to another known scale is not
 * (every cell would be "not a grade") but named, with the scale that reads it.
 */
export function judgedEntries(
  reading: SheetReading,
  where: string,
  place?: (cell: string) => string,
): { entries: GradeEntry[]; otherScale?: NonNullable<CheckOptions["otherScales"]>[number] } {
  const suggestion = reading.kind === "table" || reading.kind === "form" ? reading.suggestion : undefined;
  if (suggestion) return { entries: [], otherScale: { where, suggestion } };
  return { entries: gradeEntries(reading, place) };
}

const CJK = /[\u3400-\u9fff]/;

/** A header or row as one line: a line break between Chinese characters goes, elsewhere it is a space. */
const oneLine = (text: string) =>
  text.replace(/\s*[\r\n]+\s*/g, (gap: string, at: number, whole: string) =>
    CJK.test(whole[at - 1] ?? "") && CJK.test(whole[at + gap.length] ?? "") ? "" : " ",
  );

const words = {
  en: {
    rows: (first: number, last: number) => (first === last ? `row ${first}` : `rows ${first}–${last}`),
    column: (index: number, header: string) => `${columnName(index)} “${oneLine(header)}”`,
    header: (rows: string, grade: string, reason: string) => `Header ${rows}; grade column ${grade} (${reason}).`,
    reasons: {
      override: "chosen by you",
      final: "the final grade",
      header: "its header names a grade",
      supervisor: "only raters' grades: the supervisor's",
      rater: "only one rater's grades",
      values: "no grade header: its cells are grades",
    },
    others: (list: string) => `Other grade columns: ${list}.`,
    verdicts: {
      "job-level": "a job level",
      "earlier-period": "an earlier period",
      "not-grades": "mostly not grades",
      rater: "one rater's grade",
      outranked: "a less specific grade",
    },
    names: (column: string) => `Names from column ${column}.`,
    ids: (column: string) => `No name column: people by ID, column ${column}.`,
    everyRow: "No name or ID column: every row with data counts as a person.",
    people: (count: number, rows: string) => `${count} ${count === 1 ? "person" : "people"} in ${rows}.`,
    nobody: "Nobody below the header.",
    ignored: (list: string, more: number) => `Rows ignored: ${list}${more ? `, and ${more} more` : ""}.`,
    ignoredReasons: {
      "no-name": "no name",
      footer: "footer",
      legend: "legend",
      "totals-row": "totals row",
      "below-footer": "below the footer",
    },
    groupBy: (column: string) => `Grouped by column ${column}.`,
    merges: "Merged cells could not be read here: a merged name or group cell may be misread.",
    form: (name: string, label: string, cell: string) => `Per-person form: ${name}, grade “${label}” in ${cell}.`,
    otherScale: (title: string, cells: number) =>
      `The ${cells} grade cell(s) are grades of ${title}, not of the scale in use.`,
    skipped: {
      hidden: "a hidden sheet",
      notes: "notes or parameters, not a table of people",
      "no-header": "no table header in the first 30 rows",
      empty: "empty",
    },
    noGradeColumn: (rows: string) => `A table (header ${rows}) without a grade column.`,
    noGroupColumn: (wanted: string) => `No column “${wanted}” to group by.`,
    noColumnNamed: (wanted: string) => `No column “${wanted}” to take the grades from.`,
    skippedSheet: (reason: string) => `Skipped: ${reason}.`,
  },
  zh: {
    rows: (first: number, last: number) => (first === last ? `第 ${first} 行` : `第 ${first}～${last} 行`),
    column: (index: number, header: string) => `${columnName(index)} 列“${oneLine(header)}”`,
    header: (rows: string, grade: string, reason: string) => `表头：${rows}；等级列：${grade}（${reason}）。`,
    reasons: {
      override: "由您指定",
      final: "最终等级",
      header: "表头为等级",
      supervisor: "只有评价人的等级，取上级评价的等级",
      rater: "只有单个评价人的等级",
      values: "没有等级表头，按单元格内容识别",
    },
    others: (list: string) => `其他等级列：${list}。`,
    verdicts: {
      "job-level": "岗位职级",
      "earlier-period": "以往期间",
      "not-grades": "大多不是等级",
      rater: "单个评价人的等级",
      outranked: "不如所选列明确",
    },
    names: (column: string) => `姓名列：${column}。`,
    ids: (column: string) => `没有姓名列，按工号识别人员：${column}。`,
    everyRow: "没有姓名或工号列：每个有数据的行都算作一人。",
    people: (count: number, rows: string) => `人员：${rows}，共 ${count} 人。`,
    nobody: "表头下方没有人员。",
    ignored: (list: string, more: number) => `已忽略的行：${list}${more ? `，另有 ${more} 行` : ""}。`,
    ignoredReasons: {
      "no-name": "没有姓名",
      footer: "表尾",
      legend: "等级说明",
      "totals-row": "汇总行",
      "below-footer": "表尾以下",
    },
    groupBy: (column: string) => `分组列：${column}。`,
    merges: "此处无法读取合并单元格：合并的姓名或分组单元格可能读错。",
    form: (name: string, label: string, cell: string) => `个人考核表：${name}，等级取自“${label}”（${cell}）。`,
    otherScale: (title: string, cells: number) => `这 ${cells} 个等级单元格属于“${title}”，不是所用等级标准中的等级。`,
    skipped: {
      hidden: "隐藏的工作表",
      notes: "说明或参数表，不是人员名单",
      "no-header": "前 30 行中没有表头",
      empty: "空工作表",
    },
    noGradeColumn: (rows: string) => `有表头（${rows}）但没有等级列。`,
    noGroupColumn: (wanted: string) => `没有用于分组的列“${wanted}”。`,
    noColumnNamed: (wanted: string) => `没有可读取等级的列“${wanted}”。`,
    skippedSheet: (reason: string) => `已跳过：${reason}。`,
  },
} satisfies Record<Language, unknown>;

/** How many ignored rows a report lists before it gives only their count. */
export const IGNORED_SHOWN = 5;

function describeTable(reading: TableReading, lang: Language): string[] {
  const w = words[lang];
  const rows = (list: readonly number[]) => w.rows(list[0] + 1, list[list.length - 1] + 1);
  const lines = [
    w.header(
      rows(reading.headerRows),
      w.column(reading.grade.index, reading.grade.header),
      w.reasons[reading.grade.reason],
    ),
  ];
  const others = reading.candidates.filter((c) => c.verdict !== "chosen");
  if (others.length) {
    const verdict = (c: (typeof others)[number]) =>
      c.verdict === "outranked" && (c.rank === "rater" || c.rank === "supervisor")
        ? w.verdicts.rater
        : w.verdicts[c.verdict as Exclude<typeof c.verdict, "chosen">];
    const item = (c: (typeof others)[number]) =>
      lang === "zh"
        ? `${w.column(c.index, c.header)}（${verdict(c)}）`
        : `${w.column(c.index, c.header)} (${verdict(c)})`;
    lines.push(w.others(others.map(item).join(lang === "zh" ? "、" : ", ")));
  }
  if (reading.name) lines.push(w.names(w.column(reading.name.index, reading.name.header)));
  else if (reading.id) lines.push(w.ids(w.column(reading.id.index, reading.id.header)));
  else lines.push(w.everyRow);
  if (reading.groupBy) lines.push(w.groupBy(w.column(reading.groupBy.index, reading.groupBy.header)));
  const people = reading.people;
  lines.push(people.length ? w.people(people.length, rows([people[0].row, people[people.length - 1].row])) : w.nobody);
  if (reading.ignored.length) {
    const shown = reading.ignored
      .slice(0, IGNORED_SHOWN)
      .map((row) =>
        lang === "zh"
          ? `第 ${row.row + 1} 行“${oneLine(row.text)}”（${w.ignoredReasons[row.reason]}）`
          : `${row.row + 1} “${oneLine(row.text)}” (${w.ignoredReasons[row.reason]})`,
      );
    lines.push(w.ignored(shown.join(lang === "zh" ? "；" : "; "), reading.ignored.length - shown.length));
  }
  if (!reading.mergesKnown) lines.push(w.merges);
  return lines;
}

/** What was read from a sheet, in a few lines. */
export function describeReading(reading: SheetReading, lang: Language): string[] {
  const w = words[lang];
  const rows = (list: readonly number[]) => w.rows(list[0] + 1, list[list.length - 1] + 1);
  const suggestion = (reading.kind === "table" || reading.kind === "form") && reading.suggestion;
  const scaleLine = suggestion
    ? [w.otherScale(findKnownScale(suggestion.id)?.title[lang] ?? suggestion.id, suggestion.cells)]
    : [];
  switch (reading.kind) {
    case "table":
      return [...describeTable(reading, lang), ...scaleLine];
    case "form":
      return [w.form(reading.person.name, reading.gradeLabel, reading.person.gradeCell), ...scaleLine];
    case "no-grade-column":
      return [reading.wanted ? w.noColumnNamed(reading.wanted) : w.noGradeColumn(rows(reading.headerRows))];
    case "no-group-column":
      return [w.noGroupColumn(reading.wanted)];
    case "not-a-table":
      return [w.skippedSheet(w.skipped[reading.reason])];
  }
}
