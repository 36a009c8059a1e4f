/**
 * User templates (JSON) through the same schema as the catalog, with messages that point at the
 * field, shaped like zod's own locales: "sections[1].items[3].weight must be ≥ 0" in English; in
 * Chinese the place in words, the JSON path only as a detail for experts:
 * "第 2 个维度第 4 项“转化率”：权重不能小于 0（位置：sections[1].items[3].weight）".
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

type Path = readonly (string | number)[];

/**
 * A place in a JSON document in Chinese words: `where` names the entry ("第 2 个维度第 4 项"), `field`
 * the value inside it ("权重"); either may be empty.
 */
export interface Place {
  where: string;
  field: string;
}

/** Puts a path of a document into words; `input` is the document, for names ("第 2 个维度“工作能力指标”"). */
export type Placer = (path: Path, input?: unknown) => Place;

const TYPE_NAMES: Record<string, [string, string]> = {
  number: ["a number", "数字"],
  string: ["text", "文本"],
  array: ["a list", "列表"],
  object: ["an object", "对象"],
  boolean: ["true or false", "true 或 false"],
};

const PATTERN_HINTS: Record<string, [string, string]> = {
  seed: ["must be a seed number such as 003, or custom", "应为原手册编号（如 003）或 custom"],
  id: ["must be lowercase words joined by '-', e.g. shop-designer", "应为以“-”连接的小写英文单词，如 shop-designer"],
};

/** What the values of the template's and the policy file's lists mean, for choices in Chinese. */
const VALUE_NAMES: Record<string, string> = {
  monthly: "月度",
  quarterly: "季度",
  annual: "年度",
  rating: "评分项目",
  kpi: "KPI 指标",
  higher: "越高越好",
  lower: "越低越好",
  seed: "原手册",
  default: "默认值",
  self: "自评",
  supervisor: "上级评价",
  peer: "互评",
  management: "管理类",
  operations: "运营类",
  "customer-service": "客服类",
  marketing: "市场推广类",
  "content-design": "内容与设计类",
  data: "数据分析类",
  exact: "精确人数",
  guideline: "参考范围",
};

/** The template's field names in Chinese, per kind of entry. */
export const FIELD_NAMES = {
  template: {
    schemaVersion: "模板版本",
    id: "模板编号",
    role: "岗位名称",
    department: "部门",
    family: "岗位类别",
    seed: "来源手册编号",
    cycles: "考核周期",
    raters: "评价人",
    raterWeightsSource: "评价人权重的来源",
    sections: "考核维度",
    notes: "说明",
  },
  section: {
    id: "维度编号",
    name: "维度名称",
    weight: "维度权重",
    weightSource: "维度权重的来源",
    items: "考核项目",
  },
  item: {
    kind: "项目类型",
    id: "项目编号",
    name: "项目名称",
    weight: "权重",
    weightSource: "权重的来源",
    description: "说明",
    anchors: "行为描述",
    unit: "单位",
    direction: "指标方向",
    floor: "达成率门槛",
    cap: "达成率封顶",
    limitsSource: "门槛与封顶的来源",
    steps: "分档计分表",
    stepsSource: "分档计分表的来源",
  },
  step: { threshold: "分档值", points: "得分" },
  rater: { role: "评价人类型", weight: "评价人权重" },
} satisfies Record<string, Record<string, string>>;

/** A field path in words: name.zh → 项目名称（中文）, anchors.A → A 级行为描述; unknown keys as they are. */
function fieldWords(names: Record<string, string>, rest: Path): string {
  const [key, ...more] = rest;
  if (key === undefined) return "";
  if (key === "zh" || key === "en") return `（${key === "zh" ? "中文" : "英文"}）${fieldWords({}, more)}`;
  if (key === "anchors" && typeof more[0] === "string") return `${more[0]} 级行为描述${fieldWords({}, more.slice(1))}`;
  const name = typeof key === "number" ? `第 ${key + 1} 项` : (names[key] ?? key);
  const [next] = more;
  const joint = next === undefined || next === "zh" || next === "en" || typeof next === "number" ? "" : "的";
  // a list's entries keep the names of their fields; a step table's rows have their own
  const inner = typeof key === "number" ? names : key === "steps" ? FIELD_NAMES.step : {};
  return `${name}${joint}${fieldWords(inner, more)}`;
}

/** The Chinese name of an entry of the document, when it has one: 第 2 个维度“工作能力指标”. */
function named(entry: unknown): string {
  const name = (entry as { name?: { zh?: unknown } } | undefined)?.name?.zh;
  return typeof name === "string" && name.trim() ? `“${name.trim()}”` : "";
}

/** The template's paths in words: sections[1].items[3].weight → 第 2 个维度第 4 项 · 权重. */
export const templatePlace: Placer = (path, input) => {
  const doc = input as { sections?: { items?: unknown[] }[] } | undefined;
  const [top, s, middle, i] = path;
  if (top === "sections" && typeof s === "number") {
    const section = doc?.sections?.[s];
    if (middle === "items" && typeof i === "number") {
      return {
        where: `第 ${s + 1} 个维度第 ${i + 1} 项${named(section?.items?.[i])}`,
        field: fieldWords(FIELD_NAMES.item, path.slice(4)),
      };
    }
    return { where: `第 ${s + 1} 个维度${named(section)}`, field: fieldWords(FIELD_NAMES.section, path.slice(2)) };
  }
  if (top === "raters" && typeof s === "number") {
    return { where: `第 ${s + 1} 个评价人`, field: fieldWords(FIELD_NAMES.rater, path.slice(2)) };
  }
  if (top === "cycles" && typeof s === "number") return { where: "", field: `第 ${s + 1} 个考核周期` };
  return { where: "", field: fieldWords(FIELD_NAMES.template, path) };
};

function english(issue: z.ZodIssue): string {
  const list = (values: readonly unknown[]) => values.map((v) => `'${String(v)}'`).join(", ");
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      return issue.received === "undefined"
        ? "is required"
        : `must be ${TYPE_NAMES[issue.expected]?.[0] ?? issue.expected}`;
    case z.ZodIssueCode.too_small:
      if (issue.type === "string") return "must not be empty";
      if (issue.type === "array") return `needs at least ${issue.minimum} entries`;
      return issue.inclusive ? `must be ≥ ${issue.minimum}` : `must be > ${issue.minimum}`;
    case z.ZodIssueCode.too_big:
      return `must be ≤ ${issue.maximum}`;
    case z.ZodIssueCode.not_finite:
      return "must be a finite number";
    case z.ZodIssueCode.invalid_enum_value:
    case z.ZodIssueCode.invalid_union_discriminator:
      return `must be one of ${list(issue.options)}`;
    case z.ZodIssueCode.invalid_literal:
      return `must be ${JSON.stringify(issue.expected)}`;
    case z.ZodIssueCode.unrecognized_keys:
      return `has unknown fields ${list(issue.keys)}`;
    case z.ZodIssueCode.invalid_string:
      return (PATTERN_HINTS[String(issue.path.at(-1))] ?? PATTERN_HINTS.id)[0];
    case z.ZodIssueCode.custom: {
      const params = issue.params ?? {};
      if (params.rule === "sum100") return `weights add up to ${Math.round(params.total * 100) / 100}%, not 100%`;
      if (params.rule === "unique") return `'${params.value}' appears twice`;
      if (params.rule === "floorAboveCap") return "must not be above the cap";
      return issue.message;
    }
    default:
      return issue.message;
  }
}

/** 'monthly（月度）、quarterly（季度）或 annual（年度）' */
function choices(values: readonly unknown[]): string {
  const words = values.map((value) => {
    const name = VALUE_NAMES[String(value)];
    return name ? `${String(value)}（${name}）` : String(value);
  });
  return words.length > 1 ? `${words.slice(0, -1).join("、")}或 ${words.at(-1)}` : words.join("");
}

/** The Chinese sentence for one issue at a place, without the place's `where`. */
function chinese(issue: z.ZodIssue, name: string): string {
  // A space between the field and Chinese when the field is Latin (--period 最多 20 个字符).
  const field = /[A-Za-z0-9]$/.test(name) ? `${name} ` : name;
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (issue.received === "undefined") return `缺少${/^[A-Za-z0-9-]/.test(name) ? " " : ""}${name}`;
      return `${field}应为${TYPE_NAMES[issue.expected]?.[1] ?? issue.expected}`;
    case z.ZodIssueCode.too_small:
      if (issue.type === "string") return `${field}不能为空`;
      if (issue.type === "array") return `${field}至少需要 ${issue.minimum} 项`;
      return issue.inclusive ? `${field}不能小于 ${issue.minimum}` : `${field}必须大于 ${issue.minimum}`;
    case z.ZodIssueCode.too_big:
      if (issue.type === "string") return `${field}最多 ${issue.maximum} 个字符`;
      if (issue.type === "array") return `${field}最多 ${issue.maximum} 项`;
      return issue.inclusive ? `${field}不能大于 ${issue.maximum}` : `${field}必须小于 ${issue.maximum}`;
    case z.ZodIssueCode.not_finite:
      return `${field}应为有效的数字`;
    case z.ZodIssueCode.invalid_enum_value:
    case z.ZodIssueCode.invalid_union_discriminator:
      return `${field}应为 ${choices(issue.options)}`;
    case z.ZodIssueCode.invalid_literal:
      return `${field}应为 ${JSON.stringify(issue.expected)}`;
    case z.ZodIssueCode.unrecognized_keys:
      return `有无法识别的字段：${issue.keys.join("、")}`;
    case z.ZodIssueCode.invalid_string:
      return `${field}${(PATTERN_HINTS[String(issue.path.at(-1))] ?? PATTERN_HINTS.id)[1]}`;
    case z.ZodIssueCode.custom: {
      const params = issue.params ?? {};
      if (params.rule === "sum100") {
        const total = Math.round(params.total * 100) / 100;
        return `各${name}的权重合计为 ${total}%，不是 100%`;
      }
      if (params.rule === "unique") return `${name}“${params.value}”与前面的重复`;
      if (params.rule === "floorAboveCap") return "达成率门槛不能高于达成率封顶";
      return `${field}有误`;
    }
    default:
      return `${field}有误`;
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

/**
 * Zod's issues as messages that point at the field, in both languages (for any JSON the user
 * writes); `place` puts the document's paths into Chinese words.
 */
export function describeIssues(
  issues: readonly z.ZodIssue[],
  place: Placer = templatePlace,
  input?: unknown,
): TemplateProblem[] {
  const flat = issues.flatMap((issue) => (issue.code === z.ZodIssueCode.invalid_union ? meantIssues(issue) : [issue]));
  return flat.map((issue) => {
    const path = formatPath(issue.path);
    const en = english(issue);
    return { path, en: path ? `${path} ${en}` : en, zh: `${issueInWords(issue, place, input)}${pathDetail(path)}` };
  });
}

/** One issue in Chinese words at its place, without the path: "第 2 个维度第 4 项：权重不能小于 0". */
export function issueInWords(issue: z.ZodIssue, place: Placer, input?: unknown): string {
  const { where, field } = place(issue.path, input);
  return inWords(where, chinese(issue, field), "");
}

const pathDetail = (path: string) => (path ? `（位置：${path}）` : "");

/** "第 2 个维度第 4 项：权重不能小于 0（位置：sections[1].items[3].weight）" */
export function inWords(where: string, sentence: string, path: string): string {
  return `${where ? `${where}：` : ""}${sentence}${pathDetail(path)}`;
}

/** "sections[1].items[3].weight" */
export function formatPath(path: Path): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : index ? `.${key}` : key)).join("");
}

/** Validates a template object (from JSON or code). */
export function parseTemplate(input: unknown): TemplateResult {
  const result = Template.safeParse(input);
  if (result.success) return { ok: true, template: result.data };
  return { ok: false, problems: describeIssues(result.error.issues, templatePlace, input) };
}

/** "第 3 行第 5 个字符附近" for a JSON.parse message that gives the position, else "". */
function whereInText(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  if (!position) return "";
  const before = text.slice(0, Number(position[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `（第 ${line} 行第 ${column} 个字符附近）`;
}

/** The value in a JSON file's text, or the problem that it is not JSON. A byte-order mark (Notepad saves one) is fine. */
export function readJson(text: string): { ok: true; value: unknown } | { ok: false; problems: TemplateProblem[] } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch (error) {
    const detail = (error as Error).message;
    const zh = `文件不是有效的 JSON 格式${whereInText(text, detail)}：请检查括号、引号和逗号是否成对、齐全`;
    return { ok: false, problems: [{ path: "", en: `The file is not valid JSON: ${detail}`, zh }] };
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
