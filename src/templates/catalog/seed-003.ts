/**
 * Seed 003 — 电商部运营管理手册 (贵州互豪商业运营有限公司电商部), 六 绩效评估.
 *
 * Two competency rubrics, five competencies at 20% each (seed facts) with the seed's A/B/C/D
 * behavioural anchors. The manual is a machine-reworded copy (synonym swaps); names and anchors say
 * what it means in plain written Chinese, restoring the swapped words: 筹划 → 计划, 目的 → 目标,
 * 完毕 → 完成, 大某些 → 大部分, 浮现 → 出现, 寻常 → 日常, 她人 → 他人, 合伙 → 合作, 普通 → 一般,
 * 规定 → 要求, 跟着 → 随着, 精确 → 准确, 纯熟 → 熟练, 指引 → 指导, 增进 → 促进, 乐意 → 愿意,
 * 范畴 → 范围, 实行 → 实施, 肩负 → 承担, 重要问题 → 主要问题. Comments keep the manual's wording
 * where more than a word was changed. The seed gives 解决问题能力 and 协调能力 the very same anchors;
 * both are kept as written.
 *
 * Cycles: the seed names the 年末绩效 (year-end review, exempt from forced distribution) and implies
 * other reviews without naming their period; the manual's working rhythm is the monthly summary
 * (每月最后一周星期五为当月总结及下月筹划), so the template offers monthly and annual. Quarterly is not
 * mentioned anywhere in the seed.
 */
import type { Anchors, RatingItem, TemplateInput } from "../schema";

const DEPARTMENT = { zh: "电商部", en: "E-commerce Department" };

function competency(id: string, name: RatingItem["name"], anchors: Anchors): RatingItem {
  return { kind: "rating", id, name, weight: 20, weightSource: "seed", anchors };
}

const RESOLVING_ANCHORS: Anchors = {
  A: {
    zh: "妥善协调各种关系，使各种关系之间保持互动和平衡，合理疏导矛盾、解决纠纷",
    en: "Handles all kinds of relationships well, keeping them interactive and balanced; defuses conflicts sensibly and settles disputes",
  },
  B: {
    zh: "出现矛盾和纠纷时，一般能找到有效的协调办法，息事宁人",
    en: "When conflicts and disputes arise, usually finds an effective way to mediate and calm things down",
  },
  C: {
    zh: "出现矛盾和纠纷时，能积极协调，但有时无济于事",
    en: "When conflicts and disputes arise, mediates actively, but sometimes to no avail",
  },
  D: { zh: "不能有效疏导矛盾和解决纠纷", en: "Cannot effectively defuse conflicts or settle disputes" },
};

// 原手册：“A超过目的…D远低于目的…59分如下”“除年末绩效外” — 目的 is 目标 and 如下 is 以下 in the original.
const GRADES_NOTE = {
  zh: "等级标准见原手册 6.2“绩效考核内容”：A 超过目标（90～100 分），B 达到目标（80～89 分），C 接近目标（60～79 分），D 远低于目标（59 分及以下）。除年度考核外，各等级实行强制分布：A 45%、B 30%、C 20%、D 5%。考核周期：原手册只写明年度考核，其余考核未写明周期，本模板按手册每月总结一次的工作节奏，提供月度和年度两种周期。",
  en: "Grades per 6.2 of the manual: A exceeds target (90–100), B meets target (80–89), C approaching target (60–79), D far below target (59 and under); forced distribution A 45%, B 30%, C 20%, D 5% for every review except the year-end one. Cycles: the manual names only the year-end review and gives no period for the others; this template takes monthly (the manual's monthly-summary rhythm) and annual.",
};

export const ECOMMERCE_SUPERVISOR: TemplateInput = {
  id: "ecommerce-supervisor",
  role: { zh: "电商部主管", en: "E-commerce Department Supervisor" },
  department: DEPARTMENT,
  family: "management",
  seed: "003",
  cycles: ["monthly", "annual"],
  // 电商部主管绩效考核方案: 考核内容 | 直接上级 (总经理) — the direct superior is the one rater.
  raters: [{ role: "supervisor", weight: 100 }],
  raterWeightsSource: "seed",
  sections: [
    {
      id: "competencies",
      name: { zh: "考核内容", en: "Appraisal content" },
      weight: 100,
      weightSource: "seed",
      items: [
        competency(
          "organising-planning",
          { zh: "组织能力和计划能力", en: "Organising and planning ability" },
          {
            A: {
              zh: "具备很强的制定计划能力，能自如地指挥调度下属，通过有效的计划提高工作效率，以成果为导向",
              en: "Very strong at drawing up plans; directs and deploys subordinates with ease, raises efficiency through effective planning and is results-oriented",
            },
            B: {
              // 原手册：“能依照公司规定,制定相应程序和筹划,在权限范畴内配备资源,明确目的和方针,以及保证供应保障”
              zh: "能按照公司规定制定相应的程序和计划，在权限范围内调配资源，明确目标和方针，并做好供应保障",
              en: "Draws up procedures and plans in line with company rules, allocates resources within own authority, sets clear objectives and guidelines, and secures supplies",
            },
            C: {
              zh: "制定计划和组织实施时偶尔需要别人协助",
              en: "Occasionally needs others' help in drawing up plans and organising their execution",
            },
            D: { zh: "做事无计划，缺少组织能力", en: "Works without plans; lacks organising ability" },
          },
        ),
        competency(
          "leadership",
          { zh: "领导能力", en: "Leadership" },
          {
            A: {
              zh: "能与下属充分沟通，督导下属的工作进展，及时反馈和培训，让下属对自己的工作承担责任",
              en: "Communicates fully with subordinates, oversees their progress, gives timely feedback and training, and makes subordinates take responsibility for their work",
            },
            B: {
              zh: "能与下属沟通，注重过程管理，指导和协助下属完成任务",
              en: "Communicates with subordinates, attends to process management, and guides and helps subordinates complete their tasks",
            },
            C: {
              zh: "能与下属沟通，但对员工的指导和协助不够",
              en: "Communicates with subordinates but gives employees too little guidance and help",
            },
            D: { zh: "放任自流", en: "Lets things drift" },
          },
        ),
        competency(
          "knowledge-skills",
          { zh: "专业知识和技能", en: "Professional knowledge and skills" },
          {
            A: {
              zh: "完全具备本岗位要求的专业知识和技术，能随着公司的发展积极地不断提高知识技能",
              en: "Fully has the professional knowledge and skills the post requires and actively keeps improving them as the company develops",
            },
            B: {
              zh: "具备本岗位要求的大部分专业知识和技术，愿意随着公司的发展不断提高知识技能",
              en: "Has most of the professional knowledge and skills the post requires and is willing to keep improving them as the company develops",
            },
            C: {
              zh: "具备本岗位要求的大部分专业知识和技术，但随着公司的发展提高知识技能的积极性不够",
              en: "Has most of the professional knowledge and skills the post requires but is not keen enough to improve them as the company develops",
            },
            D: {
              zh: "不具备本岗位要求的专业知识和技术，不愿意随着公司的发展提高知识技能",
              en: "Lacks the professional knowledge and skills the post requires and is unwilling to improve them as the company develops",
            },
          },
        ),
        competency("problem-solving", { zh: "解决问题能力", en: "Problem-solving ability" }, RESOLVING_ANCHORS),
        competency("coordination", { zh: "协调能力", en: "Coordination ability" }, RESOLVING_ANCHORS),
      ],
    },
  ],
  notes: {
    zh: `评价人：直接上级（总经理）。原手册中“解决问题能力”与“协调能力”的 A～D 行为描述完全相同，本模板照录。${GRADES_NOTE.zh}`,
    en: `Rated by the direct superior (the general manager). In the manual “problem-solving ability” and “coordination ability” have identical A–D anchors; both are kept as written. ${GRADES_NOTE.en}`,
  },
};

export const COPYWRITER: TemplateInput = {
  id: "copywriter",
  role: { zh: "电商部文案", en: "E-commerce Department Copywriter" },
  department: DEPARTMENT,
  family: "content-design",
  seed: "003",
  cycles: ["monthly", "annual"],
  // 电商部文案绩效考核方案: 考核内容 | 直接上级 (部门经理) | 总经理 — both are superiors; the schema has one
  // supervisor role and the seed gives no split between the two, so supervisor 100 is a default.
  raters: [{ role: "supervisor", weight: 100 }],
  raterWeightsSource: "default",
  sections: [
    {
      id: "competencies",
      name: { zh: "考核内容", en: "Appraisal content" },
      weight: 100,
      weightSource: "seed",
      items: [
        competency(
          "analysis",
          { zh: "分析能力", en: "Analytical ability" },
          {
            A: {
              zh: "能分清主次，敏锐地抓住核心问题，并找出解决问题的最佳办法",
              en: "Tells the important from the unimportant, keenly seizes the core problem and finds the best way to solve it",
            },
            B: {
              zh: "能分清主次，抓住主要问题，并找出解决办法",
              en: "Tells the important from the unimportant, grasps the main problems and finds solutions",
            },
            C: {
              zh: "能分清主次，基本抓住主要问题",
              en: "Tells the important from the unimportant and broadly grasps the main problems",
            },
            D: {
              zh: "对遇到的问题缺少判断能力，分不清主次",
              en: "Lacks judgement about the problems met; cannot tell the important from the unimportant",
            },
          },
        ),
        competency(
          "execution",
          { zh: "执行能力", en: "Execution ability" },
          {
            A: {
              zh: "能与上级充分沟通，准确理解并忠实执行领导的工作意图，较好地完成工作任务",
              en: "Communicates fully with the superior, understands the leader's intentions precisely and carries them out faithfully; completes tasks well",
            },
            B: {
              zh: "能与上级沟通，注重沟通效果，准确理解领导意图，较好地完成工作任务",
              en: "Communicates with the superior, attends to the effect of communication, understands the leader's intentions precisely and completes tasks well",
            },
            C: {
              zh: "能与上级沟通，但对领导的工作意图领会不够，任务完成效果一般",
              en: "Communicates with the superior but does not grasp the leader's intentions well enough; tasks are completed with ordinary results",
            },
            D: { zh: "我行我素", en: "Goes their own way regardless" },
          },
        ),
        competency(
          "knowledge-skills",
          { zh: "专业知识和技能", en: "Professional knowledge and skills" },
          {
            A: {
              zh: "熟练掌握岗位所需的专业知识和技能，能较好地将其应用于日常工作中",
              en: "Has a thorough command of the professional knowledge and skills the post needs and applies them well in daily work",
            },
            B: {
              zh: "专业知识和技能较强，能较好地适应岗位工作",
              en: "Strong professional knowledge and skills; adapts well to the post",
            },
            C: {
              zh: "基本具备岗位所需的专业知识和技能，基本适应岗位工作",
              en: "Basically has the professional knowledge and skills the post needs; basically adapted to the post",
            },
            D: {
              zh: "缺少岗位所需的专业知识和技能，不能胜任岗位工作",
              en: "Lacks the professional knowledge and skills the post needs; not competent for the post",
            },
          },
        ),
        competency(
          "communication",
          { zh: "沟通能力", en: "Communication ability" },
          {
            A: {
              zh: "能非常准确、迅速地理解对方意图，非常准确、恰当地表达自己的意见",
              en: "Understands others' intentions very precisely and quickly; expresses own views very precisely and appropriately",
            },
            B: {
              zh: "能比较准确地理解对方意图，比较准确地表达自己的意见",
              en: "Understands others' intentions fairly precisely; expresses own views fairly precisely",
            },
            C: {
              zh: "能理解对方意图，能表达自己的意见",
              en: "Can understand others' intentions and express own views",
            },
            D: {
              zh: "不能理解对方意图，不能表达自己的意见",
              en: "Cannot understand others' intentions or express own views",
            },
          },
        ),
        competency(
          "collaboration",
          { zh: "协作能力", en: "Collaboration ability" },
          {
            A: {
              zh: "易于与他人沟通，积极促进团队协作，在团队中发挥积极作用",
              en: "Communicates easily with others, actively promotes teamwork and plays an active role in the team",
            },
            B: {
              zh: "能按照岗位要求努力融入团队，使工作顺利开展",
              en: "Works to fit into the team as the post requires, so that work goes smoothly",
            },
            C: {
              zh: "能与人合作，但不善于协作，有时影响工作",
              en: "Can cooperate with others but collaborates poorly, which sometimes affects the work",
            },
            D: { zh: "无法与人协作", en: "Cannot collaborate with others" },
          },
        ),
      ],
    },
  ],
  notes: {
    zh: `评价人：直接上级（部门经理）；考核表另设总经理一栏。两者均计入上级评价，该权重为默认值。${GRADES_NOTE.zh}`,
    en: `Rated by the direct superior (the department manager); the form also has a column for the general manager. Both count as the supervisor rating; that weighting is a default. ${GRADES_NOTE.en}`,
  },
};
