/** `hr-appraisal check <files or folders…>`: the forced-distribution check over collected workbooks. */
import { readFile } from "fs/promises";
import { parseArgs } from "util";
import { DEFAULT_POLICY, DEFAULT_SCALE, type Language, type Policy, type Scale } from "../../src";
import { type ScaleResult, knownScaleResult, parsePolicyJson, parseScaleJson } from "../../src/check";
import { KNOWN_SCALES } from "../../src/reading";
import type { TemplateProblem } from "../../src/templates";
import { renderJson, renderText } from "../check/render";
import { DEFAULT_MAX_BYTES } from "../xlsx/zip";
import { progressBar } from "../check/progress";
import { type Scope, runCheck } from "../check/run-check";
import { CLI_TEXT } from "../messages";
import { type CommandIo, UsageError } from "./io";

/** Workbooks above this size are refused unless --max-size says otherwise (MB). */
const DEFAULT_MAX_MB = DEFAULT_MAX_BYTES / 2 ** 20;

function scopeOf(groupBy: string | undefined): Scope {
  const value = groupBy?.trim();
  if (value === undefined || value === "file") return { kind: "file" };
  if (value === "all") return { kind: "all" };
  return { kind: "column", column: value };
}

/** A policy or scale file's text, or a usage error that names the file. */
async function readText(path: string, kind: "policy" | "scale", language: Language): Promise<string> {
  const t = CLI_TEXT[language];
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const detail = (error as Error).message;
    throw new UsageError(kind === "policy" ? t.policyUnreadable(path, detail) : t.scaleUnreadable(path, detail));
  }
}

function invalidFile(path: string, kind: "policy" | "scale", problems: TemplateProblem[], language: Language): never {
  const t = CLI_TEXT[language];
  const title = kind === "policy" ? t.policyInvalid(path) : t.scaleInvalid(path);
  throw new UsageError([title, ...problems.map((p) => `  ${p[language]}`)].join("\n"));
}

async function readPolicy(path: string, scale: Scale, language: Language): Promise<Policy> {
  const result = parsePolicyJson(await readText(path, "policy", language), scale);
  return result.ok ? result.policy : invalidFile(path, "policy", result.problems, language);
}

/** --scale: a known scale's id (excellent-good-pass-fail …) or a scale file. */
async function readScale(wanted: string, language: Language): Promise<Extract<ScaleResult, { ok: true }>> {
  const known = knownScaleResult(wanted);
  if (known?.ok) return known;
  const result = parseScaleJson(await readText(wanted, "scale", language));
  return result.ok ? result : invalidFile(wanted, "scale", result.problems, language);
}

/** A whole number from 1: --header-row. */
function rowNumber(flag: string, value: string | undefined, language: Language): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(CLI_TEXT[language].notRow(flag, value));
  return n;
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
      scale: { type: "string" },
      "grade-column": { type: "string" },
      "header-row": { type: "string" },
      lang: { type: "string" },
    },
  });
  if (!positionals.length) throw new UsageError(t.inputsNeeded);
  const maxMb = values["max-size"] === undefined ? DEFAULT_MAX_MB : Number(values["max-size"]);
  if (!(maxMb > 0)) throw new UsageError(t.notPositive("max-size", String(values["max-size"])));
  const scale = values.scale
    ? await readScale(values.scale, language)
    : { scale: DEFAULT_SCALE, policy: DEFAULT_POLICY };
  const policy = values.policy ? await readPolicy(values.policy, scale.scale, language) : scale.policy;
  if (!policy) throw new UsageError(t.policyNeeded(values.scale!, KNOWN_SCALES.map((k) => k.id).join(", ")));
  const headerRow = rowNumber("header-row", values["header-row"], language);
  const scope = scopeOf(values["group-by"]);
  const progress = progressBar(io.stderr, language);
  const outcome = await runCheck({
    paths: positionals,
    scope,
    policy,
    scale: scale.scale,
    gradeColumn: values["grade-column"],
    headerRow,
    advisory: Boolean(values["year-end"]),
    limitBytes: maxMb * 2 ** 20,
    onFile: progress?.update,
  }).finally(() => progress?.done());
  const context = { language, scope, policy };
  io.stdout.write(values.json ? renderJson(outcome, context) : renderText(outcome, context));
  return outcome.exitCode;
}
