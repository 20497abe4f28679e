// A small world with known counts for the statistics tests (stats.test.ts, stats-export.test.ts,
// session-report.test.ts): every expected figure there is worked out by hand from the numbers here.
// Written straight through the ORM, like the seeders, on top of the test seed's three departments.
import type { EntityManager } from '@mikro-orm/core';
import { Clue } from '../clue/clue.entity.js';
import type { ClueStatus } from '../clue/clue-status.js';
import { Department } from '../department/department.entity.js';
import { FollowUp, FollowUpEvent } from '../follow-up/follow-up.entity.js';
import type { FollowUpStatus } from '../follow-up/follow-up-status.js';
import { Question } from '../question/question.entity.js';
import { newJoinCode } from '../session/join-code.js';
import { Session } from '../session/session.entity.js';
import { defaultVoteSettings } from '../session/vote-settings.js';
import { satisfactionBallot, type Ballot } from '../vote/ballot-type.js';
import { computeResult, emptyCounts } from '../vote/result.js';
import { VoteRound, type RoundStatus } from '../vote/vote-round.entity.js';

const day = 86_400_000;
type Votes = [satisfied: number, basicallySatisfied: number, unsatisfied: number];

export interface StatsWorld {
  departments: { housing: string; urban: string; market: string };
  sessions: { a2024: string; b2025: string; rehearsal: string; lookBack: string; projects: string };
  questions: Record<'a1' | 'b1' | 'b2' | 'b3' | 'b4' | 'd1' | 'p1' | 'p2', string>;
  items: Record<string, string>;
}

/**
 * Sessions (weights 60/40, threshold 60):
 * - A, 2024-06-15, electorate 20: A1 住建局 studio 10/5/5, online 30/10/10 → 75.0 / 80.0 → 77.0 SATISFIED (published)
 * - B, 2025-03-10, electorate 30: B1 住建局 4/4/12, 20/10/70 → 40.0 / 30.0 → 36.0 UNSATISFIED (published);
 *   B2 城管局 12/6/2, 60/20/20 → 90.0 / 80.0 → 86.0 SATISFIED (published);
 *   B3 城管局 5/5/10, no online votes → 50.0 / — → 50.0 UNSATISFIED (closed, not revealed: admins only);
 *   B4 住建局 not voted on yet, no result (never counted)
 * - a rehearsal, 2025-05-01, with a published 20/0/0 round (never counted)
 * - D, look-back, 2025-09-01, electorate 20: D1 城管局 2/3/15, 10/10/30 → 25.0 / 40.0 → 31.0 UNSATISFIED (published)
 * - P, 民生实事项目票决, 2025-11-01, roll of 30, studio only, shares of the whole roll (published; never in satisfaction figures):
 *   P1 城市书房 (住建局, 300 万元) APPROVAL 赞成 20 / 反对 5 / 弃权 3 → 66.7% PASSED;
 *   P2 CHOOSE_UP_TO_N of 3, at most 2: 10 × 甲乙, 6 × 甲丙, 4 × 乙, 2 blank → 甲 16 (53.3%, elected), 乙 14 (46.7%), 丙 6 (20.0%) → PASSED
 *
 * Follow-up items (top-level, dispatched unless said):
 * - 住建局: H1 deadline 2025-05-01 CLOSED, reported 04-20 (on time); H2 2025-05-01 APPROVED, reported
 *   05-10 (late); H3 2025-06-01 IN_PROGRESS (overdue); H4 now+30d ACCEPTED (not due); H5 DRAFT
 *   (never counted); H6 a sub-item of H1, IN_PROGRESS and past its deadline (never counted)
 * - 城管局: U1 now+20d REOPENED, handling round 2 (not due, reopened); U2 2025-07-01 REPORTED 06-20 (on
 *   time); U3 2025-07-01 EVALUATING, round 2, reported in round 1 on 03-01 and in round 2 on 06-30
 *   (on time, reopened); U4 2025-08-01 RETURNED (due, not overdue); U5 2025-08-01 SENT_BACK after a
 *   report on 07-25 (due, late, overdue)
 * - 市场监管局: nothing at all.
 *
 * Clues: PARKING SUBMITTED (2025-03-01, B), PARKING ACCEPTED published (2025-03-02, B), SANITATION
 * REJECTED (2025-03-03, B), FEES MERGED (2025-02-01, B), PARKING REFERRED (2024-05-01, general).
 */
export async function createStatsWorld(root: EntityManager): Promise<StatsWorld> {
  const em = root.fork();
  const byShort = async (shortName: string) => em.findOneOrFail(Department, { shortName });
  const housing = await byShort('住建局');
  const urban = await byShort('城管局');
  const market = await byShort('市场监管局');
  const settings = { ...defaultVoteSettings, studioWeight: 60, onlineWeight: 40, satisfiedThreshold: 60 };

  const session = (title: string, at: string, electorate: number, extra: Partial<Pick<Session, 'kind' | 'rehearsal'>> = {}) =>
    em.create(Session, {
      title,
      theme: '统计测试',
      scheduledAt: new Date(at),
      joinCode: newJoinCode(),
      status: 'ENDED',
      studioElectorate: electorate,
      settings,
      ...extra,
    });
  const a = session('2024年第一期', '2024-06-15T02:00:00Z', 20);
  const b = session('2025年第一期', '2025-03-10T02:00:00Z', 30);
  const rehearsal = session('2025年彩排', '2025-05-01T02:00:00Z', 20, { rehearsal: true });
  const d = session('2025年回头看', '2025-09-01T02:00:00Z', 20, { kind: 'LOOK_BACK' });

  const question = (
    s: Session,
    position: number,
    title: string,
    department: Department,
    status: RoundStatus | null,
    studio: Votes,
    online: Votes,
  ) => {
    const q = em.create(Question, {
      session: s,
      position,
      title,
      body: `${title}（问题详情）`,
      questioner: '县人大代表 王敏',
      department,
      respondent: `${department.shortName}局长`,
      phase: status === 'SCHEDULED' ? 'PENDING' : 'CLOSED',
    });
    if (status) {
      const counts = emptyCounts();
      [counts.STUDIO.SATISFIED, counts.STUDIO.BASICALLY_SATISFIED, counts.STUDIO.UNSATISFIED] = studio;
      [counts.ONLINE.SATISFIED, counts.ONLINE.BASICALLY_SATISFIED, counts.ONLINE.UNSATISFIED] = online;
      // A scheduled round's windows lie ahead, so the server's round registry leaves it alone.
      const at = status === 'SCHEDULED' ? new Date('2030-01-01T00:00:00Z') : new Date(s.scheduledAt.getTime() + position * 600_000);
      const closed = status === 'CLOSED' || status === 'PUBLISHED';
      em.create(VoteRound, {
        session: s,
        question: q,
        ballot: satisfactionBallot,
        status,
        studioOpensAt: at,
        studioClosesAt: at,
        onlineOpensAt: at,
        onlineClosesAt: at,
        settings,
        result: closed ? computeResult(counts, settings) : null,
        closedAt: closed ? at : null,
        publishedAt: status === 'PUBLISHED' ? at : null,
      });
    }
    return q;
  };
  const a1 = question(a, 1, '老旧小区加装电梯审批慢', housing, 'PUBLISHED', [10, 5, 5], [30, 10, 10]);
  const b1 = question(b, 1, '物业服务收费不透明', housing, 'PUBLISHED', [4, 4, 12], [20, 10, 70]);
  const b2 = question(b, 2, '背街小巷路灯不亮', urban, 'PUBLISHED', [12, 6, 2], [60, 20, 20]);
  const b3 = question(b, 3, '占道经营屡禁不止', urban, 'CLOSED', [5, 5, 10], [0, 0, 0]);
  const b4 = question(b, 4, '小区停车位不足', housing, 'SCHEDULED', [0, 0, 0], [0, 0, 0]);
  question(rehearsal, 1, '彩排问题', housing, 'PUBLISHED', [20, 0, 0], [0, 0, 0]);
  const d1 = question(d, 1, '回头看：背街小巷路灯', urban, 'PUBLISHED', [2, 3, 15], [10, 10, 30]);

  // 民生实事项目票决: the roll votes alone, and a share is of the whole roll.
  const projectSettings = {
    ...settings,
    studioWeight: 100,
    onlineWeight: 0,
    quorumFallback: 'NO_RESULT' as const,
    passingBase: 'WHOLE_ROLL' as const,
    passingShare: 50,
  };
  const p = em.create(Session, {
    title: '2025年民生实事项目代表票决',
    theme: '统计测试',
    kind: 'PROJECT_VOTE',
    scheduledAt: new Date('2025-11-01T02:00:00Z'),
    joinCode: newJoinCode(),
    status: 'ENDED',
    studioElectorate: 30,
    settings: projectSettings,
  });
  const project = (position: number, title: string, ballot: Ballot, studio: Record<string, number>, extra: Partial<Question>) => {
    const q = em.create(Question, {
      session: p,
      position,
      title,
      body: '',
      questioner: '',
      respondent: '',
      department: housing,
      subject: 'PROJECT',
      ballotType: ballot.type,
      candidates: ballot.type === 'CHOOSE_UP_TO_N' ? ballot.candidates : null,
      maxChoices: ballot.type === 'CHOOSE_UP_TO_N' ? ballot.maxChoices : null,
      phase: 'CLOSED',
      ...extra,
    });
    const at = new Date(p.scheduledAt.getTime() + position * 600_000);
    em.create(VoteRound, {
      session: p,
      question: q,
      ballot,
      status: 'PUBLISHED',
      studioOpensAt: at,
      studioClosesAt: at,
      onlineOpensAt: at,
      onlineClosesAt: at,
      settings: projectSettings,
      result: computeResult({ STUDIO: studio, ONLINE: {} }, projectSettings, 30, ballot),
      closedAt: at,
      publishedAt: at,
    });
    return q;
  };
  const p1 = project(
    1,
    '城市书房建设',
    { type: 'APPROVAL', candidates: [], maxChoices: 1 },
    { FOR: 20, AGAINST: 5, ABSTAIN: 3 },
    { budget: 300 },
  );
  const p2 = project(
    2,
    '2026年民生实事候选项目',
    {
      type: 'CHOOSE_UP_TO_N',
      candidates: [
        { label: '甲：老旧小区改造', detail: null, departmentId: housing.id },
        { label: '乙：背街小巷亮化', detail: null, departmentId: urban.id },
        { label: '丙：农贸市场提升', detail: null, departmentId: market.id },
      ],
      maxChoices: 2,
    },
    { 'P:0,1': 10, 'P:0,2': 6, 'P:1': 4, 'P:': 2 },
    { department: null },
  );

  const items: Record<string, string> = {};
  const item = (
    key: string,
    department: Department,
    deadline: Date,
    status: FollowUpStatus,
    fields: {
      handlingRound?: number;
      reports?: [round: number, at: string][];
      parent?: FollowUp;
      question?: Question;
      closedAt?: string;
    } = {},
  ) => {
    const f = em.create(FollowUp, {
      title: `事项${key}`,
      commitment: `${key}：三个月内完成整改并报送整改报告。`,
      deadline,
      status,
      department,
      parent: fields.parent ?? null,
      question: fields.question ?? null,
      handlingRound: fields.handlingRound ?? 1,
      dispatchedAt: status === 'DRAFT' ? null : new Date('2025-01-15T02:00:00Z'),
      closedAt: fields.closedAt ? new Date(fields.closedAt) : null,
      progress: status === 'CLOSED' ? 100 : 50,
    });
    em.create(FollowUpEvent, { followUp: f, action: 'CREATED', actorId: null, handlingRound: 1, at: new Date('2025-01-10T02:00:00Z') });
    for (const [round, at] of fields.reports ?? [])
      em.create(FollowUpEvent, {
        followUp: f,
        action: 'REPORTED',
        actorId: null,
        note: '整改完成。',
        percent: 100,
        handlingRound: round,
        at: new Date(at),
      });
    items[key] = f.id;
    return f;
  };
  const date = (iso: string) => new Date(`${iso}T08:00:00Z`);
  const fromNow = (days: number) => new Date(Date.now() + days * day);
  const h1 = item('H1', housing, date('2025-05-01'), 'CLOSED', {
    reports: [[1, '2025-04-20T02:00:00Z']],
    closedAt: '2025-04-25T02:00:00Z',
  });
  item('H2', housing, date('2025-05-01'), 'APPROVED', { reports: [[1, '2025-05-10T02:00:00Z']], question: b1 });
  item('H3', housing, date('2025-06-01'), 'IN_PROGRESS');
  item('H4', housing, fromNow(30), 'ACCEPTED');
  item('H5', housing, date('2025-05-01'), 'DRAFT');
  item('H6', urban, date('2025-05-01'), 'IN_PROGRESS', { parent: h1 });
  item('U1', urban, fromNow(20), 'REOPENED', { handlingRound: 2, reports: [[1, '2025-04-01T02:00:00Z']] });
  item('U2', urban, date('2025-07-01'), 'REPORTED', { reports: [[1, '2025-06-20T02:00:00Z']], question: b2 });
  const u3 = item('U3', urban, date('2025-07-01'), 'EVALUATING', {
    handlingRound: 2,
    reports: [
      [1, '2025-03-01T02:00:00Z'],
      [2, '2025-06-30T02:00:00Z'],
    ],
  });
  item('U4', urban, date('2025-08-01'), 'RETURNED');
  item('U5', urban, date('2025-08-01'), 'SENT_BACK', { reports: [[1, '2025-07-25T02:00:00Z']], question: b3 });
  // A notice (情况通报) in U3's timeline, as the look-back vote records it.
  em.create(FollowUpEvent, {
    followUp: u3,
    action: 'NOTICE',
    actorId: null,
    note: '情况通报：回头看测评不满意，责成二次办理。',
    handlingRound: 1,
    at: new Date('2025-03-20T02:00:00Z'),
  });

  const clue = (
    n: number,
    category: string,
    status: ClueStatus,
    at: string,
    s: Session | null,
    extra: Partial<Pick<Clue, 'published' | 'rejectReason'>> = {},
  ) =>
    em.create(Clue, {
      trackingCode: `STAT${n}TEST${n}`.slice(0, 12),
      session: s,
      title: `线索${n}`,
      description: '描述',
      category,
      status,
      submitterName: '张三',
      phoneMasked: '138****0000',
      createdAt: new Date(at),
      ...extra,
    });
  clue(1, 'PARKING', 'SUBMITTED', '2025-03-01T02:00:00Z', b);
  clue(2, 'PARKING', 'ACCEPTED', '2025-03-02T02:00:00Z', b, { published: true });
  clue(3, 'SANITATION', 'REJECTED', '2025-03-03T02:00:00Z', b, { rejectReason: 'OUT_OF_SCOPE' });
  clue(4, 'FEES', 'MERGED', '2025-02-01T02:00:00Z', b);
  clue(5, 'PARKING', 'REFERRED', '2024-05-01T02:00:00Z', null);

  await em.flush();
  return {
    departments: { housing: housing.id, urban: urban.id, market: market.id },
    sessions: { a2024: a.id, b2025: b.id, rehearsal: rehearsal.id, lookBack: d.id, projects: p.id },
    questions: { a1: a1.id, b1: b1.id, b2: b2.id, b3: b3.id, b4: b4.id, d1: d1.id, p1: p1.id, p2: p2.id },
    items,
  };
}
