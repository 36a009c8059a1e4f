/** `hr-appraisal template <id> --out file.xlsx`: a catalog template as a new workbook. */
import { existsSync } from "fs";
import { parseArgs } from "util";
import type { Language } from "../../src";
import { CATALOG, Cycle, findTemplate, planSheet } from "../../src/templates";
import { CLI_TEXT } from "../messages";
import { coreResults } from "../xlsx/core-results";
import { planWorkbook } from "../xlsx/write-plan";
import { type CommandIo, UsageError } from "./io";

const DEFAULT_ROWS = 20;
const MAX_ROWS = 100_000;

/** This month, quarter or year, as the header and the sheet name show the period. */
function currentPeriod(cycle: Cycle, now = new Date()): string {
  const year = now.getFullYear();
  if (cycle === "annual") return String(year);
  if (cycle === "quarterly") return `${year} Q${Math.floor(now.getMonth() / 3) + 1}`;
  return `${year}-${String(now.getMonth() + 1).padStart(2, "0")}`;
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
  const ids = CATALOG.map((template) => template.id).join(", ");
  if (values.list) {
    const lines = CATALOG.map((template) => t.templateLine(template.id, template.role[language], template.cycles));
    io.stdout.write(`${t.templateList}\n${lines.join("\n")}\n`);
    return 0;
  }
  const [id, ...extra] = positionals;
  if (!id) throw new UsageError(t.templateNeeded(ids));
  if (extra.length) throw new UsageError(t.badArguments(t.extraArguments(extra.join(" "))));
  const template = findTemplate(id);
  if (!template) throw new UsageError(t.unknownTemplate(id, ids));
  if (!values.out) throw new UsageError(t.outNeeded);
  if (existsSync(values.out) && !values.force) throw new UsageError(t.outExists(values.out));
  const rows = values.rows === undefined ? DEFAULT_ROWS : Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_ROWS) {
    throw new UsageError(t.rowsRange(String(values.rows), MAX_ROWS));
  }
  const cycle = values.cycle ?? template.cycles[0];
  if (!Cycle.safeParse(cycle).success) throw new UsageError(t.badChoice("cycle", cycle, Cycle.options));
  if (values.portable && values.letters) throw new UsageError(t.lettersNotPortable);

  const raters = !values["no-raters"];
  const plan = planSheet(template, {
    employees: rows,
    cycle: cycle as Cycle,
    period: values.period ?? currentPeriod(cycle as Cycle),
    language,
    raters,
    ratingInput: values.letters ? "letters" : "points",
    formulas: values.portable ? "portable" : "hr",
  });
  const blankRows = Array.from({ length: rows }, () => []);
  const workbook = planWorkbook(plan, coreResults(plan, template, raters, blankRows));
  await workbook.xlsx.writeFile(values.out);
  io.stdout.write(`${t.wrote(values.out, plan.sheetName, rows, Boolean(values.portable))}\n`);
  return 0;
}
