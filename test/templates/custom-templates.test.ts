/** User templates as JSON: export, import, and the pointed messages for each kind of mistake. */
import { CATALOG, exportTemplate, findTemplate, parseTemplate, parseTemplateJson } from "../../src/templates";

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
      "sections[1].items[3].weight 必须 ≥ 0",
    ],
    [
      "item weights not summing to 100",
      (t) => (t.sections[1].items[0].weight = 15),
      "sections[1].items weights add up to 90%, not 100%",
      "sections[1].items 权重合计为 90%，不是 100%",
    ],
    [
      "section weights not summing to 100",
      (t) => (t.sections[0].weight = 50),
      "sections weights add up to 90%, not 100%",
      "sections 权重合计为 90%，不是 100%",
    ],
    ["missing role", (t) => delete t.role, "role is required", "role 缺少此项"],
    [
      "empty Chinese name",
      (t) => (t.sections[0].items[0].name.zh = " "),
      "sections[0].items[0].name.zh must not be empty",
      "sections[0].items[0].name.zh 不能为空",
    ],
    [
      "unknown item kind",
      (t) => (t.sections[0].items[0].kind = "survey"),
      "sections[0].items[0].kind must be one of 'rating', 'kpi'",
      "sections[0].items[0].kind 必须是 'rating', 'kpi' 之一",
    ],
    [
      "unknown direction",
      (t) => (t.sections[0].items[0].direction = "up"),
      "sections[0].items[0].direction must be one of 'higher', 'lower'",
      "sections[0].items[0].direction 必须是 'higher', 'lower' 之一",
    ],
    [
      "weight as text",
      (t) => (t.sections[0].weight = "60%"),
      "sections[0].weight must be a number",
      "sections[0].weight 应为数字",
    ],
    [
      "unknown field",
      (t) => (t.sections[0].items[0].colour = "red"),
      "sections[0].items[0] has unknown fields 'colour'",
      "sections[0].items[0] 包含未知字段 'colour'",
    ],
    [
      "duplicate item id",
      (t) => (t.sections[2].items[1].id = t.sections[2].items[0].id),
      "sections[2].items[1].id 'responsibility' appears twice",
      "sections[2].items[1].id “responsibility”重复出现",
    ],
    [
      "floor above cap",
      (t) => (t.sections[0].items[0].floor = 1.5),
      "sections[0].items[0].floor must not be above the cap",
      "sections[0].items[0].floor 不能高于封顶",
    ],
    [
      "bad id",
      (t) => (t.id = "Shop Ops"),
      "id must be lowercase words joined by '-', e.g. shop-designer",
      "id 应为以“-”连接的小写英文单词，如 shop-designer",
    ],
    [
      "bad seed",
      (t) => (t.seed = "7"),
      "seed must be a seed number such as 003, or custom",
      "seed 应为手册编号（如 003）或 custom",
    ],
    ["no sections", (t) => (t.sections = []), "sections needs at least 1 entries", "sections 至少需要 1 项"],
    [
      "unknown cycle",
      (t) => (t.cycles = ["weekly"]),
      "cycles[0] must be one of 'monthly', 'quarterly', 'annual'",
      "cycles[0] 必须是 'monthly', 'quarterly', 'annual' 之一",
    ],
    [
      "rater weights",
      (t) => (t.raters[2].weight = 30),
      "raters weights add up to 110%, not 100%",
      "raters 权重合计为 110%，不是 100%",
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
      "sections[0].items[2].steps[1].threshold “1”重复出现",
    ],
    [
      "points above 100",
      (t: ReturnType<typeof stepped>) => (t.sections[0].items[2].steps[0].points = 120),
      "sections[0].items[2].steps[0].points must be ≤ 100",
      "sections[0].items[2].steps[0].points 必须 ≤ 100",
    ],
    [
      "negative points",
      (t: ReturnType<typeof stepped>) => (t.sections[0].items[2].steps[3].points = -1),
      "sections[0].items[2].steps[3].points must be ≥ 0",
      "sections[0].items[2].steps[3].points 必须 ≥ 0",
    ],
    [
      "no steps",
      (t: ReturnType<typeof stepped>) => (t.sections[0].items[2].steps = []),
      "sections[0].items[2].steps needs at least 1 entries",
      "sections[0].items[2].steps 至少需要 1 项",
    ],
    [
      "a threshold as text",
      (t: ReturnType<typeof stepped>) => (t.sections[0].items[2].steps[0].threshold = "1h"),
      "sections[0].items[2].steps[0].threshold must be a number",
      "sections[0].items[2].steps[0].threshold 应为数字",
    ],
    [
      "a step KPI without the source of its steps",
      (t: ReturnType<typeof stepped>) => delete t.sections[0].items[2].stepsSource,
      "sections[0].items[2].stepsSource is required",
      "sections[0].items[2].stepsSource 缺少此项",
    ],
    [
      "a step KPI with a floor (floor and cap belong to proportional scoring)",
      (t: ReturnType<typeof stepped>) => (t.sections[0].items[2].floor = 0.6),
      "sections[0].items[2] has unknown fields 'floor'",
      "sections[0].items[2] 包含未知字段 'floor'",
    ],
    [
      "a proportional KPI without its cap",
      (t: ReturnType<typeof stepped>) => delete t.sections[0].items[0].cap,
      "sections[0].items[0].cap is required",
      "sections[0].items[0].cap 缺少此项",
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
    const result = parseTemplateJson("{ not json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].en).toMatch(/^The file is not valid JSON: /);
  });
});
