/**
 * Building blocks shared by the role templates of the catalog: reusable sections (defined once
 * here, used by several templates), the default raters, KPI units and small builders that fill in
 * the project defaults (equal weight split, KPI floor 0 / cap 1) and mark them "default".
 *
 * Text rule for the whole catalog: `zh` says what the manual means in standard written Chinese with
 * full-width punctuation (extraction noise stripped; the synonym swaps of the machine-reworded
 * manuals 002 and 003 restored, with the manual's wording kept in a comment where a sentence was
 * rewritten); `en` translates it. Shared sections name no particular company.
 */
import type { KpiItem, LocalText, Rater, RatingItem, Section, StepKpiItem } from "../schema";

export type Item = RatingItem | KpiItem | StepKpiItem;

/** An item before its weight is known: the builders below add `weight` and `weightSource`. */
export type UnweightedItem =
  | Omit<RatingItem, "weight" | "weightSource">
  | Omit<KpiItem, "weight" | "weightSource">
  | Omit<StepKpiItem, "weight" | "weightSource">;

/**
 * Equal weights (percent) for `count` items that add up to exactly 100: each item gets 100 / count
 * cut to two decimals and the last item absorbs the remainder (3 items: 33.33, 33.33, 33.34).
 */
export function evenWeights(count: number): number[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`evenWeights: count must be ≥ 1, got ${count}`);
  const hundredths = Math.floor(10000 / count);
  return Array.from({ length: count }, (_, index) =>
    index === count - 1 ? (10000 - hundredths * (count - 1)) / 100 : hundredths / 100,
  );
}

/** Items the seed lists without weights: split 100 evenly and mark the weights "default". */
export function evenly(items: UnweightedItem[]): Item[] {
  const weights = evenWeights(items.length);
  return items.map((item, index) => ({ ...item, weight: weights[index], weightSource: "default" }) as Item);
}

/** A rated item (scored by people on the scale). */
export function rating(fields: Omit<RatingItem, "kind" | "weight" | "weightSource">): UnweightedItem {
  return { kind: "rating", ...fields };
}

/**
 * A KPI (points from actual against target). No seed gives a gate or a cap, so the floor is 0 and
 * the cap 1 (100%), the defaults of HR.KPISCORE, marked "default".
 */
export function kpi(
  fields: Omit<KpiItem, "kind" | "weight" | "weightSource" | "floor" | "cap" | "limitsSource">,
): UnweightedItem {
  return { kind: "kpi", ...fields, floor: 0, cap: 1, limitsSource: "default" };
}

/**
 * A KPI scored by a step table, for an indicator that is a count or a time (complaint rate, response
 * time). No seed gives the bands, so the steps are project defaults, marked "default".
 */
export function stepKpi(fields: Omit<StepKpiItem, "kind" | "weight" | "weightSource" | "stepsSource">): UnweightedItem {
  return { kind: "kpi", ...fields, stepsSource: "default" };
}

/** Units of the KPIs in the catalog. */
export const UNITS = {
  percent: { zh: "%", en: "%" },
  yuan: { zh: "元", en: "CNY" },
  yuanPerUser: { zh: "元/人", en: "CNY per user" },
  people: { zh: "人", en: "people" },
  hours: { zh: "小时", en: "hours" },
  times: { zh: "次", en: "times" },
  views: { zh: "次", en: "views" },
  ratio: { zh: "倍", en: "× (ratio)" },
  places: { zh: "名", en: "places" },
  pieces: { zh: "件", en: "pieces" },
} as const satisfies Record<string, LocalText>;

/**
 * Default raters: self 20 / supervisor 60 / peer 20. Seed 004 names the flow (员工自评 → 上级评价 →
 * 部门互评 → 综合评定) but no weights, so the weights are project defaults (raterWeightsSource "default").
 */
export const DEFAULT_RATERS: readonly Rater[] = Object.freeze([
  Object.freeze({ role: "self", weight: 20 }),
  Object.freeze({ role: "supervisor", weight: 60 }),
  Object.freeze({ role: "peer", weight: 20 }),
] as const);

/**
 * Seed 004, 四(二)2 工作能力指标: the four ability indicators with the seed's definitions. The seed
 * gives no weights; section 20% and items 25% each are defaults.
 */
export const ABILITY_SECTION: Section = {
  id: "ability",
  name: { zh: "工作能力指标", en: "Work ability indicators" },
  weight: 20,
  weightSource: "default",
  items: evenly([
    rating({
      id: "knowledge-skills",
      name: { zh: "专业知识与技能", en: "Professional knowledge and skills" },
      description: {
        zh: "员工对网店运营相关知识和技能的掌握程度，如电商平台规则、数据分析、营销推广、设计软件操作等。",
        en: "How well the employee masters the knowledge and skills of online-shop operations, such as e-commerce platform rules, data analysis, marketing and promotion, and design software.",
      },
    }),
    rating({
      id: "communication-coordination",
      name: { zh: "沟通协调能力", en: "Communication and coordination" },
      description: {
        zh: "与部门内部及其他部门之间的沟通协作能力，包括信息传递的准确性、及时性，问题解决的有效性等。",
        en: "Ability to communicate and cooperate within the department and with other departments, including accurate and timely passing-on of information and effective problem resolution.",
      },
    }),
    rating({
      id: "problem-solving",
      name: { zh: "问题解决能力", en: "Problem solving" },
      description: {
        zh: "面对工作中出现的问题，能够迅速分析原因，提出有效的解决方案，并推动问题得到解决的能力。",
        en: "Faced with problems at work, the ability to analyse their causes quickly, propose effective solutions and drive them to resolution.",
      },
    }),
    rating({
      id: "learning",
      name: { zh: "学习能力", en: "Learning ability" },
      description: {
        zh: "主动学习新知识、新技能，适应市场变化和公司发展需求的能力。",
        en: "Ability to learn new knowledge and skills on one's own initiative and to adapt to market changes and the company's development needs.",
      },
    }),
  ]),
};

/**
 * Seed 004, 四(二)3 工作态度指标: the four attitude indicators with the seed's definitions. The seed
 * gives no weights; section 20% and items 25% each are defaults.
 */
export const ATTITUDE_SECTION: Section = {
  id: "attitude",
  name: { zh: "工作态度指标", en: "Work attitude indicators" },
  weight: 20,
  weightSource: "default",
  items: evenly([
    rating({
      id: "responsibility",
      name: { zh: "责任心", en: "Sense of responsibility" },
      description: {
        zh: "对工作任务的认真负责程度，是否积极主动承担工作，按时保质完成工作任务。",
        en: "How conscientiously and responsibly work tasks are handled: whether work is taken on actively and tasks are completed on time and to standard.",
      },
    }),
    rating({
      id: "teamwork",
      name: { zh: "团队合作精神", en: "Team spirit" },
      description: {
        zh: "与团队成员协作配合的默契程度，是否愿意分享经验和知识，共同解决问题。",
        en: "How well the employee works in step with team members; whether they are willing to share experience and knowledge and solve problems together.",
      },
    }),
    rating({
      id: "initiative",
      name: { zh: "工作积极性", en: "Initiative at work" },
      description: {
        zh: "对待工作的热情程度和主动性，是否积极主动寻求工作改进和创新。",
        en: "Enthusiasm for and initiative in the work; whether the employee actively seeks improvement and innovation.",
      },
    }),
    rating({
      id: "loyalty",
      name: { zh: "忠诚度", en: "Loyalty" },
      description: {
        zh: "对公司的忠诚度和归属感，是否认同公司文化和价值观，愿意为公司长期发展贡献力量。",
        en: "Loyalty to and sense of belonging in the company; whether the employee identifies with its culture and values and is willing to contribute to its long-term development.",
      },
    }),
  ]),
};

/**
 * Seed 002, 四 日常考评: "整体有共同考评指标,利害攸关,才能形成一股绳,团结一致;各部门有细化考评标准,
 * 避免大锅饭". The seed names the 《月度日常工作考评表》 and a 部门整体考评 but does not include their
 * contents, so the common indicators are taken from what the seed states for the whole department:
 * the department's goals (the manager's 岗位目标) and the department-wide functions 2, 9 and 10 of
 * 二 部门职能概述. Section 30% and items 25% each are defaults.
 */
export const DEPARTMENT_COMMON_SECTION: Section = {
  id: "common",
  name: { zh: "部门整体考核（共同考核指标）", en: "Department-wide appraisal (common indicators)" },
  weight: 30,
  weightSource: "default",
  items: evenly([
    rating({
      id: "online-sales-target",
      name: { zh: "实现网络销售目标", en: "Online sales target met" },
      description: {
        zh: "电子商务部经理的岗位目标：组建和管理电子商务团队，实现网络销售目标和企业品牌网络推广目标。",
        en: "Post goal of the e-commerce department manager: build and manage the e-commerce team and meet the online sales target and the company's online brand-promotion target.",
      },
    }),
    rating({
      id: "brand-promotion-target",
      name: { zh: "实现企业品牌网络推广目标", en: "Online brand-promotion target met" },
      description: {
        // 原手册：“负责家蕊洁具网络品牌运行管理工作” — the company's name is left out of a shared section.
        zh: "部门职能第 2 条：负责公司网络品牌的运营管理工作。",
        en: "Department function 2: run and manage the company's online brand.",
      },
    }),
    rating({
      id: "rules-compliance",
      name: { zh: "执行企业各项规章制度", en: "Company rules and regulations carried out" },
      description: {
        zh: "部门职能第 9 条：执行企业各项规章制度。",
        en: "Department function 9: carry out the company's rules and regulations.",
      },
    }),
    rating({
      id: "confidentiality",
      name: { zh: "维护企业机密", en: "Company confidentiality kept" },
      description: {
        zh: "部门职能第 10 条：维护企业机密，保护服务器关键文件、ERP 数据和用户资料的安全。",
        en: "Department function 10: keep company secrets and protect the security of key server files, ERP data and customer data.",
      },
    }),
  ]),
};

/** Freezes a catalog value and everything inside it, so that no caller can edit a template in place. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    if (!Object.isFrozen(value)) Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
