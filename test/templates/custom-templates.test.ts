/** User templates as JSON: export, import, and the pointed messages for each kind of mistake. */
import { z } from "zod";
import {
  CATALOG,
  FIELD_NAMES,
  KpiItem,
  Rater,
  RatingItem,
  Section,
  Template,
  exportTemplate,
  findTemplate,
  parseTemplate,
  parseTemplateJson,
} from "../../src/templates";

const valid = () => JSON.parse(exportTemplate(findTemplate("shop-ops-supervisor")!));

describe("export and import", () => {
  test.each(CATALOG.map((t) => [t.id, t] as const))("%s round-trips through JSON unchanged", (_, template) => {
    const result = parseTemplateJson(exportTemplate(template));
    expect(result).toEqual({ ok: true, template });
  });

  test("a user's own template: seed custom, one section", () => {
    const result = parseTemplate({
      id: "live-host",
      role: { zh: "直播主播", en: "Live-stream host" },
      department: { zh: "电商部", en: "E-commerce" },
      family: "marketing",
      seed: "custom",
      cycles: ["monthly"],
      raters: [],
      raterWeightsSource: "default",
      sections: [
        {
          id: "kpi",
          name: { zh: "业绩", en: "Results" },
          weight: 100,
          weightSource: "default",
          items: [
            {
              kind: "kpi",
              id: "gmv",
              name: { zh: "直播成交额", en: "Live GMV" },
              weight: 100,
              weightSource: "default",
              unit: { zh: "元", en: "CNY" },
              direction: "higher",
              floor: 0.6,
              cap: 1.2,
              limitsSource: "default",
            },
          ],
        },
      ],
    });
    expect(result.ok).toBe(true);
  });
});

describe("invalid templates point at the field", () => {
  const cases: [string, (t: ReturnType<typeof valid>) => void, string, string][] = [
    [
      "negative weight",
      (t) => (t.sections[1].items[3].weight = -5),
      "sections[1].items[3].weight must be ≥ 0",
      "第 2 个维度第 4 项“学习能力”：权重不能小于 0（位置：sections[1].items[3].weight）",
    ],
    [
      "item weights not summing to 100",
      (t) => (t.sections[1].items[0].weight = 15),
      "sections[1].items weights add up to 90%, not 100%",
      "第 2 个维度“工作能力指标”：各考核项目的权重合计为 90%，不是 100%（位置：sections[1].items）",
    ],
    [
      "section weights not summing to 100",
      (t) => (t.sections[0].weight = 50),
      "sections weights add up to 90%, not 100%",
      "各考核维度的权重合计为 90%，不是 100%（位置：sections）",
    ],
    ["missing role", (t) => delete t.role, "role is required", "缺少岗位名称（位置：role）"],
    [
      "empty Chinese name",
      (t) => (t.sections[0].items[0].name.zh = " "),
      "sections[0].items[0].name.zh must not be empty",
      "第 1 个维度第 1 项：项目名称（中文）不能为空（位置：sections[0].items[0].name.zh）",
    ],
    [
      "unknown item kind",
      (t) => (t.sections[0].items[0].kind = "survey"),
      "sections[0].items[0].kind must be one of 'rating', 'kpi'",
      "第 1 个维度第 1 项“网店销售额”：项目类型应为 rating（评分项目）或 kpi（KPI 指标）（位置：sections[0].items[0].kind）",
    ],
    [
      "unknown direction",
      (t) => (t.sections[0].items[0].direction = "up"),
      "sections[0].items[0].direction must be one of 'higher', 'lower'",
      "第 1 个维度第 1 项“网店销售额”：指标方向应为 higher（越高越好）或 lower（越低越好）（位置：sections[0].items[0].direction）",
    ],
    [
      "weight as text",
      (t) => (t.sections[0].weight = "60%"),
      "sections[0].weight must be a number",
      "第 1 个维度“工作业绩指标”：维度权重应为数字（位置：sections[0].weight）",
    ],
    [
      "unknown field",
      (t) => (t.sections[0].items[0].colour = "red"),
      "sections[0].items[0] has unknown fields 'colour'",
      "第 1 个维度第 1 项“网店销售额”：有无法识别的字段：colour（位置：sections[0].items[0]）",
    ],
    [
      "duplicate item id",
      (t) => (t.sections[2].items[1].id = t.sections[2].items[0].id),
      "sections[2].items[1].id 'responsibility' appears twice",
      "第 3 个维度第 2 项“团队合作精神”：项目编号“responsibility”与前面的重复（位置：sections[2].items[1].id）",
    ],
    [
      "floor above cap",
      (t) => (t.sections[0].items[0].floor = 1.5),
      "sections[0].items[0].floor must not be above the cap",
      "第 1 个维度第 1 项“网店销售额”：达成率门槛不能高于达成率封顶（位置：sections[0].items[0].floor）",
    ],
    [
      "bad id",
      (t) => (t.id = "Shop Ops"),
      "id must be lowercase words joined by '-', e.g. shop-designer",
      "模板编号应为以“-”连接的小写英文单词，如 shop-designer（位置：id）",
    ],
    [
      "bad seed",
      (t) => (t.seed = "7"),
      "seed must be a seed number such as 003, or custom",
      "来源手册编号应为原手册编号（如 003）或 custom（位置：seed）",
    ],
    [
      "no sections",
      (t) => (t.sections = []),
      "sections needs at least 1 entries",
      "考核维度至少需要 1 项（位置：sections）",
    ],
    [
      "unknown cycle",
      (t) => (t.cycles = ["weekly"]),
      "cycles[0] must be one of 'monthly', 'quarterly', 'annual'",
      "第 1 个考核周期应为 monthly（月度）、quarterly（季度）或 annual（年度）（位置：cycles[0]）",
    ],
    [
      "rater weights",
      (t) => (t.raters[2].weight = 30),
      "raters weights add up to 110%, not 100%",
      "各评价人的权重合计为 110%，不是 100%（位置：raters）",
    ],
  ];

  test.each(cases)("%s", (_, mistake, en, zh) => {
    const template = valid();
    mistake(template);
    const result = parseTemplate(template);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.en)).toContain(en);
    expect(result.problems.map((p) => p.zh)).toContain(zh);
  });

  const stepped = () => JSON.parse(exportTemplate(findTemplate("customer-service")!)); // items[2]: response time, steps
  test.each([
    [
      "two equal thresholds",
      (t: ReturnType<typeof stepped>) => (t.sections[0].items[2].steps[1].threshold = 1),
      "sections[0].items[2].steps[1].threshold '1' appears twice",
      "第 1 个维度第 3 项“响应时效”：分档计分表第 2 项的分档值“1”与前面的重复（位置：sections[0].items[2].steps[1].threshold）",
    ],
    [
      "points above 100",
      (t: ReturnType<typeof stepped>) => (t.sections[0].items[2].steps[0].points = 120),
      "sections[0].items[2].steps[0].points must be ≤ 100",
      "第 1 个维度第 3 项“响应时效”：分档计分表第 1 项的得分不能大于 100（位置：sections[0].items[2].steps[0].points）",
    ],
    [
      "negative points",
      (t: ReturnType<typeof stepped>) => (t.sections[0].items[2].steps[3].points = -1),
      "sections[0].items[2].steps[3].points must be ≥ 0",
      "第 1 个维度第 3 项“响应时效”：分档计分表第 4 项的得分不能小于 0（位置：sections[0].items[2].steps[3].points）",
    ],
    [
      "no steps",
      (t: ReturnType<typeof stepped>) => (t.sections[0].items[2].steps = []),
      "sections[0].items[2].steps needs at least 1 entries",
      "第 1 个维度第 3 项“响应时效”：分档计分表至少需要 1 项（位置：sections[0].items[2].steps）",
    ],
    [
      "a threshold as text",
      (t: ReturnType<typeof stepped>) => (t.sections[0].items[2].steps[0].threshold = "1h"),
      "sections[0].items[2].steps[0].threshold must be a number",
      "第 1 个维度第 3 项“响应时效”：分档计分表第 1 项的分档值应为数字（位置：sections[0].items[2].steps[0].threshold）",
    ],
    [
      "a step KPI without the source of its steps",
      (t: ReturnType<typeof stepped>) => delete t.sections[0].items[2].stepsSource,
      "sections[0].items[2].stepsSource is required",
      "第 1 个维度第 3 项“响应时效”：缺少分档计分表的来源（位置：sections[0].items[2].stepsSource）",
    ],
    [
      "a step KPI with a floor (floor and cap belong to proportional scoring)",
      (t: ReturnType<typeof stepped>) => (t.sections[0].items[2].floor = 0.6),
      "sections[0].items[2] has unknown fields 'floor'",
      "第 1 个维度第 3 项“响应时效”：有无法识别的字段：floor（位置：sections[0].items[2]）",
    ],
    [
      "a proportional KPI without its cap",
      (t: ReturnType<typeof stepped>) => delete t.sections[0].items[0].cap,
      "sections[0].items[0].cap is required",
      "第 1 个维度第 1 项“客户满意度（CSAT）”：缺少达成率封顶（位置：sections[0].items[0].cap）",
    ],
  ])("step tables: %s", (_, mistake, en, zh) => {
    const template = stepped();
    mistake(template);
    const result = parseTemplate(template);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.en)).toEqual([en]);
    expect(result.problems.map((p) => p.zh)).toEqual([zh]);
  });

  test("a file that is not JSON", () => {
    const result = parseTemplateJson('{\n  "id": "x",\n  not json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0].en).toMatch(/^The file is not valid JSON: /);
    // In Chinese: where in the file, and what to look for, never the parser's English.
    expect(result.problems[0].zh).toMatch(
      /^文件不是有效的 JSON 格式(（第 3 行第 3 个字符附近）)?：请检查括号、引号和逗号/,
    );
    expect(result.problems[0].zh.replace("JSON", "")).not.toMatch(/[A-Za-z]/);
  });

  test("every field of the template has a Chinese name for the messages", () => {
    const keys = (schema: z.ZodTypeAny): string[] => Object.keys((schema as z.AnyZodObject).shape);
    const template = (Template as unknown as z.ZodEffects<z.AnyZodObject>).innerType();
    expect(keys(template).filter((key) => !(key in FIELD_NAMES.template))).toEqual([]);
    expect(keys(Section).filter((key) => !(key in FIELD_NAMES.section))).toEqual([]);
    expect([...keys(RatingItem), ...keys(KpiItem)].filter((key) => !(key in FIELD_NAMES.item))).toEqual([]);
    expect(keys(Rater).filter((key) => !(key in FIELD_NAMES.rater))).toEqual([]);
  });
});
