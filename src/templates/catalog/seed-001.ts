/**
 * Seed 001 — 电商企业岗位职责及绩效考核, 二(一) 关键绩效指标(KPI)设定:分层分类的指标体系.
 *
 * Five role families, each with 核心指标 (core) and 辅助指标 (auxiliary) KPIs and a 考核逻辑 (kept in
 * `notes`). The seed gives no weights, gates or caps: core 70 / auxiliary 30, equal item weights,
 * floor 0 and cap 1 are defaults. Units are this project's reading of each indicator; lower is better
 * for 获客成本, 推广费用占比, 响应时效 and 客诉率. Cycle: "月度跟踪+季度评估+年度复盘".
 * Indicators that are a count or a time (响应时效, 客诉率, 搜索排名提升幅度) are scored by step tables
 * whose bands are project defaults; the seed gives none (it asks for a response within 24 hours).
 */
import type { Section, TemplateInput } from "../schema";
import { UNITS, evenly, kpi, stepKpi, type UnweightedItem } from "./shared";

const CYCLES: TemplateInput["cycles"] = ["monthly", "quarterly", "annual"];

function coreAndAuxiliary(core: UnweightedItem[], auxiliary: UnweightedItem[]): Section[] {
  return [
    {
      id: "core",
      name: { zh: "核心指标", en: "Core indicators" },
      weight: 70,
      weightSource: "default",
      items: evenly(core),
    },
    {
      id: "auxiliary",
      name: { zh: "辅助指标", en: "Auxiliary indicators" },
      weight: 30,
      weightSource: "default",
      items: evenly(auxiliary),
    },
  ];
}

const COMMON_NOTE = {
  zh: "考核周期：月度跟踪、季度评估、年度复盘。绩效目标采用 OKR 与 KPI 相结合的方式，由部门负责人与员工共同制定季度目标；每半年复盘一次，调整指标权重与考核维度。核心指标与辅助指标的维度权重（70%、30%）、各指标权重以及达成率门槛与封顶均为默认值。",
  en: "Cycle: monthly tracking + quarterly evaluation + annual review. Goals combine OKRs and KPIs and are set quarterly by the department head together with the employee; indicator weights and dimensions are reviewed every six months. Core/auxiliary weights (70/30), item weights and achievement floor/cap are defaults.",
};

function notes(logic: { zh: string; en: string }, roles: { zh: string; en: string }) {
  return {
    zh: `适用岗位：${roles.zh}。考核逻辑：${logic.zh}${COMMON_NOTE.zh}`,
    en: `Roles: ${roles.en}. Appraisal logic: ${logic.en} ${COMMON_NOTE.en}`,
  };
}

export const MARKETING: TemplateInput = {
  id: "marketing",
  role: { zh: "市场推广类岗位", en: "Marketing and promotion roles" },
  department: { zh: "市场推广模块", en: "Marketing and promotion module" },
  family: "marketing",
  seed: "001",
  cycles: CYCLES,
  raters: [],
  raterWeightsSource: "default",
  sections: coreAndAuxiliary(
    [
      kpi({
        id: "cac",
        name: { zh: "获客成本（CAC）", en: "Customer acquisition cost (CAC)" },
        unit: UNITS.yuanPerUser,
        direction: "lower",
      }),
      kpi({
        id: "channel-conversion",
        name: { zh: "渠道转化率", en: "Channel conversion rate" },
        unit: UNITS.percent,
        direction: "higher",
      }),
      kpi({
        id: "new-users",
        name: { zh: "新增用户数", en: "New users" },
        unit: UNITS.people,
        direction: "higher",
      }),
      kpi({
        id: "promotion-cost-share",
        name: { zh: "推广费用占比", en: "Promotion cost share" },
        unit: UNITS.percent,
        direction: "lower",
      }),
    ],
    [
      kpi({
        id: "content-exposure",
        name: { zh: "内容曝光量", en: "Content exposure" },
        unit: UNITS.views,
        direction: "higher",
      }),
      kpi({
        id: "creative-ctr",
        name: { zh: "素材点击率", en: "Creative click-through rate" },
        unit: UNITS.percent,
        direction: "higher",
      }),
      kpi({
        id: "channel-roi",
        name: { zh: "渠道 ROI（投入产出比）", en: "Channel ROI (return on investment)" },
        unit: UNITS.ratio,
        direction: "higher",
      }),
    ],
  ),
  notes: notes(
    {
      zh: "以“低成本获高质量用户”为核心目标，兼顾短期流量获取与长期品牌建设，避免为追求低价流量而牺牲用户质量。",
      en: "The core goal is “high-quality users at low cost”, balancing short-term traffic acquisition with long-term brand building, without sacrificing user quality for cheap traffic.",
    },
    { zh: "市场推广经理、新媒体运营专员", en: "marketing and promotion manager, new-media operations specialist" },
  ),
};

export const STORE_OPERATIONS: TemplateInput = {
  id: "store-operations",
  role: { zh: "店铺运营类岗位", en: "Store operations roles" },
  department: { zh: "店铺运营模块", en: "Store operations module" },
  family: "operations",
  seed: "001",
  cycles: CYCLES,
  raters: [],
  raterWeightsSource: "default",
  sections: coreAndAuxiliary(
    [
      kpi({
        id: "gmv",
        name: { zh: "店铺 GMV", en: "Store GMV" },
        unit: UNITS.yuan,
        direction: "higher",
        description: {
          zh: "重点关注“有效 GMV”（剔除退货、刷单等无效订单）。",
          en: "Count “effective GMV” (excluding invalid orders such as returns and fake orders).",
        },
      }),
      kpi({
        id: "conversion",
        name: { zh: "转化率", en: "Conversion rate" },
        unit: UNITS.percent,
        direction: "higher",
      }),
      kpi({
        id: "aov",
        name: { zh: "客单价", en: "Average order value" },
        unit: UNITS.yuan,
        direction: "higher",
      }),
      kpi({
        id: "campaign-achievement",
        name: { zh: "活动目标达成率", en: "Campaign target achievement" },
        unit: UNITS.percent,
        direction: "higher",
      }),
    ],
    [
      kpi({
        id: "sell-through",
        name: { zh: "商品动销率", en: "Sell-through rate" },
        unit: UNITS.percent,
        direction: "higher",
      }),
      kpi({
        id: "inventory-turnover",
        name: { zh: "库存周转率", en: "Inventory turnover" },
        unit: UNITS.times,
        direction: "higher",
      }),
      stepKpi({
        id: "search-rank-gain",
        name: { zh: "搜索排名提升幅度", en: "Search ranking gain" },
        unit: UNITS.places,
        direction: "higher",
        // places gained: no gain earns nothing
        steps: [
          { threshold: 1, points: 60 },
          { threshold: 5, points: 80 },
          { threshold: 10, points: 100 },
        ],
      }),
    ],
  ),
  notes: notes(
    {
      zh: "平衡销售规模与运营效率，重点关注“有效 GMV”（剔除退货、刷单等无效订单），推动运营策略从“流量驱动”向“用户价值驱动”转型。",
      en: "Balance sales volume with operating efficiency, focusing on “effective GMV” (excluding invalid orders such as returns and fake orders), and move the operating strategy from “traffic-driven” to “user-value-driven”.",
    },
    { zh: "店铺运营经理、商品专员", en: "store operations manager, merchandise specialist" },
  ),
};

export const CUSTOMER_SERVICE: TemplateInput = {
  id: "customer-service",
  role: { zh: "客户服务类岗位", en: "Customer service roles" },
  department: { zh: "客户服务模块", en: "Customer service module" },
  family: "customer-service",
  seed: "001",
  cycles: CYCLES,
  raters: [],
  raterWeightsSource: "default",
  sections: coreAndAuxiliary(
    [
      kpi({
        id: "csat",
        name: { zh: "客户满意度（CSAT）", en: "Customer satisfaction (CSAT)" },
        unit: UNITS.percent,
        direction: "higher",
      }),
      kpi({
        id: "fcr",
        name: { zh: "首次解决率（FCR）", en: "First-contact resolution (FCR)" },
        unit: UNITS.percent,
        direction: "higher",
      }),
      stepKpi({
        id: "response-time",
        name: { zh: "响应时效", en: "Response time" },
        unit: UNITS.hours,
        direction: "lower",
        // hours to the first response; past the manual's 24 hours, 0 points
        steps: [
          { threshold: 1, points: 100 },
          { threshold: 4, points: 90 },
          { threshold: 12, points: 80 },
          { threshold: 24, points: 60 },
        ],
        description: {
          zh: "客服专员承接售前咨询与售后问题，确保 24 小时内响应客户诉求。",
          en: "Customer-service specialists take pre-sale enquiries and after-sales issues and make sure customers' requests get a response within 24 hours.",
        },
      }),
      kpi({
        id: "after-sales-timeliness",
        name: { zh: "售后处理及时率", en: "After-sales handling timeliness" },
        unit: UNITS.percent,
        direction: "higher",
      }),
    ],
    [
      stepKpi({
        id: "complaint-rate",
        name: { zh: "客诉率", en: "Complaint rate" },
        unit: UNITS.percent,
        direction: "lower",
        // complaints per order: 0.5% or less earns full points, above 2% none
        steps: [
          { threshold: 0.005, points: 100 },
          { threshold: 0.01, points: 80 },
          { threshold: 0.02, points: 60 },
        ],
      }),
      kpi({
        id: "repurchase-guidance",
        name: { zh: "复购引导成功率", en: "Repurchase guidance success rate" },
        unit: UNITS.percent,
        direction: "higher",
      }),
      kpi({
        id: "script-compliance",
        name: { zh: "服务话术标准化执行度", en: "Standard service script compliance" },
        unit: UNITS.percent,
        direction: "higher",
      }),
    ],
  ),
  notes: notes(
    {
      zh: "以用户体验为核心，避免单纯追求“快速响应”而忽视问题解决质量，将客服团队定位为“用户需求洞察者”而非被动服务者。",
      en: "User experience is the core: do not chase “fast response” at the expense of resolution quality; the customer-service team is positioned as “insight into user needs” rather than a passive service.",
    },
    { zh: "客服主管、客服专员", en: "customer service supervisor, customer service specialist" },
  ),
};

export const CONTENT: TemplateInput = {
  id: "content",
  role: { zh: "内容创作类岗位", en: "Content creation roles" },
  department: { zh: "内容创作模块", en: "Content creation module" },
  family: "content-design",
  seed: "001",
  cycles: CYCLES,
  raters: [],
  raterWeightsSource: "default",
  sections: coreAndAuxiliary(
    [
      kpi({
        id: "content-conversion",
        name: { zh: "内容转化率", en: "Content conversion rate" },
        unit: UNITS.percent,
        direction: "higher",
        description: { zh: "如详情页到下单的转化", en: "E.g. conversion from product detail page to order." },
      }),
      kpi({
        id: "interaction-rate",
        name: { zh: "内容互动率", en: "Content interaction rate" },
        unit: UNITS.percent,
        direction: "higher",
        description: { zh: "点赞、评论、分享", en: "Likes, comments, shares." },
      }),
      kpi({
        id: "production-efficiency",
        name: { zh: "内容生产效率", en: "Content production efficiency" },
        unit: UNITS.pieces,
        direction: "higher",
      }),
    ],
    [
      kpi({
        id: "hit-content-share",
        name: { zh: "爆款内容占比", en: "Share of hit content" },
        unit: UNITS.percent,
        direction: "higher",
      }),
      kpi({
        id: "preference-match",
        name: { zh: "用户内容偏好匹配度", en: "Match with users' content preferences" },
        unit: UNITS.percent,
        direction: "higher",
      }),
    ],
  ),
  notes: notes(
    {
      zh: "强调内容的商业价值，通过 A/B 测试对比不同内容形式的转化效果，推动内容创作从“自我表达”向“用户决策辅助”升级。",
      en: "Stress the commercial value of content: compare the conversion of different content forms by A/B testing, and move content creation from “self-expression” to “helping users decide”.",
    },
    { zh: "内容策划专员", en: "content planning specialist" },
  ),
};

export const DATA_ANALYSIS: TemplateInput = {
  id: "data-analysis",
  role: { zh: "数据分析类岗位", en: "Data analysis roles" },
  department: { zh: "数据分析模块", en: "Data analysis module" },
  family: "data",
  seed: "001",
  cycles: CYCLES,
  raters: [],
  raterWeightsSource: "default",
  sections: coreAndAuxiliary(
    [
      kpi({
        id: "report-timeliness",
        name: { zh: "数据报告输出及时性", en: "Timeliness of data reports" },
        unit: UNITS.percent,
        direction: "higher",
      }),
      kpi({
        id: "adoption-rate",
        name: { zh: "分析结论采纳率", en: "Adoption rate of analysis conclusions" },
        unit: UNITS.percent,
        direction: "higher",
      }),
      kpi({
        id: "alert-accuracy",
        name: { zh: "异常问题预警准确率", en: "Anomaly alert accuracy" },
        unit: UNITS.percent,
        direction: "higher",
      }),
    ],
    [
      kpi({
        id: "tool-efficiency",
        name: { zh: "数据工具使用效率", en: "Data tool efficiency" },
        unit: UNITS.percent,
        direction: "higher",
      }),
      kpi({
        id: "cross-team-satisfaction",
        name: { zh: "跨部门协作满意度", en: "Cross-department collaboration satisfaction" },
        unit: UNITS.percent,
        direction: "higher",
      }),
    ],
  ),
  notes: notes(
    {
      zh: "以“数据驱动业务决策”为导向，关注分析成果对实际业务的推动价值，而非仅追求数据模型的复杂度。",
      en: "Oriented to “data-driven business decisions”: value what the analysis does for the business, not the complexity of the data models.",
    },
    { zh: "数据分析师", en: "data analyst" },
  ),
};
