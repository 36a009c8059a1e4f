/**
 * User templates (JSON) through the same schema as the catalog, with messages that point at the
 * field: "sections[1].items[3].weight must be ≥ 0", in English and Chinese.
 */
import { z } from "zod";
import { Template } from "./schema";

export interface TemplateProblem {
  /** Where: "sections[1].items[3].weight" ("" for the whole document). */
  path: string;
  en: string;
  zh: string;
}

export type TemplateResult = { ok: true; template: Template } | { ok: false; problems: TemplateProblem[] };

const TYPE_NAMES: Record<string, [string, string]> = {
  number: ["a number", "数字"],
  string: ["text", "文本"],
  array: ["a list", "列表"],
  object: ["an object", "对象"],
  boolean: ["true or false", "true 或 false"],
};

const PATTERN_HINTS: Record<string, [string, string]> = {
  seed: ["must be a seed number such as 003, or custom", "应为手册编号（如 003）或 custom"],
  id: ["must be lowercase words joined by '-', e.g. shop-designer", "应为以“-”连接的小写英文单词，如 shop-designer"],
};

/** "sections[1].items[3].weight" */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : index ? `.${key}` : key)).join("");
}

function describe(issue: z.ZodIssue): [string, string] {
  const list = (values: readonly unknown[]) => values.map((v) => `'${String(v)}'`).join(", ");
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type: {
      if (issue.received === "undefined") return ["is required", "缺少此项"];
      const [en, zh] = TYPE_NAMES[issue.expected] ?? [issue.expected, issue.expected];
      return [`must be ${en}`, `应为${zh}`];
    }
    case z.ZodIssueCode.too_small:
      if (issue.type === "string") return ["must not be empty", "不能为空"];
      if (issue.type === "array") return [`needs at least ${issue.minimum} entries`, `至少需要 ${issue.minimum} 项`];
      return issue.inclusive
        ? [`must be ≥ ${issue.minimum}`, `必须 ≥ ${issue.minimum}`]
        : [`must be > ${issue.minimum}`, `必须 > ${issue.minimum}`];
    case z.ZodIssueCode.too_big:
      return [`must be ≤ ${issue.maximum}`, `必须 ≤ ${issue.maximum}`];
    case z.ZodIssueCode.not_finite:
      return ["must be a finite number", "应为有限的数字"];
    case z.ZodIssueCode.invalid_enum_value:
      return [`must be one of ${list(issue.options)}`, `必须是 ${list(issue.options)} 之一`];
    case z.ZodIssueCode.invalid_union_discriminator:
      return [`must be one of ${list(issue.options)}`, `必须是 ${list(issue.options)} 之一`];
    case z.ZodIssueCode.invalid_literal:
      return [`must be ${JSON.stringify(issue.expected)}`, `必须为 ${JSON.stringify(issue.expected)}`];
    case z.ZodIssueCode.unrecognized_keys:
      return [`has unknown fields ${list(issue.keys)}`, `包含未知字段 ${list(issue.keys)}`];
    case z.ZodIssueCode.invalid_string: {
      const key = String(issue.path.at(-1));
      return PATTERN_HINTS[key] ?? PATTERN_HINTS.id;
    }
    case z.ZodIssueCode.custom: {
      const params = issue.params ?? {};
      if (params.rule === "sum100") {
        const total = Math.round(params.total * 100) / 100;
        return [`weights add up to ${total}%, not 100%`, `权重合计为 ${total}%，不是 100%`];
      }
      if (params.rule === "unique") return [`'${params.value}' appears twice`, `“${params.value}”重复出现`];
      if (params.rule === "floorAboveCap") return ["must not be above the cap", "不能高于封顶"];
      return [issue.message, issue.message];
    }
    default:
      return [issue.message, issue.message];
  }
}

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((key, index) => key === b[index]);

/**
 * A union's issues as those of the member the input meant (an item: rating, step KPI or KPI). A
 * member whose literal field (`kind`) the input does not have is not meant; of the others, the one
 * with the fewest issues is. When none is meant, the literal field itself is the problem.
 */
function meantIssues(union: z.ZodInvalidUnionIssue): z.ZodIssue[] {
  const members = union.unionErrors.map((error) => error.issues);
  const literalMisses = (issues: readonly z.ZodIssue[]) =>
    issues.filter(
      (issue): issue is Extract<z.ZodIssue, { code: "invalid_literal" }> =>
        issue.code === z.ZodIssueCode.invalid_literal && samePath(issue.path.slice(0, -1), union.path),
    );
  const meant = members.filter((issues) => literalMisses(issues).length === 0);
  if (meant.length) {
    const closest = meant.reduce((best, issues) => (issues.length < best.length ? issues : best));
    return closest.flatMap((issue) => (issue.code === z.ZodIssueCode.invalid_union ? meantIssues(issue) : [issue]));
  }
  const [miss] = literalMisses(members[0]);
  const options = [...new Set(members.flatMap((issues) => literalMisses(issues).map((issue) => issue.expected)))];
  return [
    {
      code: z.ZodIssueCode.invalid_enum_value,
      path: miss.path,
      options: options as (string | number)[],
      received: miss.received as string | number,
      message: miss.message,
    },
  ];
}

/** Zod's issues as messages that point at the field, in both languages (for any JSON the user writes). */
export function describeIssues(issues: readonly z.ZodIssue[]): TemplateProblem[] {
  const flat = issues.flatMap((issue) => (issue.code === z.ZodIssueCode.invalid_union ? meantIssues(issue) : [issue]));
  return flat.map((issue) => {
    const path = formatPath(issue.path);
    const [en, zh] = describe(issue);
    return { path, en: path ? `${path} ${en}` : en, zh: path ? `${path} ${zh}` : zh };
  });
}

/** Validates a template object (from JSON or code). */
export function parseTemplate(input: unknown): TemplateResult {
  const result = Template.safeParse(input);
  if (result.success) return { ok: true, template: result.data };
  return { ok: false, problems: describeIssues(result.error.issues) };
}

/** The value in a JSON file's text, or the problem that it is not JSON. */
export function readJson(text: string): { ok: true; value: unknown } | { ok: false; problems: TemplateProblem[] } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = (error as Error).message;
    return {
      ok: false,
      problems: [{ path: "", en: `The file is not valid JSON: ${detail}`, zh: `文件不是有效的 JSON：${detail}` }],
    };
  }
}

/** Validates the text of a template file. */
export function parseTemplateJson(text: string): TemplateResult {
  const json = readJson(text);
  return json.ok ? parseTemplate(json.value) : json;
}

/** A template as a JSON file that parseTemplateJson reads back unchanged. */
export function exportTemplate(template: Template): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}
