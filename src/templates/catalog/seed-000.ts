/**
 * Seed 000 — 电子商务部电商运营经理主管绩效考核表及考核标准 (岗位职责工作分析表 WF-A-G-04-2, 2012/08/25).
 *
 * One task-weighted template: the 24 duties of 表二 in the seed's order (排序 1–24), each weighted by
 * its 占用时间 (share of working time, 12% … 1%, total 100%) — these weights are seed facts.
 *
 * The extraction scrambles the table: rows 17–20 come first and numbers are glued to the text
 * ("…促进店铺经5%营。…的策划和实施185%" is row 17 at 5% then row 18 at 5%; "…不予寄出。202%" is row 20
 * at 2%). Rows were rebuilt one by one from the 排序/具体工作/占用时间 columns.
 *
 * Descriptions quote the seed's 岗位作业标准指导书(初稿). That guide is organised by 11 work items
 * (工作事项), not by the 24 duties, so each description names the work item 【…】 and quotes the
 * standard (作业标准) and points to note (注意事项) lines that concern the duty; the duty → work item
 * match is this project's. The manual's typos are corrected (就行 → 进行, 放在 → 防止, 再处理 → 在处理,
 * 有否有 → 是否有), series are joined with 、, and where a broken sentence was rebuilt a comment keeps
 * the manual's wording.
 */
import type { TemplateInput } from "../schema";
import type { Item } from "./shared";

interface Duty {
  /** 排序: the duty's number in the seed. */
  no: number;
  /** 占用时间, percent. */
  share: number;
  zh: string;
  en: string;
  standard?: { zh: string; en: string };
}

const DUTIES: Duty[] = [
  {
    no: 1,
    share: 12,
    zh: "负责网店的入驻及整体的规划、运营、推广和管理，带领团队执行运营销售目标",
    en: "Open the online shops on the platforms and take charge of their overall planning, operation, promotion and management; lead the team in meeting the operating and sales targets",
    standard: {
      zh: "【网店运营推广工作】负责制定品牌店铺推广策略以及市场活动的创意和策划；定期向上级领导汇报运营情况，并提出积极的意见及改进办法。",
      en: "[Online-shop operation and promotion] Draw up the brand shop's promotion strategy and create and plan marketing campaigns; report regularly to the superior on operations and put forward constructive suggestions and improvements.",
    },
  },
  {
    no: 2,
    share: 5,
    // 原手册：“负责日常督促配合电商代运营公司操作的店铺运营推广、及推广费转账及合理掌控消耗”
    zh: "负责日常督促、配合电商代运营公司开展店铺运营推广，以及推广费的转账和消耗的合理掌控",
    en: "Day to day, supervise and support the shop operation and promotion run by the outsourced e-commerce operations agency; transfer the promotion fees and keep spending under reasonable control",
    standard: {
      zh: "【团队工作与管理】每天不定时观察店铺数据以及量子恒道、直通车、钻展的消耗，做出适当的调整与对策，落实各岗位的工作执行；【财务对接】协助电商代运营费用的排款，负责消耗费用的发票报销。",
      en: "[Team work and management] Check the shop data and the spend on Liangzi, Zhitongche (pay-per-click) and Zuanzhan (display ads) at various times every day, adjust and respond as needed, and make sure every post carries out its work; [Liaison with finance] help schedule payment of the operations agency's fees and claim the invoices for the spend.",
    },
  },
  {
    no: 3,
    share: 5,
    zh: "针对公司产品挑选优势产品进行推广、优化产品，提高订单转化率",
    en: "Select the company's products with an edge for promotion, optimise the products and raise the order conversion rate",
    standard: {
      zh: "【协调产品规划】每星期注意观察同类目产品市场的销售动态和竞争对手，分析出有竞争力的品类或商品，上架更新并重点推广。注意事项：针对产品销售情况进行优劣整合，主推热销产品，保证销售最大化。",
      en: "[Coordinating product planning] Every week watch the sales trends and competitors in the same product category, pick out competitive categories or products, list or update them and promote them as priorities. Points to note: sort products by how they sell, push the best sellers and maximise sales.",
    },
  },
  {
    no: 4,
    share: 8,
    zh: "负责电子商务平台的运行管理，保持和相关电子商务平台服务商的沟通",
    en: "Manage the running of the e-commerce platforms and keep in touch with the platform service providers",
    standard: {
      zh: "【网店运营推广工作】负责店铺的日常活动申报、活动排期及与淘宝商城的日常沟通。",
      en: "[Online-shop operation and promotion] Apply for the shop's routine campaigns, schedule them and keep up day-to-day communication with Taobao Mall.",
    },
  },
  {
    no: 5,
    share: 3,
    zh: "积极申请参加各电子商务平台网店主题促销活动",
    en: "Actively apply to join the themed shop promotions of each e-commerce platform",
    standard: {
      zh: "【网店运营推广工作】负责店铺各类促销活动以及淘宝官方各类活动的申报、争取、策划和实施。",
      en: "[Online-shop operation and promotion] Apply for, secure, plan and run the shop's promotions and Taobao's official campaigns.",
    },
  },
  {
    no: 6,
    share: 5,
    zh: "负责处理客户购买、咨询服务、订单跟踪、投诉处理中的疑难问题",
    en: "Handle the difficult cases in customer purchases, enquiries, order tracking and complaints",
    standard: {
      zh: "【订单管理及发货质检】及时处理客服工作中与商品订单有关的问题。注意事项：客户反馈的问题要积极处理、当日解决；重大问题（如严重质量问题）反馈上级领导处理。",
      en: "[Order management and dispatch quality check] Promptly resolve order problems arising in customer service. Points to note: deal actively with problems customers report and solve them the same day; refer major problems, such as serious quality issues, to the superior.",
    },
  },
  {
    no: 7,
    share: 3,
    // 原手册：“及时了解仓库库存情况,定期根据仓库入仓新品情况。日常拍照工作进度、产品目录跟进;商城客服人员实体产品讲解及日常培训”
    zh: "及时了解仓库库存情况，定期跟进仓库新品入库情况、日常拍照工作进度和产品目录；负责商城客服人员的实体产品讲解及日常培训",
    en: "Keep up to date with warehouse stock and regularly follow the new products received into the warehouse; follow up the daily photo-shoot progress and the product catalogue; explain the physical products to the mall's customer-service staff and train them day to day",
    standard: {
      zh: "【图片设计及物料制作】注意事项：保证仓库新入库的产品及时领出，安排拍摄并上架销售。",
      en: "[Image design and material production] Points to note: make sure new products received into the warehouse are collected promptly, photographed and listed for sale.",
    },
  },
  {
    no: 8,
    share: 2,
    zh: "协调网店设计、技术、销售、客服、物流团队工作，建立有效的团队协作机制",
    en: "Coordinate the shop's design, technical, sales, customer-service and logistics teams and build an effective teamwork mechanism",
    standard: {
      zh: "【团队工作与管理】发货高峰期部门各员工配合协助完成当日发货。注意事项：明确分工，落实员工工作任务，督促完成。",
      en: "[Team work and management] At dispatch peaks, have all staff of the department help finish the day's shipping. Points to note: divide the work clearly, assign each employee's tasks and see that they are completed.",
    },
  },
  {
    no: 9,
    share: 3,
    zh: "协助电商代运营公司挑选公司的优势应季产品进行推广、优化产品，提高订单转化率",
    en: "Help the operations agency select the company's strong seasonal products for promotion, optimise the products and raise the order conversion rate",
    standard: {
      zh: "【协调产品规划】注意事项：参考销售排名靠前的同行的产品规划趋势，做好产品计划；保证产品应季销售，与行业更新同步。",
      en: "[Coordinating product planning] Points to note: plan products with reference to the product-planning trends of the best-selling competitors; make sure products sell in season and keep pace with the industry.",
    },
  },
  {
    no: 10,
    share: 3,
    zh: "督促管理网络客服工作，引导美工设计方向，协助下属解决问题",
    en: "Supervise and manage the online customer service, steer the designers' design direction and help subordinates solve problems",
    standard: {
      zh: "【团队工作与管理】监督并指导客服的工作行为。注意事项：发现员工工作中的问题要明确纠正，避免下次重复犯错；督促美工的设计作品无错别字及不相符的内容；保障展示的产品图片及广告图清晰精美。",
      en: "[Team work and management] Supervise and guide how customer service works. Points to note: correct problems found in an employee's work clearly so they are not repeated; make sure the designers' work has no typos or mismatched content and that product and ad images are sharp and attractive.",
    },
  },
  {
    no: 11,
    share: 3,
    // 原手册：“联络快递物流公司,选择优质合作商,月结产品发货快递费,核对,财务月结付费。及处理疑难件”
    zh: "联络快递物流公司，选择优质合作商；按月核对产品发货的快递费，由财务按月结算付费；处理疑难件",
    en: "Liaise with courier and logistics companies and choose good partners; settle and check the monthly courier charges for shipped products, with finance paying monthly; handle problem parcels",
    standard: {
      zh: "【合作快递公司管理】每月根据订单发货情况选择经济优质的快递合作公司；处理快递公司疑难订单的查询及账务明细核对；对发货网点进行查询跟踪，保证产品准确到位。注意事项：选择优质的服务供应商，对比各快递公司的费用，选择经济实惠、网点完善的快递公司协助公司产品发货；保障售出的货品及时出货，准确送达客户的收货地区，防止出现客户签收不到的情况；每月与快递公司凭发货面单核对结算，防止快递公司错收不符的费用。",
      en: "[Managing partner courier companies] Each month choose economical, good-quality courier partners according to order shipments; handle tracking queries for problem parcels and reconcile account details with the couriers; track shipments through the dispatch outlets so that products arrive correctly. Points to note: choose good service providers and compare courier charges; ship with economical couriers that have a complete outlet network; make sure goods sold leave on time and reach the customer's delivery area, and prevent cases where the customer cannot sign for a parcel; reconcile and settle with the courier each month against the waybills to prevent wrong charges.",
    },
  },
  {
    no: 12,
    share: 8,
    zh: "负责网店日常改版策划、上架、推广、销售、售后服务等经营与管理工作",
    en: "Run and manage the shop day to day: redesign planning, listing, promotion, sales, after-sales service, etc.",
    standard: {
      zh: "【网店运营推广工作】负责网店日常改版策划、上架、推广、销售、售后服务等经营与管理工作。注意事项：保证网店页面能正常浏览、产品能正常购买；网店展示的产品信息正确完善，价格与款号对应正确。",
      en: "[Online-shop operation and promotion] Run and manage the shop day to day: redesign planning, listing, promotion, sales, after-sales service, etc. Points to note: keep the shop's pages browsable and its products purchasable; product information shown is correct and complete, with prices matching style numbers.",
    },
  },
  {
    no: 13,
    share: 5,
    zh: "负责执行与配合电商代运营公司相关营销活动，策划店铺促销方案",
    en: "Carry out and support the operations agency's marketing campaigns and plan the shop's promotion schemes",
    standard: {
      zh: "【网店运营推广工作】负责执行与配合公司相关营销活动，策划店铺促销方案。注意事项：网店营销活动需有策划、有文案，保证活动主题与产品匹配。",
      en: "[Online-shop operation and promotion] Carry out and support the company's marketing campaigns and plan the shop's promotion schemes. Points to note: shop campaigns need a plan and copy; the campaign theme must match the products.",
    },
  },
  {
    no: 14,
    share: 2,
    zh: "客户关系维护，处理相关客户投诉及纠纷问题",
    en: "Maintain customer relationships and handle customer complaints and disputes",
    standard: {
      zh: "【网店运营推广工作】客户关系维护，处理相关客户投诉及纠纷问题。注意事项：在处理客户问题上，坚持客户第一，同时保障公司利益；做好客情维护工作。",
      en: "[Online-shop operation and promotion] Maintain customer relationships and handle customer complaints and disputes. Points to note: in customer problems put the customer first while protecting the company's interests; look after customer relations.",
    },
  },
  {
    no: 15,
    share: 5,
    zh: "配合并指导美工优化店铺形象、制作广告图，负责广告物料的制作和采购",
    en: "Work with and guide the designers in improving the shop's image, making ad images, and producing and purchasing advertising materials",
    standard: {
      zh: "【团队工作与管理】配合并指导美工优化店铺形象、制作广告图；【图片设计及物料制作】设计品牌线下物料，如 POP 广告、传单、海报等对外宣传印刷品。注意事项：安排美工设计公司所需的物料，按时交稿制作。",
      en: "[Team work and management] Work with and guide the designers in improving the shop's image and making ad images; [Image design and material production] design the brand's offline materials — POP ads, leaflets, posters and other printed publicity. Points to note: have the designers design the materials the company needs and deliver them on time for production.",
    },
  },
  {
    no: 16,
    share: 8,
    zh: "负责网店日常维护，保证网店的正常运作，优化店铺及商品排名",
    en: "Maintain the shop day to day, keep it running normally and improve shop and product rankings",
    standard: {
      zh: "【网店运营推广工作】负责网店日常维护，保证网店的正常运作，优化店铺及商品排名。注意事项：每天登录后台观察数据并处理相关问题，保证当日问题当日解决。",
      en: "[Online-shop operation and promotion] Maintain the shop day to day, keep it running normally and improve shop and product rankings. Points to note: log in to the back end every day, watch the data and deal with problems; problems are solved the day they arise.",
    },
  },
  {
    no: 17,
    share: 5,
    zh: "研究店铺统计数据，发掘隐含内在问题并及时处理。研究平台类目及搜索引擎，提炼有用信息促进店铺经营",
    en: "Study the shop's statistics, uncover hidden underlying problems and deal with them promptly; study the platform's categories and search engine and extract useful information to further the shop's business",
    standard: {
      zh: "【网店运营推广工作】对网店的 PV、UV、销量、跳失率、地域分布、转化率等做出专业的数据分析，平时做好竞争对手网站数据的采集、评估与分析；使用量子恒道、数据魔方和小艾分析等网店统计工具，提供客户行为分析报告。",
      en: "[Online-shop operation and promotion] Analyse the shop's PV, UV, sales volume, bounce rate, regional distribution, conversion rate, etc. professionally, and routinely collect, assess and analyse competitors' site data; use shop analytics tools such as Liangzi Hengdao, Shuju Mofang and Xiao'ai Fenxi to produce customer-behaviour analysis reports.",
    },
  },
  {
    no: 18,
    share: 5,
    zh: "店铺内部活动（提高成交转化率与客单价的活动）的策划和实施",
    en: "Plan and run in-shop campaigns (campaigns that raise the conversion rate and the average order value)",
    standard: {
      zh: "【网店运营推广工作】注意事项：网店营销活动需有策划、有文案，保证活动主题与产品匹配。",
      en: "[Online-shop operation and promotion] Points to note: shop campaigns need a plan and copy; the campaign theme must match the products.",
    },
  },
  {
    no: 19,
    share: 3,
    zh: "积极配合财务部的工作，在不影响本职工作的情况下，优化处理财务部所需的资料（费用细则、活动预算等）",
    en: "Actively support the finance department, preparing the material it needs (expense details, campaign budgets, etc.) without neglecting one's own duties",
    standard: {
      zh: "【财务对接】店铺入驻、营销推广费用的支出申请及相关发票报账；每月销售情况报表、出库、汇款的对接工作；协助电商代运营费用的排款，负责消耗费用的发票报销；部门考核费用的核对及费用明细的核实；入驻网络平台的合同及相关协议的签订和存档。注意事项：保证财务账目正确、明细清晰、核对无误；月销售报表真实，与货品实际销售相符，防止账目错乱；保障公司权益，签订合法的协议合同，协助财务存档；部门消耗正常合理，无不良消费记录。",
      en: "[Liaison with finance] Expense requests and invoices for platform entry and marketing/promotion costs; monthly sales reports, stock-out and remittance reconciliation; help schedule the operations agency's fees and claim the invoices for the spend; check the department's appraisal costs and verify expense details; sign and file the contracts and agreements for entering online platforms. Points to note: accounts are correct, details clear and checked without error; monthly sales reports are true and match the goods actually sold, so the accounts are never muddled; protect the company's rights, sign lawful agreements and contracts and help finance file them; department spending is normal and reasonable, with no improper spending on record.",
    },
  },
  {
    no: 20,
    share: 2,
    zh: "定期检查发货前的商品是否有质量问题或损坏、能否及时发货寄出，有问题的一律不予寄出",
    en: "Regularly check goods before dispatch for quality problems or damage and for timely shipping; goods with a problem are never shipped",
    standard: {
      zh: "【订单管理及发货质检】发货前检查商品是否有质量问题或损坏，有问题的一律不予寄出，并及时联系晚班客服告知客人；定期检查发货质量（是否及时发货、包装是否完整），维护好各个环节，每星期整理和分析商品挑选、质检、发货流程中的问题并上报上级。注意事项：每周定期检查发货规范标注，保证发货包装整洁美观。",
      en: "[Order management and dispatch quality check] Before dispatch check goods for quality problems or damage — goods with a problem are never shipped — and tell the evening-shift customer service promptly so they can inform the customer; regularly check dispatch quality (timely shipping, intact packing) and keep every step in order; every week compile and analyse problems in picking, quality checking and dispatch and report them to the superior. Points to note: check the dispatch labelling every week and keep parcels neat and tidy.",
    },
  },
  {
    no: 21,
    share: 2,
    zh: "定期留意仓库中的宝贝和违规中的宝贝，对需要修改属性的宝贝进行处理，并及时将其重新上架",
    en: "Regularly watch the items in the shop's warehouse (delisted) and the items flagged for violations, fix the attributes that need changing and relist them promptly",
    standard: {
      zh: "【协调产品规划】每天留意仓库中的宝贝和违规中的宝贝，对需要修改属性的宝贝进行处理，并及时将其重新上架。防止违规受罚。注意事项：产品编辑上架归类正确属性，每天查看，避免违规受罚。",
      en: "[Coordinating product planning] Every day watch the items in the warehouse and those flagged for violations, fix the attributes that need changing and relist them promptly, so as to avoid penalties. Points to note: list products under the correct attributes and check them every day to avoid penalties.",
    },
  },
  {
    no: 22,
    share: 1,
    zh: "致力于在网络打造良好的企业形象和品牌知名度",
    en: "Work to build a good corporate image and brand awareness online",
    standard: {
      zh: "【网店运营推广工作】负责公司店铺的市场策划和推广工作，提高网站和品牌的知名度与市场影响力。",
      en: "[Online-shop operation and promotion] Take charge of the marketing planning and promotion of the company's shops, raising the awareness of the website and the brand and their market influence.",
    },
  },
  {
    no: 23,
    share: 1,
    zh: "负责电子商务部门人员的培训、考核、管理工作",
    en: "Train, appraise and manage the e-commerce department's staff",
    standard: {
      zh: "【网店运营推广工作】负责团队的管理与建设，安排同事的工作，总结各项数据，分析解决问题并拿出方案。",
      en: "[Online-shop operation and promotion] Manage and build the team, assign colleagues' work, sum up the data, analyse and solve problems and come up with plans.",
    },
  },
  {
    no: 24,
    share: 1,
    zh: "完成上级主管交办的其他临时性工作",
    en: "Complete other ad-hoc tasks assigned by the superior",
    standard: {
      zh: "【其他工作协助】根据部门工作要求开展协助工作。",
      en: "[Assisting with other work] Assist according to the department's work requirements.",
    },
  },
];

const dutyItems: Item[] = DUTIES.map((duty) => ({
  kind: "rating",
  id: `duty-${String(duty.no).padStart(2, "0")}`,
  name: { zh: duty.zh, en: duty.en },
  weight: duty.share,
  weightSource: "seed",
  ...(duty.standard ? { description: duty.standard } : {}),
}));

export const ECOMMERCE_OPS_MANAGER: TemplateInput = {
  id: "ecommerce-ops-manager",
  role: {
    zh: "电商运营经理/主管（主任助理）",
    en: "E-commerce Operations Manager/Supervisor (Assistant to the Director)",
  },
  department: { zh: "电子商务中心", en: "E-commerce Center" },
  family: "management",
  seed: "000",
  cycles: ["monthly"],
  // 本人绩效考核: 每月10日前完成自评,并与直接主管约面谈 — self-assessment then the direct supervisor.
  // The seed gives no split between them: 20/80 is a project default.
  raters: [
    { role: "self", weight: 20 },
    { role: "supervisor", weight: 80 },
  ],
  raterWeightsSource: "default",
  sections: [
    {
      id: "duties",
      name: { zh: "岗位职责（占用时间）", en: "Job duties (share of working time)" },
      // The 24 time shares are the whole form and add up to 100%.
      weight: 100,
      weightSource: "seed",
      items: dutyItems,
    },
  ],
  notes: {
    zh: "职责与占用时间出自原手册的岗位职责工作分析表（WF-A-G-04-2，2012/08/25）：岗位为主任助理，部门为电子商务中心，上级岗位为电子商务中心主任，下级岗位为网络客服、美工；各项职责的权重即其占用时间，合计 100%。说明引自岗位作业标准指导书（初稿），该指导书按 11 个工作事项编写（网店运营推广工作、订单管理及发货质检、团队工作与管理、协调产品规划、图片设计及物料制作、财务对接、合作快递公司管理、信息与管理、个人卫生保洁、本人绩效考核、其他工作协助），职责与工作事项的对应关系由本项目整理。本人绩效考核：每月 10 日前完成自评，并与直接主管约定面谈时间；面谈后根据主管指出的不良绩效项，1 天内拟定改进计划。评价人权重（自评 20%、上级评价 80%）为默认值。",
    en: "Duties and time shares come from the job analysis form (WF-A-G-04-2, 2012/08/25): post Assistant to the Director, department E-commerce Center, reporting to the E-commerce Center Director, supervising online customer service and designers; each duty's weight is its share of working time, 100% in total. Descriptions quote the post's work-standard guide (first draft), which is organised by 11 work items (online-shop operation and promotion; order management and dispatch quality check; team work and management; coordinating product planning; image design and material production; liaison with finance; managing partner courier companies; information management; personal hygiene and cleaning; own performance appraisal; assisting with other work); matching duties to work items is this project's. Own appraisal: self-assess before the 10th of each month and book a review meeting with the direct supervisor; within 1 day of the meeting draft an improvement plan for the weak items the supervisor named. Rater weights (self 20, supervisor 80) are defaults.",
  },
};
