/** `hr-appraisal template <id> --out file.xlsx`: a catalog template as a new workbook. */
import { existsSync, statSync } from "fs";
import { dirname, extname, resolve } from "path";
import { parseArgs } from "util";
import type { Language } from "../../src";
import { CATALOG, Cycle, PlanOptions, findTemplate, planSheet } from "../../src/templates";
import { CLI_TEXT, type CliText } from "../messages";
import { coreResults } from "../xlsx/core-results";
import { planWorkbook } from "../xlsx/write-plan";
import { type CommandIo, UsageError } from "./io";

const DEFAULT_ROWS = 20;
/** The employee-row limits of the sheet plan itself: the command line does not keep its own copy. */
const ROWS = PlanOptions.innerType().shape.employees;

/**
 * The period as the sheet name and header show it, one form per cycle; a period in another form
 * (`2026-13`, `Nov 2026`) would name a sheet that sorts and reads wrongly, so it is refused.
 */
const PERIOD_FORMS: Record<Cycle, RegExp> = {
  monthly: /^[1-9]\d{3}-(0[1-9]|1[0-2])$/,
  quarterly: /^[1-9]\d{3} Q[1-4]$/,
  annual: /^[1-9]\d{3}$/,
};
const PERIOD_EXAMPLES: Record<Cycle, string> = { monthly: "2026-11", quarterly: "2026 Q4", annual: "2026" };

/** `--lang` takes Chinese or English, with or without a region, also as LANG writes it: zh, zh-CN, zh_CN.UTF-8, en-US. */
const LANGUAGE_TAG = /^(zh|en)([-_.][a-z0-9]+)*$/i;
const LANGUAGES = "zh-CN, en-US";

/** This month, quarter or year, in the form PERIOD_FORMS accepts. */
function currentPeriod(cycle: Cycle, now = new Date()): string {
  const year = now.getFullYear();
  if (cycle === "annual") return String(year);
  if (cycle === "quarterly") return `${year} Q${Math.floor(now.getMonth() / 3) + 1}`;
  return `${year}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

/** The one-line reason a file system error gives, in the user's language. */
function writeProblem(t: CliText, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "EACCES":
    case "EPERM":
      return t.writeProblems.denied;
    case "EBUSY":
      return t.writeProblems.busy;
    case "EISDIR":
      return t.writeProblems.isFolder;
    case "ENOSPC":
      return t.writeProblems.full;
    case "EROFS":
      return t.writeProblems.readOnly;
    case "ENOENT":
    case "ENOTDIR":
      return t.writeProblems.noFolder;
    default:
      return error.code ?? error.message;
  }
}

export async function templateCommand(args: string[], io: CommandIo, language: Language): Promise<number> {
  const t = CLI_TEXT[language];
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      rows: { type: "string" },
      portable: { type: "boolean" },
      letters: { type: "boolean" },
      "no-raters": { type: "boolean" },
      period: { type: "string" },
      cycle: { type: "string" },
      lang: { type: "string" },
      force: { type: "boolean" },
      list: { type: "boolean" },
    },
  });
  if (values.lang !== undefined && !LANGUAGE_TAG.test(values.lang)) {
    throw new UsageError(t.badChoice("lang", values.lang, LANGUAGES));
  }
  const ids = CATALOG.map((template) => template.id).join(", ");
  if (values.list) {
    const lines = CATALOG.map(
      (template) => `  ${template.id} — ${template.role[language]} — ${template.cycles.join(", ")}`,
    );
    io.stdout.write(`${t.templateList}\n${lines.join("\n")}\n`);
    return 0;
  }
  const [id, ...extra] = positionals;
  if (!id) throw new UsageError(t.templateNeeded(ids));
  if (extra.length) throw new UsageError(t.strayArgument(extra[0], extname(extra[0]).toLowerCase() === ".xlsx"));
  const template = findTemplate(id);
  if (!template) throw new UsageError(t.unknownTemplate(id, ids));

  const cycle = values.cycle ?? template.cycles[0];
  const knownCycle = Cycle.safeParse(cycle);
  if (!knownCycle.success) throw new UsageError(t.badChoice("cycle", cycle, Cycle.options.join(", ")));
  if (!template.cycles.includes(knownCycle.data)) {
    throw new UsageError(t.cycleNotOfTemplate(knownCycle.data, template.id, template.cycles));
  }
  const period = values.period?.trim() ?? currentPeriod(knownCycle.data);
  if (!PERIOD_FORMS[knownCycle.data].test(period)) {
    const fits = template.cycles.find((other) => PERIOD_FORMS[other].test(period));
    throw new UsageError(
      fits
        ? t.periodOfOtherCycle(period, fits, knownCycle.data)
        : t.badPeriod(period, knownCycle.data, PERIOD_EXAMPLES[knownCycle.data]),
    );
  }
  const rows = values.rows === undefined ? DEFAULT_ROWS : /^\s*\d+\s*$/.test(values.rows) ? Number(values.rows) : NaN;

  const raters = !values["no-raters"];
  const options = PlanOptions.safeParse({
    employees: rows,
    cycle: knownCycle.data,
    period,
    language,
    raters,
    ratingInput: values.letters ? "letters" : "points",
    formulas: values.portable ? "portable" : "hr",
  });
  if (!options.success) {
    const field = options.error.issues[0].path[0];
    if (field === "employees") throw new UsageError(t.rowsRange(String(values.rows), ROWS.minValue!, ROWS.maxValue!));
    if (field === "ratingInput") throw new UsageError(t.lettersNotPortable);
    throw options.error;
  }

  const out = values.out;
  if (!out) throw new UsageError(t.outNeeded);
  if (extname(out).toLowerCase() !== ".xlsx") throw new UsageError(t.outNotXlsx(out));
  const folder = dirname(resolve(out));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(t.outFolderMissing(folder));
  if (existsSync(out) && !values.force) throw new UsageError(t.outExists(out));

  const plan = planSheet(template, options.data);
  const blankRows = Array.from({ length: rows }, () => []);
  const workbook = planWorkbook(plan, coreResults(plan, template, raters, blankRows));
  try {
    await workbook.xlsx.writeFile(out);
  } catch (error) {
    if (!(error as NodeJS.ErrnoException).code) throw error;
    throw new UsageError(t.writeFailed(out, writeProblem(t, error as NodeJS.ErrnoException)));
  }
  io.stdout.write(`${t.wrote(out, plan.sheetName, rows, Boolean(values.portable))}\n`);
  return 0;
}
