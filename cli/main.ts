/**
 * The hr-appraisal command line: `template` writes a catalog template as an .xlsx workbook,
 * `check` checks the forced distribution over collected workbooks. Built into dist/cli.js;
 * bin/hr-appraisal.js runs it.
 */
import { ZodError } from "zod";
import { type Language, languageOf } from "../src";
import { checkCommand } from "./commands/check";
import { type CommandIo, UsageError } from "./commands/io";
import { CLI_TEXT } from "./messages";

/** --lang zh-CN|en-US wins; else the environment's locale (LC_ALL, LC_MESSAGES, LANG): zh* is Chinese. */
export function languageFrom(args: readonly string[], env: NodeJS.ProcessEnv): Language {
  const flag = args.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const wanted = flag < 0 ? env.LC_ALL || env.LC_MESSAGES || env.LANG : (args[flag].split("=")[1] ?? args[flag + 1]);
  return languageOf(wanted?.replace(/_/g, "-"));
}

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
    else if (error instanceof ZodError) {
      const detail = error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
      io.stderr.write(`${t.badOptions(detail)}\n`);
    } else if ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr.write(`${t.badArguments((error as Error).message)}\n`);
    } else throw error;
    return 2;
  }
}
