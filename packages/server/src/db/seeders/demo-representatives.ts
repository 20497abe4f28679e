import type { EntityManager } from '@mikro-orm/core';
import type { Account } from '../../modules/account/account.entity.js';
import { AuditEntry } from '../../modules/audit/audit-entry.entity.js';
import { Clue } from '../../modules/clue/clue.entity.js';
import { newTrackingCode } from '../../modules/clue/tracking-code.js';
import type { Department } from '../../modules/department/department.entity.js';
import { FollowUp, FollowUpEvent } from '../../modules/follow-up/follow-up.entity.js';
import { FollowUpScore } from '../../modules/follow-up/follow-up-score.entity.js';
import { QuestionProposal } from '../../modules/representative/question-proposal.entity.js';
import { Representative } from '../../modules/representative/representative.entity.js';
import { newRepresentativeCode } from '../../modules/representative/representative-code.js';
import type { Question } from '../../modules/question/question.entity.js';
import type { Session } from '../../modules/session/session.entity.js';

const day = 86_400_000;

/** The records: the three with accounts first (by username), then three without; the last one inactive. */
const records: [name: string, district: string, station: string, bio: string, username?: string][] = [
  ['王建华', '城关镇选区', '城关镇人大代表联络站', '城关镇东城社区党委书记，长期关注老旧小区改造和物业管理。', 'daibiao.wang'],
  ['李秀英', '城关镇选区', '城关镇人大代表联络站', '退休教师，关注住宅专项维修资金使用和电梯安全。', 'daibiao.li'],
  ['张国强', '城关镇选区', '城关镇人大代表联络站', '个体工商户，关注农贸市场秩序和食品安全。', 'daibiao.zhang'],
  ['陈晓燕', '溪口镇代表团', '溪口镇人大代表联络站', '乡村医生，关注农村医疗和养老服务。'],
  ['刘志明', '青山乡代表团', '青山乡人大代表联络站', '种粮大户，关注农田水利和农村道路。'],
  ['赵丽华', '青山乡代表团', '青山乡人大代表联络站', '已调离本县，代表资格终止。'],
];

/**
 * 代表档案 and what the representatives did: clues addressed to 王建华 through his 代表码 (one new,
 * one forwarded to staff, one answered publicly, one dispatched to 住建局 whose item he and 李秀英
 * supervise, reported and scored by him), and a question he proposed for the coming session.
 */
export async function seedRepresentatives(
  em: EntityManager,
  accounts: Account[],
  session: Session,
  department: (shortName: string) => Department,
  reviewItems: Question[],
): Promise<void> {
  const codes = new Set<string>();
  const reps = records.map(([name, district, station, bio, username], index) => {
    let code = newRepresentativeCode();
    while (codes.has(code)) code = newRepresentativeCode();
    codes.add(code);
    return em.create(Representative, {
      name,
      district,
      station,
      bio,
      code,
      active: index < records.length - 1,
      account: username ? (accounts.find((a) => a.username === username) ?? null) : null,
    });
  });
  const [wang, li] = reps as [Representative, Representative];
  // The 选民评议 items assess these records: their results show on the representatives' public pages.
  for (const item of reviewItems) item.representative = reps.find((r) => r.name === item.respondent) ?? null;
  const audit = (clue: Clue, action: string, at: Date, detail: Record<string, unknown>) =>
    em.create(AuditEntry, { at, actorId: null, action, subjectType: 'Clue', subjectId: clue.id, detail });
  const clue = (hoursAgo: number, title: string, description: string, category: string, location: string) => {
    const createdAt = new Date(Date.now() - hoursAgo * 3_600_000);
    const c = em.create(Clue, {
      trackingCode: newTrackingCode(),
      title,
      description,
      category,
      location,
      anonymous: false,
      submitterName: '周女士',
      representative: wang,
      createdAt,
    });
    audit(c, 'clue.submit', createdAt, { sessionId: null, photos: 0, representativeId: wang.id });
    return c;
  };

  clue(5, '小区门口占道经营', '东城花园北门每天傍晚有流动摊贩占道经营，车辆进出困难，油烟扰民。', 'SANITATION', '云溪县东城花园北门');
  const forwarded = clue(
    30,
    '加装电梯补贴迟迟未到位',
    '我们单元去年完成加装电梯，按政策应有补贴，申请半年了还没有消息，不知道卡在哪个环节。',
    'FACILITIES',
    '云溪县锦绣家园 5 号楼',
  );
  Object.assign(forwarded, { forwardedAt: new Date(Date.now() - 20 * 3_600_000), forwardNote: '涉及面广，建议作为本期问政问题。' });
  const answered = clue(72, '社区健身器材损坏', '东城社区广场的健身器材有三件损坏，存在安全隐患。', 'FACILITIES', '云溪县东城社区广场');
  const reply = '已联系社区居委会，损坏器材已停用并设置警示，维修预计下周完成。';
  Object.assign(answered, { publicReply: reply, repliedAt: new Date(Date.now() - 60 * 3_600_000), replyRepresentative: wang });
  audit(answered, 'clue.reply', answered.repliedAt!, { reply, representativeId: wang.id, by: `人大代表 ${wang.name}` });

  const dispatched = clue(
    24 * 20,
    '小区雨污管道堵塞反复外溢',
    '东城花园 2 号楼前雨污管道经常堵塞，下雨天污水外溢到路面，物业说不归他们管。',
    'PROPERTY_SERVICE',
    '云溪县东城花园 2 号楼',
  );
  const housing = department('住建局');
  const dispatchedAt = new Date(Date.now() - 19 * day);
  Object.assign(dispatched, { status: 'REFERRED', department: housing });
  audit(dispatched, 'clue.refer', dispatchedAt, {
    departmentId: housing.id,
    departmentName: housing.name,
    note: `人大代表 ${wang.name} 代表下单`,
    representativeId: wang.id,
  });
  const item = em.create(FollowUp, {
    title: dispatched.title,
    commitment: '排查东城花园雨污管网，疏通堵塞点并明确后续养护责任单位。',
    deadline: new Date(Date.now() + 10 * day),
    department: housing,
    sourceClue: dispatched,
    requestedBy: wang,
    status: 'REPORTED',
    progress: 100,
    dispatchedAt,
    createdAt: dispatchedAt,
  });
  item.supervisors.set([wang, li]);
  const step = (action: string, daysAgo: number, note: string | null, fields: { percent?: number; deadline?: Date } = {}) =>
    em.create(FollowUpEvent, {
      followUp: item,
      action,
      actorId: null,
      note,
      percent: fields.percent ?? null,
      deadline: fields.deadline ?? null,
      handlingRound: 1,
      at: new Date(Date.now() - daysAgo * day),
    });
  step('CREATED', 19, `人大代表 ${wang.name} 代表下单`);
  step('DISPATCHED', 19, null, { deadline: item.deadline });
  step('ACCEPTED', 18, null);
  step('COMMENTED', 12, `人大代表 ${li.name}：请同步告知居民施工时间。`);
  step('REPORTED', 3, '已完成 2 号楼前 60 米管道疏通和破损井盖更换，养护责任已明确由物业负责并纳入考核。', { percent: 100 });
  em.create(FollowUpScore, {
    followUp: item,
    representative: wang,
    score: 'BASICALLY_SATISFIED',
    note: '管道已疏通，养护机制还需观察。',
    handlingRound: 1,
    at: new Date(Date.now() - 2 * day),
  });
  step('SCORED', 2, `人大代表 ${wang.name}：基本满意（管道已疏通，养护机制还需观察。）`);

  em.create(QuestionProposal, {
    session,
    representative: wang,
    title: '加装电梯补贴为何迟迟不到位？',
    body: '多位居民反映加装电梯完成后半年仍未领到补贴。补贴审核涉及哪些部门、各环节时限是多少，能否公开进度？',
    respondent: '县住建局局长 陈立新',
    department: housing,
  });
}
