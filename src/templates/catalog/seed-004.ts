/**
 * Seed 004 — 网店运营部门制度, 四 绩效考核.
 *
 * Four roles, each with its 工作业绩指标 (performance) plus the shared 工作能力指标 and 工作态度指标
 * (shared.ts). The seed gives no weights: performance 60 / ability 20 / attitude 20, equal item
 * weights, KPI floor 0 / cap 1 and the rater weights are defaults. Indicators the seed words as a
 * rate (及时率, 准确率, 增长率 …) or an amount (销售额, 数量) are KPIs; those that are a judgement with no
 * countable numerator — 营销活动执行效果, 页面设计满意度, 宣传素材制作质量 — are rated items.
 * Cycles: 月度考核与年度考核相结合. Raters: 员工自评 → 上级评价 → 部门互评 → 综合评定.
 */
import type { Section, TemplateInput } from "../schema";
import {
  ABILITY_SECTION,
  ATTITUDE_SECTION,
  DEFAULT_RATERS,
  UNITS,
  evenly,
  kpi,
  rating,
  type UnweightedItem,
} from "./shared";

const DEPARTMENT = { zh: "网店运营部门", en: "Online Shop Operations Department" };

function sections(performance: UnweightedItem[]): Section[] {
  return [
    {
      id: "performance",
      name: { zh: "工作业绩指标", en: "Work performance indicators" },
      weight: 60,
      weightSource: "default",
      items: evenly(performance),
    },
    ABILITY_SECTION,
    ATTITUDE_SECTION,
  ];
}

const NOTES = {
  zh: "考核周期：月度考核于次月上旬进行；年度考核于次年年初进行，综合全年各月的考核结果。考核流程：员工自评→上级评价→部门互评（作为考核参考依据之一）→运营主管综合评定→结果反馈→人力资源部门存档备案。工作业绩、工作能力、工作态度三个维度的权重（60%、20%、20%），各项目权重，达成率门槛与封顶，以及评价人权重（自评 20%、上级评价 60%、互评 20%）均为默认值。",
  en: "Cycles: the monthly review is held in the first ten days of the next month; the annual review early the next year, combining the year's monthly results. Flow: self-assessment → supervisor's assessment → peer assessment within the department (one of the reference inputs) → overall assessment by the operations supervisor → feedback → filed by HR. Performance/ability/attitude weights (60/20/20), item weights, achievement floor/cap and rater weights (self 20, supervisor 60, peer 20) are defaults.",
};

function template(
  fields: Pick<TemplateInput, "id" | "role" | "family"> & { performance: UnweightedItem[] },
): TemplateInput {
  return {
    id: fields.id,
    role: fields.role,
    department: DEPARTMENT,
    family: fields.family,
    seed: "004",
    cycles: ["monthly", "annual"],
    raters: [...DEFAULT_RATERS],
    raterWeightsSource: "default",
    sections: sections(fields.performance),
    notes: NOTES,
  };
}

export const SHOP_OPS_SUPERVISOR = template({
  id: "shop-ops-supervisor",
  role: { zh: "运营主管", en: "Operations Supervisor" },
  family: "management",
  performance: [
    kpi({ id: "sales", name: { zh: "网店销售额", en: "Online shop sales" }, unit: UNITS.yuan, direction: "higher" }),
    kpi({
      id: "traffic-growth",
      name: { zh: "流量增长率", en: "Traffic growth rate" },
      unit: UNITS.percent,
      direction: "higher",
    }),
    kpi({ id: "conversion", name: { zh: "转化率", en: "Conversion rate" }, unit: UNITS.percent, direction: "higher" }),
    kpi({ id: "gross-margin", name: { zh: "毛利率", en: "Gross margin" }, unit: UNITS.percent, direction: "higher" }),
    kpi({
      id: "new-customers",
      name: { zh: "新客户开发数量", en: "New customers acquired" },
      unit: UNITS.people,
      direction: "higher",
    }),
  ],
});

export const SHOP_OPS_SPECIALIST = template({
  id: "shop-ops-specialist",
  role: { zh: "运营专员", en: "Operations Specialist" },
  family: "operations",
  performance: [
    kpi({
      id: "listing-timeliness",
      name: { zh: "商品上架及时率", en: "On-time product listing rate" },
      unit: UNITS.percent,
      direction: "higher",
    }),
    kpi({
      id: "order-accuracy",
      name: { zh: "订单处理准确率", en: "Order processing accuracy" },
      unit: UNITS.percent,
      direction: "higher",
    }),
    kpi({
      id: "inventory-accuracy",
      name: { zh: "库存管理准确率", en: "Inventory management accuracy" },
      unit: UNITS.percent,
      direction: "higher",
    }),
    // An "effect" the specialist evaluates after each campaign (三(三)3 推广效果评估), not one ratio: rated.
    rating({
      id: "campaign-execution",
      name: { zh: "营销活动执行效果", en: "Marketing campaign execution results" },
    }),
  ],
});

export const SHOP_DESIGNER = template({
  id: "shop-designer",
  role: { zh: "美工", en: "Designer" },
  family: "content-design",
  performance: [
    // Satisfaction and quality of design work are judged by the people who use it: rated.
    rating({ id: "page-design-satisfaction", name: { zh: "页面设计满意度", en: "Satisfaction with page designs" } }),
    rating({ id: "material-quality", name: { zh: "宣传素材制作质量", en: "Quality of promotional materials" } }),
    kpi({
      id: "on-time-delivery",
      name: { zh: "设计任务完成及时率", en: "On-time completion of design tasks" },
      unit: UNITS.percent,
      direction: "higher",
    }),
  ],
});

export const SHOP_CUSTOMER_SERVICE = template({
  id: "shop-customer-service",
  role: { zh: "客服", en: "Customer Service" },
  family: "customer-service",
  performance: [
    kpi({
      id: "csat",
      name: { zh: "客户满意度", en: "Customer satisfaction" },
      unit: UNITS.percent,
      direction: "higher",
    }),
    kpi({
      id: "complaint-timeliness",
      name: { zh: "客户投诉处理及时率", en: "Timely handling of customer complaints" },
      unit: UNITS.percent,
      direction: "higher",
    }),
    kpi({
      id: "order-follow-up-accuracy",
      name: { zh: "订单跟进准确率", en: "Order follow-up accuracy" },
      unit: UNITS.percent,
      direction: "higher",
    }),
  ],
});
