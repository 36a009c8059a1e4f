/**
 * The hr-appraisal command line: `template` writes a catalog template as an .xlsx workbook,
 * `check` checks the forced distribution over collected workbooks. Built into dist/cli.js;
 * bin/hr-appraisal.js runs it.
 */
import { ZodError, type ZodIssue } from "zod";
import { type Language, languageOf } from "../src";
import { type Placer, issueInWords } from "../src/templates";
import { checkCommand } from "./commands/check";
import { type CommandIo, UsageError } from "./commands/io";
import { type ArgumentProblem, CLI_TEXT } from "./messages";

/** --lang zh-CN|en-US wins; else the environment's locale (LC_ALL, LC_MESSAGES, LANG): zh* is Chinese. */
export function languageFrom(args: readonly string[], env: NodeJS.ProcessEnv): Language {
  const flag = args.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const wanted = flag < 0 ? env.LC_ALL || env.LC_MESSAGES || env.LANG : (args[flag].split("=")[1] ?? args[flag + 1]);
  return languageOf(wanted?.replace(/_/g, "-"));
}

/** The flag that sets each option of a sheet plan, for messages about the options. */
const FLAGS: Record<string, string> = {
  employees: "--rows",
  cycle: "--cycle",
  period: "--period",
  language: "--lang",
  raters: "--no-raters",
  ratingInput: "--letters",
  formulas: "--portable",
};
const optionPlace: Placer = (path) => ({ where: "", field: FLAGS[String(path[0])] ?? String(path[0] ?? "") });

/** Invalid options: zod's issues at their path in English, in words naming the flag in Chinese. */
function describeOptions(issues: readonly ZodIssue[], language: Language): string {
  if (language === "en") return issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
  return issues.map((issue) => issueInWords(issue, optionPlace)).join("；");
}

/** What node's parseArgs refused (its error codes ERR_PARSE_ARGS_*), and the flag or argument it names. */
function argumentProblem(error: { code: string; message: string }): { problem: ArgumentProblem; option: string } {
  const option = /'([^' ]+)/.exec(error.message)?.[1] ?? "";
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return { problem: "unknown-option", option };
  if (error.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return { problem: "unexpected-argument", option };
  // ERR_PARSE_ARGS_INVALID_OPTION_VALUE: "Option '--out <value>' argument missing", "Option '--out' argument is
  // ambiguous" (the next word is an option), or "Option '--portable' does not take an argument"
  const missing = /argument missing|ambiguous/.test(error.message);
  return { problem: missing ? "missing-value" : "unexpected-value", option };
}

const isParseArgsError = (error: unknown): error is Error & { code: string } =>
  typeof (error as { code?: unknown })?.code === "string" &&
  (error as { code: string }).code.startsWith("ERR_PARSE_ARGS");

/** Runs the command line; resolves to the exit code. */
export async function main(
  args: string[],
  io: CommandIo = { stdout: process.stdout, stderr: process.stderr },
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const language = languageFrom(args, env);
  const t = CLI_TEXT[language];
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      (command === undefined ? io.stderr : io.stdout).write(t.usage);
      return command === undefined ? 2 : 0;
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout.write(t.usage);
      return 0;
    }
    if (command === "template") {
      // loaded on demand: only the writer needs ExcelJS, and `check` starts faster without it
      const { templateCommand } = await import(/* webpackMode: "eager" */ "./commands/template");
      return await templateCommand(rest, io, language);
    }
    if (command === "check") return await checkCommand(rest, io, language);
    throw new UsageError(t.unknownCommand(command));
  } catch (error) {
    if (error instanceof UsageError) io.stderr.write(`${error.message}\n`);
    else if (error instanceof ZodError) io.stderr.write(`${t.badOptions(describeOptions(error.issues, language))}\n`);
    else if (isParseArgsError(error)) {
      const { problem, option } = argumentProblem(error);
      io.stderr.write(`${t.badArguments(t.argumentError(problem, option, error.message))}\n`);
    } else throw error;
    return 2;
  }
}
