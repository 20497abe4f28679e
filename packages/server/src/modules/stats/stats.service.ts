import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { isUuid } from '../../graphql/argument-guard.js';
import { badInput } from '../../graphql/errors.js';
import type { Caller } from '../../scope.js';
import { Role } from '../account/role.js';
import { sessionKinds, type SessionKind } from '../session/session-kind.js';
import type { Channel } from '../vote/choice.js';
import { outcomes } from '../vote/result.js';
import { leagueFormula, leagueFormulaZh, leagueWeights, percent, rankDepartments, round1 } from './league.js';
import type {
  ClueVolumeArgs,
  FollowUpStatsArgs,
  QuestionStatsArgs,
  SessionStatsArgs,
  StatsPageArgs,
  StatsPeriodArgs,
  StatsPeriodInput,
  YearStatsArgs,
} from './stats.inputs.js';
import { clueCounts } from './clue.queries.js';
import { departmentRows } from './department.queries.js';
import { followUpByDepartment, followUpTotals, type FollowUpRow } from './follow-up.queries.js';
import {
  countsByKind,
  questionRows,
  satisfactionByDepartment,
  satisfactionBySession,
  satisfactionByYear,
  type QuestionRow,
  type SatisfactionRow,
  type SessionRow,
} from './satisfaction.queries.js';
import type { CountScope } from './stats-sql.js';
import type {
  ChannelStatsType,
  ClueVolumesType,
  DepartmentStatsType,
  FollowUpStatsType,
  LeagueTableType,
  QuestionStatsType,
  SessionKindStatsType,
  SessionStatsType,
  YearStatsType,
} from './stats.type.js';
import type { PageShape } from '../../graphql/pagination.js';

// ─── Scope and cursors ───────────────────────────────────────────────────────────────────────────

/** Admins also count rounds closed but not yet revealed; everyone else only revealed (published) ones. */
export function scopeFor(ctx: Pick<Caller, 'viewer'>, period: StatsPeriodInput | null | undefined, now = new Date()): CountScope {
  const from = period?.from ?? null;
  const to = period?.to ?? null;
  if (from && to && from.getTime() >= to.getTime()) throw badInput('period.to', 'The period must end after it starts.');
  return { from, to, now, roundStatuses: ctx.viewer.account?.role === Role.ADMIN ? ['CLOSED', 'PUBLISHED'] : ['PUBLISHED'] };
}

const isIsoDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v)) && v.length <= 30;

const encodeCursor = (values: (string | number)[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

/** Reads a cursor this module wrote; anything else is refused before it reaches SQL. */
function decodeCursor<T extends unknown[]>(after: string | null | undefined, shape: ((v: unknown) => boolean)[]): T | null {
  if (after == null || after === '') return null;
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    values = null;
  }
  if (!Array.isArray(values) || values.length !== shape.length || !shape.every((check, i) => check(values[i]))) {
    throw badInput('after', 'The cursor is not valid; pass a pageInfo.endCursor you received.');
  }
  return values as T;
}

function pageOf<R, T>(
  rows: R[],
  first: number,
  total: number,
  view: (row: R) => T,
  cursorOf: (row: R) => (string | number)[],
): PageShape<T> {
  const hasNextPage = rows.length > first;
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return { nodes: nodes.map(view), totalCount: total, pageInfo: { hasNextPage, endCursor: last ? encodeCursor(cursorOf(last)) : null } };
}

// ─── Views ───────────────────────────────────────────────────────────────────────────────────────

/** A channel's figures over rounds: summed votes, and the mean of the rounds' stored satisfaction rates. */
export function channelStats(
  channel: Channel,
  satisfied: number,
  basicallySatisfied: number,
  unsatisfied: number,
  rounds: number,
  meanRate: number | null,
): ChannelStatsType {
  const total = satisfied + basicallySatisfied + unsatisfied;
  return {
    channel,
    satisfied,
    basicallySatisfied,
    unsatisfied,
    total,
    satisfactionRate: meanRate === null ? null : round1(meanRate),
    votesPerRound: rounds ? round1(total / rounds) : null,
  };
}

function satisfactionView(row: SatisfactionRow | undefined) {
  const r = row ?? {
    rounds: 0,
    roundsWithVotes: 0,
    composite: null,
    satisfiedOutcomes: 0,
    unsatisfiedOutcomes: 0,
    noVoteOutcomes: 0,
    studioS: 0,
    studioB: 0,
    studioU: 0,
    onlineS: 0,
    onlineB: 0,
    onlineU: 0,
    studioRate: null,
    onlineRate: null,
  };
  return {
    rounds: r.rounds,
    composite: r.composite === null ? null : round1(r.composite),
    satisfiedOutcomes: r.satisfiedOutcomes,
    unsatisfiedOutcomes: r.unsatisfiedOutcomes,
    noVoteOutcomes: r.noVoteOutcomes,
    studio: channelStats('STUDIO', r.studioS, r.studioB, r.studioU, r.rounds, r.studioRate),
    online: channelStats('ONLINE', r.onlineS, r.onlineB, r.onlineU, r.rounds, r.onlineRate),
  };
}

export function sessionStatsView(row: SessionRow): SessionStatsType {
  const satisfaction = satisfactionView(row);
  return {
    ...satisfaction,
    sessionId: row.sessionId,
    title: row.title,
    theme: row.theme,
    kind: row.kind,
    scheduledAt: row.scheduledAt,
    questions: row.questions,
    studioElectorate: row.studioElectorate,
    studioTurnoutRate:
      row.studioElectorate > 0 && row.rounds > 0 ? percent(satisfaction.studio.total, row.studioElectorate * row.rounds) : null,
  };
}

export function questionStatsView(row: QuestionRow): QuestionStatsType {
  return {
    questionId: row.questionId,
    sessionId: row.sessionId,
    sessionTitle: row.sessionTitle,
    sessionKind: row.sessionKind,
    scheduledAt: row.scheduledAt,
    position: row.position,
    title: row.title,
    subject: row.subject,
    ballotType: row.ballotType,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    district: row.district,
    respondent: row.respondent,
    roundStatus: row.roundStatus,
    composite: row.composite,
    outcome: row.outcome,
    threshold: row.threshold,
    studioWeight: row.studioWeight,
    onlineWeight: row.onlineWeight,
    studio: channelStats('STUDIO', row.studioS, row.studioB, row.studioU, 1, row.studioRate),
    online: channelStats('ONLINE', row.onlineS, row.onlineB, row.onlineU, 1, row.onlineRate),
  };
}

export function followUpStatsView(row: FollowUpRow | undefined, byStatus: FollowUpStatsType['byStatus'] = []): FollowUpStatsType {
  const r = row ?? { items: 0, due: 0, onTime: 0, overdue: 0, reopened: 0, closed: 0, answered: 0, judged: 0, resolved: 0 };
  return {
    ...r,
    onTimeRate: percent(r.onTime, r.due),
    reopenedShare: percent(r.reopened, r.items),
    answerRate: percent(r.answered, r.items),
    resolveRate: percent(r.resolved, r.judged),
    byStatus,
  };
}

const periodView = (scope: CountScope) => ({ from: scope.from, to: scope.to });

// ─── Verbs ───────────────────────────────────────────────────────────────────────────────────────

/** Satisfaction per session held in the period, newest first: composite, studio vs online, turnout. */
export async function sessionStatistics(ctx: Caller, args: SessionStatsArgs, now = new Date()) {
  return sessionStatisticsIn(ctx.em, scopeFor(ctx, args.period, now), args.first, args.after, null, args.kind);
}

export async function sessionStatisticsIn(
  em: EntityManager,
  scope: CountScope,
  first: number,
  after?: string | null,
  sessionId?: string | null,
  kind?: SessionKind | null,
): Promise<PageShape<SessionStatsType>> {
  const cursor = decodeCursor<[string, string]>(after, [isIsoDate, isUuid]);
  const { rows, total } = await satisfactionBySession(em, scope, { first, after: cursor, sessionId, kind });
  return pageOf(rows, first, total, sessionStatsView, (r) => [r.scheduledAt.toISOString(), r.sessionId]);
}

/** The trend across years: satisfaction of the sessions held in each calendar year of the period. */
export async function yearStatistics(ctx: Caller, args: YearStatsArgs, now = new Date()): Promise<YearStatsType[]> {
  const rows = await satisfactionByYear(ctx.em, scopeFor(ctx, args.period, now), args.kind);
  return rows.map((row) => ({ ...satisfactionView(row), year: row.year, sessions: row.sessions }));
}

/** Each question’s result per channel, newest session first and in running order. */
export async function questionStatistics(ctx: Caller, args: QuestionStatsArgs, now = new Date()): Promise<PageShape<QuestionStatsType>> {
  return questionStatisticsIn(ctx.em, scopeFor(ctx, args.period, now), args);
}

export async function questionStatisticsIn(
  em: EntityManager,
  scope: CountScope,
  args: Pick<QuestionStatsArgs, 'first' | 'after' | 'sessionId' | 'departmentId' | 'kind'>,
): Promise<PageShape<QuestionStatsType>> {
  const cursor = decodeCursor<[string, string, number]>(args.after, [
    isIsoDate,
    isUuid,
    (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1e6,
  ]);
  const { rows, total } = await questionRows(
    em,
    scope,
    { sessionId: args.sessionId, departmentId: args.departmentId, kind: args.kind },
    { first: args.first, after: cursor },
  );
  return pageOf(rows, args.first, total, questionStatsView, (r) => [r.scheduledAt.toISOString(), r.sessionId, r.position]);
}

/** Per session kind held in the period: sessions, agenda items and counted rounds by outcome (every kind listed, in enum order). */
export async function sessionKindStatistics(ctx: Caller, args: StatsPeriodArgs, now = new Date()): Promise<SessionKindStatsType[]> {
  return sessionKindStatisticsIn(ctx.em, scopeFor(ctx, args.period, now));
}

export async function sessionKindStatisticsIn(em: EntityManager, scope: CountScope): Promise<SessionKindStatsType[]> {
  const { sessions, outcomes: rows } = await countsByKind(em, scope);
  return sessionKinds.map((kind) => {
    const held = sessions.find((s) => s.kind === kind);
    const mine = rows.filter((r) => r.kind === kind);
    const sum = (pick: (r: (typeof mine)[number]) => number | null) => mine.reduce((total, r) => total + (pick(r) ?? 0), 0);
    const compositeRounds = sum((r) => r.compositeRounds);
    return {
      kind,
      sessions: held?.sessions ?? 0,
      items: held?.items ?? 0,
      rounds: sum((r) => r.rounds),
      satisfactionRounds: sum((r) => r.satisfactionRounds),
      composite: compositeRounds ? round1(sum((r) => r.compositeSum) / compositeRounds) : null,
      byOutcome: outcomes.flatMap((outcome) => {
        const count = mine.find((r) => r.outcome === outcome)?.rounds ?? 0;
        return count ? [{ outcome, count }] : [];
      }),
    };
  });
}

/** Per department, by name: satisfaction of the questions it answered and its follow-up figures. */
export async function departmentStatistics(ctx: Caller, args: StatsPageArgs, now = new Date()): Promise<PageShape<DepartmentStatsType>> {
  const scope = scopeFor(ctx, args.period, now);
  const cursor = decodeCursor<[string, string]>(args.after, [(v) => typeof v === 'string' && v.length <= 200, isUuid]);
  const { rows, total } = await departmentRows(ctx.em, { first: args.first, after: cursor });
  const ids = rows.map((r) => r.id);
  const [satisfaction, followUps] = await Promise.all([
    satisfactionByDepartment(ctx.em, scope, ids),
    followUpByDepartment(ctx.em, scope, ids),
  ]);
  return pageOf(
    rows,
    args.first,
    total,
    (d) => ({
      ...satisfactionView(satisfaction.get(d.id)),
      departmentId: d.id,
      name: d.name,
      shortName: d.shortName,
      followUp: followUpStatsView(followUps.get(d.id)),
    }),
    (d) => [d.name, d.id],
  );
}

/** Follow-up on-time rate, overdue and reopened counts over the items due in the period. */
export async function followUpStatistics(ctx: Caller, args: FollowUpStatsArgs, now = new Date()): Promise<FollowUpStatsType> {
  const totals = await followUpTotals(ctx.em, scopeFor(ctx, args.period, now), args.departmentId);
  return followUpStatsView(totals, totals.byStatus);
}

/** Clues received in the period by category and by outcome (the triage status). */
export async function clueVolumes(ctx: Caller, args: ClueVolumeArgs, now = new Date()): Promise<ClueVolumesType> {
  const scope = scopeFor(ctx, args.period, now);
  const { byCategory, byStatus } = await clueCounts(ctx.em, scope, args.sessionId);
  return { period: periodView(scope), total: byStatus.reduce((sum, r) => sum + r.count, 0), byCategory, byOutcome: byStatus };
}

/** 部门排名: every department scored by the stated formula and ranked, ties broken deterministically. */
export async function departmentLeague(ctx: Caller, args: StatsPeriodArgs, now = new Date()): Promise<LeagueTableType> {
  return departmentLeagueIn(ctx.em, scopeFor(ctx, args.period, now));
}

export async function departmentLeagueIn(em: EntityManager, scope: CountScope): Promise<LeagueTableType> {
  const [{ rows: departments }, satisfaction, followUps] = await Promise.all([
    departmentRows(em),
    satisfactionByDepartment(em, scope),
    followUpByDepartment(em, scope),
  ]);
  const rows = rankDepartments(
    departments.map((d) => {
      const s = satisfaction.get(d.id);
      const f = followUps.get(d.id);
      return {
        departmentId: d.id,
        name: d.name,
        shortName: d.shortName,
        satisfaction: s?.composite ?? null,
        questions: s?.rounds ?? 0,
        items: f?.items ?? 0,
        due: f?.due ?? 0,
        onTime: f?.onTime ?? 0,
        reopened: f?.reopened ?? 0,
        answered: f?.answered ?? 0,
        judged: f?.judged ?? 0,
        resolved: f?.resolved ?? 0,
      };
    }),
  );
  return { period: periodView(scope), formula: leagueFormula, formulaZh: leagueFormulaZh, weights: { ...leagueWeights }, rows };
}
