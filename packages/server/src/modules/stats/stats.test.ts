import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { createStatsWorld, type StatsWorld } from './stats.fixture.js';

// Every expected number below is worked out by hand from the fixture (stats.fixture.ts explains it).

let server: TestServer;
let admin: string;
let world: StatsWorld;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
  world = await createStatsWorld(server.orm.em);
});
afterAll(async () => {
  await server?.stop();
});

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const result = await server.gql<T>(query, variables, token ? { token } : {});
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

const CHANNEL = 'channel satisfied basicallySatisfied unsatisfied total satisfactionRate votesPerRound';
const SATISFACTION = `rounds composite satisfiedOutcomes unsatisfiedOutcomes noVoteOutcomes studio { ${CHANNEL} } online { ${CHANNEL} }`;
const SESSION_STATS = `query($period: StatsPeriodInput, $first: Int, $after: String) {
  sessionStats(period: $period, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { sessionId title kind questions studioElectorate studioTurnoutRate ${SATISFACTION} } }
}`;

describe('satisfaction per session', () => {
  it('gives admins each session’s composite, studio and online rates and turnout, newest first, rehearsals left out', async () => {
    const { sessionStats } = await ok(SESSION_STATS, { first: 10 }, admin);
    expect(sessionStats.totalCount).toBe(3);
    expect(sessionStats.nodes.map((n: { sessionId: string }) => n.sessionId)).toEqual([
      world.sessions.lookBack,
      world.sessions.b2025,
      world.sessions.a2024,
    ]);
    const [d, b, a] = sessionStats.nodes;
    // B: rounds 36.0, 86.0 and (closed, not yet revealed) 50.0; the open round has no result.
    expect(b).toMatchObject({
      kind: 'TV_QUESTIONING',
      questions: 4,
      rounds: 3,
      composite: 57.3, // (36 + 86 + 50) / 3 = 57.33
      satisfiedOutcomes: 1,
      unsatisfiedOutcomes: 2,
      noVoteOutcomes: 0,
      studioElectorate: 30,
      studioTurnoutRate: 66.7, // 60 studio votes / (30 × 3)
      // Rates are the means of the rounds' rates: studio (40 + 90 + 50) / 3, online (30 + 80) / 2.
      studio: {
        channel: 'STUDIO',
        satisfied: 21,
        basicallySatisfied: 15,
        unsatisfied: 24,
        total: 60,
        satisfactionRate: 60.0,
        votesPerRound: 20.0,
      },
      online: {
        channel: 'ONLINE',
        satisfied: 80,
        basicallySatisfied: 30,
        unsatisfied: 90,
        total: 200,
        satisfactionRate: 55.0,
        votesPerRound: 66.7,
      },
    });
    expect(a).toMatchObject({
      rounds: 1,
      composite: 77.0,
      studioTurnoutRate: 100,
      studio: { total: 20, satisfactionRate: 75.0 },
      online: { total: 50, satisfactionRate: 80.0 },
    });
    expect(d).toMatchObject({
      kind: 'LOOK_BACK',
      rounds: 1,
      composite: 31.0,
      unsatisfiedOutcomes: 1,
      studio: { satisfactionRate: 25.0 },
      online: { satisfactionRate: 40.0 },
    });
  });

  it('counts for the public only rounds that have been revealed', async () => {
    const { sessionStats } = await ok(SESSION_STATS, { first: 10 });
    const b = sessionStats.nodes.find((n: { sessionId: string }) => n.sessionId === world.sessions.b2025);
    expect(b).toMatchObject({
      rounds: 2,
      composite: 61.0, // (36 + 86) / 2
      unsatisfiedOutcomes: 1,
      studio: { satisfied: 16, basicallySatisfied: 10, unsatisfied: 14, total: 40, satisfactionRate: 65.0 },
      online: { total: 200, satisfactionRate: 55.0 },
      studioTurnoutRate: 66.7, // 40 / (30 × 2)
    });
  });

  it('pages by keyset: two, then the rest', async () => {
    const first = (await ok(SESSION_STATS, { first: 2 }, admin)).sessionStats;
    expect(first.nodes).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ok(SESSION_STATS, { first: 2, after: first.pageInfo.endCursor }, admin)).sessionStats;
    expect(second.nodes.map((n: { sessionId: string }) => n.sessionId)).toEqual([world.sessions.a2024]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.totalCount).toBe(3);
  });

  it('covers only sessions held in the period, from inclusive to exclusive', async () => {
    const { sessionStats } = await ok(
      SESSION_STATS,
      { first: 10, period: { from: '2025-01-01T00:00:00Z', to: '2025-09-01T02:00:00Z' } },
      admin,
    );
    expect(sessionStats.nodes.map((n: { sessionId: string }) => n.sessionId)).toEqual([world.sessions.b2025]);
  });

  it('refuses a period that ends before it starts, and a cursor it did not write', async () => {
    const backwards = await server.gql(
      SESSION_STATS,
      { period: { from: '2025-06-01T00:00:00Z', to: '2025-01-01T00:00:00Z' } },
      { token: admin },
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to' });
    const forged = await server.gql(SESSION_STATS, { after: Buffer.from('["x"]').toString('base64url') });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('the trend across years', () => {
  const YEARS = `query($period: StatsPeriodInput) { yearStats(period: $period) { year sessions ${SATISFACTION} } }`;

  it('groups sessions by calendar year, oldest first', async () => {
    const { yearStats } = await ok(YEARS, {}, admin);
    expect(yearStats.map((y: { year: number }) => y.year)).toEqual([2024, 2025]);
    expect(yearStats[0]).toMatchObject({ sessions: 1, rounds: 1, composite: 77.0 });
    // 2025: B (36, 86, 50) and the look-back D (31): 203 / 4 = 50.75.
    // Channel rates are means of the rounds' rates: studio (40 + 90 + 50 + 25) / 4, online (30 + 80 + 40) / 3 (B3 had no online votes).
    expect(yearStats[1]).toMatchObject({
      sessions: 2,
      rounds: 4,
      composite: 50.8,
      studio: { total: 80, satisfactionRate: 51.3 },
      online: { total: 250, satisfactionRate: 50.0 },
    });
  });

  it('gives the public the revealed rounds only', async () => {
    const { yearStats } = await ok(YEARS);
    expect(yearStats[1]).toMatchObject({ sessions: 2, rounds: 3, composite: 51.0 }); // (36 + 86 + 31) / 3
  });
});

describe('results per question', () => {
  const QUESTIONS = `query($period: StatsPeriodInput, $first: Int, $after: String, $sessionId: ID, $departmentId: ID) {
    questionStats(period: $period, first: $first, after: $after, sessionId: $sessionId, departmentId: $departmentId) {
      totalCount pageInfo { hasNextPage endCursor } nodes { questionId position title departmentName roundStatus composite outcome threshold studio { ${CHANNEL} } online { ${CHANNEL} } }
    }
  }`;

  it('lists each counted round, newest session first and in running order, across pages', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await ok(QUESTIONS, { first: 2, after }, admin)).questionStats;
      expect(page.totalCount).toBe(5);
      seen.push(...page.nodes.map((n: { questionId: string }) => n.questionId));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const q = world.questions;
    expect(seen).toEqual([q.d1, q.b1, q.b2, q.b3, q.a1]);
  });

  it('carries the result per channel as stored, and hides unrevealed rounds from the public', async () => {
    const adminView = (await ok(QUESTIONS, { first: 10, sessionId: world.sessions.b2025 }, admin)).questionStats.nodes;
    expect(adminView).toHaveLength(3);
    expect(adminView[2]).toMatchObject({
      questionId: world.questions.b3,
      roundStatus: 'CLOSED',
      composite: 50.0,
      outcome: 'UNSATISFIED',
      online: { total: 0, satisfactionRate: null },
    });
    expect(adminView[0]).toMatchObject({
      roundStatus: 'PUBLISHED',
      composite: 36.0,
      outcome: 'UNSATISFIED',
      threshold: 60,
      studio: { satisfied: 4, basicallySatisfied: 4, unsatisfied: 12, total: 20, satisfactionRate: 40.0 },
    });
    const publicView = (await ok(QUESTIONS, { first: 10, sessionId: world.sessions.b2025 })).questionStats.nodes;
    expect(publicView.map((n: { questionId: string }) => n.questionId)).toEqual([world.questions.b1, world.questions.b2]);
  });

  it('narrows to one department', async () => {
    const { questionStats } = await ok(QUESTIONS, { first: 10, departmentId: world.departments.housing }, admin);
    expect(questionStats.nodes.map((n: { questionId: string }) => n.questionId)).toEqual([world.questions.b1, world.questions.a1]);
  });
});

const FOLLOW_UP = 'items due onTime onTimeRate overdue reopened reopenedShare closed';

describe('follow-up figures', () => {
  const FOLLOW_UPS = `query($period: StatsPeriodInput, $departmentId: ID) { followUpStats(period: $period, departmentId: $departmentId) { ${FOLLOW_UP} byStatus { status count } } }`;

  it('counts top-level dispatched items: due, on time, overdue, reopened (drafts and sub-items left out)', async () => {
    const { followUpStats } = await ok(FOLLOW_UPS, {}, admin);
    // Due: H1 H2 H3 U2 U3 U4 U5 (H4 and U1 not yet); on time: H1 U2 U3; overdue: H3 U5; reopened: U1 U3.
    expect(followUpStats).toMatchObject({
      items: 9,
      due: 7,
      onTime: 3,
      onTimeRate: 42.9,
      overdue: 2,
      reopened: 2,
      reopenedShare: 22.2,
      closed: 1,
    });
    expect(followUpStats.byStatus).toEqual(
      ['ACCEPTED', 'APPROVED', 'CLOSED', 'EVALUATING', 'IN_PROGRESS', 'REOPENED', 'REPORTED', 'RETURNED', 'SENT_BACK'].map((status) => ({
        status,
        count: 1,
      })),
    );
  });

  it('takes the items whose deadline falls in the period', async () => {
    // Deadlines 2025-06-01 (H3) and 2025-07-01 (U2, U3); 05-01 is before and 08-01 is the exclusive end.
    const { followUpStats } = await ok(FOLLOW_UPS, { period: { from: '2025-05-15T00:00:00Z', to: '2025-08-01T08:00:00Z' } }, admin);
    expect(followUpStats).toMatchObject({
      items: 3,
      due: 3,
      onTime: 2,
      onTimeRate: 66.7,
      overdue: 1,
      reopened: 1,
      reopenedShare: 33.3,
      closed: 0,
    });
  });

  it('narrows to one lead department', async () => {
    const { followUpStats } = await ok(FOLLOW_UPS, { departmentId: world.departments.housing }, admin);
    expect(followUpStats).toMatchObject({
      items: 4,
      due: 3,
      onTime: 1,
      onTimeRate: 33.3,
      overdue: 1,
      reopened: 0,
      reopenedShare: 0,
      closed: 1,
    });
  });
});

describe('per department', () => {
  const DEPARTMENTS = `query($period: StatsPeriodInput, $first: Int, $after: String) {
    departmentStats(period: $period, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { departmentId shortName ${SATISFACTION} followUp { ${FOLLOW_UP} } } }
  }`;

  async function all(token?: string) {
    const nodes: any[] = [];
    let after: string | null = null;
    do {
      const page: any = (await ok(DEPARTMENTS, { first: 2, after }, token)).departmentStats;
      nodes.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return new Map(nodes.map((n) => [n.shortName, n]));
  }

  it('gives each department the satisfaction of its questions in regular sessions and its follow-up figures', async () => {
    const departments = await all(admin);
    expect([...departments.keys()].sort()).toEqual(['住建局', '城管局', '市场监管局']);
    expect(departments.get('住建局')).toMatchObject({
      rounds: 2,
      composite: 56.5, // (77 + 36) / 2
      studio: { satisfied: 14, basicallySatisfied: 9, unsatisfied: 17, total: 40, satisfactionRate: 57.5 },
      online: { total: 150, satisfactionRate: 55.0 }, // mean of 80.0 and 30.0
      followUp: { items: 4, due: 3, onTime: 1, onTimeRate: 33.3, overdue: 1, reopened: 0, closed: 1 },
    });
    // The look-back vote on D1 is not counted here; B3 is (admins).
    expect(departments.get('城管局')).toMatchObject({
      rounds: 2,
      composite: 68.0,
      followUp: { items: 5, due: 4, onTime: 2, onTimeRate: 50.0, overdue: 1, reopened: 2, reopenedShare: 40.0 },
    });
    expect(departments.get('市场监管局')).toMatchObject({
      rounds: 0,
      composite: null,
      studio: { total: 0, satisfactionRate: null },
      followUp: { items: 0, onTimeRate: null },
    });
  });

  it('gives the public the revealed rounds only', async () => {
    const departments = await all();
    expect(departments.get('城管局')).toMatchObject({ rounds: 1, composite: 86.0 });
  });
});

describe('clue volumes', () => {
  const CLUES = `query($period: StatsPeriodInput, $sessionId: ID) { clueVolumes(period: $period, sessionId: $sessionId) { total byCategory { category count } byOutcome { status count published } } }`;

  it('counts clues received by category and by outcome', async () => {
    const { clueVolumes } = await ok(CLUES);
    expect(clueVolumes.total).toBe(5);
    expect(clueVolumes.byCategory).toEqual([
      { category: 'PARKING', count: 3 },
      { category: 'FEES', count: 1 },
      { category: 'SANITATION', count: 1 },
    ]);
    expect(clueVolumes.byOutcome).toEqual([
      { status: 'ACCEPTED', count: 1, published: 1 },
      { status: 'MERGED', count: 1, published: 0 },
      { status: 'REFERRED', count: 1, published: 0 },
      { status: 'REJECTED', count: 1, published: 0 },
      { status: 'SUBMITTED', count: 1, published: 0 },
    ]);
  });

  it('narrows to a period and a session', async () => {
    const inPeriod = (await ok(CLUES, { period: { from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } })).clueVolumes;
    expect(inPeriod.total).toBe(4);
    expect(inPeriod.byCategory[0]).toEqual({ category: 'PARKING', count: 2 });
    expect((await ok(CLUES, { sessionId: world.sessions.a2024 })).clueVolumes).toMatchObject({ total: 0, byCategory: [], byOutcome: [] });
  });
});

describe('the department league table', () => {
  const LEAGUE = `query($period: StatsPeriodInput) { departmentLeague(period: $period) { formula formulaZh weights { satisfaction onTime notReopened } rows { rank shortName score satisfaction onTimeRate notReopenedRate questions items due onTime reopened } } }`;

  it('scores 60% S + 30% T + 10% R and ranks best first; a department without data is listed unranked', async () => {
    const { departmentLeague } = await ok(LEAGUE, {}, admin);
    expect(departmentLeague.weights).toEqual({ satisfaction: 0.6, onTime: 0.3, notReopened: 0.1 });
    expect(departmentLeague.formula).toContain('score = 60% × S + 30% × T + 10% × R');
    expect(departmentLeague.formulaZh).toContain('综合得分 = 60% × S + 30% × T + 10% × R');
    expect(departmentLeague.rows).toEqual([
      // 0.6 × 68 + 0.3 × 50 + 0.1 × 60 = 40.8 + 15 + 6
      {
        rank: 1,
        shortName: '城管局',
        score: 61.8,
        satisfaction: 68.0,
        onTimeRate: 50.0,
        notReopenedRate: 60.0,
        questions: 2,
        items: 5,
        due: 4,
        onTime: 2,
        reopened: 2,
      },
      // 0.6 × 56.5 + 0.3 × 33.33 + 0.1 × 100 = 33.9 + 10 + 10
      {
        rank: 2,
        shortName: '住建局',
        score: 53.9,
        satisfaction: 56.5,
        onTimeRate: 33.3,
        notReopenedRate: 100.0,
        questions: 2,
        items: 4,
        due: 3,
        onTime: 1,
        reopened: 0,
      },
      {
        rank: null,
        shortName: '市场监管局',
        score: null,
        satisfaction: null,
        onTimeRate: null,
        notReopenedRate: null,
        questions: 0,
        items: 0,
        due: 0,
        onTime: 0,
        reopened: 0,
      },
    ]);
  });

  it('scales the weights up when a part has no data in the period', async () => {
    // 2024: 住建局 has A1 (77.0) and no item due; 城管局 has nothing.
    const { departmentLeague } = await ok(LEAGUE, { period: { from: '2024-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' } }, admin);
    expect(departmentLeague.rows[0]).toMatchObject({ rank: 1, shortName: '住建局', score: 77.0, onTimeRate: null, notReopenedRate: null });
    expect(departmentLeague.rows.slice(1).map((r: { rank: number | null }) => r.rank)).toEqual([null, null]);
  });

  it('is for admins only', async () => {
    expect((await server.gql(LEAGUE, {})).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const host = await server.login('host');
    expect((await server.gql(LEAGUE, {}, { token: host })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('kinds kept apart', () => {
  it('filters session, year and question statistics by kind; a 票决 never counts as satisfaction', async () => {
    const { sessionStats: lookBack } = await ok(
      `query { sessionStats(kind: LOOK_BACK) { totalCount nodes { sessionId kind composite } } }`,
      {},
      admin,
    );
    expect(lookBack).toEqual({ totalCount: 1, nodes: [{ sessionId: world.sessions.lookBack, kind: 'LOOK_BACK', composite: 31 }] });
    const { sessionStats: projects } = await ok(`query { sessionStats(kind: PROJECT_VOTE) { totalCount } }`, {}, admin);
    expect(projects.totalCount).toBe(0);

    const { yearStats } = await ok(`query { yearStats(kind: TV_QUESTIONING) { year sessions rounds } }`, {}, admin);
    expect(yearStats).toEqual([
      { year: 2024, sessions: 1, rounds: 1 },
      { year: 2025, sessions: 1, rounds: 3 },
    ]);

    const { questionStats } = await ok(
      `query { questionStats(kind: LOOK_BACK) { totalCount nodes { questionId sessionKind subject ballotType departmentName district outcome } } }`,
      {},
      admin,
    );
    expect(questionStats).toEqual({
      totalCount: 1,
      nodes: [
        {
          questionId: world.questions.d1,
          sessionKind: 'LOOK_BACK',
          subject: 'ANSWER',
          ballotType: 'SATISFACTION',
          departmentName: '县城市管理局',
          district: null,
          outcome: 'UNSATISFIED',
        },
      ],
    });
  });

  it('counts sessions, items and rounds of every ballot type per kind', async () => {
    const KINDS = `query { sessionKindStats { kind sessions items rounds satisfactionRounds composite byOutcome { outcome count } } }`;
    const { sessionKindStats } = await ok(KINDS, {}, admin);
    const of = (stats: { kind: string }[], kind: string) => stats.find((s) => s.kind === kind);
    expect(sessionKindStats.map((s: { kind: string }) => s.kind)).toEqual([
      'TV_QUESTIONING',
      'SPECIAL_INQUIRY',
      'REPORT_ASSESSMENT',
      'PROJECT_VOTE',
      'REPRESENTATIVE_REVIEW',
      'LOOK_BACK',
    ]);
    // A and B (the rehearsal left out): A1 and B1–B4; B4 has no result. (77 + 36 + 86 + 50) / 4 = 62.25.
    expect(of(sessionKindStats, 'TV_QUESTIONING')).toMatchObject({
      rounds: 4,
      satisfactionRounds: 4,
      composite: 62.3,
      // A1 at 77.0 is 基本满意 (between 60 and 80).
      byOutcome: [
        { outcome: 'SATISFIED', count: 1 },
        { outcome: 'BASICALLY_SATISFIED', count: 1 },
        { outcome: 'UNSATISFIED', count: 2 },
      ],
    });
    expect(of(sessionKindStats, 'PROJECT_VOTE')).toEqual({
      kind: 'PROJECT_VOTE',
      sessions: 1,
      items: 2,
      rounds: 2,
      satisfactionRounds: 0,
      composite: null,
      byOutcome: [{ outcome: 'PASSED', count: 2 }],
    });
    expect(of(sessionKindStats, 'LOOK_BACK')).toMatchObject({ rounds: 1, byOutcome: [{ outcome: 'UNSATISFIED', count: 1 }] });
    // The public counts revealed rounds only: B3 is closed but not revealed.
    const { sessionKindStats: open } = await ok(KINDS);
    expect(of(open, 'TV_QUESTIONING')).toMatchObject({
      rounds: 3,
      byOutcome: [
        { outcome: 'SATISFIED', count: 1 },
        { outcome: 'BASICALLY_SATISFIED', count: 1 },
        { outcome: 'UNSATISFIED', count: 1 },
      ],
    });
  });
});
