/**
 * What the sidebar's server functions hand back across google.script.run: a Reply (sheets/
 * contract.ts), never a thrown error, which would reach the sidebar as its message alone. Input
 * from the sidebar is checked here, with the core's schemas, before anything touches the
 * spreadsheet; problems are told in the spreadsheet's language.
 */
import type { Reply } from "../contract";
import type { Language } from "../../src/messages";
import { PlanOptions, type Template, describeIssues, parseTemplate } from "../../src/templates";
import type { InsertOptions } from "../../taskpane/workbook/gateway";
import { STRINGS } from "../../taskpane/i18n";
import { InsertFailed } from "../../taskpane/workbook/insert-error";
import { spreadsheetLanguage } from "./sheets-values";
import { BadAddress, NoSuchSheet } from "./spreadsheet";

const en = {
  badTemplate: (problems: string[]) => `The template cannot be inserted: ${problems.join("; ")}`,
  badOptions: (problems: string[]) => `The insert options are not valid: ${problems.join("; ")}`,
  noSheet: (sheet: string) => `There is no sheet named “${sheet}”: it may have been renamed or deleted.`,
  badAddress: (address: string) => `“${address}” is not a cell address such as B7.`,
};

const zh: typeof en = {
  badTemplate: (problems) => `无法插入该模板：${problems.join("；")}`,
  badOptions: (problems) => `插入选项有误：${problems.join("；")}`,
  noSheet: (sheet) => `没有名为“${sheet}”的工作表，可能已被重命名或删除。`,
  badAddress: (address) => `“${address}”不是单元格地址（如 B7）。`,
};

const MESSAGES: Record<Language, typeof en> = { en, zh };

/** The spreadsheet's language for a message; English when even that cannot be read. */
function language(): Language {
  try {
    return spreadsheetLanguage();
  } catch {
    return "en";
  }
}

/** Runs a server function's work as a Reply: its value, or its error as plain data. */
export function reply<T>(work: () => T): Reply<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    const t = MESSAGES[language()];
    const message =
      error instanceof NoSuchSheet
        ? t.noSheet(error.sheet)
        : error instanceof BadAddress
          ? t.badAddress(error.address)
          : error instanceof Error
            ? error.message
            : String(error);
    return { ok: false, error: { message, sheet: error instanceof InsertFailed ? error.sheet : null } };
  }
}

/** The template the sidebar sent, through the core's schema (a user's own template file too). */
export function checkedTemplate(input: unknown): Template {
  const parsed = parseTemplate(input);
  if (parsed.ok) return parsed.template;
  const lang = language();
  throw new Error(MESSAGES[lang].badTemplate(parsed.problems.map((problem) => problem[lang])));
}

/** The insert options the sidebar sent, through PlanOptions; the sheet and name lists are the server's to fill. */
export function checkedOptions(input: unknown): InsertOptions {
  const parsed = PlanOptions.safeParse({ ...(input as object), takenSheetNames: [], takenNames: [] });
  if (parsed.success) return parsed.data;
  const lang = language();
  const fields = STRINGS[lang] as unknown as Record<string, unknown>;
  const problems = describeIssues(parsed.error.issues, (path) => {
    const field = fields[String(path[0])];
    return { where: "", field: typeof field === "string" ? field : String(path[0] ?? "") };
  });
  throw new Error(MESSAGES[lang].badOptions(problems.map((problem) => problem[lang])));
}
