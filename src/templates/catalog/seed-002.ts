/**
 * Seed 002 — 瑞安家蕊洁具电子商务部 组织结构及岗位职责描述.
 *
 * Each role's 职责简述 becomes a duties section of rated items, after the department-wide common
 * section (shared.ts, DEPARTMENT_COMMON_SECTION): the seed asks for "整体有共同考评指标 … 各部门有细化
 * 考评标准". The seed gives no weights: common 30 / duties 70 and equal duty weights are defaults.
 * Duty numbers follow the seed, which skips 5 for the 营销主管 and the 导购专员.
 * The manual is a machine-reworded copy (synonym swaps); the duties say what it means in plain
 * written Chinese, restoring the swapped words: 步骤 → 流程, 功效 → 功能, 团体 → 团队, 不停 → 不断,
 * 著名度 → 知名度, 立即 → 及时, 运行 → 运营 (also 运维部 → 运营部), 经过 → 通过, 公布 → 发布,
 * 对应 → 相应, 提议 → 建议, 发觉 → 发现, 评定 → 评估, 改善 → 改进, 行销 → 营销, 考评 → 考核,
 * 以后 → 之后; the manual's seed 003 twin of duty 6 (整体功能设计和构造布局规划) confirms several of
 * them. Comments keep the manual's wording where a sentence was rebuilt. Duties name 公司 where the
 * manual names the company (家蕊洁具), so the template fits any shop.
 * Each role names a single 考评人 (its superior), so the rater is the supervisor alone.
 * Cycle: monthly, per the 《月度日常工作考评表》 each role is assessed with.
 */
import type { Section, TemplateInput } from "../schema";
import { DEPARTMENT_COMMON_SECTION, evenly, rating } from "./shared";

const DEPARTMENT = { zh: "电子商务部", en: "E-commerce Department" };

type Duty = readonly [no: number, zh: string, en: string];

function dutiesSection(duties: readonly Duty[]): Section {
  return {
    id: "duties",
    name: { zh: "岗位职责", en: "Job duties" },
    weight: 70,
    weightSource: "default",
    items: evenly(
      duties.map(([no, zh, en]) => rating({ id: `duty-${String(no).padStart(2, "0")}`, name: { zh, en } })),
    ),
  };
}

const COMMON_NOTE = {
  zh: "原手册要求全部门有共同的考核指标，使大家利害相关、拧成一股绳、团结一致；各部门再有细化的考核标准，避免吃大锅饭。原手册提到《月度日常工作考评表》，但未附其内容，因此共同考核指标取自部门职能和部门经理的岗位目标。部门整体考核与岗位职责两个维度的权重（30%、70%）及各项职责的权重均为默认值。",
  en: "The manual asks for “common indicators for the whole department, so that everyone pulls together, plus detailed standards per team, so that no one eats from the same big pot”, but does not include the monthly daily-work evaluation form: the common indicators are taken from the department's functions and the manager's post goal. Section weights (30/70) and duty weights are defaults.",
};

function notes(zh: string, en: string) {
  return { zh: `${zh}${COMMON_NOTE.zh}`, en: `${en} ${COMMON_NOTE.en}` };
}

const SUPERVISOR_RATES: TemplateInput["raters"] = [{ role: "supervisor", weight: 100 }];

function template(
  fields: Pick<TemplateInput, "id" | "role" | "family" | "notes"> & { duties: readonly Duty[] },
): TemplateInput {
  return {
    id: fields.id,
    role: fields.role,
    department: DEPARTMENT,
    family: fields.family,
    seed: "002",
    cycles: ["monthly"],
    raters: SUPERVISOR_RATES,
    raterWeightsSource: "seed",
    sections: [DEPARTMENT_COMMON_SECTION, dutiesSection(fields.duties)],
    notes: fields.notes,
  };
}

export const ECOMMERCE_DEPT_MANAGER = template({
  id: "ecommerce-dept-manager",
  role: { zh: "电子商务部经理", en: "E-commerce Department Manager" },
  family: "management",
  duties: [
    [
      1,
      // 原手册：“依据企业发展战略,参与家蕊洁具网络品牌建设和电子商务实施计划制订”
      "依据企业发展战略，参与公司网络品牌建设和电子商务实施计划的制订",
      "In line with the company's development strategy, take part in building the company's online brand and drawing up the e-commerce implementation plan",
    ],
    [
      2,
      "依据企业年度发展战略制订电子商务部年度工作计划及运营目标",
      "Draw up the e-commerce department's annual work plan and operating targets from the company's annual strategy",
    ],
    [
      3,
      "负责企业电子商务系统总体实施计划的推进和组织协调工作",
      "Drive the overall implementation plan of the company's e-commerce system and organise and coordinate it",
    ],
    [
      4,
      "负责企业电子商务业务、技术和商务流程的优化及电子商务体系建设",
      "Optimise the company's e-commerce business, technology and business processes, and build the e-commerce system",
    ],
    [
      5,
      "负责企业信息化建设和系统安全管理的规划、建设和组织管理工作",
      "Plan, build and organise the company's IT development and system security management",
    ],
    [
      6,
      // 原手册：“负责家蕊洁具网络网站策划、整体功效设计和结构布局计划、版本开发管理和运行管理工作”
      "负责公司网站的策划、整体功能设计和结构布局规划、版本开发管理和运营管理工作",
      "Plan the company website: overall function design and structure/layout planning, release development management and operations management",
    ],
    [7, "负责网站产品线的总体开发设计", "Lead the overall development and design of the website's product lines"],
    [8, "负责网站网络推广方案的审定", "Review and approve the website's online promotion plans"],
    [
      9,
      "配合企业组织网站推广和市场营销活动",
      "Support the company in organising website promotion and marketing campaigns",
    ],
    [
      10,
      "负责行业市场调查和分析，为经营策略提供参考依据",
      "Research and analyse the industry market to inform the business strategy",
    ],
    [11, "负责公司网络品牌的推广和运营管理工作", "Promote the company's online brand and manage its operation"],
    [
      12,
      "负责部门员工的培训、考核和工作指导，不断提升员工素质和工作规范性",
      "Train, appraise and guide the department's staff, continually raising their quality and work standards",
    ],
    [
      13,
      "负责运营部的团队建设、日常管理和绩效管理工作",
      "Team building, day-to-day management and performance management of the operations department",
    ],
  ],
  notes: notes(
    "直接上级：总经理；直接下级：设计主管、营销主管、客服主管。评价人：总经理。岗位目标：组建和管理电子商务团队，实现网络销售目标和企业品牌网络推广目标。",
    "Reports to the general manager; manages the design, marketing and customer-service supervisors. Assessed by: the general manager. Post goal: build and manage the e-commerce team and meet the online sales target and the online brand-promotion target.",
  ),
});

export const CS_SUPERVISOR = template({
  id: "cs-supervisor",
  role: { zh: "客服主管", en: "Customer Service Supervisor" },
  family: "customer-service",
  duties: [
    [
      1,
      "负责淘宝平台和企业网站在线客服、电话客服的整体工作",
      "Run all online and telephone customer service for the Taobao platform and the company website",
    ],
    [2, "负责客服培训和考核工作", "Train and appraise customer service staff"],
    [3, "负责产品销售和产品促销活动计划的实施", "Carry out product sales and product promotion plans"],
    [4, "负责客服意见的搜集、整理和改进工作", "Collect and organise customer feedback and act on it to improve"],
    [
      5,
      "负责在线服务、在线问答、帮助中心等客服模块的功能管理工作",
      "Manage the functions of the customer-service modules: online service, online Q&A, help centre, etc.",
    ],
    [
      6,
      "负责审核、评估和分析客服流程的实施效果，提出相应的调整方案",
      "Review, assess and analyse how well the customer-service processes work and propose adjustments",
    ],
    [
      7,
      "负责在线客服和呼叫中心座席周报、月报的统计分析与汇报",
      "Compile the weekly and monthly statistical reports of online customer service and the call-centre agents",
    ],
  ],
  notes: notes(
    "直接上级：电子商务部经理；直接下级：导购专员、售中客服、售后客服。评价人：电子商务部总监（原手册薪酬标准表中的被考核岗位写作“客服部经理”）。岗位目标：管理和培训客服、售后专员，确保完成销售任务，提高客户对服务的满意度。",
    "Reports to the e-commerce department manager; manages the shopping guides, in-sale and after-sales customer service. Assessed by: the e-commerce department director (the pay table calls the assessed post “customer service department manager”). Post goal: manage and train customer-service and after-sales staff, ensuring sales targets and customer satisfaction with the service.",
  ),
});

export const MARKETING_SUPERVISOR = template({
  id: "marketing-supervisor",
  role: { zh: "营销主管", en: "Marketing Supervisor" },
  family: "marketing",
  duties: [
    [
      1,
      "负责淘宝平台和企业网站的策划，以及网站专题活动等的策划和实施工作",
      "Plan the Taobao platform and the company website, and plan and run themed website campaigns",
    ],
    [2, "负责产品图片的拍摄、处理和美化工作", "Shoot, process and retouch product images"],
    [3, "负责产品上架和产品促销活动计划的线上推广工作", "List products and promote product promotion plans online"],
    [
      4,
      "负责产品在线营销数据的整理和分析，评估推广效果并改进产品营销策略",
      "Compile and analyse online marketing data, assess promotion results and improve the product marketing strategy",
    ],
    [
      6,
      // 原手册：“负责电子商务步骤步骤和步骤制订、管理,包含产品、公布、客服、交易、物流和售后”
      "负责电子商务各环节流程的制订和管理，包括产品、发布、客服、交易、物流和售后",
      "Draw up and manage the e-commerce processes, covering products, publishing, customer service, transactions, logistics and after-sales",
    ],
    [
      7,
      "负责发掘行业内的友好资源网站，推进资源交换合作",
      "Find friendly industry resource sites and promote resource-exchange partnerships",
    ],
    [
      8,
      "负责网站广告位营销、广告联盟、搜索引擎优化、交换链接等推广工作",
      "Promotion through website ad slots, ad networks, search engine optimisation, link exchanges, etc.",
    ],
    [
      9,
      "负责制订并实施网站优化和搜索引擎优化（SEO）方案",
      "Draw up and carry out the website optimisation and search engine optimisation (SEO) plans",
    ],
    [
      10,
      "负责利用网络营销和推广技术，不断提升平台的知名度和访问量",
      "Use online marketing and promotion techniques to keep raising the platform's renown and traffic",
    ],
    [
      11,
      "负责审定、评估和分析网站关键词和内容的推广效果，提出相应的调整方案",
      "Review, assess and analyse the results of website keyword and content promotion and propose adjustments",
    ],
    [12, "负责编制网站访问统计和数据分析报告", "Compile website traffic statistics and data analysis reports"],
    [
      13,
      "负责网络推广营销计划及网站线上线下活动的策划",
      "Online promotion and marketing plans, and planning of the website's online and offline events",
    ],
  ],
  notes: notes(
    "直接上级：电子商务部经理；直接下级：竞价专员、SNS 专员、活动专员。评价人：电子商务部总监（原手册薪酬标准表中的被考核岗位写作“运营部经理”）。岗位目标：确保产品在平台上及时发布和美化，通过推广营销提升平台销量。原手册的职责编号缺第 5 条，本模板沿用原编号。",
    "Reports to the e-commerce department manager; manages the bidding (PPC), SNS and campaign specialists. Assessed by: the e-commerce department director (the pay table calls the assessed post “operations department manager”). Post goal: make sure products are published and presented on the platform promptly, and raise platform sales through promotion and marketing. The seed's duty numbering skips 5; the seed's numbers are kept.",
  ),
});

const SHOPPING_GUIDE_DUTIES: readonly Duty[] = [
  [
    1,
    "负责淘宝平台和企业网站的在线客服工作",
    "Provide online customer service for the Taobao platform and the company website",
  ],
  [
    2,
    "负责淘宝平台和企业网站的电话咨询应答服务",
    "Answer telephone enquiries for the Taobao platform and the company website",
  ],
  [3, "学习产品相关专业知识", "Learn the professional knowledge about the products"],
  [4, "负责产品在线营销的实施", "Carry out online product marketing"],
  [6, "负责搜集客服反馈的问题和建议", "Collect the problems and suggestions fed back through customer service"],
  [7, "负责发现产品发布页面的问题，并提出改进方法", "Spot problems on product pages and propose improvements"],
  [8, "负责淘宝平台的订单操作（录入快递单号）", "Process Taobao orders (enter courier tracking numbers)"],
  [9, "负责将相应的销售产品录入 ERP 系统", "Enter the products sold into the ERP system"],
];

export const SHOPPING_GUIDE = template({
  id: "shopping-guide",
  role: {
    zh: "导购专员（质检专员、仓库专员、物流专员同此）",
    en: "Shopping Guide (also Quality Inspector, Warehouse Specialist, Logistics Specialist)",
  },
  family: "customer-service",
  duties: SHOPPING_GUIDE_DUTIES,
  notes: notes(
    "直接上级：客服主管。评价人：客服部经理（被考核岗位写作“客服专员”）。岗位目标：为用户提供导购和咨询服务，运用销售技巧达成销售；岗位概述：IM 在线客服和 400 电话客服工作。原手册中质检专员、仓库专员、物流专员的岗位资质、岗位目标、岗位概述和职责与导购专员完全相同，因此共用本模板。原手册的职责编号缺第 5 条，本模板沿用原编号。",
    "Reports to the customer service supervisor. Assessed by: the customer service department manager (the assessed post is called “customer service specialist”). Post goal: guide and advise customers and close sales using sales techniques; overview: IM online and 400-hotline customer service. In the seed the quality inspector, warehouse specialist and logistics specialist copy the shopping guide's qualifications, goal, overview and duties word for word, so they share this template. The seed's duty numbering skips 5; the seed's numbers are kept.",
  ),
});

export const AFTER_SALES = template({
  id: "after-sales",
  role: { zh: "售后专员", en: "After-sales Specialist" },
  family: "customer-service",
  duties: [
    [1, "负责平台产品的售后客服工作", "Provide after-sales customer service for the platform's products"],
    [2, "负责产品售出之后与仓储、物流的工作衔接", "Hand over to warehousing and logistics after a product is sold"],
    [3, "负责搜集、整理用户的意见和建议", "Collect and organise customers' opinions and suggestions"],
    [4, "负责处理电子商务平台的用户投诉", "Handle customer complaints on the e-commerce platforms"],
  ],
  notes: notes(
    // 原手册：“确保售后服务工作立即性和用户满意度,确保产品售后过程工作连接性”
    "直接上级：客服部主管。评价人：客服部经理（被考核岗位写作“售后服务专员”）。岗位目标：确保售后服务的及时性和用户满意度，确保产品售后各环节工作的连贯性；岗位概述：售后与物流的工作衔接。",
    "Reports to the customer service supervisor. Assessed by: the customer service department manager (the assessed post is called “after-sales service specialist”). Post goal: timely after-sales service and customer satisfaction, and continuity across the after-sales process; overview: linking after-sales and logistics.",
  ),
});

export const MARKETING_SPECIALIST = template({
  id: "marketing-specialist",
  role: {
    zh: "营销专员（竞价专员、SNS 专员、活动专员）",
    en: "Marketing Specialist (bidding/PPC, SNS and campaign specialists)",
  },
  family: "marketing",
  duties: [
    [
      1,
      "协助运营经理进行网站策划，以及网站专题活动等的策划和实施工作",
      "Help the operations manager plan the website and plan and run themed website campaigns",
    ],
    [
      2,
      "负责网络推广营销计划、网站线上线下活动的策划和文案编写工作",
      "Online promotion and marketing plans, planning of the website's online and offline events, and copywriting",
    ],
    [
      3,
      "负责新产品上架和产品促销活动计划的线上推广工作",
      "List new products and promote product promotion plans online",
    ],
    [
      4,
      "负责产品在线营销数据的整理和分析，评估推广效果并改进产品营销策略",
      "Compile and analyse online marketing data, assess promotion results and improve the product marketing strategy",
    ],
    [5, "负责媒介推广合作事宜", "Handle media promotion partnerships"],
    [
      6,
      "负责网站的总体评测，以及网站服务功能和内容管理的维护、优化工作",
      "Evaluate the website as a whole, and maintain and optimise its service functions and content management",
    ],
    [7, "负责网站内容更新的监控及版面改进工作", "Monitor website content updates and improve the page layout"],
    [
      8,
      "负责考察和分析行业网站，对网站策划、网站功能和布局提出改进建议",
      "Survey and analyse industry websites and suggest improvements to the website's planning, functions and layout",
    ],
    [
      9,
      "负责发掘行业内的友好资源网站，推进资源交换合作",
      "Find friendly industry resource sites and promote resource-exchange partnerships",
    ],
    [
      10,
      "负责网站广告位营销、广告联盟、搜索引擎优化、交换链接等推广工作",
      "Promotion through website ad slots, ad networks, search engine optimisation, link exchanges, etc.",
    ],
    [
      11,
      "负责制订并实施平台优化、淘宝直通车及一淘搜索引擎优化（SEO）方案",
      "Draw up and carry out the plans for platform optimisation, Taobao Zhitongche (pay-per-click) and eTao search engine optimisation (SEO)",
    ],
    [
      12,
      "负责利用网络营销和推广技术，不断提升平台的知名度和访问量",
      "Use online marketing and promotion techniques to keep raising the platform's renown and traffic",
    ],
  ],
  notes: notes(
    "直接上级：运营部经理。评价人：运营部经理。岗位目标：通过媒介合作和推广提升销量；岗位概述：负责平台的媒介合作、推广、营销等工作。",
    "Reports to the operations department manager. Assessed by: the operations department manager. Post goal: raise sales through media partnerships and promotion; overview: media partnerships, promotion and marketing for the platform.",
  ),
});

export const WEB_DESIGNER = template({
  id: "web-designer",
  role: { zh: "网站美工/网站编辑", en: "Web Designer / Web Editor" },
  family: "content-design",
  duties: [
    [
      1,
      "负责产品资料的搜集、分类和整理，校对产品信息，并不断更新和完善",
      "Collect, classify and organise product information, proofread it and keep it updated and complete",
    ],
    [
      2,
      "负责平台产品库数据的添加、录入、修改等维护工作",
      "Maintain the platform's product database: adding, entering and editing data",
    ],
    [3, "负责产品图片的拍摄、美工、水印处理等工作", "Shoot product images, retouch them and add watermarks"],
    [
      4,
      // 原手册：“负责网站后期产品频道和相关栏目标内容编辑,和相关信息采编整理”
      "负责网站产品频道和相关栏目的内容编辑，以及相关信息的采编整理",
      "Edit the content of the website's product channels and related sections, and gather and edit related information",
    ],
    [
      5,
      "负责配合部门制作采购目录，以及产品营销活动中涉及的产品资料编辑工作",
      "Help the department produce purchasing catalogues and edit the product material used in marketing campaigns",
    ],
  ],
  notes: notes(
    "原手册的标题为“网站美工”，岗位名称写作“网站编辑”。直接上级：运营部经理；直接下级：无。评价人：运营部经理。岗位目标：确保产品描述的正确性和图片的美观性，用视觉效果辅助销售；岗位概述：负责产品描述编辑、图片拍摄与处理、产品发布和维护。",
    "The seed's heading says “web designer” and the post name “web editor”. Reports to the operations department manager; no direct reports. Assessed by: the operations department manager. Post goal: accurate product descriptions and attractive images, supporting sales visually; overview: editing product descriptions, shooting and processing images, publishing and maintaining products.",
  ),
});
