import type { EntityManager } from '@mikro-orm/core';
import type { Account } from '../../modules/account/account.entity.js';
import { AuditEntry } from '../../modules/audit/audit-entry.entity.js';
import { Clue, ClueSupport } from '../../modules/clue/clue.entity.js';
import { maskPhone, type PhoneSeal } from '../../modules/clue/phone.js';
import { noticeKey, noticeText } from '../../modules/clue/submitter-notices.js';
import { ClueNotice, type SubmitterEvent } from '../../modules/clue/submitter-word.entity.js';
import { newTrackingCode } from '../../modules/clue/tracking-code.js';
import { Department } from '../../modules/department/department.entity.js';
import { outcomeNames } from '../../modules/follow-up/follow-up.drafts.js';
import { FollowUp, FollowUpEvent } from '../../modules/follow-up/follow-up.entity.js';
import { FollowUpAction } from '../../modules/follow-up/follow-up-timeline.js';
import { Question } from '../../modules/question/question.entity.js';
import { RollMember } from '../../modules/roll/roll-member.entity.js';
import { seatLabel, unusedSeatCode } from '../../modules/roll/seat-code.js';
import { newJoinCode } from '../../modules/session/join-code.js';
import { Session } from '../../modules/session/session.entity.js';
import { sessionKindProfiles, type SessionKind } from '../../modules/session/session-kind.js';
import { satisfactionBallot, type Ballot, type Candidate } from '../../modules/vote/ballot-type.js';
import { computeResult, emptyCounts, type ChoiceCounts, type Counts, type RoundResult } from '../../modules/vote/result.js';
import { VoteRound } from '../../modules/vote/vote-round.entity.js';

// One finished session of each kind besides 电视问政: a 专题询问, a report assessment, a 民生实事 project
// vote and a 选民评议代表, each with its results published and what the results led to.

const day = 86_400_000;
/** A time in Beijing (UTC+8) in 2026, or the year given. */
const beijing = (month: number, date: number, hour: number, minute = 0, year = 2026) =>
  new Date(Date.UTC(year, month - 1, date, hour - 8, minute));
const addMonths = (at: Date, months: number) => {
  const date = new Date(at);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date;
};

/** Departments only these sessions need (the TV sessions' departments come from demo.seeder.ts). */
const moreDepartments = [
  ['县行政审批服务局', '审批局'],
  ['县审计局', '审计局'],
  ['县教育局', '教育局'],
  ['县卫生健康局', '卫健局'],
  ['县民政局', '民政局'],
  ['县交通运输局', '交通运输局'],
] as const;

/** 县人大常委会组成人员: the roll of a standing-committee meeting (专题询问, report assessment). */
const standingCommittee = [
  '县人大常委会主任 杨正清',
  '县人大常委会副主任 何丽萍',
  '县人大常委会副主任 罗志明',
  '县人大常委会副主任 邓建平',
  '县人大常委会秘书长 许秋月',
  ...'曹文斌 彭丽华 曾庆华 萧国栋 田玉兰 董海波 袁家明 潘晓东 于春生 蒋秀兰 蔡立军 余志远 杜红霞 叶建新 程卫国 魏淑珍 苏文杰 吕春梅 丁俊峰 任桂芳 沈宏伟 姚丽君'
    .split(' ')
    .map((name) => `县人大常委会委员 ${name}`),
];

/** [title, question, questioner, department, respondent, studio 满意/基本满意/不满意, commitment, progress] */
const inquiries: [string, string, string, string, string, [number, number, number], string, number][] = [
  [
    '企业开办和项目审批还有哪些“堵点”？',
    '不少企业反映，开办企业仍要多头跑，工程建设项目审批环节多、时限长，“一网通办”很多事项还要线下补材料。审批部门如何进一步压减环节和时限？',
    '县人大常委会副主任 罗志明',
    '审批局',
    '县行政审批服务局局长 谢明辉',
    [17, 6, 1],
    '年底前实现企业开办全流程 1 个工作日办结，工程建设项目审批全流程压减至 60 个工作日以内。',
    80,
  ],
  [
    '涉企检查多头重复，如何给企业减负？',
    '有企业一年接受各类检查二十多次，部门各查各的，企业疲于应付。如何推行“综合查一次”，做到无事不扰？',
    '县人大常委会委员 曹文斌',
    '市场监管局',
    '县市场监管局局长 郑宏',
    [8, 10, 6],
    '推行“综合查一次”，建立涉企检查备案制度，年内涉企检查频次压减 30% 以上。',
    60,
  ],
  [
    '拖欠中小企业账款何时清零？',
    '调研发现，部分政府投资项目拖欠民营企业工程款，最长的已逾三年，影响企业资金周转。清欠工作有没有时间表？',
    '县人大常委会委员 彭丽华',
    '发改局',
    '县发展和改革局局长 唐振华',
    [11, 9, 4],
    '建立拖欠企业账款台账，逐笔明确责任单位和清偿时限，12 月底前完成无分歧欠款清偿。',
    70,
  ],
];

/** [title, summary, submitting body, reporter, studio 满意/基本满意/不满意] */
const reports: [string, string, string, string, [number, number, number]][] = [
  [
    '县人民政府关于2025年度审计查出问题整改情况的报告',
    '报告2025年度县级预算执行和其他财政收支审计查出的 5 类 46 个问题的整改情况：已整改到位 31 个，部分整改 9 个，尚未整改 6 个，涉及资金 1.2 亿元。',
    '审计局',
    '县审计局局长 钱卫东',
    [4, 7, 13],
  ],
  [
    '县人民政府关于农村饮用水安全保障工作情况的报告',
    '报告全县农村饮水工程建设、水质检测和长效管护情况：农村自来水普及率达 96.5%，完成 38 处单村供水工程提质改造。',
    '水务局',
    '县水务局局长 林海',
    [6, 12, 6],
  ],
];

/** The 民生实事 candidates on the 6-choose-4 ballot: [project, what it does, lead department, budget in 万元]. */
const projects: [string, string, string, number][] = [
  ['城东小学扩建工程', '新建教学综合楼 1 栋，新增学位 1080 个，缓解城区小学大班额', '教育局', 8600],
  ['农村供水保障提升工程', '改造 6 个乡镇供水管网 120 公里，新建加压泵站 2 座，惠及 4.2 万人', '水务局', 5200],
  ['老旧小区改造提升工程', '改造 2000 年前建成的老旧小区 12 个、3260 户，含管网更新、屋面防水和加装电梯', '住建局', 6800],
  ['乡镇卫生院服务能力提升工程', '为 8 所乡镇卫生院配置 DR、彩超等设备，建设 3 个县域医共体分院', '卫健局', 3100],
  ['城区公共停车场建设工程', '新建公共停车场 3 处，新增停车泊位 860 个', '城管局', 4500],
  ['农村公路安全生命防护工程', '完成 150 公里农村公路安全防护设施建设', '交通运输局', 2600],
];
/** How the 114 representatives present filled in the list: each ballot's picks (candidate places), and how many cast it. */
const projectBallots: [number[], number][] = [
  [[0, 1, 2, 3], 40],
  [[0, 1, 2, 4], 25],
  [[0, 1, 3, 5], 15],
  [[0, 2, 4, 5], 12],
  [[1, 2, 3, 4], 8],
  [[0, 3, 4, 5], 6],
  [[1, 2, 5], 4],
  [[0, 1], 2],
  [[], 2], // 弃权
];
/** How far each project got by December: [progress %, latest note]. */
const projectProgress: Record<string, [number, string]> = {
  城东小学扩建工程: [90, '教学综合楼主体完工，正在进行室内装修和设备安装，计划寒假后投入使用。'],
  农村供水保障提升工程: [85, '已完成管网改造 104 公里，2 座加压泵站进入调试。'],
  老旧小区改造提升工程: [75, '12 个小区全部开工，9 个完成主体改造，加装电梯 14 部。'],
  乡镇卫生院服务能力提升工程: [95, '设备已全部到位并投入使用，3 个医共体分院挂牌运行。'],
  城区居家养老服务体系建设: [80, '县级指导中心建成，已开办老年助餐点 10 个。'],
};

/** 城关镇选区's representatives and how the voters on the roster assessed them online: [name, work summary, 满意/基本满意/不满意]. */
const reviewed: [string, string, [number, number, number]][] = [
  [
    '王建华',
    '本年度参加常委会组织的视察调研 6 次，提出建议 4 件，在电视问政中就老旧小区物业弃管问题提问，联系选民 86 人次。',
    [312, 96, 22],
  ],
  ['李秀英', '本年度提出建议 3 件，督促锦绣家园电梯维修资金使用问题解决，每月到代表联络站接待选民。', [268, 120, 41]],
  ['张国强', '本年度参加视察调研 3 次，提出建议 1 件，到代表联络站接待选民 2 次，选民反映联系不够经常。', [150, 128, 118]],
];

/** Proposals the public sent in the project call, accepted into the vote: [title, text, category, project item, 附议]. */
const proposals: [string, string, string, 'list' | 'approval', number][] = [
  ['城东小学大班额，希望扩建教学楼', '城东小学一个班 60 多个孩子，教室挤得转不开身，希望尽快扩建。', 'EDUCATION', 'list', 46],
  ['农村自来水经常停水、水质发黄', '我们村每到夏天用水高峰就停水，水龙头放出来的水还发黄，希望改造管网。', 'OTHER', 'list', 38],
  [
    '社区缺少老年食堂和日间照料',
    '小区老人多，子女白天上班，老人吃饭成问题，希望建老年食堂和日间照料中心。',
    'SOCIAL_SECURITY',
    'approval',
    29,
  ],
];

/**
 * Two years of earlier 电视问政, one a quarter, so the statistics have trends to show: [theme, and per
 * question: title, 应询部门, respondent, studio and online grades (满意, 基本满意, 不满意), reported on time].
 */
const history: [string, [string, string, string, Grades, Grades, boolean][]][] = [
  [
    '城市交通',
    [
      ['城区早晚高峰拥堵何时缓解', '公安局', '县公安局副局长 孙伟', [13, 9, 5], [2100, 1500, 900], true],
      ['公交线路覆盖不到新小区', '住建局', '县住房和城乡建设局局长 王强', [9, 10, 8], [1500, 1600, 1500], false],
      ['占道经营影响通行', '城管局', '县城市管理局局长 陈刚', [17, 7, 3], [2600, 1200, 500], true],
    ],
  ],
  [
    '安全生产',
    [
      ['老旧厂房消防隐患整治', '应急管理局', '县应急管理局局长 杨帆', [15, 8, 4], [2400, 1400, 700], true],
      ['燃气管道老化更新', '住建局', '县住房和城乡建设局局长 王强', [8, 9, 10], [1400, 1500, 2100], false],
      ['电动车进楼充电屡禁不止', '应急管理局', '县应急管理局局长 杨帆', [12, 10, 5], [2000, 1700, 800], true],
    ],
  ],
  [
    '食品安全',
    [
      ['校园周边小摊贩卫生', '市场监管局', '县市场监督管理局局长 郑宏', [14, 9, 4], [2800, 1500, 700], true],
      ['农贸市场缺斤短两', '市场监管局', '县市场监督管理局局长 郑宏', [11, 10, 6], [2200, 1900, 1200], true],
      ['外卖餐饮无证经营', '市场监管局', '县市场监督管理局局长 郑宏', [16, 8, 3], [3100, 1400, 600], true],
    ],
  ],
  [
    '生态环境',
    [
      ['城西河道黑臭水体治理', '水务局', '县水务局局长 吴涛', [7, 10, 10], [1600, 1800, 2400], false],
      ['违规占用耕地建房', '自然资源局', '县自然资源局局长 林峰', [13, 9, 5], [2500, 1600, 900], true],
      ['山体开采粉尘扰民', '自然资源局', '县自然资源局局长 林峰', [14, 9, 4], [2700, 1500, 800], true],
    ],
  ],
  [
    '民生保障',
    [
      ['农村饮水安全提升', '水务局', '县水务局局长 吴涛', [16, 8, 3], [3400, 1500, 600], true],
      ['保障性住房分配不透明', '住建局', '县住房和城乡建设局局长 王强', [12, 9, 6], [2600, 2000, 1300], true],
      ['项目审批跑多次', '发改局', '县发展和改革局局长 何明', [15, 9, 3], [3300, 1600, 700], true],
    ],
  ],
  [
    '城市管理',
    [
      ['背街小巷路灯不亮', '城管局', '县城市管理局局长 陈刚', [18, 6, 3], [4100, 1400, 500], true],
      ['建筑垃圾乱倒', '城管局', '县城市管理局局长 陈刚', [14, 9, 4], [3300, 1800, 900], true],
      ['小区违建拆除难', '住建局', '县住房和城乡建设局局长 王强', [11, 10, 6], [2700, 2200, 1400], true],
    ],
  ],
  [
    '营商环境',
    [
      ['企业开办时间长', '发改局', '县发展和改革局局长 何明', [17, 8, 2], [4300, 1500, 500], true],
      ['涉企检查多头重复', '市场监管局', '县市场监督管理局局长 郑宏', [15, 9, 3], [3800, 1800, 700], true],
      ['工业园区停水停电', '水务局', '县水务局局长 吴涛', [13, 10, 4], [3200, 2000, 1000], true],
    ],
  ],
];

type Grades = [number, number, number];
const satisfactionCounts = (studio: Grades | null, online: Grades | null): Counts => {
  const counts = emptyCounts();
  const fill = (into: ChoiceCounts, [satisfied, basically, unsatisfied]: Grades) =>
    Object.assign(into, { SATISFIED: satisfied, BASICALLY_SATISFIED: basically, UNSATISFIED: unsatisfied });
  if (studio) fill(counts.STUDIO, studio);
  if (online) fill(counts.ONLINE, online);
  return counts;
};

/**
 * One ended session of each new kind, results revealed: the rules are the kind's defaults, every
 * result is computed from the counts, and what a result leads to (follow-up items) is there as the
 * server would have created it on close, then carried on by the departments.
 */
export async function seedKinds(
  em: EntityManager,
  department: (shortName: string) => Department,
  representatives: Account[],
  phones: PhoneSeal,
): Promise<{ reviewItems: Question[] }> {
  const own = new Map(moreDepartments.map(([name, shortName]) => [shortName, em.create(Department, { name, shortName })]));
  const dept = (shortName: string) => own.get(shortName as (typeof moreDepartments)[number][1]) ?? department(shortName);

  const session = (
    kind: SessionKind,
    title: string,
    theme: string,
    at: Date,
    roll: { name: string; account?: Account }[],
    present: number,
  ) => {
    const created = em.create(Session, {
      kind,
      title,
      theme,
      scheduledAt: at,
      joinCode: newJoinCode(),
      status: 'ENDED',
      streamUrl: null,
      settings: { ...sessionKindProfiles[kind].settings },
      studioElectorate: roll.length,
    });
    const seatCodes = new Set<string>();
    roll.forEach(({ name, account }, index) =>
      em.create(RollMember, {
        session: created,
        name,
        account: account ?? null,
        seatCode: unusedSeatCode(seatCodes),
        seatLabel: seatLabel(index + 1),
        seatClaimedAt: index < present ? new Date(at.getTime() - 20 * 60_000) : null,
      }),
    );
    return created;
  };
  const item = (owner: Session, position: number, fields: Partial<Question> & Pick<Question, 'title' | 'body' | 'respondent'>) =>
    em.create(Question, {
      session: owner,
      position,
      subject: sessionKindProfiles[owner.kind as SessionKind].subject,
      questioner: '',
      department: null,
      phase: 'CLOSED',
      ...fields,
    });
  /** The round, closed at `closesAt` and revealed a minute later. */
  const vote = (question: Question, counts: Counts, opensAt: Date, closesAt: Date, ballot: Ballot = satisfactionBallot): RoundResult => {
    const owner = question.session;
    const result = computeResult(counts, owner.settings, owner.studioElectorate, ballot);
    em.create(VoteRound, {
      session: owner,
      question,
      ballot,
      status: 'PUBLISHED',
      studioOpensAt: opensAt,
      studioClosesAt: closesAt,
      onlineOpensAt: opensAt,
      onlineClosesAt: closesAt,
      settings: owner.settings,
      result,
      closedAt: closesAt,
      publishedAt: new Date(closesAt.getTime() + 60_000),
    });
    return result;
  };
  /** A follow-up item as the round's close drafted it, then dispatched, accepted and reported on. */
  const followUp = (
    question: Question,
    result: RoundResult,
    fields: { title: string; department: Department; deadline: Date; commitment: string; note: string },
    createdAt: Date,
    progress: [number, string],
  ) => {
    const created = em.create(FollowUp, {
      title: fields.title,
      commitment: fields.commitment,
      deadline: fields.deadline,
      department: fields.department,
      question,
      triggerOutcome: result.outcome,
      createdAt,
    });
    const step = (action: FollowUpAction, days: number, extra: { note?: string; percent?: number; deadline?: Date } = {}) =>
      em.create(FollowUpEvent, {
        followUp: created,
        action,
        actorId: null,
        note: extra.note ?? null,
        percent: extra.percent ?? null,
        deadline: extra.deadline ?? null,
        handlingRound: created.handlingRound,
        at: new Date(createdAt.getTime() + days * day),
      });
    step(FollowUpAction.CREATED, 0, { note: fields.note });
    step(FollowUpAction.DISPATCHED, 3, { deadline: fields.deadline });
    step(FollowUpAction.ACCEPTED, 5);
    const [percent, note] = progress;
    step(FollowUpAction.PROGRESS, 20, { note, percent });
    Object.assign(created, { status: 'IN_PROGRESS', progress: percent, dispatchedAt: new Date(createdAt.getTime() + 3 * day) });
    return created;
  };

  /**
   * A promise of an earlier session, carried through to its close: reported within its 60 days (or
   * late), approved and closed; a 不满意 answer first reopened once (二次办理) with 60 days more.
   */
  const closedFollowUp = (question: Question, result: RoundResult, owner: Department, createdAt: Date, onTime: boolean) => {
    const at = (days: number) => new Date(createdAt.getTime() + days * day);
    const created = em.create(FollowUp, {
      title: question.title,
      commitment: `${owner.name}承诺限期整改：${question.title}。`,
      deadline: at(63),
      department: owner,
      question,
      triggerOutcome: result.outcome,
      createdAt,
      dispatchedAt: at(3),
    });
    const step = (
      action: FollowUpAction,
      days: number,
      handlingRound: number,
      extra: { note?: string; percent?: number; deadline?: Date } = {},
    ) =>
      em.create(FollowUpEvent, {
        followUp: created,
        action,
        actorId: null,
        note: extra.note ?? null,
        percent: extra.percent ?? null,
        deadline: extra.deadline ?? null,
        handlingRound,
        at: at(days),
      });
    const handle = (round: number, from: number, late: boolean) => {
      step(FollowUpAction.ACCEPTED, from + 2, round);
      step(FollowUpAction.PROGRESS, from + 25, round, { percent: 60, note: '主体整改已完成，正在收尾。' });
      step(FollowUpAction.REPORTED, from + (late ? 70 : 55), round, { percent: 100, note: '整改已全部完成，报请审核。' });
      step(FollowUpAction.APPROVED, from + (late ? 73 : 58), round);
    };
    step(FollowUpAction.CREATED, 0, 1, { note: outcomeNames[result.outcome] });
    step(FollowUpAction.DISPATCHED, 3, 1, { deadline: at(63) });
    let round = 1;
    if (result.outcome === 'UNSATISFIED') {
      handle(1, 3, false);
      round = 2;
      step(FollowUpAction.REOPENED, 62, 2, { deadline: at(125), note: '回头看仍不满意，二次办理。' });
      handle(2, 62, !onTime);
      created.deadline = at(125);
    } else handle(1, 3, !onTime);
    const closedAt = at(round === 2 ? 62 + 75 : 3 + 75);
    step(FollowUpAction.CLOSED, (closedAt.getTime() - createdAt.getTime()) / day, round);
    Object.assign(created, { status: 'CLOSED', progress: 100, handlingRound: round, closedAt });
    return created;
  };

  /**
   * The submitter behind a question of an earlier session: texted when their clue was accepted, asked
   * on air and closed, and their word on the fix (解决率). One in four says it is still not solved,
   * which raised the closed item for review.
   */
  const heardBack = (question: Question, closed: FollowUp, n: number) => {
    const session = question.session;
    const phone = `137${String(20_000_000 + n * 104_729).slice(0, 8)}`;
    const createdAt = new Date(session.scheduledAt.getTime() - 20 * day);
    const clue = em.create(Clue, {
      trackingCode: newTrackingCode(),
      session,
      title: question.title.slice(0, 100),
      description: `${question.title}，希望有关部门尽快解决。`,
      category: 'OTHER',
      location: null,
      latitude: null,
      longitude: null,
      anonymous: false,
      submitterName: `${'王李张刘陈杨赵黄'[n % 8]}女士`,
      phoneMasked: maskPhone(phone),
      phoneSealed: phones.seal(phone),
      status: 'ACCEPTED',
      question,
      department: question.department,
      decidedAt: new Date(createdAt.getTime() + 5 * day),
      createdAt,
    });
    const solved = n % 4 !== 3;
    const saidAt = new Date(closed.closedAt!.getTime() + 3 * day);
    Object.assign(clue, {
      verdict: solved ? 'RESOLVED' : 'UNRESOLVED',
      verdictComment: solved ? '已经解决了，谢谢。' : '整改后不久又出现同样的问题。',
      verdictAt: saidAt,
    });
    const audit = (action: string, when: Date, detail: Record<string, unknown>) =>
      em.create(AuditEntry, { at: when, actorId: null, action, subjectType: 'Clue', subjectId: clue.id, detail });
    audit('clue.submit', createdAt, { sessionId: session.id, photos: 0 });
    audit('clue.accept', clue.decidedAt!, { questionId: question.id, questionTitle: question.title });
    audit('clue.verdict', saidAt, { verdict: clue.verdict, comment: clue.verdictComment });
    const told: [SubmitterEvent, Date][] = [
      ['ACCEPTED', clue.decidedAt!],
      ['ON_AIR', session.scheduledAt],
      ['CLOSED', closed.closedAt!],
    ];
    for (const [event, at] of told)
      em.create(ClueNotice, {
        key: noticeKey(
          event,
          clue.id,
          event === 'ON_AIR' ? question.id : event === 'CLOSED' ? `${closed.id}:${closed.handlingRound}` : null,
        ),
        clue,
        event,
        text: noticeText({ event, code: clue.trackingCode, title: clue.title, sessionTitle: session.title }, '【人大问政】', undefined),
        delivery: 'SENT',
        attempts: 1,
        createdAt: at,
        sentAt: at,
      });
    if (!solved)
      em.create(FollowUpEvent, {
        followUp: closed,
        action: FollowUpAction.SUBMITTER_UNRESOLVED,
        actorId: null,
        note: clue.verdictComment,
        handlingRound: closed.handlingRound,
        at: saidAt,
      });
  };

  // 专题询问: the standing committee questions the departments on 营商环境, one question, one answer, one vote.
  const inquiryAt = beijing(9, 24, 9);
  const inquiry = session(
    'SPECIAL_INQUIRY',
    '关于优化营商环境工作的专题询问',
    '优化营商环境',
    inquiryAt,
    standingCommittee.map((name) => ({ name })),
    24,
  );
  for (const [index, [title, body, questioner, shortName, respondent, studio, commitment, percent]] of inquiries.entries()) {
    const opensAt = new Date(inquiryAt.getTime() + (index + 1) * 40 * 60_000);
    const closesAt = new Date(opensAt.getTime() + 60_000);
    const question = item(inquiry, index + 1, { title, body, questioner, department: dept(shortName), respondent });
    const result = vote(question, satisfactionCounts(studio, null), opensAt, closesAt);
    followUp(
      question,
      result,
      { title, department: dept(shortName), deadline: beijing(12, 31, 18), commitment, note: `测评结果：${outcomeNames[result.outcome]}` },
      closesAt,
      [percent, '各项措施正在按计划推进，已报送阶段性进展情况。'],
    );
  }

  // 报告满意度测评: two reports heard by the standing committee; the one graded 不满意 goes back for 二次办理.
  const reportsAt = beijing(11, 12, 9);
  const assessment = session(
    'REPORT_ASSESSMENT',
    '县十九届人大常委会第二十二次会议专项工作报告满意度测评',
    '审计整改和农村饮水安全',
    reportsAt,
    standingCommittee.map((name) => ({ name })),
    24,
  );
  for (const [index, [title, body, shortName, respondent, studio]] of reports.entries()) {
    const opensAt = new Date(reportsAt.getTime() + (index + 1) * 60 * 60_000);
    const closesAt = new Date(opensAt.getTime() + 60_000);
    const question = item(assessment, index + 1, { title, body, department: dept(shortName), respondent });
    const result = vote(question, satisfactionCounts(studio, null), opensAt, closesAt);
    if (result.outcome !== 'UNSATISFIED') continue;
    followUp(
      question,
      result,
      {
        title: `二次办理：${title}`,
        department: dept(shortName),
        deadline: addMonths(closesAt, sessionKindProfiles.REPORT_ASSESSMENT.redoMonths!),
        commitment: '对尚未整改到位的 15 个问题逐项制定整改方案，明确责任人和时限，六个月内向县人大常委会报告整改和问责情况。',
        note: `测评结果：${outcomeNames[result.outcome]}，责成二次办理`,
      },
      closesAt,
      [30, '已召开审计整改专题会议，逐项交办 15 个未整改到位问题。'],
    );
  }

  // 民生实事项目代表票决: the people's congress chooses 4 of 6 projects and approves one more.
  const congressAt = beijing(1, 16, 9);
  const roll = [
    ...representatives.map((account) => ({ name: account.displayName, account })),
    ...['陈', '林', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '罗', '郑']
      .flatMap((surname) =>
        ['建军', '丽华', '志强', '秀兰', '海燕', '国平', '春梅', '文斌', '晓东', '桂英'].map((given) => surname + given),
      )
      .map((name) => ({ name: `县人大代表 ${name}` })),
  ].slice(0, 120);
  const projectVote = session(
    'PROJECT_VOTE',
    '2026年县十九届人大六次会议民生实事项目代表票决',
    '2026年民生实事项目',
    congressAt,
    roll,
    114,
  );
  // The public proposed projects in a call before the congress.
  projectVote.clueCallOpensAt = beijing(11, 1, 9, 0, 2025);
  projectVote.clueCallClosesAt = beijing(12, 15, 18, 0, 2025);
  const candidates: Candidate[] = projects.map(([label, detail, shortName, budget]) => ({
    label,
    detail: `${detail}。牵头单位：${dept(shortName).name}；预算 ${budget} 万元。`,
    departmentId: dept(shortName).id,
  }));
  const listBallot: Ballot = { type: 'CHOOSE_UP_TO_N', candidates, maxChoices: 4 };
  const list = item(projectVote, 1, {
    title: '2026年县民生实事候选项目（6 选 4）',
    body: '县人民政府在公开征集、部门论证的基础上提出 6 个候选项目，每票至多选 4 项，得票超过全体代表半数的项目按得票多少确定，至多 4 项。',
    respondent: '县发展和改革局局长 唐振华',
    ballotType: 'CHOOSE_UP_TO_N',
    candidates,
    maxChoices: 4,
  });
  const listCounts = emptyCounts();
  for (const [picks, count] of projectBallots) listCounts.STUDIO[`P:${picks.join(',')}`] = count;
  const listOpensAt = new Date(congressAt.getTime() + 60 * 60_000);
  const listClosesAt = new Date(listOpensAt.getTime() + 10 * 60_000);
  const listResult = vote(list, listCounts, listOpensAt, listClosesAt, listBallot);

  const approval = item(projectVote, 2, {
    title: '城区居家养老服务体系建设',
    body: '新建县级居家养老服务指导中心 1 个、社区（村）老年助餐点 12 个，年服务老年人 3 万人次以上。',
    respondent: '县民政局局长 秦玉梅',
    department: dept('民政局'),
    budget: 1500,
    ballotType: 'APPROVAL',
  });
  const approvalOpensAt = new Date(listClosesAt.getTime() + 10 * 60_000);
  const approvalClosesAt = new Date(approvalOpensAt.getTime() + 5 * 60_000);
  const approvalCounts = emptyCounts();
  approvalCounts.STUDIO = { FOR: 101, AGAINST: 7, ABSTAIN: 6 };
  const approvalResult = vote(approval, approvalCounts, approvalOpensAt, approvalClosesAt, {
    type: 'APPROVAL',
    candidates: [],
    maxChoices: 1,
  });

  // What the results led to: an item for each lead department, due at the end of the year.
  const yearEnd = beijing(12, 31, 23, 59);
  for (const option of listResult.options.filter((o) => o.elected)) {
    const [label, detail, shortName] = projects[Number(option.key)]!;
    followUp(
      list,
      listResult,
      {
        title: label,
        department: dept(shortName),
        deadline: yearEnd,
        commitment: `${detail}，年底前完成。`,
        note: `票决当选（${option.studio + option.online} 票），列为民生实事项目`,
      },
      listClosesAt,
      projectProgress[label]!,
    );
  }
  if (approvalResult.outcome === 'PASSED')
    followUp(
      approval,
      approvalResult,
      {
        title: approval.title,
        department: dept('民政局'),
        deadline: yearEnd,
        commitment: `${approval.body.replace(/。$/, '')}，年底前完成。`,
        note: `票决结果：${outcomeNames[approvalResult.outcome]}，列为民生实事项目`,
      },
      approvalClosesAt,
      projectProgress[approval.title]!,
    );

  // The proposals behind the projects, with their 附议: shown on the items as their sources.
  for (const [index, [title, description, category, into, supportCount]] of proposals.entries()) {
    const question = into === 'list' ? list : approval;
    const createdAt = beijing(11, 5 + index * 7, 10, 0, 2025);
    const at = new Date(createdAt.getTime() + 3 * day);
    const department = into === 'list' ? dept(projects[index]![2]) : dept('民政局');
    const clue = em.create(Clue, {
      trackingCode: newTrackingCode(),
      session: projectVote,
      title,
      description,
      category,
      location: null,
      latitude: null,
      longitude: null,
      anonymous: true,
      submitterName: null,
      phoneMasked: null,
      phoneSealed: null,
      status: 'ACCEPTED',
      question,
      department,
      published: true,
      publicReply: '您的建议已列入2026年民生实事候选项目，提交县人民代表大会票决。',
      repliedAt: at,
      supportCount,
      createdAt,
    });
    const audit = (action: string, when: Date, detail: Record<string, unknown>) =>
      em.create(AuditEntry, { at: when, actorId: null, action, subjectType: 'Clue', subjectId: clue.id, detail });
    audit('clue.submit', createdAt, { sessionId: projectVote.id, photos: 0 });
    audit('clue.accept', at, { questionId: question.id, questionTitle: question.title });
    audit('clue.publish', at, {});
    audit('clue.reply', at, { reply: clue.publicReply });
    for (let device = 0; device < supportCount; device++) em.create(ClueSupport, { clue, deviceKey: `device:demo-${device}` });
  }

  // 选民评议代表: the district's voters on the online roster assess their representatives, by secret ballot.
  const reviewAt = beijing(10, 20, 9);
  const review = session('REPRESENTATIVE_REVIEW', '城关镇选区选民评议县人大代表', '代表履职评议', reviewAt, [], 0);
  const reviewItems = reviewed.map(([name, body, online], index) => {
    const reviewItem = item(review, index + 1, { title: `县人大代表${name}履职情况`, body, respondent: name, district: '城关镇选区' });
    vote(reviewItem, satisfactionCounts(null, online), reviewAt, beijing(10, 20, 17));
    return reviewItem;
  });

  // Two years of 电视问政 before the demo's own, one a quarter (the oldest first), each promise
  // followed up to its close: a 不满意 answer went through 二次办理 first.
  const quarters = history.length;
  for (const [age, [theme, questions]] of history.entries()) {
    const airedAt = addMonths(new Date(), -3 * (quarters - age) - 3);
    airedAt.setUTCHours(11, 30, 0, 0); // 19:30 in Beijing
    const year = airedAt.getUTCFullYear();
    const quarter = '一二三四'[Math.floor(airedAt.getUTCMonth() / 3)];
    const past = session(
      'TV_QUESTIONING',
      `${year}年第${quarter}季度电视问政：${theme}`,
      theme,
      airedAt,
      standingCommittee.map((name) => ({ name })),
      standingCommittee.length,
    );
    for (const [index, [title, shortName, respondent, studio, online, onTime]] of questions.entries()) {
      const opensAt = new Date(airedAt.getTime() + (index + 1) * 25 * 60_000);
      const question = item(past, index + 1, { title, body: title, questioner: '县人大代表', department: dept(shortName), respondent });
      const result = vote(question, satisfactionCounts(studio, online), opensAt, new Date(opensAt.getTime() + 90_000));
      const closed = closedFollowUp(question, result, dept(shortName), new Date(opensAt.getTime() + day), onTime);
      heardBack(question, closed, age * 10 + index);
    }
  }
  return { reviewItems };
}
