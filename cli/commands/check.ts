/** `hr-appraisal check <files or folders…>`: the forced-distribution check over collected workbooks. */
import { readFile } from "fs/promises";
import { parseArgs } from "util";
import { DEFAULT_POLICY, DEFAULT_SCALE, type Language, type Policy } from "../../src";
import { parsePolicyJson } from "../../src/check";
import { renderJson, renderText } from "../check/render";
import { progressBar } from "../check/progress";
import { type Scope, runCheck } from "../check/run-check";
import { CLI_TEXT } from "../messages";
import { type CommandIo, UsageError } from "./io";

/** Workbooks above this size are refused unless --max-size says otherwise (MB). */
const DEFAULT_MAX_MB = 50;

function scopeOf(groupBy: string | undefined): Scope {
  const value = groupBy?.trim();
  if (value === undefined || value === "file") return { kind: "file" };
  if (value === "all") return { kind: "all" };
  return { kind: "column", column: value };
}

async function readPolicy(path: string, language: Language): Promise<Policy> {
  const t = CLI_TEXT[language];
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(t.policyUnreadable(path, (error as Error).message));
  }
  const result = parsePolicyJson(text, DEFAULT_SCALE);
  if (!result.ok) {
    throw new UsageError([t.policyInvalid(path), ...result.problems.map((p) => `  ${p[language]}`)].join("\n"));
  }
  return result.policy;
}

export async function checkCommand(args: string[], io: CommandIo, language: Language): Promise<number> {
  const t = CLI_TEXT[language];
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      "group-by": { type: "string" },
      policy: { type: "string" },
      json: { type: "boolean" },
      "year-end": { type: "boolean" },
      "max-size": { type: "string" },
      lang: { type: "string" },
    },
  });
  if (!positionals.length) throw new UsageError(t.inputsNeeded);
  const maxMb = values["max-size"] === undefined ? DEFAULT_MAX_MB : Number(values["max-size"]);
  if (!(maxMb > 0)) throw new UsageError(t.notPositive("max-size", String(values["max-size"])));
  const policy = values.policy ? await readPolicy(values.policy, language) : DEFAULT_POLICY;
  const scope = scopeOf(values["group-by"]);
  const progress = progressBar(io.stderr, language);
  const outcome = await runCheck({
    paths: positionals,
    scope,
    policy,
    scale: DEFAULT_SCALE,
    advisory: Boolean(values["year-end"]),
    limitBytes: maxMb * 2 ** 20,
    onFile: progress?.update,
  }).finally(() => progress?.done());
  const context = { language, scope, policy };
  io.stdout.write(values.json ? renderJson(outcome, context) : renderText(outcome, context));
  return outcome.exitCode;
}
