/**
 * Seed 003 — 电商部运营管理手册 (贵州互豪商业运营有限公司电商部), 六 绩效评估.
 *
 * Two competency rubrics, five competencies at 20% each (seed facts) with the seed's A/B/C/D
 * behavioural anchors. Names and anchors are the seed's wording in Simplified Chinese, including the
 * document's unusual word choices (筹划 for 计划, 目的 for 目标, 完毕 for 完成, 某些 for 部分, 浮现 for
 * 出现, 寻常 for 日常, 她人 for 他人), so that they match the source exactly. The seed gives
 * 解决问题能力 and 协调能力 the very same anchors; both are kept as written.
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
    zh: "妥善协调各种关系,使各种关系之间保持互动和平衡,合理疏导矛盾、解决纠纷",
    en: "Handles all kinds of relationships well, keeping them interactive and balanced; defuses conflicts sensibly and settles disputes",
  },
  B: {
    zh: "浮现矛盾和纠纷,普通能找到有效协调办法,息事宁人",
    en: "When conflicts and disputes arise, usually finds an effective way to mediate and calm things down",
  },
  C: {
    zh: "浮现矛盾和纠纷,能积极协调,但有时无济于事",
    en: "When conflicts and disputes arise, mediates actively, but sometimes to no avail",
  },
  D: { zh: "不能有效疏导矛盾和解决纠纷", en: "Cannot effectively defuse conflicts or settle disputes" },
};

const GRADES_NOTE = {
  zh: "等级见6.2绩效考核内容:A超过目的(90—100)、B达到目的(80—89)、C接近目的(60—79)、D远低于目的(59分如下);除年末绩效外强制分布A 45%、B 30%、C 20%、D 5%。考核周期:种子仅明确“年末绩效”,其余考核未写周期,本模板按手册的月度总结节奏取月度与年度。",
  en: "Grades per 6.2: A exceeds target (90–100), B meets target (80–89), C approaching target (60–79), D far below target (59 and under); forced distribution A 45%, B 30%, C 20%, D 5% for every review except the year-end one. Cycles: the seed names only the year-end review and gives no period for the others; this template takes monthly (the manual's monthly-summary rhythm) and annual.",
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
          { zh: "组织能力和筹划能力", en: "Organising and planning ability" },
          {
            A: {
              zh: "具备很强制定筹划能力,能自如指挥调度下属,通过有效筹划提高工作效率,以成果为导向",
              en: "Very strong at drawing up plans; directs and deploys subordinates with ease, raises efficiency through effective planning and is results-oriented",
            },
            B: {
              zh: "能依照公司规定,制定相应程序和筹划,在权限范畴内配备资源,明确目的和方针,以及保证供应保障",
              en: "Draws up procedures and plans in line with company rules, allocates resources within own authority, sets clear objectives and guidelines, and secures supplies",
            },
            C: {
              zh: "制定筹划和组织实行时偶尔需要别人协助",
              en: "Occasionally needs others' help in drawing up plans and organising their execution",
            },
            D: { zh: "做事无筹划,缺少组织能力", en: "Works without plans; lacks organising ability" },
          },
        ),
        competency(
          "leadership",
          { zh: "领导能力", en: "Leadership" },
          {
            A: {
              zh: "可以充分与下属沟通,督导下属工作进展,及时反馈和培训,让下属对其工作肩负责任",
              en: "Communicates fully with subordinates, oversees their progress, gives timely feedback and training, and makes subordinates take responsibility for their work",
            },
            B: {
              zh: "可以与下属沟通,注重过程管理,指引和协助下属完毕任务",
              en: "Communicates with subordinates, attends to process management, and guides and helps subordinates complete their tasks",
            },
            C: {
              zh: "可以与下属沟通,但对员工指引和协助不够",
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
              zh: "完全具备本岗位规定专业知识和技术,可以积极跟着公司发展不断提高知识技能",
              en: "Fully has the professional knowledge and skills the post requires and actively keeps improving them as the company develops",
            },
            B: {
              zh: "具备本岗位规定大某些专业知识和技术,乐意跟着公司发展不断提高知识技能",
              en: "Has most of the professional knowledge and skills the post requires and is willing to keep improving them as the company develops",
            },
            C: {
              zh: "具备本岗位规定大某些专业知识和技术,但随着公司发展提高知识技能积极性不够",
              en: "Has most of the professional knowledge and skills the post requires but is not keen enough to improve them as the company develops",
            },
            D: {
              zh: "不具备本岗位规定专业知识和技术,不乐意跟着公司发展提高知识技能",
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
    zh: `考评人:直接上级(总经理)。种子中“解决问题能力”与“协调能力”的A—D描述完全相同,照录。${GRADES_NOTE.zh}`,
    en: `Rated by the direct superior (the general manager). In the seed “problem-solving ability” and “coordination ability” have identical A–D anchors; both are kept as written. ${GRADES_NOTE.en}`,
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
              zh: "可以分清主次,敏锐抓住核心问题,并找出解决问题最佳办法",
              en: "Tells the important from the unimportant, keenly seizes the core problem and finds the best way to solve it",
            },
            B: {
              zh: "可以分清主次,抓住重要问题,并找出解决办法",
              en: "Tells the important from the unimportant, grasps the main problems and finds solutions",
            },
            C: {
              zh: "可以分清主次,基本抓住重要问题",
              en: "Tells the important from the unimportant and broadly grasps the main problems",
            },
            D: {
              zh: "对遇到问题缺少判断能力,分不清主次",
              en: "Lacks judgement about the problems met; cannot tell the important from the unimportant",
            },
          },
        ),
        competency(
          "execution",
          { zh: "执行能力", en: "Execution ability" },
          {
            A: {
              zh: "可以充分与上级沟通,精确理解并忠实执行领导工作意图,较好完毕工作任务",
              en: "Communicates fully with the superior, understands the leader's intentions precisely and carries them out faithfully; completes tasks well",
            },
            B: {
              zh: "可以与上级沟通,注重沟通效果,精确理解领导意图,较好完毕工作任务",
              en: "Communicates with the superior, attends to the effect of communication, understands the leader's intentions precisely and completes tasks well",
            },
            C: {
              zh: "可以与上级沟通,但对领导工作意图领悟不够,任务完毕效果普通",
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
              zh: "纯熟掌握岗位所需专业知识和技能,较好将专业知识和技能应用于寻常工作中",
              en: "Has a thorough command of the professional knowledge and skills the post needs and applies them well in daily work",
            },
            B: {
              zh: "专业知识和技能较强,可以较好适应岗位工作",
              en: "Strong professional knowledge and skills; adapts well to the post",
            },
            C: {
              zh: "基本具备岗位所需专业知识和技能,基本适应岗位工作",
              en: "Basically has the professional knowledge and skills the post needs; basically adapted to the post",
            },
            D: {
              zh: "缺少岗位所需专业知识和技能,不能胜任岗位工作",
              en: "Lacks the professional knowledge and skills the post needs; not competent for the post",
            },
          },
        ),
        competency(
          "communication",
          { zh: "沟通能力", en: "Communication ability" },
          {
            A: {
              zh: "非常精确迅速理解对方意图,非常精确恰当表达自己意见",
              en: "Understands others' intentions very precisely and quickly; expresses own views very precisely and appropriately",
            },
            B: {
              zh: "比较精确理解对方意图,比较精确表达自己意见",
              en: "Understands others' intentions fairly precisely; expresses own views fairly precisely",
            },
            C: {
              zh: "可以理解对方意图,可以表达自己意见",
              en: "Can understand others' intentions and express own views",
            },
            D: {
              zh: "不能理解对方意图,不能表达自己意见",
              en: "Cannot understand others' intentions or express own views",
            },
          },
        ),
        competency(
          "collaboration",
          { zh: "协作能力", en: "Collaboration ability" },
          {
            A: {
              zh: "易于与她人沟通,积极增进团队协作,在团队中发挥积极作用",
              en: "Communicates easily with others, actively promotes teamwork and plays an active role in the team",
            },
            B: {
              zh: "可以依照岗位规定努力融入团队,使工作顺利开展",
              en: "Works to fit into the team as the post requires, so that work goes smoothly",
            },
            C: {
              zh: "可以与人合伙,但协作不善,有时影响工作",
              en: "Can cooperate with others but collaborates poorly, which sometimes affects the work",
            },
            D: { zh: "无法与人协作", en: "Cannot collaborate with others" },
          },
        ),
      ],
    },
  ],
  notes: {
    zh: `考评人:直接上级(部门经理),考核表另列总经理一栏;两者均归入上级评价,权重为默认值。${GRADES_NOTE.zh}`,
    en: `Rated by the direct superior (the department manager); the form also has a column for the general manager. Both count as the supervisor rating; that weighting is a default. ${GRADES_NOTE.en}`,
  },
};
