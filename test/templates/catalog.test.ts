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

describe("role template catalog: text", () => {
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
  test("seed 003 e-commerce supervisor: the seed's 5 competencies at 20% each with its anchors", () => {
    const template = byId("ecommerce-supervisor");
    expect(template.sections).toHaveLength(1);
    const items = template.sections[0].items as RatingItem[];
    expect(items.map((item) => item.name.zh)).toEqual([
      "组织能力和筹划能力",
      "领导能力",
      "专业知识和技能",
      "解决问题能力",
      "协调能力",
    ]);
    expect(items.map((item) => [item.kind, item.weight, item.weightSource])).toEqual(
      Array(5).fill(["rating", 20, "seed"]),
    );
    for (const item of items) expect(item.anchors).toBeDefined();
    const [planning, leadership] = items;
    expect(planning.anchors?.A.zh).toBe(
      "具备很强制定筹划能力,能自如指挥调度下属,通过有效筹划提高工作效率,以成果为导向",
    );
    expect(planning.anchors?.D.zh).toBe("做事无筹划,缺少组织能力");
    expect(leadership.anchors?.D.zh).toBe("放任自流");
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
    expect(items[1].anchors?.D.zh).toBe("我行我素");
    expect(items[3].anchors?.A.zh).toBe("非常精确迅速理解对方意图,非常精确恰当表达自己意见");
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
    expect(items[0].name.zh).toBe("负责网店的入驻及整体的规划、运营、推广和管理,带领团队执行运营销售目标");
    expect(items[16].name.zh).toBe(
      "研究店铺统计数据,发掘隐含内在问题并及时处理。研究平台类目及搜索引擎,提炼有用信息促进店铺经营",
    );
    expect(items[17].name.zh).toBe("店铺内部活动(增加成交转换率与客单价活动)的策划和实施");
    expect(items[23].name.zh).toBe("完成上级主管交办的其他临时性工作");
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
  });
});
