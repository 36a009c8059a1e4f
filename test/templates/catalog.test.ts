import { CATALOG_INPUT } from "../../src/templates/catalog";
import { ABILITY_SECTION, ATTITUDE_SECTION, DEFAULT_RATERS, evenWeights } from "../../src/templates/catalog/shared";
import {
  Template,
  type KpiItem,
  type LocalText,
  type RatingItem,
  type StepKpiItem,
  type TemplateInput,
  isStepKpi,
} from "../../src/templates/schema";

const parsed = CATALOG_INPUT.map((input) => Template.parse(input));
const byId = (id: string): Template => {
  const template = parsed.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`no template ${id}`);
  return template;
};
const sectionOf = (template: Template, id: string) => {
  const section = template.sections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`${template.id} has no section ${id}`);
  return section;
};
const kpiOf = (template: Template, sectionId: string, itemId: string): KpiItem | StepKpiItem => {
  const item = sectionOf(template, sectionId).items.find((candidate) => candidate.id === itemId);
  if (!item || item.kind !== "kpi") throw new Error(`${template.id}/${sectionId} has no KPI ${itemId}`);
  return item;
};
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The catalog table of the brief: id → seed, in catalog order. */
const ROLES: [id: string, seed: string][] = [
  ["ecommerce-supervisor", "003"],
  ["copywriter", "003"],
  ["shop-ops-supervisor", "004"],
  ["shop-ops-specialist", "004"],
  ["shop-designer", "004"],
  ["shop-customer-service", "004"],
  ["marketing", "001"],
  ["store-operations", "001"],
  ["customer-service", "001"],
  ["content", "001"],
  ["data-analysis", "001"],
  ["ecommerce-ops-manager", "000"],
  ["ecommerce-dept-manager", "002"],
  ["cs-supervisor", "002"],
  ["marketing-supervisor", "002"],
  ["shopping-guide", "002"],
  ["after-sales", "002"],
  ["marketing-specialist", "002"],
  ["web-designer", "002"],
];

describe("role template catalog: structure", () => {
  test("every entry parses with the Template schema", () => {
    for (const input of CATALOG_INPUT) {
      const result = Template.safeParse(input);
      expect(result.error?.issues ?? []).toEqual([]);
      expect(result.success).toBe(true);
    }
  });

  test("has every role of the catalog, in order, each recording its seed", () => {
    expect(parsed.map((template) => [template.id, template.seed])).toEqual(ROLES);
  });

  test("template ids are unique", () => {
    const ids = parsed.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("section, item and rater weights add up to 100", () => {
    for (const template of parsed) {
      expect(sum(template.sections.map((section) => section.weight))).toBeCloseTo(100, 9);
      for (const section of template.sections)
        expect(sum(section.items.map((item) => item.weight))).toBeCloseTo(100, 9);
      if (template.raters.length) expect(sum(template.raters.map((rater) => rater.weight))).toBeCloseTo(100, 9);
    }
  });

  test("equal splits use two decimals and the last item absorbs the remainder", () => {
    expect(evenWeights(3)).toEqual([33.33, 33.33, 33.34]);
    expect(evenWeights(4)).toEqual([25, 25, 25, 25]);
    expect(evenWeights(7)).toEqual([14.28, 14.28, 14.28, 14.28, 14.28, 14.28, 14.32]);
    for (let count = 1; count <= 30; count++) {
      const weights = evenWeights(count);
      expect(weights).toHaveLength(count);
      expect(Math.round(sum(weights) * 100)).toBe(10000);
      for (const weight of weights) expect(Math.round(weight * 100)).toBeCloseTo(weight * 100, 9);
    }
  });

  test("only seeds 000 and 003 carry item weights from the seed; defaults elsewhere", () => {
    for (const template of parsed) {
      const sources = new Set(template.sections.flatMap((section) => section.items.map((item) => item.weightSource)));
      expect([...sources]).toEqual(["000", "003"].includes(template.seed) ? ["seed"] : ["default"]);
    }
  });

  test("no seed gives a KPI gate or cap: floor 0, cap 1, marked default", () => {
    const kpis = parsed.flatMap((template) =>
      template.sections.flatMap((section) =>
        section.items.filter((item): item is KpiItem => item.kind === "kpi" && !isStepKpi(item)),
      ),
    );
    expect(kpis.length).toBeGreaterThan(0);
    for (const item of kpis) expect([item.floor, item.cap, item.limitsSource]).toEqual([0, 1, "default"]);
  });

  test("no seed gives step bands: every step table is a project default", () => {
    const stepped = parsed.flatMap((template) =>
      template.sections.flatMap((section) =>
        section.items.filter(isStepKpi).map((item) => [template.id, item] as const),
      ),
    );
    expect(stepped.map(([id, item]) => `${id}/${item.id}`)).toEqual([
      "store-operations/search-rank-gain",
      "customer-service/response-time",
      "customer-service/complaint-rate",
    ]);
    for (const [, item] of stepped) expect(item.stepsSource).toBe("default");
  });

  test("the catalog is frozen, so no caller edits a template in place", () => {
    expect(Object.isFrozen(CATALOG_INPUT)).toBe(true);
    const first = CATALOG_INPUT[0];
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.sections[0].items[0])).toBe(true);
  });
});

const texts = (template: TemplateInput): LocalText[] => [
  template.role,
  template.department,
  ...(template.notes ? [template.notes] : []),
  ...template.sections.flatMap((section) => [
    section.name,
    ...section.items.flatMap((item) => [
      item.name,
      ...(item.description ? [item.description] : []),
      ...(item.kind === "kpi" ? [item.unit] : []),
      ...(item.kind === "rating" && item.anchors ? Object.values(item.anchors) : []),
    ]),
  ]),
];

describe("role template catalog: text", () => {
  // Traditional characters found in the seeds (except 著, which Simplified keeps as in 著名).
  const TRADITIONAL =
    /[電務運營經績標準頁預覽結載檔權說戶傳歸屬內請進舉報認領簡崗職責級門無網絡齡歲別學歷專貫狀況驗業關體鋪統計數據發隱問題時處臺類煉動轉換與單價劃實積極財對資費細則響優檢貨質損壞識練辦軟銷備態項寶東貓車聯郵間負駐規廣帶團隊執賬針產選勢訂溝參購買詢蹤訴難倉庫錄員講訓協調設術機應導決遞擇維護糾紛圖證貝違將臨書編號場瀏確創總種匯見饋觀當爭堅競評為斷誤幟裝環節給異嚴潔賣鉆適現監點覺滯組罰潛氣來寫紹較強攝儲樣線復錯趨鍵詞測試熱輯簽議亂記濟帳碼區憑盜掃擰個衛臟漬塵約談擬欄開們這論還織輔驅長從構詳闡踐緊獲鏈顧塊過閉戰籌躍擊雙盤撐話滿頻層視腳審師輸徑驟貢獻綜邏達純納際齊晉變終幫勵隨冊尋階貴養圍揮譽陽遲諧須壇義盡習暫兩鑒軌跡聞畢獎懲愛奮顯眾遠諸疇爾讓夠樂寧銳勝順擴龍虛館]/u;
  // Extraction noise: pinyin annotations such as 務(wù), page furniture.
  const PINYIN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u;
  const NOISE = /下载本文档|下載|版权说明|文档简介|第\d+页/u;

  test("Chinese is Simplified, free of extraction noise; English is filled in", () => {
    for (const template of CATALOG_INPUT) {
      for (const text of texts(template)) {
        expect(text.zh).not.toMatch(TRADITIONAL);
        expect(text.zh).not.toMatch(PINYIN);
        expect(text.zh).not.toMatch(NOISE);
        expect(text.en).not.toMatch(/\p{Script=Han}/u);
        expect(text.en.trim().length).toBeGreaterThan(0);
      }
    }
  });
});

describe("seed fidelity", () => {
  /** Each grade's anchor holds the manual's distinctive words for that grade, so A–D are in the manual's order. */
  const expectAnchors = (item: RatingItem, words: Record<"A" | "B" | "C" | "D", string[]>) => {
    expect(Object.keys(item.anchors ?? {})).toEqual(["A", "B", "C", "D"]);
    for (const grade of ["A", "B", "C", "D"] as const) {
      for (const word of words[grade]) expect(item.anchors?.[grade].zh).toContain(word);
    }
  };

  test("seed 003 e-commerce supervisor: the seed's 5 competencies at 20% each with its anchors", () => {
    const template = byId("ecommerce-supervisor");
    expect(template.sections).toHaveLength(1);
    const items = template.sections[0].items as RatingItem[];
    expect(items.map((item) => item.name.zh)).toEqual([
      "组织能力和计划能力",
      "领导能力",
      "专业知识和技能",
      "解决问题能力",
      "协调能力",
    ]);
    expect(items.map((item) => [item.kind, item.weight, item.weightSource])).toEqual(
      Array(5).fill(["rating", 20, "seed"]),
    );
    const [planning, leadership, knowledge, problemSolving, coordination] = items;
    expectAnchors(planning, {
      A: ["很强", "指挥调度下属", "以成果为导向"],
      B: ["公司规定", "权限范围内", "明确目标和方针"],
      C: ["偶尔需要别人协助"],
      D: ["无计划", "缺少组织能力"],
    });
    expectAnchors(leadership, {
      A: ["充分沟通", "及时反馈和培训", "承担责任"],
      B: ["过程管理", "指导和协助下属完成任务"],
      C: ["指导和协助不够"],
      D: ["放任自流"],
    });
    expectAnchors(knowledge, {
      A: ["完全具备"],
      B: ["大部分", "愿意"],
      C: ["大部分", "积极性不够"],
      D: ["不具备", "不愿意"],
    });
    expectAnchors(problemSolving, {
      A: ["妥善协调各种关系", "解决纠纷"],
      B: ["一般能找到有效的协调办法"],
      C: ["有时无济于事"],
      D: ["不能有效疏导矛盾"],
    });
    // The manual gives problem solving and coordination the very same anchors.
    expect(coordination.anchors).toEqual(problemSolving.anchors);
    expect(template.raters).toEqual([{ role: "supervisor", weight: 100 }]);
  });

  test("seed 003 copywriter: the seed's 5 competencies at 20% each with its anchors", () => {
    const items = byId("copywriter").sections[0].items as RatingItem[];
    expect(items.map((item) => item.name.zh)).toEqual([
      "分析能力",
      "执行能力",
      "专业知识和技能",
      "沟通能力",
      "协作能力",
    ]);
    expect(items.map((item) => item.weight)).toEqual([20, 20, 20, 20, 20]);
    const [analysis, execution, knowledge, communication, collaboration] = items;
    expectAnchors(analysis, {
      A: ["核心问题", "最佳办法"],
      B: ["主要问题", "解决办法"],
      C: ["基本抓住主要问题"],
      D: ["分不清主次"],
    });
    expectAnchors(execution, { A: ["忠实执行"], B: ["注重沟通效果"], C: ["领会不够", "一般"], D: ["我行我素"] });
    expectAnchors(knowledge, { A: ["熟练掌握", "日常工作"], B: ["较强"], C: ["基本具备"], D: ["不能胜任"] });
    expectAnchors(communication, { A: ["非常准确"], B: ["比较准确"], C: ["能理解对方意图"], D: ["不能理解"] });
    expectAnchors(collaboration, {
      A: ["他人", "促进团队协作"],
      B: ["融入团队"],
      C: ["与人合作", "有时影响工作"],
      D: ["无法与人协作"],
    });
  });

  test("seed 003: the grade bands and forced distribution of 6.2 are in the notes", () => {
    for (const id of ["ecommerce-supervisor", "copywriter"]) {
      const notes = byId(id).notes?.zh ?? "";
      for (const fact of [
        "A 超过目标（90～100 分）",
        "B 达到目标（80～89 分）",
        "C 接近目标（60～79 分）",
        "D 远低于目标（59 分及以下）",
      ])
        expect(notes).toContain(fact);
      expect(notes).toContain("A 45%、B 30%、C 20%、D 5%");
    }
  });

  /** Words of the machine-reworded manuals 002 and 003 that read as typos or nonsense. */
  const REWORDED = [
    "大某些",
    "浮现",
    "她人",
    "合伙",
    "筹划",
    "完毕",
    "寻常",
    "不停",
    "著名度",
    "功效",
    "团体",
    "立即性",
    "步骤",
    "59分如下",
    "超过目的",
    "接近目的",
    "行销",
    "运维",
  ];
  // Company names of the manuals: role templates are reused by other companies.
  const COMPANIES = ["家蕊", "互豪", "瑞安"];

  test("no reworded nonsense and no company name in any template text", () => {
    for (const template of CATALOG_INPUT) {
      for (const text of texts(template)) {
        for (const word of [...REWORDED, ...COMPANIES]) expect(`${template.id}: ${text.zh}`).not.toContain(word);
        expect(text.en).not.toMatch(/Jiarui|Huhao/i);
      }
    }
  });

  test("seed 000: the 24 duties with their time shares, in the seed's order, summing to 100", () => {
    const template = byId("ecommerce-ops-manager");
    expect(template.sections).toHaveLength(1);
    const items = template.sections[0].items;
    const SHARES = [12, 5, 5, 8, 3, 5, 3, 2, 3, 3, 3, 8, 5, 2, 5, 8, 5, 5, 3, 2, 2, 1, 1, 1];
    expect(sum(SHARES)).toBe(100);
    expect(items.map((item) => item.weight)).toEqual(SHARES);
    expect(items.every((item) => item.weightSource === "seed")).toBe(true);
    expect(items.map((item) => item.id)).toEqual(
      SHARES.map((_, index) => `duty-${String(index + 1).padStart(2, "0")}`),
    );
    // The duties in the manual's order, checked by their distinctive words (rows 17–20 come first in
    // the extraction, so 17, 18 and 20 are checked too).
    expect(items[0].name.zh).toMatch(/网店的入驻.*带领团队执行运营销售目标/);
    expect(items[16].name.zh).toMatch(/研究店铺统计数据.*研究平台类目及搜索引擎/);
    expect(items[17].name.zh).toMatch(/店铺内部活动.*客单价/);
    expect(items[19].name.zh).toMatch(/发货前.*一律不予寄出/);
    expect(items[23].name.zh).toBe("完成上级主管交办的其他临时性工作");
    // The manual's typo 放在 (for 防止) is corrected.
    expect(items[10].description?.zh).toContain("防止出现客户签收不到的情况");
  });

  test("seed 001: counts and times are scored by step tables (response time: 0 points after the seed's 24 hours)", () => {
    const responseTime = kpiOf(byId("customer-service"), "core", "response-time");
    if (!isStepKpi(responseTime)) throw new Error("response time is not step-scored");
    expect(responseTime.unit.en).toBe("hours");
    expect(Math.max(...responseTime.steps.map((step) => step.threshold))).toBe(24);
    const complaints = kpiOf(byId("customer-service"), "auxiliary", "complaint-rate");
    if (!isStepKpi(complaints)) throw new Error("complaint rate is not step-scored");
    expect(complaints.direction).toBe("lower");
    // percentages as fractions, as HR.KPISTEP reads "0.5%"
    expect(complaints.steps.every((step) => step.threshold < 0.1)).toBe(true);
    const rank = kpiOf(byId("store-operations"), "auxiliary", "search-rank-gain");
    expect([isStepKpi(rank), rank.direction]).toEqual([true, "higher"]);
  });

  test("seed 001: lower-is-better KPIs point down, the rest up; core and auxiliary sections", () => {
    expect(kpiOf(byId("marketing"), "core", "cac").direction).toBe("lower");
    expect(kpiOf(byId("marketing"), "core", "promotion-cost-share").direction).toBe("lower");
    expect(kpiOf(byId("customer-service"), "core", "response-time").direction).toBe("lower");
    expect(kpiOf(byId("customer-service"), "auxiliary", "complaint-rate").direction).toBe("lower");
    const lower = new Set(["cac", "promotion-cost-share", "response-time", "complaint-rate"]);
    for (const template of parsed.filter((candidate) => candidate.seed === "001")) {
      expect(template.sections.map((section) => section.id)).toEqual(["core", "auxiliary"]);
      expect(template.cycles).toEqual(["monthly", "quarterly", "annual"]);
      for (const section of template.sections) {
        for (const item of section.items) {
          expect(item.kind).toBe("kpi");
          if (item.kind === "kpi") expect(item.direction).toBe(lower.has(item.id) ? "lower" : "higher");
        }
      }
    }
  });

  test("seed 004: performance plus the shared ability and attitude sections, default raters", () => {
    for (const template of parsed.filter((candidate) => candidate.seed === "004")) {
      expect(template.sections.map((section) => section.id)).toEqual(["performance", "ability", "attitude"]);
      expect(template.sections[1]).toEqual(ABILITY_SECTION);
      expect(template.sections[2]).toEqual(ATTITUDE_SECTION);
      expect(template.raters).toEqual(DEFAULT_RATERS);
      expect(template.raterWeightsSource).toBe("default");
      expect(template.cycles).toEqual(["monthly", "annual"]);
    }
    expect(ABILITY_SECTION.items.map((item) => item.name.zh)).toEqual([
      "专业知识与技能",
      "沟通协调能力",
      "问题解决能力",
      "学习能力",
    ]);
    expect(ATTITUDE_SECTION.items.map((item) => item.name.zh)).toEqual([
      "责任心",
      "团队合作精神",
      "工作积极性",
      "忠诚度",
    ]);
    expect(DEFAULT_RATERS).toEqual([
      { role: "self", weight: 20 },
      { role: "supervisor", weight: 60 },
      { role: "peer", weight: 20 },
    ]);
  });

  test("seed 002: the common section then the role's duties, monthly", () => {
    const templates = parsed.filter((candidate) => candidate.seed === "002");
    expect(templates).toHaveLength(7);
    for (const template of templates) {
      expect(template.sections.map((section) => section.id)).toEqual(["common", "duties"]);
      expect(template.sections[0]).toEqual(byId("ecommerce-dept-manager").sections[0]);
      expect(template.cycles).toEqual(["monthly"]);
    }
    const dutyCounts = Object.fromEntries(
      templates.map((template) => [template.id, template.sections[1].items.length]),
    );
    expect(dutyCounts).toEqual({
      "ecommerce-dept-manager": 13,
      "cs-supervisor": 7,
      "marketing-supervisor": 12,
      "shopping-guide": 8,
      "after-sales": 4,
      "marketing-specialist": 12,
      "web-designer": 5,
    });
    expect(byId("shopping-guide").notes?.zh).toMatch(/质检专员、仓库专员、物流专员/);
    const dutyNumbers = (id: string) => byId(id).sections[1].items.map((item) => Number(item.id.slice(5)));
    expect(dutyNumbers("marketing-supervisor")).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(dutyNumbers("shopping-guide")).toEqual([1, 2, 3, 4, 6, 7, 8, 9]);
    expect(byId("marketing-supervisor").sections[1].items[4].name.zh).toMatch(
      /流程.*产品、发布、客服、交易、物流和售后/,
    );
  });
});
