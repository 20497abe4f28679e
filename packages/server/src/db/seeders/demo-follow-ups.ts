import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { Account } from '../../modules/account/account.entity.js';
import type { Department } from '../../modules/department/department.entity.js';
import { ExtensionRequest } from '../../modules/follow-up/deadlines.entity.js';
import { FollowUpDocument } from '../../modules/follow-up/documents.entity.js';
import { DEFAULT_ISSUER, nextSequence, requirementsOf } from '../../modules/follow-up/documents.js';
import { DEFAULT_PREFIXES, documentNumber, documentTitles, type FollowUpDocumentKind } from '../../modules/follow-up/documents-terms.js';
import { FollowUp, FollowUpEvent } from '../../modules/follow-up/follow-up.entity.js';
import { AccountabilityRecord, Mediation } from '../../modules/follow-up/oversight.entity.js';
import { measureNames, mediationDecisionNames } from '../../modules/follow-up/oversight-terms.js';
import type { FollowUpStatus } from '../../modules/follow-up/follow-up-status.js';
import { Question } from '../../modules/question/question.entity.js';
import { Session } from '../../modules/session/session.entity.js';
import { newJoinCode } from '../../modules/session/join-code.js';
import { defaultVoteSettings } from '../../modules/session/vote-settings.js';
import { satisfactionBallot } from '../../modules/vote/ballot-type.js';
import { computeResult, emptyCounts } from '../../modules/vote/result.js';
import { VoteRound } from '../../modules/vote/vote-round.entity.js';
import { dateWords, endOfChinaDay, chinaDate } from '../../modules/follow-up/working-days.js';

const day = 86_400_000;

/** [title, respondent, department short name, studio votes S/B/U, online votes S/B/U, commitment, how far the follow-up got] */
const aired: [
  string,
  string,
  string,
  [number, number, number],
  [number, number, number],
  string,
  FollowUpStatus | 'LOOK_BACK_FAILED' | 'LOOK_BACK_PASSED',
][] = [
  [
    '背街小巷路灯不亮、路面坑洼',
    '县城管局局长 吴涛',
    '城管局',
    [18, 9, 3],
    [820, 610, 390],
    '一个月内完成城区 42 条背街小巷路灯修复，三个月内完成路面修补。',
    'IN_PROGRESS',
  ],
  [
    '占道经营屡禁不止',
    '县城管局局长 吴涛',
    '城管局',
    [6, 8, 16],
    [310, 420, 1280],
    '设置 3 处临时疏导点，建立“街长制”常态化巡查。',
    'LOOK_BACK_FAILED',
  ],
  [
    '老旧管网漏损、居民用水难',
    '县水务局局长 林海',
    '水务局',
    [20, 8, 2],
    [1150, 540, 210],
    '年底前完成城东片区 8 公里老旧管网改造。',
    'LOOK_BACK_PASSED',
  ],
  [
    '夜间施工噪音扰民',
    '县住建局局长 陈立新',
    '住建局',
    [11, 12, 7],
    [520, 600, 480],
    '夜间施工一律审批公示，开通 24 小时投诉电话。',
    'DISPATCHED',
  ],
  ['农贸市场缺斤短两', '县市场监管局局长 郑宏', '市场监管局', [15, 10, 5], [700, 500, 300], '', 'DRAFT'],
];

/**
 * An earlier session, aired and voted three months ago, whose promises are now followed up: one
 * item in progress, one reopened after an unsatisfied 回头看 (with its notice), one closed after a
 * satisfied one, one overdue and urged (催办), one still a draft for staff to dispatch. Every deadline
 * the header shows is explained by a step: the in-progress item's by an approved extension (延期), and
 * the reopened one has an extension request waiting for staff. Each dispatched item has its 交办函,
 * the urged one its 催办函 and the reopened one its 情况通报, numbered as staff issued them.
 */
export async function seedFollowUps(em: EntityManager, department: (shortName: string) => Department): Promise<Session> {
  const airedAt = new Date(Date.now() - 90 * day);
  const session = em.create(Session, {
    title: `${airedAt.getUTCFullYear()}年云溪县电视问政（第二期）`,
    theme: '提升城市管理水平',
    scheduledAt: airedAt,
    joinCode: newJoinCode(),
    status: 'ENDED',
    streamUrl: null,
    studioElectorate: 30,
  });
  const settings = { ...defaultVoteSettings };
  const liaison = await em.findOne(Account, { username: 'chengguan' });
  const staff = await em.findOne(Account, { role: 'ADMIN' });
  const fromNow = (days: number) => endOfChinaDay(chinaDate(new Date(Date.now() + days * day)));
  for (const [index, [title, respondent, shortName, studio, online, commitment, fate]] of aired.entries()) {
    const at = (days: number) => new Date(airedAt.getTime() + days * day + index * 60_000);
    const question = em.create(Question, {
      session,
      position: index + 1,
      title,
      body: title,
      questioner: '县人大代表',
      department: department(shortName),
      respondent,
      phase: 'CLOSED',
    });
    const counts = emptyCounts();
    [counts.STUDIO.SATISFIED, counts.STUDIO.BASICALLY_SATISFIED, counts.STUDIO.UNSATISFIED] = studio;
    [counts.ONLINE.SATISFIED, counts.ONLINE.BASICALLY_SATISFIED, counts.ONLINE.UNSATISFIED] = online;
    const result = computeResult(counts, settings, session.studioElectorate);
    em.create(VoteRound, {
      session,
      question,
      ballot: satisfactionBallot,
      status: 'PUBLISHED',
      studioOpensAt: at(0),
      studioClosesAt: at(0),
      onlineOpensAt: at(0),
      onlineClosesAt: at(0),
      settings,
      result,
      closedAt: at(0),
      publishedAt: at(0),
    });

    // The deadline it was dispatched with; the overdue item's is already past.
    const item = em.create(FollowUp, {
      title,
      commitment,
      deadline: fate === 'DISPATCHED' ? fromNow(-5) : endOfChinaDay(chinaDate(at(60))),
      department: department(shortName),
      question,
      triggerOutcome: result.outcome,
      createdAt: at(0),
    });
    const step = (action: string, days: number, fields: { note?: string; percent?: number; deadline?: Date } = {}) =>
      em.create(FollowUpEvent, {
        followUp: item,
        action,
        actorId: null,
        note: fields.note ?? null,
        percent: fields.percent ?? null,
        deadline: fields.deadline ?? null,
        handlingRound: item.handlingRound,
        at: at(days),
      });
    step('CREATED', 0, { note: `测评结果：${result.outcome === 'SATISFIED' ? '满意' : '不满意'}`, deadline: item.deadline });
    /** A document as staff issued it that day: its 文号 from the counter, its step in place on the timeline. */
    const letter = async (kind: FollowUpDocumentKind, days: number, reason: string | null, deadline = item.deadline) => {
      const when = at(days);
      const year = Number(chinaDate(when).slice(0, 4));
      const sequence = await nextSequence(em as unknown as SqlEntityManager, kind, year);
      const number = documentNumber(DEFAULT_PREFIXES[kind], year, sequence);
      const event = step('DOCUMENT_ISSUED', days, { note: `印发${documentTitles[kind]}（${number}）` });
      event.actorId = staff?.id ?? null;
      em.create(FollowUpDocument, {
        followUp: item,
        event,
        kind,
        year,
        sequence,
        number,
        issuedOn: chinaDate(when),
        issuer: DEFAULT_ISSUER,
        recipient: item.department.name,
        copyTo: null,
        itemTitle: item.title,
        commitment: item.commitment,
        deadline,
        handlingRound: 1,
        reason,
        requirements: requirementsOf(kind, { deadline, handlingRound: 1 }),
        issuedById: staff?.id ?? null,
        createdAt: when,
      });
    };
    if (fate === 'DRAFT') continue;
    step('DISPATCHED', 2, { deadline: item.deadline });
    await letter('ASSIGN', 2, null);
    item.dispatchedAt = at(2);
    if (fate === 'DISPATCHED') {
      // Dispatched, never accepted, and past its deadline: shows as overdue, and staff have urged it.
      item.status = 'DISPATCHED';
      const urge = '该事项已逾期且未签收，请立即签收并报送办理方案。';
      step('URGED', 89, { note: urge });
      await letter('URGE', 89, urge);
      continue;
    }
    step('ACCEPTED', 3);
    step('PROGRESS', 20, { note: '已完成现场排查，制定整改方案。', percent: 30 });
    step('PROGRESS', 45, { note: '整改工程过半。', percent: 60 });
    item.progress = 60;
    item.status = 'IN_PROGRESS';
    if (fate === 'IN_PROGRESS') {
      // Asked for more time before the deadline, and staff agreed: the header's deadline is this one.
      const extended = fromNow(10);
      const reason = '路面修补需避开雨季施工，申请顺延。';
      step('EXTENSION_REQUESTED', 50, { deadline: extended, note: `申请延期至${dateWords(extended)}：${reason}` });
      step('EXTENSION_APPROVED', 52, {
        deadline: extended,
        note: `同意延期，办理期限由${dateWords(item.deadline)}调整为${dateWords(extended)}`,
      });
      if (liaison)
        em.create(ExtensionRequest, {
          followUp: item,
          department: item.department,
          requestedById: liaison.id,
          reason,
          currentDeadline: item.deadline,
          proposedDeadline: extended,
          status: 'APPROVED',
          decisionNote: null,
          decidedAt: at(52),
          createdAt: at(50),
        });
      item.deadline = extended;
      continue;
    }
    step('REPORTED', 58, { note: '整改任务已全部完成，附现场照片及验收材料。', percent: 100 });
    step('APPROVED', 60);
    step('EVALUATION_OPENED', 75, { note: '整改落实情况回头看' });
    item.progress = 100;
    if (fate === 'LOOK_BACK_PASSED') {
      step('CLOSED', 76, { note: '回头看测评满意率 86.5%，事项办结。' });
      item.status = 'CLOSED';
      item.closedAt = at(76);
      continue;
    }
    const notice = `“${title}”回头看测评满意率 48.2%，低于 60%，测评结果为不满意。责成${department(shortName).name}进行二次办理，并于新期限前报送整改报告。`;
    step('NOTICE', 76, { note: `情况通报：${notice}` });
    item.handlingRound = 2;
    item.progress = 20;
    item.status = 'IN_PROGRESS';
    item.deadline = fromNow(20);
    step('REOPENED', 76, { deadline: item.deadline, note: '第 2 次办理' });
    // Staff issued the notice as a numbered 情况通报, due at the second handling's deadline.
    await letter('NOTICE', 76, notice, item.deadline);
    step('ACCEPTED', 77);
    if (staff) {
      // 三方见面 after the failed look-back, and 问责: the official was talked to (约谈), not published.
      const heldOn = chinaDate(at(78));
      const outcome = '部门承认整改不到位，承诺增设疏导点并公开整改进度';
      em.create(Mediation, {
        followUp: item,
        event: step('MEDIATION', 78, {
          note: `${dateWords(at(78))}召开提、督、办三方见面会：${outcome}（${mediationDecisionNames.REOPEN}）`,
        }),
        handlingRound: 2,
        heldOn,
        participants: [
          { name: '县人大代表 王建华', side: 'PROPOSER' },
          { name: '县人大常委会城建环资工委', side: 'SUPERVISOR' },
          { name: `${department(shortName).name} 分管副局长`, side: 'HANDLER' },
        ],
        outcome,
        decision: 'REOPEN',
        recordedById: staff.id,
        createdAt: at(78),
      });
      const takenOn = chinaDate(at(80));
      em.create(AccountabilityRecord, {
        followUp: item,
        kind: 'MEASURE',
        measure: 'TALK',
        officialName: '赵某',
        officialPost: `${department(shortName).name}市容科科长`,
        issuedBy: '县纪委监委派驻纪检组',
        takenOn,
        recordedById: staff.id,
        createdAt: at(80),
      });
      step('ACCOUNTABILITY', 80, { note: `问责：${measureNames.TALK}（${dateWords(at(80))}）` });
    }
    step('PROGRESS', 85, { note: '已增设两处疏导点。', percent: 20 });
    // Waiting for staff: the department asks for more time for the second handling.
    const proposed = fromNow(40);
    const reason = '疏导点选址需征求周边居民意见，申请延期。';
    step('EXTENSION_REQUESTED', 88, { deadline: proposed, note: `申请延期至${dateWords(proposed)}：${reason}` });
    if (liaison)
      em.create(ExtensionRequest, {
        followUp: item,
        department: item.department,
        requestedById: liaison.id,
        reason,
        currentDeadline: item.deadline,
        proposedDeadline: proposed,
        createdAt: at(88),
      });
  }
  return session;
}
