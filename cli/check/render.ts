/** The check's outcome for people (aligned text tables) and for programs (--json). */
import { DISTRIBUTION_HEADER, type Language, formatNumber } from "../../src";
import {
  type GroupReport,
  type RaterView,
  describeBlocker,
  describeHint,
  describeReading,
  describeVerdict,
  describeViolation,
} from "../../src/check";
import { type SheetValue, isErrorValue } from "../../src/reading";
import { columnName } from "../../src/templates";
import type { Policy } from "../../src/policy";
import { CLI_TEXT } from "../messages";
import { type CheckOutcome, type Scope, type SheetResult, describeLocation } from "./run-check";

export interface RenderContext {
  language: Language;
  scope: Scope;
  policy: Policy;
}

const percent = (fraction: number) => `${formatNumber(Math.round(fraction * 1000) / 10)}%`;
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const limitText = ({ low, high }: { low: number; high: number }) => (low === high ? String(low) : `${low}–${high}`);

/** Terminal columns a text takes: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

/** Rows of cells as aligned columns: the first left-aligned, the others right-aligned. */
function alignedTable(rows: readonly (readonly string[])[], indent: string): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column]))));
  return rows.map(
    (row) =>
      indent +
      row
        .map((text, column) => {
          const pad = " ".repeat(widths[column] - displayWidth(text));
          return column === 0 ? text + pad : pad + text;
        })
        .join("  "),
  );
}

function policyShares(policy: Policy): string {
  return policy.shares.map(({ grade, share }) => `${grade} ${percent(share)}`).join(" · ");
}

const LIST_LIMIT = 20;

/** The closing lines: ready or what blocks, and whether some input could not be checked at all. */
function verdict(outcome: CheckOutcome, language: Language): string[] {
  const judged = describeVerdict(outcome.report, language);
  if (outcome.exitCode !== 2) return [judged];
  const incomplete = CLI_TEXT[language].incomplete;
  return outcome.report.ready ? [incomplete] : [judged, incomplete];
}

/** A cell's value in a list of problems: text quoted, errors and numbers as they are, blank as "—". */
const displayValue = (value: SheetValue) =>
  isErrorValue(value) ? value.error : typeof value === "string" ? `'${value}'` : String(value ?? "—");

export function renderText(outcome: CheckOutcome, { language, scope, policy }: RenderContext): string {
  const t = CLI_TEXT[language];
  const { report } = outcome;
  const lines: string[] = [];
  const groupName = (group: string | null) => (group === "" ? t.blankGroup : (group ?? ""));
  const block = (title: string, group: GroupReport, note = "") => {
    const status = group.violations.length ? t.offTarget : t.onTarget;
    lines.push("", `${title} · ${t.graded(group.total)} · ${status}${note}`);
    lines.push(
      ...alignedTable(
        [
          [...DISTRIBUTION_HEADER[language]],
          ...group.rows.map((row, i) => [
            row.grade,
            String(row.count),
            percent(row.actualShare),
            percent(row.targetShare),
            limitText(group.limits[i]),
            signed(row.difference),
            t.status(row.count, group.limits[i]),
          ]),
        ],
        "  ",
      ),
    );
    for (const violation of group.violations) {
      if (violation.kind === "group") lines.push(`  ${describeViolation(violation, language)}`);
    }
    for (const hint of group.hints) lines.push(`  ${t.hint(describeHint(hint, language))}`);
  };
  const list = (title: string, items: string[]) => {
    if (!items.length) return;
    lines.push("", t.listTitle(title, items.length));
    for (const item of items.slice(0, LIST_LIMIT)) lines.push(`  ${item}`);
    if (items.length > LIST_LIMIT) lines.push(`  … ${items.length - LIST_LIMIT}`);
  };

  const checked = outcome.files.filter((file) => !file.problem && !file.duplicateOf);
  const sheets = checked.reduce((n, file) => n + file.sheets.filter(isRead).length, 0);
  const scopeText = scope.kind === "column" ? t.scopes.column(scope.column) : t.scopes[scope.kind];
  const guideline = policy.mode === "guideline" ? (policy.tolerance ?? 5) : undefined;
  lines.push(t.summary(checked.length, sheets, report.overall.total));
  lines.push(t.policyLine(policyShares(policy), guideline, scopeText));
  if (report.advisory) lines.push(t.yearEnd);

  // what was read, sheet by sheet, before any verdict on it
  for (const file of checked) {
    lines.push("", `${file.path}`);
    for (const sheet of file.sheets) {
      const [first, ...rest] = describeReading(sheet.reading, language);
      lines.push(`  ${t.sheetLabel(sheet.reading.sheet)}${first}`, ...rest.map((line) => `    ${line}`));
    }
  }
  for (const file of outcome.files)
    if (file.duplicateOf) lines.push("", `${file.path}: ${t.duplicate(file.duplicateOf)}`);

  for (const unit of outcome.perFile) block(unit.group ?? "", unit, scope.kind === "file" ? "" : t.forInformation);
  if (scope.kind === "column") {
    lines.push("", `== ${t.byGroup(scope.column)} ==`);
    for (const group of report.groups) block(groupName(group.group), group);
  }
  // everyone together says something only when there is someone, and more than one unit to add up
  if (report.overall.total && (scope.kind !== "file" || outcome.perFile.length > 1)) {
    block(t.allFiles, report.overall, scope.kind === "all" ? "" : t.forInformation);
  }
  if (outcome.raters) lines.push("", ...raterLines(outcome.raters, language));

  list(
    t.invalid,
    report.invalid.map(({ address, value }) => `${address}  ${displayValue(value as SheetValue)}`),
  );
  list(t.missing, report.missing);
  list(
    t.errors,
    report.errors.map(({ address, error }) => `${address}  ${error}`),
  );
  list(
    t.weights,
    report.weights.map(
      ({ address, total }) => `${address}  ${typeof total === "number" ? percent(total) : displayValue(total)}`,
    ),
  );
  list(t.uncalculated, outcome.uncalculated.map(describeLocation));
  list(
    t.unreadable,
    outcome.files.flatMap((file) => (file.problem ? [`${file.path}: ${t.fileProblem(file.problem)}`] : [])),
  );
  for (const blocker of report.blocking) {
    if (blocker.kind === "other-scale") lines.push("", t.otherScaleOption(blocker.where, blocker.suggestion.id));
  }
  lines.push("", ...verdict(outcome, language));
  return `${lines.join("\n")}\n`;
}

const isRead = (sheet: SheetResult) => sheet.reading.kind === "table" || sheet.reading.kind === "form";

/** The rater view: per rater, people, mean and grade shares; lenient or severe flagged (advisory). */
function raterLines(view: RaterView, language: Language): string[] {
  const t = CLI_TEXT[language];
  const figure = (n: number | undefined) => (n === undefined ? "—" : formatNumber(Math.round(n * 10) / 10));
  const rows = [
    t.raterHeader(view.raters[0]?.counts.map((c) => c.grade) ?? []),
    ...view.raters.map((rater) => [
      rater.rater,
      String(rater.people),
      figure(rater.mean),
      ...rater.counts.map((c) => percent(c.share)),
      rater.flag ? t.raterFlag(rater.flag, figure(rater.othersMean)) : "",
    ]),
  ];
  const table = alignedTable(rows, "  ").map((line) => line.trimEnd());
  return [t.ratersTitle(view.basis, figure(view.mean), figure(view.sd)), ...table];
}

/** A reading in the --json document: what was read, where, and why. */
function readingJson(sheet: SheetResult, language: Language) {
  const { reading } = sheet;
  const base = { name: reading.sheet, kind: reading.kind, description: describeReading(reading, language) };
  const letter = (ref: { index: number } | undefined) => (ref ? columnName(ref.index) : null);
  switch (reading.kind) {
    case "table": {
      const people = reading.people;
      return {
        ...base,
        headerRow: reading.headerRows[reading.headerRows.length - 1] + 1,
        headerRows: reading.headerRows.map((row) => row + 1),
        gradeColumn: columnName(reading.grade.index),
        gradeHeader: reading.grade.header,
        gradeReason: reading.grade.reason,
        candidates: reading.candidates.map((c) => ({
          column: columnName(c.index),
          header: c.header,
          verdict: c.verdict,
        })),
        nameColumn: letter(reading.name),
        idColumn: letter(reading.id),
        groupColumn: letter(reading.groupBy),
        raterColumn: letter(reading.rater),
        everyRowIsAPerson: reading.everyRowIsAPerson,
        people: sheet.people,
        graded: sheet.graded,
        firstPersonRow: people.length ? people[0].row + 1 : null,
        lastPersonRow: people.length ? people[people.length - 1].lastRow + 1 : null,
        ignoredRows: reading.ignored.map((row) => ({ ...row, row: row.row + 1 })),
        suggestedScale: reading.suggestion?.id ?? null,
      };
    }
    case "form":
      return {
        ...base,
        gradeCell: reading.person.gradeCell,
        gradeLabel: reading.gradeLabel,
        person: reading.person.name,
        people: 1,
        graded: sheet.graded,
        suggestedScale: reading.suggestion?.id ?? null,
      };
    case "no-grade-column":
    case "no-group-column":
      return { ...base, headerRows: reading.headerRows.map((row) => row + 1) };
    case "not-a-table":
      return { ...base, reason: reading.reason };
  }
}

function distributionJson(group: GroupReport, language: Language, label = group.group) {
  return {
    group: label,
    people: group.total,
    ok: group.violations.length === 0,
    rows: group.rows.map((row, i) => ({
      grade: row.grade,
      count: row.count,
      actualShare: row.actualShare,
      targetShare: row.targetShare,
      targetCount: row.targetCount,
      low: group.limits[i].low,
      high: group.limits[i].high,
      difference: row.difference,
      // scripts test these: OK, +n, -n in every language
      status: CLI_TEXT.en.status(row.count, group.limits[i]),
    })),
    violations: group.violations.map((violation) => ({ ...violation, text: describeViolation(violation, language) })),
    hints: group.hints.map((hint) => ({ ...hint, text: describeHint(hint, language) })),
  };
}

/** The --json document; its shape is described in the README. */
export function renderJson(outcome: CheckOutcome, { language, scope, policy }: RenderContext): string {
  const t = CLI_TEXT[language];
  const { report } = outcome;
  const document = {
    ready: outcome.exitCode === 0,
    exitCode: outcome.exitCode,
    verdict: verdict(outcome, language).join(" "),
    blocking: report.blocking.map((blocker) => ({ ...blocker, text: describeBlocker(blocker, language) })),
    scope,
    advisory: report.advisory,
    policy: {
      mode: policy.mode ?? "exact",
      tolerance: policy.tolerance ?? 5,
      shares: Object.fromEntries(policy.shares.map(({ grade, share }) => [grade, share])),
      groups: policy.groups ?? [],
    },
    files: outcome.files.map((file) =>
      file.problem
        ? { path: file.path, status: "unreadable", problem: file.problem, message: t.fileProblem(file.problem) }
        : file.duplicateOf
          ? { path: file.path, status: "duplicate", duplicateOf: file.duplicateOf }
          : {
              path: file.path,
              status: "checked",
              sheets: file.sheets.filter(isRead).map((sheet) => readingJson(sheet, language)),
              skippedSheets: file.sheets.filter((sheet) => !isRead(sheet)).map((sheet) => sheet.reading.sheet),
              skipped: file.sheets.filter((sheet) => !isRead(sheet)).map((sheet) => readingJson(sheet, language)),
            },
    ),
    distributions: {
      files: outcome.perFile.map((unit) => distributionJson(unit, language)),
      groups: scope.kind === "column" ? report.groups.map((group) => distributionJson(group, language)) : [],
      overall: distributionJson(report.overall, language, null),
    },
    invalid: report.invalid.map(({ address, value }) => ({ ...outcome.locate(address), value })),
    missing: report.missing.map((address) => outcome.locate(address)),
    errors: report.errors.map(({ address, error }) => ({ ...outcome.locate(address), error })),
    weights: report.weights.map(({ address, total }) => ({ ...outcome.locate(address), total })),
    uncalculated: outcome.uncalculated,
    raters: outcome.raters ?? null,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
